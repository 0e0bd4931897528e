import { describe, expect, it } from 'vitest';
import { createWindowOptions, isAllowedRequest, isTrustedUrl } from '../../electron/windowOptions.js';
import { createIpcHandler, bridgeFor, CALL_CHANNEL, FLUSH_CHANNEL } from '../../electron/ipc.js';
import { encodePayload } from '../../renderer/src/api.js';
import { buildMenuTemplate } from '../../electron/menu.js';
import { CONTENT_SECURITY_POLICY } from '../../electron/csp.js';
import { readRendererFile } from '../../electron/staticFiles.js';
import type { ApiHandlers } from '../../core/api.js';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('window options', () => {
  it('hardens every window as the checklist demands', () => {
    const prefs = createWindowOptions('/app/preload.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload.cjs',
    });
  });

  it('trusts only the app:// origin and allows no network request', () => {
    expect(isTrustedUrl('app://styrdok/index.html')).toBe(true);
    for (const url of ['file:///etc/passwd', 'https://example.com/', 'app://annan/index.html', 'http://127.0.0.1:5178/', '', null]) {
      expect(isTrustedUrl(url)).toBe(false);
    }
    expect(isAllowedRequest('app://styrdok/assets/index.js')).toBe(true);
    expect(isAllowedRequest('https://fonts.example.com/x.woff2')).toBe(false);
  });

  it('has a CSP without remote origins, eval or inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });
});

describe('IPC', () => {
  const calls: unknown[] = [];
  const services = { listDocuments: (input: unknown) => (calls.push(input), []) } as unknown as ApiHandlers;
  const handler = createIpcHandler(services);

  it('refuses calls from any sender but the app page', async () => {
    expect(await handler({ senderFrame: { url: 'https://evil.example/' } }, 'listDocuments', {})).toMatchObject({ ok: false });
    expect(await handler({ senderFrame: null }, 'listDocuments', {})).toMatchObject({ ok: false });
    expect(calls).toHaveLength(0);
  });

  it('validates the payload against the contract before the service runs', async () => {
    expect(await handler({ senderFrame: { url: 'app://styrdok/index.html' } }, 'listDocuments', { sql: 'DROP' })).toMatchObject({ ok: false });
    expect(calls).toHaveLength(0);
    expect(await handler({ senderFrame: { url: 'app://styrdok/index.html' } }, 'listDocuments', {})).toEqual({ ok: true, value: [] });
    expect(calls).toHaveLength(1);
  });

  it('exposes exactly call and flush through the preload', () => {
    const sent: unknown[][] = [];
    const bridge = bridgeFor({ invoke: async (...a) => (sent.push(a), null), send: (...a) => void sent.push(a) });
    expect(Object.keys(bridge).sort()).toEqual(['call', 'flush']);
    void bridge.call('listDocuments', {});
    bridge.flush({ id: 'x' });
    expect(sent).toEqual([[CALL_CHANNEL, 'listDocuments', {}], [FLUSH_CHANNEL, { id: 'x' }]]);
  });
});

describe('menu', () => {
  it('is in Swedish: Arkiv, Redigera, Visa, Hjälp', () => {
    const menu = buildMenuTemplate({ showAbout: () => undefined, isMac: false });
    expect(menu.map((m) => m.label)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Hjälp']);
    const labels = menu.flatMap((m) => (m.submenu as { label?: string }[]).map((i) => i.label).filter(Boolean));
    expect(labels).toEqual(expect.arrayContaining(['Ångra', 'Gör om', 'Klistra in', 'Avsluta Styrdok', 'Om Styrdok']));
  });
});

describe('renderer files', () => {
  it('serves files inside the renderer folder and nothing outside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'styrdok-static-'));
    mkdirSync(join(dir, 'renderer'));
    writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html>');
    writeFileSync(join(dir, 'hemlig.txt'), 'hemlig');
    const root = join(dir, 'renderer');
    expect((await readRendererFile(root, '/'))?.type).toMatch(/text\/html/);
    expect(await readRendererFile(root, '/../hemlig.txt')).toBeNull();
    expect(await readRendererFile(root, '/%2e%2e/hemlig.txt')).toBeNull();
    expect(await readRendererFile(root, '/%E0%A4%A')).toBeNull();
  });
});

describe('IPC saves sent as UTF-8 JSON bytes', () => {
  const saved: unknown[] = [];
  const services = { saveDocument: (input: unknown) => (saved.push(input), { updatedAt: 'nu' }) } as unknown as ApiHandlers;
  const handler = createIpcHandler(services);
  const app = { senderFrame: { url: 'app://styrdok/index.html' } };

  it('parses the text and checks it against the contract like an object payload', async () => {
    const payload = { id: '123e4567-e89b-42d3-a456-426614174000', metadata: { title: 'T' }, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hej' }] }] } };
    const answer = await handler(app, 'saveDocument', encodePayload(payload));
    expect(answer).toMatchObject({ ok: true });
    expect(saved).toEqual([payload]);
    expect(await handler(app, 'saveDocument', encodePayload({ ...payload, body: 'inte ett dokument' }))).toMatchObject({ ok: false });
    expect(saved).toHaveLength(1);
  });

  it('refuses bytes that are not UTF-8 JSON, in Swedish', async () => {
    const unreadable = { ok: false, error: 'Anropet kunde inte läsas och avvisades.' };
    expect(await handler(app, 'saveDocument', new TextEncoder().encode('{"id": '))).toEqual(unreadable);
    expect(await handler(app, 'saveDocument', Uint8Array.of(0x7b, 0xff, 0x7d))).toEqual(unreadable);
    expect(await handler({ senderFrame: { url: 'https://evil.example/' } }, 'saveDocument', new TextEncoder().encode('{}'))).toMatchObject({ ok: false });
    expect(saved).toHaveLength(1);
  });
});

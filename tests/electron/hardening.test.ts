import { describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import fc from 'fast-check';
import { claimSingleInstance, hardenApp, hardenSession, hardenWebContents, DICTIONARY_URL, type HardenableSession } from '../../electron/hardening.js';
import { exportFileName, safeBaseName } from '../../electron/fileNames.js';
import { appProtocolResponse } from '../../electron/appProtocol.js';
import { CONTENT_SECURITY_POLICY } from '../../electron/csp.js';
import { startHarness } from '../harness/server.js';
import { ROOT } from '../helpers/dataFiles.js';
import { recordFuzz } from '../fuzz/record.js';

describe('web contents', () => {
  it('refuses navigation, redirects, webviews and new windows', () => {
    const contents = new EventEmitter() as EventEmitter & { openHandler?: (d: { url: string }) => { action: string } };
    (contents as unknown as { setWindowOpenHandler: (h: never) => void }).setWindowOpenHandler = (h) => (contents.openHandler = h);
    hardenWebContents(contents as never);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      contents.emit(event, { preventDefault: () => (prevented = true) }, 'https://example.com/');
      expect(prevented, event).toBe(true);
    }
    expect(contents.openHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'app://styrdok/index.html' })).toEqual({ action: 'deny' });
  });
});

describe('session', () => {
  function fakeSession() {
    const s = {
      permission: null as null | ((wc: unknown, p: string, cb: (g: boolean) => void) => void),
      check: null as null | ((...a: unknown[]) => boolean),
      device: null as null | ((...a: unknown[]) => boolean),
      request: null as null | ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
      dictionaryUrl: '',
    };
    const ses: HardenableSession = {
      setPermissionRequestHandler: (h) => (s.permission = h),
      setPermissionCheckHandler: (h) => (s.check = h),
      setDevicePermissionHandler: (h) => (s.device = h),
      setSpellCheckerDictionaryDownloadURL: (url) => (s.dictionaryUrl = url),
      webRequest: { onBeforeRequest: (l) => (s.request = l) },
    };
    hardenSession(ses);
    return s;
  }

  it('refuses every permission request and check', () => {
    const s = fakeSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'serial']) {
      let granted: boolean | null = null;
      s.permission!(null, permission, (g) => (granted = g));
      expect(granted, permission).toBe(false);
      expect(s.check!(null, permission, 'app://styrdok')).toBe(false);
    }
    expect(s.device!({})).toBe(false);
  });

  it('cancels every request that is not the app itself, and never downloads a dictionary', () => {
    const s = fakeSession();
    const cancelled = (url: string) => {
      let answer: { cancel: boolean } | null = null;
      s.request!({ url }, (r) => (answer = r));
      return answer!.cancel;
    };
    expect(cancelled('app://styrdok/assets/index.js')).toBe(false);
    for (const url of ['https://redirector.gvt1.com/edgedl/chrome/dict/sv-SE-3-0.bdic', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'app://annan/x', 'ws://example.com/']) {
      expect(cancelled(url), url).toBe(true);
    }
    // The dictionary URL points at our own protocol, which serves no dictionary: no network, ever.
    expect(s.dictionaryUrl).toBe(DICTIONARY_URL);
    expect(s.dictionaryUrl.startsWith('app://styrdok/')).toBe(true);
  });
});

describe('app', () => {
  it('sandboxes every renderer process', () => {
    let sandboxed = false;
    hardenApp({ enableSandbox: () => (sandboxed = true) });
    expect(sandboxed).toBe(true);
  });
});

describe('single instance', () => {
  it('a second start quits, and the running app restores and focuses its window', () => {
    const events = new EventEmitter();
    const calls: string[] = [];
    const app = (lock: boolean) => ({ requestSingleInstanceLock: () => lock, quit: () => calls.push('quit'), on: (e: 'second-instance', l: () => void) => events.on(e, l) });
    const window = { isMinimized: () => true, restore: () => calls.push('restore'), focus: () => calls.push('focus') };
    expect(claimSingleInstance(app(false), () => window)).toBe(false);
    expect(calls).toEqual(['quit']);
    calls.length = 0;
    expect(claimSingleInstance(app(true), () => window)).toBe(true);
    expect(calls).toEqual([]);
    events.emit('second-instance');
    expect(calls).toEqual(['restore', 'focus']);
  });
});

describe('export file names', () => {
  it('removes path traversal, separators and control characters', () => {
    expect(exportFileName('../../etc/passwd', 'docx')).toBe('etc passwd.docx');
    expect(exportFileName('..\\..\\Windows\\system32', 'docx')).toBe('Windows system32.docx');
    expect(exportFileName('Riktlinje: anhörigstöd 2026/27', 'docx')).toBe('Riktlinje anhörigstöd 2026 27.docx');
    expect(exportFileName('   ', 'docx')).toBe('Dokument.docx');
    expect(exportFileName('...', 'docx')).toBe('Dokument.docx');
    expect(exportFileName('a\u0000b\u202ec', 'docx')).toBe('a b c.docx');
  });

  it('never gives a reserved Windows device name', () => {
    for (const title of ['CON', 'con', 'aux.docx', 'Aux ', 'NUL.txt', 'com1', 'LPT9', 'prn.tar.gz', 'CONIN$']) {
      const name = exportFileName(title, 'docx');
      expect(name.split('.')[0]!.trim().toLowerCase(), title).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d|conin\$)$/);
    }
    expect(exportFileName('Konsekvensanalys', 'docx')).toBe('Konsekvensanalys.docx');
  });

  it('any title gives one plain name in the chosen folder (property)', () => {
    let cases = 0;
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (title) => {
        cases++;
        const base = safeBaseName(title);
        expect(base.length).toBeGreaterThan(0);
        expect(base).not.toMatch(/[\\/:*?"<>|\u0000-\u001f]/);
        expect(base).not.toMatch(/^\.|[.\s]$/);
        expect(Array.from(base).length).toBeLessThanOrEqual(132);
        expect(join('/ut', `${base}.docx`).startsWith('/ut/')).toBe(true);
      }),
      { numRuns: 2000 },
    );
    recordFuzz('export file names from random titles', cases, 0);
  });
});

describe('Content-Security-Policy actually served', () => {
  it('by the app:// protocol, on pages and on 404s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'styrdok-proto-'));
    try {
      const missing = await appProtocolResponse(dir, 'app://styrdok/index.html');
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      const other = await appProtocolResponse(join(ROOT, 'dist', 'renderer'), 'app://annan/index.html');
      expect(other.status).toBe(404);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    if (existsSync(join(ROOT, 'dist', 'renderer', 'index.html'))) {
      const page = await appProtocolResponse(join(ROOT, 'dist', 'renderer'), 'app://styrdok/index.html');
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      const traversal = await appProtocolResponse(join(ROOT, 'dist', 'renderer'), 'app://styrdok/..%2f..%2fpackage.json');
      expect(traversal.status).toBe(404);
    }
  });

  it('by the browser harness, and the harness refuses foreign origins and hosts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'styrdok-harness-'));
    const harness = await startHarness({ appRoot: ROOT, dataDir });
    try {
      const page = await fetch(harness.url);
      expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(page.headers.get('content-security-policy')).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
      const api = await fetch(`${harness.url}api/listDocuments`, { method: 'POST', body: '{}' });
      expect(api.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      const foreign = await fetch(`${harness.url}api/listDocuments`, { method: 'POST', body: '{}', headers: { Origin: 'https://evil.example' } });
      expect(foreign.status).toBe(403);
    } finally {
      await harness.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('preload bundle', () => {
  it('is tiny and carries none of the main process validation code (zod, the contract)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'styrdok-preload-'));
    try {
      // Same options as scripts/build.mjs uses for dist/electron/preload.cjs.
      const outfile = join(dir, 'preload.cjs');
      await build({ entryPoints: [join(ROOT, 'electron/preload.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['electron'], logLevel: 'warning', legalComments: 'none' });
      const files = [outfile, join(ROOT, 'dist', 'electron', 'preload.cjs')].filter(existsSync);
      for (const file of files) {
        const code = readFileSync(file, 'utf8');
        expect(code.length, file).toBeLessThan(4_000);
        expect(code).not.toMatch(/zod|safeParse|ZodError/);
        expect(code).toContain('exposeInMainWorld');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

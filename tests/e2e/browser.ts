import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startHarness, type Harness } from '../harness/server.js';
import { ROOT } from '../helpers/dataFiles.js';
import { KIND_LABELS, type DocumentKind } from '../../core/model/kinds.js';
import { ENGINE_V8_FLAGS } from '../../core/rules/engineFlags.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
const inCI = process.env.CI === 'true';

/** Browser tests skip where Chromium is missing, except in CI, where they must run. */
export const skipBrowser = !hasChromium && !inCI;
if (skipBrowser) {
  console.warn(`[e2e] Chromium saknas (${CHROMIUM}); webbläsartesterna hoppas över. Installera med: apt-get install -y chromium`);
}

export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

export interface AppUnderTest {
  harness: Harness;
  browser: Browser;
  dataDir: string;
  close(): Promise<void>;
}

export async function startApp(): Promise<AppUnderTest> {
  if (!existsSync(join(ROOT, 'dist', 'renderer', 'index.html'))) {
    throw new Error('dist/renderer saknas: kör "npm run build" (npm test gör det först).');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'styrdok-e2e-'));
  const harness = await startHarness({ appRoot: ROOT, dataDir });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // As the app's Electron main sets them for its renderer.
      `--js-flags=${ENGINE_V8_FLAGS.join(' ')}`,
    ],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    harness,
    browser,
    dataDir,
    async close() {
      await browser.close();
      await harness.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function newPage(app: AppUnderTest): Promise<Page> {
  const context = await app.browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'sv-SE' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(app.harness.url);
  await page.getByRole('heading', { name: 'Mina dokument' }).waitFor();
  return page;
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/** Starts the harness and Chromium for a test file (unless skipped) and stops them after it. */
export function useApp(): () => AppUnderTest {
  let app: AppUnderTest | undefined;
  beforeAll(async () => {
    if (!skipBrowser) app = await startApp();
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });
  return () => app!;
}

/** Creates a document as a user does: "Nytt dokument", the kind, a title (the kind's name if none is given), "Skapa". */
export async function createDocument(page: Page, kind: DocumentKind, title?: string): Promise<void> {
  await page.getByRole('button', { name: 'Nytt dokument' }).click();
  await page.getByRole('menuitem', { name: KIND_LABELS[kind], exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Nytt dokument: ${KIND_LABELS[kind]}` });
  if (title !== undefined) await dialog.getByLabel('Titel', { exact: true }).fill(title);
  await dialog.getByRole('button', { name: 'Skapa' }).click();
  await page.locator('main .prose').waitFor();
}

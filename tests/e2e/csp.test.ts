import { describe, it } from 'vitest';
import { expect } from '@playwright/test';
import { newPage, pageErrors, skipBrowser, useApp } from './browser.js';

const app = useApp();

/**
 * The Content-Security-Policy as Chromium enforces it on the served app (the
 * same header the app:// protocol sends in Electron): no inline script, no
 * request to any other origin.
 */
describe.skipIf(skipBrowser)('Content-Security-Policy in the browser', () => {
  it('blocks inline script and requests to other origins, while the app itself works', async () => {
    const page = await newPage(app());
    const outcome = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      // (eval cannot be tested from here: code injected by the test driver is exempt from the page's CSP;
      // the header test in tests/electron/hardening.test.ts shows 'unsafe-eval' is never allowed.)
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true;';
      document.body.appendChild(script);
      let fetchBlocked = false;
      try {
        await fetch('http://127.0.0.1:9/styrdok-test', { mode: 'no-cors' });
      } catch {
        fetchBlocked = true;
      }
      const img = new Image();
      const imgBlocked = await new Promise<boolean>((resolve) => {
        img.onload = () => resolve(false);
        img.onerror = () => resolve(true);
        img.src = 'https://example.com/pixel.png';
      });
      await new Promise((r) => setTimeout(r, 100));
      return { inlineRan: w.inlineRan === true, fetchBlocked, imgBlocked, violations: [...new Set(violations)].sort() };
    });
    expect(outcome).toEqual({ inlineRan: false, fetchBlocked: true, imgBlocked: true, violations: ['connect-src', 'img-src', 'script-src-elem'] });
    // The app's own script ran and shows the document list.
    await expect(page.getByRole('heading', { name: 'Mina dokument' })).toBeVisible();
    // Only CSP violations were reported, nothing else went wrong.
    expect(pageErrors(page).filter((e) => !/Content Security Policy|Refused to|Failed to fetch|ERR_/i.test(e))).toEqual([]);
    await page.context().close();
  }, 60_000);
});

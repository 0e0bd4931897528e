import { describe, it } from 'vitest';
import { expect } from '@playwright/test';
import { createDocument, newPage, pageErrors, screenshot, skipBrowser, useApp } from './browser.js';

const app = useApp();

describe.skipIf(skipBrowser)('nothing lost while typing', () => {
  it('saves at least every 5 s while the writer keeps typing, not only after a pause', async () => {
    const page = await newPage(app());
    await createDocument(page, 'riktlinje');
    const id = await page.evaluate(() => sessionStorage.getItem('styrdok.oppet-dokument'));
    const saves: number[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/saveDocument')) saves.push(Date.now());
    });
    await page.locator('main .prose').locator('h1:text-is("Inledning") + p').click();
    // Steady typing, one key every 250 ms for about 8 s: never an 800 ms pause.
    const text = 'Anhöriga ska få stöd i tid och ';
    const started = Date.now();
    await page.keyboard.type(text, { delay: 250 });
    const stopped = Date.now();
    expect(stopped - started).toBeGreaterThan(6000);

    // Read the store directly, before the after-pause save can happen: what a crash would leave.
    const answer = (await (
      await fetch(new URL('api/getDocument', app().harness.url), { method: 'POST', body: JSON.stringify({ id }), headers: { 'Content-Type': 'application/json' } })
    ).json()) as { ok: boolean; value: { body: unknown } };
    expect(answer.ok).toBe(true);
    const saved = JSON.stringify(answer.value.body);
    const during = saves.filter((t) => t < stopped);
    expect(during.length).toBeGreaterThanOrEqual(1);
    expect(during[0]! - started).toBeLessThan(5600);
    // At most the last ~5 s of typing (20 keys) are missing from the store.
    expect(saved).toContain(text.slice(0, text.length - 21));
    await expect(page.getByTestId('save-status')).toContainText(/Sparat \d\d:\d\d/);
    await screenshot(page, 'autosave-steady-typing');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

import { describe, it } from 'vitest';
import { expect } from '@playwright/test';
import type { Page } from 'playwright-core';
import { createDocument, newPage, pageErrors, screenshot, skipBrowser, useApp } from './browser.js';

const app = useApp();

async function typeUnder(page: Page, heading: string, text: string) {
  await page.locator('main .prose').locator(`:is(h1,h2,h3):text-is("${heading}") + p`).click();
  await page.keyboard.type(text, { delay: 5 });
}

describe.skipIf(skipBrowser)('two tabs on the same document', () => {
  it('the second tab is told the document changed elsewhere and overwrites nothing until the user chooses', async () => {
    const title = `Två flikar ${Date.now()}`;
    const a = await newPage(app());
    await createDocument(a, 'riktlinje', title);
    await expect(a.getByTestId('save-status')).toContainText(/Sparat/);

    // Tab B opens the same stored copy from the list.
    const b = await newPage(app());
    await b.getByRole('button', { name: title, exact: true }).click();
    await b.locator('main .prose').waitFor();

    await typeUnder(a, 'Syfte och mål', 'Text från flik A.');
    await expect(a.getByTestId('save-status')).toContainText(/Sparat/, { timeout: 10_000 });
    await typeUnder(b, 'Syfte och mål', 'Text från flik B.');
    const conflict = b.getByTestId('save-conflict');
    await expect(conflict).toContainText('ändrats i ett annat fönster', { timeout: 10_000 });
    await expect(b.getByTestId('save-status')).toContainText('Inte sparat');
    await screenshot(b, 'save-conflict');

    // Nothing of B reached the store: a fresh tab sees A's text.
    const c = await newPage(app());
    await c.getByRole('button', { name: title, exact: true }).click();
    await expect(c.locator('main .prose')).toContainText('Text från flik A.');
    await expect(c.locator('main .prose')).not.toContainText('Text från flik B.');

    // B chooses to keep its own text: now it is saved on top, explicitly.
    await conflict.getByRole('button', { name: 'Spara texten här över den andra' }).click();
    await expect(b.getByTestId('save-conflict')).toHaveCount(0);
    await expect(b.getByTestId('save-status')).toContainText(/Sparat/, { timeout: 10_000 });
    // The app reopens the document that was open; after a reload C reads the stored copy again.
    await c.reload();
    await expect(c.locator('main .prose')).toContainText('Text från flik B.');

    // A, still on its old copy, is now the one told; it takes the stored text.
    await typeUnder(a, 'Målgrupper', 'Mer från A.');
    await expect(a.getByTestId('save-conflict')).toBeVisible({ timeout: 10_000 });
    await a.getByRole('button', { name: /Visa den sparade texten/ }).click();
    await expect(a.locator('main .prose')).toContainText('Text från flik B.');
    await expect(a.getByTestId('save-conflict')).toHaveCount(0);
    for (const p of [a, b, c]) expect(pageErrors(p).filter((e) => !/409|Failed to load/.test(e))).toEqual([]);
    for (const p of [a, b, c]) await p.context().close();
  }, 90_000);
});

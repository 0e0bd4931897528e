import { describe, it } from 'vitest';
import { expect } from '@playwright/test';
import type { Page } from 'playwright-core';
import { createDocument, newPage, pageErrors, screenshot, skipBrowser, useApp } from './browser.js';
import { accessibilityProblems } from './axe.js';

const app = useApp();

/** The accessible name of each toolbar button and its visible text. */
async function toolbarNames(page: Page) {
  return page.locator('[role="toolbar"] button').evaluateAll((buttons) =>
    buttons.map((b) => ({ text: (b.textContent ?? '').replace(/[^\p{L}\p{N} .]/gu, '').trim(), name: b.getAttribute('aria-label') ?? b.textContent ?? '' })),
  );
}

describe.skipIf(skipBrowser)('accessibility of the main views (WCAG 2.1 AA)', () => {
  it('document list: an h1, and no serious axe problems', async () => {
    const page = await newPage(app());
    await createDocument(page, 'program', 'Anhörigprogram 2026');
    await page.getByRole('button', { name: '← Alla dokument' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mina dokument' })).toBeVisible();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ta bort Anhörigprogram 2026' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await accessibilityProblems(page, 'dialog')).toEqual([]);
    await screenshot(page, 'a11y-confirm-dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Avbryt' }).click();
    await page.getByRole('button', { name: 'Nytt dokument' }).click();
    await page.getByRole('menuitem', { name: 'Riktlinje för anhörigstöd', exact: true }).click();
    expect(await accessibilityProblems(page, 'dialog')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Importera fil…' }).click();
    expect(await accessibilityProblems(page, 'dialog')).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('editor with review: toolbar names hold their visible text, the outline is one tab stop, no serious axe problems', async () => {
    const page = await newPage(app());
    await createDocument(page, 'riktlinje');
    await page.getByLabel('Datum', { exact: true }).fill('2026-03-01');
    await page.locator('main .prose').locator('h1:text-is("Lagstöd") + p').click();
    await page.keyboard.type('Nämnden erbjuder stöd enligt 5 kap. 10 § SoL.');
    const summary = page.locator('.findings-summary');
    await expect(summary).toContainText('fynd');
    // Singular and plural agree with the number.
    const text = (await summary.textContent())!;
    const [, n, word] = /(\d+) (övrigt|övriga) fynd/.exec(text)!;
    expect(word).toBe(Number(n) === 1 ? 'övrigt' : 'övriga');

    for (const { text, name } of await toolbarNames(page)) expect(name.toLocaleLowerCase('sv')).toContain(text.toLocaleLowerCase('sv'));

    // The outline: one tab stop, arrows inside, Enter goes to the section.
    const outline = page.getByRole('navigation', { name: 'Disposition' });
    const tabStops = await outline.evaluate((nav) => [...nav.querySelectorAll('button, a[href], [tabindex]')].filter((el) => (el as HTMLElement).tabIndex >= 0).length);
    expect(tabStops).toBe(1);
    const tree = outline.getByRole('tree');
    await tree.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(tree).toHaveAttribute('aria-activedescendant', 'outline-item-2');
    await expect(outline.getByRole('treeitem', { name: 'Lagstöd' })).toHaveAttribute('aria-selected', 'true');
    await screenshot(page, 'a11y-outline-keyboard');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Home');
    await page.keyboard.type('Lagen: ');
    await expect(page.locator('main .prose').locator('h1:text-is("Lagstöd") + p')).toHaveText(/^Lagen: Nämnden erbjuder/);
    // Tab from the outline goes on to the editor: no stop per heading.
    await tree.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('nav.outline'))).toBe(false);

    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'a11y-editor-review');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it("a saved version's view shows that version's metadata, and passes axe", async () => {
    const page = await newPage(app());
    await createDocument(page, 'motionssvar', 'Svar på motion om anhörigbidrag');
    await page.getByLabel('Diarienummer', { exact: true }).fill('KS 2026/12');
    await page.getByLabel('Namn på versionen').fill('Första utkast');
    await page.getByRole('button', { name: 'Spara version' }).click();
    await expect(page.locator('.versions li').first()).toContainText('Första utkast');
    await page.getByLabel('Diarienummer', { exact: true }).fill('KS 2026/99');
    await page.getByLabel('Titel', { exact: true }).fill('Ny titel');

    await page.getByRole('button', { name: 'Visa versionen Första utkast' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('Diarienummer', { exact: true })).toHaveValue('KS 2026/12');
    await expect(dialog.getByLabel('Titel', { exact: true })).toHaveValue('Svar på motion om anhörigbidrag');
    await expect(dialog.getByLabel('Titel', { exact: true })).toHaveAttribute('readonly', '');
    expect(await accessibilityProblems(page, 'dialog')).toEqual([]);
    await screenshot(page, 'a11y-version-metadata');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

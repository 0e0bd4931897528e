import { describe, it } from 'vitest';
import { expect } from '@playwright/test';
import type { Locator, Page } from 'playwright-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newPage, pageErrors, screenshot, skipBrowser, useApp } from './browser.js';
import { accessibilityProblems } from './axe.js';
import { minimalPdf } from '../helpers/minimalPdf.js';
import { DOCUMENT_KINDS, KIND_LABELS } from '../../core/model/kinds.js';

const app = useApp();
/** axe runs many times here; a busy machine is slow. */
const SLOW = 90_000;

const menuButton = (page: Page) => page.getByRole('button', { name: 'Nytt dokument' });
const menu = (page: Page) => page.getByRole('menu', { name: 'Nytt dokument' });

/** Checks one control at rest, hovered and focused: no serious axe finding and no undecided contrast. */
async function expectReadable(page: Page, control: Locator, scope: string, name: string) {
  expect(await accessibilityProblems(page, scope), `${name} i vila`).toEqual([]);
  await control.hover();
  expect(await accessibilityProblems(page, scope), `${name} med muspekaren över`).toEqual([]);
  await control.focus();
  expect(await accessibilityProblems(page, scope), `${name} med fokus`).toEqual([]);
}

function tempFile(name: string, bytes: Buffer | string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'styrdok-first-')), name);
  writeFileSync(path, bytes);
  return path;
}

describe.skipIf(skipBrowser)('the first screen', () => {
  it('has readable header controls at rest, on hover and on focus, and an open menu that passes axe', async () => {
    const page = await newPage(app());
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'first-screen');

    await expectReadable(page, menuButton(page), '.app-header', '"Nytt dokument"');
    await expectReadable(page, page.getByRole('button', { name: 'Importera fil…' }), '.app-header', '"Importera fil…"');
    await page.getByRole('button', { name: 'Importera fil…' }).hover();
    await screenshot(page, 'first-screen-hover');

    await menuButton(page).click();
    await expect(menu(page)).toBeVisible();
    await expect(menu(page).getByRole('menuitem')).toHaveText(DOCUMENT_KINDS.map((k) => KIND_LABELS[k]));
    expect(await accessibilityProblems(page)).toEqual([]);
    for (const kind of DOCUMENT_KINDS) {
      await expectReadable(page, menu(page).getByRole('menuitem', { name: KIND_LABELS[kind] }), '.app-header', KIND_LABELS[kind]);
    }
    await menu(page).getByRole('menuitem', { name: KIND_LABELS.program }).hover();
    await screenshot(page, 'first-screen-menu');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, SLOW);

  it('opens the menu from the keyboard, moves with the arrow keys and closes on Escape with focus back on its button', async () => {
    const page = await newPage(app());
    const button = menuButton(page);
    await expect(button).toHaveAttribute('aria-haspopup', 'menu');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(menu(page)).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const item = (kind: (typeof DOCUMENT_KINDS)[number]) => menu(page).getByRole('menuitem', { name: KIND_LABELS[kind] });
    await expect(item('riktlinje')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(item('program')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(item('remissvar')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(item('riktlinje')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(item('remissvar')).toBeFocused();
    await page.keyboard.press('Home');
    await expect(item('riktlinje')).toBeFocused();
    await page.keyboard.press('End');
    await expect(item('remissvar')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu(page)).toBeHidden();
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute('aria-expanded', 'false');

    // ArrowUp on the button opens the menu at its last item; a click outside closes it.
    await page.keyboard.press('ArrowUp');
    await expect(item('remissvar')).toBeFocused();
    await page.getByRole('heading', { name: 'Mina dokument' }).click();
    await expect(menu(page)).toBeHidden();
    await page.context().close();
  }, SLOW);

  it('asks for the title before creating, and creates nothing when the user cancels', async () => {
    const page = await newPage(app());
    const rows = page.locator('table.documents tbody tr');
    const before = await rows.count();

    await menuButton(page).click();
    await menu(page).getByRole('menuitem', { name: KIND_LABELS.motionssvar }).click();
    const dialog = page.getByRole('dialog', { name: `Nytt dokument: ${KIND_LABELS.motionssvar}` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Titel', { exact: true })).toBeFocused();
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'new-document-dialog');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await expect(dialog).toBeHidden();
    await expect(menuButton(page)).toBeFocused();
    // Escape cancels too.
    await menuButton(page).click();
    await menu(page).getByRole('menuitem', { name: KIND_LABELS.remissvar }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.reload();
    await page.getByRole('heading', { name: 'Mina dokument' }).waitFor();
    await expect(rows).toHaveCount(before);
    await expect(page.getByText('Namnlöst dokument')).toHaveCount(0);

    const title = `Svar på motion om avlösning ${Date.now()}`;
    await menuButton(page).click();
    await menu(page).getByRole('menuitem', { name: KIND_LABELS.motionssvar }).click();
    await page.getByLabel('Titel', { exact: true }).fill(title);
    await page.keyboard.press('Enter');
    await page.locator('main .prose').waitFor();
    await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(title);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await page.getByRole('button', { name: /Alla dokument/ }).click();
    await expect(page.locator('table.documents')).toContainText(title);
    await expect(rows).toHaveCount(before + 1);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, SLOW);

  it('imports PDF through a Swedish file picker, and says when a PDF has no text layer', async () => {
    const page = await newPage(app());
    await page.getByRole('button', { name: 'Importera fil…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importera fil' });
    await expect(dialog).toContainText('Word, PDF, text eller Markdown');
    const input = dialog.locator('input[type=file]');
    expect((await input.getAttribute('accept'))?.split(',')).toEqual(expect.arrayContaining(['.docx', '.pdf', '.txt', '.md']));
    // The browser's own "Choose File / No file chosen" is hidden behind a Swedish button and file name.
    await expect(dialog.getByText('Välj fil…')).toBeVisible();
    await expect(dialog.getByText('Ingen fil vald')).toBeVisible();
    const box = await input.boundingBox();
    expect((box?.width ?? 0) <= 1 && (box?.height ?? 0) <= 1).toBe(true);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'import-dialog');

    await input.setInputFiles(tempFile('inskannad.pdf', minimalPdf(null)));
    await expect(dialog.getByText('inskannad.pdf')).toBeVisible();
    await expect(dialog.getByRole('alert')).toContainText('textlager');
    await expect(dialog.getByRole('button', { name: 'Importera', exact: true })).toBeDisabled();
    await screenshot(page, 'import-dialog-scanned-pdf');

    await input.setInputFiles(tempFile('riktlinje.pdf', minimalPdf(['Riktlinje för anhörigstöd', '', 'Syfte', 'Riktlinjen beskriver stödet till anhöriga.', 'Målgrupper', 'Stödet gäller alla som hjälper en närstående.'])));
    await expect(dialog.getByText('riktlinje.pdf')).toBeVisible();
    await expect(dialog).toContainText('rubriker hittades');
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Importera', exact: true }).click();
    await page.locator('main .prose').waitFor();
    await expect(page.locator('main .prose')).toContainText('Riktlinjen beskriver stödet till anhöriga.');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, SLOW);
});

import { describe, it } from 'vitest';
import { expect } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDocument, newPage, pageErrors, screenshot, skipBrowser, useApp } from './browser.js';
import { paragraphsOf } from '../helpers/docxXml.js';
import { resolvedBlocks } from '../helpers/comparisonDocx.js';
import { accessibilityProblems } from './axe.js';
import { importFile } from '../../core/import/importFile.js';

const app = useApp();

describe.skipIf(skipBrowser)('compare versions and export to Word', () => {
  it('compares a saved version with the current text, summarises per section, and exports tracked changes', async () => {
    const page = await newPage(app());
    await createDocument(page, 'remissvar');
    await page.getByLabel('Titel', { exact: true }).fill('Remissvar om anhörigprogram');
    await page.getByLabel('Datum', { exact: true }).fill('2026-03-01');
    await page.locator('main .prose').locator('h1:text-is("Sammanfattning") + p').click();
    await page.keyboard.type('Förvaltningen tillstyrker förslaget.');
    await page.getByLabel('Namn på versionen').fill('Första utkast');
    await page.getByRole('button', { name: 'Spara version' }).click();
    await expect(page.locator('.versions li').first()).toContainText('Första utkast');

    await page.locator('main .prose').getByText('Förvaltningen tillstyrker förslaget.').click();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type(' med vissa tillägg om tidplanen');
    await page.locator('main .prose').locator('h1:text-is("Bilagor") + p').click();
    await page.keyboard.type('Förslaget till program.');
    // Metadata changed since the version: an impossible date the export must warn about.
    await page.getByLabel('Datum', { exact: true }).fill('2026-13-45');

    await page.getByRole('button', { name: 'Jämför versionen Första utkast med nuvarande text' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('.compare-summary')).toContainText('Avsnitt ”Sammanfattning”: ändrat, 1 ändring');
    await expect(dialog.locator('.compare-summary')).toContainText('Avsnitt ”Bilagor”: ändrat, 1 ändring');
    const metadata = dialog.getByRole('region', { name: 'Ändrade uppgifter om dokumentet' });
    await expect(metadata.getByRole('row', { name: /Datum/ })).toContainText('2026-03-01');
    await expect(metadata.getByRole('row', { name: /Datum/ }).locator('del')).toHaveText('2026-03-01');
    await expect(metadata.getByRole('row', { name: /Datum/ }).locator('ins')).toHaveText('2026-13-45');
    await expect(dialog.locator('.compare-body ins').first()).toContainText('med vissa tillägg om tidplanen');
    expect(await accessibilityProblems(page, '.dialog')).toEqual([]);
    await dialog.locator('.compare').press('Alt+ArrowDown');
    await expect(dialog.locator('.row.current')).toContainText('tillägg');
    await screenshot(page, 'compare-side');
    await dialog.getByLabel('I löpande text').check();
    await expect(dialog.locator('.compare-body.inline')).toBeVisible();
    await screenshot(page, 'compare-inline');

    await dialog.getByLabel('Ditt namn i Word').fill('Eva Berg');
    const downloadPromise = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Exportera till Word' }).click();
    const file = await downloadPromise;
    expect(file.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = new Uint8Array(readFileSync((await file.path())!));
    expect(await paragraphsOf(bytes, 'accept')).toContain('Förvaltningen tillstyrker förslaget med vissa tillägg om tidplanen.');
    expect(await paragraphsOf(bytes, 'reject')).toContain('Förvaltningen tillstyrker förslaget.');
    // The Word file opens with the title, the metadata (tracked) and what was compared.
    const accept = await resolvedBlocks(bytes, 'accept');
    expect(accept[0]).toBe('Remissvar om anhörigprogram');
    expect(accept).toContain('Datum | 2026-13-45');
    expect(await resolvedBlocks(bytes, 'reject')).toContain('Datum | 2026-03-01');
    expect(accept.some((b) => /^Jämförelse mellan versionen ”Första utkast” \(\d{4}-\d{2}-\d{2}\) och nuvarande text/.test(b))).toBe(true);
    // The export warns, without blocking, about what a reader would catch.
    await expect(dialog.getByRole('alert')).toContainText('2026-13-45');
    // The same version against a file from outside, e.g. the proposal's revision.
    const dir = mkdtempSync(join(tmpdir(), 'styrdok-cmp-'));
    const revision = join(dir, 'revidering.txt');
    writeFileSync(revision, 'Förslag till beslut\n\nRemissen besvaras med detta yttrande.\n\nSammanfattning\nFörvaltningen avstyrker förslaget.\n');
    await dialog.getByLabel('Fil att jämföra med (.docx, .txt, .md, .pdf)').setInputFiles(revision);
    await expect(page.getByRole('heading', { name: /revidering\.txt/ })).toBeVisible();
    await expect(dialog.locator('del').first()).toBeVisible();
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    // Exporting a comparison keeps the exported text as a version.
    await expect(page.locator('.versions li').first()).toContainText('Exporterad jämförelse');

    const docDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exportera till Word' }).click();
    const exported = await docDownload;
    const back = await importFile('x.docx', new Uint8Array(readFileSync((await exported.path())!)));
    expect(back.suggestedKind).toBe('remissvar');
    expect(back.metadata.title).toBe('Remissvar om anhörigprogram');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

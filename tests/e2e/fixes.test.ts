import { describe, it } from 'vitest';
import { expect } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDocument, newPage, pageErrors, screenshot, skipBrowser, useApp } from './browser.js';

const app = useApp();

describe.skipIf(skipBrowser)('one-click fixes and an undetected kind', () => {
  it('replaces a wrong term with the rule\'s replacement in one click', { timeout: 60_000 }, async () => {
    const page = await newPage(app());
    await createDocument(page, 'riktlinje');
    const panel = page.getByRole('region', { name: 'Granskning' });
    await page.locator('main .prose').locator('h1:text-is("Ekonomiskt stöd till anhöriga") + p').click();
    await page.keyboard.type('Närståendepenning från kommunen kan sökas av den som vårdar en svårt sjuk närstående.');
    const fix = panel.getByRole('button', { name: 'Ersätt ”Närståendepenning från kommunen” med ”närståendepenning från Försäkringskassan”' });
    await expect(fix).toBeVisible({ timeout: 15_000 });
    await screenshot(page, 'fix-offered');
    await fix.click();
    const paragraph = page.locator('main .prose').locator('h1:text-is("Ekonomiskt stöd till anhöriga") + p');
    await expect(paragraph).toHaveText('Närståendepenning från Försäkringskassan kan sökas av den som vårdar en svårt sjuk närstående.');
    await expect(fix).toHaveCount(0);
    await expect(page.locator('main .prose .finding')).toHaveCount(0);
    // The fix is an ordinary edit: undo brings the old words back.
    await page.keyboard.press('Control+z');
    await expect(paragraph).toContainText('Närståendepenning från kommunen');
    await screenshot(page, 'fix-applied-undone');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('asks for the kind when importing a document whose kind cannot be detected', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'styrdok-kind-')), 'anteckningar.txt');
    writeFileSync(path, 'Anteckningar\n\nVi talade om hur vi når fler som hjälper en närstående i vardagen.\n');
    const page = await newPage(app());
    await page.getByRole('button', { name: 'Importera fil…' }).click();
    await page.getByLabel('Fil', { exact: true }).setInputFiles(path);
    await expect(page.getByRole('note').filter({ hasText: 'kunde inte avgöra vilken sorts dokument' })).toBeVisible();
    const importButton = page.getByRole('button', { name: 'Importera', exact: true });
    await expect(importButton).toBeDisabled();
    for (const radio of await page.getByRole('radio').all()) await expect(radio).not.toBeChecked();
    await screenshot(page, 'import-kind-unknown');
    await page.getByRole('radio', { name: 'Program för stöd till anhöriga' }).check();
    await expect(importButton).toBeEnabled();
    await importButton.click();
    await expect(page.getByRole('region', { name: 'Granskning' })).toContainText('krav uppfyllda');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

import { describe, it } from 'vitest';
import { expect } from '@playwright/test';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newPage, pageErrors, screenshot, skipBrowser, useApp } from './browser.js';

const app = useApp();

const TEXT = `Riktlinje för stöd till anhöriga

Fastställd av socialnämnden den 12 mars 2025, § 41.
Dokumentansvarig: Socialchef

Inledning
Nämnden erbjuder stöd till den som vårdar en närstående med funktionsnedsättning1. Stödet
gäller alla verksamheter.

1 Socialtjänstlagen (2025:400), 13 kap.

Ansvarsfördelning
Ansvaret fördelas så här.

Socialchef
Socialchefen ansvarar för rutinerna.

Anhörigsamordnare
Samordnaren erbjuder samtal och grupper.
`;

describe.skipIf(skipBrowser)('import keeps structure, in Chromium', () => {
  it('shows recognised metadata to correct, then keeps the footnote as a footnote in the editor', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'styrdok-imp-')), 'riktlinje.txt');
    writeFileSync(path, TEXT);
    const page = await newPage(app());
    await page.getByRole('button', { name: 'Importera fil…' }).click();
    await page.getByLabel('Fil', { exact: true }).setInputFiles(path);
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('Titel', { exact: true })).toHaveValue('Riktlinje för stöd till anhöriga');
    await expect(dialog.getByLabel('Beslutas av', { exact: true })).toHaveValue('Socialnämnden');
    await expect(dialog.getByLabel('Datum', { exact: true })).toHaveValue('2025-03-12');
    await dialog.getByLabel('Datum', { exact: true }).fill('2025-03-13');
    await dialog.getByText(/Rubriker som hittades/).click();
    await expect(dialog.getByRole('listitem')).toHaveText(['Inledning', 'Ansvarsfördelning', 'Socialchef', 'Anhörigsamordnare']);
    await screenshot(page, 'import-structure-preview');
    await dialog.getByRole('button', { name: 'Importera', exact: true }).click();

    await expect(page.getByLabel('Datum', { exact: true })).toHaveValue('2025-03-13');
    await expect(page.getByLabel('Dokumentansvarig', { exact: true })).toHaveValue('Socialchef');
    const note = page.locator('.prose sup.footnote');
    await expect(note).toHaveAttribute('data-label', '1');
    await expect(note).toHaveAttribute('data-footnote', 'Socialtjänstlagen (2025:400), 13 kap.');
    // Seen: only the mark; heard: the note's text after it.
    await expect(note).toHaveText('Fotnot 1: Socialtjänstlagen (2025:400), 13 kap.');
    await expect(note.locator('.visually-hidden')).toHaveCount(2);
    await screenshot(page, 'import-structure-footnote');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

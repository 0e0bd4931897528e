import { describe, it } from 'vitest';
import { expect } from '@playwright/test';
import type { Page } from 'playwright-core';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDocument, newPage, pageErrors, screenshot, skipBrowser, useApp } from './browser.js';
import { KIND_LABELS, DOCUMENT_KINDS, type DocumentKind } from '../../core/model/kinds.js';

const app = useApp();


/** Clicks into the (empty) paragraph under a heading and types there. */
async function typeInSection(page: Page, heading: string, text: string) {
  const paragraph = page.locator('main .prose').locator(`:is(h1,h2,h3):text-is("${heading}") + p`);
  await paragraph.click();
  await page.keyboard.type(text, { delay: 5 });
}

const FIRST_SECTIONS: Record<DocumentKind, [string, string]> = {
  riktlinje: ['Syfte och mål', 'Målgrupper'],
  program: ['Vision och mål', 'Samverkan'],
  motionssvar: ['Ärendebeskrivning', 'Förslag till beslut'],
  remissvar: ['Sammanfattning', 'Synpunkter och förslag'],
};

describe.skipIf(skipBrowser)('the app in Chromium', () => {
  it.each(DOCUMENT_KINDS)('creates a %s, fills metadata, types in two sections and survives a reload 100 ms later', async (kind) => {
    const page = await newPage(app());
    await createDocument(page, kind);
    // Guidance shows in the empty sections.
    await expect(page.locator('.prose p.guidance').first()).toHaveAttribute('data-guidance', /.+/);

    const title = `Test ${KIND_LABELS[kind]} ${Date.now()}`;
    await page.getByLabel('Titel', { exact: true }).fill(title);
    await page.getByLabel('Diarienummer', { exact: true }).fill('KS 2026/77');
    await page.getByLabel('Datum', { exact: true }).fill('2026-13-40');
    await expect(page.locator('#meta-datum-warning')).toContainText('ÅÅÅÅ-MM-DD');

    const [first, second] = FIRST_SECTIONS[kind];
    await typeInSection(page, first, `Första texten i ${first}.`);
    await typeInSection(page, second, `Andra texten i ${second}.`);
    await screenshot(page, `create-${kind}`);
    await page.waitForTimeout(100);
    await page.reload();

    await page.locator('main .prose').waitFor();
    await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(title);
    await expect(page.getByLabel('Diarienummer', { exact: true })).toHaveValue('KS 2026/77');
    // The odd date is kept as typed, with its warning.
    await expect(page.getByLabel('Datum', { exact: true })).toHaveValue('2026-13-40');
    await expect(page.locator('main .prose')).toContainText(`Första texten i ${first}.`);
    await expect(page.locator('main .prose')).toContainText(`Andra texten i ${second}.`);
    await expect(page.getByTestId('save-status')).toContainText(/Sparat \d\d:\d\d/);
    await screenshot(page, `reloaded-${kind}`);

    // Back in the list, the document is first, with kind and diarienummer.
    await page.getByRole('button', { name: '← Alla dokument' }).click();
    const firstRow = page.locator('table.documents tbody tr').first();
    await expect(firstRow).toContainText(title);
    await expect(firstRow).toContainText(KIND_LABELS[kind]);
    await expect(firstRow).toContainText('KS 2026/77');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('saves a version, shows it read-only, and restores it', async () => {
    const page = await newPage(app());
    await createDocument(page, 'riktlinje');
    await page.getByLabel('Titel', { exact: true }).fill('Versionstest');
    await typeInSection(page, 'Inledning', 'Den ursprungliga inledningen.');
    await page.getByLabel('Namn på versionen').fill('Remissversion');
    await page.getByRole('button', { name: 'Spara version' }).click();
    await expect(page.locator('.versions li').first()).toContainText('Remissversion');

    await page.locator('main .prose').getByText('Den ursprungliga inledningen.').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Ett tillägg efter remissen.');
    await expect(page.locator('main .prose')).toContainText('Ett tillägg efter remissen.');

    await page.getByRole('button', { name: 'Visa versionen Remissversion' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('.prose')).toContainText('Den ursprungliga inledningen.');
    await expect(dialog.locator('.prose')).not.toContainText('Ett tillägg');
    await expect(dialog.locator('.prose')).toHaveAttribute('contenteditable', 'false');
    await screenshot(page, 'version-readonly');
    await dialog.getByRole('button', { name: 'Återställ den här versionen' }).click();

    await expect(page.locator('main .prose')).toContainText('Den ursprungliga inledningen.');
    await expect(page.locator('main .prose')).not.toContainText('Ett tillägg efter remissen.');
    // The replaced text was kept as a version of its own.
    await expect(page.locator('.versions li').first()).toContainText('Före återställning till "Remissversion"');
    await screenshot(page, 'version-restored');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('imports a .docx and shows its headings in the outline', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('Diarienr: SN 2026/5'),
            new Paragraph({ text: 'Program för stöd till anhöriga 2026–2029', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: 'Målgrupper', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('Programmet gäller anhöriga till äldre och till personer med psykisk ohälsa.'),
            new Paragraph({ text: 'Unga anhöriga', heading: HeadingLevel.HEADING_2 }),
            new Paragraph('Skolan och regionen samverkar.'),
            new Paragraph({ text: 'Åtgärder och tidplan', heading: HeadingLevel.HEADING_1 }),
          ],
        },
      ],
    });
    const path = join(mkdtempSync(join(tmpdir(), 'styrdok-imp-')), 'anhörigprogram.docx');
    writeFileSync(path, await Packer.toBuffer(doc));

    const page = await newPage(app());
    await page.getByRole('button', { name: 'Importera fil…' }).click();
    await page.getByLabel('Fil', { exact: true }).setInputFiles(path);
    await expect(page.getByRole('dialog')).toContainText('rubriker hittades');
    await expect(page.getByRole('radio', { name: KIND_LABELS.program })).toBeChecked();
    await screenshot(page, 'import-preview');
    await page.getByRole('button', { name: 'Importera', exact: true }).click();

    const outline = page.getByRole('navigation', { name: 'Disposition' });
    await expect(outline.getByRole('treeitem')).toHaveText(['Målgrupper', 'Unga anhöriga', 'Åtgärder och tidplan']);
    await expect(page.getByLabel('Diarienummer', { exact: true })).toHaveValue('SN 2026/5');
    await expect(page.getByLabel('Titel', { exact: true })).toHaveValue('Program för stöd till anhöriga 2026–2029');
    await outline.getByRole('treeitem', { name: 'Åtgärder och tidplan' }).click();
    await expect(page.locator('.prose h1', { hasText: 'Åtgärder och tidplan' })).toBeInViewport();
    await screenshot(page, 'import-outline');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('keeps headings and lists when HTML is pasted, also Word list paragraphs', async () => {
    const page = await newPage(app());
    await createDocument(page, 'remissvar');
    await page.locator('main .prose').locator(':is(h1):text-is("Synpunkter och förslag") + p').click();
    const paste = async (html: string) =>
      page.locator('main .prose').evaluate((el, html) => {
        const data = new DataTransfer();
        data.setData('text/html', html);
        data.setData('text/plain', 'x');
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, html);
    await paste('<h2>Avsnitt 4 Basutbud</h2><ul><li>samtal</li><li>avlösning</li></ul><table><tr><th>Åtgärd</th><th>När</th></tr><tr><td>Utbildning</td><td>2026</td></tr></table>');
    await expect(page.locator('.prose h2', { hasText: 'Avsnitt 4 Basutbud' })).toHaveCount(1);
    await expect(page.locator('.prose ul li')).toHaveText(['samtal', 'avlösning']);
    await expect(page.locator('.prose table td').first()).toHaveText('Utbildning');

    const word = `<html><body><!--StartFragment--><p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Anhöriga till äldre</p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Unga anhöriga</p><!--EndFragment--></body></html>`;
    // Into the empty paragraph under the last heading.
    await page.locator('main .prose').locator(':is(h1):text-is("Bilagor") + p').click();
    await paste(word);
    await expect(page.locator('.prose ul').last().locator('li')).toHaveText(['Anhöriga till äldre', 'Unga anhöriga']);
    await expect(page.getByRole('navigation', { name: 'Disposition' })).toContainText('Avsnitt 4 Basutbud');
    await screenshot(page, 'paste');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('filters the list by kind and title, sorts å ä ö after z, duplicates and deletes after asking', async () => {
    const page = await newPage(app());
    for (const [kind, title] of [
      ['program', 'Ökad tillgänglighet'],
      ['program', 'Zonindelning av stöd'],
      ['program', 'Äldres anhöriga'],
      ['riktlinje', 'Avlösning i hemmet'],
    ] as const) {
      await createDocument(page, kind, title);
      await page.getByRole('button', { name: '← Alla dokument' }).click();
    }
    await page.getByLabel('Typ').selectOption('program');
    await page.getByLabel('Sortera').selectOption('title');
    const titles = page.locator('table.documents tbody tr td:first-child');
    const shown = await titles.allTextContents();
    const ours = shown.filter((t) => ['Ökad tillgänglighet', 'Zonindelning av stöd', 'Äldres anhöriga'].includes(t));
    expect(ours).toEqual(['Zonindelning av stöd', 'Äldres anhöriga', 'Ökad tillgänglighet']);
    expect(shown).not.toContain('Avlösning i hemmet');

    await page.getByLabel('Sök i titel').fill('zon');
    await expect(titles).toHaveText(['Zonindelning av stöd']);
    await page.getByRole('button', { name: 'Duplicera Zonindelning av stöd' }).click();
    await expect(titles).toHaveText(['Zonindelning av stöd', 'Zonindelning av stöd (kopia)']);
    await page.getByRole('button', { name: 'Ta bort Zonindelning av stöd (kopia)' }).click();
    await screenshot(page, 'delete-confirm');
    await page.getByRole('dialog').getByRole('button', { name: 'Avbryt' }).click();
    await expect(titles).toHaveCount(2);
    await page.getByRole('button', { name: 'Ta bort Zonindelning av stöd (kopia)' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ta bort' }).click();
    await expect(titles).toHaveText(['Zonindelning av stöd']);
    await page.getByLabel('Sök i titel').fill('');
    await page.getByLabel('Typ').selectOption('');
    await screenshot(page, 'document-list');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

import { describe, it } from 'vitest';
import { expect } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDocument, newPage, pageErrors, screenshot, skipBrowser, useApp } from './browser.js';

const app = useApp();

describe.skipIf(skipBrowser)('live review in the editor', () => {
  it('flags outdated law while typing, with the reason, and marks it in the text', async () => {
    const page = await newPage(app());
    await createDocument(page, 'riktlinje');
    const panel = page.getByRole('region', { name: 'Granskning' });
    await expect(panel).toContainText('av 12 krav uppfyllda');
    await expect(panel.locator('[data-requirement="lagrum"]')).toHaveClass(/missing/);

    await page.getByLabel('Datum', { exact: true }).fill('2026-03-01');
    await page.locator('main .prose').locator('h1:text-is("Lagstöd") + p').click();
    await page.keyboard.type('Nämnden erbjuder stöd enligt 5 kap. 10 § SoL.');
    await expect(panel.locator('[data-requirement="lagrum"]')).toHaveClass(/present/);
    await expect(panel).toContainText('upphörde att gälla 2025-07-01');
    await expect(page.locator('main .prose .finding-varning')).toHaveText('5 kap. 10 § SoL');
    await screenshot(page, 'review-live');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('offers to insert a missing section from the template, after the section it belongs after', async () => {
    const text = [
      'Riktlinje för anhörigstöd i Testby',
      '',
      'Syfte',
      'Syftet är att anhöriga ska få stöd tidigt och på lika villkor i hela kommunen.',
      '',
      'Begrepp',
      'Med anhörig avses den som vårdar eller stödjer en närstående.',
      '',
      'Uppföljning',
      'Riktlinjen följs upp årligen av socialnämnden.',
      '',
    ].join('\n');
    const path = join(mkdtempSync(join(tmpdir(), 'styrdok-review-')), 'riktlinje.txt');
    writeFileSync(path, text);
    const page = await newPage(app());
    await page.getByRole('button', { name: 'Importera fil…' }).click();
    await page.getByLabel('Fil', { exact: true }).setInputFiles(path);
    await expect(page.getByRole('radio', { name: 'Riktlinje för anhörigstöd' })).toBeChecked();
    await page.getByRole('button', { name: 'Importera', exact: true }).click();

    const item = page.locator('[data-requirement="malgrupper"]');
    await expect(item).toHaveClass(/missing/);
    await expect(item).toContainText('Hör hemma efter ”Begrepp”');
    await item.getByRole('button', { name: 'Varför?' }).or(item.locator('summary')).first().click();
    await expect(item).toContainText('Källa:');
    await item.getByRole('button', { name: 'Infoga avsnitt' }).click();
    const outline = page.getByRole('navigation', { name: 'Disposition' });
    await expect(outline.getByRole('treeitem')).toHaveText(['Syfte', 'Begrepp', 'Målgrupper', 'Uppföljning']);
    await page.keyboard.type('Stödet gäller anhöriga till personer med psykisk ohälsa och unga anhöriga.');
    await expect(item).toHaveClass(/present/);
    await screenshot(page, 'review-insert');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

import { describe, it } from 'vitest';
import { expect } from '@playwright/test';
import type { Page } from 'playwright-core';
import { createDocument, newPage, pageErrors, screenshot, skipBrowser, useApp } from './browser.js';

const app = useApp();

const prose = (page: Page) => page.locator('main .prose');
const paragraphAfter = (page: Page, heading: string) => prose(page).locator(`:is(h1,h2,h3):text-is("${heading}") + *`);
const editorHasFocus = (page: Page) => page.evaluate(() => !!document.activeElement?.closest('main .prose'));

describe.skipIf(skipBrowser)('writing as in Word', () => {
  // Under load this test used to lose "Äldre anhöriga" into the next heading: Playwright types "Ä" as inserted
  // text (no key press), and Chromium placed it by a caret from before the list was made. Such text now goes
  // through a transaction too (editor/typing.ts); it held 10 of 10 runs with the machine loaded.
  it('turns "- " and "1. " into lists, and Backspace right after undoes it', async () => {
    const page = await newPage(app());
    await createDocument(page, 'riktlinje');
    await paragraphAfter(page, 'Syfte och mål').click();
    await page.keyboard.type('- Anhöriga får stöd tidigt');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Stödet är likvärdigt');
    await expect(paragraphAfter(page, 'Syfte och mål')).toHaveJSProperty('tagName', 'UL');
    await expect(paragraphAfter(page, 'Syfte och mål').locator('li')).toHaveText(['Anhöriga får stöd tidigt', 'Stödet är likvärdigt']);
    await paragraphAfter(page, 'Utgångspunkter').click();
    await page.keyboard.type('* Anhöriga är en resurs');
    await expect(paragraphAfter(page, 'Utgångspunkter').locator('li')).toHaveText(['Anhöriga är en resurs']);

    await paragraphAfter(page, 'Målgrupper').click();
    await page.keyboard.type('1. Äldre anhöriga');
    await expect(paragraphAfter(page, 'Målgrupper')).toHaveJSProperty('tagName', 'OL');
    await expect(paragraphAfter(page, 'Målgrupper').locator('li')).toHaveText(['Äldre anhöriga']);

    await paragraphAfter(page, 'Begrepp').click();
    await page.keyboard.type('1. ');
    await expect(paragraphAfter(page, 'Begrepp')).toHaveJSProperty('tagName', 'OL');
    await page.keyboard.press('Backspace');
    await expect(paragraphAfter(page, 'Begrepp')).toHaveJSProperty('tagName', 'P');
    await expect(paragraphAfter(page, 'Begrepp')).toHaveText('1. ');
    await screenshot(page, 'word-lists');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('moves through table cells with Tab, adds a row from the last cell, goes back with Shift+Tab', async () => {
    const page = await newPage(app());
    await createDocument(page, 'riktlinje');
    await paragraphAfter(page, 'Lagstöd').click();
    await page.getByRole('button', { name: 'Tabell – Infoga tabell' }).click();
    const table = prose(page).locator('table').first();
    await expect(table.locator('tr')).toHaveCount(3);
    await table.locator('th').first().click();
    const texts = ['Åtgärd', 'Ansvar', 'När', 'Samtal', 'Nämnden', '2026', 'Utbildning', 'Förvaltningen', '2027'];
    for (const [i, text] of texts.entries()) {
      await page.keyboard.type(text);
      if (i < texts.length - 1) await page.keyboard.press('Tab');
    }
    await expect(table.locator('tr').nth(2).locator('td')).toHaveText(['Utbildning', 'Förvaltningen', '2027']);
    // Tab in the last cell adds a row and puts the caret in its first cell.
    await page.keyboard.press('Tab');
    await expect(table.locator('tr')).toHaveCount(4);
    await page.keyboard.type('Uppföljning');
    await expect(table.locator('tr').nth(3).locator('td').first()).toHaveText('Uppföljning');
    // Shift+Tab goes back to the previous cell and selects its text, as in Word.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('End');
    await page.keyboard.type(' (klart)');
    await expect(table.locator('tr').nth(2).locator('td').last()).toHaveText('2027 (klart)');
    expect(await editorHasFocus(page)).toBe(true);
    await screenshot(page, 'word-table-tab');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('keeps Tab in the text, and Escape then Tab leaves the editor', async () => {
    const page = await newPage(app());
    await createDocument(page, 'riktlinje');
    await paragraphAfter(page, 'Inledning').click();
    await page.keyboard.type('Första meningen.');
    await page.keyboard.press('Tab');
    expect(await editorHasFocus(page)).toBe(true);
    await page.keyboard.type(' Andra meningen.');
    await expect(paragraphAfter(page, 'Inledning')).toHaveText('Första meningen. Andra meningen.');
    await page.keyboard.press('Shift+Tab');
    expect(await editorHasFocus(page)).toBe(true);

    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await editorHasFocus(page)).toBe(false);
    await expect(paragraphAfter(page, 'Inledning')).toHaveText('Första meningen. Andra meningen.');
    await screenshot(page, 'word-escape-tab');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('an outline click puts the caret at the start of the section text', async () => {
    const page = await newPage(app());
    await createDocument(page, 'riktlinje');
    await paragraphAfter(page, 'Begrepp').click();
    await page.keyboard.type('Med anhörig avses den som stödjer en närstående.');
    await page.locator('main .prose h1').first().click();
    const outline = page.getByRole('navigation', { name: 'Disposition' });
    await outline.getByRole('treeitem', { name: 'Begrepp' }).click();
    expect(await editorHasFocus(page)).toBe(true);
    await page.keyboard.type('Här: ');
    await expect(prose(page).locator('h1:text-is("Begrepp")')).toHaveCount(1);
    await expect(paragraphAfter(page, 'Begrepp')).toHaveText('Här: Med anhörig avses den som stödjer en närstående.');
    await expect(prose(page).locator('h1', { hasText: 'Begrepp' })).toBeInViewport();
    await screenshot(page, 'word-outline-click');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('pasting paragraphs at the start of a heading keeps the heading whole', async () => {
    const page = await newPage(app());
    await createDocument(page, 'riktlinje');
    await prose(page).locator('h1:text-is("Målgrupper")').click();
    await page.keyboard.press('Home');
    await prose(page).evaluate((el) => {
      const data = new DataTransfer();
      data.setData('text/html', '<p>Första inklistrade stycket.</p><p>Andra inklistrade stycket.</p>');
      data.setData('text/plain', 'Första inklistrade stycket.\n\nAndra inklistrade stycket.');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect(prose(page).locator('h1:text-is("Målgrupper")')).toHaveCount(1);
    await expect(prose(page).locator('p', { hasText: 'Andra inklistrade stycket.' })).toHaveText('Andra inklistrade stycket.');
    await expect(prose(page).locator('p:text-is("Andra inklistrade stycket.") + h1')).toHaveText('Målgrupper');
    await expect(page.getByRole('navigation', { name: 'Disposition' }).getByRole('treeitem', { name: 'Målgrupper' })).toHaveCount(1);
    await screenshot(page, 'word-paste-heading');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

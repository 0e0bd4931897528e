import { describe, it } from 'vitest';
import { expect, type Page } from '@playwright/test';
import { newPage, pageErrors, screenshot, skipBrowser, useApp } from './browser.js';
import { accessibilityProblems } from './axe.js';

const app = useApp();

async function call<T>(method: string, payload: unknown): Promise<T> {
  const response = await fetch(new URL(`api/${method}`, app().harness.url), { method: 'POST', body: JSON.stringify(payload), headers: { 'Content-Type': 'application/json' } });
  const answer = (await response.json()) as { ok: boolean; value: T; error?: string };
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}

/** About `chars` characters of body text in long paragraphs, with one outdated law reference the review flags. */
function bigBody(chars: number) {
  const sentence = 'Kommunen erbjuder anhöriga samtal, avlösning och information om stöd i vardagen. ';
  const paragraph = sentence.repeat(Math.ceil(2000 / sentence.length));
  const count = Math.ceil(chars / paragraph.length);
  const content: unknown[] = [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Lagstöd' }] }];
  content.push({ type: 'paragraph', content: [{ type: 'text', text: 'Nämnden erbjuder stöd enligt 5 kap. 10 § SoL.' }] });
  for (let i = 0; i < count; i++) content.push({ type: 'paragraph', content: [{ type: 'text', text: paragraph }] });
  return { type: 'doc', content };
}

/** `blocks` short top-level blocks, a numbered heading every 100 ("Avsnitt 3"), each paragraph saying its number. */
function manyBlocks(blocks: number) {
  const content: unknown[] = [];
  for (let i = 0; i < blocks; i++) {
    content.push(
      i % 100 === 0
        ? { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: `Avsnitt ${i / 100}` }] }
        : { type: 'paragraph', content: [{ type: 'text', text: `Stycke ${i}: kommunen erbjuder anhöriga samtal och avlösning.` }] },
    );
  }
  return { type: 'doc', content };
}

/** The content-visibility of the top-level block at `index`, and whether it is the element at the middle of the window. */
function blockState(page: Page, index: number) {
  return page.evaluate((i) => {
    const el = document.querySelector('main .prose')!.children[i] as HTMLElement;
    return getComputedStyle(el).contentVisibility;
  }, index);
}

/** The text of the top-level block at the middle of the window, as the writer sees it (hit testing the painted page). */
function textAtMiddle(page: Page) {
  return page.evaluate(() => {
    const prose = document.querySelector('main .prose')!;
    const r = prose.getBoundingClientRect();
    let el = document.elementFromPoint(r.left + 40, innerHeight / 2);
    while (el && el.parentElement !== prose) el = el.parentElement;
    return el && getComputedStyle(el).contentVisibility !== 'hidden' ? el.textContent : null;
  });
}

describe.skipIf(skipBrowser)('a very big document', () => {
  it('with thousands of blocks renders those near the viewport and the caret, and follows scrolling, the outline and Ctrl+End', async () => {
    const created = await call<{ id: string }>('createDocument', { kind: 'riktlinje', title: 'Många stycken' });
    await call('saveDocument', { id: created.id, metadata: { title: 'Många stycken' }, body: manyBlocks(6000) });
    const page = await newPage(app());
    await page.getByRole('button', { name: 'Många stycken', exact: true }).click();
    await page.locator('main .prose h1').first().waitFor({ timeout: 60_000 });
    // Near the caret (the start) blocks are rendered; far ones are skipped entirely.
    expect(await blockState(page, 5)).toBe('auto');
    expect(await blockState(page, 5000)).toBe('hidden');

    // Scrolling to the middle renders the text there.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect.poll(() => textAtMiddle(page), { timeout: 10_000 }).toMatch(/^(Stycke \d+: kommunen|Avsnitt \d+)/);
    await screenshot(page, 'big-document-scrolled');

    // The outline takes the writer far away; the section is shown and typing goes there.
    const outline = page.getByRole('tree', { name: 'Disposition' });
    await outline.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect(page.locator('main .prose > h1', { hasText: 'Avsnitt 59' })).toBeInViewport();
    expect(await blockState(page, 5901)).toBe('auto');
    await page.keyboard.type('Tillagt här. ');
    await expect(page.locator('main .prose').locator('h1:text-is("Avsnitt 59") + p')).toHaveText('Tillagt här. Stycke 5901: kommunen erbjuder anhöriga samtal och avlösning.');

    // Ctrl+Home goes back to the start, through thousands of skipped blocks, and the text there is shown.
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Först: ');
    await expect(page.locator('main .prose > h1').first()).toHaveText('Först: Avsnitt 0');
    await expect(page.locator('main .prose > h1').first()).toBeInViewport();
    expect(await blockState(page, 1)).toBe('auto');

    // Ctrl+End goes to the end of the last block, typed text lands there at once.
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Slut.');
    await expect(page.locator('main .prose > *').last()).toHaveText(/ Slut\.$/);
    await expect(page.locator('main .prose > *').last()).toBeInViewport();
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 300_000);


  it('renders the text scrolled to in a saved version of thousands of blocks (the version reader scrolls in its own box)', async () => {
    const created = await call<{ id: string }>('createDocument', { kind: 'riktlinje', title: 'Många stycken, version' });
    await call('saveDocument', { id: created.id, metadata: { title: 'Många stycken, version' }, body: manyBlocks(6000) });
    await call('saveVersion', { documentId: created.id, label: 'Stor version' });
    const page = await newPage(app());
    await page.getByRole('button', { name: 'Många stycken, version', exact: true }).click();
    await page.getByRole('button', { name: 'Visa versionen Stor version' }).click();
    const reader = page.locator('.version-reader');
    await reader.locator('.prose h1').first().waitFor({ timeout: 60_000 });
    await reader.evaluate((el) => (el.scrollTop = el.scrollHeight * 0.6));
    // The block at the middle of the reader's box is rendered, not skipped.
    const middleText = () =>
      reader.evaluate((box) => {
        const prose = box.querySelector('.prose')!;
        const r = box.getBoundingClientRect();
        let el = document.elementFromPoint(prose.getBoundingClientRect().left + 40, (r.top + r.bottom) / 2);
        while (el && el.parentElement !== prose) el = el.parentElement;
        return el && getComputedStyle(el).contentVisibility !== 'hidden' ? el.textContent : null;
      });
    await expect.poll(middleText, { timeout: 10_000 }).toMatch(/^(Stycke \d{4}: kommunen|Avsnitt \d+)/);
    await screenshot(page, 'big-document-version-scrolled');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('underlines a review result of thousands of findings frame by frame, and in the end every one of them', async () => {
    const law = '5 kap. 10 § SoL';
    const content = Array.from({ length: 1500 }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `Stycke ${i}: stöd enligt ${law} till anhöriga.` }] }));
    const created = await call<{ id: string }>('createDocument', { kind: 'riktlinje', title: 'Många fynd' });
    await call('saveDocument', { id: created.id, metadata: { title: 'Många fynd' }, body: { type: 'doc', content } });
    const page = await newPage(app());
    // Counts the underlines at every frame from the moment the document opens.
    await page.evaluate(() => {
      const w = window as unknown as { __underlines: number[] };
      w.__underlines = [];
      const sample = () => {
        w.__underlines.push(document.querySelectorAll('main .prose .finding').length);
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await page.getByRole('button', { name: 'Många fynd', exact: true }).click();
    await expect(page.locator('main .prose .finding')).toHaveCount(1500, { timeout: 120_000 });
    const counts = await page.evaluate(() => (window as unknown as { __underlines: number[] }).__underlines);
    // Slices: the count grew through values between none and all (one slice per frame).
    const between = new Set(counts.filter((n) => n > 0 && n < 1500));
    expect(between.size).toBeGreaterThanOrEqual(3);
    const texts = await page.locator('main .prose .finding').allTextContents();
    expect(new Set(texts)).toEqual(new Set([law]));
    await expect(page.locator('.findings-summary')).toContainText('1500 övriga fynd');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('above 10 MB of text, says that it reviews on demand and reviews when asked with "Granska nu"', async () => {
    const created = await call<{ id: string }>('createDocument', { kind: 'riktlinje', title: 'Mycket stort dokument' });
    await call('saveDocument', { id: created.id, metadata: { title: 'Mycket stort dokument' }, body: bigBody(10_200_000) });

    const page = await newPage(app());
    await page.getByRole('button', { name: 'Mycket stort dokument', exact: true }).click();
    await page.locator('main .prose h1').first().waitFor({ timeout: 60_000 });
    const panel = page.getByRole('region', { name: 'Granskning' });
    await expect(panel).toContainText('granskar det när du ber om det', { timeout: 30_000 });
    await expect(panel).toContainText('Inte granskat ännu.');
    expect(await accessibilityProblems(page, '.findings')).toEqual([]);

    // Typing does not start a review.
    await page.locator('main .prose p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Hej', { delay: 50 });
    await page.waitForTimeout(2000);
    await expect(panel.locator('.findings-summary')).toHaveCount(0);
    // The save of 10 MB (sent from a worker) gets through.
    const storedText = async () => (await call<{ body: { content: { content?: { text: string }[] }[] } }>('getDocument', { id: created.id })).body.content[1]!.content![0]!.text;
    await expect.poll(storedText, { timeout: 60_000 }).toBe('Nämnden erbjuder stöd enligt 5 kap. 10 § SoL. Hej');

    await panel.getByRole('button', { name: 'Granska nu' }).click();
    await expect(panel.locator('.findings-summary')).toContainText('krav uppfyllda', { timeout: 120_000 });
    await expect(panel).toContainText('upphörde att gälla 2025-07-01');
    await expect(panel).toContainText('gäller texten som den var vid den senaste granskningen');
    await screenshot(page, 'review-on-demand');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('a document just under 10 MB is still reviewed live', async () => {
    const created = await call<{ id: string }>('createDocument', { kind: 'riktlinje', title: 'Stort dokument' });
    await call('saveDocument', { id: created.id, metadata: { title: 'Stort dokument' }, body: bigBody(3_000_000) });
    const page = await newPage(app());
    await page.getByRole('button', { name: 'Stort dokument', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Granskning' });
    await expect(panel.locator('.findings-summary')).toContainText('krav uppfyllda', { timeout: 120_000 });
    await expect(panel.getByRole('button', { name: 'Granska nu' })).toHaveCount(0);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 300_000);
});

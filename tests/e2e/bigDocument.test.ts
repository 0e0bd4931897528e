import { describe, it } from 'vitest';
import { expect } from '@playwright/test';
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

describe.skipIf(skipBrowser)('a very big document', () => {
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

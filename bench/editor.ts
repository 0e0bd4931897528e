import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ENGINE_V8_FLAGS } from '../core/rules/engineFlags.js';
import { chromium } from 'playwright-core';
import { startHarness } from '../tests/harness/server.js';
import { startBackend } from '../electron/backend.js';
import { dispatch } from '../core/api.js';
import { hundredPageDoc } from './fixtures.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SEED_001 = resolve(__dirname, '..', '..', '..', 'shared', 'seeds', '001_7f5f419edda28e97.txt');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const BIG_TARGETS = { p95TargetMs: 50, longestTaskTargetMs: 200, openTargetMs: 3000 };
const SEED_TARGETS = { p95TargetMs: 12, over50TargetPct: 1 };
const round = (x: number) => Math.round(x * 100) / 100;

/** Editor figures for issue 2: open, keystroke latency and autosave of a 100-page document. */
export async function benchEditor(appRoot: string): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'styrdok-bench-'));
  const body = hundredPageDoc().toJSON();
  const words = JSON.stringify(body).split(' ').length;

  // Autosave in-process: validation of the payload, schema check and the SQLite write.
  const backend = startBackend(appRoot, dataDir);
  const created = await backend.services.createDocument({ kind: 'riktlinje' });
  const metadata = { title: 'Hundra sidor' };
  await backend.services.saveDocument({ id: created.id, metadata, body });
  const serverSaves: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t = performance.now();
    const answer = await dispatch(backend.services, 'saveDocument', { id: created.id, metadata, body });
    serverSaves.push(performance.now() - t);
    if (!answer.ok) throw new Error(answer.error);
  }
  backend.close();

  const result: Record<string, unknown> = {
    document: { words, blocks: body.content?.length },
    autosaveServerMedianMs: round(median(serverSaves)),
  };
  if (!existsSync(CHROMIUM)) {
    rmSync(dataDir, { recursive: true, force: true });
    return { ...result, browser: `skipped: Chromium saknas (${CHROMIUM})` };
  }

  const harness = await startHarness({ appRoot, dataDir });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    // --js-flags as the app's Electron main sets them for its renderer (core/rules/engineFlags.ts).
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--js-flags=${ENGINE_V8_FLAGS.join(' ')}`],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await page.goto(harness.url);
    const seedText = readFileSync(SEED_001, 'utf8');
    // STYRDOK_BENCH_PART=big measures only the 3.5 MB document, =seed only seed 001 (the machine is shared; a full run takes minutes).
    if (process.env.STYRDOK_BENCH_PART === 'big') {
      result.seed001x20 = await benchImported(page, harness.url, 'Seed 001 x 20', Array.from({ length: 20 }, () => seedText).join('\n\n'), BIG_TARGETS);
      return result;
    }
    if (process.env.STYRDOK_BENCH_PART === 'seed') {
      result.seed001 = await benchImported(page, harness.url, 'Seed 001', seedText, SEED_TARGETS);
      return result;
    }
    const opens: number[] = [];
    for (let run = 0; run < 5; run++) {
      await page.getByRole('button', { name: 'Hundra sidor', exact: true }).waitFor();
      const ms = await page.evaluate(async () => {
        const button = [...document.querySelectorAll('table.documents button')].find((b) => b.textContent === 'Hundra sidor') as HTMLButtonElement;
        const t0 = performance.now();
        button.click();
        await new Promise<void>((done) => {
          const poll = () => {
            const prose = document.querySelector('main .prose');
            if (prose && prose.childElementCount >= 700) done();
            else requestAnimationFrame(poll);
          };
          poll();
        });
        // Wait for the frame to be painted.
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now() - t0;
      });
      opens.push(ms);
      if (run < 4) await page.getByRole('button', { name: '← Alla dokument' }).click();
    }

    // Typing is measured in steady state: the review of the freshly opened document has finished.
    await page.locator('.findings-summary').waitFor();
    await page.waitForTimeout(1500);
    const typing = await typeAndMeasure(page, 3);
    result.keysMeasured = typing.keys;
    const p95s = typing.p95s;

    // Autosave as the app does it: serialise in the page, send, validate, write.
    const roundTrips = await page.evaluate(async (id) => {
      const doc = await (await fetch('api/getDocument', { method: 'POST', body: JSON.stringify({ id }) })).json();
      const times: number[] = [];
      for (let i = 0; i < 7; i++) {
        const t = performance.now();
        const payload = JSON.stringify({ id, metadata: doc.value.metadata, body: doc.value.body });
        const answer = await (await fetch('api/saveDocument', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: payload })).json();
        if (!answer.ok) throw new Error(answer.error);
        times.push(performance.now() - t);
      }
      return times;
    }, created.id);

    Object.assign(result, {
      openMedianMs: round(median(opens)),
      openTargetMs: 1000,
      keystrokeP95MedianMs: round(median(p95s)),
      keystrokeTargetMs: 12,
      autosaveRoundTripMedianMs: round(median(roundTrips)),
      autosaveTargetMs: 50,
    });

    // Real documents: the imported seed 001 (175 KB, many headings) and the same twenty times (3.5 MB), review on.
    result.seed001 = await benchImported(page, harness.url, 'Seed 001', seedText, SEED_TARGETS);
    result.seed001x20 = await benchImported(page, harness.url, 'Seed 001 x 20', Array.from({ length: 20 }, () => seedText).join('\n\n'), BIG_TARGETS);
  } finally {
    await browser.close();
    await harness.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return result;
}

/** Typing figures over `runs` runs of 240 keys, 30 ms apart, in the middle of the open document. */
async function typeAndMeasure(page: Page, runs: number) {
  const p95s: number[] = [];
  const over50: number[] = [];
  const longest: number[] = [];
  let keys = 0;
  for (let run = 0; run < runs; run++) {
    const paragraphs = page.locator('main .prose > p');
    const count = await paragraphs.count();
    await paragraphs.nth(Math.floor(count / 2)).click();
    await page.keyboard.press('End');
    await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      const lat: number[] = [];
      const events: number[] = [];
      const tasks: number[] = [];
      let down: number | null = null;
      const prose = document.querySelector('main .prose')!;
      const onKey = (e: KeyboardEvent) => (down = e.timeStamp);
      document.addEventListener('keydown', onKey, { capture: true });
      const mutations = new MutationObserver(() => {
        if (down !== null) {
          lat.push(performance.now() - down);
          down = null;
        }
      });
      mutations.observe(prose, { childList: true, subtree: true, characterData: true });
      // Event Timing: keydown to the next paint, what the writer feels (reported from 16 ms up).
      const timing = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.name === 'keydown') events.push(entry.duration);
      });
      timing.observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
      const long = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      });
      long.observe({ type: 'longtask' });
      w.__typing = { lat, events, tasks, stop: () => (document.removeEventListener('keydown', onKey, { capture: true }), mutations.disconnect(), timing.disconnect(), long.disconnect()) };
    });
    await page.keyboard.type('stöd till anhöriga i hela kommunen '.repeat(8).slice(0, 240), { delay: 30 });
    await page.waitForTimeout(300);
    const m = await page.evaluate(() => {
      const t = (window as unknown as { __typing: { lat: number[]; events: number[]; tasks: number[]; stop: () => void } }).__typing;
      t.stop();
      return { lat: t.lat, events: t.events, tasks: t.tasks };
    });
    const sorted = [...m.lat].sort((a, b) => a - b);
    p95s.push(sorted[Math.floor(sorted.length * 0.95)]!);
    over50.push((100 * m.events.filter((d) => d > 50).length) / Math.max(1, m.lat.length));
    longest.push(Math.max(0, ...m.tasks));
    keys = m.lat.length;
  }
  return { p95s, over50, longest, keys };
}

/** Imports a text as a user would, opens it three times, types in it three times with the review on. */
async function benchImported(page: Page, url: string, title: string, text: string, targets: Record<string, number>) {
  const imported = await page.evaluate(
    async ({ title, text }) => {
      const bytes = new TextEncoder().encode(text);
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      const answer = await (
        await fetch('api/importDocument', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ fileName: `${title}.txt`, data: btoa(binary), kind: 'riktlinje' }) })
      ).json();
      if (!answer.ok) throw new Error(answer.error);
      const body = answer.value.document.body as { content: { type: string }[] };
      return { id: answer.value.document.id as string, title: answer.value.document.title as string, blocks: body.content.length, headings: body.content.filter((b) => b.type === 'heading').length };
    },
    { title, text },
  );
  const opens: number[] = [];
  for (let run = 0; run < 3; run++) {
    // A fresh page each time (no reopening of the last document), so every open starts cold.
    await page.evaluate(() => sessionStorage.clear());
    await page.goto(url);
    await page.getByRole('button', { name: imported.title, exact: true }).waitFor();
    opens.push(
      await page.evaluate(async ({ title, blocks }) => {
        const button = [...document.querySelectorAll('table.documents button')].find((b) => b.textContent === title) as HTMLButtonElement;
        const t0 = performance.now();
        button.click();
        await new Promise<void>((done) => {
          const poll = () => {
            const prose = document.querySelector('main .prose');
            if (prose && prose.childElementCount >= blocks) done();
            else requestAnimationFrame(poll);
          };
          poll();
        });
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now() - t0;
      }, imported),
    );
    await page.getByRole('button', { name: '← Alla dokument' }).click();
  }
  await page.getByRole('button', { name: imported.title, exact: true }).click();
  const reviewStarted = performance.now();
  await page.locator('.findings-summary').waitFor({ timeout: 120_000 });
  const reviewMs = performance.now() - reviewStarted;
  await page.waitForTimeout(1500);
  const typing = await typeAndMeasure(page, 3);
  const findings = await page.locator('.findings-summary').textContent();
  await page.getByRole('button', { name: '← Alla dokument' }).click();
  return {
    chars: text.length,
    blocks: imported.blocks,
    headings: imported.headings,
    openMedianMs: round(median(opens)),
    firstReviewMs: round(reviewMs),
    review: findings,
    keysMeasured: typing.keys,
    keystrokeP95MedianMs: round(median(typing.p95s)),
    keystrokeP95RunsMs: typing.p95s.map(round),
    keydownOver50msToPaintPctMedian: round(median(typing.over50)),
    longestTaskWhileTypingMedianMs: round(median(typing.longest)),
    longestTaskRunsMs: typing.longest.map(round),
    targets,
  };
}

if (require.main === module) {
  benchEditor(resolve(__dirname, '..', '..')).then(
    (r) => console.log(JSON.stringify({ editor: r }, null, 2)),
    (e: Error) => {
      console.error(e);
      process.exit(1);
    },
  );
}

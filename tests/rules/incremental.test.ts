import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Node as PMNode } from 'prosemirror-model';
import { importFile } from '../../core/import/importFile.js';
import { buildCheckDocument, changeSince, type CheckDocument } from '../../core/rules/checkDocument.js';
import { RuleEngine, loadRuleFiles } from '../../core/rules/engine.js';
import type { DocumentKind } from '../../core/model/kinds.js';
import { schema } from '../../core/model/schema.js';
import { hasSeeds, readDataDir, readSeed } from '../helpers/dataFiles.js';

/**
 * A re-check after an edit reuses the previous check document's blocks and the
 * engine's per-rule answers for unchanged top-level nodes. Whatever the edits,
 * the result must be exactly a fresh engine's on a fresh copy of the document.
 */
const { ruleSet } = loadRuleFiles(readDataDir('rules'));
const reference = new RuleEngine(ruleSet, { ruleBudgetMs: Infinity });

const p = (text: string) => schema.nodes.paragraph.create(null, text ? schema.text(text) : null);
const h = (level: number, text: string) => schema.nodes.heading.create({ level }, schema.text(text));
const cell = (type: 'table_cell' | 'table_header', text: string) => schema.nodes[type]!.create(null, p(text));
const table = (rows: string[][], header: boolean) =>
  schema.nodes.table!.create(
    null,
    rows.map((r, i) => schema.nodes.table_row!.create(null, r.map((t) => cell(header && i === 0 ? 'table_header' : 'table_cell', t)))),
  );
const list = (items: string[]) => schema.nodes.bullet_list!.create(null, items.map((t) => schema.nodes.list_item!.create(null, p(t))));

/** Sentences that meet (or nearly meet) requirements and finding rules, in several phrasings. */
const SENTENCES = [
  'Socialnämnden ansvarar för att riktlinjen följs upp varje år.',
  'Utredaren bedömer behovet; samordnaren håller i grupperna.',
  'Vi har inget anhörigbidrag i kommunen.',
  'Frågan om ersättning till anhöriga ska utredas.',
  'Under våren 2026 startar vi en samtalsgrupp för anhöriga.',
  'Enligt 5 kap. 10 § SoL ska socialnämnden erbjuda stöd till anhöriga.',
  'Socialtjänstlagen (2025:400) gäller från den 1 juli 2025.',
  'Stödet är till för den som hjälper en förälder eller partner i vardagen.',
  'Målgruppen är anhöriga till personer med demenssjukdom, psykisk ohälsa eller missbruk.',
  'Regionen ansvarar för hälso- och sjukvården och kommunen för socialtjänsten.',
  'Kommunstyrelsen föreslår fullmäktige att anta programmet.',
  'Barn som anhöriga ska få information och stöd.',
  'Närståendepenning söks hos Försäkringskassan.',
  'Anhörigkonsulenten erbjuder enskilda samtal och avlösning i hemmet.',
  'Programmet följs upp årligen och revideras senast 2027.',
  'Innehåll ........ 3',
  'Texten är en platshållare [Skriv här].',
  '',
];
const HEADINGS = ['Innehåll', 'Inledning', 'Målgrupper', 'Ansvarsfördelning', 'Ekonomiskt stöd', 'Uppföljning', 'Åtgärder och tidplan', 'Bilagor', 'Bakgrund'];

type Edit =
  | { op: 'replace'; at: number; text: number; append: boolean }
  | { op: 'insert'; at: number; text: number }
  | { op: 'delete'; at: number }
  | { op: 'heading'; at: number; level: number; text: number; replace: boolean }
  | { op: 'copy'; from: number; at: number }
  | { op: 'table'; at: number; header: boolean; texts: number[] }
  | { op: 'list'; at: number; texts: number[] };

const index = fc.nat({ max: 10_000 });
const sentence = fc.nat({ max: SENTENCES.length - 1 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('replace' as const), at: index, text: sentence, append: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('insert' as const), at: index, text: sentence }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: index }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('heading' as const), at: index, level: fc.integer({ min: 1, max: 3 }), text: fc.nat({ max: HEADINGS.length - 1 }), replace: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('copy' as const), from: index, at: index }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('table' as const), at: index, header: fc.boolean(), texts: fc.array(sentence, { minLength: 4, maxLength: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('list' as const), at: index, texts: fc.array(sentence, { minLength: 1, maxLength: 3 }) }) },
);

function apply(children: PMNode[], e: Edit): PMNode[] {
  const out = [...children];
  const at = (n: number, extra: number) => n % (out.length + extra);
  switch (e.op) {
    case 'replace': {
      const i = at(e.at, 0);
      const old = out[i]!;
      const text = e.append ? `${old.textContent} ${SENTENCES[e.text]}`.trim() : SENTENCES[e.text]!;
      out[i] = old.type === schema.nodes.heading ? h(old.attrs.level as number, text || 'Rubrik') : p(text);
      break;
    }
    case 'insert':
      out.splice(at(e.at, 1), 0, p(SENTENCES[e.text]!));
      break;
    case 'delete':
      if (out.length > 1) out.splice(at(e.at, 0), 1);
      break;
    case 'heading':
      out.splice(at(e.at, e.replace ? 0 : 1), e.replace ? 1 : 0, h(e.level, HEADINGS[e.text]!));
      break;
    case 'copy':
      // The same node object in two places: identity alone must not confuse the diff.
      out.splice(at(e.at, 1), 0, out[at(e.from, 0)]!);
      break;
    case 'table':
      out.splice(at(e.at, 1), 0, table([[SENTENCES[e.texts[0]!]!, SENTENCES[e.texts[1]!]!], [SENTENCES[e.texts[2]!]!, SENTENCES[e.texts[3]!]!]], e.header));
      break;
    case 'list':
      out.splice(at(e.at, 1), 0, list(e.texts.map((t) => SENTENCES[t]!)));
      break;
  }
  return out;
}

function syntheticBase(): PMNode[] {
  return [
    p('Program för stöd till anhöriga'),
    p('Datum: 2026-03-01'),
    h(1, 'Innehåll'),
    p('Inledning ........ 2'),
    p('Målgrupper ........ 3'),
    h(1, 'Inledning'),
    p(SENTENCES[7]!),
    h(2, 'Ansvar'),
    p(SENTENCES[1]!),
    list([SENTENCES[13]!, SENTENCES[11]!]),
    table([['Åtgärd', 'Klart senast'], ['Starta samtalsgrupp för anhöriga', '2026-06-30']], true),
    h(1, 'Ekonomiskt stöd'),
    p(SENTENCES[3]!),
    p(SENTENCES[5]!),
    h(1, 'Uppföljning'),
    p(SENTENCES[14]!),
  ];
}

let incrementalChecks = 0;
/** The last version checked in a run: every other check names the edit as the review worker does. */
let previous: { built: CheckDocument; children: PMNode[] } | null = null;
let hintNext = false;

/** The replaced top-level nodes, found as the editor finds them before it posts them to the review worker. */
function editBetween(old: PMNode[], next: PMNode[]): { from: number; to: number } {
  let from = 0;
  while (from < old.length && from < next.length && old[from] === next[from]) from++;
  let endOld = old.length;
  let endNew = next.length;
  while (endOld > from && endNew > from && old[endOld - 1] === next[endNew - 1]) {
    endOld--;
    endNew--;
  }
  return { from, to: endOld };
}

function compare(engine: RuleEngine, children: PMNode[], kind: DocumentKind, date: string): void {
  const doc = schema.nodes.doc.create(null, children);
  hintNext = !hintNext;
  const edit = previous && hintNext ? { prev: previous.built, ...editBetween(previous.children, children) } : undefined;
  const built = buildCheckDocument(doc, { kind, date, metadata: {}, edit });
  previous = { built, children };
  if (changeSince(built)) incrementalChecks++;
  const incremental = engine.check(built);
  // A copy shares no node with anything checked before: built and checked from scratch.
  const fresh = reference.check(buildCheckDocument(schema.nodeFromJSON(doc.toJSON()), { kind, date, metadata: {} }));
  expect(incremental).toEqual(fresh);
}

function property(base: PMNode[], kind: DocumentKind, runs: number, maxEdits: number) {
  fc.assert(
    fc.property(fc.array(fc.tuple(edit, fc.boolean()), { minLength: 1, maxLength: maxEdits }), fc.boolean(), (edits, changeDate) => {
      const engine = new RuleEngine(ruleSet, { ruleBudgetMs: Infinity });
      previous = null;
      let children = base;
      compare(engine, children, kind, '2026-11-23');
      edits.forEach(([e, checkNow], n) => {
        children = apply(children, e);
        // Sometimes several edits between checks; sometimes another date (nothing may be reused then).
        if (checkNow || n === edits.length - 1) compare(engine, children, kind, changeDate && n % 3 === 2 ? '2024-05-01' : '2026-11-23');
      });
    }),
    { numRuns: runs },
  );
}

describe('re-check after edits equals a fresh check', () => {
  it('is built incrementally after a one-paragraph edit', () => {
    const base = syntheticBase();
    const first = buildCheckDocument(schema.nodes.doc.create(null, base), { kind: 'program', date: '2026-11-23', metadata: {} });
    const edited = [...base];
    edited[8] = p('Samordnaren ansvarar för grupperna.');
    const second = buildCheckDocument(schema.nodes.doc.create(null, edited), { kind: 'program', date: '2026-11-23', metadata: {} });
    expect(changeSince(second)).toMatchObject({ prev: first, from: 8, prevTo: 9, to: 9 });
  });

  it('leaves an earlier version readable after a later one is built from it', () => {
    const base = syntheticBase();
    const doc1 = schema.nodes.doc.create(null, base);
    const first = buildCheckDocument(doc1, { kind: 'program', date: '2026-11-23', metadata: {} });
    const edited = [...base];
    edited[6] = p('En längre mening som flyttar alla positioner efter sig en bit framåt.');
    edited.splice(9, 0, p('Ett nytt stycke.'));
    buildCheckDocument(schema.nodes.doc.create(null, edited), { kind: 'program', date: '2026-11-23', metadata: {} });
    const fresh = buildCheckDocument(schema.nodeFromJSON(doc1.toJSON()), { kind: 'program', date: '2026-11-23', metadata: {} });
    const view = (d: typeof first) => d.blocks.map((bl) => ({ ...bl, memo: null }));
    expect(view(first)).toEqual(view(fresh));
    expect(first.sections).toEqual(fresh.sections);
  });

  it('is not fooled by a children array changed in place between two versions', () => {
    const children = syntheticBase();
    const engine = new RuleEngine(ruleSet, { ruleBudgetMs: Infinity });
    engine.check(buildCheckDocument(schema.nodes.doc.create(null, children), { kind: 'program', date: '2026-11-23', metadata: {} }));
    // ProseMirror keeps the array it is given: changing it in place changes the earlier document too.
    children.splice(12, 1, p('Vi har inget anhörigbidrag, men Enligt 5 kap. 10 § SoL ska nämnden stödja anhöriga.'));
    const doc = schema.nodes.doc.create(null, children);
    const fresh = reference.check(buildCheckDocument(schema.nodeFromJSON(doc.toJSON()), { kind: 'program', date: '2026-11-23', metadata: {} }));
    expect(engine.check(buildCheckDocument(doc, { kind: 'program', date: '2026-11-23', metadata: {} }))).toEqual(fresh);
  });

  it('ignores a named edit that does not fit the two versions', () => {
    const base = syntheticBase();
    const engine = new RuleEngine(ruleSet, { ruleBudgetMs: Infinity });
    const first = buildCheckDocument(schema.nodes.doc.create(null, base), { kind: 'program', date: '2026-11-23', metadata: {} });
    engine.check(first);
    const edited = [...base];
    edited[12] = p('Kommunen betalar inte ut något anhörigbidrag.');
    const doc = schema.nodes.doc.create(null, edited);
    // The caller names the node after the edited one: its edge (the edited node) does not match, so the edit is found by comparing.
    const built = buildCheckDocument(doc, { kind: 'program', date: '2026-11-23', metadata: {}, edit: { prev: first, from: 13, to: 14 } });
    // Node 12 holds block 16 (the list and the table before it have several blocks each).
    expect(changeSince(built)).toMatchObject({ prev: first, from: 16, prevTo: 17, to: 17 });
    const fresh = reference.check(buildCheckDocument(schema.nodeFromJSON(doc.toJSON()), { kind: 'program', date: '2026-11-23', metadata: {} }));
    expect(engine.check(built)).toEqual(fresh);
  });

  it('on a small document with headings, a table of contents, lists and tables', () => {
    incrementalChecks = 0;
    property(syntheticBase(), 'program', 150, 12);
    // Most edits leave headings alone: the incremental path must really have been taken.
    expect(incrementalChecks).toBeGreaterThan(150);
  }, 120_000);

  it.skipIf(!hasSeeds)('on seed 001 (program)', async () => {
    const imported = await importFile('001.txt', new TextEncoder().encode(readSeed('001')));
    const base: PMNode[] = [];
    imported.body.forEach((c) => base.push(c));
    incrementalChecks = 0;
    property(base, 'program', 12, 6);
    expect(incrementalChecks).toBeGreaterThan(2);
  }, 300_000);
});

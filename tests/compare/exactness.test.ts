import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareDocuments, compareVersions, resolvedUnits, type Comparison } from '../../core/compare/compare.js';
import { unitsOf, type Unit } from '../../core/compare/units.js';
import { schema } from '../../core/model/schema.js';
import { applyEdits, blocks, edits, text, toDoc } from './arbitraries.js';

/** What accept-all / reject-all must give back: every unit's exact text and cells. */
const shape = (units: Unit[]) => units.map((u) => ({ type: u.type, level: u.level, text: u.text, cells: u.cells?.map((c) => c.text) }));

function expectExact(c: Comparison, before: ReturnType<typeof toDoc>, after: ReturnType<typeof toDoc>) {
  expect(shape(resolvedUnits(c, 'new'))).toEqual(shape(unitsOf(after)));
  expect(shape(resolvedUnits(c, 'old'))).toEqual(shape(unitsOf(before)));
  // Word-level parts spell both texts too.
  for (const ch of c.changes) {
    if (ch.op !== 'change') continue;
    expect(ch.parts.filter((p) => p.type !== 'insert').map((p) => p.text).join('')).toBe(ch.old.text);
    expect(ch.parts.filter((p) => p.type !== 'delete').map((p) => p.text).join('')).toBe(ch.unit.text);
    ch.cells?.forEach((cell, i) => {
      expect(cell.filter((p) => p.type !== 'insert').map((p) => p.text).join('')).toBe(ch.old.cells![i]!.text);
      expect(cell.filter((p) => p.type !== 'delete').map((p) => p.text).join('')).toBe(ch.unit.cells![i]!.text);
    });
  }
  // Every move has exactly one source and one destination.
  const moves = new Map<number, string[]>();
  for (const ch of c.changes) if ((ch.op === 'insert' || ch.op === 'delete') && ch.move !== undefined) moves.set(ch.move, [...(moves.get(ch.move) ?? []), ch.op]);
  for (const ops of moves.values()) expect(ops.sort()).toEqual(['delete', 'insert']);
}

const options = fc.record({ ignoreCase: fc.boolean(), ignoreWhitespace: fc.boolean() });

describe('comparison exactness (accept all = new, reject all = old)', () => {
  it('holds for random documents and random edits, moves included, whatever is ignored', () => {
    fc.assert(
      fc.property(blocks, edits, options, (source, list, opts) => {
        const before = toDoc(source);
        const after = toDoc(applyEdits(source, list));
        expectExact(compareDocuments(before, after, opts), before, after);
      }),
      { numRuns: 400 },
    );
  });

  it('holds for two unrelated random documents', () => {
    fc.assert(
      fc.property(blocks, blocks, options, (a, b, opts) => {
        const before = toDoc(a);
        const after = toDoc(b);
        expectExact(compareDocuments(before, after, opts), before, after);
      }),
      { numRuns: 200 },
    );
  });

  it('holds when the alignment gives up early (tiny edit and time limits)', () => {
    fc.assert(
      fc.property(blocks, edits, (source, list) => {
        const before = toDoc(source);
        const after = toDoc(applyEdits(source, list));
        expectExact(compareDocuments(before, after, { maxEditLength: 1, alignTimeoutMs: 0, wordBudgetMs: 0 }), before, after);
      }),
      { numRuns: 200 },
    );
  });

  it('holds for metadata: accepting gives the new values, rejecting the old', () => {
    const record = fc.dictionary(fc.constantFrom('title', 'diarienummer', 'datum', 'handlaggare', 'egen'), text, { maxKeys: 5 });
    fc.assert(
      fc.property(record, record, options, (a, b, opts) => {
        const body = toDoc([{ kind: 'paragraph', inline: [] }]);
        const c = compareVersions({ body, metadata: a }, { body, metadata: b }, [{ key: 'title', label: 'Titel' }, { key: 'datum', label: 'Datum' }], opts);
        const side = (pick: 'old' | 'new') => Object.fromEntries(c.metadata.map((m) => [m.key, m.parts.filter((p) => p.type !== (pick === 'new' ? 'delete' : 'insert')).map((p) => p.text).join('')]).filter(([, v]) => v));
        const nonEmpty = (r: Record<string, string>) => Object.fromEntries(Object.entries(r).filter(([, v]) => v));
        expect(side('new')).toEqual(nonEmpty(b));
        expect(side('old')).toEqual(nonEmpty(a));
        expect(c.metadata.map((m) => m.key).slice(0, 2).filter((k) => k === 'title' || k === 'datum')).toEqual(['title', 'datum'].filter((k) => a[k] || b[k]));
      }),
      { numRuns: 300 },
    );
  });

  it('does not hand back the new text for a unit that differs only in whitespace or case', () => {
    const p = (t: string) => schema.nodes.paragraph.create(null, schema.text(t));
    const before = schema.nodes.doc.create(null, [p('Stödet  gäller anhöriga.')]);
    const after = schema.nodes.doc.create(null, [p('STÖDET gäller anhöriga.')]);
    const c = compareDocuments(before, after, { ignoreCase: true, ignoreWhitespace: true });
    expect(c.identical).toBe(true);
    expect(c.changes[0]).toMatchObject({ op: 'change', ignorable: true });
    expect(resolvedUnits(c, 'old').map((u) => u.text)).toEqual(['Stödet  gäller anhöriga.']);
    expect(compareDocuments(before, after).identical).toBe(false);
  });
});

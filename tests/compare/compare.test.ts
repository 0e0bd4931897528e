import { describe, expect, it } from 'vitest';
import type { Node as PMNode } from 'prosemirror-model';
import { schema } from '../../core/model/schema.js';
import { compareDocuments, resolvedText } from '../../core/compare/compare.js';
import { unitsOf } from '../../core/compare/units.js';
import { editedVersion, hundredPageDoc, makeText } from '../../bench/fixtures.js';

const { doc, heading, paragraph } = schema.nodes;
const h = (t: string) => heading.create({ level: 1 }, schema.text(t));
const p = (t: string) => paragraph.create(null, t ? schema.text(t) : []);
const d = (...blocks: PMNode[]) => doc.create(null, blocks);
const texts = (x: PMNode) => unitsOf(x).map((u) => u.text);

describe('compareDocuments', () => {
  const oldDoc = d(
    h('Inledning'),
    p('Programmet gäller 2021–2024.'),
    h('Målgrupper'),
    p('Stödet gäller anhöriga till äldre.'),
    p('Barn som anhöriga uppmärksammas.'),
    h('Åtgärder'),
    p('Utbildning för personal.'),
    h('Uppföljning'),
    p('Programmet följs upp årligen av nämnden.'),
  );
  const newDoc = d(
    h('Inledning'),
    p('Programmet gäller 2025–2028.'),
    h('Uppföljning'),
    p('Programmet följs upp årligen av nämnden.'),
    h('Vilka stödet gäller'),
    p('Stödet gäller anhöriga till äldre och till personer med psykisk ohälsa.'),
    p('Barn som anhöriga uppmärksammas.'),
    p('Ett nytt stycke om unga anhöriga.'),
  );

  it('gives the new text when all is accepted and the old when all is rejected', () => {
    const c = compareDocuments(oldDoc, newDoc);
    expect(resolvedText(c, 'new')).toEqual(texts(newDoc));
    expect(resolvedText(c, 'old')).toEqual(texts(oldDoc));
  });

  it('matches a renamed section, reports word changes inside paragraphs, and a moved section as moved', () => {
    const c = compareDocuments(oldDoc, newDoc);
    const change = c.changes.find((x) => x.op === 'change' && x.old.text.startsWith('Stödet'));
    expect(change && change.op === 'change' && change.parts.filter((q) => q.type === 'insert').map((q) => q.text).join('')).toContain('psykisk ohälsa');
    expect(c.sections.find((s) => s.heading === 'Vilka stödet gäller')?.status).toBe('changed');
    expect(c.sections.find((s) => s.heading === 'Åtgärder')?.status).toBe('deleted');
    expect(c.sections.some((s) => s.heading === 'Uppföljning' && s.status === 'moved')).toBe(true);
  });

  it('finds no differences between identical documents, and ignores case and whitespace on request', () => {
    expect(compareDocuments(oldDoc, oldDoc).identical).toBe(true);
    const shouted = d(h('INLEDNING'), p('Programmet  gäller 2021–2024.'));
    const plain = d(h('Inledning'), p('Programmet gäller 2021–2024.'));
    expect(compareDocuments(plain, shouted).identical).toBe(false);
    expect(compareDocuments(plain, shouted, { ignoreCase: true, ignoreWhitespace: true }).identical).toBe(true);
  });

  it('round-trips a 100-page comparison with edits and a moved 2,000-word section', () => {
    const before = hundredPageDoc();
    const after = editedVersion(before);
    const c = compareDocuments(before, after);
    expect(resolvedText(c, 'new')).toEqual(texts(after));
    expect(resolvedText(c, 'old')).toEqual(texts(before));
    expect(c.sections.filter((s) => s.status === 'moved').length).toBeGreaterThan(0);
  });
});

describe('compareDocuments at its bounds', () => {
  it('lists a moved section once in the summary', () => {
    const before = d(h('Inledning'), p('Text.'), h('Anhörigsamordnare'), p('Samordnaren ger råd.'), h('Uppföljning'), p('Årligen.'));
    const after = d(h('Inledning'), p('Text.'), h('Uppföljning'), p('Årligen.'), h('Anhörigsamordnare'), p('Samordnaren ger råd och stöd.'));
    const c = compareDocuments(before, after);
    expect(c.sections.filter((s) => s.status === 'moved')).toHaveLength(1);
    expect(new Set(c.sections.map((s) => s.heading)).size).toBe(c.sections.length);
    expect(resolvedText(c, 'old')).toEqual(texts(before));
    expect(resolvedText(c, 'new')).toEqual(texts(after));
  });

  it('stays exact when 1,500 unrelated paragraphs without headings force the coarse fallback', () => {
    const many = (seed: number) => d(...Array.from({ length: 1500 }, (_, i) => p(makeText(25, seed + i))));
    const before = many(1);
    const after = many(100_000);
    const c = compareDocuments(before, after, { ignoreWhitespace: true });
    expect(c.coarse).toBe(true);
    expect(resolvedText(c, 'new')).toEqual(texts(after));
    expect(resolvedText(c, 'old')).toEqual(texts(before));
  }, 60_000);
});

describe('pairing edits', () => {
  it('shows a short sentence that grew as an edit, not as a deletion and an insertion', () => {
    const c = compareDocuments(d(h('Sammanfattning'), p('Förvaltningen tillstyrker förslaget.')), d(h('Sammanfattning'), p('Förvaltningen tillstyrker förslaget med vissa tillägg om tidplanen.')));
    expect(c.changes.map((x) => x.op)).toEqual(['equal', 'change']);
  });

  it('does not pair unrelated paragraphs written with the same common words', () => {
    const c = compareDocuments(d(p(makeText(30, 1))), d(p(makeText(30, 777))));
    expect(c.changes.map((x) => x.op)).toEqual(['delete', 'insert']);
  });
});

import { z } from 'zod';
import { evidenceKind } from './kind.js';
import { terms } from './params.js';
import { compileTerms } from '../terms.js';
import { checkKey, eligible, sentenceEvidence, matchIn, analysed } from './sentenceEvidence.js';
import type { AnalysedSentence } from '../../text/analysis.js';
import type { CheckContext, EvidenceHit } from './types.js';
import type { LocalEvidence } from './kind.js';
import { firstInScope } from './units.js';

/**
 * `timeline:` evidence — an action with a time to do it by ("Under våren 2026
 * startar vi en samtalsgrupp", "klar till årsskiftet", "Kvartal 3 2026: införa …"),
 * or a table row whose cells hold an action and a date. A header row ("Klart
 * senast") is no timeline, nor is a past event ("sedan 2015", a year before the
 * document's own) or a period of validity without an action.
 */
/** Every time expression the recognisers know holds a digit or one of these words. */
const TIME_HINT = /\d|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|var|host|sommar|vinter|arsskifte|arets|(?:forsta|andra|tredje|fjarde|sista) (?:aret|ar|halvaret)|kvartal|halvar|tertial|nasta ar|kommande ar|innevarande/;

export const timelineSchema = z
  .object({
    actions: terms,
    /** Words that make the time a past one ("sedan", "infördes"). */
    past: terms.optional(),
  })
  .strict();

export const timelineKind = evidenceKind({
  name: 'timeline',
  schema: timelineSchema,
  compile(params) {
    const actions = compileTerms(params.actions);
    const past = params.past ? compileTerms(params.past) : null;
    const key = checkKey('time');
    const fromText = sentenceEvidence(
      key,
      (s, block, _i, c) => {
        const docYear = Number(c.doc.date.slice(0, 4));
        const times = s.times.filter((t) => t.specific);
        if (!times.length) return null;
        // A plan item led by its time ("2027: Webbkurs för anhöriga", "Hösten 2026 – anhörigcafé i Norrby"): the item is the action.
        let verb = matchIn(actions, block, s);
        // A time on a label line of its own ("Tidpunkt: 2027", "Klart senast: våren 2027") dates the action just before it.
        if (!verb && TIME_LABEL.test(s.text)) {
          const list = analysed(block);
          const prev = list[list.indexOf(s) - 1];
          if (prev && !prev.times.length && !prev.quoted) verb = matchIn(actions, block, prev);
        }
        const item = verb ? null : datedItem(s, times[0]!);
        const row = verb || item ? null : textTableRow(s, times);
        const action = verb ?? item ?? row;
        if (!action) return null;
        const clause = s.clauses.find((cl) => action.start >= cl.start && action.start < cl.end);
        if (clause?.negation) return null;
        if (past && matchIn(past, block, s)) return null;
        // Only years before the document's own: an account of the past, not a plan.
        const years = times.flatMap((t) => (t.text.match(/(?:19|20)\d\d/g) ?? []).map(Number));
        if (years.length && years.length === times.length && Number.isFinite(docYear) && years.every((y) => y < docYear)) return null;
        const t = times[0]!;
        return { start: Math.min(t.start, action.start), end: Math.max(t.end, action.end), reason: verb ? 'en åtgärd med en tidpunkt' : item ? 'en punkt i en plan som inleds med sin tidpunkt' : 'en tabellrad med åtgärd och datum' };
      },
      { dateDependent: true, prefilter: (folded) => TIME_HINT.test(folded) },
    );
    return { find: (ctx) => fromText.find(ctx) ?? firstInScope(ctx, null, (i) => tableRow.test(ctx, i)), local: fromText.local, fallback: tableRow };
  },
});

/** A label line that only gives the time of the item before it. */
const TIME_LABEL = /^\s*(?:tidpunkt|tidplan|tidsplan|klart|klart senast|klar senast|senast|när|datum|period|start|genomförs|genomförande|tid)\s*:\s*\S/iu;

/** "2027: item of three words or more" — a time that leads its sentence, then a colon or dash and the item (not a figure: "2026: 312 anhöriga …"). */
const ITEM_AFTER_TIME = /^\s*[:–—-]\s*(?!\d)(?:\S+\s+){2,}\S/u;
function datedItem(s: AnalysedSentence, time: { start: number; end: number }): { start: number; end: number } | null {
  if (s.text.slice(0, time.start - s.start).trim() !== '') return null;
  const rest = s.text.slice(time.end - s.start);
  return ITEM_AFTER_TIME.test(rest) ? { start: time.end, end: s.end } : null;
}

/**
 * A table row written as text ("Ny broschyr på lätt svenska | Anhörigkonsulent | juni 2027"): a cell that is only a
 * time (perhaps with "senast"), and another cell of the same row with an item of two words or more.
 */
function textTableRow(s: AnalysedSentence, times: { start: number; end: number }[]): { start: number; end: number } | null {
  if (!s.text.includes('|')) return null;
  const cellAt = (at: number) => {
    const from = Math.max(s.text.lastIndexOf('|', at - 1), s.text.lastIndexOf('\n', at - 1)) + 1;
    const ends = [s.text.indexOf('|', at), s.text.indexOf('\n', at)].filter((i) => i >= 0);
    return { from, to: ends.length ? Math.min(...ends) : s.text.length };
  };
  for (const t of times) {
    const cell = cellAt(t.start - s.start);
    const rest = (s.text.slice(cell.from, t.start - s.start) + s.text.slice(t.end - s.start, cell.to)).trim();
    if (rest && !/^(senast|klart|klar|till|före|under)$/iu.test(rest)) continue;
    // The other cells of the row: from the line's start to its end.
    const lineFrom = s.text.lastIndexOf('\n', cell.from - 1) + 1;
    const lineEnd = s.text.indexOf('\n', cell.to);
    const cells = s.text.slice(lineFrom, lineEnd < 0 ? s.text.length : lineEnd).split('|');
    if (cells.length >= 2 && cells.some((c) => (c.match(/\p{L}{3,}/gu) ?? []).length >= 2 && !c.includes(s.text.slice(t.start - s.start, t.end - s.start)))) return { start: t.start, end: t.end };
  }
  return null;
}

/**
 * A table row with a date in one cell and an action (two words or more, no date) in another.
 * Cells of a row lie within a few blocks of each other, so the test reads only its neighbours
 * and a re-check after an edit tests only the blocks near it.
 */
const ROW_REACH = 8;
const tableRow: LocalEvidence = {
  scope: null,
  reach: ROW_REACH,
  test(ctx: CheckContext, i: number): EvidenceHit | null {
    const blocks = ctx.doc.blocks;
    const b = blocks[i]!;
    if (b.row < 0 || !eligible(b, false)) return null;
    const time = analysed(b).flatMap((s) => s.times).find((t) => t.specific);
    if (!time) return null;
    for (let j = i - ROW_REACH; j <= i + ROW_REACH; j++) {
      const o = blocks[j];
      if (!o || j === i || o.row !== b.row || !eligible(o, false) || o.words < 2) continue;
      if (analysed(o).some((s) => s.times.length)) continue;
      return { block: i, start: time.start, end: time.end, reason: 'en tabellrad med åtgärd och datum' };
    }
    return null;
  },
};

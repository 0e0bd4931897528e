import { z } from 'zod';
import { evidenceKind } from './kind.js';
import { terms } from './params.js';
import { compileTerms } from '../terms.js';
import { checkKey, sentenceEvidence, matchIn, analysed } from './sentenceEvidence.js';
import type { AnalysedSentence } from '../../text/analysis.js';
import type { CheckBlock } from '../checkDocument.js';
import { divisionTable } from './divisionTable.js';
import { divisionLists } from './divisionLists.js';
import { firstInScope } from './units.js';
import type { LocalEvidence } from './kind.js';

/**
 * `division:` evidence — a division of tasks between two sides, each side
 * doing its own part: "Psykiatrin står för behandlingen; socialtjänsten står
 * för stödet till familjen", "Palliativa teamet informerar …, medan kommunens
 * anhörigkonsulent erbjuder samtal", "Regionen ansvarar för X och kommunen för
 * Y", or two adjacent sentences of one paragraph ("Vårdcentralen ställer
 * diagnos. Hemtjänsten ger sedan stödet i hemmet."), or labels ("Kommunen –
 * avlösning. Regionen – medicinsk vård."). Both sides named in one clause
 * ("kontakter med både psykiatrin och socialtjänsten") or a side without a
 * task of its own ("samarbetspartner för hemtjänsten") is no division.
 * With `alone`, the first side's own duty suffices ("Regionen ansvarar för …",
 * "Det är regionens ansvar att …") when the other side is named near it.
 * The duty must be the first side's, not the other's ("Kommunen ansvarar för
 * stödet och samverkar med regionen" is none).
 */
export const divisionSchema = z
  .object({
    /** The two sides, e.g. the region's services and the kommun's. */
    sides: z.tuple([terms, terms]),
    /** What a side does: verbs of a task ("står för", "erbjuder", "tar över", "ansvarar för"). */
    tasks: terms,
    unless: terms.optional(),
    /**
     * Words that set a side's part against the other's ("däremot", "för sin del", "i sin tur"): a side doing a task in
     * such a sentence counts when the other side is named elsewhere in the paragraph.
     */
    contrast: terms.optional(),
    /** The first side doing one of `tasks` alone counts: its duty named, the other side's left to the document. */
    alone: z.boolean().default(false),
    /** With `alone`: words in the duty's sentence that set it apart as that side's own ("enligt HSL", "i första hand"), instead of the other side named near it. */
    aloneWith: terms.optional(),
    /** Why the sentence counts, in Swedish, shown beside the evidence. */
    reason: z.string().min(1),
  })
  .strict();

interface Found {
  start: number;
  end: number;
}

/** Every match of a global regex in a text. */
function allMatches(re: RegExp, text: string): Found[] {
  const out: Found[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Where a new part of a contrast begins: clause breaks, "medan", "men", "samt", "respektive", "och" before a side. */
const CUT = /\s(?:medan|men|samt|respektive|och|liksom|medans)\s/gu;
/** Between "och" and a passive's agent whose verb is left out: a few words, then "av" ("och insatser enligt HSL av"). */
const AGENT_GAP = /^(?:[^\s§]+\s+){1,5}?av\s+$/u;
/** Nothing, or one word (a place name, "även"), between "och" and the side it coordinates. */
const ONE_WORD = /^(?:[^\s§]+\s+)?$/u;
/** A side used as a label: "Kommunen – avlösning", "Regionen: medicinsk vård", "Kommunen | avlösning". */
const LABEL_AFTER = /^\s*(?:[–—-]|:|\|)\s*\S/u;
/** A cell border of a table written as text, with the blanks after it. */
const PIPE = /\|\s*/gu;
/** A side with the verb left out after a coordinated one: "… och kommunen för avlösningen". */
const GAPPED = /^\s*(?:for|star\s+for|om|har\s+hand\s+om|enligt)\s/u;
/** After a comma, a side followed by its object with the verb left out: "…, kommunen stöd i vardagen" (not a list "…, kommunen och …"). */
const ELIDED_OBJECT = /^\s+(?!och\s|samt\s|eller\s|som\s)[^\s§]+/u;
/** "…, för" or "… och för" opening a part whose verb is left out (matched on the sentence's text, where the comma is). */
const FRONTED = /(?:,|(?<![\p{L}])och)\s+för\s/giu;
/** How far a side may stand from its task: before the verb (the subject), or just after it (verb first). */
const BEFORE = 45;
const AFTER = 30;
/** A side alone doing a duty stands right after a verb put first ("ansvarar regionen", "ligger hos regionen"), not after a noun ("ansvarsfördelningen mellan regionen …"). */
/** A responsibility named as a noun alone: "ett ansvar", "huvudansvaret". */
const BARE_DUTY = /^(?:huvud)?ansvar(?:et)?$/u;
/** … had by a side: "har (också) ett ansvar", "tar sitt ansvar". */
const HAS_DUTY = /(?<![^\s§])(?:har|bar|tar)\s+(?:[^\s§]+\s+){0,2}$/u;
/** Just before a side that is denied: "inte kommunen", "ej regionen". */
const DENIED = /(?<![^\s§])(?:inte|ej)\s+$/u;
/** Between a verb and its subject put after it: nothing, or an adverb ("ger också kommunen"). */
const INVERTED = /^\s+(?:(?:ocksa|aven|daremot|dock|sedan|i\s+stallet|istallet)\s+)?$/u;
/** How many blocks away the other side may be named for a side's duty alone to count. */
const ALONE_REACH = 8;
const ALONE_AFTER = /^\s+(?:(?:också|även|dock|däremot|sedan|alltså|i stället|istället)\s+)?$/u;

interface Side {
  side: 0 | 1;
  start: number;
  end: number;
}

/** A side doing something in one part of a sentence: with a task verb, as a label, or with the verb left out. */
interface Actor {
  side: 0 | 1;
  part: number;
  how: 'task' | 'label' | 'gapped';
  /** A task with the side after it: the verb put first ("ansvarar regionen"). */
  after?: boolean;
  /** Text between the task and the side after it. */
  between?: string;
}

export const divisionKind = evidenceKind({
  name: 'division',
  schema: divisionSchema,
  compile(params) {
    const sides = params.sides.map((s) => compileTerms(s, 'gu'));
    const tasks = compileTerms(params.tasks, 'gu');
    const unless = params.unless ? compileTerms(params.unless) : null;
    const contrast = params.contrast ? compileTerms(params.contrast) : null;
    const aloneWith = params.aloneWith ? compileTerms(params.aloneWith) : null;
    const key = checkKey('div');

    /** The sides doing a task of their own in one sentence, by part of the sentence (folded text, sentence offsets). */
    function actors(folded: string, s: AnalysedSentence, partBase: number): Actor[] {
      const found: Side[] = [];
      sides.forEach((re, side) => {
        for (const m of allMatches(re, folded)) found.push({ side: side as 0 | 1, ...m });
      });
      if (found.length === 0) return [];
      found.sort((a, b) => a.start - b.start);
      // Parts: the clauses of the sentence, cut again where a contrast starts.
      const cuts = new Set<number>(s.clauses.map((c) => c.start - s.start).filter((x) => x > 0));
      const agentCut = new Set<number>();
      for (const m of allMatches(CUT, folded)) {
        const word = folded.slice(m.start + 1, m.end - 1);
        // "och" cuts only before a side ("… och kommunen för …", "… och Bergviks kommuns hemtjänst …", one word between at most),
        // not inside "hälso- och sjukvården" or a list.
        // Also before a passive's agent with its verb left out: "… och insatser enligt HSL av regionen".
        if (word === 'och' && !/-\s*$/u.test(s.text.slice(0, m.start)) && found.some((f) => f.start >= m.end && AGENT_GAP.test(folded.slice(m.end, f.start)) && /^\s*[.;:!?]?\s*$/u.test(folded.slice(f.end, f.end + 2)))) {
          cuts.add(m.end);
          agentCut.add(m.end);
          continue;
        }
        if (word === 'och' && (/-\s*$/u.test(s.text.slice(0, m.start)) || !found.some((f) => f.start >= m.end && ONE_WORD.test(folded.slice(m.end, f.start))))) continue;
        cuts.add(m.end);
      }
      // A comma before a side starts a part too ("Regionen ger vård, kommunen stöd i vardagen").
      const elided = new Set<number>();
      for (const f of found) {
        if (/,\s*$/u.test(s.text.slice(0, f.start)) && !DENIED.test(folded.slice(Math.max(0, f.start - 8), f.start))) {
          cuts.add(f.start);
          elided.add(f.start);
        }
      }
      // So does "för" after a comma or "och" when the task comes first: "För X står hemtjänsten, för Y vårdcentralen".
      for (const m of allMatches(FRONTED, s.text)) cuts.add(m.end - 4);
      // A table written as text ("Minnesutredning | Regionen"): each cell is a part, and a side opening a cell labels its row.
      const cellStarts = new Set<number>();
      for (const m of allMatches(PIPE, s.text)) {
        cuts.add(m.end);
        cellStarts.add(m.end);
      }
      const bounds = [...cuts].sort((a, b) => a - b);
      const partOf = (at: number) => partBase + bounds.filter((b) => b <= at).length;
      const partStart = (at: number) => bounds.filter((b) => b <= at).pop() ?? 0;
      const out: Actor[] = [];
      for (const t of allMatches(tasks, folded)) {
        const part = partOf(t.start);
        // A responsibility with nothing after it says who, not what ("… men regionen har också ett ansvar.").
        // ("Hemsjukvården är kommunens ansvar" says what: the subject.)
        if (BARE_DUTY.test(folded.slice(t.start, t.end)) && HAS_DUTY.test(folded.slice(0, t.start)) && /^[\s.,;:!?)]*$/u.test(folded.slice(t.end, bounds.find((b) => b > t.start) ?? folded.length))) continue;
        // A side denied ("regionen, inte kommunen, som ska …") does no task.
        const inPart = found.filter((f) => partOf(f.start) === part && !DENIED.test(folded.slice(Math.max(0, f.start - 8), f.start)));
        // The side inside the task's words ("tar hemtjänsten över"), else the nearest before it, else just after it.
        const inside = inPart.find((f) => f.start >= t.start && f.end <= t.end);
        const before = inPart.filter((f) => f.end <= t.start && t.start - f.end <= BEFORE).pop();
        const after = inPart.find((f) => f.start >= t.end && f.start - t.end <= AFTER);
        // A side right after the verb is its subject put after it (V2 order: "Stödet i vardagen ger kommunen").
        // (Only after a verb in the present tense: "ska erbjuda kommunens personal utbildning" names no subject.)
        const finite = /r$/u.test(folded.slice(t.start, t.end).trimEnd());
        const inverted = finite ? inPart.find((f) => f.start >= t.end && INVERTED.test(folded.slice(t.end, f.start))) : undefined;
        // A relative clause ("regionen, inte kommunen, som ska …"): its subject is the side it follows.
        const from = partStart(t.start);
        const antecedent =
          !inPart.some((f) => f.end <= t.start) && /^\s*som\s/u.test(folded.slice(from))
            ? found.filter((f) => f.end <= from && from - f.end <= BEFORE && !DENIED.test(folded.slice(Math.max(0, f.start - 8), f.start))).pop()
            : undefined;
        const who = inside ?? inverted ?? before ?? antecedent ?? after;
        // An inverted subject closes a clause of its own ("X ger vårdcentralen, Y ger kommunen").
        if (who) out.push({ side: who.side, part: who === inverted && who !== inside ? part + 0.001 * (t.start + 1) : part, how: 'task', after: who === after && who !== before, between: who === after ? s.text.slice(t.end, who.start) : undefined });
      }
      for (const f of found) {
        // "…, för den medicinska vården vårdcentralen": a side closing a part that opens with "för", with no verb.
        const from = partStart(f.start);
        if (/^\s*for\s/u.test(folded.slice(from)) && /^\s*$/u.test(folded.slice(f.end, bounds.find((b) => b > f.start) ?? folded.length))) {
          out.push({ side: f.side, part: partOf(f.start), how: 'gapped' });
          continue;
        }
        // "… ges av kommunen och insatser enligt HSL av regionen": the agent of a passive left out, closing its part.
        if (agentCut.has(from) && /^\s*[.;:!?]?\s*$/u.test(folded.slice(f.end, bounds.find((b) => b > f.start) ?? folded.length))) {
          out.push({ side: f.side, part: partOf(f.start), how: 'gapped' });
          continue;
        }
        // Only a side that opens its part (at most two words before it) can be a label or a gapped subject.
        if (folded.slice(partStart(f.start), f.start).trim().split(/\s+/).filter(Boolean).length > 2) continue;
        if (LABEL_AFTER.test(s.text.slice(f.end)) || cellStarts.has(f.start)) out.push({ side: f.side, part: partOf(f.start), how: 'label' });
        else if (GAPPED.test(folded.slice(f.end)) || (elided.has(f.start) && ELIDED_OBJECT.test(folded.slice(f.end))))
          out.push({ side: f.side, part: partOf(f.start), how: 'gapped' });
      }
      return out;
    }

    /** Each side doing its own part, in different parts. A gapped side shares the verb of a side with a task. */
    function divided(all: Actor[]): boolean {
      for (const x of all) {
        for (const y of all) {
          if (x.side === y.side || x.part === y.part) continue;
          if (x.how === 'gapped' && y.how !== 'task') continue;
          if (y.how === 'gapped' && x.how !== 'task') continue;
          return true;
        }
      }
      return false;
    }

    const test = (s: AnalysedSentence, block: CheckBlock) => {
      if (unless && matchIn(unless, block, s)) return null;
      const own = actors(block.folded.slice(s.start, s.end), s, 0);
      if (!own.length) return null;
      if (params.alone) {
        const duty = own.some((a) => a.side === 0 && a.how === 'task' && (!a.after || ALONE_AFTER.test(a.between ?? '')));
        return duty ? { start: s.start, end: s.end, reason: params.reason } : null;
      }
      if (divided(own)) return { start: s.start, end: s.end, reason: params.reason };
      // The other side in the next sentence of the same paragraph.
      const list = analysed(block);
      const next = list[list.indexOf(s) + 1];
      if (next && !next.quoted && !(unless && matchIn(unless, block, next)) && divided([...own, ...actors(block.folded.slice(next.start, next.end), next, 1000)]))
        return { start: s.start, end: next.end, reason: params.reason };
      // A side's part set against the other's, named elsewhere in the paragraph: "Psykiatrin behandlar däremot …".
      if (contrast && matchIn(contrast, block, s)) {
        const outside = block.folded.slice(0, s.start) + ' '.repeat(s.end - s.start) + block.folded.slice(s.end);
        for (const a of own) {
          if (a.how !== 'task') continue;
          const other = sides[1 - a.side]!;
          other.lastIndex = 0;
          if (other.test(outside)) return { start: s.start, end: s.end, reason: params.reason };
        }
      }
      return null;
    };
    const needed = params.alone ? sides.slice(0, 1) : sides;
    const fromText = sentenceEvidence(key, test, { prefilter: (folded) => needed.every((re) => { re.lastIndex = 0; return re.test(folded); }) });
    if (params.alone) {
      // The other side named near the duty (its paragraph or the next few blocks): the duty is set against it,
      // not told for its own sake ("Regionen ansvarar för … Inom varje klinik finns barnombud …" is no division).
      const near: LocalEvidence = {
        scope: null,
        reach: ALONE_REACH,
        test(ctx, i) {
          const hit = fromText.local.test(ctx, i);
          if (!hit) return null;
          const blocks = ctx.doc.blocks;
          if (aloneWith && 'start' in hit && hit.block !== null && matchIn(aloneWith, blocks[i]!, hit)) return hit;
          for (let j = Math.max(0, i - ALONE_REACH); j <= Math.min(blocks.length - 1, i + ALONE_REACH); j++) {
            const o = blocks[j]!;
            if (o.toc || o.words === 0) continue;
            sides[1]!.lastIndex = 0;
            if (sides[1]!.test(o.folded)) return hit;
          }
          return null;
        },
      };
      return { find: (ctx) => firstInScope(ctx, null, (i) => near.test(ctx, i)), local: near };
    }
    // A table or lists that divide the tasks, when no sentence does.
    const table = divisionTable(sides, unless, params.reason);
    const lists = divisionLists(sides, unless, params.reason);
    const laidOut: LocalEvidence = { scope: null, reach: Math.max(table.reach ?? 0, lists.reach ?? 0), test: (ctx, i) => table.test(ctx, i) ?? lists.test(ctx, i) };
    return { find: (ctx) => fromText.find(ctx) ?? firstInScope(ctx, null, (i) => laidOut.test(ctx, i)), local: fromText.local, fallback: laidOut };
  },
});

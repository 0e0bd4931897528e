import type { CheckBlock } from '../checkDocument.js';
import type { LocalEvidence } from './kind.js';
import type { CheckContext, EvidenceHit } from './types.js';

/**
 * A division of tasks written as lists, each side leading its own part:
 * - label items: "- Kommunen: stöd enligt socialtjänstlagen …" and "- Regionen: information och råd …";
 * - lead-ins over the side's tasks: "Kommunens socialtjänst:" or "Detta ansvarar kommunen för:" (or a heading
 *   "Regionens ansvar") followed by its items or text, and the other side's lead-in near it.
 * A lead-in about something else ("Samverkan med regionen:", "Kontakt med vårdcentralen:") leads no tasks.
 * Parts of one division lie near each other, so the test reads at most REACH blocks on either side.
 */
const REACH = 12;
/** A lead-in is short. */
const LEAD_WORDS_MAX = 7;
/** Words a lead-in may hold besides the side and a place name: "Detta ansvarar kommunen för:", "Det här gör regionen", "Regionens uppdrag". */
const LEAD_WORD = /^(?:detta|det|har|gor|ansvarar|ansvar|ansvaret|ansvarsomrade|uppdrag|uppdraget|uppgift|uppgifter|uppgifterna|roll|rollen|del|delen|for|star|svarar|vad|sin|sitt|sina|ska|erbjuder|bidrar|med|ger|hjalp|stod|stodet|insatser)$/u;
/** What a lead-in about another matter holds. */
const OTHER_MATTER = /(?<![^\s§])(?:samverk|samarbet|kontakt|mote|moten|avtal|overenskommelse|dialog|telefon|adress|oppettid)/u;
/** Contact details are no task: an e-mail or web address, a phone number, opening hours. */
const CONTACT = /@|www\.|https?:|\b0\d{1,3}[-\s]?\d|\b(?:kl\.?|klockan)\s*\d|\d{1,2}[.:]\d{2}\s*[–-]/u;
/** A side as the label of its item: "Kommunen: …", "Regionen – …". */
const LABEL = /^\s*[:–—-]\s*\S/u;

export function divisionLists(sides: RegExp[], unless: RegExp | null, reason: string): LocalEvidence {
  /** The one side a text names, with where the match ends; null when none or both. */
  const sideIn = (folded: string): { side: 0 | 1; start: number; end: number } | null => {
    const hits = sides.map((re) => {
      re.lastIndex = 0;
      return re.exec(folded);
    });
    if (hits[0] && hits[1]) return null;
    const side = hits[0] ? 0 : hits[1] ? 1 : null;
    return side === null ? null : { side, start: hits[side]!.index, end: hits[side]!.index + hits[side]![0].length };
  };
  const words = (text: string) => text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));

  /** The side block i leads, as a label item or a lead-in over what follows; else null. */
  const marker = (blocks: CheckBlock[], i: number): 0 | 1 | null => {
    const b = blocks[i];
    if (!b || b.toc || b.tableHeader || b.words === 0 || b.row >= 0) return null;
    if (unless && ((unless.lastIndex = 0), unless.test(b.folded))) return null;
    // A label item: the side opens the block (a place name before it at most) and a label mark follows it.
    const colon = b.text.search(/[:–—]|\s-\s/u);
    if (b.type !== 'heading' && colon > 0 && colon < b.text.length - 2) {
      const head = sideIn(b.folded.slice(0, colon));
      const content = b.text.slice(colon + 1);
      if (head && words(b.text.slice(0, head.start)).length <= 1 && LABEL.test(b.text.slice(colon)) && words(b.text.slice(0, colon)).length <= 4 && !OTHER_MATTER.test(b.folded.slice(0, colon)) && /\p{L}{3}/u.test(content) && !CONTACT.test(content))
        return head.side;
    }
    // A lead-in: short, ends with a colon (or is a heading), over a block of content.
    const next = blocks[i + 1];
    if (!next || next.type === 'heading' || next.words === 0 || b.words > LEAD_WORDS_MAX) return null;
    if (b.type !== 'heading' && !/:\s*$/u.test(b.text)) return null;
    const lead = sideIn(b.folded);
    if (!lead || OTHER_MATTER.test(b.folded)) return null;
    // Side first ("Kommunens socialtjänst:", "Region Fjällmark:"), or every other word a lead-in word or a name.
    if (b.type !== 'heading' && words(b.text.slice(0, lead.start)).length <= 1) return lead.side;
    const rest = (b.folded.slice(0, lead.start) + ' ' + b.folded.slice(lead.end)).split(/\s+/u).filter(Boolean);
    const restText = (b.text.slice(0, lead.start) + ' ' + b.text.slice(lead.end)).split(/\s+/u).filter(Boolean);
    return rest.every((w, k) => LEAD_WORD.test(w.replace(/[^\p{L}]/gu, '')) || /^\p{Lu}/u.test(restText[k] ?? '') || !/\p{L}/u.test(w)) ? lead.side : null;
  };

  return {
    scope: null,
    reach: REACH + 1,
    test(ctx: CheckContext, i: number): EvidenceHit | null {
      const blocks = ctx.doc.blocks;
      const side = marker(blocks, i);
      if (side === null) return null;
      for (let j = Math.max(0, i - REACH); j <= Math.min(blocks.length - 1, i + REACH); j++) {
        if (j !== i && marker(blocks, j) === 1 - side) return { block: i, start: 0, end: blocks[i]!.text.length, reason };
      }
      return null;
    },
  };
}

import { z } from 'zod';
import { evidenceKind } from './kind.js';
import { aliasKey, bareLawName } from './legalReference.js';
import { escapeRe, lawCitations, type LawCitation } from '../../text/entities.js';
import { checkKey, sentenceEvidence } from './sentenceEvidence.js';
import type { LawRegister } from '../packSchema.js';
import type { AnalysedSentence } from '../../text/analysis.js';
import type { CheckBlock } from '../checkDocument.js';

export const citationSchema = z
  .object({
    /** Register ids of the laws whose chapters and paragraphs count, e.g. [sol-2001, sol-2025]. */
    laws: z.array(z.string().min(1)).min(1),
    /** Why the sentence counts, in Swedish, shown beside the evidence. */
    reason: z.string().min(1),
  })
  .strict();
export type CitationEvidence = z.output<typeof citationSchema>;

/** What the register says about the laws a rule asks for. */
interface Laws {
  aliases: string[];
  /** Folded alias → is it one of the rule's laws. */
  wanted: Map<string, boolean>;
  sfs: Set<string>;
  /** "chapter:section" of the register's provisions of the rule's laws. */
  provisions: Set<string>;
  /** Any name of the rule's laws, to find one elsewhere in the paragraph. */
  named: RegExp;
}

function lawsOf(register: LawRegister, ids: string[], cache: WeakMap<LawRegister, Laws>): Laws {
  let laws = cache.get(register);
  if (laws) return laws;
  const wanted = new Map<string, boolean>();
  const aliases = new Set<string>();
  for (const law of register.laws) {
    for (const alias of [bareLawName(law.name), ...law.aliases]) {
      aliases.add(alias);
      // An alias shared by a wanted and another law (the old and new SoL) is wanted.
      wanted.set(aliasKey(alias), (wanted.get(aliasKey(alias)) ?? false) || ids.includes(law.id));
    }
  }
  const own = register.laws.filter((l) => ids.includes(l.id));
  const ownNames = [...new Set(own.flatMap((l) => [bareLawName(l.name), ...l.aliases]))].map(escapeRe);
  laws = {
    aliases: [...aliases],
    wanted,
    sfs: new Set(own.map((l) => l.sfs)),
    provisions: new Set(register.provisions.filter((p) => ids.includes(p.law)).map((p) => `${p.chapter}:${p.section}`)),
    named: new RegExp(`(?<![\\p{L}])(?:${ownNames.join('|') || '(?!)'})`, 'iu'),
  };
  cache.set(register, laws);
  return laws;
}

/** Right after a bare citation, a name the register does not know: "1 kap. 9 § LSS", "2 kap. 3 § föräldrabalken". */
const OTHER_LAW = /^\s*(?:i\s+)?(?:\p{Lu}{2,}(?![\p{L}])|\p{L}+(?:lagen|lag|balken|förordningen)(?![\p{L}]))/u;
/** Right before a bare citation in brackets, the law it belongs to: "Hälso- och sjukvårdslagen (5 kap. 7 §)", "LSS (9 §)". */
const LAW_BEFORE = /(\p{Lu}{2,}|\p{L}+(?:lagen|lag|balken|förordningen|konventionen))\s*\(\s*$/u;
/** A closing quotation mark follows text directly ("…funktionshinder”"); an opening one ("”Socialnämnden") does not. */
const CLOSING_QUOTE = /(?<=\S)["”»]/gu;

/**
 * `citation:` evidence — a sentence that cites a chapter or paragraph of one
 * of the given laws of the register, in any usual form ("5 kap. 10 § SoL",
 * "5 kapitlet 10 § socialtjänstlagen", "SoL 5:10", "10 kap. 1 § socialtjänstlagen
 * (2025:400)"). A bare "5 kap. 10 §" counts when the law is named in the same
 * paragraph or the register knows that provision of the law. The bare name of
 * the law is no citation, nor is a citation inside quoted law text.
 */
export const citationKind = evidenceKind({
  name: 'citation',
  schema: citationSchema,
  compile(params) {
    const cache = new WeakMap<LawRegister, Laws>();
    const key = checkKey('cite');
    const counts = (c: LawCitation, laws: Laws, block: CheckBlock): boolean => {
      if (c.chapter === null && c.section === null) return false;
      if (c.sfs) return laws.sfs.has(c.sfs);
      if (c.law) return laws.wanted.get(aliasKey(c.law)) ?? false;
      if (OTHER_LAW.test(block.text.slice(c.end))) return false;
      const before = LAW_BEFORE.exec(block.text.slice(Math.max(0, c.start - 80), c.start));
      if (before) return laws.wanted.get(aliasKey(before[1]!)) ?? false;
      if (c.section !== null && laws.provisions.has(`${c.chapter}:${c.section}`)) return true;
      return laws.named.test(block.text.slice(0, c.start)) || laws.named.test(block.text.slice(c.end));
    };
    return sentenceEvidence(
      key,
      (s: AnalysedSentence, block, _index, ctx) => {
        if (!ctx.register) return null;
        const laws = lawsOf(ctx.register, params.laws, cache);
        // In a quotation only what follows its closing mark is the document's own citation.
        let from = s.start;
        if (s.quoted) {
          from = s.end;
          for (const m of s.text.matchAll(CLOSING_QUOTE)) from = s.start + m.index + 1;
        }
        for (const c of lawCitations(s.text.slice(from - s.start), laws.aliases)) {
          const at = { ...c, start: c.start + from, end: c.end + from };
          if (counts(at, laws, block)) return { start: at.start, end: at.end, reason: params.reason };
        }
        return null;
      },
      // The register may differ between engines: the memo is per engine (see sentenceAt).
      { quoted: true, perEngine: true, prefilter: (folded) => /kap|§|\d \d/.test(folded) },
    );
  },
});

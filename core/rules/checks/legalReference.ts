import type { CheckContext, RawFinding } from './types.js';
import { compileTerms } from '../terms.js';
import { foldKeepOffsets, splitSentences } from '../../text/normalize.js';
import type { LawRegister } from '../packSchema.js';
import { z } from 'zod';
import { findingKind } from './kind.js';

/**
 * Citations of repealed law, judged against the register (data) and the
 * document's own date: "5 kap. 10 § SoL" in a document dated 2026 is flagged,
 * in one dated 2023 it is not, and neither is a historical statement.
 */
const CITATION =
  /(?:(\d{1,2})\s*kap\.?\s*(\d{1,3})\s*(?:[a-z]\s*)?§\s*(?:första stycket\s*)?(?:i\s+)?)?(socialtjänstlagen|SoL|hälso-\s*och sjukvårdslagen|HSL|kommunallagen|KL)?\s*\(?(\d{4}:\d{1,4})?\)?/giu;

interface Citation {
  start: number;
  end: number;
  chapter: number | null;
  section: number | null;
  alias: string | null;
  sfs: string | null;
}

function citationsIn(text: string): Citation[] {
  const out: Citation[] = [];
  CITATION.lastIndex = 0;
  for (let m = CITATION.exec(text); m; m = CITATION.exec(text)) {
    if (m[0].length === 0) {
      CITATION.lastIndex++;
      continue;
    }
    const [, chapter, section, alias, sfs] = m;
    // A bare number "(2001:453)" counts; a bare "SoL" without chapter or SFS number says nothing about the version.
    if (!sfs && !(chapter && alias)) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].trimEnd().length,
      chapter: chapter ? Number(chapter) : null,
      section: section ? Number(section) : null,
      alias: alias ?? null,
      sfs: sfs ?? null,
    });
  }
  return out;
}

export function checkLegalReferences(ctx: CheckContext): RawFinding[] {
  const register = ctx.register;
  if (!register) return [];
  const historical = historicalPattern(register);
  const findings: RawFinding[] = [];
  const key = `lagrum|${ctx.engineId}|${ctx.doc.date}`;
  ctx.doc.blocks.forEach((block, index) => {
    if (block.toc) return;
    let found = block.memo.get(key) as Omit<RawFinding, 'block'>[] | undefined;
    if (!found) {
      found = [];
      if (/kap|\d{4}:\d/.test(block.text)) {
        for (const c of citationsIn(block.text)) {
          const problem = judge(c, register, ctx.doc.date);
          if (!problem) continue;
          if (historical.test(foldKeepOffsets(sentenceAround(block.text, c.start)))) continue;
          found.push({ start: c.start, end: c.end, message: problem.message, replacement: problem.replacement });
        }
      }
      block.memo.set(key, found);
    }
    for (const f of found) findings.push({ ...f, block: index });
  });
  return findings;
}

function judge(c: Citation, register: LawRegister, date: string): { message: string; replacement?: string } | null {
  const aliasFold = c.alias?.toLocaleLowerCase('sv').replace(/\s+/g, ' ');
  const lawBySfs = c.sfs ? register.laws.find((l) => l.sfs === c.sfs) : undefined;
  const candidates = lawBySfs
    ? [lawBySfs]
    : register.laws.filter((l) => l.aliases.some((a) => a.toLocaleLowerCase('sv') === aliasFold));
  for (const law of candidates) {
    if (!law.repealedOn || date < law.repealedOn) continue;
    const successor = register.laws.find((l) => l.id === law.replacedBy);
    // By SFS number the citation is unambiguous; by name only a provision the register maps counts.
    const provision = c.chapter ? register.provisions.find((p) => p.law === law.id && p.chapter === c.chapter && p.section === c.section) : undefined;
    if (!lawBySfs && !provision) continue;
    const cited = c.chapter ? `${c.chapter} kap. ${c.section} § ${law.name}` : law.name;
    const replacement = provision?.replacedBy ?? successor?.name;
    const caveat = provision && !provision.verified ? ' (paragrafnumret i den nya lagen är inte bekräftat – kontrollera)' : '';
    return {
      message: `${cited} upphörde att gälla ${law.repealedOn}. Hänvisa till ${replacement ?? 'gällande lag'}${caveat}.`,
      replacement,
    };
  }
  return null;
}

const historicalCache = new WeakMap<LawRegister, RegExp>();
function historicalPattern(register: LawRegister): RegExp {
  let re = historicalCache.get(register);
  if (!re) {
    re = compileTerms(register.historical);
    historicalCache.set(register, re);
  }
  return re;
}

function sentenceAround(text: string, at: number): string {
  let offset = 0;
  for (const s of splitSentences(text)) {
    const start = text.indexOf(s, offset);
    if (start <= at && at < start + s.length) return s;
    offset = start + s.length;
  }
  return text;
}

/** `kind: legal-reference` — citations judged against the law register. */
export const legalReferenceKind = findingKind({
  name: 'legal-reference',
  schema: z.object({}).strict(),
  compile: () => checkLegalReferences,
});

import { z } from 'zod';
import type { CheckContext, RawFinding } from './types.js';
import { compileTerms } from '../terms.js';
import { foldKeepOffsets, splitSentences } from '../../text/normalize.js';
import type { LawRegister } from '../packSchema.js';
import { findingKind } from './kind.js';
import { lawCitations } from '../../text/entities.js';

/**
 * Citations judged against the law register (data) and the document's own
 * date: "5 kap. 10 § SoL" in a document dated 2026 cites repealed law, and
 * "socialtjänstlagen (2025:400)" in one dated 2024 cites a law not yet in
 * force. A historical statement ("sedan 2009 …", "före 2025 …") in the
 * citation's own clause is not flagged.
 */

type Law = LawRegister['laws'][number];

interface Citation {
  start: number;
  end: number;
  chapter: number | null;
  section: number | null;
  alias: string | null;
  sfs: string | null;
}

interface CompiledRegister {
  /** Every law name and alias of the register, for the citation recogniser (core/text). */
  aliases: string[];
  historical: RegExp;
  /** Folded alias → the laws that go by it. */
  byAlias: Map<string, Law[]>;
}

const compiledRegisters = new WeakMap<LawRegister, CompiledRegister>();

/** The register's own law names and aliases, compiled once per register. */
function compileRegister(register: LawRegister): CompiledRegister {
  let c = compiledRegisters.get(register);
  if (c) return c;
  const byAlias = new Map<string, Law[]>();
  const aliases = new Set<string>();
  for (const law of register.laws) {
    const bare = bareLawName(law.name);
    for (const alias of new Set([bare, ...law.aliases])) {
      aliases.add(alias.trim());
      const key = aliasKey(alias);
      byAlias.set(key, [...(byAlias.get(key) ?? []), law]);
    }
  }
  c = { aliases: [...aliases], historical: compileTerms(register.historical), byAlias };
  compiledRegisters.set(register, c);
  return c;
}

/** A law's name without its SFS number: "Socialtjänstlagen (2001:453)" → "Socialtjänstlagen". */
export function bareLawName(name: string): string {
  return name.replace(/\s*\(\d{4}:\d+\)\s*$/, '');
}

/** A law name or alias as compared: lower case, without spaces ("Socialtjänst lagen" is "socialtjänstlagen"). */
export function aliasKey(alias: string): string {
  return alias.toLocaleLowerCase('sv').replace(/\s+/g, '');
}

/**
 * Citations in any usual spelling ("5 kap. 10 § SoL", "SoL 5:10", "socialtjänstlagen
 * 5 kap. 10 §", "socialtjänstlagen (2001:453)"), by the shared recogniser.
 */
function citationsIn(text: string, compiled: CompiledRegister): Citation[] {
  const out: Citation[] = [];
  for (const c of lawCitations(text, compiled.aliases)) {
    // A bare number "(2001:453)" counts; a bare "SoL" without chapter or SFS number says nothing about the version.
    if (!c.sfs && !(c.chapter !== null && c.law)) continue;
    out.push({ start: c.start, end: c.end, chapter: c.chapter, section: c.section, alias: c.law, sfs: c.sfs });
  }
  return out;
}

export function checkLegalReferences(ctx: CheckContext): RawFinding[] {
  const findings: RawFinding[] = [];
  for (let i = 0; i < ctx.doc.blocks.length; i++) findings.push(...legalReferencesIn(ctx, i));
  return findings;
}

/** The citation findings of one block (memoised on the block's node, per engine and document date). */
export function legalReferencesIn(ctx: CheckContext, index: number): RawFinding[] {
  const register = ctx.register;
  if (!register) return [];
  const compiled = compileRegister(register);
  const findings: RawFinding[] = [];
  const key = `lagrum|${ctx.engineId}|${ctx.doc.date}`;
  const block = ctx.doc.blocks[index]!;
  {
    if (block.toc) return findings;
    let found = block.memo.get(key) as Omit<RawFinding, 'block'>[] | undefined;
    if (!found) {
      found = [];
      if (/kap|§|\d:\d/.test(block.text)) {
        for (const c of citationsIn(block.text, compiled)) {
          const problem = judge(c, register, compiled, ctx.doc.date);
          if (!problem) continue;
          if (compiled.historical.test(foldKeepOffsets(clauseAround(block.text, c)))) continue;
          found.push({ start: c.start, end: c.end, message: problem.message, replacement: problem.replacement });
        }
      }
      block.memo.set(key, found);
    }
    for (const f of found) findings.push({ ...f, block: index });
  }
  return findings;
}

const inForce = (law: Law, date: string) => law.inForceFrom <= date && (!law.repealedOn || date < law.repealedOn);

function judge(c: Citation, register: LawRegister, compiled: CompiledRegister, date: string): { message: string; replacement?: string } | null {
  const lawBySfs = c.sfs ? register.laws.find((l) => l.sfs === c.sfs) : undefined;
  const candidates = lawBySfs ? [lawBySfs] : c.alias ? (compiled.byAlias.get(aliasKey(c.alias)) ?? []) : [];
  // By name, a citation of a provision the register maps to a successor names the old law whatever is in force.
  const mapped = !lawBySfs && c.chapter ? candidates.find((l) => provisionOf(register, l, c) && l.repealedOn && date >= l.repealedOn) : undefined;
  if (!mapped && candidates.some((l) => inForce(l, date))) return null;
  for (const law of mapped ? [mapped] : candidates) {
    if (date < law.inForceFrom) {
      // By name alone a law that is not yet in force may simply be its predecessor's name.
      if (!lawBySfs) continue;
      const predecessor = register.laws.find((l) => l.replacedBy === law.id && inForce(l, date));
      return {
        message: `${law.name} trädde i kraft ${law.inForceFrom}, efter dokumentets datum ${date}. Hänvisa till ${predecessor?.name ?? 'den lag som gällde då'}.`,
        replacement: predecessor?.name,
      };
    }
    if (!law.repealedOn || date < law.repealedOn) continue;
    const successor = register.laws.find((l) => l.id === law.replacedBy);
    // By SFS number the citation is unambiguous; by name only a provision the register maps counts.
    const provision = provisionOf(register, law, c);
    if (!lawBySfs && !provision) continue;
    const cited = c.chapter ? `${c.chapter} kap.${c.section !== null ? ` ${c.section} §` : ''} ${law.name}` : law.name;
    const replacement = provision?.replacedBy ?? successor?.name;
    const caveat = provision && !provision.verified ? ' (paragrafnumret i den nya lagen är inte bekräftat – kontrollera)' : '';
    return {
      message: `${cited} upphörde att gälla ${law.repealedOn}. Hänvisa till ${replacement ?? 'gällande lag'}${caveat}.`,
      replacement,
    };
  }
  return null;
}

function provisionOf(register: LawRegister, law: Law, c: Citation) {
  return c.chapter ? register.provisions.find((p) => p.law === law.id && p.chapter === c.chapter && p.section === c.section) : undefined;
}

/**
 * The clause a citation stands in: its sentence, cut at semicolons, colons,
 * dashes and at a coordinating or relative word after a comma ("…, och",
 * "…, men", "…, som"). "Sedan 2009, enligt 5 kap. 10 § SoL, …" stays one clause.
 */
const CLAUSE_BREAK = /[;:]|\s[–—-]\s|,\s*(?=(?:och|men|samt|eller|medan|vilket|som|där|när|så)\s)|\smen\s/giu;

function clauseAround(text: string, c: Citation): string {
  let offset = 0;
  for (const s of splitSentences(text)) {
    const at = text.indexOf(s, offset);
    const start = at < 0 ? offset : at;
    offset = start + s.length;
    if (c.start < start || c.start >= offset) continue;
    let from = 0;
    let to = s.length;
    CLAUSE_BREAK.lastIndex = 0;
    for (let m = CLAUSE_BREAK.exec(s); m; m = CLAUSE_BREAK.exec(s)) {
      const cut = m.index;
      if (cut + start <= c.start) from = cut + m[0].length;
      else if (cut + start >= c.end) {
        to = cut;
        break;
      }
    }
    return s.slice(from, to);
  }
  return text;
}


/** `kind: legal-reference` — citations judged against the law register. */
export const legalReferenceKind = findingKind({
  name: 'legal-reference',
  schema: z.object({}).strict(),
  compile: () => Object.assign((ctx: CheckContext) => checkLegalReferences(ctx), { perBlock: legalReferencesIn }),
});

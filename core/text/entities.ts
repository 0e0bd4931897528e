/**
 * Recognisers for the things these documents are made of: time expressions,
 * amounts of money, persons with party "(S)", meetings and paragraphs (§),
 * and law citations. Each returns spans into the text it was given. Word lists
 * that are domain vocabulary (actors, parties) come from rules/ordlistor.yaml
 * through the callers; the grammar of dates and citations is code.
 */
import type { Span } from './sentences.js';
import { escapeRegExp } from './normalize.js';

export type EntityType = 'time' | 'money' | 'person' | 'meeting' | 'law' | 'signature';

export interface Entity extends Span {
  type: EntityType;
  text: string;
  /** For time: a point or period one can plan against ("våren 2026", "2026-03-01", "årsskiftet"), not just "i år". */
  specific?: boolean;
  /** For time: a bare month name or month and day without year. */
  partial?: boolean;
  /** For time: a time limit ("inom ett år"), not a point in time. */
  duration?: boolean;
}

const MONTH = '(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\\.?';
const SEASON = '(?:våren|hösten|sommaren|vintern|vårterminen|höstterminen|vårvintern|försommaren|vår|höst|sommar|vinter)';
const YEAR = '(?:19|20)\\d\\d';
const ORDINAL = '(?:första|andra|tredje|fjärde|1:a|2:a|3:e|4:e|\\d)';
const L = '\\p{L}\\p{N}';

// Gates: a cheap test each pattern's matches cannot do without (a digit, a keyword). Most sentences have no date,
// and fourteen Unicode patterns run over every sentence were half the time of a full check.
const YEAR_DIGITS = /(?:19|20)\d\d/;
const MONTH_START = /jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec/iu;

const TIME_PATTERNS: { re: RegExp; gate: RegExp; specific: boolean; partial?: boolean; duration?: boolean }[] = [
  // 2026-03-01, 2026-03
  { re: new RegExp(`(?<![${L}-])${YEAR}-[01]\\d(?:-[0-3]\\d)?(?![${L}])`, 'gu'), gate: /(?:19|20)\d\d-/, specific: true },
  // 1 mars 2026, den 1 mars 2026, mars 2026
  { re: new RegExp(`(?<![${L}])(?:den\\s+)?(?:[0-3]?\\d\\s+)?${MONTH}\\s+${YEAR}(?![${L}])`, 'giu'), gate: YEAR_DIGITS, specific: true },
  // våren 2026, under hösten 2026
  { re: new RegExp(`(?<![${L}])${SEASON}\\s+${YEAR}(?![${L}])`, 'giu'), gate: YEAR_DIGITS, specific: true },
  // kvartal 3 2026, tredje kvartalet, Q3, tertial 2, första halvåret
  { re: new RegExp(`(?<![${L}])(?:kvartal\\s*\\d|${ORDINAL}\\s+(?:kvartalet|tertialet|halvåret)|q[1-4]|tertial\\s*\\d|halvår\\s*\\d)(?:\\s+${YEAR})?(?![${L}])`, 'giu'), gate: /kvartal|tertial|halvår|q[1-4]/iu, specific: true },
  // det första året, programperiodens andra år, under det sista halvåret
  { re: new RegExp(`(?<![${L}])(?:det|programperiodens|planperiodens|periodens)\\s+(?:första|andra|tredje|fjärde|sista)\\s+(?:året|år|halvåret|kvartalet)(?![${L}])`, 'giu'), gate: /(?:det|periodens)\s+(?:första|andra|tredje|fjärde|sista)\s/iu, specific: true },
  // vecka 12
  { re: new RegExp(`(?<![${L}])(?:vecka|v\\.)\\s*\\d{1,2}(?![${L}])`, 'giu'), gate: /vecka|v\./iu, specific: true },
  // årsskiftet, årsskiftet 2026/2027, vid årets slut, innan sommaren, före sommaren
  { re: new RegExp(`(?<![${L}])(?:årsskiftet|vid årets slut|vid årsskiftet|(?:före|innan|till|efter)\\s+${SEASON.replace('(?:', '(?:')}|under (?:våren|hösten|sommaren|vintern)|(?:nästa|kommande) år|innevarande år|under (?:året|nästa år))(?![${L}])`, 'giu'), gate: /årsskiftet|årets slut|(?:före|innan|till|efter|under)\s+(?:vår|höst|sommar|vinter|försommar|året|nästa)|(?:nästa|kommande|innevarande)\s+år/iu, specific: true },
  // inom ett år, inom sex månader: a time limit counted from some event, not a point in time
  { re: new RegExp(`(?<![${L}])inom (?:ett|en|två|tre|fyra|sex|\\d+) (?:år|månader|månad|veckor|vecka)(?![${L}])`, 'giu'), gate: /inom /iu, specific: true, duration: true },
  // 12 mars, den 3 maj (no year)
  { re: new RegExp(`(?<![${L}])(?:den\\s+)?[0-3]?\\d\\s+${MONTH}(?![${L}])`, 'giu'), gate: MONTH_START, specific: true, partial: true },
  // den 5/3, den 5/3 2024, 5/3 2024
  { re: new RegExp(`(?<![${L}/])(?:den\\s+[0-3]?\\d/[01]?\\d(?:\\s+${YEAR})?|[0-3]?\\d/[01]?\\d\\s+${YEAR})(?![${L}/])`, 'giu'), gate: /\d\/\d/, specific: true },
  // i fjol, i våras, förra året, i november förra året: a past time relative to the writing (when a motion came), nothing to plan against
  { re: new RegExp(`(?<![${L}])(?:i fjol|i (?:våras|höstas|somras|vintras)|(?:förra|föregående) (?:året|månaden|våren|hösten|sommaren|vintern|mandatperioden)|(?:i|under) ${MONTH} (?:förra|föregående) året|(?:i|under) ${MONTH} i fjol)(?![${L}])`, 'giu'), gate: /fjol|våras|höstas|somras|vintras|förra|föregående/iu, specific: false },
  // i mars, under december
  { re: new RegExp(`(?<![${L}])(?:i|under|till|före|senast i|från)\\s+${MONTH}(?![${L}])`, 'giu'), gate: /(?:i|under|till|före|från)\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)/iu, specific: true, partial: true },
  // a year on its own: 2026 (not an SFS number 2001:453, not a diarienummer 2024/311, not "2022.625");
  // a year that ends a sentence ("klar 2027.") or leads a list item ("2027: ny broschyr") is one
  { re: new RegExp(`(?<![${L}/:.–-])${YEAR}(?![${L}/]|[:.]\\s*\\d|\\s*:\\s*\\d|[–-]\\d)`, 'gu'), gate: YEAR_DIGITS, specific: true },
  // a period of years: 2026–2028
  { re: new RegExp(`(?<![${L}/:])${YEAR}\\s*[–-]\\s*(?:${YEAR}|\\d\\d)(?![${L}/:])`, 'gu'), gate: YEAR_DIGITS, specific: true },
];

export function timeExpressions(text: string): Entity[] {
  return resolveOverlaps(
    TIME_PATTERNS.flatMap(({ re, gate, specific, partial, duration }) =>
      !gate.test(text) ? [] : all(re, text).map((m) => ({ type: 'time' as const, start: m.start, end: m.end, text: m.text, specific, partial: partial ?? false, duration: duration ?? false })),
    ),
    text,
  );
}

const MONEY = new RegExp(
  `(?<![${L}])\\d{1,3}(?:[\\s\\u00a0.]\\d{3})*(?:,\\d+)?\\s*(?:kr|kronor|kr\\.|sek|tkr|mnkr|mkr|miljon(?:er)?\\s+kronor|miljarder\\s+kronor)(?![${L}])|(?<![${L}])(?:\\d+(?:,\\d+)?\\s*(?:procent|%)\\s+av\\s+)?prisbasbelopp\\p{L}*`,
  'giu',
);

export function moneyAmounts(text: string): Entity[] {
  return all(MONEY, text).map((m) => ({ type: 'money', ...m }));
}

/** "Anna Berg (S)", "Karin Svensson (C) och Erik Nilsson (C)", "Sverigedemokraterna (SD)", "Eva Ek och Per Al (båda MP)". */
const PERSON_PARTY = /(?<![\p{L}])\p{Lu}[\p{L}'’-]+(?:\s+(?:af\s+|von\s+|de\s+)?\p{Lu}[\p{L}'’-]+){0,3}\s*\((?:(?:båda|bägge|alla|samtliga)\s+)?(?:[A-ZÅÄÖ]{1,4}|[A-ZÅÄÖ][a-zåäö]{1,3})\)/gu;

/** The name and the party both inside the brackets, "(Eva Ek, V)", or names followed by ", båda (MP)". */
const PERSON_PARTY_INSIDE =
  /\(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3},\s*(?:[A-ZÅÄÖ]{1,4}|[A-ZÅÄÖ][a-zåäö]{1,3})\)|(?<![\p{L}])\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3},?\s+(?:båda|bägge|alla|samtliga)\s*\((?:[A-ZÅÄÖ]{1,4}|[A-ZÅÄÖ][a-zåäö]{1,3})\)/gu;

export function personsWithParty(text: string): Entity[] {
  return [...all(PERSON_PARTY, text), ...all(PERSON_PARTY_INSIDE, text)].sort((a, b) => a.start - b.start).map((m) => ({ type: 'person', ...m }));
}

/**
 * A signature: a name (two or three capitalised words, a party "(S)" allowed) and a title right after it, where
 * the title ends the line or the text or the next capitalised word (the next name or the letterhead) follows:
 * "Jan Berg Direktör", "Lars Ek (S) ordförande Karin Wik kommunsekreterare" in text flattened onto one line.
 * A title followed by running text ("Anna Berg, socialchef i Sjöhamra, …") is a mention, not a signature.
 */
const NAME_THEN_WORD =
  /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}(?:[ \t]*\((?:[A-ZÅÄÖ]{1,4}|[A-ZÅÄÖ][a-zåäö]{1,3})\))?(?:[ \t]*,\s*|\s+)(\p{L}+)(?=[ \t]*(?:\n|$)|\s+\p{Lu}|[ \t]*[,;][ \t]*\p{Lu})/gu;
const TITLE = /^\p{L}*(?:direktör|chef|strateg|sekreterare|handläggare|utredare|samordnare|ordförande|konsulent|jurist|ekonom|registrator|controller)$/u;

export function signatures(text: string): Entity[] {
  const out: Entity[] = [];
  NAME_THEN_WORD.lastIndex = 0;
  for (let m = NAME_THEN_WORD.exec(text); m; m = NAME_THEN_WORD.exec(text)) {
    if (TITLE.test(m[1]!.toLocaleLowerCase('sv'))) out.push({ type: 'signature', start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** "§ 88", "§§ 12–13", "sammanträdet", "vid sitt möte" – but not "5 kap. 10 §" (a law). */
const MEETING = /(?<![\p{L}\p{N}])(?:§§?\s*\d{1,4}(?:\s*[–-]\s*\d{1,4})?|sammanträde\p{L}*|fullmäktigemöte\p{L}*|(?:sitt|ett|nämndens|styrelsens)\s+möte)(?![\p{L}])/giu;

export function meetings(text: string): Entity[] {
  return all(MEETING, text).map((m) => ({ type: 'meeting', ...m }));
}

/** A law citation, with what it names (each part null when the citation leaves it out). */
export interface LawCitation extends Entity {
  chapter: number | null;
  section: number | null;
  /** The law's name or abbreviation as written ("socialtjänstlagen", "SoL"), without a genitive -s. */
  law: string | null;
  /** The SFS number, "2025:400". */
  sfs: string | null;
}

/**
 * Law citations: "5 kap. 10 § SoL", "13 kapitlet 8 §", "5 kap 10 §",
 * "socialtjänstlagen 5 kap. 10 §", "socialtjänstlagens 13 kap.", "SoL 5:10",
 * "socialtjänstlagen (2001:453)". `aliases` are the law names of the register;
 * a law the register does not know is not named (its citation reads as bare).
 */
export function lawCitations(text: string, aliases: string[]): LawCitation[] {
  const re = lawCitationPattern(aliases);
  const out: LawCitation[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const g = m.groups!;
    const t = m[0].trimEnd();
    const num = (v: string | undefined) => (v ? Number(v) : null);
    out.push({
      type: 'law',
      start: m.index,
      end: m.index + t.length,
      text: t,
      chapter: num(g.ch ?? g.cch),
      section: num(g.sec ?? g.csec ?? g.psec),
      law: g.after ?? g.before ?? g.cname ?? g.pname ?? g.sname ?? null,
      sfs: g.sfs ?? g.sfs2 ?? g.sfs3 ?? null,
    });
  }
  return out;
}

const citationPatterns = new Map<string, RegExp>();

function lawCitationPattern(aliases: string[]): RegExp {
  const key = aliases.join('\u0000');
  let re = citationPatterns.get(key);
  if (re) return re;
  const names = aliases.length ? `(?:${aliases.map(escapeRe).sort((a, b) => b.length - a.length).join('|')})` : '(?!)';
  // A name, possibly in the genitive ("socialtjänstlagens", "SoL:s"), not part of a longer word.
  const name = (group: string) => `(?<![${L}])(?<${group}>${names})(?::?s)?(?![${L}])`;
  const sfs = (group: string) => `\\(?(?:SFS\\s*)?(?<${group}>\\d{4}:\\d{1,4})\\)?`;
  re = new RegExp(
    [
      // [name] 5 kap. [10 §] [första stycket] [i] [name] [(2001:453)]
      `(?:${name('before')}\\s*)?(?<![${L}])(?<ch>\\d{1,2})\\s*(?:kapitlet|kapitel|kap\\.?)(?![${L}])(?:\\s*(?<sec>\\d{1,3})\\s*(?:[a-z]\\s*)?§+)?(?:\\s*(?:första|andra|tredje|fjärde)\\s+stycket)?(?:\\s*(?:i\\s+)?${name('after')})?(?:\\s*${sfs('sfs')})?`,
      // SoL 5:10, socialtjänstlagen 5:10 (not "SOU 2018:22": a chapter has at most two digits)
      `${name('cname')}\\s+(?<cch>\\d{1,2}):(?<csec>\\d{1,3})(?![${L}:])`,
      // 10 § SoL (a law without chapters)
      `(?<![${L}])(?<psec>\\d{1,3})\\s*(?:[a-z]\\s*)?§\\s*(?:i\\s+)?${name('pname')}`,
      // socialtjänstlagen (2001:453)
      `${name('sname')}\\s*${sfs('sfs2')}`,
      // SFS 2001:453, 2001:453
      `(?<![${L}])(?:SFS\\s*)?(?<sfs3>\\d{4}:\\d{1,4})(?![${L}])`,
    ].join('|'),
    'giu',
  );
  citationPatterns.set(key, re);
  return re;
}

/** A name as a regular-expression source, any whitespace in it optional. */
export function escapeRe(s: string): string {
  return escapeRegExp(s).replace(/\s+/g, '\\s*');
}

function all(re: RegExp, text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const t = m[0].trimEnd();
    out.push({ start: m.index, end: m.index + t.length, text: t });
  }
  return out;
}

/** Overlapping time expressions are one ("senast i" + "september 2026"); it is partial only if all parts are. */
function resolveOverlaps(entities: Entity[], text: string): Entity[] {
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Entity[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && e.start < last.end) {
      if (e.end > last.end) last.end = e.end;
      last.partial = last.partial && e.partial;
      last.duration = last.duration && e.duration;
      last.text = text.slice(last.start, last.end);
      continue;
    }
    out.push({ ...e });
  }
  return out;
}

import type { Metadata } from '../model/metadata.js';
import { isIsoDate } from '../model/metadata.js';

/**
 * Metadata that the first page states in words rather than in labelled header
 * lines: when and by whom a document was decided, who is responsible for it,
 * who raised a motion and when, what a remiss is and when it must be answered.
 * Only fills what is still empty; the text itself stays in the body, so what it
 * proves stays evidence for the checklist.
 */

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const DATE = new RegExp(`(\\d{4}-\\d{2}-\\d{2})|(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})`, 'iu');
const DNR = /\b(\p{Lu}{1,8}\s?\d{4}\/\d{1,6}(?:-\d{1,4})?|\p{Lu}{1,8}\/\d{4}:\d{1,6}|\p{Lu}{1,8} \d{4}:\d{1,6}|\d{4}\.\d{1,6}\s\p{Lu}{1,8}|\p{Lu}{1,3}\d{4}\/\d{3,6}(?:\/\p{Lu}{1,4})?|\p{Lu}{1,8}-\d{4}-\d{1,6})\b/u;
const BODY = /((?:kommun|region)?(?:fullmäktige|styrelsen|nämnden|kommunstyrelsen|kommunfullmäktige)|[\p{L}-]+nämnden|[\p{L}-]+styrelsen|[\p{L}-]+fullmäktige)/iu;
const PARTY = '(?:S|M|SD|C|V|KD|L|MP|FP|Fi|NS|SPI|[A-ZÅÄÖ]{2,4})';

/** "13 maj 2020" or "2020-05-13" as ISO, or null. */
export function isoDate(text: string): string | null {
  const m = DATE.exec(text);
  if (!m) return null;
  if (m[1]) return isIsoDate(m[1]) ? m[1] : null;
  const iso = `${m[4]}-${String(MONTHS.indexOf(m[3]!.toLowerCase()) + 1).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Labelled lines as some kommuner write them: "Dokumentet beslutades den: …", "Dokumentansvarig är: …". */
const LABELLED: { re: RegExp; key: string; date?: boolean }[] = [
  { re: /^(?:dokumentet\s+)?(?:beslutades|antogs|fastställdes)(?:\s+den)?\s*:?\s*(.+)$/iu, key: 'datum', date: true },
  { re: /^(?:beslutsdatum|antagen|antaget|fastställd|fastställt|beslutad|beslutat|daterad|daterat)(?:\s+den)?\s*:\s*(.+)$/iu, key: 'datum', date: true },
  { re: /^(?:dokumentet\s+är\s+)?(?:beslutat|beslutad|antaget|antagen|fastställt|fastställd)\s+av\s*:\s*(.+)$/iu, key: 'beslutsinstans' },
  { re: /^(?:beslutsinstans|beslutas av|beslutande organ)\s*:\s*(.+)$/iu, key: 'beslutsinstans' },
  { re: /^dokumentansvarig(?:\s+är\s*:?|\s*:)\s*(.+)$/iu, key: 'dokumentansvarig' },
  { re: /^(?:handläggare|upprättad av|kontaktperson)\s*:\s*(.+)$/iu, key: 'handlaggare' },
];

/** Reads the first blocks' texts (paragraphs and headings, in order) for metadata. */
export function metadataFromText(blocks: string[], have: Metadata): Metadata {
  const found: Metadata = {};
  const set = (key: string, value: string | null | undefined) => {
    const v = value?.replace(/[.,;]\s*$/, '').trim();
    if (v && !have[key] && !found[key]) found[key] = v;
  };
  const head = blocks.slice(0, 120);
  for (const text of head) {
    const t = text.trim();
    for (const l of LABELLED) {
      const m = l.re.exec(t);
      if (m && t.length < 160) set(l.key, l.date ? isoDate(m[1]!) : m[1]!);
    }
    // "Fastställda av kommunstyrelsen 13 maj 2020 § 137." / "Antaget av kommunfullmäktige 2025-11-20, § 118."
    const decided = /\b(?:fastställd|fastställda|fastställt|antagen|antaget|antagna|beslutad|beslutade|beslutat)\s+(?:av|i)\s+([\p{L}-]+(?:\s[\p{L}-]+)?)/iu.exec(t);
    if (decided && t.length < 300) {
      const body = BODY.exec(decided[1]!);
      if (body) set('beslutsinstans', capitalise(body[1]!));
      set('datum', isoDate(t.slice(decided.index)));
    }
    if (/^(?:diarienummer|diarienr|dnr)\b/iu.test(t) || /\b(?:diarienummer|dnr)\b/iu.test(t)) {
      const dnr = DNR.exec(t.replace(/^[^:]*(?:diarienummer|diarienr|dnr)\.?:?\s*/iu, ''));
      if (dnr && !/remiss/iu.test(t)) set('diarienummer', dnr[1]);
    }
  }
  // Motion replies: "Birgit Börjesson (S) lämnade en motion … den 23 november 2022, § 269".
  for (const text of head) {
    if (!/\bmotion/iu.test(text)) continue;
    const who = new RegExp(`(\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){1,3}) \\((${PARTY})\\)`, 'u').exec(text);
    if (!who) continue;
    set('motionar', `${who[1]} (${who[2]})`);
    const after = text.slice(who.index);
    set('motionDatum', isoDate(after));
    const para = /§\s*(\d{1,4})/u.exec(after);
    if (para) set('motionParagraf', `§ ${para[1]}`);
    break;
  }
  // Remissvar: who sent it, their diarienummer, and when it must be answered.
  for (const text of head) {
    const from = /\b[Rr]emiss(?:en)?\s+från\s+((?:Region\s+)?[\p{L}-]+(?:\s+i\s+\p{Lu}[\p{L}-]+)?)/u.exec(text);
    if (from && (/^\p{Lu}/u.test(from[1]!) || BODY.test(from[1]!))) set('remissAvsandare', capitalise(from[1]!));
    if (/remiss/iu.test(text)) {
      // A report's own number (SOU 2020:47, Ds 2019:3) is not the sender's diarienummer.
      const dnr = DNR.exec(text.replace(/\b(?:SOU|Ds|prop\.)\s*\d{4}(?:\/\d{2})?:\d+/gu, ''));
      if (dnr) set('remissDiarienummer', dnr[1]);
    }
    const deadline = /\b(?:besvaras|svar(?:et)?\s+(?:ska\s+)?(?:lämnas|vara\s+\p{L}+\s+tillhanda)|svara)\s+senast\s+(?:den\s+)?([^.;]+)/iu.exec(text);
    if (deadline) set('svarsdatum', isoDate(deadline[1]!));
  }
  return found;
}

/** The first block is the title when it is short, reads like a title, and is not itself a section heading. */
export function titleCandidate(first: string | undefined, isSection: (s: string) => boolean): string | null {
  const t = first?.trim();
  if (!t || t.length > 140 || /[.:;,]$/.test(t) || isSection(t) || t.split(/\s+/).length > 18) return null;
  if (!/^\p{Lu}/u.test(t) || /^\d/.test(t)) return null;
  return t;
}

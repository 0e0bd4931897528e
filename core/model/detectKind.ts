import type { DocumentKind } from './kinds.js';

/**
 * Suggests a document kind from its text: which kind's telltale phrases occur
 * most, with the title (first lines) weighing more. Returns null when nothing fits.
 */
const SIGNALS: Record<DocumentKind, RegExp[]> = {
  motionssvar: [/\bmotion(en|är|ären|ens)?\b/gu, /\bsvar på motion\b/gu, /\bmotionär/gu, /\banse motionen besvarad\b/gu],
  remissvar: [
    /\bremiss(en|var|svar|instans)?\b/gu,
    /\bsvar på remiss\b/gu,
    /\btillstyrker|avstyrker\b/gu,
    // A reply to an authority or a consultation: "avge yttrande till …", "yttrande över förslaget".
    /(?:avger?|lämnar?|överlämna)\s+(?:ett\s+)?yttrande(?![\p{L}])/gu,
    /yttrande\s+(?:till|över)(?![\p{L}])/gu,
  ],
  riktlinje: [/\briktlinje(n|r|rna)?\b/gu],
  program: [
    /\bprogram(met)? för (stöd till )?anhöriga\b/gu,
    /\banhörigprogram/gu,
    /\banhörigpolicy/gu,
    /\bhandlingsplan/gu,
    /\bvärdighetsgarantier?/gu,
    // Material that speaks to the carer ("du som vårdar", "stöd till dig som anhörig") is the kommun's offer: a programme.
    /(?<![\p{L}])(du|dig)\s+som\s+(vårdar|stöttar|stödjer|hjälper|är\s+anhörig|anhörig)(?![\p{L}])/gu,
  ],
};

export interface KindSuggestion {
  kind: DocumentKind;
  score: number;
}

export function detectKind(text: string): KindSuggestion | null {
  // Lower-cased once, so the patterns need no case-insensitive matching (much slower over 200 KB).
  const body = text.slice(0, 200_000).toLowerCase();
  const head = body.slice(0, 400);
  let best: KindSuggestion | null = null;
  for (const kind of Object.keys(SIGNALS) as DocumentKind[]) {
    let score = 0;
    for (const re of SIGNALS[kind]) {
      score += countMatches(body, re) + 5 * countMatches(head, re);
    }
    if (score > 0 && (!best || score > best.score)) best = { kind, score };
  }
  return best;
}

function countMatches(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

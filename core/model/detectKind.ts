import type { DocumentKind } from './kinds.js';

/**
 * Suggests a document kind from its text: which kind's telltale phrases occur
 * most, with the title (first lines) weighing more. Returns null when nothing fits.
 */
const SIGNALS: Record<DocumentKind, RegExp[]> = {
  motionssvar: [/\bmotion(en|är|ären|ens)?\b/giu, /\bsvar på motion\b/giu, /\bmotionär/giu, /\banse motionen besvarad\b/giu],
  remissvar: [
    /\bremiss(en|var|svar|instans)?\b/giu,
    /\bsvar på remiss\b/giu,
    /\btillstyrker|avstyrker\b/giu,
    // A reply to an authority or a consultation: "avge yttrande till …", "yttrande över förslaget".
    /(?<![\p{L}])(avge|avger|lämna|lämnar|överlämna)\s+(ett\s+)?yttrande(?![\p{L}])/giu,
    /(?<![\p{L}])yttrande\s+(till|över)(?![\p{L}])/giu,
  ],
  riktlinje: [/\briktlinje(n|r|rna)?\b/giu],
  program: [
    /\bprogram(met)? för (stöd till )?anhöriga\b/giu,
    /\banhörigprogram/giu,
    /\banhörigpolicy/giu,
    /\bhandlingsplan/giu,
    /\bvärdighetsgarantier?/giu,
    // Material that speaks to the carer ("du som vårdar", "stöd till dig som anhörig") is the kommun's offer: a programme.
    /(?<![\p{L}])(du|dig)\s+som\s+(vårdar|stöttar|stödjer|hjälper|är\s+anhörig|anhörig)(?![\p{L}])/giu,
  ],
};

export interface KindSuggestion {
  kind: DocumentKind;
  score: number;
}

export function detectKind(text: string): KindSuggestion | null {
  const head = text.slice(0, 400);
  const body = text.slice(0, 200_000);
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

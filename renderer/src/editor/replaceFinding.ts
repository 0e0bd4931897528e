import { TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import type { Finding } from '../../../core/rules/engine.js';

/**
 * The one-click fix of a finding with a replacement: its range becomes the
 * replacement text, keeping the marks there. Findings come from a check of a
 * slightly older document, so the fix applies only while the range still holds
 * the text that was found (else null: nothing is changed by mistake).
 */
export function replaceFinding(state: EditorState, finding: Finding): Transaction | null {
  const loc = finding.location;
  if (!loc || finding.replacement === undefined || loc.to > state.doc.content.size || loc.from >= loc.to) return null;
  const $from = state.doc.resolve(loc.from);
  if (!$from.parent.isTextblock || !$from.sameParent(state.doc.resolve(loc.to))) return null;
  const current = state.doc.textBetween(loc.from, loc.to, undefined, '\n');
  if (finding.found !== undefined && current !== finding.found) return null;
  const text = matchCase(finding.replacement, current);
  const tr = state.tr.replaceWith(loc.from, loc.to, state.schema.text(text, $from.marksAcross(state.doc.resolve(loc.to)) ?? $from.marks()));
  return tr.setSelection(TextSelection.create(tr.doc, loc.from + text.length)).scrollIntoView();
}

/** "Närståendepenning från kommunen" at a sentence start keeps its capital. */
function matchCase(replacement: string, original: string): string {
  const first = original[0];
  if (!first || first === first.toLocaleLowerCase('sv') || !replacement) return replacement;
  return replacement[0]!.toLocaleUpperCase('sv') + replacement.slice(1);
}

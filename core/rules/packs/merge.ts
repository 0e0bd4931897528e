import { DOCUMENT_KINDS, type DocumentKind } from '../../model/kinds.js';
import type { FindingRule, RequirementRule, RulePack, Severity } from '../packSchema.js';

/** A rule as it applies after merging: the kinds it serves (null = every kind). */
export interface MergedRule<R> {
  rule: R;
  kinds: DocumentKind[] | null;
  /** Where the rule is written: pack index and key path inside the pack (for messages with file and line). */
  origin: { pack: number; path: (string | number)[] };
}

export interface MergedRules {
  requirements: MergedRule<RequirementRule>[];
  findings: MergedRule<FindingRule>[];
  /** Overrides naming an id no pack defines: [pack index, override index]. */
  unknownOverrides: { pack: number; index: number; id: string }[];
}

type Override = { severity?: Severity | 'av'; message?: string };

/**
 * Merges packs in load order. A rule's id is its key: a later pack (a
 * municipality's own) that defines an id replaces the earlier rule for the
 * kinds it covers, whatever kinds the earlier one named. Two built-in packs
 * may use one id for disjoint kinds (e.g. "beredning"), and both stay.
 * Overrides then change severity or message, or turn a rule off ("av").
 */
export function mergePacks(packs: RulePack[]): MergedRules {
  const requirements: MergedRule<RequirementRule>[] = [];
  const findings: MergedRule<FindingRule>[] = [];
  packs.forEach((pack, p) => {
    pack.requirements.forEach((rule, i) => place(requirements, { rule, kinds: rule.kinds ?? pack.kinds ?? null, origin: { pack: p, path: ['requirements', i] } }));
    pack.rules.forEach((rule, i) => place(findings, { rule, kinds: rule.kinds ?? pack.kinds ?? null, origin: { pack: p, path: ['rules', i] } }));
  });
  const overrides = new Map<string, Override>();
  const unknownOverrides: MergedRules['unknownOverrides'] = [];
  const known = new Set([...requirements, ...findings].map((r) => r.rule.id));
  packs.forEach((pack, p) =>
    pack.overrides.forEach((o, i) => {
      if (!known.has(o.id)) unknownOverrides.push({ pack: p, index: i, id: o.id });
      else overrides.set(o.id, { ...overrides.get(o.id), ...definedOnly(o) });
    }),
  );
  return { requirements: applyOverrides(requirements, overrides), findings: applyOverrides(findings, overrides), unknownOverrides };
}

function place<R extends { id: string }>(list: MergedRule<R>[], entry: MergedRule<R>): void {
  let at = -1;
  for (let i = list.length - 1; i >= 0; i--) {
    const old = list[i]!;
    if (old.rule.id !== entry.rule.id) continue;
    const remaining = entry.kinds === null ? [] : (old.kinds ?? DOCUMENT_KINDS).filter((k) => !entry.kinds!.includes(k));
    if (remaining.length === 0) {
      list.splice(i, 1);
      at = i;
    } else if (remaining.length !== (old.kinds ?? DOCUMENT_KINDS).length) old.kinds = remaining;
  }
  // A replacement keeps the place of the rule it replaces, so the checklist order holds.
  if (at >= 0) list.splice(at, 0, entry);
  else list.push(entry);
}

function applyOverrides<R extends { id: string; severity: Severity; message: string }>(list: MergedRule<R>[], overrides: Map<string, Override>): MergedRule<R>[] {
  const out: MergedRule<R>[] = [];
  for (const entry of list) {
    const o = overrides.get(entry.rule.id);
    if (!o) out.push(entry);
    else if (o.severity !== 'av') out.push({ ...entry, rule: { ...entry.rule, severity: o.severity ?? entry.rule.severity, message: o.message ?? entry.rule.message } });
  }
  return out;
}

function definedOnly(o: { severity?: Severity | 'av'; message?: string }): Override {
  const out: Override = {};
  if (o.severity !== undefined) out.severity = o.severity;
  if (o.message !== undefined) out.message = o.message;
  return out;
}

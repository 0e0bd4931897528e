import { lineAt } from '../data/loadYaml.js';
import type { DocumentKind } from '../model/kinds.js';
import type { DiarienummerPattern } from '../model/templates.js';
import { compileSection, matchingSections, type SectionCheck } from './checks/section.js';
import type { CheckSection } from './checkDocument.js';
import { blockPos, changeSince, textLength, type CheckChange, type CheckDocument } from './checkDocument.js';
import { firstInScope } from './checks/units.js';
import type { FindingRule, RequirementRule } from './packSchema.js';
import { evidenceKindOf, findingKindOf } from './checks/registry.js';
import type { EvidenceCheck, FindingCheck } from './checks/kind.js';
import type { CheckContext, EvidenceHit, RawFinding } from './checks/types.js';
import type { LocalEvidence } from './checks/kind.js';
import { mergePacks } from './packs/merge.js';
import type { RuleSet } from './packs/load.js';
import { evidenceOf, interpolate, locate, shifted, type CheckResult, type Finding, type RequirementResult } from './findings.js';

// The engine's public surface stays importable from here.
export { loadRuleFiles, type LoadedRules, type LoadOptions, type RuleSet } from './packs/load.js';
export type { CheckResult, Finding, Location, RequirementResult } from './findings.js';

interface CompiledRequirement {
  rule: RequirementRule;
  kinds: DocumentKind[] | null;
  origin: Origin;
  evidence: EvidenceCheck[];
}

interface CompiledFinding {
  rule: FindingRule;
  kinds: DocumentKind[] | null;
  origin: Origin;
  run: FindingCheck;
}

type Origin = { pack: number; path: (string | number)[] };

/**
 * A rule that takes longer than this in STRIKES checks in a row is turned off
 * in this engine and reported: a pack's regular expression must never freeze the review.
 * Patterns with catastrophic backtracking are refused when the pack loads; this
 * catches what static analysis cannot (e.g. ".*x" over a whole flattened PDF).
 */
const RULE_BUDGET_MS = 250;
/** Over budget this many checks in a row: a pause of the machine (GC, load) is not a slow rule. */
const STRIKES = 2;
/** Plus this per character of text, so a big document never turns off a linear rule. */
const RULE_BUDGET_MS_PER_CHAR = 0.001;

export interface EngineOptions {
  diarienummerPatterns?: DiarienummerPattern[];
  /** Wall-clock budget per rule and check of a municipality's packs (default 250 ms); Infinity for measurements that must not depend on machine load. Built-in packs are never timed. */
  ruleBudgetMs?: number;
}

/**
 * The rule engine. Compiles the packs once, each rule through its check kind
 * in the registry; check() is a pure function of the document. Content tests
 * are memoised on the blocks' immutable ProseMirror nodes, so a re-check
 * after an edit only tests the blocks that changed.
 */
export class RuleEngine {
  private readonly requirements: CompiledRequirement[];
  private readonly findingRules: CompiledFinding[];
  /** Per requirement id, the evidence that recognises its section (for "insert after"). */
  private readonly sectionEvidence = new Map<string, EvidenceCheck>();
  /** Rules turned off for taking too long: rule id → the finding that says so. */
  private readonly tooSlow = new Map<string, Finding>();
  private budget = RULE_BUDGET_MS;
  private readonly strikes = new Map<string, number>();
  private readonly refSections = new Map<string, SectionCheck>();
  /** The last check's document and per-rule answers, to re-check only what an edit changed. */
  private last: {
    doc: CheckDocument;
    context: string;
    /** Per block-local evidence, its first hit (before any fallback). */
    local: Map<LocalEvidence, EvidenceHit | null>;
    /** Per block-local finding rule, its raw findings. */
    raws: Map<CompiledFinding, RawFinding[]>;
    /** Per block-local finding rule, the findings made of its raw findings (same order). */
    shaped: Map<CompiledFinding, Finding[]>;
  } | null = null;
  private static nextId = 0;
  private readonly id = RuleEngine.nextId++;

  constructor(
    private readonly ruleSet: RuleSet,
    private readonly options: EngineOptions = {},
  ) {
    const merged = mergePacks(ruleSet.packs);
    this.requirements = merged.requirements.map(({ rule, kinds, origin }) => {
      const evidence = rule.evidence.map((ev) => {
        const { kind, params } = evidenceKindOf(ev);
        return kind.compile(params);
      });
      const sectional = evidence.find((e) => e.sections);
      if (sectional && !this.sectionEvidence.has(rule.id)) this.sectionEvidence.set(rule.id, sectional);
      return { rule, kinds, origin, evidence };
    });
    this.findingRules = merged.findings.map(({ rule, kinds, origin }) => {
      const { kind, params } = findingKindOf(rule.check);
      return { rule, kinds, origin, run: kind.compile(params) };
    });
  }

  /** The requirement rules that apply to a kind, in pack order. */
  requirementsFor(kind: DocumentKind): RequirementRule[] {
    return this.requirements.filter((r) => !r.kinds || r.kinds.includes(kind)).map((r) => r.rule);
  }

  check(doc: CheckDocument): CheckResult {
    const ctx: CheckContext = {
      doc,
      engineId: this.id,
      register: this.ruleSet.register,
      diarienummerPatterns: this.options.diarienummerPatterns ?? [],
    };
    this.budget = (this.options.ruleBudgetMs ?? RULE_BUDGET_MS) + textLength(doc) * RULE_BUDGET_MS_PER_CHAR;
    // What the rules read besides the blocks: a re-check is incremental only when it is the same.
    const context = JSON.stringify([doc.kind, doc.date, doc.metadata, doc.metadataLines]);
    const change = changeSince(doc);
    const last = this.last;
    const delta = change && last && change.prev === last.doc && last.context === context ? { change, last } : null;
    const local = new Map<LocalEvidence, EvidenceHit | null>();
    /** The first hit of block-local evidence: from the previous check's after an edit, else by a scan. */
    const firstOf = (l: LocalEvidence): EvidenceHit | null => {
      const previous = delta?.last.local.get(l);
      const first = previous !== undefined ? firstAfterEdit(l, previous, delta!.change, ctx) : firstInScope(ctx, l.scope, (i) => l.test(ctx, i));
      local.set(l, first);
      return first;
    };
    const raws = new Map<CompiledFinding, RawFinding[]>();
    const shapedByRule = new Map<CompiledFinding, Finding[]>();
    const applicable = this.requirements.filter((req) => !req.kinds || req.kinds.includes(doc.kind));
    const hits = new Map<string, EvidenceHit | null>();
    for (const req of applicable) {
      let hit: EvidenceHit | null = null;
      if (!this.tooSlow.has(req.rule.id)) {
        const started = performance.now();
        for (const ev of req.evidence) {
          if (ev.local) {
            hit = firstOf(ev.local) ?? (ev.fallback ? firstOf(ev.fallback) : null);
          } else {
            hit = ev.find(ctx);
          }
          if (hit) break;
        }
        this.timeRule(req, started);
      }
      hits.set(req.rule.id, hit);
    }
    const requirements: RequirementResult[] = applicable.map(({ rule }) => {
      const hit = hits.get(rule.id) ?? null;
      const place = hit ? null : this.insertionPoint(rule, ctx, hits);
      return {
        id: rule.id,
        title: rule.title,
        status: hit ? 'present' : 'missing',
        severity: rule.severity,
        message: rule.message,
        explanation: rule.explanation,
        source: rule.source,
        unverified: rule.unverified ?? false,
        evidence: hit ? evidenceOf(hit, doc) : null,
        insertAfter: place?.heading ?? null,
        insertPos: place?.pos ?? null,
        template: rule.template ?? null,
      };
    });
    const findings: Finding[] = [];
    for (const fr of this.findingRules) {
      if ((fr.kinds && !fr.kinds.includes(doc.kind)) || this.tooSlow.has(fr.rule.id)) continue;
      const started = performance.now();
      let found: RawFinding[];
      let shaped: Finding[] | null = null;
      if (fr.run.perBlock) {
        const previous = delta?.last.raws.get(fr);
        const previousShaped = delta?.last.shaped.get(fr);
        if (previous && previousShaped) {
          found = findingsAfterEdit(fr.run.perBlock, previous, delta!.change, ctx);
          shaped = shapedAfterEdit(previous, previousShaped, found, delta!.change, doc, (raw) => shapeFinding(fr.rule, raw, doc));
        } else found = fr.run(ctx);
        raws.set(fr, found);
      } else if (fr.run.firsts) {
        found = fr.run.firsts.combine(fr.run.firsts.locals.map(firstOf));
      } else {
        found = fr.run(ctx);
      }
      this.timeRule(fr, started);
      shaped ??= found.map((raw) => shapeFinding(fr.rule, raw, doc));
      if (fr.run.perBlock) shapedByRule.set(fr, shaped);
      for (const f of shaped) findings.push(f);
    }
    findings.push(...this.tooSlow.values());
    this.last = { doc, context, local, raws, shaped: shapedByRule };
    return { requirements, findings };
  }

  /** Turns a rule off once it has taken longer than its budget, and keeps a finding that says which and where. */
  private timeRule(r: CompiledRequirement | CompiledFinding, started: number): void {
    // The app's own rules are reviewed code-like data: a busy machine must not turn them off.
    if (this.ruleSet.files?.[r.origin.pack]?.builtIn) return;
    const ms = performance.now() - started;
    if (ms <= this.budget) {
      this.strikes.delete(r.rule.id);
      return;
    }
    const strikes = (this.strikes.get(r.rule.id) ?? 0) + 1;
    this.strikes.set(r.rule.id, strikes);
    if (strikes < STRIKES) return;
    const file = this.ruleSet.files?.[r.origin.pack];
    const line = file ? lineAt(file, r.origin.path) : null;
    const where = file ? `${file.path}${line != null ? `:${line}` : ''}` : 'okänt regelpaket';
    this.tooSlow.set(r.rule.id, {
      rule: r.rule.id,
      severity: 'varning',
      message: `Regeln "${r.rule.id}" (${where}) tog ${Math.round(ms)} ms och har stängts av. Ett reguljärt uttryck i den är för långsamt för den här texten; skriv om det.`,
      explanation: `En regel får inte göra granskningen långsam. Regler som tar mer än ${Math.round(this.budget)} ms för en text av den här längden stängs av tills regelpaketet har rättats.`,
      source: where,
      unverified: false,
      location: null,
    });
  }

  /**
   * A section named in an `after` list by template id or heading, compiled once per
   * reference as a section check, whose matching sections are kept per sections array
   * (a re-check that changed no heading does not fold every heading again).
   */
  private namedSections(ref: string, ctx: CheckContext): number[] {
    let check = this.refSections.get(ref);
    if (!check) {
      check = compileSection({ headings: [ref], ids: [ref], minWords: 1 });
      this.refSections.set(ref, check);
    }
    return matchingSections(check, ctx);
  }

  /** After which section missing content belongs: the first of the rule's `after` list that the document has. */
  private insertionPoint(
    rule: RequirementRule,
    ctx: CheckContext,
    hits: Map<string, EvidenceHit | null>,
  ): { heading: string; pos: number | null } | null {
    const { doc } = ctx;
    if (doc.sections.length === 0) return null;
    for (const ref of rule.after) {
      const ev = this.sectionEvidence.get(ref);
      const indices = ev ? ev.sections!(ctx) : this.namedSections(ref, ctx);
      // A requirement met outside its own section: its content's section is the anchor.
      const hit = hits.get(ref);
      if (indices.length === 0 && hit && hit.block !== null) {
        const section = topSection(doc, doc.blocks[hit.block]!.section);
        if (section >= 0) indices.push(section);
      }
      if (indices.length) return sectionEnd(doc, indices[indices.length - 1]!);
    }
    return sectionEnd(doc, doc.sections.length - 1);
  }
}

/**
 * The first hit of block-local evidence after an edit, from the previous
 * document's: blocks before and after the edited ones are the same blocks, so
 * only the edited ones are tested, unless the previous hit was in them.
 */
function firstAfterEdit(local: LocalEvidence, previous: EvidenceHit | null, change: CheckChange, ctx: CheckContext): EvidenceHit | null {
  const { from, prevTo, to } = change;
  const length = ctx.doc.blocks.length;
  // Blocks whose test reads an edited block: the edited ones and `reach` on either side.
  const reach = local.reach ?? 0;
  const lo = Math.max(0, from - reach);
  const hi = Math.min(length, to + reach);
  if (previous && previous.block !== null && previous.block < lo) return previous;
  const inScope = local.scope ? scopeTest(ctx.doc, local.scope) : null;
  const scan = (start: number, end: number) => {
    for (let i = start; i < end; i++) {
      if (inScope && !inScope(i)) continue;
      const hit = local.test(ctx, i);
      if (hit) return hit;
    }
    return null;
  };
  const touched = scan(lo, hi);
  if (touched || !previous || previous.block === null) return touched;
  // The previous first hit after the touched blocks is the same block, moved; one in them is gone: the next one after them.
  const moved = previous.block >= prevTo ? previous.block + to - prevTo : -1;
  return moved >= hi ? { ...previous, block: moved } : scan(hi, length);
}

/** Whether a block is inside a section the scope matches (or one of that section's subsections). */
function scopeTest(doc: CheckDocument, scope: (s: CheckSection) => boolean): (index: number) => boolean {
  return (index) => {
    const block = doc.blocks[index]!;
    let s = block.section;
    // A heading is not inside its own section, only its parents'.
    if (block.type === 'heading' && s >= 0) s = doc.sections[s]!.parent;
    for (; s >= 0; s = doc.sections[s]!.parent) if (scope(doc.sections[s]!)) return true;
    return false;
  };
}

/** A block-local finding rule's findings after an edit: the previous ones outside the edited blocks (shifted after them) and the edited blocks' own. */
function findingsAfterEdit(perBlock: (ctx: CheckContext, index: number) => RawFinding[], previous: RawFinding[], change: CheckChange, ctx: CheckContext): RawFinding[] {
  const { from, prevTo, to } = change;
  const out: RawFinding[] = [];
  for (const f of previous) if (f.block < from) out.push(f);
  for (let i = from; i < to; i++) out.push(...perBlock(ctx, i));
  for (const f of previous) if (f.block >= prevTo) out.push(to === prevTo ? f : { ...f, block: f.block + to - prevTo });
  return out;
}

function shapeFinding(rule: FindingRule, raw: RawFinding, doc: CheckDocument): Finding {
  return {
    rule: rule.id,
    severity: rule.severity,
    message: interpolate(raw.message ?? rule.message, raw.vars),
    explanation: rule.explanation,
    source: rule.source,
    unverified: rule.unverified ?? false,
    location: raw.block >= 0 ? locate(raw, doc) : null,
    ...(raw.replacement && raw.block >= 0 ? { replacement: raw.replacement, found: doc.blocks[raw.block]!.text.slice(raw.start, raw.end) } : {}),
  };
}

/**
 * The findings after an edit, made from the previous ones as findingsAfterEdit made the raw findings
 * (`found`): those before the edit are kept as they are, those after it are moved by the edit's shift, and
 * only the edited blocks' findings are made anew. So a re-check of a long document does not remake every
 * finding. Every block after an edit moves by the same lines and positions; that is checked on the first and
 * last moved finding, and everything is made anew if it does not hold.
 */
function shapedAfterEdit(previous: RawFinding[], previousShaped: Finding[], found: RawFinding[], change: CheckChange, doc: CheckDocument, shape: (raw: RawFinding) => Finding): Finding[] {
  const { from, prevTo } = change;
  const kept: Finding[] = [];
  const moved: number[] = [];
  for (let j = 0; j < previous.length; j++) {
    if (previous[j]!.block < from) kept.push(previousShaped[j]!);
    else if (previous[j]!.block >= prevTo) moved.push(j);
  }
  const fresh = found.length - kept.length - moved.length;
  let lines = 0;
  let chars = 0;
  if (moved.length) {
    const shift = (j: number, k: number) => {
      const now = locate(found[k]!, doc);
      const before = previousShaped[j]!.location!;
      return { lines: now.line - before.line, chars: now.from - before.from };
    };
    const first = shift(moved[0]!, kept.length + fresh);
    const last = shift(moved[moved.length - 1]!, found.length - 1);
    if (first.lines !== last.lines || first.chars !== last.chars || found[kept.length + fresh]!.block < 0) return found.map(shape);
    ({ lines, chars } = first);
  }
  const out = kept;
  const end = kept.length + fresh;
  for (let k = kept.length; k < end; k++) out.push(shape(found[k]!));
  for (const j of moved) out.push(shifted(previousShaped[j]!, lines, chars));
  return out;
}

/** The top-level section containing a section (insertions go after whole top-level sections). */
function topSection(doc: CheckDocument, index: number): number {
  let i = index;
  while (i >= 0 && doc.sections[i]!.parent >= 0) i = doc.sections[i]!.parent;
  return i;
}

function sectionEnd(doc: CheckDocument, index: number): { heading: string; pos: number | null } {
  const s = doc.sections[index]!;
  return { heading: s.heading, pos: s.end < doc.blocks.length ? blockPos(doc, s.end) : null };
}

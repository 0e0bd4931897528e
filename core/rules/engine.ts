import { lineAt } from '../data/loadYaml.js';
import type { DocumentKind } from '../model/kinds.js';
import type { DiarienummerPattern } from '../model/templates.js';
import { compileSectionMatcher } from './checks/sectionMatcher.js';
import type { CheckSection } from './checkDocument.js';
import type { CheckDocument } from './checkDocument.js';
import type { FindingRule, RequirementRule } from './packSchema.js';
import { evidenceKindOf, findingKindOf } from './checks/registry.js';
import type { EvidenceCheck, FindingCheck } from './checks/kind.js';
import type { CheckContext, EvidenceHit } from './checks/types.js';
import { mergePacks } from './packs/merge.js';
import type { RuleSet } from './packs/load.js';
import { evidenceOf, interpolate, locate, type CheckResult, type Finding, type RequirementResult } from './findings.js';

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
  private readonly refMatchers = new Map<string, (section: CheckSection) => boolean>();
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
    let chars = 0;
    for (const b of doc.blocks) chars += b.text.length;
    this.budget = (this.options.ruleBudgetMs ?? RULE_BUDGET_MS) + chars * RULE_BUDGET_MS_PER_CHAR;
    const applicable = this.requirements.filter((req) => !req.kinds || req.kinds.includes(doc.kind));
    const hits = new Map<string, EvidenceHit | null>();
    for (const req of applicable) {
      let hit: EvidenceHit | null = null;
      if (!this.tooSlow.has(req.rule.id)) {
        const started = performance.now();
        for (const ev of req.evidence) {
          hit = ev.find(ctx);
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
      const raws = fr.run(ctx);
      this.timeRule(fr, started);
      for (const raw of raws) {
        findings.push({
          rule: fr.rule.id,
          severity: fr.rule.severity,
          message: interpolate(raw.message ?? fr.rule.message, raw.vars),
          explanation: fr.rule.explanation,
          source: fr.rule.source,
          unverified: fr.rule.unverified ?? false,
          location: raw.block >= 0 ? locate(raw, doc) : null,
          ...(raw.replacement && raw.block >= 0 ? { replacement: raw.replacement, found: doc.blocks[raw.block]!.text.slice(raw.start, raw.end) } : {}),
        });
      }
    }
    findings.push(...this.tooSlow.values());
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
   * A section named in an `after` list by template id or heading. Compiled once
   * per reference: its answers are cached per heading, so a re-check does not
   * fold every heading of a long document again for each missing requirement.
   */
  private refMatcher(ref: string): (section: CheckSection) => boolean {
    let m = this.refMatchers.get(ref);
    if (!m) {
      m = compileSectionMatcher({ headings: [ref], ids: [ref] });
      this.refMatchers.set(ref, m);
    }
    return m;
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
      const indices = ev
        ? ev.sections!(ctx)
        : doc.sections.map((s, i) => (this.refMatcher(ref)(s) ? i : -1)).filter((i) => i >= 0);
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

/** The top-level section containing a section (insertions go after whole top-level sections). */
function topSection(doc: CheckDocument, index: number): number {
  let i = index;
  while (i >= 0 && doc.sections[i]!.parent >= 0) i = doc.sections[i]!.parent;
  return i;
}

function sectionEnd(doc: CheckDocument, index: number): { heading: string; pos: number | null } {
  const s = doc.sections[index]!;
  const next = doc.blocks[s.end];
  return { heading: s.heading, pos: next ? next.pos : null };
}

import { loadYaml, type DataFile, type DataFileError } from '../data/loadYaml.js';
import type { DocumentKind } from '../model/kinds.js';
import type { DiarienummerPattern } from '../model/templates.js';
import { headingMatches } from '../text/normalize.js';
import type { CheckDocument } from './checkDocument.js';
import {
  packSchema,
  registerSchema,
  type Evidence,
  type FindingRule,
  type LawRegister,
  type RequirementRule,
  type RulePack,
  type Severity,
} from './packSchema.js';
import { compileSection, findSection, matchingSections, type SectionCheck } from './checks/section.js';
import { compileContent, findFirst, type UnitMatcher } from './checks/units.js';
import { compileStance } from './checks/stance.js';
import { findMetadata } from './checks/metadataPresent.js';
import { checkLegalReferences } from './checks/legalReference.js';
import { checkDateRelation } from './checks/dateRelation.js';
import { checkTerm, compileTermCheck } from './checks/term.js';
import { checkConditional } from './checks/conditional.js';
import { checkMetadataFormat } from './checks/metadataFormat.js';
import type { CheckContext, EvidenceHit, Hit, RawFinding } from './checks/types.js';

/** Where a result points: a block of the document (editor position and source line). */
export interface Location {
  line: number;
  column: number;
  /** ProseMirror positions of the range, for decorations and jump-to. */
  from: number;
  to: number;
}

export interface RequirementResult {
  id: string;
  title: string;
  status: 'present' | 'missing';
  severity: Severity;
  message: string;
  explanation: string;
  source: string;
  unverified: boolean;
  evidence: (Location & { text: string }) | { line: number | null; text: string } | null;
  /** Heading of the section after which the missing content belongs; null when the document has no sections. */
  insertAfter: string | null;
  /** ProseMirror position to insert at (end of that section, or the document end). */
  insertPos: number | null;
  /** Template section whose skeleton a fix would insert. */
  template: string | null;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  explanation: string;
  source: string;
  unverified: boolean;
  location: Location | null;
  replacement?: string;
}

export interface CheckResult {
  requirements: RequirementResult[];
  findings: Finding[];
}

interface CompiledRequirement {
  rule: RequirementRule;
  kinds: DocumentKind[] | null;
  evidence: ((ctx: CheckContext) => EvidenceHit | null)[];
}

interface CompiledFinding {
  rule: FindingRule;
  kinds: DocumentKind[] | null;
  run: (ctx: CheckContext) => RawFinding[];
}

export interface RuleSet {
  packs: RulePack[];
  register: LawRegister | null;
}

export interface LoadedRules {
  ruleSet: RuleSet;
  errors: DataFileError[];
}

/** Loads rule packs and the law register. A malformed file is reported; the others still load. */
export function loadRuleFiles(files: DataFile[]): LoadedRules {
  const packs: RulePack[] = [];
  const errors: DataFileError[] = [];
  let register: LawRegister | null = null;
  for (const file of files) {
    if (/^register\s*:/m.test(file.text)) {
      const r = loadYaml(file, registerSchema);
      if (r.ok) register = r.value;
      else errors.push(r.error);
      continue;
    }
    const r = loadYaml(file, packSchema);
    if (r.ok) packs.push(r.value);
    else errors.push(r.error);
  }
  return { ruleSet: { packs, register }, errors };
}

export interface EngineOptions {
  diarienummerPatterns?: DiarienummerPattern[];
}

/**
 * The rule engine. Compiles the packs once; check() is a pure function of the
 * document. Content tests are memoised on the blocks' immutable ProseMirror
 * nodes, so a re-check after an edit only tests the blocks that changed.
 */
export class RuleEngine {
  private readonly requirements: CompiledRequirement[] = [];
  private readonly findingRules: CompiledFinding[] = [];
  private readonly sectionEvidence = new Map<string, SectionCheck>();
  private static nextId = 0;
  private readonly id = RuleEngine.nextId++;

  constructor(
    private readonly ruleSet: RuleSet,
    private readonly options: EngineOptions = {},
  ) {
    const overrides = new Map<string, { severity?: Severity | 'av'; message?: string }>();
    for (const pack of ruleSet.packs) for (const o of pack.overrides) overrides.set(o.id, { ...overrides.get(o.id), ...o });
    const seen = new Set<string>();
    /** The rule as it applies after other packs' overrides, or null when it is replaced or turned off. */
    const effective = <R extends { id: string; kinds?: DocumentKind[]; severity: Severity; message: string }>(rule: R, pack: RulePack) => {
      // The same id may serve several kinds (e.g. "beredning"); a later pack replaces it per kind.
      const key = `${rule.id}|${(rule.kinds ?? pack.kinds ?? []).join(',')}`;
      if (seen.has(key)) return null;
      seen.add(key);
      const o = overrides.get(rule.id);
      if (o?.severity === 'av') return null;
      return { ...rule, severity: (o?.severity as Severity) ?? rule.severity, message: o?.message ?? rule.message };
    };
    // Later packs (a municipality's own) replace rules with the same id.
    for (const pack of [...ruleSet.packs].reverse()) {
      const packRequirements: CompiledRequirement[] = [];
      const packFindings: CompiledFinding[] = [];
      for (const rule of pack.requirements) {
        const r = effective(rule, pack);
        if (!r) continue;
        for (const ev of r.evidence) if ('section' in ev && !this.sectionEvidence.has(r.id)) this.sectionEvidence.set(r.id, compileSection(ev.section));
        packRequirements.push({ rule: r, kinds: rule.kinds ?? pack.kinds ?? null, evidence: r.evidence.map(compileEvidence) });
      }
      for (const rule of pack.rules) {
        const r = effective(rule, pack);
        if (r) packFindings.push({ rule: r, kinds: rule.kinds ?? pack.kinds ?? null, run: compileFindingRule(r) });
      }
      this.requirements.unshift(...packRequirements);
      this.findingRules.unshift(...packFindings);
    }
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
    const applicable = this.requirements.filter((req) => !req.kinds || req.kinds.includes(doc.kind));
    const hits = new Map<string, EvidenceHit | null>();
    for (const req of applicable) {
      let hit: EvidenceHit | null = null;
      for (const find of req.evidence) {
        hit = find(ctx);
        if (hit) break;
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
      if (fr.kinds && !fr.kinds.includes(doc.kind)) continue;
      for (const raw of fr.run(ctx)) {
        findings.push({
          rule: fr.rule.id,
          severity: fr.rule.severity,
          message: interpolate(raw.message ?? fr.rule.message, raw.vars),
          explanation: fr.rule.explanation,
          source: fr.rule.source,
          unverified: fr.rule.unverified ?? false,
          location: raw.block >= 0 ? locate(raw, doc) : null,
          ...(raw.replacement ? { replacement: raw.replacement } : {}),
        });
      }
    }
    return { requirements, findings };
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
        ? matchingSections(ev, ctx)
        : doc.sections.map((s, i) => (s.sectionId === ref || headingMatches(s.heading, ref) ? i : -1)).filter((i) => i >= 0);
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

function compileEvidence(ev: Evidence): (ctx: CheckContext) => EvidenceHit | null {
  if ('section' in ev) {
    const section = compileSection(ev.section);
    return (ctx) => findSection(section, ctx);
  }
  if ('metadata' in ev) return (ctx) => findMetadata(ev.metadata.fields, ctx);
  const matcher: UnitMatcher = 'stance' in ev ? compileStance(ev.stance) : compileContent(ev.content);
  return (ctx) => findFirst(matcher, ctx);
}

function compileFindingRule(rule: FindingRule): (ctx: CheckContext) => RawFinding[] {
  const c = rule.check;
  switch (c.kind) {
    case 'legal-reference':
      return checkLegalReferences;
    case 'date-relation':
      return (ctx) => checkDateRelation(c.from, c.to, c.maxDays, ctx);
    case 'term': {
      const compiled = compileTermCheck(c.terms, c.unless);
      return (ctx) => checkTerm(compiled, c.replacement, ctx);
    }
    case 'conditional': {
      const when = compileContent(c.when);
      const then = compileContent(c.then);
      return (ctx) => checkConditional(when, then, ctx);
    }
    case 'metadata-format':
      return (ctx) => checkMetadataFormat(c.field, c.format, ctx);
  }
}

function locate(hit: Hit, doc: CheckDocument): Location {
  const block = doc.blocks[hit.block]!;
  // +1: the text of a textblock starts one position after the node's start.
  return { line: block.line, column: hit.start + 1, from: block.pos + 1 + hit.start, to: block.pos + 1 + hit.end };
}

function evidenceOf(hit: EvidenceHit, doc: CheckDocument): RequirementResult['evidence'] {
  if (hit.block === null) return { line: hit.line, text: hit.text };
  const block = doc.blocks[hit.block]!;
  return { ...locate(hit, doc), text: snippet(block.text, hit.start) };
}

function snippet(text: string, at: number): string {
  let start = Math.max(0, at - 20);
  // Start at a word.
  while (start > 0 && /\S/.test(text[start - 1]!)) start--;
  const s = text.slice(start, start + 120).trim();
  return (start > 0 ? '…' : '') + s + (start + 120 < text.length ? '…' : '');
}

function interpolate(message: string, vars?: Record<string, string>): string {
  if (!vars) return message;
  return message.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}

import { z } from 'zod';
import { DOCUMENT_KINDS } from '../model/kinds.js';
import { isValidTerm } from './terms.js';

/** Rule packs as YAML data; unknown keys are rejected so a misspelt key is never silently ignored. */
export const SEVERITIES = ['fel', 'varning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

const term = z.string().min(1).refine(isValidTerm, 'ogiltig term eller ogiltigt reguljärt uttryck');
const terms = z.array(term).min(1);

const scope = z
  .object({
    headings: z.array(z.string().min(1)).default([]),
    ids: z.array(z.string().min(1)).default([]),
  })
  .strict();

export const contentEvidence = z
  .object({
    all: z.array(terms).min(1),
    within: z.enum(['sentence', 'paragraph']).default('paragraph'),
    scope: scope.optional(),
    unless: terms.optional(),
    minWords: z.number().int().min(0).default(0),
    /** Short units only, e.g. a signature line. */
    maxWords: z.number().int().min(1).optional(),
    /** Let headings count as units (extracted text often turns signature lines into headings). */
    headings: z.boolean().default(false),
  })
  .strict();
export type ContentEvidence = z.infer<typeof contentEvidence>;

export const sectionEvidence = z
  .object({
    headings: z.array(z.string().min(1)).default([]),
    ids: z.array(z.string().min(1)).default([]),
    minWords: z.number().int().min(1).default(5),
  })
  .strict();
export type SectionEvidence = z.infer<typeof sectionEvidence>;

export const stanceEvidence = z
  .object({
    topic: terms,
    position: terms,
    unless: terms.optional(),
  })
  .strict();
export type StanceEvidence = z.infer<typeof stanceEvidence>;

export const metadataEvidence = z.object({ fields: z.array(z.string().min(1)).min(1) }).strict();

const evidence = z.union([
  z.object({ section: sectionEvidence }).strict(),
  z.object({ content: contentEvidence }).strict(),
  z.object({ stance: stanceEvidence }).strict(),
  z.object({ metadata: metadataEvidence }).strict(),
]);
export type Evidence = z.infer<typeof evidence>;

const examples = z
  .object({ valid: z.array(z.string()).default([]), invalid: z.array(z.string()).default([]) })
  .strict();

const common = {
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  severity: z.enum(SEVERITIES),
  message: z.string().min(1),
  explanation: z.string().min(1),
  source: z.string().min(1),
  /** The source is a proposal or otherwise not confirmed law. */
  unverified: z.boolean().optional(),
  examples: examples.optional(),
};

export const requirementSchema = z
  .object({
    ...common,
    title: z.string().min(1),
    kinds: z.array(z.enum(DOCUMENT_KINDS)).optional(),
    /** Template section ids (or headings) after which missing content belongs, in order of preference. */
    after: z.array(z.string().min(1)).default([]),
    /** The template section whose skeleton the fix inserts. */
    template: z.string().optional(),
    evidence: z.array(evidence).min(1),
  })
  .strict();
export type RequirementRule = z.infer<typeof requirementSchema>;

const legalReferenceCheck = z.object({ kind: z.literal('legal-reference') }).strict();
const dateRelationCheck = z
  .object({
    kind: z.literal('date-relation'),
    from: z.string().min(1),
    to: z.string().min(1),
    maxDays: z.number().int().min(0),
  })
  .strict();
const termCheck = z
  .object({
    kind: z.literal('term'),
    terms,
    replacement: z.string().optional(),
    unless: terms.optional(),
  })
  .strict();
const conditionalCheck = z
  .object({
    kind: z.literal('conditional'),
    when: contentEvidence,
    then: contentEvidence,
  })
  .strict();
const metadataFormatCheck = z
  .object({
    kind: z.literal('metadata-format'),
    field: z.string().min(1),
    format: z.enum(['date', 'diarienummer']),
  })
  .strict();

export const findingRuleSchema = z
  .object({
    ...common,
    kinds: z.array(z.enum(DOCUMENT_KINDS)).optional(),
    check: z.discriminatedUnion('kind', [legalReferenceCheck, dateRelationCheck, termCheck, conditionalCheck, metadataFormatCheck]),
  })
  .strict();
export type FindingRule = z.infer<typeof findingRuleSchema>;

const override = z
  .object({
    id: z.string().min(1),
    severity: z.enum([...SEVERITIES, 'av']).optional(),
    message: z.string().optional(),
  })
  .strict();

export const packSchema = z
  .object({
    pack: z.string().min(1),
    description: z.string().optional(),
    kinds: z.array(z.enum(DOCUMENT_KINDS)).optional(),
    requirements: z.array(requirementSchema).default([]),
    rules: z.array(findingRuleSchema).default([]),
    /** A municipality's own pack changes or turns off rules of other packs ("av" = off). */
    overrides: z.array(override).default([]),
  })
  .strict();
export type RulePack = z.infer<typeof packSchema>;

const law = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    sfs: z.string().regex(/^\d{4}:\d+$/),
    aliases: z.array(z.string().min(1)).default([]),
    inForceFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    repealedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    replacedBy: z.string().optional(),
    verified: z.boolean(),
  })
  .strict();
const provision = z
  .object({
    law: z.string().min(1),
    chapter: z.number().int().min(1),
    section: z.number().int().min(1),
    topic: z.string().min(1),
    replacedBy: z.string().min(1),
    verified: z.boolean(),
    note: z.string().optional(),
  })
  .strict();

export const registerSchema = z
  .object({
    register: z.literal('lagrum'),
    laws: z.array(law).min(1),
    provisions: z.array(provision).default([]),
    /** Words that make a citation historical ("sedan 2009 …"), so it is not flagged. */
    historical: terms,
  })
  .strict();
export type LawRegister = z.infer<typeof registerSchema>;

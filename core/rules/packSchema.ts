import { z } from 'zod';
import { DOCUMENT_KINDS } from '../model/kinds.js';
import { terms } from './checks/params.js';
import { evidenceSchema, findingCheckSchema } from './checks/registry.js';

/** Rule packs as YAML data; unknown keys are rejected so a misspelt key is never silently ignored. */
export const SEVERITIES = ['fel', 'varning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type { ContentEvidence } from './checks/content.js';
export type { SectionEvidence } from './checks/section.js';
export type { StanceEvidence } from './checks/stance.js';
export type { Evidence, FindingCheckParams } from './checks/registry.js';
export { contentSchema as contentEvidence } from './checks/content.js';
export { sectionSchema as sectionEvidence } from './checks/section.js';
export { stanceSchema as stanceEvidence } from './checks/stance.js';

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
    evidence: z.array(evidenceSchema).min(1),
  })
  .strict();
export type RequirementRule = z.infer<typeof requirementSchema>;

export const findingRuleSchema = z
  .object({
    ...common,
    kinds: z.array(z.enum(DOCUMENT_KINDS)).optional(),
    check: findingCheckSchema,
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

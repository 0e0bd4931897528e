import { z } from 'zod';
import { DOCUMENT_KINDS, type DocumentKind } from './kinds.js';
import { loadYaml, type DataFile, type DataFileError } from '../data/loadYaml.js';

/** Metadata field types; each type has its own format check in metadata.ts. */
export const FIELD_TYPES = ['text', 'date', 'diarienummer'] as const;

const fieldSchema = z
  .object({
    key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
    label: z.string().min(1),
    type: z.enum(FIELD_TYPES).default('text'),
    help: z.string().optional(),
    placeholder: z.string().optional(),
  })
  .strict();
export type MetadataField = z.infer<typeof fieldSchema>;

export interface TemplateSection {
  id: string;
  heading: string;
  guidance: string;
  table?: { columns: string[] };
  sections?: TemplateSection[];
}

const sectionSchema: z.ZodType<TemplateSection> = z.lazy(() =>
  z
    .object({
      id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id får bara innehålla a–z, siffror och bindestreck'),
      heading: z.string().min(1),
      guidance: z.string().min(1),
      table: z.object({ columns: z.array(z.string().min(1)).min(1).max(8) }).strict().optional(),
      sections: z.array(sectionSchema).optional(),
    })
    .strict(),
);

const templateSchema = z
  .object({
    kind: z.enum(DOCUMENT_KINDS),
    name: z.string().min(1),
    description: z.string().min(1),
    metadata: z.array(fieldSchema).default([]),
    sections: z.array(sectionSchema).min(1),
  })
  .strict();
export type Template = z.infer<typeof templateSchema>;

const patternSchema = z
  .object({
    name: z.string().min(1),
    pattern: z.string().refine(isValidRegex, 'ogiltigt reguljärt uttryck'),
    example: z.string().min(1),
  })
  .strict();
export type DiarienummerPattern = z.infer<typeof patternSchema>;

const metadataConfigSchema = z
  .object({
    fields: z.array(fieldSchema).min(1),
    diarienummer: z.array(patternSchema).min(1),
  })
  .strict();
export type MetadataConfig = z.infer<typeof metadataConfigSchema>;

function isValidRegex(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

/** The file in templates/ that holds the common metadata fields and diarienummer patterns. */
export const METADATA_CONFIG_FILE = 'metadata.yaml';

/** Used only when metadata.yaml itself is broken, so the form still has a title. */
const FALLBACK_METADATA: MetadataConfig = {
  fields: [{ key: 'title', label: 'Titel', type: 'text' }],
  diarienummer: [],
};

export interface TemplateSet {
  templates: Partial<Record<DocumentKind, Template>>;
  metadata: MetadataConfig;
  errors: DataFileError[];
}

/**
 * Loads every template file. A broken file is reported with file, line and key;
 * the others still load.
 */
export function loadTemplates(files: DataFile[]): TemplateSet {
  const set: TemplateSet = { templates: {}, metadata: FALLBACK_METADATA, errors: [] };
  for (const file of files) {
    if (baseName(file.path) === METADATA_CONFIG_FILE) {
      const result = loadYaml(file, metadataConfigSchema);
      if (result.ok) set.metadata = result.value;
      else set.errors.push(result.error);
      continue;
    }
    const result = loadYaml(file, templateSchema);
    if (!result.ok) {
      set.errors.push(result.error);
      continue;
    }
    const problem = structuralProblem(result.value);
    if (problem) {
      set.errors.push({ path: file.path, line: null, key: 'sections', message: problem });
    } else if (set.templates[result.value.kind]) {
      set.errors.push({ path: file.path, line: null, key: 'kind', message: `det finns redan en mall för "${result.value.kind}"` });
    } else {
      set.templates[result.value.kind] = result.value;
    }
  }
  return set;
}

function structuralProblem(template: Template): string | null {
  const seen = new Set<string>();
  const walk = (sections: TemplateSection[], depth: number): string | null => {
    for (const s of sections) {
      if (depth > 3) return `avsnittet "${s.id}" ligger djupare än tre nivåer`;
      if (seen.has(s.id)) return `avsnittets id "${s.id}" används två gånger`;
      seen.add(s.id);
      const inner = s.sections ? walk(s.sections, depth + 1) : null;
      if (inner) return inner;
    }
    return null;
  };
  return walk(template.sections, 1);
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** All metadata fields of a kind, common ones first. */
export function fieldsForKind(set: Pick<TemplateSet, 'templates' | 'metadata'>, kind: DocumentKind): MetadataField[] {
  return [...set.metadata.fields, ...(set.templates[kind]?.metadata ?? [])];
}

/** Finds a template section by id anywhere in the tree. */
export function findTemplateSection(template: Template | undefined, id: string): TemplateSection | undefined {
  const walk = (sections: TemplateSection[]): TemplateSection | undefined => {
    for (const s of sections) {
      if (s.id === id) return s;
      const inner = s.sections && walk(s.sections);
      if (inner) return inner;
    }
    return undefined;
  };
  return template ? walk(template.sections) : undefined;
}

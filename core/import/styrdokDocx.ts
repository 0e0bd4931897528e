import type { Node as PMNode } from 'prosemirror-model';
import { schema } from '../model/schema.js';
import type { Metadata } from '../model/metadata.js';
import { isDocumentKind, type DocumentKind } from '../model/kinds.js';
import { PROP_FIELDS, PROP_KIND, PROP_LEADING, PROP_METADATA, PROP_SECTION_HEADINGS, PROP_SECTIONS, PROP_TITLE } from '../docx/write.js';

/**
 * Re-importing a .docx that Styrdok exported. Its custom properties say what
 * the document looked like when it left; the document itself says what it is
 * now. What the user changed in Word wins: the title block and metadata table
 * are recognised by their shape (not dropped by count) and read back, and
 * section ids follow their headings by text (not by order). Properties only
 * fill what the document no longer says.
 */
export interface StyrdokProperties {
  kind: DocumentKind;
  metadata: Metadata;
  sections: (string | null)[];
  /** Heading texts in the order of `sections`; absent in files from before they were written. */
  headings: string[] | null;
  title: string | null;
  /** Metadata row label → field key. */
  fields: Map<string, string>;
  /** Blocks written before the body (title, metadata table). */
  leading: number;
}

const json = (text: string | undefined, fallback: unknown): unknown => {
  try {
    return text === undefined ? fallback : JSON.parse(text);
  } catch {
    return undefined;
  }
};

export function readStyrdokProperties(props: Record<string, string>): StyrdokProperties | null {
  const kind = props[PROP_KIND];
  if (!kind || !isDocumentKind(kind)) return null;
  const metadata = json(props[PROP_METADATA], {});
  const sections = json(props[PROP_SECTIONS], []);
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata) || !Array.isArray(sections)) return null;
  const clean: Metadata = {};
  for (const [k, v] of Object.entries(metadata)) if (typeof v === 'string') Object.defineProperty(clean, k, { value: v, enumerable: true, writable: true, configurable: true });
  const headings = json(props[PROP_SECTION_HEADINGS], null);
  const fields = json(props[PROP_FIELDS], []);
  const fieldMap = new Map<string, string>();
  if (Array.isArray(fields)) for (const f of fields) if (Array.isArray(f) && typeof f[0] === 'string' && typeof f[1] === 'string') fieldMap.set(norm(f[1]), f[0]);
  return {
    kind,
    metadata: clean,
    sections: sections.map((s) => (typeof s === 'string' ? s : null)),
    headings: Array.isArray(headings) && headings.length === sections.length ? headings.map((h) => String(h)) : null,
    title: typeof props[PROP_TITLE] === 'string' ? props[PROP_TITLE]! : null,
    fields: fieldMap,
    leading: Number(props[PROP_LEADING] ?? 0) || 0,
  };
}

function norm(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');
}

function children(node: PMNode): PMNode[] {
  const out: PMNode[] = [];
  node.forEach((c) => out.push(c));
  return out;
}

/** Label → value of a two-column table whose every label is a known metadata row; null if it is not one. */
function metadataTable(node: PMNode | undefined, fields: Map<string, string>): Map<string, string> | null {
  if (!node || node.type !== schema.nodes.table || fields.size === 0) return null;
  const values = new Map<string, string>();
  for (const row of children(node)) {
    const cells = children(row);
    if (cells.length !== 2) return null;
    const key = fields.get(norm(cells[0]!.textContent));
    if (!key) return null;
    values.set(key, cells[1]!.textContent.trim());
  }
  return values.size ? values : null;
}

export interface RestoredDocx {
  body: PMNode;
  metadata: Metadata;
  kind: DocumentKind;
}

export function restoreStyrdokDocx(body: PMNode, props: StyrdokProperties): RestoredDocx {
  const blocks = children(body);
  const metadata: Metadata = { ...props.metadata };
  let start = 0;

  // The title block: the first heading, when it is what was exported, or sits on the metadata table,
  // or is the one heading more than the body had. Its text as it is now is the title.
  const first = blocks[0];
  const headingCount = blocks.filter((b) => b.type === schema.nodes.heading).length;
  if (
    first?.type === schema.nodes.heading &&
    ((props.title !== null && norm(first.textContent) === norm(props.title)) ||
      metadataTable(blocks[1], props.fields) !== null ||
      (props.headings !== null && headingCount === props.headings.length + 1 && norm(first.textContent) !== norm(props.headings[0] ?? '')))
  ) {
    const title = first.textContent.trim();
    if (title && (props.title === null || norm(title) !== norm(props.title))) metadata.title = title;
    start = 1;
  }
  // The metadata table: values as they stand in Word win; a cleared cell clears the field.
  const table = metadataTable(blocks[start], props.fields);
  if (table) {
    for (const [key, value] of table) {
      if (value) metadata[key] = value;
      else delete metadata[key];
    }
    start++;
  } else if (props.fields.size === 0 && props.leading >= 2 && start === 1 && blocks[1]?.type === schema.nodes.table) {
    // A file without row labels (written before they were): the table after the title is the metadata block.
    start++;
  }

  const rest = blocks.slice(start);
  const ids = sectionIdsFor(
    rest.filter((b) => b.type === schema.nodes.heading).map((h) => h.textContent),
    props,
  );
  let h = 0;
  const restored = rest.map((child) => (child.type === schema.nodes.heading ? child.type.create({ ...child.attrs, sectionId: ids[h++] ?? null }, child.content) : child));
  return { body: schema.nodes.doc.create(null, restored.length ? restored : [schema.nodes.paragraph.create()]), metadata, kind: props.kind };
}

/**
 * Section id for each heading now in the document. Headings are matched to the
 * exported ones by text, in order; a heading renamed in place (between two
 * matched neighbours, one for one) keeps its id; a new heading gets none.
 */
export function sectionIdsFor(current: string[], props: Pick<StyrdokProperties, 'sections' | 'headings'>): (string | null)[] {
  const { sections, headings } = props;
  if (!headings) return current.length === sections.length ? sections : current.map(() => null);
  const match: (number | null)[] = current.map(() => null);
  let from = 0;
  current.forEach((text, i) => {
    const k = headings.findIndex((h, j) => j >= from && norm(h) === norm(text));
    if (k >= 0) {
      match[i] = k;
      from = k + 1;
    }
  });
  // Renamed in place: a run of unmatched headings between two anchors, as many as the unmatched exported ones there.
  let prevI = -1;
  let prevK = -1;
  for (let i = 0; i <= current.length; i++) {
    if (i < current.length && match[i] === null) continue;
    const nextK = i < current.length ? match[i]! : headings.length;
    const gapCurrent = i - prevI - 1;
    if (gapCurrent > 0 && gapCurrent === nextK - prevK - 1) for (let g = 1; g <= gapCurrent; g++) match[prevI + g] = prevK + g;
    prevI = i;
    prevK = nextK;
  }
  return match.map((k) => (k === null ? null : sections[k] ?? null));
}

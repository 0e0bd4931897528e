/**
 * Tables typed with bars in plain text or Markdown ("Insats | Ansvarig"), as writers type them
 * without a table editor. Read as one paragraph, their rows would run into each other
 * ("Vem Avlösning | Kommunen Läkarvård"): each row is read as a paragraph of its own instead.
 */

/** A row of dashes under a bar table's first row ("|---|---|"). */
export const PIPE_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?$/u;

/** The cells of a line of a bar table, or null (no bar, or one cell). */
export function pipeCells(line: string): string[] | null {
  if (!line.includes('|') || PIPE_SEPARATOR.test(line)) return null;
  const cells = line.replace(/^\|/u, '').replace(/\|$/u, '').split('|').map((c) => c.trim());
  return cells.length >= 2 ? cells : null;
}

/**
 * Two or more lines in a row with the same number of bar-separated cells, from line `i` (trimmed lines): a table.
 * `separator`: a row of dashes under the first row (a Markdown table).
 */
export function pipeTable(lines: string[], i: number, consumed: ReadonlySet<number> = new Set()): { rows: string[][]; separator: boolean; lines: number[]; end: number } | null {
  const first = pipeCells(lines[i]!);
  if (!first) return null;
  const rows = [first];
  const at = [i + 1];
  let separator = false;
  let j = i + 1;
  for (; j < lines.length && !consumed.has(j); j++) {
    if (j === i + 1 && PIPE_SEPARATOR.test(lines[j]!)) {
      separator = true;
      continue;
    }
    const cells = pipeCells(lines[j]!);
    if (!cells || cells.length !== first.length) break;
    rows.push(cells);
    at.push(j + 1);
  }
  return rows.length >= 2 ? { rows, separator, lines: at, end: j } : null;
}

/**
 * Markdown text where each row of a bar table without a separator row is a paragraph of its own: the
 * Markdown reader would otherwise join the rows into one paragraph, as it does for plain text.
 */
export function pipeRowsApart(text: string): string {
  if (!text.includes('|')) return text;
  const lines = text.split('\n');
  const trimmed = lines.map((l) => l.trim());
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const table = pipeTable(trimmed, i);
    if (!table || table.separator) {
      out.push(...lines.slice(i, table ? table.end : i + 1));
      if (table) i = table.end - 1;
      continue;
    }
    out.push(...lines.slice(i, table.end).flatMap((l) => [l, '']));
    i = table.end - 1;
  }
  return out.join('\n');
}

/**
 * File names made from document titles. The title is the user's text and can
 * hold anything: path separators, "..", control characters, or a name Windows
 * reserves for a device (CON, aux.docx, COM1). The result is one plain file
 * name that stays in the folder the user picked.
 */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
const MAX_BASE = 120;

export function safeBaseName(title: string, fallback = 'Dokument'): string {
  let name = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // Windows drops trailing dots and spaces; leading dots make hidden files or "..".
    .replace(/^[.\s]+|[.\s]+$/g, '');
  name = Array.from(name).slice(0, MAX_BASE).join('').trim().replace(/[.\s]+$/, '');
  if (!name) return fallback;
  // "CON", "con.tar" and "Aux .docx" all open the device on Windows: the part before the first dot counts.
  const dot = name.indexOf('.');
  const stem = dot < 0 ? name : name.slice(0, dot);
  if (RESERVED.test(stem.trim())) name = `${stem.trim()} (dokument)${dot < 0 ? '' : name.slice(dot)}`;
  return name;
}

/** A safe file name with the given extension, e.g. exportFileName('Riktlinje 2026', 'docx'). */
export function exportFileName(title: string, extension: string): string {
  const base = safeBaseName(title.replace(new RegExp(`\\.${extension}$`, 'i'), ''));
  return `${base}.${extension}`;
}

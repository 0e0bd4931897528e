import JSZip from 'jszip';

/**
 * Reads the paragraphs of an exported .docx's main part as Word would show
 * them with every tracked change accepted or rejected. A paragraph whose mark
 * is tracked as deleted (accept) or inserted (reject) disappears.
 */
export async function paragraphsOf(bytes: Uint8Array, side: 'accept' | 'reject' | 'raw' = 'raw'): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return paragraphsOfXml(xml, side);
}

export function paragraphsOfXml(xml: string, side: 'accept' | 'reject' | 'raw'): string[] {
  const body = xml.slice(xml.indexOf('<w:body>'));
  const out: string[] = [];
  for (const m of body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const p = m[0];
    const props = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(p)?.[0] ?? '';
    const content = p.replace(props, '');
    const markInserted = /<w:rPr>[\s\S]*<w:ins\b/.test(props);
    const markDeleted = /<w:rPr>[\s\S]*<w:del\b/.test(props);
    let kept = content;
    if (side === 'accept') kept = content.replace(/<w:del\b[\s\S]*?<\/w:del>/g, '');
    if (side === 'reject') kept = content.replace(/<w:ins\b[\s\S]*?<\/w:ins>/g, '');
    const text = [...kept.matchAll(/<w:(t|delText)(?: [^>]*)?>([\s\S]*?)<\/w:\1>/g)]
      .filter((t) => side !== 'accept' || t[1] === 't')
      .map((t) => t[2])
      .join('');
    if (side === 'accept' && markDeleted && !text) continue;
    if (side === 'reject' && markInserted && !text) continue;
    out.push(decode(text));
  }
  return out;
}

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

export async function partOf(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file(name)?.async('string')) ?? '';
}

import JSZip from 'jszip';

/**
 * Reads a comparison export's blocks as Word shows them with every tracked
 * change accepted or rejected: w:ins / w:del and Word moves (w:moveTo /
 * w:moveFrom), tracked paragraph marks and tracked table rows. A paragraph
 * is its text (a line break as "\n"); a table row is its cells joined by " | ".
 */
export async function resolvedBlocks(bytes: Uint8Array, side: 'accept' | 'reject'): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  return resolvedBlocksOfXml(await zip.file('word/document.xml')!.async('string'), side);
}

export function resolvedBlocksOfXml(xml: string, side: 'accept' | 'reject'): string[] {
  const body = xml.slice(xml.indexOf('<w:body>'));
  const out: string[] = [];
  let carry = '';
  for (const m of body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p\/>|<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const block = m[0];
    if (block.startsWith('<w:tbl>')) {
      for (const row of block.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)) {
        const trPr = /<w:trPr>[\s\S]*?<\/w:trPr>/.exec(row[0])?.[0] ?? '';
        if (side === 'accept' && /<w:del\b/.test(trPr)) continue;
        if (side === 'reject' && /<w:ins\b/.test(trPr)) continue;
        const cells = [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => [...cell[0].matchAll(/<w:p\/>|<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => resolveParagraph(p[0], side).text).join('\n'));
        out.push(cells.join(' | '));
      }
      continue;
    }
    const { text, markGone } = resolveParagraph(block, side);
    // A removed paragraph mark joins the paragraph to the next one (an empty one just disappears).
    if (markGone) carry += text;
    else {
      out.push(carry + text);
      carry = '';
    }
  }
  if (carry) out.push(carry);
  return out;
}

function resolveParagraph(p: string, side: 'accept' | 'reject'): { text: string; markGone: boolean } {
  const props = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(p)?.[0] ?? '';
  const markProps = /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(props)?.[0] ?? '';
  let content = p.replace(props, '');
  const gone = side === 'accept' ? ['del', 'moveFrom'] : ['ins', 'moveTo'];
  for (const tag of gone) content = content.replace(new RegExp(`<w:${tag}\\b[^>]*[^/]>[\\s\\S]*?</w:${tag}>`, 'g'), '');
  const text = [...content.matchAll(/<w:(t|delText)(?: [^>]*)?>([\s\S]*?)<\/w:\1>|<w:br\/>|<w:tab\/>/g)].map((t) => (t[0] === '<w:br/>' ? '\n' : t[0] === '<w:tab/>' ? '\t' : decode(t[2]!))).join('');
  const markGone = gone.some((tag) => new RegExp(`<w:${tag}\\b`).test(markProps));
  return { text, markGone };
}

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

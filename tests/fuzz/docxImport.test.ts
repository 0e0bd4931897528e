import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Deflate, zipSync, strToU8 } from 'fflate';
import { Document, Packer, Paragraph, HeadingLevel } from 'docx';
import { importFile } from '../../core/import/importFile.js';
import { UserError } from '../../core/errors.js';
import { unpackDocx, xmlDepth, MAX_UNCOMPRESSED_BYTES } from '../../core/docx/zipGuard.js';
import { recordFuzz, timed } from './record.js';

/**
 * Hostile .docx files: each must end in a Swedish ImportError or a correct
 * result, within 10 s and without inflating more than the 100 MB cap.
 */

const SWEDISH = /[åäö]|filen|kan inte|läses|skadad|Word/i;

async function validDocx(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Riktlinje för stöd', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Nämnden ansvarar för stödet till den som vårdar en närstående.'),
          new Paragraph({ text: 'Uppföljning', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('Riktlinjen följs upp varje år.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Imports and classifies the outcome; any other throw is a bug. */
async function outcome(name: string, bytes: Uint8Array): Promise<'ok' | 'refused'> {
  try {
    const imported = await importFile(name, bytes);
    expect(imported.body.type.name).toBe('doc');
    return 'ok';
  } catch (e) {
    if (!(e instanceof UserError)) throw new Error(`${name}: not a user error: ${String((e as Error)?.stack ?? e)}`);
    expect((e as Error).message).toMatch(SWEDISH);
    return 'refused';
  }
}

/** A deflate stream of `size` zero bytes, made in pieces so the test itself stays small in memory. */
function deflatedZeros(size: number): Uint8Array {
  const out: Uint8Array[] = [];
  const deflater = new Deflate({ level: 9 }, (chunk) => void out.push(chunk));
  const piece = new Uint8Array(1024 * 1024);
  for (let left = size; left > 0; left -= piece.length) deflater.push(left > piece.length ? piece : piece.subarray(0, left), left <= piece.length);
  const all = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of out) (all.set(c, at), (at += c.length));
  return all;
}

/** A hand-made zip with one deflated part whose headers declare `declared` bytes. */
function lyingZip(name: string, deflated: Uint8Array, declared: number): Uint8Array {
  const enc = new TextEncoder();
  const nameBytes = enc.encode(name);
  const local = new Uint8Array(30 + nameBytes.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(8, 8, true);
  lv.setUint32(18, deflated.length, true);
  lv.setUint32(22, declared, true);
  lv.setUint16(26, nameBytes.length, true);
  local.set(nameBytes, 30);
  const central = new Uint8Array(46 + nameBytes.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint16(10, 8, true);
  cv.setUint32(20, deflated.length, true);
  cv.setUint32(24, declared, true);
  cv.setUint16(28, nameBytes.length, true);
  cv.setUint32(42, 0, true);
  central.set(nameBytes, 46);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  ev.setUint32(12, central.length, true);
  ev.setUint32(16, local.length + deflated.length, true);
  const out = new Uint8Array(local.length + deflated.length + central.length + eocd.length);
  out.set(local, 0);
  out.set(deflated, local.length);
  out.set(central, local.length + deflated.length);
  out.set(eocd, local.length + deflated.length + central.length);
  return out;
}

/** One zip holding the entries of both (central directories concatenated, offsets moved). */
function mergeZips(a: Uint8Array, b: Uint8Array): Uint8Array {
  const read = (z: Uint8Array) => {
    const v = new DataView(z.buffer, z.byteOffset, z.byteLength);
    let e = z.length - 22;
    while (v.getUint32(e, true) !== 0x06054b50) e--;
    return { v, count: v.getUint16(e + 10, true), cdSize: v.getUint32(e + 12, true), cdOffset: v.getUint32(e + 16, true) };
  };
  const A = read(a);
  const B = read(b);
  const bCentral = b.slice(B.cdOffset, B.cdOffset + B.cdSize);
  const cv = new DataView(bCentral.buffer);
  for (let at = 0; at < bCentral.length; ) {
    cv.setUint32(at + 42, cv.getUint32(at + 42, true) + A.cdOffset, true);
    at += 46 + cv.getUint16(at + 28, true) + cv.getUint16(at + 30, true) + cv.getUint16(at + 32, true);
  }
  const locals = [a.subarray(0, A.cdOffset), b.subarray(0, B.cdOffset)];
  const centrals = [a.subarray(A.cdOffset, A.cdOffset + A.cdSize), bCentral];
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, A.count + B.count, true);
  ev.setUint16(10, A.count + B.count, true);
  ev.setUint32(12, A.cdSize + B.cdSize, true);
  ev.setUint32(16, A.cdOffset + B.cdOffset, true);
  const all = [...locals, ...centrals, eocd];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) (out.set(p, at), (at += p.length));
  return out;
}

describe('DOCX import under hostile input', () => {
  it('a zip that lies about its size (declares 1 KB, inflates to 300 MB) stops at the cap, fast and small', async () => {
    const deflated = deflatedZeros(300 * 1024 * 1024);
    const bomb = lyingZip('word/document.xml', deflated, 1024);
    const rssBefore = process.memoryUsage().rss;
    const { ms, error } = await timed(() => importFile('bomb.docx', bomb));
    const grown = process.memoryUsage().rss - rssBefore;
    expect(error).toBeInstanceOf(UserError);
    expect(String(error)).toMatch(/packas upp till mer än 100 MB/);
    expect(ms).toBeLessThan(10_000);
    // The cap is 100 MB; inflating is stopped there, never at 300 MB.
    expect(grown).toBeLessThan(300 * 1024 * 1024);
    recordFuzz('docx: lying zip size, 300 MB', 1, ms);
  }, 60_000);

  it('a part just over the cap is refused, one just under it is inflated in full', () => {
    const cap = 2 * 1024 * 1024;
    const over = lyingZip('word/document.xml', deflatedZeros(cap + 1), 10);
    expect(() => unpackDocx(over, cap)).toThrow(/packas upp/);
    const under = zipSync({ 'word/document.xml': strToU8('<w:document/>'), 'word/big.xml': strToU8(`<a>${' '.repeat(cap - 200)}</a>`) });
    expect(unpackDocx(under, cap).parts.get('word/big.xml')!.length).toBe(cap - 200 + 7);
    expect(MAX_UNCOMPRESSED_BYTES).toBeLessThanOrEqual(100 * 1024 * 1024);
  });

  it('images and other binary parts are never inflated: a bomb hidden as an image costs nothing and the text imports', async () => {
    const valid = await validDocx();
    const parts = Object.fromEntries(unpackDocx(valid).parts);
    const zip = zipSync(parts);
    const bomb = lyingZip('word/media/bild.png', deflatedZeros(200 * 1024 * 1024), 2048);
    // Append the bomb part to a real document by re-zipping by hand: simplest is a document whose only extra part lies.
    const withBomb = mergeZips(zip, bomb);
    const { ms, error, value } = await timed(() => importFile('bild.docx', withBomb));
    expect(error).toBeUndefined();
    expect((value as { body: { textContent: string } }).body.textContent).toContain('Nämnden ansvarar för stödet');
    expect(ms).toBeLessThan(10_000);
    // Honestly declared large photos are no reason to refuse either.
    const photos = mergeZips(zip, lyingZip('word/media/foto.jpg', deflatedZeros(1000), 150 * 1024 * 1024));
    expect((await importFile('foton.docx', photos)).body.textContent).toContain('Nämnden ansvarar för stödet');
  }, 60_000);

  it('a size declared larger than the real content is a forged archive, refused as damaged', () => {
    const zip = lyingZip('word/document.xml', deflatedZeros(1000), 50);
    expect(() => unpackDocx(zip)).toThrow(/skadad/);
  });

  it('refuses entity declarations (billion laughs) and absurd nesting, with a Swedish reason', async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>' +
      '<w:document><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>';
    await expect(importFile('skratt.docx', zipSync({ 'word/document.xml': strToU8(laughs) }))).rejects.toThrow(/entiteter/);
    const deep = '<w:document><w:body>' + '<w:tbl><w:tr><w:tc>'.repeat(5000) + '</w:tc></w:tr></w:tbl>'.repeat(5000) + '</w:body></w:document>';
    const { ms, error } = await timed(() => importFile('djup.docx', zipSync({ 'word/document.xml': strToU8(deep) })));
    expect(String(error)).toMatch(/djupt nästlad/);
    expect(ms).toBeLessThan(10_000);
    recordFuzz('docx: entities and nesting', 2, ms);
  });

  it('measures nesting correctly around comments, CDATA, self-closing tags and quoted ">"', () => {
    expect(xmlDepth('<a><b/><c x="1>2"><d></d></c><!-- <e><f> --><![CDATA[<g><h>]]></a>')).toBe(3);
    expect(xmlDepth('<?xml version="1.0"?><a/>')).toBe(1);
    expect(xmlDepth('<a>'.repeat(300))).toBe(Infinity);
  });

  it('random bytes, truncations and bit flips of a real .docx: Swedish error or a correct document, never a crash', async () => {
    const valid = await validDocx();
    expect(await outcome('giltig.docx', valid)).toBe('ok');
    let cases = 0;
    let worst = 0;
    const check = async (bytes: Uint8Array) => {
      const { ms } = await timed(() => outcome('fuzz.docx', bytes).then((r) => void r));
      cases++;
      worst = Math.max(worst, ms);
      expect(ms).toBeLessThan(10_000);
    };
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (b) => check(b)), { numRuns: 150 });
    await fc.assert(fc.asyncProperty(fc.nat(valid.length - 1), async (n) => check(valid.slice(0, n))), { numRuns: 150 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }), async (flips) => {
        const copy = valid.slice();
        for (const [at, x] of flips) copy[at] = copy[at]! ^ x;
        await check(copy);
      }),
      { numRuns: 200 },
    );
    // Bytes that are a zip of arbitrary parts next to a real document part.
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string({ maxLength: 30 }), fc.uint8Array({ maxLength: 512 }), { maxKeys: 6 }), fc.string({ maxLength: 200 }), async (parts, xml) => {
        const files: Record<string, Uint8Array> = { 'word/document.xml': strToU8(xml) };
        for (const [k, v] of Object.entries(parts)) if (k && !k.endsWith('/')) files[k] = v;
        await check(zipSync(files));
      }),
      { numRuns: 100 },
    );
    recordFuzz('docx: random bytes, truncations, bit flips, random parts', cases, worst);
  }, 120_000);
});

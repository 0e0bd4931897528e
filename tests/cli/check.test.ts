import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import JSZip from 'jszip';
import { Document, Packer, Paragraph, HeadingLevel } from 'docx';
import { run } from '../../cli/styrdok.js';
import { ROOT, SEEDS, hasSeeds } from '../helpers/dataFiles.js';
import { pdfFromObjects } from '../helpers/minimalPdf.js';

interface Captured {
  code: number;
  out: string;
  err: string;
}

async function styrdok(...argv: string[]): Promise<Captured> {
  let out = '';
  let err = '';
  const code = await run(argv, { out: { write: (s: string) => (out += s) }, err: { write: (s: string) => (err += s) }, appRoot: ROOT });
  return { code, out, err };
}

let dir: string;
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const GOOD_RIKTLINJE = `Riktlinje för anhörigstöd i Exempelby

Datum: 2026-03-01
Diarienr: SN 2026/12

Syfte
Syftet med riktlinjen är att anhöriga ska få ett stöd som är lätt att hitta och anpassat efter deras behov.

Lagstöd
Nämnden erbjuder stöd enligt 13 kap. socialtjänstlagen (2025:400). Sedan 2009 fanns bestämmelsen i 5 kap. 10 § SoL.

Begrepp
Med anhörig avses den som vårdar eller stödjer en närstående. Närstående är den som tar emot stödet.

Målgrupper
Stödet gäller anhöriga till äldre, anhöriga till personer med psykisk ohälsa eller missbruk och unga anhöriga.

Former av stöd
Anhörigkonsulenten erbjuder enskilda samtal, samtalsgrupper och avlösning i hemmet.

Ekonomiskt stöd
Kommunen erbjuder inte anhörigbidrag. Den som vårdar en svårt sjuk närstående kan ansöka om närståendepenning hos Försäkringskassan.

Barn som anhöriga
Barn som anhöriga uppmärksammas av alla verksamheter och hänvisas vid behov till regionens stöd.

Lika tillgång
Informationen finns på flera språk och tolk erbjuds, så att stödet når alla på lika villkor.

Samverkan
Kommunen samverkar med regionen, primärvården och civilsamhället. En samordnad individuell plan används vid behov.

Ansvarsfördelning
Socialnämnden ansvarar för att stödet följs upp varje år. Anhörigkonsulenten har i uppdrag att erbjuda samtal.
Regionen ansvarar för stöd till barn som anhöriga enligt hälso- och sjukvårdslagen, medan kommunen ansvarar för avlösning.

Uppföljning
Riktlinjen följs upp årligen och revideras senast 2028.
`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'styrdok-cli-'));
});

describe('styrdok check', () => {
  it('reports a complete guideline with exit code 0, its checklist with line numbers', async () => {
    const r = await styrdok('check', file('riktlinje.txt', GOOD_RIKTLINJE));
    expect(r.err).toContain('upptäcktes som riktlinje');
    expect(r.out).toContain('Krav: 12 av 12 uppfyllda');
    expect(r.out).toMatch(/✓ Målgrupper \(malgrupper\) – rad 16/);
    // The historical mention of 5 kap. 10 § SoL is not flagged.
    expect(r.out).not.toContain('inaktuellt-lagrum');
    expect(r.code).toBe(0);
  });

  it('reports what is missing, where it belongs, and exit code 1 for a missing fel', async () => {
    const text = GOOD_RIKTLINJE.replace(/Målgrupper\n[^\n]+\n/, '').replace(/Ekonomiskt stöd\n[^\n]+\n/, '');
    const r = await styrdok('check', '--kind', 'riktlinje', '--json', file('ofullstandig.txt', text));
    const [report] = JSON.parse(r.out);
    expect(report.kindSource).toBe('given');
    expect(report.date).toBe('2026-03-01');
    const byId = Object.fromEntries(report.requirements.map((q: { id: string }) => [q.id, q]));
    expect(byId.malgrupper).toMatchObject({ status: 'missing', severity: 'fel', evidence: null, insertAfter: 'Begrepp' });
    expect(byId['ekonomiskt-stod']).toMatchObject({ status: 'missing', insertAfter: 'Former av stöd' });
    expect(byId.lagrum).toMatchObject({ status: 'present', evidence: { line: 10 } });
    expect(r.code).toBe(1);
  });

  it('flags a repealed law by the document date, not in an older document', async () => {
    const text = 'Riktlinje\n\nLagstöd\nNämnden ska erbjuda stöd enligt 5 kap. 10 § SoL.\n';
    const newer = JSON.parse((await styrdok('check', '--kind', 'riktlinje', '--date', '2026-01-10', '--json', file('ny.txt', text))).out)[0];
    const older = JSON.parse((await styrdok('check', '--kind', 'riktlinje', '--date', '2023-05-01', '--json', file('gammal.txt', text))).out)[0];
    const flagged = newer.findings.filter((f: { rule: string }) => f.rule === 'inaktuellt-lagrum');
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toMatchObject({ severity: 'varning', line: 4, column: 33 });
    expect(flagged[0].message).toContain('socialtjänstlagen (2025:400)');
    expect(older.findings.filter((f: { rule: string }) => f.rule === 'inaktuellt-lagrum')).toHaveLength(0);
  });

  it('notes a motion answered more than a year after it was raised (5 kap. 35 § KL)', async () => {
    const doc = new Document({
      sections: [{ children: [new Paragraph('Datum: 2026-05-01'), new Paragraph({ text: 'Ärendebeskrivning', heading: HeadingLevel.HEADING_1 }), new Paragraph('Kalle Ek (M) lämnade en motion den 3 mars 2025, § 12.')] }],
    });
    const path = file('motion.docx', new Uint8Array(await Packer.toBuffer(doc)));
    const r = await styrdok('check', '--kind', 'motionssvar', '--json', path);
    const report = JSON.parse(r.out)[0];
    expect(report.date).toBe('2026-05-01');
    // The motion date is not metadata here, so the relation rule has nothing to compare; the checklist still runs.
    expect(report.requirements.find((q: { id: string }) => q.id === 'motion-referens').status).toBe('present');
  });

  it.each([
    ['trasig.docx', () => new TextEncoder().encode('PK\u0003\u0004 detta är ingen zip'), /inte ett giltigt Word-dokument|skadad/],
    ['lösenord.docx', () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(500).fill(0)]), /lösenordsskyddad/],
    ['tom.txt', () => new Uint8Array(), /tom/],
    ['bild.txt', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 131) % 256), /inte en textfil/],
    ['skannad.pdf', () => new TextEncoder().encode(blankPdf()), /saknar textlager/],
    ['trasig.pdf', () => new TextEncoder().encode('%PDF-1.4\nskräp'), /skadad|textlager/],
  ])('refuses %s with one Swedish line, exit 2, and still checks the rest', async (name, bytes, reason) => {
    const bad = file(name, bytes());
    const good = file('bra.txt', GOOD_RIKTLINJE);
    const r = await styrdok('check', bad, good);
    expect(r.code).toBe(2);
    const lines = r.err.trim().split('\n').filter((l) => l.includes(name));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(reason);
    expect(r.err).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(r.out).toContain('bra.txt');
  });

  it('reads the text layer of a PDF, Swedish letters included', async () => {
    const r = await styrdok('check', '--kind', 'remissvar', '--json', file('remissvar.pdf', textPdf(['Remissvar', '', 'Sammanfattning', 'F\u00f6rvaltningen tillstyrker f\u00f6rslaget men anser att \u00e5tg\u00e4rdslistan b\u00f6r kompletteras med en tidplan.'])));
    expect(r.err).toBe('');
    const report = JSON.parse(r.out)[0];
    expect(report.requirements.find((q: { id: string }) => q.id === 'synpunkter')).toMatchObject({ status: 'present' });
    expect(report.requirements.find((q: { id: string }) => q.id === 'synpunkter').evidence.text).toContain('åtgärdslistan');
  });

  it('refuses a zip bomb before unpacking it', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    zip.file('word/big.bin', new Uint8Array(1024));
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const view = new DataView(bytes.buffer);
    for (let i = bytes.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x06054b50) {
        let at = view.getUint32(i + 16, true);
        for (let n = 0; n < view.getUint16(i + 10, true); n++) {
          view.setUint32(at + 24, 0xfffffff0, true);
          at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
        }
        break;
      }
    }
    const started = Date.now();
    const r = await styrdok('check', file('bomb.docx', bytes));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bomb\.docx: .*100 MB/);
  });

  it('says when the kind could not be detected: in the report, on stderr and as kindSource "default" in --json', async () => {
    const path = file('okand-typ.txt', 'Anteckningar\n\nVi pratade om trädgården och om vädret i maj.\n');
    const json = await styrdok('check', '--json', path);
    const [report] = JSON.parse(json.out);
    expect(report).toMatchObject({ kind: 'riktlinje', kindSource: 'default' });
    expect(json.err).toContain('dokumenttypen kunde inte avgöras');
    const text = await styrdok('check', path);
    expect(text.out).toContain('okänd typ');
    expect(text.err).toContain('ange --kind');
  });

  it('shows the replacement of a term rule, in the report and in --json', async () => {
    const path = file('narstaende.txt', `${GOOD_RIKTLINJE}\nDen som vårdar kan också få närståendepenning från kommunen.\n`);
    const text = await styrdok('check', path);
    expect(text.out).toContain('Ersätt ”närståendepenning från kommunen” med ”närståendepenning från Försäkringskassan”');
    const [report] = JSON.parse((await styrdok('check', '--json', path)).out);
    const finding = report.findings.find((f: { rule: string }) => f.rule === 'narstaendepenning-fran-kommunen');
    expect(finding).toMatchObject({ replacement: 'närståendepenning från Försäkringskassan', found: 'närståendepenning från kommunen' });
  });

  it('reports a malformed rule pack with file, line and key, and checks with the other packs', async () => {
    const packDir = join(dir, 'egna-regler');
    mkdirSync(packDir, { recursive: true });
    writeFileSync(join(packDir, 'trasig.yaml'), 'pack: egen\nrequirements:\n  - id: x\n    titel: fel nyckel\n');
    writeFileSync(
      join(packDir, 'egen.yaml'),
      'pack: kommunens\noverrides:\n  - id: jamlikhet\n    severity: av\n  - id: malgrupper\n    severity: varning\n',
    );
    const text = GOOD_RIKTLINJE.replace(/Målgrupper\n[^\n]+\n/, '');
    const r = await styrdok('check', '--pack', packDir, '--json', file('egen.txt', text));
    expect(r.err).toMatch(/trasig\.yaml:4: requirements\.0\.titel: okänd nyckel/);
    const report = JSON.parse(r.out)[0];
    const ids = report.requirements.map((q: { id: string }) => q.id);
    expect(ids).not.toContain('jamlikhet');
    // The override changes the severity whatever the status (the text elsewhere may still name target groups).
    expect(report.requirements.find((q: { id: string }) => q.id === 'malgrupper')).toMatchObject({ severity: 'varning' });
    expect(r.code).toBe(2);
  });

  it('checks the seeds as requirements.json says', async () => {
    if (!hasSeeds) return;
    const expected = JSON.parse(readFileSync(join(SEEDS, 'requirements.json'), 'utf8')) as { file: string; kind: string; present: string[]; missing: string[] }[];
    const r = await styrdok('check', '--json', ...expected.map((e) => join(SEEDS, e.file)));
    const reports = JSON.parse(r.out) as { kind: string; requirements: { id: string; status: string }[] }[];
    expected.forEach((e, i) => {
      expect(reports[i]!.kind).toBe(e.kind);
      const status = Object.fromEntries(reports[i]!.requirements.map((q) => [q.id, q.status]));
      for (const id of e.present) expect(`${id}:${status[id]}`).toBe(`${id}:present`);
      for (const id of e.missing) expect(`${id}:${status[id]}`).toBe(`${id}:missing`);
    });
  });
});

describe('the built styrdok bin', () => {
  it('runs with plain Node, checks files in parallel threads and sets the exit code', () => {
    const bin = join(ROOT, 'bin', 'styrdok.cjs');
    if (!existsSync(join(ROOT, 'dist', 'cli', 'styrdok.cjs'))) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')]);
    const files = Array.from({ length: 6 }, (_, i) => file(`parallell-${i}.txt`, i === 5 ? 'Riktlinje\n\nInledning\nKort text utan innehåll om stöd.\n' : GOOD_RIKTLINJE));
    const r = spawnSync(process.execPath, [bin, 'check', '--json', ...files], { encoding: 'utf8' });
    const reports = JSON.parse(r.stdout);
    expect(reports).toHaveLength(6);
    expect(reports.map((x: { file: string }) => x.file)).toEqual(files);
    expect(r.status).toBe(1);
    const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(help.stdout).toContain('Användning: styrdok');
  });
});

/** A valid one-page PDF with no text on it: what a scanner produces, minus the image. */
function blankPdf(): string {
  return pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>', '<< /Length 0 >>\nstream\n\nendstream']);
}

/** A one-page PDF with lines of text in Helvetica (WinAnsi: å ä ö as octal escapes). */
function textPdf(lines: string[]): Uint8Array {
  const escape = (t: string) => [...t].map((c) => (c.charCodeAt(0) > 127 ? `\\${c.charCodeAt(0).toString(8)}` : /[()\\]/.test(c) ? `\\${c}` : c)).join('');
  const content = lines.map((l, i) => `BT /F1 11 Tf 60 ${780 - i * 16} Td (${escape(l)}) Tj ET`).join('\n');
  return new TextEncoder().encode(
    pdfOf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    ]),
  );
}

function pdfOf(objects: string[]): string {
  return pdfFromObjects(objects).toString('latin1');
}

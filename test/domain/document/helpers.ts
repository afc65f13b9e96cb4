// Test helpers for .docx files: read parts, pretty-print XML for golden files, build small templates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import PizZip from 'pizzip';
import { SaxesParser } from 'saxes';
import { expect } from 'vitest';
import { xmlForbidden } from '../../../src/domain/text';

export const TEMPLATES_DIR = join(__dirname, '..', '..', '..', 'templates');

export function templateBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(TEMPLATES_DIR, `${name}.docx`)));
}

export function part(docx: Uint8Array, name: string): string {
  const f = new PizZip(docx).file(name);
  if (!f) throw new Error(`no part ${name}`);
  return f.asText();
}

export function hasPart(docx: Uint8Array, name: string): boolean {
  return new PizZip(docx).file(name) !== null;
}

/** Replaces one part of a .docx and returns the new bytes. */
export function withPart(docx: Uint8Array, name: string, edit: (xml: string) => string): Uint8Array {
  const zip = new PizZip(docx);
  zip.file(name, edit(zip.file(name)!.asText()));
  return zip.generate({ type: 'uint8array' });
}

/** Adds (or replaces) a part. */
export function addPart(docx: Uint8Array, name: string, content: string): Uint8Array {
  const zip = new PizZip(docx);
  zip.file(name, content);
  return zip.generate({ type: 'uint8array' });
}

/** One element per line, text kept on its element's line: stable, reviewable golden files. */
export function prettyXml(xml: string): string {
  const tokens = xml.replace(/>\s+</g, '><').match(/<[^>]+>|[^<]+/g) ?? [];
  const out: string[] = [];
  let depth = 0;
  const pad = () => '  '.repeat(depth);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.startsWith('<?')) out.push(t);
    else if (t.startsWith('</')) {
      depth--;
      out.push(pad() + t);
    } else if (t.startsWith('<') && t.endsWith('/>')) out.push(pad() + t);
    else if (/^<w:(?:rPr|pPr|tcPr|trPr|tblPr|sectPr)>$/.test(t)) {
      // Properties on one line: the golden files stay short and a change shows as one line.
      const close = `</${t.slice(1)}`;
      let j = i;
      while (tokens[j] !== close) j++;
      out.push(pad() + tokens.slice(i, j + 1).join(''));
      i = j;
    } else if (t.startsWith('<')) {
      const text = tokens[i + 1];
      const close = tokens[i + 2];
      if (text !== undefined && !text.startsWith('<') && close?.startsWith('</')) {
        out.push(pad() + t + text + close);
        i += 2;
      } else {
        out.push(pad() + t);
        depth++;
      }
    } else out.push(pad() + t);
  }
  return `${out.join('\n')}\n`;
}

/** Visible text of each paragraph of a part, in order. */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}

/** Run properties of the run whose text is exactly `text`. */
export function runProps(xml: string, text: string): string {
  for (const m of xml.matchAll(/<w:r>(?:<w:rPr>([\s\S]*?)<\/w:rPr>)?<w:t(?: [^>]*)?>([^<]*)<\/w:t><\/w:r>/g))
    if (m[2] === text) return m[1] ?? '';
  throw new Error(`no run “${text}”`);
}

/** Cells (as XML) of the table row that holds `text`. */
export function rowCellsWith(xml: string, text: string): string[] {
  for (const m of xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)) {
    const row = m[0];
    if (row.includes(`>${text}<`) && !row.slice(4).includes('<w:tr>')) return [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => c[0]);
  }
  throw new Error(`no row with “${text}”`);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A minimal .docx whose body is the given OOXML. */
export function makeDocx(bodyXml: string): Uint8Array {
  const zip = new PizZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${bodyXml}</w:body></w:document>`);
  return zip.generate({ type: 'uint8array' });
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A paragraph; each string is one run (so tags can be split across runs as Word does). */
export const P = (...runs: string[]) => `<w:p>${runs.map((r) => `<w:r><w:t xml:space="preserve">${esc(r)}</w:t></w:r>`).join('')}</w:p>`;
/** A one-row table with the given cell paragraphs. */
export const TABLE = (...cells: string[]) => `<w:tbl><w:tr>${cells.map((c) => `<w:tc>${c}</w:tc>`).join('')}</w:tr></w:tbl>`;

// ---------------------------------------------------------------------------------------------
// Raw ZIP files for hostile templates: any entry name, any declared size, data deflated or stored as given.

export interface RawEntry {
  name: string;
  data: Uint8Array | string;
  /** Declared uncompressed size; the real one when absent. */
  size?: number;
  /** Compressed bytes to store as they are (method 8), instead of deflating `data`. */
  deflated?: Uint8Array;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A ZIP file written byte by byte (no ZIP64), so a test can lie about sizes or use names no library writes. */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data);
    const body = Buffer.from(e.deflated ?? deflateRawSync(data));
    const name = Buffer.from(e.name, 'utf8');
    const size = e.size ?? data.length;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

/** The parts of a trusted .docx (one of ours), in order, to rebuild it with rawZip. */
export function entriesOf(docx: Uint8Array): RawEntry[] {
  const zip = new PizZip(docx);
  return Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => ({ name: f.name, data: f.asUint8Array() }));
}

/**
 * Every XML part of a .docx is well-formed XML 1.0 as a strict reader sees it: valid UTF-8 (a lone surrogate
 * written out is not), no character XML forbids, and a strict parse (saxes, with namespaces) without an error.
 */
export function expectWellFormedDocx(docx: Uint8Array): void {
  const zip = new PizZip(docx);
  const names = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
  expect(names).toContain('word/document.xml');
  for (const name of names) {
    const bytes = zip.file(name)!.asUint8Array();
    let text = '';
    expect(() => (text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)), `${name}: UTF-8`).not.toThrow();
    expect(xmlForbidden(text), `${name}: characters XML forbids`).toEqual([]);
    const errors: string[] = [];
    const parser = new SaxesParser({ xmlns: true });
    parser.on('error', (e) => errors.push(e.message));
    parser.write(text).close();
    expect(errors, name).toEqual([]);
  }
}

// The package reader: directory, case-insensitive names, ZIP64, bounded inflate, the UTF-8 decoder without TextDecoder.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { rawZip } from './document/helpers';
import { describe, expect, it } from 'vitest';
import { utf8DecodeJs, xmlText, ZipArchive, ZipError } from '../../src/domain/zip';

const FIXTURE = join(__dirname, '../fixtures/lists/danh-sach-hop-le.xlsx');

/** A one-entry ZIP whose headers say `declared` bytes while the data inflates to `data.length`. */
const lyingZip = (name: string, data: Uint8Array, declared: number) => rawZip([{ name, data, size: declared }]);

const problem = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof ZipError) return e.problem;
    throw e;
  }
  return null;
};

describe('ZipArchive', () => {
  it('reads the parts of a real workbook, names matched without regard to case', () => {
    const zip = ZipArchive.open(new Uint8Array(readFileSync(FIXTURE)));
    expect(zip.entries.some((e) => e.name === 'xl/workbook.xml')).toBe(true);
    const text = xmlText(zip.read('XL/Workbook.xml')!);
    expect(text).toContain('<sheet');
    expect(zip.read('xl/nothing.xml')).toBeUndefined();
  });

  it('stored and deflated entries, backslashes and a leading slash in names', () => {
    const zip = ZipArchive.open(zipSync({ 'a\\b.xml': [strToU8('<a/>'), { level: 0 }], 'c.xml': strToU8('x'.repeat(5000)) }));
    expect(xmlText(zip.read('/a/b.xml')!)).toBe('<a/>');
    expect(zip.read('C.XML')!.length).toBe(5000);
  });

  it('a part that inflates past its declared size is corrupt, and stops early', () => {
    const bomb = lyingZip('xl/worksheets/sheet1.xml', new Uint8Array(50_000_000), 1000);
    const started = Date.now();
    expect(problem(() => ZipArchive.open(bomb).read('xl/worksheets/sheet1.xml'))).toBe('corrupt');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('declared sizes past the limits are refused before inflating', () => {
    const zip = ZipArchive.open(zipSync({ 'big.xml': new Uint8Array(2_000_000) }), { maxPartBytes: 1_000_000 });
    const e = (() => {
      try {
        zip.read('big.xml');
      } catch (x) {
        return x as ZipError;
      }
    })();
    expect(e?.problem).toBe('too-large');
    expect(e?.limit).toEqual({ name: 'maxPartBytes', value: 1_000_000 });
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 30; i++) many[`p${i}.xml`] = strToU8('x');
    expect(problem(() => ZipArchive.open(zipSync(many), { maxEntries: 20 }))).toBe('too-large');
  });

  it('not a zip, cut short, or with a broken local header', () => {
    expect(problem(() => ZipArchive.open(strToU8('STT,Tên\n1,a')))).toBe('not-zip');
    const whole = zipSync({ 'a.xml': strToU8('<a/>'.repeat(1000)) });
    expect(problem(() => ZipArchive.open(whole.subarray(0, whole.length - 30)))).toBe('truncated');
    const broken = whole.slice();
    broken[0] = 0x50;
    broken[1] = 0x4b;
    new DataView(broken.buffer).setUint32(0, 0x04034b50, true);
    const firstDataByte = 30 + 5;
    broken.fill(0xff, firstDataByte, firstDataByte + 8);
    expect(problem(() => ZipArchive.open(broken).read('a.xml'))).toBe('corrupt');
  });
});

describe('text of a part', () => {
  it('the JavaScript UTF-8 decoder gives what TextDecoder gives, also for invalid bytes', () => {
    const td = new TextDecoder('utf-8');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
        expect(utf8DecodeJs(b)).toBe(td.decode(b));
      }),
      { numRuns: 3000 },
    );
    const vi = strToU8('Tên mô hình “Dân vận khéo” 𝕏');
    expect(utf8DecodeJs(vi)).toBe('Tên mô hình “Dân vận khéo” 𝕏');
  });

  it('UTF-16 with a BOM or a declaration, UTF-8 with a BOM', () => {
    const s = '<?xml version="1.0" encoding="UTF-16"?><a>Đ</a>';
    const le = new Uint8Array(Buffer.from('\ufeff' + s, 'utf16le'));
    expect(xmlText(le)).toBe(s);
    expect(xmlText(le.subarray(2))).toBe(s);
    const be = new Uint8Array(Buffer.from('\ufeff' + s, 'utf16le').swap16());
    expect(xmlText(be)).toBe(s);
    expect(xmlText(new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8('<a/>')]))).toBe('<a/>');
  });
});

// The annotated copy of a unit's list is written with exceljs, which cannot read some well-formed workbooks and slows
// to a crawl on drop-downs over whole columns. Before exceljs sees the copy (never the original, which is not
// touched): element prefixes of the SpreadsheetML namespace are dropped (`<x:c>` → `<c>`), and data validation
// ranges are clipped to the rows in use (with room for the unit to add rows). When exceljs still fails, the copy is
// built from the grids our reader gave: values and merges only, said so to the officer.
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import type { Grid } from '../domain/grid';
import { columnLetter } from '../domain/grid';
import { xmlSafe } from '../domain/text';
import { xmlText, ZipArchive } from '../domain/zip';

const MAIN_NS = ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'];
/** Drop-downs are kept this far below the last row in use, so the unit can still add models in the copy. */
const VALIDATION_ROWS_BELOW = 1000;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `<x:worksheet xmlns:x="…main">…` → `<worksheet xmlns="…main">…`, when the part's main namespace has a prefix. */
function dropMainPrefix(xml: string): string {
  const m = /xmlns:([A-Za-z_][\w.-]*)\s*=\s*["']([^"']*)["']/g;
  for (const d of xml.matchAll(m)) {
    if (!MAIN_NS.includes(d[2])) continue;
    const p = escapeRe(d[1]);
    let out = xml.replace(new RegExp(`<(/?)${p}:`, 'g'), '<$1');
    out = out.replace(new RegExp(`xmlns:${p}(\\s*=)`), (_, eq: string) => `xmlns${eq}`);
    return out;
  }
  return xml;
}

/** The highest row number of a worksheet's rows. */
function lastRowOf(xml: string): number {
  let last = 0;
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?row\b[^>]*?\br\s*=\s*["'](\d+)["']/g)) last = Math.max(last, Number(m[1]));
  return last;
}

/** “D:D E1:E1048576 F3” → each range's bottom row clipped to `max`. */
function clipSqref(sqref: string, max: number): string {
  return sqref
    .split(/\s+/)
    .filter(Boolean)
    .map((ref) => {
      const m = /^\$?([A-Za-z]*)\$?(\d*)(?::\$?([A-Za-z]*)\$?(\d*))?$/.exec(ref);
      if (!m) return ref;
      const [, c1, r1, c2, r2] = m;
      const top = r1 ? Number(r1) : 1;
      const bottom = r2 ? Number(r2) : c2 !== undefined || !r1 ? Infinity : top;
      if (bottom <= max || !c1) return ref; // whole rows are left as they are (rare, and cheap for exceljs by column)
      return `${c1}${top}:${c2 || c1}${Math.max(top, max)}`;
    })
    .join(' ');
}

function clipValidations(xml: string): string {
  if (xml.indexOf('sqref') < 0) return xml;
  const max = lastRowOf(xml) + VALIDATION_ROWS_BELOW;
  return xml
    .replace(/(<(?:[\w.-]+:)?dataValidation\b[^>]*?\bsqref\s*=\s*["'])([^"']*)(["'])/g, (_, a: string, ref: string, b: string) => a + clipSqref(ref, max) + b)
    .replace(/(<(?:[\w.-]+:)?sqref>)([^<]*)(<\/)/g, (_, a: string, ref: string, b: string) => a + clipSqref(ref, max) + b);
}

/** A copy of the package that exceljs can load quickly; the parts it does not need are copied as they are. */
export function copyForExceljs(bytes: Uint8Array): Uint8Array {
  const zip = ZipArchive.open(bytes);
  const files: Record<string, Uint8Array> = {};
  const enc = new TextEncoder();
  for (const e of zip.entries) {
    if (e.name.endsWith('/')) continue;
    const data = zip.read(e.name)!;
    if (/^xl\/.*\.xml$/i.test(e.name)) {
      let xml = dropMainPrefix(xmlText(data));
      if (/worksheets?\//i.test(e.name) || xml.indexOf('<worksheet') >= 0) xml = clipValidations(xml);
      files[e.name] = enc.encode(xml);
    } else files[e.name] = data;
  }
  return zipSync(files, { level: 1 });
}

/** Loads a unit's workbook into exceljs for annotating; null when exceljs cannot read even the cleaned copy. */
export async function loadForAnnotating(bytes: Uint8Array): Promise<ExcelJS.Workbook | null> {
  for (const attempt of [() => copyForExceljs(bytes), () => bytes]) {
    try {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(attempt() as unknown as ArrayBuffer);
      return wb;
    } catch {
      // try the next form
    }
  }
  return null;
}

/** A workbook of the given sheets' values and merges only (what our reader gave), when exceljs cannot read the file. */
export function valuesWorkbook(sheets: { name: string; grid: Grid }[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name.slice(0, 31) || 'Trang');
    s.grid.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        ws.getCell(r + 1, c + 1).value = typeof v === 'string' ? xmlSafe(v) : v;
      }),
    );
    for (const m of s.grid.merges)
      if (m.bottom > m.top || m.right > m.left) ws.mergeCells(`${columnLetter(m.left)}${m.top + 1}:${columnLetter(m.right)}${m.bottom + 1}`);
  }
  return wb;
}

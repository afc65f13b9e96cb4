// Reads .xlsx files with exceljs into the domain's Grid, and classifies files that cannot be read.
import ExcelJS from 'exceljs';
import { open, stat } from 'node:fs/promises';
import type { Cell, Grid, Merge } from '../domain/grid';
import { UserError } from './errors';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

async function head(path: string, n: number): Promise<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const buf = new Uint8Array(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/** Loads a workbook, or throws a UserError that names the file and says what is wrong with it. */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  let size: number;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw new UserError(`${path}: là thư mục, không phải tệp Excel.`);
    size = s.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${path}: không tìm thấy tệp.`);
  }
  if (size === 0) throw new UserError(`${path}: tệp rỗng (0 byte).`);
  const sig = await head(path, 8);
  if (startsWith(sig, CFB))
    throw new UserError(
      `${path}: tệp được đặt mật khẩu hoặc là định dạng Excel cũ (.xls). Hãy mở bằng Excel, bỏ mật khẩu và lưu lại dạng .xlsx.`,
    );
  if (!startsWith(sig, ZIP)) throw new UserError(`${path}: không phải tệp Excel .xlsx (nội dung không đúng định dạng).`);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    throw new UserError(`${path}: tệp .xlsx bị hỏng, không đọc được (${(e as Error).message}).`);
  }
  return wb;
}

/** One cell as Sheets' getValues() would give it: formulas as their result, rich text as plain text. */
export function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const r = (v as ExcelJS.CellFormulaValue).result;
      if (r === undefined || r === null) return null;
      if (typeof r === 'object' && !(r instanceof Date)) return null; // an error result such as #N/A
      return r as Cell;
    }
    if ('hyperlink' in v) return cellValue((v as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
    if ('error' in v) return null;
  }
  return String(v);
}

/** The worksheet as a Grid: values from A1, merged ranges (0-based), only the top-left of a merge holds the value. */
export function sheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const values: Cell[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      out[col - 1] = cellValue(cell.value);
    });
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    values[rowNumber - 1] = out;
  });
  for (let i = 0; i < values.length; i++) if (!values[i]) values[i] = [];
  const merges: Merge[] = [];
  const internal = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges;
  for (const m of Object.values(internal ?? {}))
    merges.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
  return { values, merges, sheetName: ws.name };
}

export function visibleSheets(wb: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  const all = wb.worksheets;
  const visible = all.filter((ws) => ws.state !== 'hidden' && ws.state !== 'veryHidden');
  return visible.length ? visible : all;
}

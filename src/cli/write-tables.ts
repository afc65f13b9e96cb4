// Writes the domain's result tables into an .xlsx workbook: bold frozen headers, widths, text stays text; into a
// new workbook, or into the previous master so that every sheet the officer added is kept where it was.
import ExcelJS from 'exceljs';
import type { Cell } from '../domain/grid';
import type { Table } from '../domain/report-tables';
import { xmlSafe } from '../domain/text';

/** What a spreadsheet cell can hold. */
export const MAX_CELL_TEXT = 32_767;

/** A value as it may go into the file: no character XML forbids, no text longer than a cell holds. */
export function writableCell(c: Cell | undefined): Cell {
  if (c === undefined) return null;
  if (typeof c !== 'string') return c;
  const safe = xmlSafe(c);
  return safe.length > MAX_CELL_TEXT ? safe.slice(0, MAX_CELL_TEXT) : safe;
}

function fillWorksheet(ws: ExcelJS.Worksheet, t: Table): void {
  // Plain string values: exceljs writes them as shared strings, never as formulas, whatever they start with.
  ws.addRows(t.rows.map((r) => r.map(writableCell)));
  t.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const r of t.bold) ws.getRow(r + 1).font = { bold: true };
  if (t.frozen) ws.getRow(1).alignment = { wrapText: true, vertical: 'middle' };
}

const sheetOptions = (t: Table): Partial<ExcelJS.AddWorksheetOptions> => (t.frozen ? { views: [{ state: 'frozen', ySplit: t.frozen }] } : {});

export function tablesWorkbook(tables: Table[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Dân vận khéo';
  for (const t of tables) fillWorksheet(wb.addWorksheet(t.name, sheetOptions(t)), t);
  return wb;
}

/**
 * Our tables written into `base` (the previous master as exceljs loaded it): each replaces our sheet of the same name
 * at the same place; every other sheet — the officer's own — is kept as it was (as far as exceljs carries it).
 */
export function tablesInto(base: ExcelJS.Workbook, tables: Table[]): ExcelJS.Workbook {
  for (const t of tables) {
    const old = base.getWorksheet(t.name);
    const orderNo = old ? (old as unknown as { orderNo: number }).orderNo : undefined;
    if (old) base.removeWorksheet(old.id);
    const ws = base.addWorksheet(t.name, sheetOptions(t));
    if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
    fillWorksheet(ws, t);
  }
  return base;
}

/** Fast deflate: the workbook is a little larger, written in about half the time. */
export const WRITE_OPTIONS = { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } } as unknown as Partial<ExcelJS.XlsxWriteOptions>;

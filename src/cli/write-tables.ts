// Writes the domain's result tables into the previous master (exceljs), when it has sheets the officer added: ours are
// replaced at their places, theirs kept. A new master is written by xlsx-writer.ts, without exceljs.
import ExcelJS from 'exceljs';
import type { Cell } from '../domain/grid';
import { columnLetter } from '../domain/grid';
import { tableWidth, type Table } from '../domain/report-tables';
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

/** Sheet options every table gets: the header frozen and filtered, A4 landscape one page wide, the header on every page. */
function sheetOptions(t: Table): Partial<ExcelJS.AddWorksheetOptions> {
  const width = tableWidth(t);
  return {
    views: t.frozen ? [{ state: 'frozen', ySplit: t.frozen }] : [],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(t.frozen ? { printTitlesRow: `1:${t.frozen}` } : {}),
    },
    ...(t.frozen && t.rows.length > 1 ? { autoFilter: `A${t.frozen}:${columnLetter(width - 1)}${t.rows.length}` } : {}),
  } as Partial<ExcelJS.AddWorksheetOptions>;
}

function fillWorksheet(ws: ExcelJS.Worksheet, t: Table): void {
  ws.columns = t.widths.map((w) => ({ width: w }));
  const bold = new Set(t.bold);
  t.rows.forEach((r, i) => {
    // Plain string values: never a formula, whatever they start with.
    const row = ws.addRow(r.map(writableCell));
    if (bold.has(i)) row.font = { bold: true };
    if (i < t.frozen) row.alignment = { wrapText: true, vertical: 'middle' };
  });
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

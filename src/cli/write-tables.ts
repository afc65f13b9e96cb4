// Writes the domain's result tables into the previous master (exceljs), when it has sheets the officer added: ours are
// replaced at their places, theirs kept. A new master is written by xlsx-writer.ts, without exceljs.
import ExcelJS from 'exceljs';
import type { Cell } from '../domain/grid';
import { columnLetter } from '../domain/grid';
import { tableWidth, type Table } from '../domain/table';
import { cellString } from './xlsx-writer';

/** A value as it may go into the file (the same cleaning as xlsx-writer.ts): text through cellString. */
const writableCell = (c: Cell | undefined): Cell => (c === undefined ? null : typeof c === 'string' ? cellString(c) : c);

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
  ws.columns = t.columns.map((c) => ({
    width: c.width,
    ...(c.kind === 'date' ? { style: { numFmt: 'dd/mm/yyyy' } } : c.wrap ? { style: { alignment: { wrapText: true, vertical: 'top' } } } : {}),
  }));
  const bold = new Set(t.bold);
  t.rows.forEach((r, i) => {
    // Plain string values: never a formula, whatever they start with.
    const row = ws.addRow(r.map(writableCell));
    if (bold.has(i)) row.font = { bold: true };
    if (i < t.frozen) row.alignment = { wrapText: true, vertical: 'middle' };
  });
  // Drop-downs and date rules on the officer's columns, as the new master has them (xlsx-writer.ts).
  const last = Math.max(t.rows.length, t.frozen + 1);
  t.columns.forEach((c, i) => {
    if (!c.input || t.rows.length <= t.frozen) return;
    const ref = `${columnLetter(i)}${t.frozen + 1}:${columnLetter(i)}${last}`;
    const dv = ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } };
    if (c.kind === 'choice' && c.choices?.length) dv.dataValidations.add(ref, { type: 'list', allowBlank: true, formulae: [`"${c.choices.join(',')}"`], prompt: c.help });
    else if (c.kind === 'date') dv.dataValidations.add(ref, { type: 'date', operator: 'greaterThan', allowBlank: true, formulae: [new Date(Date.UTC(1900, 0, 1))], prompt: c.help });
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

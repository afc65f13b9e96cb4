// The “Kết quả kiểm tra” sheet (one row per finding, a link to its cell) and the hidden record of filled cells.
import type { Finding } from '../domain/codes';
import { cellText, columnLetter, type Cell } from '../domain/grid';
import { findingCell, type MarkEntry } from './marks';
import { fitRows, ownSheet } from './read';
import { TEXT } from './texts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const RESULTS_HEAD_ROWS = 3;
const RESULTS_COLS = TEXT.resultsHeader.length;

export interface ResultsTable {
  /** Every row RESULTS_COLS long; the link column (B) is blank here and comes from `links`. */
  values: (string | number)[][];
  /** One formula per row below the head rows ('' for none): a HYPERLINK we build from a sheet id and an A1 reference only. */
  links: string[];
}

export function resultsTable(o: {
  findings: Finding[];
  values: Cell[][];
  sheetId: number;
  subtitle: string;
}): ResultsTable {
  const values: (string | number)[][] = [
    [TEXT.resultsTitle, '', '', '', '', ''],
    [o.subtitle, '', '', '', '', ''],
    [...TEXT.resultsHeader],
  ];
  const links: string[] = [];
  for (const f of o.findings) {
    const cell = findingCell(f);
    const ref = cell ? `${columnLetter(cell.col - 1)}${cell.row}` : '';
    const text = cell && f.column ? cellText(o.values[cell.row - 1]?.[cell.col - 1]) : '';
    values.push([f.row ?? '', '', TEXT.severity[f.severity], f.code, f.message, text]);
    links.push(ref ? `=HYPERLINK("#gid=${Math.trunc(o.sheetId)}&range=${ref}","${ref}")` : '');
  }
  if (!o.findings.length) {
    values.push(['', '', TEXT.resultsNone, '', '', '']);
    links.push('');
  }
  return { values, links };
}

/**
 * Rewrites the results sheet. Text columns are formatted as plain text before setValues, so a message or a
 * unit's value starting with = + - @ stays text; the only formulas are the links, built from numbers and A1 refs.
 */
export function writeResults(ss: Spreadsheet, table: ResultsTable): GoogleAppsScript.Spreadsheet.Sheet {
  const { sheet } = ownSheet(ss, TEXT.resultsSheet, TEXT.resultsTitle);
  const n = table.values.length;
  sheet.clear();
  fitRows(sheet, n);
  sheet.getRangeList([`A1:A${n}`, `C1:F${n}`]).setNumberFormat('@');
  sheet.getRange(1, 1, n, RESULTS_COLS).setValues(table.values);
  sheet.getRange(RESULTS_HEAD_ROWS + 1, 2, n - RESULTS_HEAD_ROWS, 1).setFormulas(table.links.map((f) => [f]));
  sheet.getRange(1, 1).setFontWeight('bold').setFontSize(13);
  sheet.getRange(RESULTS_HEAD_ROWS, 1, 1, RESULTS_COLS).setFontWeight('bold').setBackground('#e8f0fe');
  sheet.getRange(RESULTS_HEAD_ROWS + 1, 1, n - RESULTS_HEAD_ROWS, RESULTS_COLS).setVerticalAlignment('top').setWrap(true);
  sheet.setFrozenRows(RESULTS_HEAD_ROWS);
  sheet.setColumnWidth(1, 60).setColumnWidth(2, 60).setColumnWidth(3, 80).setColumnWidth(4, 160).setColumnWidth(5, 460).setColumnWidth(6, 240);
  return sheet;
}

const MARKS_HEAD_ROWS = 2;

/** The cells filled on every sheet, by sheet id, from the hidden record. */
export function readMarks(ss: Spreadsheet): { sheet: GoogleAppsScript.Spreadsheet.Sheet; bySheet: Map<string, MarkEntry[]> } {
  const { sheet, created } = ownSheet(ss, TEXT.marksSheet, TEXT.marksTitle);
  if (created) sheet.hideSheet();
  const bySheet = new Map<string, MarkEntry[]>();
  const rows = sheet.getDataRange().getValues();
  for (const r of rows.slice(MARKS_HEAD_ROWS)) {
    const id = String(r[0] ?? '').trim();
    const m = /^([A-Z]+)(\d+)$/.exec(String(r[1] ?? '').trim());
    if (!id || !m) continue;
    const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const list = bySheet.get(id) ?? [];
    list.push({ row: Number(m[2]), col, original: String(r[2] ?? ''), color: String(r[3] ?? '') });
    bySheet.set(id, list);
  }
  return { sheet, bySheet };
}

export function writeMarks(sheet: GoogleAppsScript.Spreadsheet.Sheet, bySheet: Map<string, MarkEntry[]>): void {
  const rows: string[][] = [
    [TEXT.marksTitle, '', '', ''],
    [...TEXT.marksHeader],
  ];
  for (const [id, entries] of bySheet)
    for (const e of entries) rows.push([id, `${columnLetter(e.col - 1)}${e.row}`, e.original, e.color]);
  sheet.clearContents();
  fitRows(sheet, rows.length);
  const range = sheet.getRange(1, 1, rows.length, 4);
  range.setNumberFormat('@');
  range.setValues(rows);
}

// Writes the aggregation's result tables (“Tổng hợp”, “Thống kê”, “Kiểm tra”) without ever leaving a half-written
// one: each is built complete under a temporary name, then the previous sheet is deleted and the new one renamed.
// The number of Spreadsheet calls depends on the number of tables and columns, never on the rows.
import type { Cell } from '../domain/grid';
import { columnLetter } from '../domain/grid';
import { STATS_SHEET, type Table } from '../domain/report-tables';
import { isDate } from './dates';
import type { OutputRecord } from './job-store';
import { fitRows, freeSheetName } from './read';
import { TEXT } from './texts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Pixels per character of the tables' suggested widths. */
const PX_PER_CHAR = 7;
/** Charts sit right of the statistics tables (which use columns A–H). */
const CHART_COL = 10;

export const CHART_TITLES = { field: 'Số mô hình theo lĩnh vực', unit: 'Số mô hình theo đơn vị' } as const;

/**
 * Values and number formats for one setValues and one setNumberFormats: every string (and every cell of a
 * text column) is plain text “@”, so text from units that starts with = + - @ or looks like a number or a
 * date is stored exactly as written.
 */
export function tableCells(t: Table): { width: number; values: (string | number | boolean | Date)[][]; formats: string[][] } {
  const width = Math.max(1, ...t.rows.map((r) => r.length));
  const text = new Set(t.textColumns);
  const values: (string | number | boolean | Date)[][] = [];
  const formats: string[][] = [];
  for (const row of t.rows) {
    const v: (string | number | boolean | Date)[] = [];
    const f: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell: Cell | undefined = row[c];
      if (cell === null || cell === undefined || cell === '') {
        v.push('');
        f.push(text.has(c) ? '@' : '0');
      } else if (typeof cell === 'number') {
        v.push(cell);
        f.push(Number.isInteger(cell) ? '0' : '0.0##');
      } else if (isDate(cell)) {
        v.push(cell);
        f.push('dd/mm/yyyy');
      } else {
        v.push(typeof cell === 'boolean' ? cell : String(cell));
        f.push('@');
      }
    }
    values.push(v);
    formats.push(f);
  }
  return { width, values, formats };
}

/** 0-based first and last row of the block under the header row that `isHeader` finds (up to a blank row). */
export function blockUnder(rows: Cell[][], isHeader: (r: Cell[]) => boolean): { header: number; last: number } | null {
  const header = rows.findIndex(isHeader);
  if (header < 0) return null;
  let last = header;
  while (last + 1 < rows.length && rows[last + 1].length && rows[last + 1][0] !== null && rows[last + 1][0] !== '') last++;
  return last > header ? { header, last } : null;
}

function addCharts(sheet: Sheet, t: Table): void {
  const a1 = (col: number, b: { header: number; last: number }) => `${columnLetter(col)}${b.header + 1}:${columnLetter(col)}${b.last + 1}`;
  const fields = blockUnder(t.rows, (r) => r[0] === 'Lĩnh vực' && r[1] === 'Số mô hình');
  if (fields) {
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(sheet.getRange(`A${fields.header + 1}:B${fields.last + 1}`))
      .setNumHeaders(1)
      .setPosition(1, CHART_COL, 0, 0)
      .setOption('title', CHART_TITLES.field)
      .setOption('legend', { position: 'none' })
      .build();
    sheet.insertChart(chart);
  }
  const units = blockUnder(t.rows, (r) => r[0] === 'STT' && r[1] === 'Đơn vị');
  if (units) {
    const n = units.last - units.header;
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.BAR)
      .addRange(sheet.getRange(a1(1, units)))
      .addRange(sheet.getRange(a1(3, units)))
      .setNumHeaders(1)
      .setPosition(22, CHART_COL, 0, 0)
      .setOption('title', CHART_TITLES.unit)
      .setOption('legend', { position: 'none' })
      .setOption('height', Math.min(4000, Math.max(300, 80 + 22 * n)))
      .setOption('width', 640)
      .build();
    sheet.insertChart(chart);
  }
}

/** Fills a fresh sheet with a table: formats, values, bold rows, frozen header, widths (and charts for “Thống kê”). */
function fill(sheet: Sheet, t: Table): void {
  const { width, values, formats } = tableCells(t);
  const n = values.length;
  fitRows(sheet, n);
  const maxCols = sheet.getMaxColumns();
  if (maxCols < width) sheet.insertColumnsAfter(maxCols, width - maxCols);
  const range = sheet.getRange(1, 1, n, width);
  range.setNumberFormats(formats); // plain text first, so that no value is ever parsed
  range.setValues(values);
  range.setVerticalAlignment('top');
  const last = columnLetter(width - 1);
  if (t.bold.length) sheet.getRangeList(t.bold.map((r) => `A${r + 1}:${last}${r + 1}`)).setFontWeight('bold');
  if (t.frozen) {
    sheet.setFrozenRows(t.frozen);
    sheet.getRange(1, 1, t.frozen, width).setWrap(true).setVerticalAlignment('middle').setBackground('#e8f0fe');
  }
  t.widths.forEach((w, i) => sheet.setColumnWidth(i + 1, Math.round(w * PX_PER_CHAR)));
  if (t.name === STATS_SHEET) addCharts(sheet, t);
}

/** Our sheet for a table from last time: same id, and still the name we gave it (an officer's renamed copy is theirs). */
export function ourSheet(ss: Spreadsheet, record: OutputRecord, name: string): Sheet | null {
  const r = record[name];
  if (!r) return null;
  const sheet = ss.getSheetById(r.id);
  return sheet && sheet.getName() === r.name ? sheet : null;
}

/**
 * Writes the tables, each replacing our sheet of the same table from the last run. A sheet of that name that is
 * not ours is left alone: ours gets “Tổng hợp (2)”…. Returns the new record of output sheets.
 */
export function writeOutputs(ss: Spreadsheet, tables: Table[], record: OutputRecord): OutputRecord {
  // Leftovers of a run that failed while writing.
  for (const t of tables) {
    const stale = ss.getSheetByName(t.name + TEXT.writingSuffix);
    if (stale) ss.deleteSheet(stale);
  }
  // 1. Build every new sheet completely under its temporary name.
  const built = tables.map((t) => {
    const old = ourSheet(ss, record, t.name);
    const sheet = ss.insertSheet(t.name + TEXT.writingSuffix, old ? old.getIndex() - 1 : ss.getSheets().length);
    fill(sheet, t);
    return { t, old, sheet };
  });
  // 2. Swap: only now is anything of the previous result removed.
  const out: OutputRecord = {};
  for (const { t, old, sheet } of built) {
    const name = old ? old.getName() : freeSheetName(ss, t.name);
    if (old) ss.deleteSheet(old);
    sheet.setName(name);
    out[t.name] = { id: sheet.getSheetId(), name };
  }
  return out;
}

// Writes the aggregation's result tables (“Tổng hợp”, “Thống kê”, “Tình trạng nộp”, “Kiểm tra”) without ever leaving a
// half-written one: each is built complete under a temporary name, then the previous sheet is deleted and the new one
// renamed. Everything it does comes from the table's description (src/domain/table.ts), never from a header's text.
// The number of Spreadsheet calls depends on the number of tables and columns, never on the rows.
import type { Cell } from '../domain/grid';
import { columnLetter } from '../domain/grid';
import { isTextColumn, tableWidth, type Table } from '../domain/table';
import { isDate } from './dates';
import type { OutputRecord } from './job-store';
import { fitRows, freeSheetName } from './read';
import { TEXT } from './texts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Pixels per character of the tables' suggested widths. */
const PX_PER_CHAR = 7;
/** Charts sit right of the statistics tables (which use columns A–I). */
const CHART_COL = 11;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date as text Sheets reads as that day (and time) in the spreadsheet's own zone, whatever its locale: our dates
 * are wall-clock times held as UTC instants, so writing the Date itself would shift it by the zone.
 */
function dateText(d: Date): { text: string; format: string } {
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = d.getUTCHours() || d.getUTCMinutes() || d.getUTCSeconds();
  return time
    ? { text: `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`, format: 'dd/mm/yyyy hh:mm' }
    : { text: day, format: 'dd/mm/yyyy' };
}

/**
 * Values and number formats for one setValues and one setNumberFormats: every string (and every blank cell of a text
 * column) is plain text “@”, so text from units that starts with = + - @ or looks like a number or a date is stored
 * exactly as written; a date is written once as a date (see dateText), and blank cells of a date column the officer
 * fills are formatted as dates.
 */
export function tableCells(t: Table): { width: number; values: (string | number | boolean)[][]; formats: string[][] } {
  const width = tableWidth(t);
  const values: (string | number | boolean)[][] = [];
  const formats: string[][] = [];
  for (const row of t.rows) {
    const v: (string | number | boolean)[] = [];
    const f: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell: Cell | undefined = row[c];
      const col = t.columns[c];
      if (cell === null || cell === undefined || cell === '') {
        v.push('');
        f.push(col?.kind === 'date' ? 'dd/mm/yyyy' : isTextColumn(col) ? '@' : '0');
      } else if (typeof cell === 'number') {
        v.push(cell);
        f.push(Number.isInteger(cell) ? '0' : '0.0##');
      } else if (isDate(cell)) {
        const d = dateText(cell);
        v.push(d.text);
        f.push(d.format);
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

function addCharts(sheet: Sheet, t: Table): void {
  let top = 1;
  for (const c of t.charts) {
    const range = (col: number) => sheet.getRange(c.header + 1, col + 1, c.last - c.header + 1, 1);
    const n = c.last - c.header;
    let builder = sheet
      .newChart()
      .setChartType(c.type === 'bar' ? Charts.ChartType.BAR : Charts.ChartType.COLUMN)
      .addRange(range(c.labels))
      .addRange(range(c.values))
      .setNumHeaders(1)
      .setPosition(top, CHART_COL, 0, 0)
      .setOption('title', c.title)
      .setOption('legend', { position: 'none' });
    if (c.type === 'bar') builder = builder.setOption('height', Math.min(4000, Math.max(300, 80 + 22 * n))).setOption('width', 640);
    sheet.insertChart(builder.build());
    top += 21;
  }
}

/** One rule per column the officer fills in (a drop-down, a date), over every data row: calls by columns, not rows. */
function applyRules(sheet: Sheet, t: Table, rows: number): void {
  if (rows < 1) return;
  t.columns.forEach((col, i) => {
    if (!col.input || (col.kind !== 'choice' && col.kind !== 'date')) return;
    const builder = SpreadsheetApp.newDataValidation();
    const typed = col.kind === 'date' ? builder.requireDate() : builder.requireValueInList([...(col.choices ?? [])], true);
    sheet.getRange(t.frozen + 1, i + 1, rows, 1).setDataValidation(typed.setAllowInvalid(false).setHelpText(col.help ?? '').build());
  });
}

/**
 * Fills a fresh sheet with a table: formats, values, bold rows, the header frozen and filtered, widths, rules on the
 * officer's columns, charts; printed A4 landscape one page wide, the header on every page.
 */
function fill(sheet: Sheet, t: Table): void {
  const { width, values, formats } = tableCells(t);
  const n = values.length;
  fitRows(sheet, n);
  const maxCols = sheet.getMaxColumns();
  if (maxCols < width) sheet.insertColumnsAfter(maxCols, width - maxCols);
  const range = sheet.getRange(1, 1, n, width);
  range.setNumberFormats(formats); // plain text first, so that no value is ever parsed
  range.setValues(values);
  applyRules(sheet, t, n - t.frozen);
  range.setVerticalAlignment('top');
  const last = columnLetter(width - 1);
  if (t.bold.length) sheet.getRangeList(t.bold.map((r) => `A${r + 1}:${last}${r + 1}`)).setFontWeight('bold');
  if (t.frozen) {
    sheet.setFrozenRows(t.frozen);
    sheet.getRange(1, 1, t.frozen, width).setWrap(true).setVerticalAlignment('middle').setBackground('#e8f0fe');
    if (n > t.frozen) sheet.getRange(t.frozen, 1, n - t.frozen + 1, width).createFilter();
  }
  // Long text shown whole: one call for every long-text column's data cells.
  const wrap = t.columns.flatMap((c, i) => (c.wrap && n > t.frozen ? [`${columnLetter(i)}${t.frozen + 1}:${columnLetter(i)}${n}`] : []));
  if (wrap.length) sheet.getRangeList(wrap).setWrap(true);
  t.columns.forEach((c, i) => sheet.setColumnWidth(i + 1, Math.round(c.width * PX_PER_CHAR)));
  addCharts(sheet, t);
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
 * not ours is left alone: ours gets “Tổng hợp (2)”…. The officer's columns get their rules (TableColumn.input).
 * Returns the new record of output sheets.
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

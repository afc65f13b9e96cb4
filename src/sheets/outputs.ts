// Writes the aggregation's result tables (“Tổng hợp”, “Thống kê”, “Kiểm tra”) without ever leaving a half-written
// one: each is built complete under a temporary name, then the previous sheet is deleted and the new one renamed.
// The number of Spreadsheet calls depends on the number of tables and columns, never on the rows.
import type { Config } from '../domain/config';
import type { Cell } from '../domain/grid';
import { columnLetter } from '../domain/grid';
import { KIND_LABEL } from '../domain/kind';
import { dateFromDmy, IMPLEMENTATION_VALUES, MASTER_SHEET, OFFICER_COLUMNS } from '../domain/master';
import { BOARD_SHEET, REVIEW_VALUES, STATS_SHEET, tableWidth, type Table } from '../domain/report-tables';
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
  const width = tableWidth(t);
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

const officerLabel = (key: (typeof OFFICER_COLUMNS)[number]['key']) => OFFICER_COLUMNS.find((c) => c.key === key)!.label;

/** A column the officer fills in: a dropdown of `values`, or a date. */
export interface ColumnRule {
  header: string;
  kind: 'list' | 'date';
  values: string[];
  help: string;
}

/**
 * The officer's columns of “Tổng hợp” (Triển khai, Cấp công nhận from the config's recognition levels, Ngày công
 * nhận, Tập thể/Cá nhân) and the review column “Duyệt” of “Tình trạng nộp”.
 */
export function columnRules(t: Table, config: Config | null): ColumnRule[] {
  const list = (header: string, values: readonly string[]): ColumnRule => ({ header, kind: 'list', values: [...values], help: TEXT.dropdownHelp(values) });
  if (t.name === MASTER_SHEET) {
    const levels = (config?.recognitionLevels ?? []).map((l) => l.label);
    return [
      list(officerLabel('implementation'), IMPLEMENTATION_VALUES),
      ...(levels.length ? [list(officerLabel('level'), levels)] : []),
      { header: officerLabel('recognisedOn'), kind: 'date', values: [], help: TEXT.dateHelp },
      list('Tập thể/Cá nhân', Object.values(KIND_LABEL)),
    ];
  }
  if (t.name === BOARD_SHEET) return [list('Duyệt', REVIEW_VALUES)];
  return [];
}

/** 0-based column of each rule in the table's header row (rules whose column is absent are left out). */
function ruleColumns(t: Table, rules: ColumnRule[]): { rule: ColumnRule; col: number }[] {
  const header = (t.rows[0] ?? []).map((c) => (typeof c === 'string' ? c : ''));
  return rules.map((rule) => ({ rule, col: header.indexOf(rule.header) })).filter((x) => x.col >= 0);
}

/**
 * A date column holds real dates, so that its date rule (and the date picker) works: “15/09/2021” is written as
 * “2021-09-15” into a cell formatted dd/mm/yyyy, which Sheets reads as that day in every locale and time zone.
 * Anything else the officer wrote stays plain text.
 */
function asDates(values: (string | number | boolean | Date)[][], formats: string[][], col: number): void {
  for (let r = 1; r < values.length; r++) {
    const v = values[r][col];
    const iso = typeof v === 'string' ? dateFromDmy(v) : null;
    if (iso) {
      values[r][col] = iso;
      formats[r][col] = 'dd/mm/yyyy';
    } else if (v === '') formats[r][col] = 'dd/mm/yyyy';
  }
}

/** One rule per column, over every data row: the calls depend on the columns, not on the rows. */
function applyRules(sheet: Sheet, rows: number, cols: { rule: ColumnRule; col: number }[]): void {
  if (rows < 1) return;
  for (const { rule, col } of cols) {
    const builder = SpreadsheetApp.newDataValidation();
    const typed = rule.kind === 'date' ? builder.requireDate() : builder.requireValueInList(rule.values, true);
    sheet.getRange(2, col + 1, rows, 1).setDataValidation(typed.setAllowInvalid(false).setHelpText(rule.help).build());
  }
}

/** Fills a fresh sheet with a table: formats, values, bold rows, frozen header, widths (and charts for “Thống kê”). */
function fill(sheet: Sheet, t: Table, config: Config | null): void {
  const { width, values, formats } = tableCells(t);
  const rules = ruleColumns(t, columnRules(t, config));
  for (const { rule, col } of rules) if (rule.kind === 'date') asDates(values, formats, col);
  const n = values.length;
  fitRows(sheet, n);
  const maxCols = sheet.getMaxColumns();
  if (maxCols < width) sheet.insertColumnsAfter(maxCols, width - maxCols);
  const range = sheet.getRange(1, 1, n, width);
  range.setNumberFormats(formats); // plain text first, so that no value is ever parsed
  range.setValues(values);
  applyRules(sheet, n - 1, rules);
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
 * not ours is left alone: ours gets “Tổng hợp (2)”…. The officer's columns get their dropdowns (see columnRules).
 * Returns the new record of output sheets.
 */
export function writeOutputs(ss: Spreadsheet, tables: Table[], record: OutputRecord, config: Config | null = null): OutputRecord {
  // Leftovers of a run that failed while writing.
  for (const t of tables) {
    const stale = ss.getSheetByName(t.name + TEXT.writingSuffix);
    if (stale) ss.deleteSheet(stale);
  }
  // 1. Build every new sheet completely under its temporary name.
  const built = tables.map((t) => {
    const old = ourSheet(ss, record, t.name);
    const sheet = ss.insertSheet(t.name + TEXT.writingSuffix, old ? old.getIndex() - 1 : ss.getSheets().length);
    fill(sheet, t, config);
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

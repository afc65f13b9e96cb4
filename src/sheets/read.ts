// Reads a sheet into the domain's Grid with a fixed number of Spreadsheet calls, whatever its size.
import type { Cell, Grid, Merge } from '../domain/grid';
import { parseA1Range } from '../domain/grid';
import { rebaseDates } from './dates';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Rows searched for the header (the domain looks there too); only their merges are read. */
export const HEADER_AREA_ROWS = 30;

export interface SheetRead {
  grid: Grid;
  /** The data range, A1 to the last used row and column; backgrounds and notes are read and written on it. */
  range: Range;
}

/**
 * One getValues() of the data range, and the merged ranges of the header area only, so the call count does
 * not grow with rows. Dates are re-based on the spreadsheet's wall clock (see dates.ts).
 */
export function readSheet(sheet: Sheet, timeZone: () => string | null, opts: { merges?: boolean } = {}): SheetRead {
  const range = sheet.getDataRange();
  const values = range.getValues() as Cell[][];
  rebaseDates(values, timeZone);
  const rows = values.length;
  const cols = rows ? values[0].length : 0;
  const merges: Merge[] = [];
  const empty = rows === 1 && cols === 1 && values[0][0] === '';
  if (opts.merges !== false && rows && cols && !empty) {
    for (const m of sheet.getRange(1, 1, Math.min(HEADER_AREA_ROWS, rows), cols).getMergedRanges()) {
      const parsed = parseA1Range(m.getA1Notation());
      if (parsed) merges.push(parsed);
    }
  }
  return { grid: { values, merges, sheetName: sheet.getName() }, range };
}

/** Sizes a sheet to exactly `rows` rows: at most one call, whatever the number. */
export function fitRows(sheet: Sheet, rows: number): void {
  const max = sheet.getMaxRows();
  if (max < rows) sheet.insertRowsAfter(max, rows - max);
  else if (max > rows) sheet.deleteRows(rows + 1, max - rows);
}

/**
 * A sheet the add-in owns (results, marks): the one named `name` when it is ours (A1 starts with `marker`)
 * or empty; otherwise a new “name (2)”… so an officer's own sheet of that name is never overwritten.
 */
export function ownSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
  marker: string,
): { sheet: Sheet; created: boolean } {
  for (let i = 1; ; i++) {
    const n = i === 1 ? name : `${name} (${i})`;
    const sheet = ss.getSheetByName(n);
    if (!sheet) return { sheet: ss.insertSheet(n, ss.getSheets().length), created: true };
    const a1 = sheet.getRange(1, 1).getValue();
    if ((typeof a1 === 'string' && a1.startsWith(marker)) || (a1 === '' && sheet.getLastRow() === 0)) return { sheet, created: false };
  }
}

/**
 * Our sheet of that name, or null: the first of `name`, “name (2)”… whose A1 starts with `marker` (an officer's own
 * sheet of that name is passed over), looked for until a name is free.
 */
export function findOwnSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string, marker: string): Sheet | null {
  for (let i = 1; ; i++) {
    const sheet = ss.getSheetByName(i === 1 ? name : `${name} (${i})`);
    if (!sheet) return null;
    const a1 = sheet.getRange(1, 1).getValue();
    if (typeof a1 === 'string' && a1.startsWith(marker)) return sheet;
  }
}

/** A name no sheet has yet: `name`, else “name (2)”, “name (3)”… */
export function freeSheetName(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): string {
  for (let i = 1; ; i++) {
    const n = i === 1 ? name : `${name} (${i})`;
    if (!ss.getSheetByName(n)) return n;
  }
}

// Server side of the “Kết quả kiểm tra” sidebar: open it, give it a sheet's findings (read only, or after a full
// check that marks the cells), and select the cell of a finding the officer clicked.
import { CONFIG_SHEET_NAME } from '../../domain/config-sheet';
import { UserError } from '../errors';
import { TEXT } from '../texts';
import { checkSheet } from '../validate';
import { resultsView, type ResultsView } from './results-view';
import { isCellRef } from './shared';

/** The sidebar's file in build/gas (made by scripts/build.mjs). */
export const SIDEBAR_FILE = 'ResultsSidebar';

export function showResultsSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(TEXT.resultsSheet);
  SpreadsheetApp.getUi().showSidebar(html);
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const sheetById = (ss: Spreadsheet, sheetId: number | null) =>
  sheetId === null || sheetId === undefined ? null : ss.getSheetById(Number(sheetId));

/**
 * The findings of the sheet the sidebar shows (the active sheet at first, or when that one was deleted since);
 * `mark` runs the whole check (fills, notes, results sheet) as the menu does.
 */
export function sheetResults(sheetId: number | null, mark: boolean): ResultsView {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = sheetById(ss, sheetId) ?? ss.getActiveSheet();
  const o = checkSheet(ss, sheet, { mark });
  return resultsView({
    sheetId: sheet.getSheetId(),
    sheet: o.name,
    result: o.result,
    values: o.values,
    checkedAt: o.checkedAt,
    configNote: o.fromSheet ? null : TEXT.defaultConfigUsed(CONFIG_SHEET_NAME),
  });
}

/** Makes a finding's cell the active one, on its sheet. */
export function selectSheetCell(sheetId: number, a1: string): { a1: string } {
  if (!isCellRef(a1)) throw new UserError(TEXT.badCellRef(String(a1)));
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = sheetById(ss, sheetId);
  if (!sheet) throw new UserError(TEXT.sheetGone);
  sheet.getRange(a1).activate();
  return { a1 };
}

// “Thiết lập biểu mẫu”: the “Cấu hình” sheet and a registration sheet in the seed-004 layout.
import type { Config } from '../domain/config';
import { CONFIG_SHEET_NAME } from '../domain/config-sheet';
import { columnLetter, type Merge } from '../domain/grid';
import { presetConfig } from '../domain/presets';
import { FORM_TEXT, registrationLayout, type RegistrationLayout } from '../domain/form-layout';
import { loadConfig, writeConfigSheet } from './config';
import { freeSheetName } from './read';
import { TEXT } from './texts';

/** Rows prepared for units to fill (they may add more). */
export const DATA_ROWS = 30;

// The layout is the domain's, shared with the forms shared on Drive and `dvk forms`.
export { registrationLayout, type RegistrationLayout } from '../domain/form-layout';

const a1 = (m: Merge) => `${columnLetter(m.left)}${m.top + 1}:${columnLetter(m.right)}${m.bottom + 1}`;

function writeRegistrationSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, config: Config): string {
  const L = registrationLayout(config);
  const name = freeSheetName(ss, TEXT.registrationSheet);
  const sheet = ss.insertSheet(name, ss.getSheets().length);
  writeFormSheet(sheet, L, DATA_ROWS);
  sheet.getRange(1, 1).setNote(FORM_TEXT.unitPlaceholderNote);
  sheet.getRange(L.headerRows.first, 1, L.headerRows.last - L.headerRows.first + 1, L.width).protect().setDescription(FORM_TEXT.headerProtection).setWarningOnly(true);
  sheet.activate();
  return name;
}

/**
 * Lays a form out on an empty sheet: plain text where text is typed, titles and merged headers, checkboxes under the
 * marks for `dataRows` rows (and in the completion box, when the form has one), widths, frozen header. The number of
 * calls does not depend on the rows.
 */
export function writeFormSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, L: RegistrationLayout, dataRows: number): void {
  const needCols = L.width - sheet.getMaxColumns();
  if (needCols > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), needCols);
  const needRows = L.firstDataRow + dataRows - 1 - sheet.getMaxRows();
  if (needRows > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needRows);
  const maxRows = sheet.getMaxRows();
  const rowsBelow = maxRows - L.firstDataRow + 1;

  // Plain text for the titles and headers (they come from the config) and the typed columns, before any value is written.
  sheet
    .getRangeList([
      `A1:${columnLetter(L.width - 1)}${L.values.length}`,
      ...L.textCols.map((c) => `${columnLetter(c)}${L.firstDataRow}:${columnLetter(c)}${maxRows}`),
    ])
    .setNumberFormat('@');
  sheet.getRange(1, 1, L.values.length, L.width).setValues(L.values);
  for (const m of L.merges) sheet.getRange(a1(m)).merge();

  sheet.getRange(1, 1).setFontWeight('bold');
  sheet.getRange(2, 1, 2, L.width).setFontWeight('bold').setHorizontalAlignment('center');
  sheet.getRange(2, 1).setFontSize(14);
  const header = sheet.getRange(L.headerRows.first, 1, L.headerRows.last - L.headerRows.first + 1, L.width);
  header.setFontWeight('bold').setHorizontalAlignment('center').setVerticalAlignment('middle').setWrap(true).setBackground('#e8f0fe');
  sheet.getRange(L.headerRows.first, 1, L.headerRows.last - L.headerRows.first + 1 + dataRows, L.width).setBorder(true, true, true, true, true, true);
  sheet.getRange(L.firstDataRow, 1, rowsBelow, L.width).setVerticalAlignment('top').setWrap(true);

  const checkbox = SpreadsheetApp.newDataValidation().requireCheckbox().setAllowInvalid(true).build();
  sheet
    .getRange(L.firstDataRow, L.markCols.first + 1, dataRows, L.markCols.last - L.markCols.first + 1)
    .setDataValidation(checkbox)
    .setHorizontalAlignment('center');
  if (L.doneCell) {
    const done = sheet.getRange(L.doneCell.row, L.doneCell.col);
    done.setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().setAllowInvalid(false).build()).setValue(false).setNote(FORM_TEXT.doneNote);
    sheet.getRange(L.doneCell.row, 1).setFontWeight('bold');
  }

  L.widths.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  sheet.setFrozenRows(L.headerRows.last);
}

export function setup(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const tz = () => ss.getSpreadsheetTimeZone();
  let config: Config;
  let created: boolean;
  if (ss.getSheetByName(CONFIG_SHEET_NAME)) {
    // Keep the officer's config and build the form from it; a bad one stops here with its problems listed.
    config = loadConfig(ss, tz).config;
    created = false;
  } else {
    config = presetConfig()!;
    writeConfigSheet(ss, config);
    created = true;
  }
  const list = writeRegistrationSheet(ss, config);
  const ui = SpreadsheetApp.getUi();
  ui.alert(TEXT.appName, TEXT.setupDone({ created, name: CONFIG_SHEET_NAME }, list), ui.ButtonSet.OK);
}

// “Thiết lập biểu mẫu”: the “Cấu hình” sheet and a registration sheet in the seed-004 layout.
import type { Config } from '../domain/config';
import { CONFIG_SHEET_NAME } from '../domain/config-sheet';
import { columnLetter, type Merge } from '../domain/grid';
import { presetConfig } from '../domain/presets';
import { loadConfig, writeConfigSheet } from './config';
import { freeSheetName } from './read';
import { TEXT } from './texts';

/** Rows prepared for units to fill (they may add more). */
export const DATA_ROWS = 30;

export interface RegistrationLayout {
  /** Rows 1–6: unit line, “DANH SÁCH”, title, blank, two header rows; every row `width` long. */
  values: string[][];
  width: number;
  /** 0-based, inclusive. */
  merges: Merge[];
  headerRows: { first: number; last: number };
  firstDataRow: number;
  /** 0-based columns holding marks (registration type and fields): checkboxes. */
  markCols: { first: number; last: number };
  /** 0-based columns holding text a unit types: plain text format. */
  textCols: number[];
  widths: number[];
}

/** The seed-004 form for a campaign: “Lĩnh vực” merged over one sub-column per field, the campaign's extra columns after it. */
export function registrationLayout(config: Config): RegistrationLayout {
  const h = TEXT.headers;
  const fields = config.fields;
  const extras = config.columns ?? [];
  const fieldStart = 5;
  const extraStart = fieldStart + fields.length;
  const width = extraStart + extras.length;
  const blank = () => Array<string>(width).fill('');
  const top = blank();
  const sub = blank();
  [h.stt, h.name, h.model, h.cont, h.new].forEach((t, i) => (top[i] = t));
  top[fieldStart] = h.fields;
  fields.forEach((f, i) => (sub[fieldStart + i] = f.label));
  extras.forEach((k, i) => (top[extraStart + i] = k.label));
  const row = (text: string) => {
    const r = blank();
    r[0] = text;
    return r;
  };
  const values = [row(TEXT.unitPlaceholder), row(TEXT.listTitle), row(config.title.toLocaleUpperCase('vi')), blank(), top, sub];
  const merges: Merge[] = [
    { top: 0, left: 0, bottom: 0, right: Math.min(width - 1, 3) },
    { top: 1, left: 0, bottom: 1, right: width - 1 },
    { top: 2, left: 0, bottom: 2, right: width - 1 },
  ];
  for (const c of [0, 1, 2, 3, 4]) merges.push({ top: 4, left: c, bottom: 5, right: c });
  if (fields.length > 1) merges.push({ top: 4, left: fieldStart, bottom: 4, right: extraStart - 1 });
  extras.forEach((_, i) => merges.push({ top: 4, left: extraStart + i, bottom: 5, right: extraStart + i }));
  const widths = [45, 240, 240, 85, 85, ...fields.map(() => 95), ...extras.map(() => 200)];
  return {
    values,
    width,
    merges,
    headerRows: { first: 5, last: 6 },
    firstDataRow: 7,
    markCols: { first: 3, last: extraStart - 1 },
    textCols: [1, 2, ...extras.map((_, i) => extraStart + i)],
    widths,
  };
}

const a1 = (m: Merge) => `${columnLetter(m.left)}${m.top + 1}:${columnLetter(m.right)}${m.bottom + 1}`;

function writeRegistrationSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, config: Config): string {
  const L = registrationLayout(config);
  const name = freeSheetName(ss, TEXT.registrationSheet);
  const sheet = ss.insertSheet(name, ss.getSheets().length);
  const needCols = L.width - sheet.getMaxColumns();
  if (needCols > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), needCols);
  const maxRows = sheet.getMaxRows();
  const dataRows = maxRows - L.firstDataRow + 1;

  // Plain text for the titles and headers (they come from the config) and the typed columns, before any value is written.
  sheet
    .getRangeList([
      `A1:${columnLetter(L.width - 1)}${L.values.length}`,
      ...L.textCols.map((c) => `${columnLetter(c)}${L.firstDataRow}:${columnLetter(c)}${maxRows}`),
    ])
    .setNumberFormat('@');
  sheet.getRange(1, 1, L.values.length, L.width).setValues(L.values);
  for (const m of L.merges) sheet.getRange(a1(m)).merge();

  sheet.getRange(1, 1).setFontWeight('bold').setNote(TEXT.unitPlaceholderNote);
  sheet.getRange(2, 1, 2, L.width).setFontWeight('bold').setHorizontalAlignment('center');
  sheet.getRange(2, 1).setFontSize(14);
  const header = sheet.getRange(L.headerRows.first, 1, L.headerRows.last - L.headerRows.first + 1, L.width);
  header.setFontWeight('bold').setHorizontalAlignment('center').setVerticalAlignment('middle').setWrap(true).setBackground('#e8f0fe');
  sheet.getRange(L.headerRows.first, 1, L.headerRows.last - L.headerRows.first + 1 + DATA_ROWS, L.width).setBorder(true, true, true, true, true, true);
  sheet.getRange(L.firstDataRow, 1, dataRows, L.width).setVerticalAlignment('top').setWrap(true);

  const checkbox = SpreadsheetApp.newDataValidation().requireCheckbox().setAllowInvalid(true).build();
  sheet
    .getRange(L.firstDataRow, L.markCols.first + 1, DATA_ROWS, L.markCols.last - L.markCols.first + 1)
    .setDataValidation(checkbox)
    .setHorizontalAlignment('center');

  L.widths.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  sheet.setFrozenRows(L.headerRows.last);
  header.protect().setDescription(TEXT.headerProtection).setWarningOnly(true);
  sheet.activate();
  return name;
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

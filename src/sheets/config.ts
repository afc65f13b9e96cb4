// The campaign config inside the spreadsheet: read from the “Cấu hình” sheet, or the default preset.
import { CONFIG_KEY_LABELS, CONFIG_SHEET_NAME, CONFIG_TABLE_TITLES, CONFIG_WIDTH, configFromGrid, configToGrid } from '../domain/config-sheet';
import { columnLetter } from '../domain/grid';
import type { Config } from '../domain/config';
import { presetConfig } from '../domain/presets';
import { UserError } from './errors';
import { readSheet } from './read';
import { TEXT } from './texts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Columns the “Cấu hình” sheet uses (the domain's widest table). */
const CONFIG_COLS = CONFIG_WIDTH;
/** Spare rows below the tables that are formatted too, for units an officer adds. */
const SPARE_ROWS = 200;

export function loadConfig(ss: Spreadsheet, timeZone: () => string | null): { config: Config; fromSheet: boolean } {
  const sheet = ss.getSheetByName(CONFIG_SHEET_NAME);
  if (!sheet) return { config: presetConfig()!, fromSheet: false };
  const { grid } = readSheet(sheet, timeZone, { merges: false });
  const r = configFromGrid(grid);
  if (!r.ok) throw new UserError(TEXT.badConfig(CONFIG_SHEET_NAME, r.problems.map((p) => p.message)));
  return { config: r.config, fromSheet: true };
}

/** Creates the “Cấu hình” sheet filled from `config`; every cell is plain text so nothing typed is reinterpreted. */
export function writeConfigSheet(ss: Spreadsheet, config: Config): GoogleAppsScript.Spreadsheet.Sheet {
  const rows = configToGrid(config).map((r) => {
    const out = r.map((c) => (c === null ? '' : c));
    while (out.length < CONFIG_COLS) out.push('');
    return out;
  });
  const sheet = ss.insertSheet(CONFIG_SHEET_NAME, 0);
  const height = rows.length + SPARE_ROWS;
  if (sheet.getMaxRows() < height) sheet.insertRowsAfter(sheet.getMaxRows(), height - sheet.getMaxRows());
  sheet.getRange(1, 1, height, CONFIG_COLS).setNumberFormat('@').setVerticalAlignment('top').setWrap(true);
  sheet.getRange(1, 1, rows.length, CONFIG_COLS).setValues(rows);
  // Bold the sheet title, key labels, table titles and column headers.
  const last = columnLetter(CONFIG_COLS - 1);
  const bold: string[] = ['A1'];
  rows.forEach((r, i) => {
    if (CONFIG_KEY_LABELS.includes(String(r[0]))) bold.push(`A${i + 1}`);
    if (CONFIG_TABLE_TITLES.includes(String(r[0])) && r.slice(1).every((c) => c === '')) bold.push(`A${i + 1}:${last}${i + 2}`);
  });
  sheet.getRangeList(bold).setFontWeight('bold');
  sheet.getRange(1, 1).setFontSize(13);
  sheet.setColumnWidth(1, 260).setColumnWidth(2, 260).setColumnWidth(3, 280).setColumnWidths(4, CONFIG_COLS - 3, 110);
  return sheet;
}

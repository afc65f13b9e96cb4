// “Kiểm tra danh sách”: checks a sheet, marks its cells, refreshes the results sheet. Never changes a value.
import { CONFIG_SHEET_NAME } from '../domain/config-sheet';
import type { Cell, Grid } from '../domain/grid';
import type { Config } from '../domain/config';
import { responsesSources } from '../domain/responses';
import type { ListResult } from '../domain/model';
import { validateList } from '../domain/validate';
import { loadConfig } from './config';
import { stamp } from './dates';
import { UserError } from './errors';
import { fillGroups, planMarks } from './marks';
import { readSheet } from './read';
import { readMarks, resultsTable, writeMarks, writeResults } from './results';
import { TEXT } from './texts';
import { COLLECT_TEXT } from './collect/texts';

const OWN_SHEETS = [CONFIG_SHEET_NAME, TEXT.resultsSheet, TEXT.marksSheet, TEXT.jobSheet, COLLECT_TEXT.recordSheet, COLLECT_TEXT.storeSheet];

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What a check found on one sheet, for the sidebar. */
export interface CheckOutcome {
  name: string;
  result: ListResult;
  values: Cell[][];
  /** False when there is no “Cấu hình” sheet and the default preset was used. */
  fromSheet: boolean;
  /** “14:05 ngày 06/07/2021” in the spreadsheet's zone. */
  checkedAt: string;
}

/**
 * Checks one sheet against the config. With `mark`, also fills and notes the cells with findings and rewrites the
 * results sheet, then makes the checked sheet active again; without, it only reads. Never changes a value.
 */
export interface CheckOptions {
  mark: boolean;
  /** The campaign, when the sheet is in another spreadsheet (a unit's form): its “Cấu hình” is the officer's. */
  config?: Config;
  /** The unit the list is known to be from (a form's marker). */
  unit?: string;
  /** Rewrite the results sheet (not in a unit's form). */
  results?: boolean;
}

export function checkSheet(ss: Spreadsheet, sheet: Sheet, opts: CheckOptions): CheckOutcome {
  const name = sheet.getName();
  if (!opts.config && OWN_SHEETS.some((n) => name === n || name.startsWith(`${n} (`))) throw new UserError(TEXT.notAList(name));

  let zone: string | null | undefined;
  const tz = () => (zone === undefined ? (zone = ss.getSpreadsheetTimeZone() || null) : zone);
  const { config, fromSheet } = opts.config ? { config: opts.config, fromSheet: true } : loadConfig(ss, tz);

  // Reads: values (and header merges), backgrounds, notes: one call each, whatever the size.
  const { grid, range } = readSheet(sheet, tz);
  const file = ss.getName();
  const result = responsesResult(grid, config, file, name) ?? validateList(grid, config, opts.unit ? { unit: opts.unit } : { hints: [name, file] });
  const values = grid.values as Cell[][];
  const checkedAt = stamp(new Date(), tz());
  if (!opts.mark) return { name, result, values, fromSheet, checkedAt };

  const backgrounds = range.getBackgrounds();
  const notes = range.getNotes();
  const sheetId = sheet.getSheetId();

  const marks = readMarks(ss);
  const plan = planMarks({ backgrounds, notes, previous: marks.bySheet.get(String(sheetId)) ?? [], findings: result.findings });
  // Writes: fills (only the cells that change, one RangeList per colour) and notes (once), never values.
  for (const g of fillGroups(plan.fills)) sheet.getRangeList(g.ranges).setBackground(g.color);
  range.setNotes(plan.notes);
  marks.bySheet.set(String(sheetId), plan.entries);
  writeMarks(marks.sheet, marks.bySheet);

  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.length - errors;
  if (opts.results !== false) {
    writeResults(
      ss,
      resultsTable({
        findings: result.findings,
        values,
        sheetId,
        subtitle: TEXT.resultsSubtitle(name, result.models.length, errors, warnings, checkedAt),
      }),
    );
    sheet.activate();
  }
  return { name, result, values, fromSheet, checkedAt };
}

/** A Google Form's responses sheet checked as a whole: every unit's list, their findings together (null when not one). */
function responsesResult(grid: Grid, config: Config, file: string, sheet: string): ListResult | null {
  const inputs = responsesSources(grid, { file, sheet }, config, null);
  if (!inputs) return null;
  const lists = inputs.flatMap((i) => (i.kind === 'list' ? [i.result] : []));
  const findings = lists.flatMap((l) => l.findings).sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { unit: null, date: null, header: lists[0]?.header ?? null, models: lists.flatMap((l) => l.models), findings };
}

/** “Kiểm tra danh sách”: checks and marks the active sheet; the sidebar then shows what was found. */
export function validateActiveSheet(): CheckOutcome {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return checkSheet(ss, ss.getActiveSheet(), { mark: true });
}

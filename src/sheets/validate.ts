// “Kiểm tra danh sách”: checks the active sheet, marks its cells, refreshes the results sheet. Never changes a value.
import { CONFIG_SHEET_NAME } from '../domain/config-sheet';
import type { Cell } from '../domain/grid';
import { validateList } from '../domain/validate';
import { loadConfig } from './config';
import { stamp } from './dates';
import { UserError } from './errors';
import { planMarks } from './marks';
import { readSheet } from './read';
import { readMarks, resultsTable, writeMarks, writeResults } from './results';
import { TEXT } from './texts';

const OWN_SHEETS = [CONFIG_SHEET_NAME, TEXT.resultsSheet, TEXT.marksSheet, TEXT.jobSheet];

export function validateActiveSheet(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  const name = sheet.getName();
  if (OWN_SHEETS.some((n) => name === n || name.startsWith(`${n} (`))) throw new UserError(TEXT.notAList(name));

  let zone: string | null | undefined;
  const tz = () => (zone === undefined ? (zone = ss.getSpreadsheetTimeZone() || null) : zone);
  const { config, fromSheet } = loadConfig(ss, tz);

  // Reads: values (and header merges), backgrounds, notes: one call each, whatever the size.
  const { grid, range } = readSheet(sheet, tz);
  const result = validateList(grid, config, { hints: [name, ss.getName()] });
  const backgrounds = range.getBackgrounds();
  const notes = range.getNotes();
  const sheetId = sheet.getSheetId();

  const marks = readMarks(ss);
  const plan = planMarks({ backgrounds, notes, previous: marks.bySheet.get(String(sheetId)) ?? [], findings: result.findings });
  // Writes: backgrounds and notes only (never values), once each.
  range.setBackgrounds(plan.backgrounds);
  range.setNotes(plan.notes);
  marks.bySheet.set(String(sheetId), plan.entries);
  writeMarks(marks.sheet, marks.bySheet);

  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.length - errors;
  writeResults(
    ss,
    resultsTable({
      findings: result.findings,
      values: grid.values as Cell[][],
      sheetId,
      subtitle: TEXT.resultsSubtitle(name, result.models.length, errors, warnings, stamp(new Date(), tz())),
    }),
  );
  sheet.activate();

  const ui = SpreadsheetApp.getUi();
  ui.alert(
    TEXT.appName,
    TEXT.summary({
      sheet: name,
      unit: result.unit?.name ?? null,
      models: result.models.length,
      errors,
      warnings,
      listLevel: result.findings.filter((f) => f.row === null).map((f) => f.message),
      configNote: fromSheet ? null : TEXT.defaultConfigUsed(CONFIG_SHEET_NAME),
    }),
    ui.ButtonSet.OK,
  );
}

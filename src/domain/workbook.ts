// What a workbook gives the aggregation, decided once for both adapters: the sheets an officer sees (the visible
// ones, or all when every one is hidden), each a master list, a Google Form's responses (one list per unit), a unit's
// list, or nothing; the names that may tell the unit (the sheet's and the file's, or with certainty the marker of a
// form made for one unit); and “no usable list” when no sheet holds one.
import type { SourceInput, SourceRef } from './aggregate';
import type { Config } from './config';
import { formDone, readFormMarker, type FormMarker } from './form-marker';
import type { Grid } from './grid';
import { readMasterTable } from './master';
import { responsesSources } from './responses';
import { validateList } from './validate';

export interface WorkbookSheet {
  name: string;
  hidden: boolean;
  grid: Grid;
}

/** The sheets an officer sees: the visible ones, or all when every one is hidden. */
export function visibleSheets<S extends { hidden: boolean }>(sheets: S[]): S[] {
  const visible = sheets.filter((s) => !s.hidden);
  return visible.length ? visible : sheets;
}

/** A file's name as a hint for the unit: “ldld-huyen_yen-mo.xlsx” → “ldld huyen yen mo”. */
export function fileHint(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ');
}

/**
 * What one sheet holds: a master list, the lists of a responses sheet, a unit's list (its header found), or nothing.
 * With the marker of a form made for one unit, the list is that unit's, and a form left blank (not ticked) is
 * `form-blank`: the unit has not submitted.
 */
export function sheetSources(grid: Grid, source: SourceRef, config: Config, hints: string[], modified: number | null, form: FormMarker | null = null): SourceInput[] {
  const master = readMasterTable(grid, config);
  if (master) return [{ kind: 'master', source, rows: master.rows, modified }];
  const responses = responsesSources(grid, source, config, modified);
  if (responses) return responses;
  const result = validateList(grid, config, form ? { unit: form.unit } : { hints });
  if (!result.header) return [];
  if (!form) return [{ kind: 'list', source, result, modified }];
  const done = formDone(grid, form);
  if (!result.models.length && done !== true) return [{ kind: 'form-blank', source, unit: result.unit?.name ?? form.unit }];
  return [{ kind: 'list', source, result, modified, form: { done } }];
}

/** One sheet: a master list, a unit's list (its header found), or null (the first list of a responses sheet). */
export function classifySheet(grid: Grid, source: SourceRef, config: Config, hints: string[], modified: number | null): SourceInput | null {
  return sheetSources(grid, source, config, hints, modified)[0] ?? null;
}

/** Every list and master list of a workbook file (a form's marker read from any sheet, hidden too); `empty` when it holds none. */
export function workbookSources(file: string, sheets: WorkbookSheet[], config: Config, modified: number | null): SourceInput[] {
  const out: SourceInput[] = [];
  const form = readFormMarker(sheets);
  for (const s of visibleSheets(sheets)) out.push(...sheetSources(s.grid, { file, sheet: s.name }, config, [s.name, fileHint(file)], modified, form));
  return out.length ? out : [{ kind: 'empty', source: { file, sheet: null } }];
}

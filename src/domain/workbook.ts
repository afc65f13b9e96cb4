// What a workbook gives the aggregation, decided once for both adapters: the sheets an officer sees (the visible
// ones, or all when every one is hidden), each a master list, a unit's list, or nothing; the names that may tell
// the unit (the sheet's and the file's); and “no usable list” when no sheet holds one.
import type { SourceInput, SourceRef } from './aggregate';
import type { Config } from './config';
import type { Grid } from './grid';
import { readMasterTable } from './master';
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

/** One sheet: a master list, a unit's list (its header found), or null. */
export function classifySheet(grid: Grid, source: SourceRef, config: Config, hints: string[], modified: number | null): SourceInput | null {
  const master = readMasterTable(grid, config);
  if (master) return { kind: 'master', source, rows: master.rows, modified };
  const result = validateList(grid, config, { hints });
  return result.header ? { kind: 'list', source, result, modified } : null;
}

/** Every list and master list of a workbook file; `empty` when it holds none. */
export function workbookSources(file: string, sheets: WorkbookSheet[], config: Config, modified: number | null): SourceInput[] {
  const out: SourceInput[] = [];
  for (const s of visibleSheets(sheets)) {
    const input = classifySheet(s.grid, { file, sheet: s.name }, config, [s.name, fileHint(file)], modified);
    if (input) out.push(input);
  }
  return out.length ? out : [{ kind: 'empty', source: { file, sheet: null } }];
}

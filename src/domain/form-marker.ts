// The marker a form made for one unit carries (a hidden sheet, readable by both adapters' reader: cell values only),
// so that a list that comes back in it is that unit's with certainty, whatever the unit did to the title lines.
import type { Config } from './config';
import { cellText, columnLetter, parseA1Range, type Cell, type Grid } from './grid';
import { readMark } from './reader';
import { foldCompact, foldKey } from './text';
import { detectUnit, type UnitMatch } from './unit';

/** The hidden sheet's name (≤ 31 characters, none Excel forbids). */
export const FORM_MARKER_SHEET = 'Dân vận khéo (mã biểu mẫu)';
/** Its first cell: how the sheet is known as ours. */
export const FORM_MARKER_TITLE = 'Dân vận khéo: mã biểu mẫu của đơn vị. Không sửa, không xóa trang này.';
const VERSION = 'dvk-bieu-mau-1';
const KEYS = { version: 'Phiên bản', unit: 'Đơn vị', campaign: 'Đợt', done: 'Ô hoàn thành', sheet: 'Trang danh sách' } as const;

export interface FormMarker {
  /** The unit the form was made for, as the config names it. */
  unit: string;
  campaign: string;
  /** The sheet holding the list. */
  sheet: string;
  /** The completion tick box (1-based), when the form has one. */
  doneCell: { row: number; col: number } | null;
}

/** The marker sheet's cells: a title, then one key and value per row, all text. */
export function markerCells(m: FormMarker): string[][] {
  return [
    [FORM_MARKER_TITLE, ''],
    [KEYS.version, VERSION],
    [KEYS.unit, m.unit],
    [KEYS.campaign, m.campaign],
    [KEYS.sheet, m.sheet],
    [KEYS.done, m.doneCell ? `${columnLetter(m.doneCell.col - 1)}${m.doneCell.row}` : ''],
  ];
}

/** The marker of a workbook (any of its sheets, hidden or not), or null; a marker naming no unit (a template) is none. */
export function readFormMarker(sheets: readonly { name: string; grid: Grid }[]): FormMarker | null {
  const s = sheets.find((x) => x.name === FORM_MARKER_SHEET && cellText(x.grid.values[0]?.[0]).startsWith(FORM_MARKER_TITLE));
  if (!s) return null;
  const get = (key: string) => {
    const row = s.grid.values.find((r) => foldCompact(cellText(r?.[0])) === foldCompact(key));
    return cellText(row?.[1]);
  };
  if (get(KEYS.version) !== VERSION) return null;
  const unit = get(KEYS.unit);
  if (!unit) return null;
  const done = parseA1Range(get(KEYS.done));
  return {
    unit,
    campaign: get(KEYS.campaign),
    sheet: get(KEYS.sheet),
    doneCell: done ? { row: done.top + 1, col: done.left + 1 } : null,
  };
}

/** Whether the unit ticked “Đã hoàn thành”: null when the form has no such box (an .xlsx form: sending it back is submitting it). */
export function formDone(grid: Grid, marker: FormMarker): boolean | null {
  if (!marker.doneCell) return null;
  const c: Cell | undefined = grid.values[marker.doneCell.row - 1]?.[marker.doneCell.col - 1];
  return readMark(c) === 'yes';
}

/** The unit a marker names, as the config knows it (same folded name first), else as detectUnit tells it. */
export function markerUnit(name: string, config: Config): UnitMatch {
  const exact = config.units.find((u) => foldKey(u.name) === foldKey(name));
  if (exact) return { unit: { name: exact.name, type: exact.type }, configured: exact, placeholder: false };
  const found = detectUnit([name], [], config);
  return found.unit ? found : { unit: { name, type: null }, configured: null, placeholder: false };
}

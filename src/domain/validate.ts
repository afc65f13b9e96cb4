// Validation of one registration list: find the header, read the rows, tell the unit, run the rules.
import { CODES, type Finding } from './codes';
import { registrationDeadline, type Config } from './config';
import { cellText, columnLetter, type Cell, type Grid } from './grid';
import { findHeader } from './header';
import { makeFinding } from './messages';
import type { HeaderMap, ListResult, ListModel } from './model';
import { readRows, unicodeOf, type ParsedRow } from './reader';
import { RULES, type RuleContext } from './rules';
import { detectUnit, titleLines, unitOnDay, type UnitMatch } from './unit';
import { markerUnit } from './form-marker';
import { foldLoose, xmlForbidden, xmlSafe } from './text';

/** What a spreadsheet cell can hold; a longer text is cut, with a finding. */
export const MAX_CELL_TEXT = 32_767;

/**
 * The grid with every text made safe to travel (no character XML forbids, no text longer than a cell holds), and a
 * finding for each cell changed. Rows are copied only when one of their cells changes.
 */
export function cleanGrid(grid: Grid): { grid: Grid; findings: Finding[] } {
  const findings: Finding[] = [];
  let values = grid.values;
  for (let r = 0; r < grid.values.length; r++) {
    const row = grid.values[r];
    let copy: Cell[] | null = null;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string') continue;
      let t = v;
      const bad = xmlForbidden(t);
      if (bad.length) {
        t = xmlSafe(t);
        findings.push(makeFinding('INVALID_CHARACTER', r + 1, columnLetter(c), { characters: bad }));
      }
      if (t.length > MAX_CELL_TEXT) {
        findings.push(makeFinding('VALUE_TOO_LONG', r + 1, columnLetter(c), { length: t.length }));
        t = t.slice(0, MAX_CELL_TEXT);
      }
      if (t === v) continue;
      if (!copy) {
        copy = [...row];
        if (values === grid.values) values = [...grid.values];
        values[r] = copy;
      }
      copy[c] = t;
    }
  }
  return { grid: values === grid.values ? grid : { ...grid, values }, findings };
}

export interface ValidateOptions {
  /** Extra names that may identify the submitting unit when the title lines do not (sheet name, file name). */
  hints?: string[];
  /** Reference date (YYYY-MM-DD) for units' validFrom/validTo; defaults to the registration deadline (registrationDeadline). */
  date?: string;
  /** The unit the list is known to be from (a form's marker, a Google Form answer): the title lines are not asked. */
  unit?: string;
}

export function toModel(r: ParsedRow): ListModel {
  const extra: Record<string, string> = {};
  for (const [k, t] of Object.entries(r.extra)) extra[k] = unicodeOf(t);
  return {
    row: r.row,
    stt: r.stt,
    name: unicodeOf(r.name),
    model: unicodeOf(r.model),
    regType: r.cont === r.new ? null : r.new ? 'new' : 'continue',
    field: r.fieldText ? r.fieldText.code : r.fields.length === 1 ? r.fields[0] : null,
    extra,
    kind: r.kind,
  };
}

/** Findings sorted by row (list-level first), then column, then catalogue order. */
function byPosition(a: Finding, b: Finding): number {
  const ra = a.row ?? 0;
  const rb = b.row ?? 0;
  if (ra !== rb) return ra - rb;
  const ca = a.column ?? '';
  const cb = b.column ?? '';
  if (ca.length !== cb.length) return ca.length - cb.length;
  if (ca !== cb) return ca < cb ? -1 : 1;
  return ORDER.indexOf(a.code) - ORDER.indexOf(b.code);
}

const ORDER = Object.keys(CODES);

export function validateList(input: Grid, config: Config, opts: ValidateOptions = {}): ListResult {
  const { grid, findings: cleaned } = cleanGrid(input);
  const header = findHeader(grid, config);
  if (!header) {
    const unit = opts.unit !== undefined ? markerUnit(opts.unit, config) : detectUnit(titleLines(grid, null), opts.hints ?? [], config);
    return { unit: unit.unit, date: null, header: null, models: [], findings: [makeFinding('HEADER_NOT_FOUND', null, null), ...cleaned] };
  }
  const detected = opts.unit !== undefined ? markerUnit(opts.unit, config) : detectUnit(titleLines(grid, header.firstRow), opts.hints ?? [], config);
  const { rows, footerRow } = readRows(grid, header, config);
  const date = listDate(grid, header.firstRow, footerRow);
  const { match: unit, finding: standing } = unitOnDay(detected, config, date, opts.date ?? registrationDeadline(config));
  const labels: string[] = [];
  const top = grid.values[header.firstRow - 1] ?? [];
  const sub = header.lastRow > header.firstRow ? grid.values[header.lastRow - 1] ?? [] : [];
  for (let c = 0; c < Math.max(top.length, sub.length); c++) labels[c] = (cellText(sub[c]) || cellText(top[c])).replace(/\s+/g, ' ');
  const findings = judgeRows({ config, header, labels, rows, unit }, standing ? [standing, ...cleaned] : cleaned);
  return { unit: unit.unit, date, header, models: rows.map(toModel), findings };
}

/** Every rule over parsed rows, the findings sorted by place (`first`: findings made before, e.g. while reading). */
export function judgeRows(
  input: { config: Config; header: HeaderMap; labels: string[]; rows: ParsedRow[]; unit: UnitMatch },
  first: Finding[] = [],
): Finding[] {
  const findings: Finding[] = [...first];
  const ctx: RuleContext = { ...input, push: (f) => findings.push(f) };
  for (const rule of RULES) rule(ctx);
  findings.sort(byPosition);
  return findings;
}

const DATE_LINE = /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/;

/** The date written in the footer (or, failing that, above the table): “Hoa Lư, ngày 10 tháng 7 năm 2021”. */
export function listDate(grid: Grid, headerFirstRow: number, footerRow: number | null): string | null {
  const rows = [
    ...(footerRow === null ? [] : grid.values.slice(footerRow - 1, footerRow + 9)),
    ...grid.values.slice(0, headerFirstRow - 1),
  ];
  for (const row of rows)
    for (const c of row) {
      if (typeof c !== 'string') continue;
      const m = DATE_LINE.exec(foldLoose(c));
      if (!m) continue;
      const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const dt = new Date(Date.UTC(y, mo - 1, d));
      if (dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d) return dt.toISOString().slice(0, 10);
    }
  return null;
}

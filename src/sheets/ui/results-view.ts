// What the “Kết quả kiểm tra” sidebar shows of a check (plain JSON, through google.script.run), and how the server
// builds it from the domain's result: findings about the whole list, then findings grouped by row in sheet order.
import type { Finding, Severity } from '../../domain/codes';
import { cellText, columnLetter, type Cell } from '../../domain/grid';
import type { ListResult } from '../../domain/model';
import { findingCell } from '../marks';
import { TEXT } from '../texts';

export interface FindingView {
  severity: Severity;
  code: string;
  /** Vietnamese, from the domain's message table. */
  message: string;
  /** The cell the finding points at (“D8”, column A for a whole row); null for the whole list. */
  cell: string | null;
  /** What the unit typed there, as text; '' for a whole row or list. */
  value: string;
}

export interface RowGroup {
  /** The sheet's 1-based row. */
  row: number;
  /** The row's model name, else its collective or person's name; '' when both are blank. */
  title: string;
  findings: FindingView[];
}

export interface ResultsView {
  sheetId: number;
  sheet: string;
  unit: string | null;
  models: number;
  errors: number;
  warnings: number;
  checkedAt: string;
  /** Set when there is no “Cấu hình” sheet and the default campaign was used. */
  configNote: string | null;
  /** Findings about the whole list (quota, unit, deadline…). */
  list: FindingView[];
  rows: RowGroup[];
}

/** A cell as the officer sees it: a checkbox as ticked or not, anything else as its text. */
function valueText(c: Cell | undefined): string {
  return typeof c === 'boolean' ? TEXT.checkbox[String(c) as 'true' | 'false'] : cellText(c);
}

function findingView(f: Finding, values: Cell[][]): FindingView {
  const at = findingCell(f);
  return {
    severity: f.severity,
    code: f.code,
    message: f.message,
    cell: at ? `${columnLetter(at.col - 1)}${at.row}` : null,
    value: at && f.column ? valueText(values[at.row - 1]?.[at.col - 1]) : '',
  };
}

export function resultsView(o: {
  sheetId: number;
  sheet: string;
  result: ListResult;
  values: Cell[][];
  checkedAt: string;
  configNote: string | null;
}): ResultsView {
  const { findings, models } = o.result;
  const titles = new Map(models.map((m) => [m.row, m.model || m.name]));
  const list: FindingView[] = [];
  const byRow = new Map<number, FindingView[]>();
  for (const f of findings) {
    const v = findingView(f, o.values);
    if (f.row === null) list.push(v);
    else byRow.set(f.row, [...(byRow.get(f.row) ?? []), v]);
  }
  const rows = [...byRow.keys()]
    .sort((a, b) => a - b)
    .map((row) => ({ row, title: titles.get(row) ?? '', findings: byRow.get(row)! }));
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    sheetId: o.sheetId,
    sheet: o.sheet,
    unit: o.result.unit?.name ?? null,
    models: models.length,
    errors,
    warnings: findings.length - errors,
    checkedAt: o.checkedAt,
    configNote: o.configNote,
    list,
    rows,
  };
}

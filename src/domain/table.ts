// A result sheet as both adapters write it: rows of cells, and what each column is — its kind (text, number, date, a
// choice among values), whether the officer fills it in (then the writers add a drop-down or a date rule), its width —
// and the charts that go with it. Writers never find a column by its Vietnamese header: renaming a header cannot
// drop a drop-down or a chart.
import type { Cell } from './grid';

export type ColumnKind = 'text' | 'number' | 'date' | 'choice';

export interface TableColumn {
  header: string;
  /** Suggested width, in characters. */
  width: number;
  kind: ColumnKind;
  /** For 'choice': the values offered. */
  choices?: readonly string[];
  /** The officer fills it in: a drop-down ('choice') or a date rule ('date') on every data row. */
  input?: boolean;
  /** The help the rule shows, in Vietnamese. */
  help?: string;
  /** Long text (names, several paragraphs): its data cells wrap, so the row grows and the text is read whole. */
  wrap?: boolean;
}

/** A chart of one block of rows: labels from one column, values from another (0-based rows and columns, inclusive). */
export interface Chart {
  type: 'column' | 'bar';
  title: string;
  /** The block's header row and last row. */
  header: number;
  last: number;
  labels: number;
  values: number;
}

export interface Table {
  name: string;
  rows: Cell[][];
  /** One per column position (a table of sections, as “Thống kê”, describes each position by its main kind). */
  columns: TableColumn[];
  /** 0-based rows to show bold: the header, section titles. */
  bold: number[];
  /** Rows frozen at the top (the header); a table with a frozen header is filtered on it. */
  frozen: number;
  charts: Chart[];
}

/** The number of columns of a table: its longest row (a loop: tables may have 200,000 rows). */
export function tableWidth(t: Pick<Table, 'rows'>): number {
  let width = 1;
  for (const r of t.rows) if (r.length > width) width = r.length;
  return width;
}

/** Whether the cells of a column are text from units or officers (written as plain text, never as formulas). */
export const isTextColumn = (c: TableColumn | undefined) => !c || c.kind === 'text' || c.kind === 'choice';

/** The help of a drop-down and of a date rule (both adapters). */
export const choiceHelp = (values: readonly string[]) => `Chọn một trong: ${values.join('; ')}.`;
export const DATE_HELP = 'Nhập một ngày, ví dụ 15/09/2021 (bấm đúp để chọn trên lịch).';

/** A column the officer fills with one of `choices`. */
export const choiceColumn = (header: string, width: number, choices: readonly string[]): TableColumn => ({
  header,
  width,
  kind: 'choice',
  choices,
  input: true,
  help: choiceHelp(choices),
});

/** An ISO day (YYYY-MM-DD) as a date cell (midnight UTC, the reader's convention); other text stays text. */
export function dateCell(iso: string | null | undefined): Cell {
  if (!iso) return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : iso;
}

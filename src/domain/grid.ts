// The grid of cells both adapters hand to the domain: exceljs rows and Sheets getValues() map to it.

/** A cell value as exceljs and SpreadsheetApp give them; formulas arrive as their computed result. */
export type Cell = string | number | boolean | Date | null;

/** A merged range, 0-based and inclusive. Only the top-left cell holds the value, as in Sheets. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** Row-major values; rows may differ in length. */
  values: Cell[][];
  merges: Merge[];
  /** Sheet (tab) name, used as a hint for the submitting unit. */
  sheetName?: string;
}

export function isBlank(c: Cell | undefined): boolean {
  return c === null || c === undefined || (typeof c === 'string' && c.trim() === '');
}

/** Text of a cell as an officer would read it; NFC, trimmed, inner whitespace kept. */
export function cellText(c: Cell | undefined): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'string') return c.normalize('NFC').trim();
  if (c instanceof Date) return isNaN(c.getTime()) ? '' : c.toISOString().slice(0, 10);
  return String(c);
}

/** Column letters for a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Parses "A1:C3" (or "B2") into a 0-based Merge. */
export function parseA1Range(ref: string): Merge | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const col = (letters: string) =>
    letters.toUpperCase().split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const top = Number(m[2]) - 1;
  const left = col(m[1]);
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? col(m[3]) : left;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

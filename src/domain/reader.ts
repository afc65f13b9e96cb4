// Reads the model rows under the header the way units really fill them: blanks, placeholders, sections, footers.
import type { Config } from './config';
import { cellText, columnLetter, isBlank, type Cell, type Grid } from './grid';
import { detectLegacy, type LegacyEncoding } from './legacy';
import type { HeaderMap } from './model';
import type { Kind } from './kind';
import { foldCompact, foldLoose } from './text';

export type Mark = 'yes' | 'no' | 'odd';

/** A mark cell: x, X, ✓, v, √ or TRUE is a mark; blank, FALSE, “-”, 0 are not; anything else is odd. */
export function readMark(c: Cell | undefined): Mark {
  if (c === null || c === undefined || c === false) return 'no';
  if (c === true) return 'yes';
  if (typeof c === 'number') return c === 0 ? 'no' : 'odd';
  if (c instanceof Date) return 'odd';
  const t = c.trim().toLowerCase();
  if (t === '' || t === '-' || t === '–' || t === '0' || t === 'false' || /^[.…]+$/.test(t)) return 'no';
  if (t === 'x' || t === 'v' || t === '✓' || t === '✔' || t === '√' || t === '☑' || t === '✗' || t === 'true') return 'yes';
  return 'odd';
}

export interface TextCell {
  col: number;
  /** As typed (NFC, trimmed). */
  text: string;
  legacy: { encoding: LegacyEncoding; unicode: string } | null;
}

export interface OddMark {
  col: number;
  value: string;
}

/** One model row before the rules judge it. */
export interface ParsedRow {
  row: number;
  stt: string;
  name: TextCell | null;
  model: TextCell | null;
  cont: boolean;
  new: boolean;
  /** Codes of the marked field columns, in column order. */
  fields: string[];
  /** The “Lĩnh vực” text cell and the code it names (null when unknown), when the list has no field sub-columns. */
  fieldText: { col: number; text: string; code: string | null } | null;
  extra: Record<string, TextCell | null>;
  oddMarks: OddMark[];
  /** The kind column's value, read (null when blank or unclear). */
  kind: Kind | null;
}

/** “Tập thể”, “TT”, “Cá nhân”, “CN” in a kind column. */
export function readKind(c: Cell | undefined): Kind | null {
  const t = foldLoose(cellText(c));
  if (/^(tap the|tt|to chuc)( |$)/.test(t)) return 'tap-the';
  if (/^(ca nhan|cn)( |$)/.test(t)) return 'ca-nhan';
  return null;
}

export function textCell(row: Cell[], col: number | null): TextCell | null {
  if (col === null) return null;
  const text = cellText(row[col]);
  if (!text) return null;
  return { col, text, legacy: typeof row[col] === 'string' ? detectLegacy(text) : null };
}

/** Readable value of a text cell: the Unicode conversion when it was typed in a legacy encoding. */
export function unicodeOf(t: TextCell | null): string {
  return t ? (t.legacy ? t.legacy.unicode : t.text) : '';
}

const PLACEHOLDER = /^[\s.…\-–_]*$/;
const ROMAN_OR_LETTER = /^(?:[ivxlc]+|[a-zđ])[.)]?$/i;
const SECTION_TEXT = /^(?:[IVXLC]+|[A-Z])[.)]\s*\S/;
const SECTION_WORDS = /^(mo hinh )?(tap the|ca nhan)$/;
const FOOTER =
  /^(nguoi lap|thu truong|xac nhan cua|ky ten|ky ghi ro|ky dong dau|tm |kt |noi nhan)|ngay\s+\S*\s*thang\s+\S*\s*nam/;
const TOTAL = /^(tong cong|tong so|cong)( |$)/;

function isColumnNumberRow(row: Cell[]): boolean {
  let n = 0;
  for (const c of row) {
    if (isBlank(c)) continue;
    const t = cellText(c);
    if (!/^\(?\d{1,2}\)?$|^\(?[A-Z]\)?$/.test(t)) return false;
    n++;
  }
  return n >= 3;
}

export interface RowsResult {
  rows: ParsedRow[];
  /** 1-based sheet row where the footer (signature block) starts, if any. */
  footerRow: number | null;
}

const NUMBERED = /^\d+\.?$/;
const STARTS_WITH_DIGIT = /^\d/;
const isSection = (t: string) => SECTION_TEXT.test(t) || SECTION_WORDS.test(foldLoose(t));

/** The rows under the header. Runs once per row of lists of any length: no closure, array or regex is made per row. */
export function readRows(grid: Grid, h: HeaderMap, config: Config): RowsResult {
  const fieldCols = Object.entries(h.fields).sort((a, b) => a[1] - b[1]);
  const fieldByCompact = new Map<string, string>();
  for (const f of config.fields)
    for (const s of [f.code, f.label, ...(f.aliases ?? [])]) fieldByCompact.set(foldCompact(s), f.code);
  const markCols = [h.cont, h.new, ...fieldCols.map(([, c]) => c)].filter((c): c is number => c !== null);
  const textCols = [h.name, h.model, h.fieldText, ...Object.values(h.extra)].filter((c): c is number => c !== null && c !== h.stt);
  const extraCols = Object.entries(h.extra);
  const marks: Mark[] = new Array(markCols.length);
  const rows: ParsedRow[] = [];
  let footerRow: number | null = null;
  let first = true;

  for (let r = h.lastRow; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    if (first && isColumnNumberRow(row)) {
      first = false;
      continue;
    }
    first = false;
    const stt = h.stt === null ? '' : cellText(row[h.stt]);
    let anyMark = false;
    for (let i = 0; i < markCols.length; i++) if ((marks[i] = readMark(row[markCols[i]])) !== 'no') anyMark = true;
    let allTextBlank = true;
    for (let i = 0; i < textCols.length && allTextBlank; i++) if (!PLACEHOLDER.test(cellText(row[textCols[i]]))) allTextBlank = false;
    // Blank, placeholder (“..”) and numbered-but-empty template rows are not models.
    if (!anyMark && allTextBlank && (PLACEHOLDER.test(stt) || NUMBERED.test(stt))) continue;

    if (!STARTS_WITH_DIGIT.test(stt)) {
      const rowTexts = row.map((c) => foldLoose(cellText(c))).filter(Boolean);
      // A total row (“Tổng cộng” with counts under the marks) is not a model.
      if (rowTexts.length && TOTAL.test(rowTexts[0])) continue;
      // The signature block often sits over the mark columns, so it is recognised before any mark is read.
      if (rowTexts.some((t) => FOOTER.test(t))) {
        footerRow = r + 1;
        break;
      }
    }
    const name = textCell(row, h.name);
    const model = textCell(row, h.model);
    // Section rows (“I. Tập thể”, “II. Cá nhân”, “A”) group the models; they are not models.
    if (!anyMark && !model && (ROMAN_OR_LETTER.test(stt) || isSection(stt) || (!stt && name && isSection(name.text)))) continue;

    const oddMarks: OddMark[] = [];
    for (let i = 0; i < markCols.length; i++) if (marks[i] === 'odd') oddMarks.push({ col: markCols[i], value: cellText(row[markCols[i]]) });
    const markOf = (c: number | null) => (c === null ? 'no' : marks[markCols.indexOf(c)] ?? readMark(row[c]));
    let fieldText: ParsedRow['fieldText'] = null;
    if (h.fieldText !== null) {
      const t = textCell(row, h.fieldText);
      if (t) fieldText = { col: t.col, text: t.text, code: fieldByCompact.get(foldCompact(unicodeOf(t))) ?? null };
    }
    const extra: ParsedRow['extra'] = {};
    for (let i = 0; i < extraCols.length; i++) extra[extraCols[i][0]] = textCell(row, extraCols[i][1]);
    const fields: string[] = [];
    for (let i = 0; i < fieldCols.length; i++) if (markOf(fieldCols[i][1]) !== 'no') fields.push(fieldCols[i][0]);
    rows.push({
      row: r + 1,
      stt,
      name,
      model,
      cont: markOf(h.cont) !== 'no',
      new: markOf(h.new) !== 'no',
      fields,
      fieldText,
      extra,
      oddMarks,
      kind: h.kind === null ? null : readKind(row[h.kind]),
    });
  }
  return { rows, footerRow };
}

export { columnLetter };

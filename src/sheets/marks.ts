// Pure planning of the cell marks: undo the previous run's fills and notes, then fill and note each finding,
// leaving the officer's own backgrounds and notes as they were.
import type { Finding } from '../domain/codes';
import { columnLetter, parseA1Range } from '../domain/grid';

export const NOTE_PREFIX = 'Dân vận khéo: ';
/** Light red and light yellow, deliberately not in Sheets' colour palette, so an officer's own fill is not taken for ours. */
export const MARK_COLORS = { error: '#fcd5d2', warning: '#fff0bd' } as const;
export const DEFAULT_BACKGROUND = '#ffffff';

/** A cell the add-in filled: where, what was there before, and what it set. 1-based. */
export interface MarkEntry {
  row: number;
  col: number;
  original: string;
  color: string;
}

/** A cell whose fill changes, 1-based; `color` null is no fill at all (not a white fill). */
export interface FillChange {
  row: number;
  col: number;
  color: string | null;
}

export interface MarkPlan {
  /** The fills as getBackgrounds will read them afterwards ('#ffffff' for no fill). */
  backgrounds: string[][];
  /**
   * Only the cells whose fill changes. getBackgrounds reads '#ffffff' for a cell with no fill and for one filled
   * white alike, and setBackgrounds makes '#ffffff' a real white fill (which hides alternating colours): so the
   * untouched cells are never written, and '#ffffff' is written as null, i.e. no fill.
   */
  fills: FillChange[];
  notes: string[][];
  /** The cells filled this run, to remember for the next. */
  entries: MarkEntry[];
  /** Findings that point at a cell (row, column), each with the 1-based cell it marked. */
  marked: { finding: Finding; row: number; col: number }[];
}

const lower = (s: string) => (s || '').toLowerCase();
const OUR_COLORS = new Set<string>(Object.values(MARK_COLORS));

/** The note without our lines; the officer's own text is kept as written. */
export function stripOurNote(note: string): { note: string; hadOurs: boolean } {
  if (!note || !note.includes(NOTE_PREFIX)) return { note: note ?? '', hadOurs: false };
  const lines = note.split('\n');
  const kept = lines.filter((l) => !l.startsWith(NOTE_PREFIX));
  if (kept.length === lines.length) return { note, hadOurs: false };
  return { note: kept.join('\n').replace(/\s+$/, ''), hadOurs: true };
}

/** The 1-based cell a finding points at: its column, or column A for a finding about the whole row; null for the whole list. */
export function findingCell(f: Finding): { row: number; col: number } | null {
  if (f.row === null || f.row < 1) return null;
  if (!f.column) return { row: f.row, col: 1 };
  const m = parseA1Range(`${f.column}${f.row}`);
  return m ? { row: f.row, col: m.left + 1 } : null;
}

/**
 * Plans the new backgrounds and notes of the checked range (which starts at A1).
 * `previous` are the cells the last run filled on this sheet: each is restored to its original fill
 * only when it still has the colour we set (the officer may have re-coloured it since).
 */
export function planMarks(input: {
  backgrounds: string[][];
  notes: string[][];
  previous: MarkEntry[];
  findings: Finding[];
}): MarkPlan {
  const backgrounds = input.backgrounds.map((r) => [...r]);
  const notes = input.notes.map((r) => [...r]);
  const rows = backgrounds.length;
  const inRange = (r: number, c: number) => r >= 1 && r <= rows && c >= 1 && c <= (backgrounds[r - 1]?.length ?? 0);

  const touched = new Set<string>();
  // 1. Undo the previous run.
  const remembered = new Set<string>();
  for (const e of input.previous) {
    if (!inRange(e.row, e.col)) continue;
    remembered.add(`${e.row},${e.col}`);
    if (lower(backgrounds[e.row - 1][e.col - 1]) === lower(e.color)) {
      backgrounds[e.row - 1][e.col - 1] = e.original || DEFAULT_BACKGROUND;
      touched.add(`${e.row},${e.col}`);
    }
  }
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < notes[r].length; c++) {
      const { note, hadOurs } = stripOurNote(notes[r][c]);
      if (!hadOurs) continue;
      notes[r][c] = note;
      // Our fill with our note but no record (rows moved, or the record was lost): back to no fill.
      if (!remembered.has(`${r + 1},${c + 1}`) && OUR_COLORS.has(lower(backgrounds[r][c]))) {
        backgrounds[r][c] = DEFAULT_BACKGROUND;
        touched.add(`${r + 1},${c + 1}`);
      }
    }

  // 2. Mark this run's findings: one note per cell, an error's colour wins over a warning's.
  const byCell = new Map<string, { row: number; col: number; error: boolean; messages: string[] }>();
  const marked: MarkPlan['marked'] = [];
  for (const f of input.findings) {
    const cell = findingCell(f);
    if (!cell || !inRange(cell.row, cell.col)) continue;
    marked.push({ finding: f, ...cell });
    const key = `${cell.row},${cell.col}`;
    const m = byCell.get(key) ?? { ...cell, error: false, messages: [] };
    m.error ||= f.severity === 'error';
    const text = f.message.replace(/\s*\n\s*/g, ' ');
    if (!m.messages.includes(text)) m.messages.push(text);
    byCell.set(key, m);
  }
  const entries: MarkEntry[] = [];
  for (const m of byCell.values()) {
    const r = m.row - 1;
    const c = m.col - 1;
    const color = m.error ? MARK_COLORS.error : MARK_COLORS.warning;
    entries.push({ row: m.row, col: m.col, original: backgrounds[r][c] || DEFAULT_BACKGROUND, color });
    backgrounds[r][c] = color;
    touched.add(`${m.row},${m.col}`);
    const ours = m.messages.map((t) => NOTE_PREFIX + t).join('\n');
    notes[r][c] = notes[r][c] ? `${notes[r][c]}\n\n${ours}` : ours;
  }
  // 3. Write only what differs from what was read: a cell marked again with the same colour is left alone.
  const fills: FillChange[] = [];
  for (const key of touched) {
    const [row, col] = key.split(',').map(Number);
    const now = backgrounds[row - 1][col - 1];
    if (lower(now) === lower(input.backgrounds[row - 1][col - 1])) continue;
    fills.push({ row, col, color: lower(now) === DEFAULT_BACKGROUND ? null : now });
  }
  fills.sort((a, b) => a.col - b.col || a.row - b.row);
  return { backgrounds, fills, notes, entries, marked };
}

/**
 * The changes as A1 ranges grouped by colour (null: no fill), neighbouring cells of a column joined
 * (“C7:C9”): one RangeList per colour, so the calls do not grow with the rows.
 */
export function fillGroups(fills: FillChange[]): { color: string | null; ranges: string[] }[] {
  const byColor = new Map<string | null, string[]>();
  const sorted = [...fills].sort((a, b) => a.col - b.col || a.row - b.row);
  let run: { col: number; top: number; bottom: number; color: string | null } | null = null;
  const flush = () => {
    if (!run) return;
    const col = columnLetter(run.col - 1);
    const a1 = run.top === run.bottom ? `${col}${run.top}` : `${col}${run.top}:${col}${run.bottom}`;
    byColor.set(run.color, [...(byColor.get(run.color) ?? []), a1]);
  };
  for (const f of sorted) {
    if (run && run.col === f.col && run.bottom + 1 === f.row && run.color === f.color) run.bottom = f.row;
    else {
      flush();
      run = { col: f.col, top: f.row, bottom: f.row, color: f.color };
    }
  }
  flush();
  return [...byColor].map(([color, ranges]) => ({ color, ranges }));
}

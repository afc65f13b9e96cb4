// Planning the cell marks: our fills and notes come and go, the officer's own stay.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/domain/codes';
import { DEFAULT_BACKGROUND, fillGroups, findingCell, MARK_COLORS, NOTE_PREFIX, planMarks, stripOurNote } from '../../src/sheets/marks';

const W = DEFAULT_BACKGROUND;
const RED = MARK_COLORS.error;
const YELLOW = MARK_COLORS.warning;
const grid = <T>(rows: number, cols: number, v: T): T[][] => Array.from({ length: rows }, () => Array<T>(cols).fill(v));
const f = (code: Finding['code'], severity: Finding['severity'], row: number | null, column: string | null, message = `${code} message`): Finding =>
  ({
  code,
  severity,
  row,
  column,
  message,
  params: {},
  }) as Finding;

describe('findingCell', () => {
  it.each([
    [f('MISSING_NAME', 'error', 12, 'B'), { row: 12, col: 2 }],
    [f('MISSING_NAME', 'error', 3, 'AA'), { row: 3, col: 27 }],
    [f('REG_TYPE_NONE', 'error', 9, null), { row: 9, col: 1 }],
    [f('QUOTA_OVER', 'error', null, null), null],
  ])('%o → %o', (finding, cell) => expect(findingCell(finding)).toEqual(cell));
});

describe('stripOurNote', () => {
  it.each([
    ['', '', false],
    ['Ghi chú của cán bộ', 'Ghi chú của cán bộ', false],
    [`${NOTE_PREFIX}Thiếu tên mô hình.`, '', true],
    [`${NOTE_PREFIX}A\n${NOTE_PREFIX}B`, '', true],
    [`Đã gọi điện\n\n${NOTE_PREFIX}Thiếu tên mô hình.`, 'Đã gọi điện', true],
    [`Dòng 1\nDòng 2\n\n${NOTE_PREFIX}X\nthêm ý của cán bộ`, 'Dòng 1\nDòng 2\n\nthêm ý của cán bộ', true],
    ['Nhắc: Dân vận khéo: không phải của công cụ', 'Nhắc: Dân vận khéo: không phải của công cụ', false],
  ])('%j → %j', (note, kept, hadOurs) => expect(stripOurNote(note)).toEqual({ note: kept, hadOurs }));
});

describe('planMarks', () => {
  it('fills each finding cell (error over warning), joins its messages into one note, and records the original fill', () => {
    const backgrounds = grid(3, 3, W);
    backgrounds[1][2] = '#b7e1cd';
    const notes = grid(3, 3, '');
    notes[1][2] = 'Của cán bộ';
    const p = planMarks({
      backgrounds,
      notes,
      previous: [],
      findings: [
        f('INVALID_MARK', 'warning', 2, 'C', 'odd'),
        f('REG_TYPE_BOTH', 'error', 2, 'C', 'both'),
        f('REG_TYPE_BOTH', 'error', 2, 'C', 'both'),
        f('FIELD_NONE', 'error', 3, null, 'line\nbreak'),
        f('QUOTA_OVER', 'error', null, null),
        f('MISSING_NAME', 'error', 40, 'B'), // outside the range: not marked
      ],
    });
    expect(p.backgrounds).toEqual([
      [W, W, W],
      [W, W, RED],
      [RED, W, W],
    ]);
    expect(p.notes[1][2]).toBe(`Của cán bộ\n\n${NOTE_PREFIX}odd\n${NOTE_PREFIX}both`);
    expect(p.notes[2][0]).toBe(`${NOTE_PREFIX}line break`);
    expect(p.entries).toEqual([
      { row: 2, col: 3, original: '#b7e1cd', color: RED },
      { row: 3, col: 1, original: W, color: RED },
    ]);
    expect(p.marked.map((m) => [m.row, m.col])).toEqual([[2, 3], [2, 3], [2, 3], [3, 1]]);
    expect(backgrounds[1][2]).toBe('#b7e1cd'); // inputs are not mutated
  });

  it('restores a remembered cell only while it still has our colour', () => {
    const backgrounds = [[RED, '#c9daf8', YELLOW]];
    const notes = [[`${NOTE_PREFIX}a`, `${NOTE_PREFIX}b`, `Của cán bộ\n\n${NOTE_PREFIX}c`]];
    const p = planMarks({
      backgrounds,
      notes,
      previous: [
        { row: 1, col: 1, original: '#00ff00', color: RED },
        { row: 1, col: 2, original: W, color: YELLOW }, // re-coloured by the officer since
        { row: 1, col: 3, original: W, color: YELLOW },
        { row: 9, col: 9, original: W, color: RED }, // rows deleted since: ignored
      ],
      findings: [],
    });
    expect(p.backgrounds).toEqual([['#00ff00', '#c9daf8', W]]);
    expect(p.notes).toEqual([['', '', 'Của cán bộ']]);
    expect(p.entries).toEqual([]);
  });

  it('without a record, resets only cells that have both our colour and our note', () => {
    const p = planMarks({
      backgrounds: [[RED, RED, YELLOW]],
      notes: [[`${NOTE_PREFIX}a`, 'Tô đỏ có chủ ý', '']],
      previous: [],
      findings: [],
    });
    expect(p.backgrounds).toEqual([[W, RED, YELLOW]]);
    expect(p.notes).toEqual([['', 'Tô đỏ có chủ ý', '']]);
  });

  it('marking the same cell again records the officer’s fill, not ours', () => {
    const first = planMarks({ backgrounds: [['#b7e1cd']], notes: [['']], previous: [], findings: [f('MISSING_NAME', 'error', 1, 'A')] });
    const second = planMarks({ backgrounds: first.backgrounds, notes: first.notes, previous: first.entries, findings: [f('MISSING_NAME', 'error', 1, 'A')] });
    expect(second.entries).toEqual([{ row: 1, col: 1, original: '#b7e1cd', color: RED }]);
    expect(second.notes).toEqual(first.notes);
    const third = planMarks({ backgrounds: second.backgrounds, notes: second.notes, previous: second.entries, findings: [] });
    expect(third.backgrounds).toEqual([['#b7e1cd']]);
    expect(third.notes).toEqual([['']]);
  });

  it('lists only the cells whose fill changes; no fill is written as null, never as white', () => {
    const first = planMarks({ backgrounds: grid(3, 2, W), notes: grid(3, 2, ''), previous: [], findings: [f('MISSING_NAME', 'error', 2, 'B'), f('INVALID_MARK', 'warning', 3, 'A')] });
    expect(first.fills).toEqual([
      { row: 3, col: 1, color: YELLOW },
      { row: 2, col: 2, color: RED },
    ]);
    // Marked again: nothing to write. Fixed: back to no fill (null), the other cells untouched.
    const again = planMarks({ backgrounds: first.backgrounds, notes: first.notes, previous: first.entries, findings: [f('MISSING_NAME', 'error', 2, 'B'), f('INVALID_MARK', 'warning', 3, 'A')] });
    expect(again.fills).toEqual([]);
    const fixed = planMarks({ backgrounds: again.backgrounds, notes: again.notes, previous: again.entries, findings: [f('MISSING_NAME', 'error', 2, 'B')] });
    expect(fixed.fills).toEqual([{ row: 3, col: 1, color: null }]);
    // The officer's own colour comes back as that colour; lost records still clear our marked cells to no fill.
    const own = planMarks({ backgrounds: [['#b7e1cd']], notes: [['']], previous: [], findings: [f('MISSING_NAME', 'error', 1, 'A')] });
    expect(planMarks({ backgrounds: own.backgrounds, notes: own.notes, previous: own.entries, findings: [] }).fills).toEqual([{ row: 1, col: 1, color: '#b7e1cd' }]);
    expect(planMarks({ backgrounds: own.backgrounds, notes: own.notes, previous: [], findings: [] }).fills).toEqual([{ row: 1, col: 1, color: null }]);
  });
});

describe('fillGroups', () => {
  it('groups the changes by colour, joining neighbouring cells of a column', () => {
    expect(
      fillGroups([
        { row: 7, col: 3, color: RED },
        { row: 8, col: 3, color: RED },
        { row: 9, col: 3, color: RED },
        { row: 11, col: 3, color: RED },
        { row: 10, col: 3, color: YELLOW },
        { row: 12, col: 3, color: null },
        { row: 8, col: 4, color: RED },
        { row: 9, col: 28, color: null },
      ]),
    ).toEqual([
      { color: RED, ranges: ['C7:C9', 'C11', 'D8'] },
      { color: YELLOW, ranges: ['C10'] },
      { color: null, ranges: ['C12', 'AB9'] },
    ]);
    expect(fillGroups([])).toEqual([]);
  });
});

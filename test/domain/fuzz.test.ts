// Random grids through the reader and rules: never a crash, always well-formed findings, the grid untouched.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/domain/codes';
import type { Cell, Grid } from '../../src/domain/grid';
import { presetConfig } from '../../src/domain/presets';
import { validateList } from '../../src/domain/validate';
import { SEED_SUB, SEED_TOP, seedGrid } from './grids';

const WORDS = [
  ...SEED_TOP.filter(Boolean),
  ...SEED_SUB.filter(Boolean),
  'TT', 'Ghi chú', 'Tiếp tục ĐK', 'Đăng ký mới', 'VH - XH', 'AN - QP', 'XD HTCT',
  'x', 'X', '✓', 'v', 'có', '..', '…', '-', 'I.', 'Tổng cộng', 'Người lập biểu', 'ngày 10 tháng 7 năm 2021',
  'LĐLĐ HUYỆN HOA LƯ', 'Công đoàn ngành Y tế', 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN (TP), CÔNG ĐOÀN NGÀNH.....',
  'M« h×nh d©n vËn khÐo', 'Daân vaän kheùo', '=SUM(A1)', '<img src=x onerror=alert(1)>', 'Dân vận khéo'.normalize('NFD'),
];

const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 50 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
);

const grid: fc.Arbitrary<Grid> = fc
  .record({
    values: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 40 }),
    merges: fc.array(
      fc.record({ top: fc.nat(35), left: fc.nat(9), h: fc.nat(2), w: fc.nat(3) }).map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
      { maxLength: 6 },
    ),
  })
  .map((g) => g);

/** Grids that start as the real form, with random rows under it: the rules run on most of them. */
const formGrid: fc.Arbitrary<Grid> = fc.array(fc.array(cell, { minLength: 8, maxLength: 8 }), { maxLength: 30 }).map((rows) =>
  seedGrid(
    'LĐLĐ HUYỆN HOA LƯ',
    rows.map(([stt, name, model, cont, neu, ...fields]) => ({ stt, name, model, cont, new: neu, fields: fields as [Cell, Cell, Cell] })),
  ),
);

const config = presetConfig()!;

function wellFormed(g: Grid) {
  const before = structuredClone(g);
  const r = validateList(g, config);
  expect(g).toEqual(before);
  for (const f of r.findings) {
    expect(CODES[f.code]).toBe(f.severity);
    expect(f.message.length).toBeGreaterThan(5);
    expect(f.message).not.toMatch(/undefined|NaN|\[object/);
    if (f.row !== null) {
      expect(f.row).toBeGreaterThanOrEqual(1);
      expect(f.row).toBeLessThanOrEqual(g.values.length);
    }
    if (f.column !== null) expect(f.column).toMatch(/^[A-Z]{1,2}$/);
  }
  for (const m of r.models) expect(r.header && m.row > r.header.lastRow).toBe(true);
  return r;
}

describe('fuzz', () => {
  it('random grids never crash the reader and rules', () => {
    fc.assert(fc.property(grid, (g) => void wellFormed(g)), { numRuns: 400, seed: 20211506 });
  });

  it('random rows under a real header give well-formed findings', () => {
    let withModels = 0;
    fc.assert(
      fc.property(formGrid, (g) => {
        const r = wellFormed(g);
        expect(r.header).not.toBeNull();
        if (r.models.length) withModels++;
      }),
      { numRuns: 400, seed: 7 },
    );
    expect(withModels).toBeGreaterThan(100);
  });
});

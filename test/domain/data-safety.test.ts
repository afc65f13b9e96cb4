// Issue 9 §2–§4 in the core: officer values stay on their model or are listed; the officer's own columns and
// corrections survive; latest wins also when a master lies among the sources. One block per class of failure.
import { describe, expect, it } from 'vitest';
import { aggregate, type Aggregate, type SourceInput } from '../../src/domain/aggregate';
import type { Cell, Grid } from '../../src/domain/grid';
import { readMasterTable } from '../../src/domain/master';
import { presetConfig } from '../../src/domain/presets';
import { masterTable } from '../../src/domain/master';
import { dice, planRenames, RENAME_THRESHOLD, renameScore } from '../../src/domain/similarity';
import { validateList } from '../../src/domain/validate';
import { ok, seedGrid, type FormRow } from './grids';

const config = presetConfig()!;
const HL = 'LĐLĐ HUYỆN HOA LƯ';
const HL_NAME = 'Liên đoàn Lao động huyện Hoa Lư';

function list(file: string, rows: FormRow[], opts: { date?: string; modified?: number } = {}): SourceInput {
  const g = seedGrid(HL, rows);
  if (opts.date) {
    const [y, m, d] = opts.date.split('-').map(Number);
    g.values.push([], [null, null, null, `Hoa Lư, ngày ${d} tháng ${m} năm ${y}`]);
  }
  return { kind: 'list', source: { file, sheet: 'Sheet1' }, result: validateList(g, config), modified: opts.modified ?? null };
}

/** The master as the officer sees it (the real table, round-tripped through a grid), edited by `edit`. */
function officerMaster(agg: Aggregate, edit: (rows: Cell[][], col: (h: string) => number) => void = () => {}): Grid {
  const rows = masterTable(agg, config).rows.map((r) => [...r]);
  edit(rows, (h) => rows[0].indexOf(h));
  return { values: rows, merges: [] };
}

function again(grid: Grid, inputs: SourceInput[]): Aggregate {
  const t = readMasterTable(grid, config)!;
  return aggregate(inputs, config, { previous: { source: { file: 'tong-hop.xlsx', sheet: 'Tổng hợp' }, ...t } });
}

const modelRow = (rows: Cell[][], col: (h: string) => number, model: string) => rows.find((r) => r[col('Tên mô hình hoặc điển hình')] === model)!;

const first = list('hoa-lu.xlsx', [
  ok(1, { name: 'Công đoàn xã Ninh Hải', model: 'Du lịch cộng đồng văn minh' }),
  ok(2, { name: 'Công đoàn Bệnh viện huyện', model: 'Nụ cười thầy thuốc' }),
  ok(3, { name: 'Nguyễn Thị Hường', model: 'Vận động hiến máu' }),
]);
const a1 = aggregate([first], config);

describe('officer values move only to the same model (§3)', () => {
  it('a model replaced by an unrelated one starts blank; the old one is listed with all its values', () => {
    const grid = officerMaster(a1, (rows, col) => {
      const r = modelRow(rows, col, 'Nụ cười thầy thuốc');
      r[col('Cấp công nhận')] = 'Tỉnh';
      r[col('Đề nghị khen thưởng')] = 'Bằng khen';
    });
    // Same collective, an unrelated model: the old rule moved “Tỉnh” and “Bằng khen” onto it.
    const replaced = list('hoa-lu-2.xlsx', [
      ok(1, { name: 'Công đoàn xã Ninh Hải', model: 'Du lịch cộng đồng văn minh' }),
      ok(2, { name: 'Công đoàn Bệnh viện huyện', model: 'Xây dựng bếp ăn bán trú an toàn' }),
      ok(3, { name: 'Nguyễn Thị Hường', model: 'Vận động hiến máu' }),
    ]);
    const a2 = again(grid, [replaced]);
    const m = a2.models.find((x) => x.model === 'Xây dựng bếp ăn bán trú an toàn')!;
    expect(m.officer.level).toBe('');
    expect(m.officer.commendation).toBe('');
    expect(m.codes).not.toContain('MODEL_RENAMED');
    const dropped = a2.findings.find((f) => f.code === 'MODEL_DROPPED')!;
    expect(dropped.message).toContain('“Nụ cười thầy thuốc”');
    expect(dropped.message).toContain('Cấp công nhận: Tỉnh; Đề nghị khen thưởng: Bằng khen');
    // The data of the finding, for programs reading --json: not to be parsed out of the sentence.
    expect(dropped.code === 'MODEL_DROPPED' && dropped.params).toEqual({
      model: 'Nụ cười thầy thuốc',
      collective: 'Công đoàn Bệnh viện huyện',
      officer: { 'Cấp công nhận': 'Tỉnh', 'Đề nghị khen thưởng': 'Bằng khen' },
    });
  });

  it('a renamed model whose name is close keeps its values and is flagged', () => {
    const grid = officerMaster(a1, (rows, col) => (modelRow(rows, col, 'Vận động hiến máu')[col('Triển khai')] = 'Hiệu quả'));
    const renamed = list('hoa-lu-2.xlsx', [ok(3, { name: 'Nguyễn Thị Hường', model: 'Vận động hiến máu tình nguyện' })]);
    const m = again(grid, [renamed]).models.find((x) => x.model === 'Vận động hiến máu tình nguyện')!;
    expect(m.officer.implementation).toBe('Hiệu quả');
    expect(m.codes).toContain('MODEL_RENAMED');
  });

  it('the similarity rule at its boundary: Dice of the syllables ≥ 0.7 for both names', () => {
    expect(RENAME_THRESHOLD).toBe(0.7);
    // 10 syllables each, 7 shared: exactly 0.7 — close.
    const base = 'một hai ba bốn năm sáu bảy tám chín mười';
    const seven = 'một hai ba bốn năm sáu bảy xa gần khác';
    const six = 'một hai ba bốn năm sáu xa gần khác lạ';
    expect(dice(base, seven)).toBe(0.7);
    expect(dice(base, six)).toBe(0.6);
    expect(renameScore({ name: 'Nhóm A', model: base }, { name: 'Nhóm A', model: seven })).toBe(0.85);
    expect(renameScore({ name: 'Nhóm A', model: base }, { name: 'Nhóm A', model: six })).toBeNull();
    // 13 syllables, 9 shared: 0.692… — not close.
    const b13 = 'a b c d e f g h i j k l m';
    expect(dice(b13, 'a b c d e f g h i x y z w')).toBeCloseTo(9 / 13);
    expect(renameScore({ name: 'N', model: b13 }, { name: 'N', model: 'a b c d e f g h i x y z w' })).toBeNull();
    // Diacritics, case and punctuation do not count; the collective's name is held to the same rule.
    expect(dice('Vận động “hiến máu”', 'VAN DONG HIEN MAU')).toBe(1);
    expect(renameScore({ name: 'Công đoàn Trường THCS Yên Mô', model: 'X Y' }, { name: 'Công đoàn Trường THCS thị trấn Yên Mô', model: 'X Y' })).not.toBeNull();
    expect(renameScore({ name: 'Công đoàn xã Ninh Hải', model: 'X Y' }, { name: 'Hội Cựu chiến binh xã', model: 'X Y' })).toBeNull();
  });

  it('two equally close candidates: nothing moves, both are flagged, the old values are listed', () => {
    const grid = officerMaster(a1, (rows, col) => (modelRow(rows, col, 'Vận động hiến máu')[col('Ghi chú')] = 'Đã thẩm định'));
    const twins = list('hoa-lu-2.xlsx', [
      ok(3, { name: 'Nguyễn Thị Hường', model: 'Vận động hiến máu đợt một' }),
      ok(4, { name: 'Nguyễn Thị Hường', model: 'Vận động hiến máu đợt hai' }),
    ]);
    const a2 = again(grid, [twins]);
    for (const m of a2.models.filter((x) => x.name === 'Nguyễn Thị Hường')) {
      expect(m.officer.note).toBe('');
      expect(m.codes).toContain('MODEL_RENAME_AMBIGUOUS');
    }
    const flagged = a2.findings.filter((f) => f.code === 'MODEL_RENAME_AMBIGUOUS');
    expect(flagged).toHaveLength(2);
    expect(flagged[0].message).toContain('Ghi chú: Đã thẩm định');
    // And the reverse: one new model equally close to two old ones.
    const plan = planRenames(
      [
        { name: 'N', model: 'a b c d' },
        { name: 'N', model: 'a b c e' },
      ],
      [{ name: 'N', model: 'a b c' }],
    );
    expect(plan.pairs).toEqual([]);
    expect(plan.ambiguous.map((x) => x.prev.model)).toEqual(['a b c d', 'a b c e']);
  });
});

describe('the master keeps everything the officer added (§2)', () => {
  it("the officer's own columns keep their values on their models and their place", () => {
    const grid = officerMaster(a1, (rows, col) => {
      const at = col('Tên mô hình hoặc điển hình') + 1;
      rows.forEach((r, i) => r.splice(at, 0, i === 0 ? 'Người theo dõi' : `Cán bộ ${i}`));
      rows.forEach((r, i) => r.push(i === 0 ? 'Điểm chấm' : i * 10));
      modelRow(rows, (h) => rows[0].indexOf(h), 'Nụ cười thầy thuốc')[rows[0].length - 1] = new Date(Date.UTC(2021, 8, 1));
    });
    const before = Object.fromEntries(grid.values.slice(1).map((r) => [r[4], [r[5], r[r.length - 1]]]));
    const a2 = again(grid, [first]);
    const t = masterTable(a2, config);
    const head = t.rows[0];
    expect(head[head.indexOf('Tên mô hình hoặc điển hình') + 1]).toBe('Người theo dõi');
    expect(head[head.length - 1]).toBe('Điểm chấm');
    for (const r of t.rows.slice(1)) expect([r[head.indexOf('Người theo dõi')], r[head.indexOf('Điểm chấm')]]).toEqual(before[r[4] as string]);
    // A third run: still there.
    const a3 = again({ values: t.rows, merges: [] }, [first]);
    expect(masterTable(a3, config).rows).toEqual(t.rows);
  });

  it('own columns follow a renamed model, and a dropped model lists them', () => {
    const grid = officerMaster(a1, (rows) => rows.forEach((r, i) => r.push(i === 0 ? 'Số tiền hỗ trợ' : `${i}00.000 đ`)));
    const a2 = again(grid, [list('hoa-lu-2.xlsx', [ok(1, { name: 'Công đoàn xã Ninh Hải', model: 'Du lịch cộng đồng văn minh xanh' })])]);
    expect(a2.models.find((m) => m.model === 'Du lịch cộng đồng văn minh xanh')!.own).toEqual({ 'Số tiền hỗ trợ': '100.000 đ' });
    const dropped = a2.findings.filter((f) => f.code === 'MODEL_DROPPED').map((f) => f.message);
    expect(dropped.some((m) => m.includes('Số tiền hỗ trợ: 200.000 đ'))).toBe(true);
    expect(dropped.some((m) => m.includes('Số tiền hỗ trợ: 300.000 đ'))).toBe(true);
  });

  it("a correction of a list value is kept and reported until the unit sends a new version of that model", () => {
    const grid = officerMaster(a1, (rows, col) => (modelRow(rows, col, 'Nụ cười thầy thuốc')[col('Tên mô hình hoặc điển hình')] = 'Nụ cười thầy thuốc – khoa Nhi'));
    const a2 = again(grid, [first]);
    const kept = a2.models.find((m) => m.name === 'Công đoàn Bệnh viện huyện')!;
    expect(kept.model).toBe('Nụ cười thầy thuốc – khoa Nhi');
    expect(kept.officerEdited).toEqual(['Tên mô hình hoặc điển hình']);
    const f = a2.findings.find((x) => x.code === 'OFFICER_EDIT_KEPT')!;
    expect(f.message).toContain('“Nụ cười thầy thuốc – khoa Nhi”');
    expect(f.message).toContain('“Nụ cười thầy thuốc”');
    expect(f.row).toBe(8);
    // A run later, the same list again: still the officer's value.
    const a3 = again({ values: masterTable(a2, config).rows, merges: [] }, [first]);
    expect(a3.models.find((m) => m.name === 'Công đoàn Bệnh viện huyện')!.model).toBe('Nụ cười thầy thuốc – khoa Nhi');
    // The unit sends a new version of that row (another field): the list wins, the officer's value is listed.
    const resent = list('hoa-lu-3.xlsx', [ok(2, { name: 'Công đoàn Bệnh viện huyện', model: 'Nụ cười thầy thuốc', fields: [null, 'x'] })]);
    const a4 = again({ values: masterTable(a3, config).rows, merges: [] }, [resent]);
    const m = a4.models.find((x) => x.name === 'Công đoàn Bệnh viện huyện')!;
    expect(m.model).toBe('Nụ cười thầy thuốc');
    expect(m.field).toBe('ANQP');
    const r = a4.findings.find((x) => x.code === 'OFFICER_EDIT_REPLACED')!;
    expect(r.message).toContain('“Nụ cười thầy thuốc – khoa Nhi”');
  });

  it('a row of the previous master that is no model is listed, not silently dropped', () => {
    const grid = officerMaster(a1, (rows) => rows.push([null, null, null, null, null, null, null, 'Tổng cộng: 3 mô hình']));
    const f = again(grid, [first]).findings.find((x) => x.code === 'MASTER_ROW_DROPPED')!;
    expect(f.message).toContain('Tổng cộng: 3 mô hình');
    expect(f.row).toBe(5);
  });
});

describe('latest wins, also when a master lies among the sources (§4)', () => {
  const T = Date.UTC(2021, 6, 10, 8);
  const unitList = (file: string, model: string, modified: number, date = '2021-07-10') =>
    list(file, [ok(1, { name: 'Công đoàn xã Ninh Hải', model })], { date, modified });
  /** A master made (later) from `source`: as a source it carries the source's date and time, not its own. */
  const masterOf = (source: SourceInput): SourceInput => {
    const t = readMasterTable({ values: masterTable(aggregate([source], config), config).rows, merges: [] }, config)!;
    return { kind: 'master', source: { file: 'tong-hop-huyen.xlsx', sheet: 'Tổng hợp' }, rows: t.rows, modified: T + 86_400_000 * 30 };
  };
  const winner = (inputs: SourceInput[]) => aggregate(inputs, config).models.filter((m) => m.unit === HL_NAME).map((m) => m.model);

  it('a master never beats the list it was made from', () => {
    const l = unitList('hoa-lu.xlsx', 'Bản gốc', T);
    expect(winner([masterOf(l), l])).toEqual(['Bản gốc']);
    expect(aggregate([masterOf(l), l], config).sources.find((s) => s.file === 'tong-hop-huyen.xlsx')!.superseded).toBe(true);
    expect(aggregate([l, masterOf(l)], config).sources.find((s) => s.file === 'tong-hop-huyen.xlsx')!.superseded).toBe(true);
  });

  it("a unit's own file newer than the master's copy wins (same date line, later file time)", () => {
    const old = unitList('hoa-lu.xlsx', 'Bản cũ', T);
    expect(winner([masterOf(old), unitList('hoa-lu-sua.xlsx', 'Bản sửa', T + 3_600_000)])).toEqual(['Bản sửa']);
    expect(winner([masterOf(old), unitList('hoa-lu-sua.xlsx', 'Bản sửa ngày sau', T - 3_600_000, '2021-07-12')])).toEqual(['Bản sửa ngày sau']);
  });

  it("the master's copy of a later list beats an older file of the unit", () => {
    const later = unitList('hoa-lu-moi.xlsx', 'Bản mới', T + 7_200_000);
    expect(winner([unitList('hoa-lu.xlsx', 'Bản cũ', T), masterOf(later)])).toEqual(['Bản mới']);
  });

  it('the master records where each row came from and when', () => {
    const row = readMasterTable({ values: masterTable(aggregate([unitList('hoa-lu.xlsx', 'Bản gốc', T)], config), config).rows, merges: [] }, config)!.rows[0];
    expect(row.sourceModified).toBe(T);
    expect(row.date).toBe('2021-07-10');
    expect(row.fingerprint).toMatch(/^[0-9a-z]{8,}$/);
  });
});

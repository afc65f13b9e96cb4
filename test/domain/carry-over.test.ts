// Issue 6: officer columns that survive re-aggregation, the submission board, deadlines and the funnel.
import { describe, expect, it } from 'vitest';
import { aggregate, type SourceInput } from '../../src/domain/aggregate';
import type { Grid } from '../../src/domain/grid';
import { readMaster, type MasterSheetRow } from '../../src/domain/master';
import { presetConfig } from '../../src/domain/presets';
import { boardTable, readBoard, statsTable } from '../../src/domain/report-tables';
import { masterTable } from '../../src/domain/master';
import { validateList } from '../../src/domain/validate';
import { ok, seedGrid, type FormRow } from './grids';

const config = presetConfig()!;

function list(file: string, unit: string, rows: FormRow[], date?: string): SourceInput {
  const g = seedGrid(unit, rows);
  if (date) {
    const [y, m, d] = date.split('-').map(Number);
    g.values.push([], [null, null, null, `Ninh Bình, ngày ${d} tháng ${m} năm ${y}`]);
  }
  return { kind: 'list', source: { file, sheet: 'Sheet1' }, result: validateList(g, config), modified: null };
}

const HL = 'LĐLĐ HUYỆN HOA LƯ';
const YM = 'LĐLĐ HUYỆN YÊN MÔ';
const first = [
  list('hoa-lu.xlsx', HL, [
    ok(1, { name: 'Công đoàn xã Ninh Hải', model: 'Du lịch cộng đồng văn minh' }),
    ok(2, { name: 'Nguyễn Thị Hường', model: 'Vận động hiến máu' }),
    ok(3, { name: 'Công đoàn Trường THCS Ninh Giang', model: 'Mỗi tuần một việc làm tốt' }),
  ], '2021-07-10'),
  list('yen-mo.xlsx', YM, [1, 2, 3].map((n) => ok(n, { name: `Công đoàn xã Yên ${n}`, model: `Mô hình Yên ${n}` })), '2021-07-12'),
];

/** The officer fills in their columns on the master, as they would in Excel or Sheets. */
function officerEdits(rows: MasterSheetRow[]): Grid {
  const t = masterTable(aggregate(first, config), config);
  const col = (label: string) => t.rows[0].indexOf(label);
  const set = (model: string, values: Record<string, string>) => {
    const r = t.rows.find((x) => x[col('Tên mô hình hoặc điển hình')] === model)!;
    for (const [k, v] of Object.entries(values)) r[col(k)] = v;
  };
  set('Du lịch cộng đồng văn minh', { 'Triển khai': 'Hiệu quả', 'Cấp công nhận': 'Tỉnh', 'Ngày công nhận': '25/09/2021', 'Đề nghị khen thưởng': 'Bằng khen', 'Ghi chú': 'Điển hình tiêu biểu' });
  set('Vận động hiến máu', { 'Triển khai': 'Hiệu quả', 'Cấp công nhận': 'Cơ sở', 'Tập thể/Cá nhân': 'Cá nhân' });
  set('Mỗi tuần một việc làm tốt', { 'Triển khai': 'Dừng', 'Ghi chú': 'Đơn vị xin dừng' });
  set('Mô hình Yên 1', { 'Triển khai': 'Đang triển khai' });
  void rows;
  return { values: t.rows, merges: [] };
}

describe('carry-over of the officer columns', () => {
  const previousRows = readMaster(officerEdits([]), config)!;
  // Hoa Lư resubmits: model 1 unchanged, model 2 renamed, model 3 dropped, one new model. Yên Mô sends nothing new.
  const second = [
    list('hoa-lu-ban-sua.xlsx', HL, [
      ok(1, { name: 'Công đoàn xã Ninh Hải', model: 'Du lịch cộng đồng văn minh' }),
      ok(2, { name: 'Nguyễn Thị Hường', model: 'Vận động hiến máu tình nguyện' }),
      ok(3, { name: 'Công đoàn Bệnh viện huyện', model: 'Nụ cười thầy thuốc' }),
    ], '2021-07-14'),
  ];
  const agg = aggregate(second, config, { previous: { source: { file: 'tong-hop.xlsx', sheet: 'Tổng hợp' }, rows: previousRows }, asOf: '2021-12-31' });
  const byModel = (m: string) => agg.models.find((x) => x.model === m)!;

  it('keeps every officer value attached to its model (unit + collective + model name)', () => {
    expect(byModel('Du lịch cộng đồng văn minh').officer).toEqual({
      implementation: 'Hiệu quả',
      level: 'Tỉnh',
      recognisedOn: '2021-09-25',
      commendation: 'Bằng khen',
      note: 'Điển hình tiêu biểu',
    });
    expect(byModel('Du lịch cộng đồng văn minh').source.file).toBe('hoa-lu-ban-sua.xlsx');
  });

  it('a renamed model keeps its values and is flagged', () => {
    const m = byModel('Vận động hiến máu tình nguyện');
    expect(m.officer.level).toBe('Cơ sở');
    expect(m.kind).toBe('ca-nhan');
    expect(m.codes).toContain('MODEL_RENAMED');
    const f = agg.findings.find((x) => x.code === 'MODEL_RENAMED')!;
    expect(f.message).toContain('“Vận động hiến máu”');
    expect(f).toMatchObject({ file: 'hoa-lu-ban-sua.xlsx', row: 8 });
  });

  it('a dropped model is flagged with its officer values, never silently removed', () => {
    const f = agg.findings.find((x) => x.code === 'MODEL_DROPPED')!;
    expect(f.message).toBe(
      'Mô hình “Mỗi tuần một việc làm tốt” của “Công đoàn Trường THCS Ninh Giang” có trong bảng tổng hợp trước nhưng không còn trong danh sách mới của đơn vị; dữ liệu cán bộ đã nhập: Triển khai: Dừng; Ghi chú: Đơn vị xin dừng.',
    );
    expect(agg.models.some((m) => m.model === 'Mỗi tuần một việc làm tốt')).toBe(false);
  });

  it('a unit with no new list keeps its previous rows and values', () => {
    expect(byModel('Mô hình Yên 1').officer.implementation).toBe('Đang triển khai');
    expect(agg.summary.byUnit.find((u) => u.unit === 'Liên đoàn Lao động huyện Yên Mô')!.count).toBe(3);
    expect(agg.summary.total).toBe(6);
  });

  it('a second round trip through the master loses nothing', () => {
    const again = readMaster({ values: masterTable(agg, config).rows, merges: [] }, config)!;
    const agg2 = aggregate(second, config, { previous: { source: { file: 'tong-hop.xlsx', sheet: 'Tổng hợp' }, rows: again } });
    expect(agg2.models.map((m) => [m.model, m.officer, m.kind])).toEqual(agg.models.map((m) => [m.model, m.officer, m.kind]));
  });

  it('counts the funnel: registered → effective → recognised (per level) → proposed, by kind and field', () => {
    const f = agg.summary.funnel;
    expect([f.registered, f.effective, f.recognised, f.proposed]).toEqual([6, 2, 2, 1]);
    expect(f.byLevel).toEqual({ tinh: 1, 'co-so': 1 });
    expect(f.byKind['ca-nhan']).toMatchObject({ registered: 1, effective: 1, recognised: 1, proposed: 0 });
    expect(f.byKind['tap-the']).toMatchObject({ registered: 5, effective: 1, recognised: 1, proposed: 1 });
    expect(f.byField['VH-XH'].registered).toBe(6);
    expect(f.byUnit.find((u) => u.unit === 'Liên đoàn Lao động huyện Hoa Lư')).toMatchObject({ registered: 3, recognised: 2 });
    const rows = statsTable(agg, config).rows;
    const total = rows.find((r) => r[0] === 'Tổng số')!;
    expect(total).toEqual(['Tổng số', 6, 2, 2, 1, 0, 1, 1]);
  });
});

describe('the submission board and deadlines', () => {
  it('shows every unit: not sent, sent, to fix, approved; a newer list needs a new review', () => {
    const lists = [
      list('hoa-lu.xlsx', HL, [ok(1), ok(2), ok(3)], '2021-07-10'),
      list('yen-mo.xlsx', YM, [ok(1), ok(2)], '2021-07-12'),
      list('gia-vien.xlsx', 'LĐLĐ HUYỆN GIA VIỄN', [ok(1), ok(2), ok(3)], '2021-07-11'),
    ];
    const a1 = aggregate(lists, config, { asOf: '2021-07-20' });
    const t = boardTable(a1, config);
    const col = (l: string) => t.rows[0].indexOf(l);
    const row = (u: string) => t.rows.find((r) => r[col('Đơn vị')] === u)!;
    expect(row('Liên đoàn Lao động huyện Hoa Lư')[col('Tình trạng')]).toBe('Đã nộp');
    expect(row('Liên đoàn Lao động huyện Yên Mô')[col('Tình trạng')]).toBe('Cần sửa');
    expect(row('Liên đoàn Lao động huyện Kim Sơn')[col('Tình trạng')]).toBe('Chưa nộp');
    expect(row('Liên đoàn Lao động huyện Kim Sơn')[col('Trễ hạn')]).toBe('dang-ky');
    // The officer approves Hoa Lư and Gia Viễn; then Gia Viễn sends a corrected list.
    row('Liên đoàn Lao động huyện Hoa Lư')[col('Duyệt')] = 'Đã duyệt';
    row('Liên đoàn Lao động huyện Gia Viễn')[col('Duyệt')] = 'Đã duyệt';
    const reviews = readBoard({ values: t.rows, merges: [] })!;
    const a2 = aggregate([...lists, list('gia-vien-2.xlsx', 'LĐLĐ HUYỆN GIA VIỄN', [ok(1), ok(2), ok(3)], '2021-07-14')], config, { previousBoard: reviews });
    const status = Object.fromEntries(a2.board.map((b) => [b.unit, b.status]));
    expect(status['Liên đoàn Lao động huyện Hoa Lư']).toBe('approved');
    expect(status['Liên đoàn Lao động huyện Gia Viễn']).toBe('submitted');
  });

  it('late steps: a list dated after the deadline, a recognition after its date', () => {
    const c = { ...config, deadlines: [...config.deadlines!, { key: 'cong-nhan', label: 'Công nhận cơ sở', date: '2021-10-01' }] };
    const rows = readMaster(
      {
        values: masterTable(aggregate([list('hoa-lu.xlsx', HL, [ok(1), ok(2), ok(3)], '2021-07-16')], c), c).rows.map((r, i) =>
          i === 1 ? r.map((v, j) => (j === 15 ? '05/10/2021' : j === 14 ? 'Cơ sở' : v)) : r,
        ),
        merges: [],
      },
      c,
    )!;
    const a = aggregate([], c, { previous: { source: { file: 'th.xlsx', sheet: 'Tổng hợp' }, rows } });
    expect(a.summary.byUnit.find((u) => u.unit === 'Liên đoàn Lao động huyện Hoa Lư')!.lateSteps).toEqual(['dang-ky', 'cong-nhan']);
  });
});

describe('a review is about one version of a list', () => {
  it('a corrected list on the same tab, with no date, needs a new review', () => {
    const first = [list('so-lieu.xlsx', HL, [ok(1), ok(2), ok(3)])];
    const a1 = aggregate(first, config);
    const t = boardTable(a1, config);
    const col = (l: string) => t.rows[0].indexOf(l);
    t.rows.find((r) => r[col('Đơn vị')] === 'Liên đoàn Lao động huyện Hoa Lư')![col('Duyệt')] = 'Đã duyệt';
    const reviews = readBoard({ values: t.rows, merges: [] })!;
    const same = aggregate(first, config, { previousBoard: reviews });
    expect(same.board.find((b) => b.unit === 'Liên đoàn Lao động huyện Hoa Lư')!.status).toBe('approved');
    const changed = aggregate([list('so-lieu.xlsx', HL, [ok(1), ok(2), ok(3, { model: 'Mô hình đã sửa' })])], config, { previousBoard: reviews });
    const b = changed.board.find((x) => x.unit === 'Liên đoàn Lao động huyện Hoa Lư')!;
    expect(b.status).toBe('submitted');
    expect(b.review).toBe('');
  });
});

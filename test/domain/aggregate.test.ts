import { describe, expect, it } from 'vitest';
import { aggregate, type SourceInput } from '../../src/domain/aggregate';
import type { Grid } from '../../src/domain/grid';
import { readMaster } from '../../src/domain/master';
import { presetConfig } from '../../src/domain/presets';
import { aggregateTables, checksTable, statsTable } from '../../src/domain/report-tables';
import { masterTable } from '../../src/domain/master';
import { validateList } from '../../src/domain/validate';
import { ok, seedGrid, type FormRow } from './grids';

const config = presetConfig()!;

function list(file: string, unit: string, rows: FormRow[], opts: { date?: string; modified?: number } = {}): SourceInput {
  const g = seedGrid(unit, rows);
  if (opts.date) {
    const [y, m, d] = opts.date.split('-').map(Number);
    g.values.push([], [null, null, null, `Ninh Bình, ngày ${d} tháng ${m} năm ${y}`]);
  }
  const result = validateList(g, config, { hints: [file] });
  return { kind: 'list', source: { file, sheet: 'Sheet1' }, result, modified: opts.modified ?? null };
}

const three = (prefix: string) => [1, 2, 3].map((n) => ok(n, { name: `${prefix} ${n}`, model: `Mô hình ${prefix} ${n}` }));

describe('aggregate', () => {
  const inputs: SourceInput[] = [
    list('hoa-lu.xlsx', 'LĐLĐ HUYỆN HOA LƯ', three('HL'), { date: '2021-07-10' }),
    list('yen-mo.xlsx', 'LĐLĐ HUYỆN YÊN MÔ', three('YM').slice(0, 2)),
    list('y-te.xlsx', 'CÔNG ĐOÀN NGÀNH Y TẾ', [...three('YT'), ok(4, { name: 'HL 1', model: 'Mô hình HL 1', new: null, cont: 'x', fields: [null, 'x'] })], { date: '2021-07-20' }),
    list('gia-vien.xlsx', 'LĐLĐ HUYỆN GIA VIỄN', [ok(1, { cont: 'x' }), ...three('GV').slice(1)], { date: '2021-07-01' }),
    list('gia-vien-ban-sua.xlsx', 'LĐLĐ HUYỆN GIA VIỄN', three('GV'), { date: '2021-07-12' }),
    { kind: 'unreadable', source: { file: 'hong.xlsx', sheet: null }, error: 'hong.xlsx: tệp .xlsx bị hỏng, không đọc được.' },
    { kind: 'empty', source: { file: 'cong-van.xlsx', sheet: null } },
  ];
  const agg = aggregate(inputs, config);

  it('counts every model of the latest submission of each unit, once', () => {
    expect(agg.summary.total).toBe(3 + 2 + 4 + 3);
    expect(agg.models.map((m) => m.stt)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(agg.models.filter((m) => m.unit === 'Liên đoàn Lao động huyện Gia Viễn').map((m) => m.source.file)).toEqual(Array(3).fill('gia-vien-ban-sua.xlsx'));
  });

  it('sorts units the Vietnamese way and keeps each row traceable', () => {
    expect([...new Set(agg.models.map((m) => m.unit))]).toEqual([
      'Công đoàn ngành Y tế',
      'Liên đoàn Lao động huyện Gia Viễn',
      'Liên đoàn Lao động huyện Hoa Lư',
      'Liên đoàn Lao động huyện Yên Mô',
    ]);
    const yt4 = agg.models.find((m) => m.model === 'Mô hình HL 1' && m.unit === 'Công đoàn ngành Y tế')!;
    expect(yt4.source).toEqual({ file: 'y-te.xlsx', sheet: 'Sheet1', row: 10 });
    expect(yt4.regType).toBe('continue');
    expect(yt4.field).toBe('ANQP');
  });

  it('computes the statistics', () => {
    expect(agg.summary.byField).toEqual({ 'VH-XH': 11, ANQP: 1, 'XD-HTCT': 0 });
    expect(agg.summary.byRegistration).toEqual({ new: 11, continue: 1, unknown: 0 });
    const status = Object.fromEntries(agg.summary.byUnit.map((u) => [u.unit, [u.count, u.status]]));
    expect(status['Liên đoàn Lao động huyện Hoa Lư']).toEqual([3, 'ok']);
    expect(status['Liên đoàn Lao động huyện Yên Mô']).toEqual([2, 'under']);
    expect(status['Công đoàn ngành Y tế']).toEqual([4, 'over']);
    expect(status['Liên đoàn Lao động huyện Kim Sơn']).toEqual([0, 'missing']);
  });

  it('lists the units with no list, only those in force', () => {
    expect(agg.missingUnits).toContain('Liên đoàn Lao động huyện Kim Sơn');
    expect(agg.missingUnits).not.toContain('Liên đoàn Lao động huyện Hoa Lư');
    expect(agg.missingUnits).toHaveLength(16 - 4);
    const later = aggregate(inputs, { ...config, deadline: '2026-03-20' });
    expect(later.missingUnits.some((u) => u.startsWith('Liên đoàn Lao động huyện'))).toBe(false);
  });

  it('reports late lists when the list carries a date', () => {
    expect(agg.late).toEqual([{ unit: 'Công đoàn ngành Y tế', date: '2021-07-20', deadline: '2021-07-15' }]);
    const f = agg.findings.find((x) => x.code === 'LIST_LATE')!;
    expect(f.message).toBe('Danh sách ghi ngày 20/07/2021, sau hạn nộp 15/07/2021.');
  });

  it('reports superseded copies, the same model in two units, unreadable and empty sources', () => {
    const codes = agg.findings.map((f) => `${f.code}:${f.file ?? ''}`);
    expect(codes).toContain('LIST_SUPERSEDED:gia-vien.xlsx');
    expect(codes).toContain('SOURCE_UNREADABLE:hong.xlsx');
    expect(codes).toContain('SOURCE_NO_LIST:cong-van.xlsx');
    expect(codes).not.toContain('REG_TYPE_BOTH:gia-vien.xlsx'); // findings of a superseded list are not counted
    const dup = agg.findings.find((f) => f.code === 'DUPLICATE_MODEL_ACROSS')!;
    // Reported on the one that comes later in the master list (units in Vietnamese order).
    expect(dup).toMatchObject({ file: 'hoa-lu.xlsx', row: 7, unit: 'Liên đoàn Lao động huyện Hoa Lư', severity: 'warning' });
    expect(dup.message).toBe('Mô hình này cũng do “Công đoàn ngành Y tế” đăng ký (y-te.xlsx, dòng 10).');
    expect(agg.models.find((m) => m.source.file === 'hoa-lu.xlsx' && m.source.row === 7)!.codes).toEqual(['DUPLICATE_MODEL_ACROSS']);
    expect(agg.sources.find((s) => s.file === 'gia-vien.xlsx')!.superseded).toBe(true);
    expect(agg.sources.find((s) => s.file === 'hong.xlsx')!.error).toContain('bị hỏng');
  });

  it('without list dates, the newer file wins', () => {
    const a = aggregate(
      [list('b.xlsx', 'LĐLĐ HUYỆN HOA LƯ', three('NEW'), { modified: 2000 }), list('a.xlsx', 'LĐLĐ HUYỆN HOA LƯ', three('OLD'), { modified: 1000 })],
      config,
    );
    expect(a.models.map((m) => m.name)).toEqual(['NEW 1', 'NEW 2', 'NEW 3']);
  });

  it('lists of unknown units are never merged with each other', () => {
    const a = aggregate([list('a.xlsx', 'Công đoàn Công ty A', three('A')), list('b.xlsx', 'Công đoàn Công ty B', three('B'))], config);
    expect(a.summary.total).toBe(6);
  });
});

describe('a master list is itself a source', () => {
  const inputs: SourceInput[] = [
    list('hoa-lu.xlsx', 'LĐLĐ HUYỆN HOA LƯ', three('HL'), { date: '2021-07-10' }),
    list('y-te.xlsx', 'CÔNG ĐOÀN NGÀNH Y TẾ', [ok(1, { model: '=1+1' }), ok(2, { cont: 'x' })]),
  ];
  const first = aggregate(inputs, config);
  const grid: Grid = { values: masterTable(first, config).rows, merges: [] };
  const rows = readMaster(grid, config)!;

  it('reads back every row with its unit, values, codes and original source', () => {
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({ unit: { name: 'Công đoàn ngành Y tế', type: 'cd-nganh' }, model: '=1+1', regType: 'new', field: 'VH-XH', source: { file: 'y-te.xlsx', sheet: 'Sheet1', row: 7 } });
    expect(rows[1].codes).toEqual(['REG_TYPE_BOTH']);
    expect(rows[2].date).toBe('2021-07-10');
  });

  it('rolls up to the same statistics', () => {
    const again = aggregate([{ kind: 'master', source: { file: 'tong-hop.xlsx', sheet: 'Tổng hợp' }, rows, modified: null }], config);
    expect(again.summary).toEqual(first.summary);
    expect(again.models.map(({ stt, unit, name, model, regType, field, source }) => ({ stt, unit, name, model, regType, field, source }))).toEqual(
      first.models.map(({ stt, unit, name, model, regType, field, source }) => ({ stt, unit, name, model, regType, field, source })),
    );
  });

  it('a province rolls up two masters of different units', () => {
    const m2 = aggregate([list('yen-mo.xlsx', 'LĐLĐ HUYỆN YÊN MÔ', three('YM'))], config);
    const rows2 = readMaster({ values: masterTable(m2, config).rows, merges: [] }, config)!;
    const all = aggregate(
      [
        { kind: 'master', source: { file: 'a.xlsx', sheet: 'Tổng hợp' }, rows, modified: null },
        { kind: 'master', source: { file: 'b.xlsx', sheet: 'Tổng hợp' }, rows: rows2, modified: null },
      ],
      config,
    );
    expect(all.summary.total).toBe(8);
    expect(all.summary.byUnit.filter((u) => u.status !== 'missing').map((u) => u.unit)).toEqual([
      'Công đoàn ngành Y tế',
      'Liên đoàn Lao động huyện Hoa Lư',
      'Liên đoàn Lao động huyện Yên Mô',
    ]);
  });

  it('a unit list is not mistaken for a master list', () => {
    expect(readMaster(seedGrid('LĐLĐ HUYỆN HOA LƯ', three('X')), config)).toBeNull();
  });
});

describe('result tables', () => {
  const agg = aggregate([list('hoa-lu.xlsx', 'LĐLĐ HUYỆN HOA LƯ', three('HL'))], config);
  it('has the four sheets with Vietnamese headers', () => {
    expect(aggregateTables(agg, config).map((t) => t.name)).toEqual(['Tổng hợp', 'Thống kê', 'Tình trạng nộp', 'Kiểm tra']);
    expect(masterTable(agg, config).rows[0]).toEqual([
      'STT', 'Đơn vị', 'Loại đơn vị', 'Tên tập thể hoặc cá nhân', 'Tên mô hình hoặc điển hình', 'Hình thức đăng ký', 'Lĩnh vực',
      'Tập thể/Cá nhân', 'Mã kiểm tra', 'Tệp nguồn', 'Trang nguồn', 'Dòng nguồn', 'Ngày trên danh sách',
      'Triển khai', 'Cấp công nhận', 'Ngày công nhận', 'Đề nghị khen thưởng', 'Ghi chú',
      'Thời điểm tệp nguồn', 'Mã dòng nguồn', 'Cán bộ đã sửa',
    ]);
    expect(checksTable(agg).rows[0]).toEqual(['Mức độ', 'Mã', 'Nội dung', 'Đơn vị', 'Tệp', 'Trang', 'Dòng', 'Ô']);
  });

  it('statistics show the per-unit status in Vietnamese', () => {
    const rows = statsTable(agg, config).rows;
    const hl = rows.find((r) => r[1] === 'Liên đoàn Lao động huyện Hoa Lư')!;
    expect(hl.slice(3, 6)).toEqual([3, '3', 'Đạt']);
    const ks = rows.find((r) => r[1] === 'Liên đoàn Lao động huyện Kim Sơn' && r[5])!;
    expect(ks[5]).toBe('Chưa nộp');
    expect(rows.find((r) => r[0] === 'Văn hóa - xã hội')).toEqual(['Văn hóa - xã hội', 3, 100]);
  });
});

describe('return message', () => {
  it('lists what to fix, errors first, with rows and cells', async () => {
    const { returnMessage } = await import('../../src/domain/return-message');
    const r = validateList(seedGrid('LĐLĐ HUYỆN YÊN MÔ', [ok(1, { cont: 'x' }), ok(2, { new: 'có' })]), config);
    const text = returnMessage({ unit: r.unit!.name, file: 'yen-mo.xlsx', findings: r.findings, dueBy: '2021-07-20', from: 'Ban Tuyên giáo - Nữ công' });
    expect(text).toBe(
      [
        'Kính gửi: Liên đoàn Lao động huyện Yên Mô,',
        '',
        'Danh sách đăng ký mô hình “Dân vận khéo” của đơn vị (tệp yen-mo.xlsx) cần sửa 2 lỗi:',
        '1. Toàn danh sách: Đơn vị đăng ký 2 mô hình, ít hơn chỉ tiêu tối thiểu 3 mô hình của LĐLĐ huyện, thành phố.',
        '2. Dòng 7, ô D7: Đánh dấu cả “Tiếp tục đăng ký” và “Đăng ký xây dựng mới”; chỉ chọn một.',
        '',
        'Và xem lại 1 điểm sau:',
        '1. Dòng 8, ô E8: Ô cột “Đăng ký xây dựng mới” ghi “có”, không phải dấu đánh (x, ✓ hoặc ô tích). Đã tạm coi là có đánh dấu; hãy kiểm tra lại.',
        '',
        'Các ô cần sửa đã được tô màu và ghi chú trong tệp gửi kèm. Đề nghị đơn vị sửa và gửi lại trước ngày 20/07/2021.',
        'Trân trọng,',
        'Ban Tuyên giáo - Nữ công',
      ].join('\n'),
    );
  });
});

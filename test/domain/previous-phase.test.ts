// The previous phase's master (2021–2025) against this phase's lists: a model registered as “Tiếp tục đăng ký” must be
// one of the previous phase (same or successor unit); recognised models nobody continues are listed for the officer.
import { describe, expect, it } from 'vitest';
import { aggregate, type SourceInput } from '../../src/domain/aggregate';
import { parseConfig, type Config, type ConfigInput } from '../../src/domain/config';
import type { Cell, Grid } from '../../src/domain/grid';
import { masterTable } from '../../src/domain/master';
import { readPhaseTable } from '../../src/domain/previous-phase';
import { presetConfig } from '../../src/domain/presets';
import { validateList } from '../../src/domain/validate';
import { ok, seedGrid, type FormRow } from './grids';

const old = presetConfig()!;
const HL_OLD = 'Liên đoàn Lao động huyện Hoa Lư';
const HL_NEW = 'Liên đoàn Lao động thành phố Hoa Lư';
const YM = 'Liên đoàn Lao động huyện Yên Mô';

/** This phase: Hoa Lư district replaced by the city of Hoa Lư; lists due 25/10/2026. */
const config: Config = (() => {
  const c = structuredClone(old) as ConfigInput;
  c.units!.find((u) => u.name === HL_OLD)!.replacedBy = HL_NEW;
  c.units!.push({ name: HL_NEW, type: 'ldld-huyen', validFrom: '2025-07-01' });
  c.deadline = '2026-10-25';
  c.deadlines = [{ key: 'dang-ky', label: 'Gửi danh sách đăng ký', date: '2026-10-25' }];
  const r = parseConfig(c);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.config;
})();

const list = (file: string, unit: string, rows: FormRow[], cfg: Config): SourceInput => ({
  kind: 'list',
  source: { file, sheet: 'Sheet1' },
  result: validateList(seedGrid(unit, rows), cfg),
  modified: null,
});

/** The 2021–2025 master as the tool wrote it, with the levels the officer recorded. */
function previousMaster(): Grid {
  const agg = aggregate(
    [
      list('hoa-lu.xlsx', 'LĐLĐ HUYỆN HOA LƯ', [
        ok(1, { name: 'Công đoàn xã Ninh Hải', model: 'Du lịch cộng đồng văn minh' }),
        ok(2, { name: 'Nguyễn Thị Hường', model: 'Vận động hiến máu tình nguyện' }),
        ok(3, { name: 'Công đoàn Trường THCS Ninh Giang', model: 'Mỗi tuần một việc làm tốt' }),
      ], old),
      list('yen-mo.xlsx', 'LĐLĐ HUYỆN YÊN MÔ', [
        ok(1, { name: 'Công đoàn xã Yên Thắng', model: 'Nhà văn hóa sạch đẹp' }),
        ok(2, { name: 'Công đoàn xã Yên Phong', model: 'Đường hoa nông thôn mới' }),
        ok(3, { name: 'Công đoàn xã Yên Từ', model: 'Tủ sách pháp luật' }),
      ], old),
    ],
    old,
  );
  const t = masterTable(agg, old);
  const col = (h: string) => t.rows[0].indexOf(h);
  const level = (model: string, value: string) => (t.rows.find((r) => r[col('Tên mô hình hoặc điển hình')] === model)![col('Cấp công nhận')] = value);
  level('Du lịch cộng đồng văn minh', 'Tỉnh');
  level('Vận động hiến máu tình nguyện', 'Cơ sở');
  level('Nhà văn hóa sạch đẹp', 'Huyện, thành phố, ngành');
  return { values: t.rows as Cell[][], merges: [], sheetName: 'Tổng hợp' };
}

const phase = { source: { file: 'tong-hop-2021-2025.xlsx', sheet: 'Tổng hợp' }, models: readPhaseTable(previousMaster())! };
const cont = (n: number, name: string, model: string): FormRow => ok(n, { name, model, new: null, cont: 'x' });

describe('reading the previous phase', () => {
  it('reads the tool’s own master: unit, names, level and row', () => {
    expect(phase.models).toHaveLength(6);
    expect(phase.models.find((m) => m.model === 'Du lịch cộng đồng văn minh')).toMatchObject({ unit: HL_OLD, name: 'Công đoàn xã Ninh Hải', level: 'Tỉnh', row: expect.any(Number) });
  });

  it('reads a list an office made by hand (other header words, no trace columns)', () => {
    const grid: Grid = {
      values: [
        ['TỔNG HỢP MÔ HÌNH “DÂN VẬN KHÉO” GIAI ĐOẠN 2021 – 2025'],
        [],
        ['TT', 'Tên đơn vị', 'Tên tập thể, cá nhân', 'Tên mô hình', 'Kết quả công nhận'],
        [1, HL_OLD, 'Công đoàn xã Ninh Hải', 'Du lịch cộng đồng văn minh', 'Cấp tỉnh'],
        [2, YM, 'Công đoàn xã Yên Từ', 'Tủ sách pháp luật', null],
      ],
      merges: [],
    };
    expect(readPhaseTable(grid)).toEqual([
      { unit: HL_OLD, name: 'Công đoàn xã Ninh Hải', model: 'Du lịch cộng đồng văn minh', level: 'Cấp tỉnh', row: 4 },
      { unit: YM, name: 'Công đoàn xã Yên Từ', model: 'Tủ sách pháp luật', level: '', row: 5 },
    ]);
  });

  it('is null for a sheet with no unit and model columns', () => {
    expect(readPhaseTable({ values: [['Ghi chú'], ['abc']], merges: [] })).toBeNull();
  });
});

describe('continuing models', () => {
  const agg = aggregate(
    [
      list('hoa-lu-tp.xlsx', 'LĐLĐ THÀNH PHỐ HOA LƯ', [
        cont(1, 'Công đoàn phường Ninh Hải', 'Du lịch cộng đồng văn minh'), // the district's model, continued by its successor
        cont(2, 'Nguyễn Thị Hường', 'Vận động hiến máu tình nguyện viên'), // close to a previous one, not the same
        cont(3, 'Công đoàn xã Yên Từ', 'Tủ sách pháp luật'), // Yên Mô's model: another unit
      ], config),
      list('yen-mo.xlsx', 'LĐLĐ HUYỆN YÊN MÔ', [ok(1), ok(2), ok(3)], config),
      { kind: 'phase', phase },
    ],
    config,
  );
  const codes = (model: string) => agg.models.find((m) => m.model === model)!.codes;
  const found = (code: string) => agg.findings.filter((f) => f.code === code);

  it('the previous phase is a reference, not a source', () => {
    expect(agg.sources.map((s) => s.file)).toEqual(['hoa-lu-tp.xlsx', 'yen-mo.xlsx']);
    expect(agg.previousPhase).toEqual({ file: 'tong-hop-2021-2025.xlsx', sheet: 'Tổng hợp', models: 6 });
  });

  it('a continued model of the same or a successor unit is found: no finding', () => {
    expect(codes('Du lịch cộng đồng văn minh')).not.toContain('CONTINUE_NOT_FOUND');
  });

  it('one not found is a warning on its row, suggesting the close name of the previous phase', () => {
    const f = found('CONTINUE_NOT_FOUND').find((x) => x.row === 8)!;
    expect(f).toMatchObject({ severity: 'warning', file: 'hoa-lu-tp.xlsx', unit: HL_NEW });
    expect(f.params).toMatchObject({ model: 'Vận động hiến máu tình nguyện viên', file: 'tong-hop-2021-2025.xlsx', similar: 'Vận động hiến máu tình nguyện' });
    expect(f.message).toContain('“Vận động hiến máu tình nguyện”');
    expect(codes('Vận động hiến máu tình nguyện viên')).toContain('CONTINUE_NOT_FOUND');
  });

  it('the same model under another unit is named, with what to set in the config', () => {
    const f = found('CONTINUE_NOT_FOUND').find((x) => x.row === 9)!;
    expect(f.params).toMatchObject({ otherUnit: YM });
    expect(f.message).toContain(`“${YM}”`);
    expect(f.message).toContain('Đơn vị thay thế');
  });

  it('recognised models of the previous phase nobody continues are listed, with their level and row; unrecognised ones are not', () => {
    const listed = found('PREVIOUS_NOT_CONTINUED');
    expect(listed.map((f) => f.params)).toEqual([
      expect.objectContaining({ model: 'Vận động hiến máu tình nguyện', level: 'Cơ sở', unit: HL_OLD }),
      expect.objectContaining({ model: 'Nhà văn hóa sạch đẹp', level: 'Huyện, thành phố, ngành', unit: YM }),
    ]);
    for (const f of listed) {
      expect(f.file).toBe('tong-hop-2021-2025.xlsx');
      expect(f.sheet).toBe('Tổng hợp');
      expect(f.row).toBeGreaterThan(1);
    }
    expect(listed.some((f) => (f.params as { model: string }).model === 'Đường hoa nông thôn mới')).toBe(false);
  });

  it('without a previous phase, nothing is said about continuing', () => {
    const plain = aggregate([list('hoa-lu-tp.xlsx', 'LĐLĐ THÀNH PHỐ HOA LƯ', [cont(1, 'A', 'B'), cont(2, 'C', 'D'), cont(3, 'E', 'F')], config)], config);
    expect(plain.findings.some((f) => f.code === 'CONTINUE_NOT_FOUND' || f.code === 'PREVIOUS_NOT_CONTINUED')).toBe(false);
  });
});

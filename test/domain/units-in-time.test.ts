// Units in time: which day a unit is judged on (one rule for validate, aggregate and the Form's responses), units
// abolished with a successor (UNIT_ABOLISHED), and lists the officer attributes to the successor.
import { describe, expect, it } from 'vitest';
import { aggregate, type SourceInput } from '../../src/domain/aggregate';
import { parseConfig, type Config, type ConfigInput } from '../../src/domain/config';
import { presetConfig } from '../../src/domain/presets';
import { responsesSources } from '../../src/domain/responses';
import { validateList } from '../../src/domain/validate';
import { HOA_LU, ok, seedGrid } from './grids';

const base = presetConfig()!;
const OLD = 'Liên đoàn Lao động huyện Hoa Lư';
const NEW = 'Liên đoàn Lao động thành phố Hoa Lư';

function configWith(change: (c: ConfigInput) => void): Config {
  const input = structuredClone(base) as ConfigInput;
  change(input);
  const r = parseConfig(input);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.config;
}

/** Hoa Lư district ended on 30/06/2025, the city of Hoa Lư took over; `deadline`: the campaign's registration deadline. */
const merged = (takesLists: boolean, deadline = '2021-07-15') =>
  configWith((c) => {
    const old = c.units!.find((u) => u.name === OLD)!;
    old.replacedBy = NEW;
    if (takesLists) old.successorTakesLists = true;
    c.units!.push({ name: NEW, type: 'ldld-huyen', validFrom: '2025-07-01' });
    c.deadline = deadline;
    c.deadlines = [{ key: 'dang-ky', label: 'Gửi danh sách đăng ký', date: deadline }];
  });

const three = [ok(1), ok(2), ok(3)];
const datedList = (day: string) => seedGrid(HOA_LU, three, { extraTitle: [[`Hoa Lư, ${day}`]] });
const input = (grid = datedList('ngày 10 tháng 9 năm 2025'), config = merged(false)): SourceInput => ({
  kind: 'list',
  source: { file: 'hoa-lu.xlsx', sheet: 'Danh sách' },
  result: validateList(grid, config),
  modified: null,
});

describe('the day a unit is judged on', () => {
  it('is the registration deadline of `deadlines` when the config has no `deadline`, in validate as in aggregate', () => {
    const config = configWith((c) => {
      delete c.deadline;
      c.deadlines = [{ key: 'dang-ky', label: 'Gửi danh sách đăng ký', date: '2026-10-25' }];
    });
    const r = validateList(seedGrid(HOA_LU, three), config);
    expect(r.findings.map((f) => f.code)).toEqual(['UNIT_INACTIVE']);
    expect(r.findings[0].message).toContain('25/10/2026');
    // The aggregation agrees: the district is not in force on that day, so it is not missing either.
    const agg = aggregate([], config);
    expect(agg.missingUnits).not.toContain(OLD);
  });

  it('the responses of a Google Form are judged on the same day', () => {
    const config = configWith((c) => {
      delete c.deadline;
      c.deadlines = [{ key: 'dang-ky', label: 'Gửi danh sách đăng ký', date: '2026-10-25' }];
    });
    const header = ['Dấu thời gian', 'Đơn vị', 'Tên tập thể hoặc cá nhân', 'Tên mô hình hoặc điển hình', 'Hình thức đăng ký', 'Lĩnh vực'];
    const grid = { values: [header, [new Date('2026-10-01T03:00:00Z'), OLD, 'Tổ công đoàn A', 'Mô hình A', 'Đăng ký xây dựng mới', 'Văn hóa - xã hội']], merges: [], sheetName: 'Câu trả lời biểu mẫu 1' };
    const inputs = responsesSources(grid, { file: 'Phản hồi', sheet: 'Câu trả lời biểu mẫu 1' }, config, null)!;
    const list = inputs.find((i) => i.kind === 'list')!;
    expect(list.kind === 'list' && list.result.findings.map((f) => f.code)).toContain('UNIT_INACTIVE');
  });
});

describe('a unit abolished with a successor', () => {
  it('a list dated after the unit ended is flagged, naming the successor, and stays the unit’s', () => {
    const r = validateList(datedList('ngày 10 tháng 9 năm 2025'), merged(false));
    expect(r.unit).toEqual({ name: OLD, type: 'ldld-huyen' });
    expect(r.findings.map((f) => f.code)).toEqual(['UNIT_ABOLISHED']);
    const f = r.findings[0];
    expect(f.severity).toBe('warning');
    expect(f.params).toMatchObject({ unit: OLD, validTo: '2025-06-30', successor: NEW, attributed: false, listDate: '2025-09-10' });
    expect(f.message).toContain(`“${NEW}”`);
    expect(f.message).toContain('30/06/2025');
    expect(f.message).toContain('10/09/2025');
    expect(f.message).toContain('Tính danh sách cho đơn vị thay thế');
  });

  it('a list dated while the unit still existed is not flagged when the campaign is of that time', () => {
    const r = validateList(datedList('ngày 10 tháng 7 năm 2021'), merged(false));
    expect(r.findings).toEqual([]);
  });

  it('when the officer says so, the list is the successor’s: its name, its type and its quota', () => {
    const config = merged(true, '2025-10-15');
    const r = validateList(datedList('ngày 10 tháng 9 năm 2025'), config);
    expect(r.unit).toEqual({ name: NEW, type: 'ldld-huyen' });
    expect(r.findings.map((f) => f.code)).toEqual(['UNIT_ABOLISHED']);
    expect(r.findings[0].params).toMatchObject({ attributed: true });
    expect(r.findings[0].message).toContain(`tính cho đơn vị thay thế “${NEW}”`);

    const agg = aggregate([input(datedList('ngày 10 tháng 9 năm 2025'), config)], config);
    expect(agg.models.map((m) => m.unit)).toEqual([NEW, NEW, NEW]);
    expect(agg.summary.byUnit.find((u) => u.unit === NEW)).toMatchObject({ count: 3, status: 'ok' });
    expect(agg.summary.byUnit.some((u) => u.unit === OLD)).toBe(false);
    expect(agg.missingUnits).not.toContain(NEW);
    expect(agg.findings.find((f) => f.code === 'UNIT_ABOLISHED')).toMatchObject({ file: 'hoa-lu.xlsx', unit: NEW });
  });

  it('without it, the old unit keeps its list and the successor is reported missing on a later campaign', () => {
    const config = merged(false, '2025-10-15');
    const agg = aggregate([input(datedList('ngày 10 tháng 9 năm 2025'), config)], config);
    expect(agg.summary.byUnit.find((u) => u.unit === OLD)).toMatchObject({ count: 3 });
    expect(agg.missingUnits).toContain(NEW);
    expect(agg.findings.filter((f) => f.code === 'UNIT_ABOLISHED').map((f) => f.unit)).toEqual([OLD]);
  });

  it('follows a chain of successors to the one in force', () => {
    const LAST = 'Liên đoàn Lao động tỉnh Ninh Bình (khu vực Hoa Lư)';
    const config = configWith((c) => {
      const old = c.units!.find((u) => u.name === OLD)!;
      old.replacedBy = NEW;
      old.successorTakesLists = true;
      c.units!.push({ name: NEW, type: 'ldld-huyen', validFrom: '2025-07-01', validTo: '2025-12-31', replacedBy: LAST, successorTakesLists: true });
      c.units!.push({ name: LAST, type: 'ldld-huyen', validFrom: '2026-01-01' });
    });
    const r = validateList(datedList('ngày 10 tháng 3 năm 2026'), config);
    expect(r.unit?.name).toBe(LAST);
    expect(r.findings[0].params).toMatchObject({ successor: LAST, attributed: true });
  });

  it('a unit that replaces itself, or a ring of successors, is a config problem', () => {
    const self = structuredClone(base) as ConfigInput;
    self.units![0].replacedBy = self.units![0].name;
    const ring = structuredClone(base) as ConfigInput;
    ring.units![0].replacedBy = ring.units![1].name;
    ring.units![1].replacedBy = ring.units![0].name;
    for (const c of [self, ring]) {
      const r = parseConfig(c);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems.map((p) => p.message).join('\n')).toMatch(/vòng/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { parseConfig, quotaOf } from '../../src/domain/config';
import { DEFAULT_PRESET, PRESETS, presetConfig } from '../../src/domain/presets';

describe('presets', () => {
  it.each(Object.keys(PRESETS))('%s is a valid config', (name) => {
    const r = parseConfig(PRESETS[name].config);
    expect(r.ok).toBe(true);
  });

  it('the default preset is the seed-004 campaign', () => {
    const c = presetConfig()!;
    expect(DEFAULT_PRESET).toBe('ldld-ninh-binh-2021');
    expect(c.fields.map((f) => f.code)).toEqual(['VH-XH', 'ANQP', 'XD-HTCT']);
    expect(c.deadline).toBe('2021-07-15');
    expect(quotaOf(c, { name: 'Liên đoàn Lao động huyện Hoa Lư', type: 'ldld-huyen' })).toEqual({ min: 3, max: 3 });
    expect(quotaOf(c, { name: 'Công đoàn ngành Y tế', type: 'cd-nganh' })).toEqual({ min: 2, max: 2 });
  });

  it('the seed-000 campaign asks at least one model per grassroots union and the collective columns', () => {
    const c = presetConfig('cdn-y-te-2017')!;
    expect(c.unitTypes[0].quota).toEqual({ min: 1 });
    expect(c.columns!.filter((k) => k.required).map((k) => k.key)).toEqual(['dia_diem', 'don_vi_thuc_hien', 'noi_dung']);
  });

  it('the seed-003 campaign has four fields including the economy', () => {
    const c = presetConfig('dang-uy-khoi-2024')!;
    expect(c.fields).toHaveLength(4);
    expect(c.fields.some((f) => f.code === 'KT')).toBe(true);
    expect(c.deadline!.slice(5)).toBe('03-20');
  });

  it('an unknown preset is null', () => {
    expect(presetConfig('khong-co')).toBeNull();
  });
});

describe('bad configs', () => {
  it('lists every problem at once, each with its key path, in Vietnamese', () => {
    const r = parseConfig({
      title: '',
      fields: [{ code: 'VH-XH', label: 'Văn hóa' }, { code: 'VH-XH', label: 'Trùng' }],
      unitTypes: [{ code: 'a', label: 'A', quota: { min: 3, max: 2 } }],
      units: [{ name: 'Đơn vị X', type: 'b', validFrom: '2021-02-30' }],
      deadline: '15/07/2021',
      colour: 'red',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.problems.map((p) => [p.path, p.message]));
    expect(byPath).toMatchObject({
      title: 'không được để trống',
      'unitTypes[0].quota': 'chỉ tiêu tối thiểu (min) lớn hơn tối đa (max)',
      'units[0].validFrom': 'không phải ngày có thật',
      deadline: expect.stringContaining('YYYY-MM-DD'),
      '(gốc)': expect.stringContaining('“colour”'),
    });
    expect(r.problems.length).toBeGreaterThanOrEqual(5);
  });

  it.each([
    [{}, 'title', 'bắt buộc nhưng đang thiếu'],
    [{ title: 'X', fields: [] }, 'fields', 'cần ít nhất 1 mục'],
    [{ title: 'X', fields: 'VH-XH' }, 'fields', 'phải là danh sách [...]'],
    [{ title: 'X', fields: [{ code: 'A', label: 'A' }], columns: [{ key: 'Địa điểm', label: 'x' }] }, 'columns[0].key', 'chỉ gồm chữ thường'],
    [{ title: 'X', fields: [{ code: 'A', label: 'A' }], unitTypes: [{ code: 't', label: 'T', quota: { min: -1 } }] }, 'unitTypes[0].quota.min', 'phải lớn hơn hoặc bằng 0'],
    [{ title: 'X', fields: [{ code: 'A', label: 'A' }], unitTypes: [], units: [{ name: 'U', type: 'zz' }] }, 'units[0].type', 'loại đơn vị “zz” không có trong unitTypes'],
    [{ title: 'X', fields: [{ code: 'A', label: 'A', alias: ['x'] }] }, 'fields[0]', 'khóa không hợp lệ: “alias”'],
  ])('%j → %s: %s', (input, path, message) => {
    const r = parseConfig(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const p = r.problems.find((x) => x.path === path);
    expect(p, JSON.stringify(r.problems)).toBeDefined();
    expect(p!.message).toContain(message);
  });
});

describe('deadlines and recognition levels', () => {
  it('presets carry the seeds’ dates and levels', () => {
    const c = presetConfig('dang-uy-khoi-2024')!;
    expect(c.deadlines!.map((d) => `${d.key} ${d.date.slice(5)}`)).toEqual(['dang-ky 03-20', 'cong-nhan 10-01', 'de-nghi 10-10']);
    expect(c.recognitionLevels!.map((l) => l.code)).toEqual(['co-so', 'dang-uy-khoi', 'thanh-pho']);
    expect(presetConfig('cdn-y-te-2017')!.deadlines!.find((d) => d.key === 'de-nghi')!.date).toBe('2020-04-29');
  });

  it.each([
    [{ deadlines: [{ key: 'Đăng ký', label: 'x', date: '2024-03-20' }] }, 'deadlines[0].key', 'ví dụ: dang-ky'],
    [{ deadlines: [{ key: 'dang-ky', label: 'x', date: '20/3/2024' }] }, 'deadlines[0].date', 'YYYY-MM-DD'],
    [{ deadlines: [{ key: 'a', label: 'x', date: '2024-01-01' }, { key: 'a', label: 'y', date: '2024-01-02' }] }, 'deadlines[1].key', '“a” bị trùng'],
    [{ recognitionLevels: [{ code: 'tinh' }] }, 'recognitionLevels[0].label', 'bắt buộc'],
  ])('%j → %s', (patch, path, message) => {
    const r = parseConfig({ title: 'X', fields: [{ code: 'A', label: 'A' }], ...patch });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.find((p) => p.path === path)?.message, JSON.stringify(r.problems)).toContain(message);
  });
});

describe('config problems carry their reason and value as data', () => {
  it('a duplicate and an unknown type: reason and value, not a string to split', async () => {
    const { parseConfig } = await import('../../src/domain/config');
    const r = parseConfig({
      title: 'Đợt 2026',
      fields: [{ code: 'VHXH', label: 'Văn hóa - xã hội' }],
      unitTypes: [{ code: 'phuong', label: 'Phường', quota: { min: 1 } }],
      units: [
        { name: 'Phường Ninh Mỹ', type: 'phuong' },
        { name: 'phường ninh mỹ', type: 'phuong' },
        { name: 'Xã Gia Viễn', type: 'huyen' },
      ],
    });
    if (r.ok) throw new Error('expected problems');
    expect(r.problems).toEqual(
      expect.arrayContaining([
        { path: 'units[1].name', message: '“phường ninh mỹ” bị trùng', reason: 'DUPLICATE', value: 'phường ninh mỹ' },
        { path: 'units[2].type', message: 'loại đơn vị “huyen” không có trong unitTypes', reason: 'UNKNOWN_TYPE', value: 'huyen' },
      ]),
    );
  });
});

describe('units: successors and contacts', () => {
  it('replacedBy names a unit of the config; e-mail addresses are checked, one or several', async () => {
    const { parseConfig } = await import('../../src/domain/config');
    const base = { title: 'Đợt 2026', fields: [{ code: 'VHXH', label: 'Văn hóa - xã hội' }], unitTypes: [{ code: 'xa', label: 'Xã' }] };
    const good = parseConfig({
      ...base,
      units: [
        { name: 'Xã Ninh Hải', type: 'xa', validTo: '2025-06-30', replacedBy: 'Xã Hoa Lư' },
        { name: 'Xã Hoa Lư', type: 'xa', validFrom: '2025-07-01', email: ['vanphong@hoalu.gov.vn', 'mttq@hoalu.gov.vn'], contact: 'Đ/c Lan', phone: '0912 345 678' },
      ],
    });
    expect(good.ok).toBe(true);
    const bad = parseConfig({ ...base, units: [{ name: 'Xã A', type: 'xa', replacedBy: 'Xã B', email: 'van phong@a' }] });
    if (bad.ok) throw new Error('expected problems');
    expect(bad.problems.map((p) => [p.path, p.message])).toEqual([
      ['units[0].email', '“van phong@a” không phải địa chỉ thư điện tử (ví dụ: vanphong@ninhbinh.gov.vn)'],
      ['units[0].replacedBy', 'đơn vị “Xã B” không có trong danh sách đơn vị (units)'],
    ]);
  });
});

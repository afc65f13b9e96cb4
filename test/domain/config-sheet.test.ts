// The “Cấu hình” sheet layout: every preset round-trips, and bad sheets are reported with their rows.
import { describe, expect, it } from 'vitest';
import { configFromGrid, configToGrid } from '../../src/domain/config-sheet';
import type { Cell, Grid } from '../../src/domain/grid';
import { PRESETS, presetConfig } from '../../src/domain/presets';
import { configSchema } from '../../src/domain/config';

const grid = (values: Cell[][]): Grid => ({ values, merges: [] });

/** The default preset's sheet, as an officer would see it. */
function defaultSheet(): Cell[][] {
  return configToGrid(presetConfig()!).map((r) => [...r]);
}

/** 0-based row index of the first row whose column A is `text`. */
function rowOf(values: Cell[][], text: string, after = 0): number {
  const i = values.findIndex((r, j) => j >= after && r[0] === text);
  if (i < 0) throw new Error(`no row “${text}”`);
  return i;
}

function problems(values: Cell[][]): string[] {
  const r = configFromGrid(grid(values));
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.problems.map((p) => p.message);
}

describe('configToGrid / configFromGrid', () => {
  it.each(Object.keys(PRESETS))('preset %s round-trips through the sheet', (name) => {
    const c = presetConfig(name)!;
    const r = configFromGrid(grid(configToGrid(c)));
    expect(r).toStrictEqual({ ok: true, config: c });
  });

  it('lays out the key rows and titled tables in Vietnamese', () => {
    const v = configToGrid(presetConfig()!);
    const t = rowOf(v, 'Tên đợt');
    expect(v[t][1]).toBe(presetConfig()!.title);
    expect(v[rowOf(v, 'Hạn nộp')][1]).toBe('2021-07-15');
    expect(v[rowOf(v, 'Đối tượng vận động')][1]).toBe('cán bộ, đoàn viên, người lao động và Nhân dân');
    const f = rowOf(v, 'LĨNH VỰC');
    expect(v[f + 1]).toEqual(['Mã', 'Tên', 'Tên khác (phân cách bằng ;)']);
    expect(v[f + 2]).toEqual(['VH-XH', 'Văn hóa - xã hội', 'VH - XH; Văn hóa xã hội; VHXH']);
    const ut = rowOf(v, 'LOẠI ĐƠN VỊ');
    expect(v[ut + 1].slice(0, 5)).toEqual(['Mã', 'Tên', 'Nhận diện (phân cách bằng ;)', 'Tối thiểu', 'Tối đa']);
    expect(v[ut + 2].slice(3, 5)).toEqual([3, 3]);
    const u = rowOf(v, 'ĐƠN VỊ');
    expect(v[u + 1].slice(0, 5)).toEqual(['Tên', 'Loại', 'Hiệu lực từ', 'Hiệu lực đến', 'Tên khác (phân cách bằng ;)']);
    expect(v[u + 2].slice(0, 4)).toEqual(['Liên đoàn Lao động thành phố Ninh Bình', 'ldld-huyen', null, '2025-06-30']);
    const k = rowOf(v, 'CỘT BỔ SUNG');
    expect(v[k + 1]).toEqual(['Khóa', 'Tên cột', 'Tên khác (phân cách bằng ;)', 'Bắt buộc']);
  });

  it('writes required columns as Có/Không', () => {
    const c = presetConfig('cdn-y-te-2017')!;
    c.columns![1] = { ...c.columns![1], required: false };
    const v = configToGrid(c);
    const k = rowOf(v, 'CỘT BỔ SUNG');
    expect(v[k + 2][3]).toBe('Có');
    expect(v[k + 3][3]).toBe('Không');
    expect(configFromGrid(grid(v))).toStrictEqual({ ok: true, config: c });
  });
});

describe('configFromGrid tolerates how officers edit the sheet', () => {
  it('reads whom the models mobilise from its row, under a folded label too; a blank or missing row leaves the key out', () => {
    const v = defaultSheet();
    const at = rowOf(v, 'Đối tượng vận động');
    v[at] = ['doi tuong van dong:', 'cán bộ, đảng viên, hội viên, đoàn viên và Nhân dân'];
    const r = configFromGrid(grid(v));
    expect(r.ok && r.config.mobilised).toBe('cán bộ, đảng viên, hội viên, đoàn viên và Nhân dân');
    v[at] = ['Đối tượng vận động', '  '];
    const blank = configFromGrid(grid(v));
    expect(blank.ok).toBe(true);
    expect(blank.ok && 'mobilised' in blank.config).toBe(false);
    v.splice(at, 1);
    const none = configFromGrid(grid(v));
    expect(none.ok && none.config.title).toBe(presetConfig()!.title);
    expect(none.ok && 'mobilised' in none.config).toBe(false);
  });

  it('reads Date cells, numbers typed as text, blank rows, folded headers and d/m/yyyy dates', () => {
    const v = defaultSheet();
    v[rowOf(v, 'Hạn nộp')][1] = new Date(Date.UTC(2021, 6, 20));
    const ut = rowOf(v, 'LOẠI ĐƠN VỊ');
    v[ut + 1] = ['ma', 'TÊN', 'nhan dien', 'Tối  thiểu:', 'toi da'];
    v[ut + 2][3] = ' 4 ';
    v[ut + 2][4] = '4.0';
    v.splice(ut + 3, 0, [], [null, '  ', null]);
    const u = rowOf(v, 'ĐƠN VỊ');
    v[u + 2][2] = '01/7/2021';
    v[u + 2][3] = new Date(Date.UTC(2025, 5, 30));
    v[u + 3][2] = 44378; // the date serial of 2021-07-01
    v[u + 3][1] = 'LĐLĐ huyện, thành phố'; // the type's label instead of its code
    const r = configFromGrid(grid(v));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.deadline).toBe('2021-07-20');
    expect(r.config.unitTypes[0].quota).toEqual({ min: 4, max: 4 });
    expect(r.config.unitTypes).toHaveLength(3);
    expect(r.config.units[0]).toMatchObject({ validFrom: '2021-07-01', validTo: '2025-06-30' });
    expect(r.config.units[1]).toMatchObject({ validFrom: '2021-07-01', type: 'ldld-huyen' });
  });

  it('accepts numbered table titles, NFD text and columns in another order', () => {
    const v = defaultSheet();
    const f = rowOf(v, 'LĨNH VỰC');
    v[f] = ['1. Lĩnh vực'.normalize('NFD')];
    v[f + 1] = ['Tên', 'Mã', 'Tên khác'];
    for (let i = f + 2; i < f + 5; i++) v[i] = [v[i][1], v[i][0], v[i][2]];
    const r = configFromGrid(grid(v));
    expect(r.ok && r.config.fields).toEqual(presetConfig()!.fields);
  });

  it('ignores text outside the tables and unknown columns', () => {
    const v = defaultSheet();
    v.splice(2, 0, ['Ghi chú: cấu hình do Ban Tuyên giáo lập']);
    const f = rowOf(v, 'LĨNH VỰC');
    v[f + 1] = [...v[f + 1], 'Ghi chú'];
    v[f + 2] = [...v[f + 2], 'lĩnh vực chính'];
    const r = configFromGrid(grid(v));
    expect(r).toStrictEqual({ ok: true, config: presetConfig() });
  });

  it('reads Có/x/TRUE as required and Không/FALSE as not', () => {
    const v = configToGrid(presetConfig('cdn-y-te-2017')!).map((r) => [...r]);
    const k = rowOf(v, 'CỘT BỔ SUNG');
    v[k + 2][3] = true;
    v[k + 3][3] = 'x';
    v[k + 4][3] = 'không';
    const r = configFromGrid(grid(v));
    expect(r.ok && r.config.columns!.map((c) => c.required)).toEqual([true, true, false]);
  });
});

describe('configFromGrid reports bad sheets with the sheet row', () => {
  const cases: { name: string; edit: (v: Cell[][]) => void; expected: (string | RegExp)[] }[] = [
    {
      name: 'a blank title',
      edit: (v) => (v[rowOf(v, 'Tên đợt')][1] = null),
      expected: [/^“Tên đợt”: bắt buộc nhưng đang thiếu \(dòng 4, ô B4\)$/],
    },
    {
      name: 'no title row at all',
      edit: (v) => v.splice(rowOf(v, 'Tên đợt'), 1),
      expected: [/^“Tên đợt”: .*thiếu dòng “Tên đợt”/],
    },
    {
      name: 'a deadline that is not a date',
      edit: (v) => (v[rowOf(v, 'Hạn nộp')][1] = 'giữa tháng 7'),
      expected: [/^“Hạn nộp”: sai định dạng ngày.*\(dòng 5, ô B5\)$/],
    },
    {
      name: 'a quota typed as words',
      edit: (v) => (v[rowOf(v, 'LOẠI ĐƠN VỊ') + 2][3] = 'ba'),
      expected: [/^Bảng “LOẠI ĐƠN VỊ”, cột “Tối thiểu”: phải là số \(dòng \d+, ô D\d+\)$/],
    },
    {
      name: 'a fractional quota',
      edit: (v) => (v[rowOf(v, 'LOẠI ĐƠN VỊ') + 2][4] = 2.5),
      expected: [/cột “Tối đa”: phải là số nguyên/],
    },
    {
      name: 'min above max',
      edit: (v) => (v[rowOf(v, 'LOẠI ĐƠN VỊ') + 3][3] = 5),
      expected: [/^Bảng “LOẠI ĐƠN VỊ”: chỉ tiêu tối thiểu \(min\) lớn hơn tối đa \(max\) \(dòng \d+\)$/],
    },
    {
      name: 'a unit of an unknown type and a duplicate field code',
      edit: (v) => {
        v[rowOf(v, 'ĐƠN VỊ') + 2][1] = 'huyen';
        v[rowOf(v, 'LĨNH VỰC') + 3][0] = 'VH-XH';
      },
      expected: [/cột “Mã”: “VH-XH” bị trùng/, /cột “Loại”: loại đơn vị “huyen” không có trong unitTypes/],
    },
    {
      name: 'a field without a name',
      edit: (v) => (v[rowOf(v, 'LĨNH VỰC') + 2][1] = '   '),
      expected: [/^Bảng “LĨNH VỰC”, cột “Tên”: bắt buộc nhưng đang thiếu \(dòng \d+, ô B\d+\)$/],
    },
    {
      name: 'no fields table',
      edit: (v) => {
        const f = rowOf(v, 'LĨNH VỰC');
        v.splice(f, 5);
      },
      expected: [/^Bảng “LĨNH VỰC”: bắt buộc nhưng đang thiếu \(không thấy bảng “LĨNH VỰC”\)$/],
    },
    {
      name: 'a table whose header row lost a column',
      edit: (v) => (v[rowOf(v, 'LĨNH VỰC') + 1][0] = 'Ký hiệu'),
      expected: [/^Bảng “LĨNH VỰC” thiếu cột “Mã” ở dòng tiêu đề cột \(dòng \d+\)$/],
    },
    {
      name: 'a required flag that is neither yes nor no',
      edit: (v) => {
        const k = rowOf(v, 'CỘT BỔ SUNG');
        v.splice(k + 2, 0, ['dia_diem', 'Địa điểm', null, 'tùy']);
      },
      expected: [/cột “Bắt buộc”: cần ghi “Có” hoặc “Không”, đang là “tùy”/],
    },
    {
      name: 'a badly formed extra column key',
      edit: (v) => {
        const k = rowOf(v, 'CỘT BỔ SUNG');
        v.splice(k + 2, 0, ['Địa điểm', 'Địa điểm triển khai']);
      },
      expected: [/cột “Khóa”: chỉ gồm chữ thường không dấu/],
    },
    {
      name: 'the same table twice',
      edit: (v) => v.push([], ['LĨNH VỰC'], ['Mã', 'Tên'], ['KT', 'Kinh tế']),
      expected: [/^Bảng “LĨNH VỰC” xuất hiện hai lần/],
    },
  ];

  it.each(cases)('$name', ({ edit, expected }) => {
    const v = defaultSheet();
    edit(v);
    const got = problems(v);
    for (const e of expected) expect(got).toContainEqual(typeof e === 'string' ? e : expect.stringMatching(e));
  });

  it('points at the exact sheet row of the bad item', () => {
    const v = defaultSheet();
    const row = rowOf(v, 'LOẠI ĐƠN VỊ') + 3; // the second unit type
    v[row][3] = 'hai';
    const r = configFromGrid(grid(v));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      { path: 'unitTypes[1].quota.min', message: `Bảng “LOẠI ĐƠN VỊ”, cột “Tối thiểu”: phải là số (dòng ${row + 1}, ô D${row + 1})` },
    ]);
  });

  it('lists every problem at once', () => {
    const v = defaultSheet();
    v[rowOf(v, 'Tên đợt')][1] = '';
    v[rowOf(v, 'Hạn nộp')][1] = '2021-02-30';
    v[rowOf(v, 'LOẠI ĐƠN VỊ') + 2][3] = 'ba';
    expect(problems(v)).toHaveLength(3);
  });
});

describe('units’ addresses on the sheet', () => {
  it('lays out one address (a string) or several, and reads them back the same', () => {
    const base = presetConfig()!;
    const config = configSchema.parse({
      ...base,
      units: base.units.map((u, i) => (i === 0 ? { ...u, email: 'hoalu@ldld.example.vn', contact: 'Đ/c Lan' } : i === 1 ? { ...u, email: ['a@x.vn', 'b@x.vn'] } : u)),
    });
    const values = configToGrid(config);
    const r = configFromGrid({ values, merges: [] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.units[0]).toMatchObject({ email: ['hoalu@ldld.example.vn'], contact: 'Đ/c Lan' });
    expect(r.config.units[1].email).toEqual(['a@x.vn', 'b@x.vn']);
  });
});

describe('successors on the sheet', () => {
  it('lays out “Đơn vị thay thế” and “Tính danh sách cho đơn vị thay thế”, and reads them back', () => {
    const base = presetConfig()!;
    const [a, b] = base.units;
    const config = configSchema.parse({
      ...base,
      units: base.units.map((u) => (u === a ? { ...u, replacedBy: b.name, successorTakesLists: true } : u)),
    });
    const values = configToGrid(config);
    expect(values.some((r) => r.includes('Tính danh sách cho đơn vị thay thế'))).toBe(true);
    const r = configFromGrid({ values, merges: [] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.units[0]).toMatchObject({ replacedBy: b.name, successorTakesLists: true });
    expect(r.config.units[1].successorTakesLists).toBeFalsy();
  });
});

// The presets of the 2026–2030 phase: a ward's Fatherland Front with the ten-item form, a province's Ban Tuyên giáo và Dân vận.
import { describe, expect, it } from 'vitest';
import { configSchema, registrationDeadline, type Config } from '../../src/domain/config';
import { registrationLayout } from '../../src/domain/form-layout';
import type { Cell } from '../../src/domain/grid';
import { findHeader } from '../../src/domain/header';
import { PRESETS, presetConfig } from '../../src/domain/presets';
import { detectUnit } from '../../src/domain/unit';
import { validateList } from '../../src/domain/validate';

const NEW = ['mttq-phuong-2026', 'tinh-2026'] as const;
const ward = () => presetConfig('mttq-phuong-2026')!;
const province = () => presetConfig('tinh-2026')!;

/** A level of the district tier, abolished on 1 July 2025 (and the township, a commune-level name abolished with it). */
const DISTRICT_LEVEL = /(^|[^\p{L}])(huyện|quận|thị xã|thị trấn|thành phố|TP|TX|Huyện ủy|Quận ủy|Thị ủy|Thành ủy)(?![\p{L}])/iu;

/** Every name a preset gives to a unit, a unit type or a recognition level. */
function levelNames(c: Config): string[] {
  return [
    ...c.units.flatMap((u) => [u.name, ...(u.aliases ?? []), ...(u.parent ? [u.parent] : []), ...(u.replacedBy ? [u.replacedBy] : [])]),
    ...c.unitTypes.flatMap((t) => [t.label, ...(t.match ?? [])]),
    ...(c.recognitionLevels ?? []).map((l) => l.label),
  ];
}

it('the district check finds the district names of the 2021 preset, and not the military (“Quân sự”) or “xã”', () => {
  expect(levelNames(presetConfig('ldld-ninh-binh-2021')!).filter((n) => DISTRICT_LEVEL.test(n))).toHaveLength(13);
  expect(['LĐLĐ TP Tam Điệp', 'Huyện ủy Kim Sơn', 'Đảng ủy thị trấn Me'].every((n) => DISTRICT_LEVEL.test(n))).toBe(true);
  expect(['Ban Chỉ huy Quân sự phường', 'Đảng ủy xã Gia Viễn', 'Đảng ủy đặc khu Cô Tô'].some((n) => DISTRICT_LEVEL.test(n))).toBe(false);
});

describe.each(NEW)('%s', (name) => {
  it('passes the config schema as written, and every text in it is NFC', () => {
    const raw = PRESETS[name].config;
    const r = configSchema.safeParse(raw);
    expect(r.success).toBe(true);
    const json = JSON.stringify(raw);
    expect(json).toBe(json.normalize('NFC'));
    expect(PRESETS[name].description).toBe(PRESETS[name].description.normalize('NFC'));
  });

  it('names no district-level unit, unit type or level', () => {
    const names = levelNames(presetConfig(name)!);
    expect(names.length).toBeGreaterThan(3);
    expect(names.filter((n) => DISTRICT_LEVEL.test(n))).toEqual([]);
  });

  it('has the four fields, the ten items as columns, recognition levels and a registration deadline', () => {
    const c = presetConfig(name)!;
    expect(c.fields.map((f) => f.code)).toEqual(['XD-HTCT', 'KT', 'VH-XH', 'QP-AN']);
    expect(c.columns!.map((k) => k.key)).toEqual([
      'thuc_trang',
      'muc_tieu',
      'noi_dung',
      'dia_ban',
      'chu_the',
      'nguon_luc',
      'thoi_gian',
      'san_pham',
      'duy_tri',
    ]);
    expect(c.columns!.filter((k) => k.required).map((k) => k.label)).toEqual([
      'Nội dung, cách làm',
      'Chủ thể thực hiện',
      'Sản phẩm, kết quả kiểm chứng được',
    ]);
    expect(c.recognitionLevels!.length).toBe(3);
    expect(registrationDeadline(c)).toBe(c.deadline);
  });

  it('its form, as the tools lay it out, is read back column for column; the model name (item 1) is required', () => {
    const c = presetConfig(name)!;
    const L = registrationLayout(c, { markRequired: true });
    const values: Cell[][] = L.values.map((r) => r.map((v) => (v === '' ? null : v)));
    const h = findHeader({ values, merges: L.merges }, c)!;
    expect(h.model).toBe(2);
    expect(L.requiredCols).toContain(2);
    expect(Object.keys(h.extra)).toEqual(c.columns!.map((k) => k.key));
  });
});

describe('mttq-phuong-2026: a ward’s Fatherland Front collects from its Party cells, agencies and mass organisations', () => {
  it('is due on 25/10/2026 and recognises at the grassroots, ward and province levels', () => {
    const c = ward();
    expect(c.deadline).toBe('2026-10-25');
    expect(c.deadlines).toEqual([{ key: 'dang-ky', label: 'Gửi đăng ký mô hình “Dân vận khéo” năm 2026', date: '2026-10-25' }]);
    expect(c.recognitionLevels).toEqual([
      { code: 'co-so', label: 'Cơ sở' },
      { code: 'phuong', label: 'Phường' },
      { code: 'tinh', label: 'Tỉnh' },
    ]);
  });

  it('lists units of the ward in force since 1 July 2025, of four types, each asked for at least one model', () => {
    const c = ward();
    expect(c.unitTypes.map((t) => t.code)).toEqual(['chi-bo-kdc', 'chi-bo-co-quan', 'co-quan', 'doan-the']);
    expect(c.unitTypes.every((t) => t.quota.min === 1 && t.quota.max === undefined)).toBe(true);
    expect(c.units.length).toBe(12);
    expect(c.units.every((u) => u.validFrom === '2025-07-01' && !u.validTo)).toBe(true);
    for (const t of c.unitTypes) expect(c.units.some((u) => u.type === t.code)).toBe(true);
  });

  it.each([
    // The cell's list under its Party committee: the first line naming a unit wins.
    [['ĐẢNG BỘ PHƯỜNG HOA LƯ', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'CHI BỘ TDP SỐ 5'], 'Chi bộ tổ dân phố số 5', 'chi-bo-kdc'],
    [['ĐẢNG BỘ PHƯỜNG HOA LƯ', 'CHI BỘ TRƯỜNG THCS HOA LƯ'], 'Chi bộ Trường Trung học cơ sở Hoa Lư', 'chi-bo-co-quan'],
    [['CÔNG AN TỈNH NINH BÌNH', 'CÔNG AN PHƯỜNG HOA LƯ'], 'Công an phường Hoa Lư', 'co-quan'],
    [['HỘI LHPN PHƯỜNG HOA LƯ'], 'Hội Liên hiệp Phụ nữ phường Hoa Lư', 'doan-the'],
    [['ĐOÀN TNCS HỒ CHÍ MINH', 'BCH ĐOÀN PHƯỜNG HOA LƯ'], 'Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Hoa Lư', 'doan-the'],
    [['VĂN PHÒNG HĐND VÀ UBND PHƯỜNG HOA LƯ'], 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Hoa Lư', 'co-quan'],
  ])('tells the unit from the title lines %j', (lines, unit, type) => {
    expect(detectUnit(lines, [], ward()).unit).toEqual({ name: unit, type });
  });

  it.each([
    ['CHI BỘ TỔ DÂN PHỐ SỐ 15', 'chi-bo-kdc'],
    ['CHI BỘ TRƯỜNG TIỂU HỌC HOA LƯ', 'chi-bo-co-quan'],
    ['CHI BỘ QUÂN SỰ PHƯỜNG HOA LƯ', 'chi-bo-co-quan'],
    ['TRẠM Y TẾ PHƯỜNG HOA LƯ', 'co-quan'],
    ['HỘI NGƯỜI CAO TUỔI PHƯỜNG HOA LƯ', 'doan-the'],
  ])('gives a unit not in the list, “%s”, its type', (line, type) => {
    expect(detectUnit([line], [], ward()).unit).toEqual({ name: line, type });
  });

  it('reads the ten items under the headers officers type, and leaves a bare “Đối tượng” to the kind of model', () => {
    const headers = [
      'TT',
      'Tên tập thể, cá nhân',
      'Tên mô hình',
      'Tiếp tục đăng ký',
      'Đăng ký mới',
      'XD Đảng và HTCT',
      'Kinh tế',
      'Văn hóa, xã hội',
      'Quốc phòng, an ninh',
      'Thực trạng và lý do xây dựng mô hình',
      'Mục tiêu',
      'Cách làm',
      'Địa bàn, đối tượng tác động',
      'Lực lượng thực hiện',
      'Kinh phí, nguồn lực',
      'Thời gian, lộ trình',
      'Sản phẩm/kết quả kiểm chứng được',
      'Khả năng nhân rộng',
      'Đối tượng',
    ];
    const h = findHeader({ values: [headers], merges: [] }, ward())!;
    expect(h.fields).toEqual({ 'XD-HTCT': 5, KT: 6, 'VH-XH': 7, 'QP-AN': 8 });
    expect(h.extra).toEqual({
      thuc_trang: 9,
      muc_tieu: 10,
      noi_dung: 11,
      dia_ban: 12,
      chu_the: 13,
      nguon_luc: 14,
      thoi_gian: 15,
      san_pham: 16,
      duy_tri: 17,
    });
    expect(h.kind).toBe(18);
  });

  it('reads the items numbered as the guidance numbers them (“2. Thực trạng, lý do”, “(9) Sản phẩm…”, “10) Khả năng…”)', () => {
    const headers = [
      'STT',
      'Tên tập thể hoặc cá nhân',
      '1. Tên mô hình',
      'Tiếp tục đăng ký',
      'Đăng ký mới',
      'Lĩnh vực',
      '2. Thực trạng, lý do',
      '3. Mục tiêu, tiêu chí',
      '4. Nội dung và cách làm',
      '5. Địa bàn, đối tượng',
      '6. Chủ thể thực hiện',
      '7. Nguồn lực',
      '8. Thời gian thực hiện',
      '(9) Sản phẩm/kết quả kiểm chứng được',
      '10) Khả năng duy trì, nhân rộng',
    ];
    const h = findHeader({ values: [headers], merges: [] }, ward())!;
    expect([h.model, h.fieldText]).toEqual([2, 5]);
    expect(Object.entries(h.extra)).toEqual(ward().columns!.map((c, i) => [c.key, 6 + i]));
  });

  it('keeps a multi-paragraph cell as typed and flags a blank required item on its cell', () => {
    const long = 'Bước 1: họp chi bộ.\n\nBước 2: phân công đảng viên:\n- tổ 1;\n- tổ 2.';
    const header = ['STT', 'Tên tập thể hoặc cá nhân', 'Tên mô hình', 'Tiếp tục đăng ký', 'Đăng ký xây dựng mới', 'VH-XH', 'Nội dung, cách làm', 'Chủ thể thực hiện', 'Sản phẩm, kết quả kiểm chứng được'];
    const values: Cell[][] = [
      ['CHI BỘ TỔ DÂN PHỐ SỐ 3'],
      header,
      [1, 'Chi bộ tổ dân phố số 3', 'Mô hình A', null, 'x', 'x', long, 'Chi ủy', 'Sổ theo dõi'],
      [2, 'Chi bộ tổ dân phố số 3', 'Mô hình B', null, 'x', 'x', 'Họp dân', 'Chi ủy', null],
    ];
    const r = validateList({ values, merges: [] }, ward());
    expect(r.models[0].extra.noi_dung).toBe(long);
    expect(r.findings.filter((f) => f.code !== 'COLUMN_MISSING').map((f) => [f.code, f.row, f.column])).toEqual([['MISSING_VALUE', 4, 'I']]);
    // The list has one field column only: the three others are named, nothing else.
    expect(r.findings.filter((f) => f.code === 'COLUMN_MISSING').map((f) => f.params)).toEqual([
      { column: 'Lĩnh vực: Xây dựng Đảng, hệ thống chính trị (XD-HTCT)' },
      { column: 'Lĩnh vực: Phát triển kinh tế (KT)' },
      { column: 'Lĩnh vực: Quốc phòng - an ninh (QP-AN)' },
    ]);
  });
});

describe('tinh-2026: a province’s Ban Tuyên giáo và Dân vận collects from commune, ward and special-zone Party committees', () => {
  it('has unit types for xã, phường, đặc khu and provincial bodies, and no unit list of its own', () => {
    const c = province();
    expect(c.unitTypes.map((t) => [t.code, t.label])).toEqual([
      ['xa', 'Đảng ủy xã'],
      ['phuong', 'Đảng ủy phường'],
      ['dac-khu', 'Đảng ủy đặc khu'],
      ['co-quan', 'Đảng ủy, cơ quan cấp tỉnh'],
    ]);
    expect(c.units).toEqual([]);
  });

  it('is due after the wards close their own registration, and reports before the year ends', () => {
    const c = province();
    expect(c.deadline).toBe('2026-11-10');
    expect(c.deadline! > ward().deadline!).toBe(true);
    expect(c.deadlines!.map((d) => [d.key, d.date])).toEqual([
      ['dang-ky', '2026-11-10'],
      ['bao-cao', '2026-12-10'],
    ]);
    expect(c.recognitionLevels!.map((l) => l.label)).toEqual(['Cơ sở', 'Xã, phường, đặc khu', 'Tỉnh']);
  });

  it.each([
    ['ĐẢNG BỘ TỈNH NINH BÌNH', 'ĐẢNG ỦY XÃ GIA VIỄN', 'xa'],
    ['ĐẢNG BỘ TỈNH NINH BÌNH', 'ĐẢNG ỦY PHƯỜNG HOA LƯ', 'phuong'],
    ['ĐẢNG BỘ TỈNH QUẢNG NINH', 'ĐẢNG ỦY ĐẶC KHU VÂN ĐỒN', 'dac-khu'],
    ['ĐẢNG BỘ TỈNH NINH BÌNH', 'ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH', 'co-quan'],
    ['', 'CÔNG AN TỈNH NINH BÌNH', 'co-quan'],
  ])('types the list of “%s / %s” as %s', (above, line, type) => {
    const lines = [above, line].filter(Boolean);
    expect(detectUnit(lines, [], province()).unit).toEqual({ name: line, type });
  });
});

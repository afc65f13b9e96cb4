// Tag data built from metadata, config, models and statistics; the tag catalogue and its documentation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocumentData, type TagData } from '../../../src/domain/document/data';
import { chosenLevel, findLevel, levelPhrase } from '../../../src/domain/document/recognition-level';
import { TAGS, type TagSpec } from '../../../src/domain/document/tags';
import { presetConfig } from '../../../src/domain/presets';
import { FOLLOWED, FOLLOWED_UP, MODELS, PARTY_META, aggregateOf, meta, ninhBinh, type ModelSpec } from './fixtures';
import { TEMPLATES_DIR } from './helpers';

const config = ninhBinh();
const build = (m = meta(), models: readonly ModelSpec[] = MODELS, template?: 'ke-hoach' | 'huong-dan') =>
  buildDocumentData({ meta: m, config, aggregate: aggregateOf(config, models), template });

type Item = Record<string, unknown>;
const list = (d: TagData, k: string) => d[k] as Item[];

describe('header lines', () => {
  it('derives the state header lines from the seed-004 metadata', () => {
    const { data, warnings } = build();
    expect(warnings).toEqual([]);
    expect(data).toMatchObject({
      nha_nuoc: true,
      dang: false,
      co_quan_chu_quan_hoa: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
      co_quan_hoa: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH',
      so: '29',
      so_ky_hieu: '29/HD-LĐLĐ',
      dong_so: 'Số: 29/HD-LĐLĐ',
      dong_ngay: 'Ninh Bình, ngày 06 tháng 7 năm 2021',
      ngay: '06/7/2021',
      nam: '2021',
      loai_van_ban: 'Hướng dẫn',
      ten_loai: 'HƯỚNG DẪN',
      quyen_han_hoa: 'TM. BAN THƯỜNG VỤ',
      chuc_vu_hoa: 'PHÓ CHỦ TỊCH THƯỜNG TRỰC',
      tham_quyen_hoa: 'BAN THƯỜNG VỤ LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH',
      dong_kem_theo: 'Kèm theo Hướng dẫn số 29/HD-LĐLĐ ngày 06/7/2021 của Liên đoàn Lao động tỉnh Ninh Bình',
      dong_luu: '- Lưu: VT, TG-NC.',
    });
    expect(data.trich_yeu_thuong).toMatch(/^các tiêu chí/);
    expect(list(data, 'dong_ky')).toEqual([{ dong: 'TM. BAN THƯỜNG VỤ' }, { dong: 'PHÓ CHỦ TỊCH THƯỜNG TRỰC' }]);
    expect(list(data, 'noi_nhan').map((l) => l.dong)).toEqual([
      '- Ban Dân vận Tỉnh ủy;',
      '- Ban Tuyên giáo Tổng LĐLĐ Việt Nam;',
      '- Thường trực, các ban LĐLĐ tỉnh;',
      '- LĐLĐ các huyện, thành phố, công đoàn ngành;',
      '- Website;',
      '- Lưu: VT, TG-NC.',
    ]);
    expect(list(data, 'can_cu')[0].dong).toMatch(/2021 – 2025;$/);
  });

  it('derives the Party lines (HD 36)', () => {
    const { data } = build(meta(PARTY_META));
    expect(data).toMatchObject({
      nha_nuoc: false,
      dang: true,
      dong_so: 'Số 09-CTr/ĐU',
      so_ky_hieu: '09-CTr/ĐU',
      dong_ngay: 'Thạch Hà, ngày 26 tháng 02 năm 2021',
      ten_loai: 'CHƯƠNG TRÌNH',
      quyen_han_hoa: 'T/M ĐẢNG ỦY',
      dong_luu: '- Lưu Văn phòng Đảng ủy.',
    });
    expect(list(data, 'noi_nhan').map((l) => l.dong)).toEqual([
      '- Ban Dân vận Huyện ủy (để b/c),',
      '- Các chi bộ trực thuộc,',
      '- Lưu Văn phòng Đảng ủy.',
    ]);
  });

  it('takes the type name from the metadata, else the template, else the symbol — and says when they disagree', () => {
    expect(build(meta(undefined, { loai_van_ban: 'Chương trình' })).data.ten_loai).toBe('CHƯƠNG TRÌNH');
    const r = build(meta(), MODELS, 'ke-hoach');
    expect(r.data.ten_loai).toBe('KẾ HOẠCH');
    expect(r.warnings).toEqual(['Ký hiệu “HD-LĐLĐ” là của hướng dẫn nhưng mẫu là kế hoạch (thường dùng “KH-…”).']);
    const letter = build(meta(undefined, { ky_hieu: 'LĐLĐ-TG' }));
    expect(letter.data.ten_loai).toBe('');
    expect(letter.warnings[0]).toMatch(/^Chưa rõ tên loại văn bản/);
  });

  it('leaves blanks and says so when the number, the date or the subject are not given yet', () => {
    const { data, warnings } = build(meta(undefined, { so: undefined, ngay: undefined, trich_yeu: undefined }));
    expect(data.dong_so).toMatch(/^Số: \u00a0+\/HD-LĐLĐ$/);
    expect(data.dong_ngay).toMatch(/^Ninh Bình, ngày\u00a0+tháng\u00a0+năm\u00a0+$/);
    expect(data.ngay).toBeNull();
    expect(data.nam).toBeNull();
    expect(data.trich_yeu).toBe(config.title);
    expect(warnings).toEqual([
      'Chưa có số văn bản: để trống để văn thư ghi khi vào sổ.',
      'Chưa có ngày ban hành: để trống ngày, tháng, năm.',
      `Chưa có trích yếu: dùng tên đợt trong cấu hình (“${config.title}”).`,
    ]);
  });

  it('gives null (a warning when rendered) for a signer not given', () => {
    const { data } = build(meta(undefined, { nguoi_ky: undefined, chuc_vu: undefined }));
    expect(data.nguoi_ky).toBeNull();
    expect(data.chuc_vu_hoa).toBeNull();
    expect(list(data, 'dong_ky')).toEqual([{ dong: 'TM. BAN THƯỜNG VỤ' }]);
  });
});

describe('campaign and statistics', () => {
  const { data } = build();

  it('lists fields with counts and shares, and the quota sentence', () => {
    expect(list(data, 'linh_vuc')).toEqual([
      { stt: 1, ma: 'VH-XH', ten: 'Văn hóa - xã hội', ten_thuong: 'văn hóa - xã hội', so_luong: 7, ty_le: '63,6%', dau_cuoi: ';' },
      { stt: 2, ma: 'ANQP', ten: 'An ninh - quốc phòng', ten_thuong: 'an ninh - quốc phòng', so_luong: 2, ty_le: '18,2%', dau_cuoi: ';' },
      {
        stt: 3,
        ma: 'XD-HTCT',
        ten: 'Xây dựng hệ thống chính trị',
        ten_thuong: 'xây dựng hệ thống chính trị',
        so_luong: 2,
        ty_le: '18,2%',
        dau_cuoi: '.',
      },
    ]);
    expect(data.cac_linh_vuc).toBe('văn hóa - xã hội, an ninh - quốc phòng và xây dựng hệ thống chính trị');
    expect(data.cau_chi_tieu).toBe('LĐLĐ huyện, thành phố: mỗi đơn vị 03 mô hình; Công đoàn ngành: mỗi đơn vị 02 mô hình');
    expect(list(data, 'loai_don_vi').map((t) => [t.chi_tieu, t.chi_tieu_day_du, t.so_don_vi])).toEqual([
      ['3', 'mỗi đơn vị 03 mô hình', 8],
      ['2', 'mỗi đơn vị 02 mô hình', 7],
      ['', 'không giao chỉ tiêu', 1],
    ]);
    expect(data).toMatchObject({ han_nop: '15/7/2021', han_nop_day_du: 'ngày 15 tháng 7 năm 2021', co_han_nop: true, co_chi_tieu: true });
  });

  it('groups models by unit in Vietnamese order with one running number', () => {
    const groups = list(data, 'don_vi_co_mo_hinh');
    expect(groups.map((g) => [g.stt_la_ma, g.ten, g.so_mo_hinh, g.trang_thai])).toEqual([
      ['I', 'Công đoàn ngành Giáo dục', 3, 'Vượt 1'],
      ['II', 'Công đoàn ngành Y tế', 1, 'Thiếu 1'],
      ['III', 'Liên đoàn Lao động huyện Gia Viễn', 3, 'Đạt'],
      ['IV', 'Liên đoàn Lao động huyện Hoa Lư', 1, 'Thiếu 2'],
      ['V', 'Liên đoàn Lao động huyện Yên Mô', 3, 'Đạt'],
    ]);
    const numbers = groups.flatMap((g) => (g.mo_hinh as Item[]).map((m) => m.stt));
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(list(data, 'mo_hinh').map((m) => m.stt)).toEqual(numbers);
    const first = (groups[0].mo_hinh as Item[])[0];
    expect(first).toEqual({
      stt: 1,
      stt_trong_don_vi: 1,
      ten_don_vi: 'Công đoàn ngành Giáo dục',
      ten_tap_the: 'Công đoàn Trường THPT Hoa Lư A',
      ten_mo_hinh: 'Mỗi tuần một việc làm tốt',
      tiep_tuc: 'x',
      moi: '',
      hinh_thuc: 'Tiếp tục đăng ký',
      ma_linh_vuc: 'VH-XH',
      ten_linh_vuc: 'Văn hóa - xã hội',
      // Right after registration: no kind told, nothing recorded by the officer yet.
      tap_the_ca_nhan: '',
      trien_khai: '',
      cap_duoc_cong_nhan: '',
      ngay_cong_nhan: '',
      de_nghi_khen_thuong: '',
      ghi_chu_theo_doi: '',
      dau_cuoi: ';',
    });
  });

  it('lists every expected unit with its quota status, and the ones that did not submit', () => {
    const units = list(data, 'don_vi');
    expect(units).toHaveLength(16);
    expect(units[0].ten).toBe('Công đoàn các Khu công nghiệp tỉnh');
    const gv = units.find((u) => u.ten === 'Liên đoàn Lao động huyện Gia Viễn')!;
    expect(gv).toMatchObject({ chi_tieu: '3', chi_tieu_day_du: '03 mô hình', so_moi: 2, so_tiep_tuc: 1, dat: true, loai: 'LĐLĐ huyện, thành phố' });
    expect(units.filter((u) => u.trang_thai === 'Chưa gửi')).toHaveLength(11);
    expect(data).toMatchObject({
      tong_so: 11,
      so_moi: 7,
      so_tiep_tuc: 4,
      ty_le_moi: '63,6%',
      so_don_vi_giao: 16,
      so_don_vi_nop: 5,
      so_don_vi_chua_nop: 11,
      so_don_vi_co_mo_hinh: 5,
      so_don_vi_dat: 2,
      so_don_vi_chua_dat: 2,
      so_don_vi_vuot: 1,
      cac_don_vi_chua_dat: 'Công đoàn ngành Y tế (thiếu 1); Liên đoàn Lao động huyện Hoa Lư (thiếu 2)',
    });
    const missing = list(data, 'don_vi_chua_nop');
    expect(missing[0]).toEqual({ stt: 1, ten: 'Công đoàn các Khu công nghiệp tỉnh', loai: 'Công đoàn các Khu công nghiệp', dau_cuoi: ';' });
    expect(missing.at(-1)).toMatchObject({ ten: 'Liên đoàn Lao động thành phố Tam Điệp', dau_cuoi: '.' });
    expect(list(data, 'don_vi_chua_dat').map((u) => [u.ten, u.thieu])).toEqual([
      ['Công đoàn ngành Y tế', 1],
      ['Liên đoàn Lao động huyện Hoa Lư', 2],
    ]);
  });

  it('builds the seed-004 list table with a column per field and a total row', () => {
    const xml = data.bang_danh_sach as string;
    expect(xml.startsWith('<w:tbl>')).toBe(true);
    expect(xml.match(/<w:gridCol /g)).toHaveLength(8);
    expect(xml).toContain('<w:gridSpan w:val="3"/>');
    for (const text of ['Tiếp tục đăng ký', 'Đăng ký xây dựng mới', 'Lĩnh vực', 'VH-XH', 'ANQP', 'XD-HTCT', 'I. Công đoàn ngành Giáo dục (03 mô hình)', 'Tổng cộng: 11 mô hình'])
      expect(xml).toContain(`>${text}<`);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    const form = data.bang_mau_dang_ky as string;
    expect(form.match(/<w:t xml:space="preserve">\.\.<\/w:t>/g)).toHaveLength(2);
  });
});

describe('statistics are the aggregation’s own', () => {
  it('a unit no longer in force on the campaign’s deadline is not one that sent nothing (2026: no district level)', () => {
    // The district federations of the preset end on 30 June 2025; a 2026 campaign expects only the other units.
    const cfg = { ...config, deadline: '2026-03-20' };
    const sectoral = MODELS.filter((m) => m.unitType === 'cd-nganh');
    const { data } = buildDocumentData({ meta: meta(), config: cfg, aggregate: aggregateOf(cfg, sectoral) });
    const missing = list(data, 'don_vi_chua_nop').map((u) => u.ten as string);
    expect(missing).not.toContain('Liên đoàn Lao động huyện Kim Sơn');
    expect(missing.every((u) => !/huyện|thành phố/.test(u))).toBe(true);
    expect(data.so_don_vi_chua_nop).toBe(6);
    expect(data.so_don_vi_giao).toBe(8);
  });
});

describe('campaign extra columns', () => {
  const cfg = presetConfig('dang-uy-khoi-2024')!;
  const models: ModelSpec[] = [
    {
      unit: 'Chi bộ Văn phòng',
      unitType: 'to-chuc-dang',
      name: 'Chi bộ Văn phòng',
      model: 'Dân vận khéo trong cải cách hành chính',
      regType: 'new',
      field: 'XD-HTCT',
      extra: { dia_diem: 'Trụ sở cơ quan', don_vi_thuc_hien: 'Văn phòng', noi_dung: 'Một cửa', 'Bad Key': 'x' },
    },
  ];
  const r = buildDocumentData({ meta: meta(), config: cfg, aggregate: aggregateOf(cfg, models) });

  it('puts the extra values on each model and lets templates use them', () => {
    expect((r.data.mo_hinh as Item[])[0]).toMatchObject({ dia_diem: 'Trụ sở cơ quan', noi_dung: 'Một cửa' });
    expect((r.data.mo_hinh as Item[])[0]).not.toHaveProperty('Bad Key');
    const item = r.tags.find((t) => t.name === 'mo_hinh')!.item!.map((t) => t.name);
    expect(item).toEqual(expect.arrayContaining(['dia_diem', 'don_vi_thuc_hien', 'noi_dung']));
    expect(list(r.data, 'cot_bo_sung').map((c) => c.ten)).toEqual(['Địa điểm triển khai', 'Cơ quan, đơn vị thực hiện', 'Nội dung, hình thức hoạt động']);
    expect(r.data.bang_danh_sach as string).toContain('>Trụ sở cơ quan<');
    expect((r.data.bang_danh_sach as string).match(/<w:gridCol /g)).toHaveLength(5 + 4 + 3);
    expect(r.data.co_han_nop).toBe(true);
    expect(r.data.co_chi_tieu).toBe(false);
  });
});

describe('tag catalogue', () => {
  // The Ninh Bình campaign plus the collective columns of seed 000, so that every loop has items.
  const cfg = { ...config, columns: presetConfig('cdn-y-te-2017')!.columns };
  // A year on, so that the results loops have items too.
  const models = FOLLOWED.map((m) => ({ ...m, extra: { dia_diem: 'Ninh Bình', don_vi_thuc_hien: m.unit, noi_dung: 'Tuyên truyền' } }));
  const { data, tags } = buildDocumentData({ meta: meta(), config: cfg, aggregate: aggregateOf(cfg, models) });

  const keysOf = (specs: TagSpec[]) => specs.map((s) => s.name).sort();

  it('matches the data exactly, loop items included', () => {
    expect(Object.keys(data).sort()).toEqual(keysOf(TAGS));
    expect(keysOf(tags)).toEqual(keysOf(TAGS));
    const seen = new Map<string, number>();
    const check = (specs: TagSpec[], value: TagData, path = '') => {
      for (const s of specs) {
        if (s.kind === 'loop') {
          const items = value[s.name] as TagData[];
          const at = `${path}${s.name}`;
          seen.set(at, (seen.get(at) ?? 0) + items.length);
          for (const it of items) {
            expect(Object.keys(it).sort(), at).toEqual(keysOf(s.item!));
            check(s.item!, it, `${at}.`);
          }
        } else if (s.kind === 'condition') expect(typeof value[s.name], s.name).toBe('boolean');
        else if (s.kind === 'raw') expect(value[s.name], s.name).toMatch(/^<w:tbl>/);
        else expect(['string', 'number'], s.name).toContain(typeof value[s.name]);
      }
    };
    check(tags, data);
    // Every loop, nested ones included, was seen with items.
    expect([...seen].filter(([, n]) => n === 0)).toEqual([]);
    expect(seen.get('don_vi.mo_hinh')).toBe(11);
  });

  it('is documented tag by tag in templates/README.md', () => {
    const readme = readFileSync(join(TEMPLATES_DIR, 'README.md'), 'utf8');
    const missing: string[] = [];
    const walk = (specs: TagSpec[]) => {
      for (const s of specs) {
        const forms = s.kind === 'loop' || s.kind === 'condition' ? [`{#${s.name}}`] : s.kind === 'raw' ? [`{@${s.name}}`] : [`{${s.name}}`];
        if (!forms.some((f) => readme.includes(f))) missing.push(forms[0]);
        if (s.item) walk(s.item);
      }
    };
    walk(TAGS);
    expect(missing).toEqual([]);
  });
});

describe('results of the follow-up', () => {
  const year = (models: readonly ModelSpec[] = FOLLOWED, cfg = config) =>
    buildDocumentData({ meta: meta(), config: cfg, aggregate: aggregateOf(cfg, models) });

  it('counts registered → effective → recognised per level → proposed, by kind, by field and by unit', () => {
    const { data } = year();
    expect(data).toMatchObject({
      co_ket_qua_thuc_hien: true,
      so_hieu_qua: 7,
      ty_le_hieu_qua: '63,6%',
      so_cong_nhan: 6,
      ty_le_cong_nhan: '54,5%',
      so_de_nghi: 3,
      ty_le_de_nghi: '27,3%',
      cau_ket_qua_theo_loai:
        'Tập thể: 9 mô hình đăng ký, 5 triển khai hiệu quả, 4 được công nhận, 2 được đề nghị khen thưởng; cá nhân: 2 mô hình đăng ký, 2 triển khai hiệu quả, 2 được công nhận, 1 được đề nghị khen thưởng.',
    });
    expect(list(data, 'ket_qua_theo_loai')).toEqual([
      {
        stt: 1,
        ten: 'Tập thể',
        dang_ky: 9,
        hieu_qua: 5,
        ty_le_hieu_qua: '55,6%',
        cong_nhan: 4,
        ty_le_cong_nhan: '44,4%',
        de_nghi: 2,
        ty_le_de_nghi: '22,2%',
        theo_cap: [
          { ma: 'co-so', ten: 'Cơ sở', so_luong: 2 },
          { ma: 'huyen', ten: 'Huyện, thành phố, ngành', so_luong: 1 },
          { ma: 'tinh', ten: 'Tỉnh', so_luong: 1 },
        ],
        dau_cuoi: ';',
      },
      expect.objectContaining({ ten: 'Cá nhân', dang_ky: 2, cong_nhan: 2, dau_cuoi: '.' }),
    ]);
    expect(list(data, 'ket_qua_theo_linh_vuc').map((r) => [r.ten, r.dang_ky, r.hieu_qua, r.cong_nhan, r.de_nghi])).toEqual([
      ['Văn hóa - xã hội', 7, 5, 4, 2],
      ['An ninh - quốc phòng', 2, 1, 1, 0],
      ['Xây dựng hệ thống chính trị', 2, 1, 1, 1],
    ]);
    // Only units with models, in Vietnamese order.
    expect(list(data, 'ket_qua_theo_don_vi').map((r) => [r.stt, r.ten, r.dang_ky, r.cong_nhan])).toEqual([
      [1, 'Công đoàn ngành Giáo dục', 3, 1],
      [2, 'Công đoàn ngành Y tế', 1, 1],
      [3, 'Liên đoàn Lao động huyện Gia Viễn', 3, 2],
      [4, 'Liên đoàn Lao động huyện Hoa Lư', 1, 0],
      [5, 'Liên đoàn Lao động huyện Yên Mô', 3, 2],
    ]);
    expect(list(data, 'cac_cap_cong_nhan')).toEqual([
      { stt: 1, ma: 'co-so', ten: 'Cơ sở', ten_cap: 'cấp cơ sở', so_luong: 2, dau_cuoi: ';' },
      { stt: 2, ma: 'huyen', ten: 'Huyện, thành phố, ngành', ten_cap: 'cấp huyện, thành phố, ngành', so_luong: 1, dau_cuoi: ';' },
      { stt: 3, ma: 'tinh', ten: 'Tỉnh', ten_cap: 'cấp tỉnh', so_luong: 3, dau_cuoi: '.' },
    ]);
  });

  it('gives each model the officer’s values, the level as the config names it', () => {
    const models = list(year().data, 'mo_hinh');
    const hoa = models.find((m) => m.ten_tap_the === 'Bà Phạm Thị Hoa')!;
    expect(hoa).toMatchObject({
      tap_the_ca_nhan: 'Cá nhân',
      trien_khai: 'Hiệu quả',
      cap_duoc_cong_nhan: 'Tỉnh',
      ngay_cong_nhan: '28/9/2022',
      de_nghi_khen_thuong: 'Bằng khen của UBND tỉnh',
    });
    // Typed “TỈNH”: the config's label.
    expect(models.find((m) => m.ten_mo_hinh === 'Nụ cười thầy thuốc')!.cap_duoc_cong_nhan).toBe('Tỉnh');
    expect(models.find((m) => m.ten_tap_the === 'Công đoàn xã Gia Vân')).toMatchObject({ trien_khai: 'Dừng', ghi_chu_theo_doi: 'Đơn vị sáp nhập', cap_duoc_cong_nhan: '' });
  });

  it('adds a “Cấp khác” column for a level the config does not know', () => {
    const models = FOLLOWED.map((m, i) => (i === 10 ? { ...m, officer: { ...m.officer!, level: 'Xã' } } : m));
    const { data } = year(models);
    expect(list(data, 'ket_qua_theo_linh_vuc')[0].theo_cap).toEqual([
      { ma: 'co-so', ten: 'Cơ sở', so_luong: 2 },
      { ma: 'huyen', ten: 'Huyện, thành phố, ngành', so_luong: 1 },
      { ma: 'tinh', ten: 'Tỉnh', so_luong: 1 },
      { ma: 'khac', ten: 'Cấp khác', so_luong: 1 },
    ]);
    expect(data.bang_ket_qua).toContain('>Cấp khác<');
    expect(data.cau_ket_qua_thuc_hien).toMatch(/; 3 mô hình cấp tỉnh; 1 mô hình cấp khác \(không có trong cấu hình\)\.$/);
  });

  it('has no results (no section, no table, empty loops) right after registration or without a funnel', () => {
    for (const d of [build().data, year(MODELS).data]) {
      expect(d).toMatchObject({ co_ket_qua_thuc_hien: false, bang_ket_qua: '', bang_ket_qua_don_vi: '', cau_ket_qua_thuc_hien: '', so_cong_nhan: 0 });
      expect(list(d, 'ket_qua_theo_loai')).toEqual([]);
      expect(list(d, 'ket_qua_theo_don_vi')).toEqual([]);
    }
  });

  it('builds the results tables with one column per level of the campaign', () => {
    const cfg = presetConfig('dang-uy-khoi-2024')!;
    const models = FOLLOWED.map((m, i) => ({ ...m, field: cfg.fields[i % cfg.fields.length].code, officer: { ...m.officer!, level: ['', 'Đảng ủy Khối', 'co-so'][i % 3] } }));
    const { data } = year(models, cfg);
    const xml = data.bang_ket_qua as string;
    for (const h of ['Cơ sở', 'Đảng ủy Khối', 'Thành phố', 'Tổng số', 'Chia theo lĩnh vực']) expect(xml).toContain(`>${h}<`);
    expect(xml).toContain('<w:gridSpan w:val="4"/>'); // “Được công nhận” over Tổng số + 3 levels
    expect(xml.match(/<w:gridCol /g)).toHaveLength(4 + 3 + 1);
    expect(data.cau_ket_qua_thuc_hien).toContain('Các mô hình được công nhận gồm: 3 mô hình cấp cơ sở; 4 mô hình cấp Đảng ủy Khối.');
  });
});

describe('recognition levels', () => {
  it.each([
    ['Tỉnh', 'cấp tỉnh'],
    ['Cơ sở', 'cấp cơ sở'],
    ['Huyện, thành phố, ngành', 'cấp huyện, thành phố, ngành'],
    ['Ngành Y tế', 'cấp ngành Y tế'],
    ['Đảng ủy Khối', 'cấp Đảng ủy Khối'],
    ['Tỉnh ủy', 'cấp Tỉnh ủy'],
    ['Bộ', 'cấp Bộ'],
    ['Cấp tỉnh', 'cấp tỉnh'],
    ['LĐLĐ tỉnh', 'cấp LĐLĐ tỉnh'],
  ])('“%s” → “%s”', (label, phrase) => {
    expect(levelPhrase(label)).toBe(phrase);
  });

  const levels = config.recognitionLevels!;
  it.each([
    ['tinh', 'tinh'],
    ['Tỉnh', 'tinh'],
    ['  TỈNH ', 'tinh'],
    ['Ti\u0309nh', 'tinh'],
    ['cấp tỉnh', 'tinh'],
    ['co so', 'co-so'],
    ['huyện, thành phố, ngành', 'huyen'],
    ['xã', null],
    ['', null],
  ])('finds “%s” → %s', (value, code) => {
    expect(findLevel(levels, value)?.code ?? null).toBe(code);
  });

  it('checks the metadata’s level against the config, with the key, for adapters to report before rendering', () => {
    expect(chosenLevel({ cap_cong_nhan: 'Tỉnh' }, config)).toEqual({ level: { code: 'tinh', label: 'Tỉnh' }, problems: [] });
    expect(chosenLevel({}, config)).toEqual({ level: null, problems: [] });
    expect(chosenLevel({ cap_cong_nhan: 'Trung ương' }, config).problems).toEqual([
      { path: 'cap_cong_nhan', message: 'không có cấp công nhận “Trung ương” trong cấu hình; các cấp hợp lệ: “co-so” (Cơ sở), “huyen” (Huyện, thành phố, ngành), “tinh” (Tỉnh)' },
    ]);
  });

  it('the decision at a level holds its models only; the statistics stay the whole campaign’s', () => {
    const { data, warnings, problems } = buildDocumentData({
      meta: meta(undefined, { ky_hieu: 'QĐ-LĐLĐ', cap_cong_nhan: 'Cơ sở' }),
      config,
      aggregate: FOLLOWED_UP,
      template: 'quyet-dinh',
    });
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(list(data, 'mo_hinh').map((m) => m.ten_tap_the)).toEqual(['Công đoàn Trung tâm Y tế Kim Sơn', 'Công đoàn xã Yên Thành']);
    expect(list(data, 'mo_hinh').map((m) => m.stt)).toEqual([1, 2]);
    expect(data).toMatchObject({
      so_mo_hinh_danh_sach: 2,
      so_don_vi_co_mo_hinh: 2,
      tong_so: 11,
      co_cap_cong_nhan: true,
      cap_cong_nhan: 'Cơ sở',
      ma_cap_cong_nhan: 'co-so',
      ten_cap_cong_nhan: 'cấp cơ sở',
      cap_cong_nhan_hoa: 'CẤP CƠ SỞ',
    });
  });
});

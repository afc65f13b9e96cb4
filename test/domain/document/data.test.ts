// Tag data built from metadata, config, models and statistics; the tag catalogue and its documentation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocumentData, type DocModel, type TagData } from '../../../src/domain/document/data';
import { TAGS, type TagSpec } from '../../../src/domain/document/tags';
import { presetConfig } from '../../../src/domain/presets';
import { MODELS, PARTY_META, meta, ninhBinh, statsFor } from './fixtures';
import { TEMPLATES_DIR } from './helpers';

const config = ninhBinh();
const stats = statsFor(config, MODELS);
const build = (m = meta(), models: DocModel[] = MODELS, template?: 'ke-hoach' | 'huong-dan') =>
  buildDocumentData({ meta: m, config, models, stats: statsFor(config, models), template });

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

describe('campaign extra columns', () => {
  const cfg = presetConfig('dang-uy-khoi-2024')!;
  const models: DocModel[] = [
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
  const r = buildDocumentData({ meta: meta(), config: cfg, models, stats: statsFor(cfg, models) });

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
  const models = MODELS.map((m) => ({ ...m, extra: { dia_diem: 'Ninh Bình', don_vi_thuc_hien: m.unit, noi_dung: 'Tuyên truyền' } }));
  const { data, tags } = buildDocumentData({ meta: meta(), config: cfg, models, stats: statsFor(cfg, models) });

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

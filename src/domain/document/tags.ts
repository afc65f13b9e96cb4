// The catalogue of template tags: every name the data offers, with its kind; templates/README.md documents each one.

export type TagKind = 'text' | 'loop' | 'condition' | 'raw';

export interface TagSpec {
  name: string;
  kind: TagKind;
  /** Tags inside a loop's item (loops only). */
  item?: TagSpec[];
}

const text = (...names: string[]): TagSpec[] => names.map((name) => ({ name, kind: 'text' }));
const cond = (...names: string[]): TagSpec[] => names.map((name) => ({ name, kind: 'condition' }));
const raw = (...names: string[]): TagSpec[] => names.map((name) => ({ name, kind: 'raw' }));
const loop = (name: string, item: TagSpec[]): TagSpec => ({ name, kind: 'loop', item });

/** Lines with ready punctuation (căn cứ, nơi nhận, dòng ký…). */
const LINE_ITEM = text('dong');

/** Tags of one model; the campaign's extra columns (config `columns[].key`) are added per campaign. */
export const MODEL_TAGS: TagSpec[] = text(
  'stt',
  'stt_trong_don_vi',
  'ten_don_vi',
  'ten_tap_the',
  'ten_mo_hinh',
  'tiep_tuc',
  'moi',
  'hinh_thuc',
  'ma_linh_vuc',
  'ten_linh_vuc',
  'tap_the_ca_nhan',
  'trien_khai',
  'cap_duoc_cong_nhan',
  'ngay_cong_nhan',
  'de_nghi_khen_thuong',
  'ghi_chu_theo_doi',
  'dau_cuoi',
);

/** One row of the results: registered → effective → recognised (per level) → proposed. */
const RESULT_TAGS: TagSpec[] = [
  ...text('stt', 'ten', 'dang_ky', 'hieu_qua', 'ty_le_hieu_qua', 'cong_nhan', 'ty_le_cong_nhan', 'de_nghi', 'ty_le_de_nghi', 'dau_cuoi'),
  loop('theo_cap', text('ma', 'ten', 'so_luong')),
];

const UNIT_TAGS: TagSpec[] = [
  ...text(
    'stt',
    'stt_la_ma',
    'ten',
    'ten_hoa',
    'loai',
    'so_mo_hinh',
    'so_moi',
    'so_tiep_tuc',
    'chi_tieu',
    'chi_tieu_day_du',
    'trang_thai',
    'dau_cuoi',
  ),
  ...cond('dat'),
  loop('mo_hinh', MODEL_TAGS),
];

export const TAGS: TagSpec[] = [
  // Profile
  ...cond('nha_nuoc', 'dang'),
  // Header, number, date, title
  ...text(
    'co_quan_chu_quan',
    'co_quan_chu_quan_hoa',
    'co_quan',
    'co_quan_hoa',
    'so',
    'ky_hieu',
    'so_ky_hieu',
    'dong_so',
    'dia_danh',
    'ngay',
    'ngay_iso',
    'ngay_thang_nam',
    'dong_ngay',
    'nam',
    'loai_van_ban',
    'loai_van_ban_thuong',
    'ten_loai',
    'trich_yeu',
    'trich_yeu_thuong',
    'trich_yeu_hoa',
    'dong_kem_theo',
    'tham_quyen_hoa',
  ),
  loop('can_cu', LINE_ITEM),
  // Signature and recipients
  ...text('quyen_han_hoa', 'chuc_vu', 'chuc_vu_hoa', 'nguoi_ky', 'dong_luu'),
  loop('dong_ky', LINE_ITEM),
  loop('noi_nhan', LINE_ITEM),
  // Campaign
  ...text('phong_trao', 'phong_trao_hoa', 'phong_trao_thuong', 'so_linh_vuc', 'cac_linh_vuc', 'cau_chi_tieu'),
  ...text('han_nop', 'han_nop_day_du'),
  ...cond('co_han_nop', 'co_chi_tieu'),
  loop('linh_vuc', text('stt', 'ma', 'ten', 'ten_thuong', 'so_luong', 'ty_le', 'dau_cuoi')),
  loop('loai_don_vi', text('stt', 'ma', 'ten', 'chi_tieu', 'chi_tieu_day_du', 'so_don_vi', 'dau_cuoi')),
  loop('cot_bo_sung', text('stt', 'ma', 'ten')),
  // Statistics
  ...text('tong_so', 'so_moi', 'so_tiep_tuc', 'ty_le_moi', 'ty_le_tiep_tuc'),
  ...text('so_don_vi_giao', 'so_don_vi_nop', 'so_don_vi_chua_nop', 'so_don_vi_co_mo_hinh'),
  ...text('so_don_vi_dat', 'so_don_vi_chua_dat', 'so_don_vi_vuot'),
  ...text('cac_don_vi_chua_nop', 'cac_don_vi_chua_dat'),
  loop('don_vi', UNIT_TAGS),
  loop('don_vi_co_mo_hinh', UNIT_TAGS),
  loop('mo_hinh', MODEL_TAGS),
  loop('don_vi_chua_nop', text('stt', 'ten', 'loai', 'dau_cuoi')),
  loop('don_vi_chua_dat', text('stt', 'ten', 'so_mo_hinh', 'chi_tieu', 'thieu', 'dau_cuoi')),
  // Recognition level of a decision (metadata cap_cong_nhan) and the campaign's levels
  ...text('so_mo_hinh_danh_sach', 'cap_cong_nhan', 'ma_cap_cong_nhan', 'ten_cap_cong_nhan', 'cap_cong_nhan_hoa'),
  ...cond('co_cap_cong_nhan'),
  loop('cac_cap_cong_nhan', text('stt', 'ma', 'ten', 'ten_cap', 'so_luong', 'dau_cuoi')),
  // Results of the follow-up (empty until the officer records implementation, recognition, commendation)
  ...cond('co_ket_qua_thuc_hien'),
  ...text('so_hieu_qua', 'ty_le_hieu_qua', 'so_cong_nhan', 'ty_le_cong_nhan', 'so_de_nghi', 'ty_le_de_nghi'),
  ...text('cau_ket_qua_thuc_hien', 'cau_ket_qua_theo_loai'),
  loop('ket_qua_theo_loai', RESULT_TAGS),
  loop('ket_qua_theo_linh_vuc', RESULT_TAGS),
  loop('ket_qua_theo_don_vi', RESULT_TAGS),
  // Whole tables
  ...raw('bang_danh_sach', 'bang_mau_dang_ky', 'bang_ket_qua', 'bang_ket_qua_don_vi'),
];

/** The catalogue with the campaign's extra columns added to every model item. */
export function tagsWithExtras(extraKeys: readonly string[]): TagSpec[] {
  if (!extraKeys.length) return TAGS;
  const add = (specs: TagSpec[]): TagSpec[] =>
    specs.map((s) => {
      if (s.kind !== 'loop' || !s.item) return s;
      const item = add(s.item);
      if (s.name !== 'mo_hinh') return { ...s, item };
      const have = new Set(item.map((i) => i.name));
      return { ...s, item: [...item, ...text(...extraKeys.filter((k) => !have.has(k)))] };
    });
  return add(TAGS);
}

/** Every tag name in the catalogue, at any depth. */
export function allTagNames(specs: readonly TagSpec[] = TAGS): Set<string> {
  const out = new Set<string>();
  const walk = (list: readonly TagSpec[]) => {
    for (const s of list) {
      out.add(s.name);
      if (s.item) walk(s.item);
    }
  };
  walk(specs);
  return out;
}

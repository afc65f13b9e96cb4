// The document metadata form: every key of the contract (meta.ts) with its Vietnamese label, and the check of what
// was typed with the contract's own schema. Pure, so the dialog page runs the same check as the server.
import { metaSchema, parseMeta, type DocumentMeta } from '../../domain/document/meta';
import type { MetaField } from './api';
import { GEN_TEXT } from './texts';

/** Labels and hints of the metadata keys; a key the schema gains later is still shown, under its own name. */
export const KNOWN: Record<string, Omit<MetaField, 'key'>> = {
  the_thuc: {
    label: 'Thể thức',
    hint: 'nha-nuoc: văn bản nhà nước, công đoàn (Nghị định 30/2020); dang: văn bản của Đảng (Hướng dẫn 36-HD/VPTW)',
    kind: 'choice',
    required: false,
    options: [
      { value: 'nha-nuoc', label: 'Nhà nước, công đoàn (Nghị định 30/2020)' },
      { value: 'dang', label: 'Đảng (Hướng dẫn 36-HD/VPTW)' },
    ],
  },
  loai_van_ban: { label: 'Tên loại văn bản', hint: 'Kế hoạch, Hướng dẫn, Chương trình…; bỏ trống thì theo mẫu hoặc theo ký hiệu', kind: 'text', required: false },
  co_quan_chu_quan: { label: 'Cơ quan chủ quản', hint: 'bỏ trống nếu không có', kind: 'text', required: false },
  co_quan: { label: 'Cơ quan ban hành', hint: 'viết như trong câu, ví dụ: Liên đoàn Lao động tỉnh Ninh Bình', kind: 'text', required: true },
  so: { label: 'Số văn bản', hint: 'ví dụ 29; bỏ trống khi văn thư cấp số sau', kind: 'text', required: false },
  ky_hieu: { label: 'Ký hiệu', hint: 'không ghi số: HD-LĐLĐ (nhà nước), CTr/HU (Đảng)', kind: 'text', required: true },
  dia_danh: { label: 'Địa danh', hint: 'ví dụ: Ninh Bình', kind: 'text', required: true },
  ngay: { label: 'Ngày ban hành', hint: 'bỏ trống thì để chỗ trống ngày, tháng, năm cho văn thư ghi sau (trên trang “Văn bản”: dd/mm/yyyy)', kind: 'date', required: false },
  trich_yeu: { label: 'Trích yếu nội dung', hint: 'bỏ trống thì dùng tên đợt trong “Cấu hình”', kind: 'text', required: false },
  can_cu: { label: 'Căn cứ', hint: 'các dòng “Căn cứ…”, “Thực hiện…” ở đầu văn bản, mỗi dòng một mục', kind: 'lines', required: false },
  noi_nhan: { label: 'Nơi nhận', hint: 'mỗi dòng một nơi, không ghi dòng “Lưu”', kind: 'lines', required: false },
  luu: { label: 'Lưu', hint: 'phần sau “Lưu:”, ví dụ: VT, TG-NC', kind: 'text', required: false },
  quyen_han: { label: 'Quyền hạn ký', hint: 'TM. Ban Thường vụ; KT. Chủ tịch…; bỏ trống khi ký đúng thẩm quyền', kind: 'text', required: false },
  chuc_vu: { label: 'Chức vụ người ký', hint: 'ví dụ: Phó Chủ tịch Thường trực', kind: 'text', required: false },
  nguoi_ky: { label: 'Người ký', hint: 'họ và tên', kind: 'text', required: false },
  tham_quyen: { label: 'Thẩm quyền ban hành (quyết định)', hint: 'bỏ trống thì suy từ quyền hạn ký và cơ quan ban hành', kind: 'text', required: false },
  cap_cong_nhan: { label: 'Cấp công nhận (quyết định)', hint: 'quyết định chỉ liệt kê các mô hình được công nhận ở cấp này', kind: 'text', required: false },
};

/** Every key of the metadata contract, in the schema's order. */
export const META_KEYS: string[] = Object.keys(metaSchema.shape);

export function metaFields(levels: string[]): MetaField[] {
  return META_KEYS.map((key) => {
    const known = KNOWN[key] ?? { label: key, hint: '', kind: 'text' as const, required: false };
    const field: MetaField = { key, ...known };
    if (key === 'cap_cong_nhan' && levels.length) field.suggestions = levels;
    return field;
  });
}

export const labelOf = (key: string) => KNOWN[key]?.label ?? key;

/** Keys of the dialog's choices on the “Văn bản” sheet (not metadata). */
export const SETTING_KEYS: ReadonlySet<string> = new Set(['mau_van_ban', 'du_lieu', 'thu_muc_luu', 'moi_mo_hinh_mot_van_ban', 'ban_google_docs', 'ban_pdf']);

/** “14/07/2021” → “2021-07-14”; anything else unchanged (the schema then says what is wrong). */
export function isoFromDmy(s: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s.trim());
  return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : s;
}

export interface MetaProblem {
  /** The metadata key, or '' for the sheet as a whole (an unknown key). */
  key: string;
  text: string;
}

export type MetaCheck = { ok: true; meta: DocumentMeta } | { ok: false; problems: MetaProblem[] };

/** Checks the values with the contract's schema; blanks are absent, a dd/mm/yyyy date is taken as that day. */
export function checkMeta(values: Record<string, string>): MetaCheck {
  const input: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) {
    if (SETTING_KEYS.has(k)) continue;
    const t = String(v ?? '').trim();
    if (t) input[k] = k === 'ngay' ? isoFromDmy(t) : t;
  }
  const r = parseMeta(input);
  if (r.ok) return r;
  return {
    ok: false,
    problems: r.problems.map((p) => {
      const key = /^[a-z_]+/.exec(p.path)?.[0] ?? '';
      return META_KEYS.includes(key)
        ? { key, text: GEN_TEXT.metaProblem(labelOf(key), p.path, p.message) }
        : { key: '', text: GEN_TEXT.metaSheetProblem(p.message) };
    }),
  };
}

// The campaign, from its config: title, whom the models mobilise, fields, unit types and their quotas, extra columns,
// the deadline.
import { dateWords, joinVi, lowerFirst, lowerInText, percent, shortDate, upperVi } from '../lines';
import { cond, loop, text, type TagSpec } from '../tag-spec';
import { endMark, quotaTexts, type DocumentContext, type TagData } from './shared';

export const CAMPAIGN_TAGS: TagSpec[] = [
  ...text('phong_trao', 'phong_trao_hoa', 'phong_trao_thuong', 'doi_tuong_van_dong', 'so_linh_vuc', 'cac_linh_vuc', 'cau_chi_tieu'),
  ...text('han_nop', 'han_nop_day_du'),
  ...cond('co_han_nop', 'co_chi_tieu'),
  ...text('cac_noi_dung_mo_hinh', 'cac_noi_dung_bat_buoc', 'cau_noi_dung_mo_hinh'),
  ...cond('co_noi_dung_mo_hinh'),
  loop('linh_vuc', text('stt', 'ma', 'ten', 'ten_thuong', 'so_luong', 'ty_le', 'dau_cuoi')),
  loop('loai_don_vi', text('stt', 'ma', 'ten', 'chi_tieu', 'chi_tieu_day_du', 'so_don_vi', 'dau_cuoi')),
  loop('cot_bo_sung', [...text('stt', 'ma', 'ten', 'ten_thuong', 'dau_cuoi'), ...cond('bat_buoc')]),
];

/** What every model states on any form: its name (MISSING_MODEL_NAME when blank). */
const NAME_ITEM = 'tên mô hình';

/**
 * The items a model states when the campaign's form declares its own (config `columns`), as the plan and the guidance
 * write them: in running text, “; ” between items, the required ones named (all of them required: “phải nêu đủ”).
 * Null when the form has no items of its own.
 */
export function modelItems(columns: readonly { label: string; required?: boolean }[]): { all: string; required: string; sentence: string } | null {
  if (!columns.length) return null;
  const all = [NAME_ITEM, ...columns.map((c) => lowerInText(c.label))].join('; ');
  const required = [NAME_ITEM, ...columns.filter((c) => c.required).map((c) => lowerInText(c.label))].join('; ');
  const sentence = columns.every((c) => c.required)
    ? `Mỗi mô hình đăng ký phải nêu đủ: ${all}.`
    : `Mỗi mô hình đăng ký nêu rõ: ${all}.${columns.some((c) => c.required) ? ` Bắt buộc phải ghi: ${required}.` : ''}`;
  return { all, required, sentence };
}

export function campaignData({ config, summary, mobilised }: DocumentContext): TagData {
  const fields = config.fields.map((f, i, all) => {
    const n = summary.byField[f.code] ?? 0;
    return {
      stt: i + 1,
      ma: f.code,
      ten: f.label,
      ten_thuong: lowerFirst(f.label),
      so_luong: n,
      ty_le: percent(n, summary.total),
      dau_cuoi: endMark(i, all.length),
    };
  });
  const unitTypes = config.unitTypes.map((t, i, all) => {
    const q = quotaTexts(t.quota, true);
    return {
      stt: i + 1,
      ma: t.code,
      ten: t.label,
      chi_tieu: q.short,
      chi_tieu_day_du: q.full,
      so_don_vi: config.units.filter((u) => u.type === t.code).length,
      dau_cuoi: endMark(i, all.length),
    };
  });
  const withQuota = config.unitTypes.filter((t) => t.quota.min !== undefined || t.quota.max !== undefined);
  const columns = config.columns ?? [];
  const items = modelItems(columns);
  return {
    phong_trao: config.title,
    phong_trao_hoa: upperVi(config.title),
    phong_trao_thuong: lowerFirst(config.title),
    doi_tuong_van_dong: mobilised,
    so_linh_vuc: config.fields.length,
    cac_linh_vuc: joinVi(fields.map((f) => f.ten_thuong)),
    cau_chi_tieu: withQuota.map((t) => `${t.label}: ${quotaTexts(t.quota, true).full}`).join('; '),
    han_nop: config.deadline ? shortDate(config.deadline) : null,
    han_nop_day_du: config.deadline ? dateWords(config.deadline) : null,
    co_han_nop: Boolean(config.deadline),
    co_chi_tieu: withQuota.length > 0,
    linh_vuc: fields,
    loai_don_vi: unitTypes,
    co_noi_dung_mo_hinh: items !== null,
    cac_noi_dung_mo_hinh: items?.all ?? '',
    cac_noi_dung_bat_buoc: items?.required ?? '',
    cau_noi_dung_mo_hinh: items?.sentence ?? '',
    cot_bo_sung: columns.map((k, i) => ({
      stt: i + 1,
      ma: k.key,
      ten: k.label,
      ten_thuong: lowerInText(k.label),
      bat_buoc: Boolean(k.required),
      dau_cuoi: endMark(i, columns.length),
    })),
  };
}

// The statistics of the registration and the models listed: totals, every unit with its quota and status, the units
// with models and their models, the units that sent nothing or fell short.
import { collator, nfc } from '../../text';
import { percent, roman, upperVi } from '../lines';
import { cond, loop, text, type TagSpec } from '../tag-spec';
import { endMark, quotaTexts, statusText, type DocumentContext, type TagData } from './shared';
import type { UnitSummary } from '../../aggregate';

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

export const STATISTICS_TAGS: TagSpec[] = [
  ...text('tong_so', 'so_moi', 'so_tiep_tuc', 'ty_le_moi', 'ty_le_tiep_tuc'),
  ...text('so_don_vi_giao', 'so_don_vi_nop', 'so_don_vi_chua_nop', 'so_don_vi_co_mo_hinh'),
  ...text('so_don_vi_dat', 'so_don_vi_chua_dat', 'so_don_vi_vuot'),
  ...text('cac_don_vi_chua_nop', 'cac_don_vi_chua_dat'),
  loop('don_vi', UNIT_TAGS),
  loop('don_vi_co_mo_hinh', UNIT_TAGS),
  loop('mo_hinh', MODEL_TAGS),
  loop('don_vi_chua_nop', text('stt', 'ten', 'loai', 'dau_cuoi')),
  loop('don_vi_chua_dat', text('stt', 'ten', 'so_mo_hinh', 'chi_tieu', 'thieu', 'dau_cuoi')),
];

export function statisticsData(ctx: DocumentContext): TagData {
  const { config, summary, byUnit, unitNames, modelItems, typeLabel } = ctx;
  const unitItem = (
    name: string,
    type: string | null,
    count: number,
    quota: { min?: number; max?: number },
    status: UnitSummary['status'] | null,
    i: number,
    n: number,
  ): TagData => {
    const list = byUnit.get(name) ?? [];
    const q = quotaTexts(quota);
    return {
      stt: i + 1,
      stt_la_ma: roman(i + 1),
      ten: name,
      ten_hoa: upperVi(name),
      loai: typeLabel(type),
      so_mo_hinh: count,
      so_moi: list.filter((m) => m.regType === 'new').length,
      so_tiep_tuc: list.filter((m) => m.regType === 'continue').length,
      chi_tieu: q.short,
      chi_tieu_day_du: q.full,
      trang_thai: status ? statusText({ count, quota, status }) : '',
      dat: status === 'ok',
      dau_cuoi: endMark(i, n),
      mo_hinh: modelItems.get(name) ?? [],
    };
  };
  const statUnits = [...summary.byUnit].sort((a, b) => collator.compare(a.unit, b.unit));
  const statOf = new Map(statUnits.map((s) => [nfc(s.unit), s]));
  const missing = [...ctx.missingUnits].map(nfc).sort(collator.compare);
  const configType = (name: string) => config.units.find((u) => nfc(u.name) === name)?.type ?? statOf.get(name)?.type ?? null;
  const under = statUnits.filter((s) => s.status === 'under');
  return {
    tong_so: summary.total,
    so_moi: summary.byRegistration.new,
    so_tiep_tuc: summary.byRegistration.continue,
    ty_le_moi: percent(summary.byRegistration.new, summary.total),
    ty_le_tiep_tuc: percent(summary.byRegistration.continue, summary.total),
    so_don_vi_giao: summary.byUnit.length,
    so_don_vi_nop: summary.byUnit.filter((s) => s.status !== 'missing').length,
    so_don_vi_chua_nop: missing.length,
    so_don_vi_co_mo_hinh: unitNames.length,
    so_don_vi_dat: summary.byUnit.filter((s) => s.status === 'ok').length,
    so_don_vi_chua_dat: under.length,
    so_don_vi_vuot: summary.byUnit.filter((s) => s.status === 'over').length,
    cac_don_vi_chua_nop: missing.join('; '),
    cac_don_vi_chua_dat: under.map((s) => `${s.unit} (${statusText(s).toLowerCase()})`).join('; '),
    don_vi: statUnits.map((s, i, all) => unitItem(nfc(s.unit), s.type, s.count, s.quota, s.status, i, all.length)),
    don_vi_co_mo_hinh: unitNames.map((name, i, all) => {
      const s = statOf.get(name);
      const type = s?.type ?? byUnit.get(name)![0].unitType;
      return unitItem(name, type, byUnit.get(name)!.length, s?.quota ?? {}, s?.status ?? null, i, all.length);
    }),
    mo_hinh: unitNames.flatMap((u) => modelItems.get(u)!),
    don_vi_chua_nop: missing.map((ten, i) => ({
      stt: i + 1,
      ten,
      loai: typeLabel(configType(ten)),
      dau_cuoi: endMark(i, missing.length),
    })),
    don_vi_chua_dat: under.map((s, i) => ({
      stt: i + 1,
      ten: nfc(s.unit),
      so_mo_hinh: s.count,
      chi_tieu: quotaTexts(s.quota).short,
      thieu: s.quota.min !== undefined ? Math.max(s.quota.min - s.count, 0) : 0,
      dau_cuoi: endMark(i, under.length),
    })),
  };
}

// The recognition level a decision is for (metadata cap_cong_nhan) and the campaign's levels.
import { levelPhrase } from '../recognition-level';
import { upperVi } from '../lines';
import { cond, loop, text, type TagSpec } from '../tag-spec';
import { endMark, type DocumentContext, type TagData } from './shared';

export const DECISION_LEVEL_TAGS: TagSpec[] = [
  ...text('so_mo_hinh_danh_sach', 'cap_cong_nhan', 'ma_cap_cong_nhan', 'ten_cap_cong_nhan', 'cap_cong_nhan_hoa'),
  ...cond('co_cap_cong_nhan'),
  loop('cac_cap_cong_nhan', text('stt', 'ma', 'ten', 'ten_cap', 'so_luong', 'dau_cuoi')),
];

export function decisionLevelData({ level, levels, models, summary }: DocumentContext): TagData {
  return {
    so_mo_hinh_danh_sach: models.length,
    co_cap_cong_nhan: level !== null,
    cap_cong_nhan: level?.label ?? '',
    ma_cap_cong_nhan: level?.code ?? '',
    ten_cap_cong_nhan: level ? levelPhrase(level.label) : '',
    cap_cong_nhan_hoa: level ? upperVi(levelPhrase(level.label)) : '',
    cac_cap_cong_nhan: levels.map((l, i) => ({
      stt: i + 1,
      ma: l.code,
      ten: l.label,
      ten_cap: levelPhrase(l.label),
      so_luong: summary.funnel?.byLevel[l.code] ?? 0,
      dau_cuoi: endMark(i, levels.length),
    })),
  };
}

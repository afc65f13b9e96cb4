// The results of the follow-up (registered → effective → recognised, per level → proposed): empty until the officer
// records implementation, recognition or commendation on the master list.
import type { FunnelCounts } from '../../aggregate';
import { joinVi, lowerFirst, percent } from '../lines';
import { levelPhrase, type Level } from '../recognition-level';
import { cond, loop, text, type TagSpec } from '../tag-spec';
import { endMark, type DocumentContext, type TagData } from './shared';

/** One row of the results: registered → effective → recognised (per level) → proposed. */
const RESULT_TAGS: TagSpec[] = [
  ...text('stt', 'ten', 'dang_ky', 'hieu_qua', 'ty_le_hieu_qua', 'cong_nhan', 'ty_le_cong_nhan', 'de_nghi', 'ty_le_de_nghi', 'dau_cuoi'),
  loop('theo_cap', text('ma', 'ten', 'so_luong')),
];

export const RESULTS_TAGS: TagSpec[] = [
  ...cond('co_ket_qua_thuc_hien'),
  ...text('so_hieu_qua', 'ty_le_hieu_qua', 'so_cong_nhan', 'ty_le_cong_nhan', 'so_de_nghi', 'ty_le_de_nghi'),
  ...text('cau_ket_qua_thuc_hien', 'cau_ket_qua_theo_loai'),
  loop('ket_qua_theo_loai', RESULT_TAGS),
  loop('ket_qua_theo_linh_vuc', RESULT_TAGS),
  loop('ket_qua_theo_don_vi', RESULT_TAGS),
];

/** The results in a sentence or two, for the report's body: what was reached first, then what was not. */
function resultSentence(f: FunnelCounts, levels: readonly Level[]): string {
  const steps: [number, string][] = [
    [f.effective, 'triển khai hiệu quả'],
    [f.recognised, 'được công nhận'],
    [f.proposed, 'được đề nghị khen thưởng'],
  ];
  const reached = steps.filter(([n]) => n > 0).map(([n, what]) => `${n} mô hình ${what} (${percent(n, f.registered)})`);
  const not = steps.filter(([n]) => n === 0).map(([, what]) => what);
  const notText = not.length > 1 ? `${not.slice(0, -1).join(', ')} hoặc ${not[not.length - 1]}` : (not[0] ?? '');
  const clauses = [...(reached.length ? [`có ${joinVi(reached)}`] : []), ...(not.length ? [`chưa có mô hình nào ${notText}`] : [])];
  let s = `Trong tổng số ${f.registered} mô hình, điển hình đã đăng ký, ${clauses.join('; ')}.`;
  const byLevel = [
    ...levels.map((l) => ({ n: f.byLevel[l.code] ?? 0, phrase: levelPhrase(l.label) })),
    { n: f.byLevel.khac ?? 0, phrase: 'cấp khác (không có trong cấu hình)' },
  ].filter((x) => x.n > 0);
  if (byLevel.length) s += ` Các mô hình được công nhận gồm: ${byLevel.map((x) => `${x.n} mô hình ${x.phrase}`).join('; ')}.`;
  return s;
}

const kindSentence = (label: string, c: FunnelCounts) =>
  `${label}: ${c.registered} mô hình đăng ký, ${c.effective} triển khai hiệu quả, ${c.recognised} được công nhận, ${c.proposed} được đề nghị khen thưởng`;

export function resultsData({ results, levels }: DocumentContext): TagData {
  const items = (rows: [string, FunnelCounts][]) =>
    rows.map(
      ([ten, c], i): TagData => ({
        stt: i + 1,
        ten,
        dang_ky: c.registered,
        hieu_qua: c.effective,
        ty_le_hieu_qua: percent(c.effective, c.registered),
        cong_nhan: c.recognised,
        ty_le_cong_nhan: percent(c.recognised, c.registered),
        de_nghi: c.proposed,
        ty_le_de_nghi: percent(c.proposed, c.registered),
        theo_cap: (results?.levelCols ?? []).map((l) => ({ ma: l.code, ten: l.label, so_luong: c.byLevel[l.code] ?? 0 })),
        dau_cuoi: endMark(i, rows.length),
      }),
    );
  const counts = results?.counts;
  return {
    co_ket_qua_thuc_hien: results !== null,
    so_hieu_qua: counts?.effective ?? 0,
    ty_le_hieu_qua: percent(counts?.effective ?? 0, counts?.registered ?? 0),
    so_cong_nhan: counts?.recognised ?? 0,
    ty_le_cong_nhan: percent(counts?.recognised ?? 0, counts?.registered ?? 0),
    so_de_nghi: counts?.proposed ?? 0,
    ty_le_de_nghi: percent(counts?.proposed ?? 0, counts?.registered ?? 0),
    cau_ket_qua_thuc_hien: counts ? resultSentence(counts, levels) : '',
    cau_ket_qua_theo_loai: results
      ? `${results.kindRows
          .slice(0, 2)
          .map(([label, c], i) => kindSentence(i ? lowerFirst(label) : label, c))
          .join('; ')}.`
      : '',
    ket_qua_theo_loai: items(results?.kindRows ?? []),
    ket_qua_theo_linh_vuc: items(results?.fieldRows ?? []),
    ket_qua_theo_don_vi: items(results?.unitRows ?? []),
  };
}

// Tables whose columns depend on the campaign (a column per field or per recognition level), built whole for the
// {@…} tags: the consolidated list, the blank registration form, the results overall and per unit.
import type { FunnelCounts } from '../../aggregate';
import { raw, type TagSpec } from '../tag-spec';
import { formTableXml, listTableXml, resultTableXml, type ResultRow } from '../tables';
import type { DocumentContext, TagData } from './shared';

export const WHOLE_TABLE_TAGS: TagSpec[] = raw('bang_danh_sach', 'bang_mau_dang_ky', 'bang_ket_qua', 'bang_ket_qua_don_vi');

/** Counts added up, level by level. */
function sumCounts(list: readonly FunnelCounts[]): FunnelCounts {
  const out: FunnelCounts = { registered: 0, effective: 0, recognised: 0, byLevel: {}, proposed: 0 };
  for (const c of list) {
    out.registered += c.registered;
    out.effective += c.effective;
    out.recognised += c.recognised;
    out.proposed += c.proposed;
    for (const [k, v] of Object.entries(c.byLevel)) out.byLevel[k] = (out.byLevel[k] ?? 0) + v;
  }
  return out;
}

export function wholeTablesData({ config, tableGroups, results }: DocumentContext): TagData {
  const extraCols = (config.columns ?? []).map((k) => ({ key: k.key, label: k.label }));
  const levelCols = results?.levelCols ?? [];
  const resultRow = (label: string, c: FunnelCounts): ResultRow => ({
    label,
    registered: c.registered,
    effective: c.effective,
    recognised: c.recognised,
    byLevel: levelCols.map((l) => c.byLevel[l.code] ?? 0),
    proposed: c.proposed,
  });
  return {
    bang_danh_sach: listTableXml(tableGroups, config.fields, extraCols),
    bang_mau_dang_ky: formTableXml(config.fields, extraCols),
    bang_ket_qua: results
      ? resultTableXml({
          head: 'Nội dung',
          levels: levelCols.map((l) => l.label),
          rows: [
            'Chia theo tập thể, cá nhân',
            ...results.kindRows.map(([l, c]) => resultRow(l, c)),
            ...(results.fieldRows.length ? ['Chia theo lĩnh vực', ...results.fieldRows.map(([l, c]) => resultRow(l, c))] : []),
          ],
          total: resultRow('Tổng số', results.counts),
          totalAt: 'first',
          numbered: false,
        })
      : '',
    bang_ket_qua_don_vi: results
      ? resultTableXml({
          head: 'Đơn vị',
          levels: levelCols.map((l) => l.label),
          rows: results.unitRows.map(([l, c]) => resultRow(l, c)),
          total: resultRow('Tổng cộng', sumCounts(results.unitRows.map(([, c]) => c))),
          totalAt: 'last',
          numbered: true,
        })
      : '',
  };
}

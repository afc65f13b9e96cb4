// The master list's columns: written by aggregation, and read back so a master list is itself a source
// and the officer's own columns survive the next aggregation.
import type { Config } from './config';
import { cellText, type Cell, type Grid } from './grid';
import { HEADER_SEARCH_ROWS } from './header';
import { KIND_LABEL, type Kind } from './kind';
import type { ModelRow, RegType, Unit } from './model';
import { readKind } from './reader';
import { foldCompact } from './text';

/** Columns of “Tổng hợp”: the campaign's extra columns go after “Lĩnh vực”; the officer's columns come last. */
export const MASTER_HEAD = ['STT', 'Đơn vị', 'Loại đơn vị', 'Tên tập thể hoặc cá nhân', 'Tên mô hình hoặc điển hình', 'Hình thức đăng ký', 'Lĩnh vực'] as const;
export const MASTER_TAIL = ['Tập thể/Cá nhân', 'Mã kiểm tra', 'Tệp nguồn', 'Trang nguồn', 'Dòng nguồn', 'Ngày trên danh sách'] as const;
export const MASTER_SHEET = 'Tổng hợp';

/** What the officer fills in on the master list; kept across aggregations. */
export interface OfficerValues {
  /** Triển khai: Đang triển khai / Hiệu quả / Dừng. */
  implementation: string;
  /** Cấp công nhận: a recognitionLevels label. */
  level: string;
  /** Ngày công nhận, YYYY-MM-DD, or ''. */
  recognisedOn: string;
  /** Đề nghị khen thưởng: the form of commendation proposed. */
  commendation: string;
  note: string;
}

export const OFFICER_COLUMNS: readonly { key: keyof OfficerValues; label: string }[] = [
  { key: 'implementation', label: 'Triển khai' },
  { key: 'level', label: 'Cấp công nhận' },
  { key: 'recognisedOn', label: 'Ngày công nhận' },
  { key: 'commendation', label: 'Đề nghị khen thưởng' },
  { key: 'note', label: 'Ghi chú' },
];

export const IMPLEMENTATION_VALUES = ['Đang triển khai', 'Hiệu quả', 'Dừng'] as const;

export const NO_OFFICER_VALUES: OfficerValues = { implementation: '', level: '', recognisedOn: '', commendation: '', note: '' };

export const hasOfficerValues = (o: OfficerValues) => OFFICER_COLUMNS.some((c) => o[c.key] !== '');

export const REG_LABEL: Record<RegType, string> = { continue: 'Tiếp tục', new: 'Mới' };

export interface MasterSource {
  file: string;
  sheet: string | null;
  /** 1-based row in that sheet, or null when unknown. */
  row: number | null;
}

/** One model row of a master list, as read back: the list's own fields, its unit, and what aggregation added. */
export interface MasterRow extends Pick<ModelRow, 'name' | 'model' | 'regType' | 'field' | 'extra' | 'kind'> {
  /** 1-based row in the master sheet itself. */
  masterRow: number;
  unit: Unit;
  codes: string[];
  source: MasterSource;
  date: string | null;
  officer: OfficerValues;
}

export function masterHeader(config: Config): string[] {
  return [...MASTER_HEAD, ...(config.columns ?? []).map((c) => c.label), ...MASTER_TAIL, ...OFFICER_COLUMNS.map((c) => c.label)];
}

export const kindLabel = (k: Kind | null) => (k ? KIND_LABEL[k] : '');

/** Reads a master list written by `aggregate`; null when the grid is not one. */
export function readMaster(grid: Grid, config: Config): MasterRow[] | null {
  const want = masterHeader(config).map(foldCompact);
  const key = (name: string) => want.indexOf(foldCompact(name));
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, grid.values.length); r++) {
    const row = grid.values[r].map((c) => foldCompact(cellText(c)));
    const col = (name: string) => row.indexOf(want[key(name)]);
    if (col('Đơn vị') < 0 || col('Tên mô hình hoặc điển hình') < 0 || col('Tệp nguồn') < 0 || col('Hình thức đăng ký') < 0) continue;
    const at = Object.fromEntries([...MASTER_HEAD, ...MASTER_TAIL, ...OFFICER_COLUMNS.map((c) => c.label)].map((h) => [h, col(h)]));
    const extraCols = (config.columns ?? []).map((c) => ({ key: c.key, col: row.indexOf(foldCompact(c.label)) }));
    const typeByLabel = new Map<string, string>();
    for (const t of config.unitTypes) {
      typeByLabel.set(foldCompact(t.label), t.code);
      typeByLabel.set(foldCompact(t.code), t.code);
    }
    const fieldBy = new Map<string, string>();
    for (const f of config.fields) for (const s of [f.code, f.label, ...(f.aliases ?? [])]) fieldBy.set(foldCompact(s), f.code);
    const out: MasterRow[] = [];
    for (let i = r + 1; i < grid.values.length; i++) {
      const v = grid.values[i];
      const raw = (h: string): Cell => (at[h] >= 0 ? (v[at[h]] as Cell) : null);
      const get = (h: string): string => cellText(raw(h));
      const unitName = get('Đơn vị');
      if (!unitName && !get('Tên mô hình hoặc điển hình')) continue;
      const reg = foldCompact(get('Hình thức đăng ký'));
      const rowNum = Number(get('Dòng nguồn'));
      const extra: Record<string, string> = {};
      for (const e of extraCols) extra[e.key] = e.col >= 0 ? cellText(v[e.col]) : '';
      const officer = { ...NO_OFFICER_VALUES };
      for (const c of OFFICER_COLUMNS) officer[c.key] = c.key === 'recognisedOn' ? dateFromDmy(get(c.label)) ?? get(c.label) : get(c.label);
      out.push({
        masterRow: i + 1,
        unit: { name: unitName, type: typeByLabel.get(foldCompact(get('Loại đơn vị'))) ?? null },
        name: get('Tên tập thể hoặc cá nhân'),
        model: get('Tên mô hình hoặc điển hình'),
        regType: reg === 'moi' ? 'new' : reg === 'tieptuc' ? 'continue' : null,
        field: fieldBy.get(foldCompact(get('Lĩnh vực'))) ?? null,
        extra,
        kind: readKind(raw('Tập thể/Cá nhân')),
        codes: get('Mã kiểm tra').split(/[,\s]+/).filter(Boolean),
        source: { file: get('Tệp nguồn'), sheet: get('Trang nguồn') || null, row: Number.isInteger(rowNum) && rowNum > 0 ? rowNum : null },
        date: dateFromDmy(get('Ngày trên danh sách')),
        officer,
      });
    }
    return out;
  }
  return null;
}

/** “14/07/2021” (or ISO “2021-07-14”) → “2021-07-14”; null when it is not a real date. */
export function dateFromDmy(s: string): string | null {
  const t = s.trim();
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (!m) return /^\d{4}-\d{2}-\d{2}$/.test(t) ? t : null;
  const dt = new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])));
  return dt.getUTCDate() === Number(m[1]) && dt.getUTCMonth() === Number(m[2]) - 1 ? dt.toISOString().slice(0, 10) : null;
}

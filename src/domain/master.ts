// The master list's columns: written by aggregation, and read back so a master list is itself a source
// and the officer's own columns survive the next aggregation.
import type { Aggregate, AggregatedModel } from './aggregate';
import type { Config } from './config';
import { cellText, type Cell, type Grid } from './grid';
import { HEADER_SEARCH_ROWS } from './header';
import { KIND_LABEL, type Kind } from './kind';
import { choiceColumn, DATE_HELP, dateCell, type Table, type TableColumn } from './table';
import type { ListModel, RegType, Unit } from './model';
import { readKind } from './reader';
import { foldCompact, hashText } from './text';

/** Columns of “Tổng hợp”: the campaign's extra columns go after “Lĩnh vực”; the officer's columns come last. */
export const MASTER_HEAD = ['STT', 'Đơn vị', 'Loại đơn vị', 'Tên tập thể hoặc cá nhân', 'Tên mô hình hoặc điển hình', 'Hình thức đăng ký', 'Lĩnh vực'] as const;
export const MASTER_TAIL = ['Tập thể/Cá nhân', 'Mã kiểm tra', 'Tệp nguồn', 'Trang nguồn', 'Dòng nguồn', 'Ngày trên danh sách'] as const;
/**
 * After the officer's columns: what re-aggregation needs to keep every value on its model — when the source file was
 * last changed (a master among the sources must not beat the list it was made from), a fingerprint of the row as the
 * unit wrote it (to tell the officer's corrections from the unit's), and which list columns the officer corrected.
 */
export const MASTER_TRACE = ['Thời điểm tệp nguồn', 'Mã dòng nguồn', 'Cán bộ đã sửa'] as const;
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

/** A column the officer added to “Tổng hợp” (any header that is not ours), and the header it follows (null: first). */
export interface OwnColumn {
  header: string;
  after: string | null;
}

/** A row of a master sheet, as read back: the list's own fields, its unit, what aggregation added, what the officer typed. */
export interface MasterSheetRow extends Pick<ListModel, 'name' | 'model' | 'regType' | 'field' | 'extra' | 'kind'> {
  /** 1-based row in the master sheet itself. */
  masterRow: number;
  unit: Unit;
  codes: string[];
  source: MasterSource;
  date: string | null;
  officer: OfficerValues;
  /** When the source file was last changed (ms since 1970), as recorded; null when unknown (an older master, a tab). */
  sourceModified: number | null;
  /** rowFingerprint of the row as the unit's list gave it; '' when unknown (a master written by an older version). */
  fingerprint: string;
  /** Labels of the list columns (LIST_FIELDS) whose value the officer corrected on the master. */
  officerEdited: string[];
  /** Values of the officer's own columns (OwnColumn), by header, as the cells held them. */
  own: Record<string, Cell>;
}

/** The headers of our columns of “Tổng hợp”, in order (masterColumns: one list for writing and reading). */
export function masterHeader(config: Config): string[] {
  return masterColumns(config).map((c) => c.header);
}

/** A column of the master that comes from the units' lists: its value on a row as the master shows it, and back. */
export interface ListField {
  label: string;
  get(m: Pick<ListModel, 'name' | 'model' | 'regType' | 'field' | 'extra'>): string;
  set(m: Pick<ListModel, 'name' | 'model' | 'regType' | 'field' | 'extra'>, value: string): void;
}

/** The list columns an officer may correct on the master (the unit's name and the trace columns are not among them). */
export function listFields(config: Config): ListField[] {
  const fieldLabel = new Map(config.fields.map((f) => [f.code, f.label]));
  const fieldCode = new Map(config.fields.map((f) => [f.label, f.code]));
  return [
    { label: 'Tên tập thể hoặc cá nhân', get: (m) => m.name, set: (m, v) => void (m.name = v) },
    { label: 'Tên mô hình hoặc điển hình', get: (m) => m.model, set: (m, v) => void (m.model = v) },
    {
      label: 'Hình thức đăng ký',
      get: (m) => (m.regType ? REG_LABEL[m.regType] : ''),
      set: (m, v) => void (m.regType = v === REG_LABEL.new ? 'new' : v === REG_LABEL.continue ? 'continue' : null),
    },
    { label: 'Lĩnh vực', get: (m) => (m.field ? fieldLabel.get(m.field) ?? m.field : ''), set: (m, v) => void (m.field = fieldCode.get(v) ?? (v || null)) },
    ...(config.columns ?? []).map(
      (c): ListField => ({ label: c.label, get: (m) => m.extra[c.key] ?? '', set: (m, v) => void (m.extra = { ...m.extra, [c.key]: v }) }),
    ),
  ];
}

/**
 * A short, stable fingerprint of a model as the unit's list gives it (its list fields and its kind column), so a
 * later run can tell the same row, unchanged by the unit, even after the officer corrected it on the master.
 */
export function rowFingerprint(m: Pick<ListModel, 'name' | 'model' | 'regType' | 'field' | 'extra' | 'kind'>): string {
  const extra = Object.keys(m.extra)
    .sort()
    .map((k) => `${k}=${m.extra[k]}`)
    .join('\u0002');
  return hashText([m.name, m.model, m.regType ?? '', m.field ?? '', m.kind ?? '', extra].join('\u0001'));
}

/** The text of an ISO instant written in 'Thời điểm tệp nguồn' → ms; null when it is none. */
function instantOf(s: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(s)) return null;
  const t = Date.parse(s);
  return Number.isFinite(t) ? t : null;
}

/** 'Thời điểm tệp nguồn' as written: the ISO instant, exact to the millisecond. */
export const instantText = (ms: number | null) => (ms === null || !Number.isFinite(ms) ? '' : new Date(ms).toISOString());

export const kindLabel = (k: Kind | null) => (k ? KIND_LABEL[k] : '');

/** Reads a master list written by `aggregate`; null when the grid is not one. */
export function readMaster(grid: Grid, config: Config): MasterSheetRow[] | null {
  return readMasterTable(grid, config)?.rows ?? null;
}

export interface MasterTable {
  rows: MasterSheetRow[];
  /** The columns the officer added, in sheet order. */
  ownColumns: OwnColumn[];
  /** Rows below the header that are no model (no unit and no model name) but hold something: 1-based row and text. */
  stray: { row: number; text: string }[];
}

/** A master list's rows, the columns the officer added and its other rows; null when the grid is not one. */
export function readMasterTable(grid: Grid, config: Config): MasterTable | null {
  const ours = masterHeader(config);
  const want = ours.map(foldCompact);
  const key = (name: string) => want.indexOf(foldCompact(name));
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, grid.values.length); r++) {
    const row = grid.values[r].map((c) => foldCompact(cellText(c)));
    const col = (name: string) => row.indexOf(want[key(name)]);
    if (col('Đơn vị') < 0 || col('Tên mô hình hoặc điển hình') < 0 || col('Tệp nguồn') < 0 || col('Hình thức đăng ký') < 0) continue;
    const at = Object.fromEntries(ours.map((h) => [h, col(h)]));
    const extraCols = (config.columns ?? []).map((c) => ({ key: c.key, col: row.indexOf(foldCompact(c.label)) }));
    // Every other non-blank header is the officer's own column (the first of two with the same header wins).
    const oursFolded = new Set(want);
    const ownColumns: OwnColumn[] = [];
    const ownAt: { header: string; col: number }[] = [];
    let previous: string | null = null;
    grid.values[r].forEach((cell, c) => {
      const header = cellText(cell);
      if (!header) return;
      if (!oursFolded.has(row[c]) && !ownColumns.some((o) => foldCompact(o.header) === row[c])) {
        ownColumns.push({ header, after: previous });
        ownAt.push({ header, col: c });
      }
      previous = header;
    });
    const typeByLabel = new Map<string, string>();
    for (const t of config.unitTypes) {
      typeByLabel.set(foldCompact(t.label), t.code);
      typeByLabel.set(foldCompact(t.code), t.code);
    }
    const fieldBy = new Map<string, string>();
    for (const f of config.fields) for (const s of [f.code, f.label, ...(f.aliases ?? [])]) fieldBy.set(foldCompact(s), f.code);
    const labels = new Set(listFields(config).map((f) => foldCompact(f.label)));
    const out: MasterSheetRow[] = [];
    const stray: MasterTable['stray'] = [];
    for (let i = r + 1; i < grid.values.length; i++) {
      const v = grid.values[i];
      const raw = (h: string): Cell => (at[h] >= 0 ? (v[at[h]] as Cell) : null);
      const get = (h: string): string => cellText(raw(h));
      const unitName = get('Đơn vị');
      const own: Record<string, Cell> = {};
      for (const o of ownAt) {
        const c = v[o.col];
        if (c !== null && c !== undefined && c !== '') own[o.header] = c;
      }
      if (!unitName && !get('Tên mô hình hoặc điển hình')) {
        const text = v.map(cellText).filter(Boolean).join(' | ');
        if (text) stray.push({ row: i + 1, text });
        continue;
      }
      const reg = foldCompact(get('Hình thức đăng ký'));
      const rowNum = Number(get('Dòng nguồn'));
      const extra: Record<string, string> = {};
      for (const e of extraCols) extra[e.key] = e.col >= 0 ? cellText(v[e.col]) : '';
      const officer = { ...NO_OFFICER_VALUES };
      for (const c of OFFICER_COLUMNS) officer[c.key] = c.key === 'recognisedOn' ? dateOf(raw(c.label)) ?? get(c.label) : get(c.label);
      const edited = get('Cán bộ đã sửa')
        .split(/\s*;\s*/)
        .filter((x) => x && labels.has(foldCompact(x)));
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
        date: dateOf(raw('Ngày trên danh sách')),
        officer,
        sourceModified: instantOf(get('Thời điểm tệp nguồn')),
        fingerprint: get('Mã dòng nguồn'),
        officerEdited: edited,
        own,
      });
    }
    return { rows: out, ownColumns, stray };
  }
  return null;
}

/** A date cell as YYYY-MM-DD: a real date (the officer typed one in Excel or Sheets), or “14/07/2021”, or ISO text. */
function dateOf(c: Cell): string | null {
  if (c instanceof Date) return isNaN(c.getTime()) ? null : c.toISOString().slice(0, 10);
  return dateFromDmy(cellText(c));
}

/** “14/07/2021” (or ISO “2021-07-14”) → “2021-07-14”; null when it is not a real date. */
export function dateFromDmy(s: string): string | null {
  const t = s.trim();
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (!m) return /^\d{4}-\d{2}-\d{2}$/.test(t) ? t : null;
  const dt = new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])));
  return dt.getUTCDate() === Number(m[1]) && dt.getUTCMonth() === Number(m[2]) - 1 ? dt.toISOString().slice(0, 10) : null;
}

// ---- Writing “Tổng hợp” -------------------------------------------------------------------------

/** A column of “Tổng hợp” and its value on a model; the same headers readMasterTable reads back. */
interface MasterColumn extends TableColumn {
  value: (m: AggregatedModel) => Cell;
}

const column = (header: string, width: number, kind: TableColumn['kind'], value: MasterColumn['value'], extra: Partial<TableColumn> = {}): MasterColumn => ({
  header,
  width,
  kind,
  value,
  ...extra,
});

/** Our columns of “Tổng hợp”, in order: the list's, the campaign's extra ones, the trace of each row, the officer's. */
export function masterColumns(config: Config): MasterColumn[] {
  const fieldLabel = new Map(config.fields.map((f) => [f.code, f.label]));
  const typeLabel = new Map(config.unitTypes.map((t) => [t.code, t.label]));
  const levels = (config.recognitionLevels ?? []).map((l) => l.label);
  const [stt, unit, type, name, model, reg, field] = MASTER_HEAD;
  const [kind, codes, file, sheet, row, date] = MASTER_TAIL;
  const [modified, fingerprint, edited] = MASTER_TRACE;
  const officer: Record<keyof OfficerValues, MasterColumn> = {
    implementation: { ...choiceColumn(officerLabel('implementation'), 16, IMPLEMENTATION_VALUES), value: (m) => m.officer.implementation },
    level: levels.length
      ? { ...choiceColumn(officerLabel('level'), 16, levels), value: (m) => m.officer.level }
      : column(officerLabel('level'), 16, 'text', (m) => m.officer.level),
    recognisedOn: column(officerLabel('recognisedOn'), 14, 'date', (m) => dateCell(m.officer.recognisedOn), { input: true, help: DATE_HELP }),
    commendation: column(officerLabel('commendation'), 22, 'text', (m) => m.officer.commendation, { wrap: true }),
    note: column(officerLabel('note'), 30, 'text', (m) => m.officer.note, { wrap: true }),
  };
  return [
    column(stt, 6, 'number', (m) => m.stt),
    column(unit, 34, 'text', (m) => m.unit, { wrap: true }),
    column(type, 22, 'text', (m) => (m.unitType ? typeLabel.get(m.unitType) ?? m.unitType : '')),
    column(name, 36, 'text', (m) => m.name, { wrap: true }),
    column(model, 44, 'text', (m) => m.model, { wrap: true }),
    column(reg, 12, 'text', (m) => (m.regType ? REG_LABEL[m.regType] : '')),
    column(field, 26, 'text', (m) => (m.field ? fieldLabel.get(m.field) ?? m.field : '')),
    // The campaign's columns hold what units write at length (the 2026 form: several paragraphs per item).
    ...(config.columns ?? []).map((c) => column(c.label, 48, 'text', (m) => m.extra[c.key] ?? '', { wrap: true })),
    { ...choiceColumn(kind, 12, Object.values(KIND_LABEL)), value: (m) => kindLabel(m.kind) },
    column(codes, 22, 'text', (m) => m.codes.join(', ')),
    column(file, 34, 'text', (m) => m.source.file),
    column(sheet, 16, 'text', (m) => m.source.sheet ?? ''),
    column(row, 8, 'number', (m) => m.source.row),
    column(date, 14, 'date', (m) => dateCell(m.date)),
    ...OFFICER_COLUMNS.map((c) => officer[c.key]),
    column(modified, 24, 'text', (m) => instantText(m.sourceModified)),
    column(fingerprint, 12, 'text', (m) => m.fingerprint),
    column(edited, 26, 'text', (m) => m.officerEdited.join('; ')),
  ];
}

const officerLabel = (key: keyof OfficerValues) => OFFICER_COLUMNS.find((c) => c.key === key)!.label;

/**
 * “Tổng hợp”: our columns (masterColumns), with the officer's own columns put back after the header they followed,
 * each value on its model.
 */
export function masterTable(agg: Pick<Aggregate, 'models' | 'ownColumns'>, config: Config): Table {
  const columns = masterColumns(config);
  for (const own of agg.ownColumns) {
    const after = own.after === null ? -1 : columns.findIndex((c) => foldCompact(c.header) === foldCompact(own.after!));
    const at = own.after === null ? 0 : after >= 0 ? after + 1 : columns.length;
    columns.splice(at, 0, column(own.header, 20, 'text', (m) => m.own[own.header] ?? null));
  }
  const rows: Cell[][] = [columns.map((c) => c.header)];
  for (const m of agg.models) rows.push(columns.map((c) => c.value(m)));
  return { name: MASTER_SHEET, rows, columns: columns.map(({ value: _, ...c }) => c), bold: [0], frozen: 1, charts: [] };
}

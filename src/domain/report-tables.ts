// The three result sheets of an aggregation as plain tables; the .xlsx writer and the Sheets adapter only format them.
import type { Aggregate, UnitStatus } from './aggregate';
import type { Config } from './config';
import type { Cell } from './grid';
import { MASTER_SHEET, REG_LABEL, masterHeader } from './master';
import { SEVERITY_LABEL } from './messages';
import { formatDateVi } from './rules';

export const STATS_SHEET = 'Thống kê';
export const CHECKS_SHEET = 'Kiểm tra';

export const STATUS_LABEL: Record<UnitStatus, string> = { ok: 'Đạt', under: 'Thiếu', over: 'Vượt', missing: 'Chưa nộp' };

export interface Table {
  name: string;
  rows: Cell[][];
  /** 0-based rows to show bold: the header, section titles. */
  bold: number[];
  /** Rows frozen at the top (the header). */
  frozen: number;
  /** Suggested column widths, in characters. */
  widths: number[];
  /** 0-based columns that hold text from units: written as plain text, never as formulas. */
  textColumns: number[];
}

const quotaText = (q: { min?: number; max?: number }) =>
  q.min === undefined && q.max === undefined ? '' : q.min === q.max ? String(q.min) : `${q.min ?? 0}–${q.max ?? '∞'}`;

export function masterTable(agg: Aggregate, config: Config): Table {
  const fieldLabel = new Map(config.fields.map((f) => [f.code, f.label]));
  const typeLabel = new Map(config.unitTypes.map((t) => [t.code, t.label]));
  const extras = config.columns ?? [];
  const rows: Cell[][] = [masterHeader(config)];
  for (const m of agg.models)
    rows.push([
      m.stt,
      m.unit,
      m.unitType ? typeLabel.get(m.unitType) ?? m.unitType : '',
      m.name,
      m.model,
      m.regType ? REG_LABEL[m.regType] : '',
      m.field ? fieldLabel.get(m.field) ?? m.field : '',
      ...extras.map((c) => m.extra[c.key] ?? ''),
      m.codes.join(', '),
      m.source.file,
      m.source.sheet ?? '',
      m.source.row,
      m.date ? formatDateVi(m.date) : '',
    ]);
  const n = 7 + extras.length;
  return {
    name: MASTER_SHEET,
    rows,
    bold: [0],
    frozen: 1,
    widths: [6, 34, 22, 36, 44, 12, 26, ...extras.map(() => 26), 22, 34, 16, 8, 14],
    textColumns: [1, 2, 3, 4, 5, 6, ...extras.map((_, i) => 7 + i), n, n + 1, n + 2, n + 4],
  };
}

export function statsTable(agg: Aggregate, config: Config): Table {
  const rows: Cell[][] = [];
  const bold: number[] = [];
  const typeLabel = new Map(config.unitTypes.map((t) => [t.code, t.label]));
  const title = (s: string) => {
    if (rows.length) rows.push([]);
    bold.push(rows.length);
    rows.push([s]);
  };
  const header = (...cells: Cell[]) => {
    bold.push(rows.length);
    rows.push(cells);
  };
  const s = agg.summary;
  const pct = (n: number) => (s.total ? Math.round((n / s.total) * 1000) / 10 : 0);
  title(config.title);
  rows.push(['Tổng số mô hình', s.total]);
  rows.push(['Số đơn vị đã nộp', s.byUnit.filter((u) => u.status !== 'missing').length]);
  rows.push(['Số đơn vị chưa nộp', agg.missingUnits.length]);

  title('Theo lĩnh vực');
  header('Lĩnh vực', 'Số mô hình', 'Tỷ lệ (%)');
  for (const f of config.fields) rows.push([f.label, s.byField[f.code] ?? 0, pct(s.byField[f.code] ?? 0)]);
  if (s.withoutField) rows.push(['Chưa xác định lĩnh vực', s.withoutField, pct(s.withoutField)]);

  title('Theo hình thức đăng ký');
  header('Hình thức', 'Số mô hình', 'Tỷ lệ (%)');
  rows.push(['Tiếp tục đăng ký', s.byRegistration.continue, pct(s.byRegistration.continue)]);
  rows.push(['Đăng ký xây dựng mới', s.byRegistration.new, pct(s.byRegistration.new)]);
  if (s.byRegistration.unknown) rows.push(['Chưa xác định', s.byRegistration.unknown, pct(s.byRegistration.unknown)]);

  title('Theo đơn vị');
  header('STT', 'Đơn vị', 'Loại đơn vị', 'Số mô hình', 'Chỉ tiêu', 'Tình trạng', 'Ngày trên danh sách', 'Nộp muộn');
  s.byUnit.forEach((u, i) =>
    rows.push([
      i + 1,
      u.unit,
      u.type ? typeLabel.get(u.type) ?? u.type : '',
      u.count,
      quotaText(u.quota),
      STATUS_LABEL[u.status],
      u.date ? formatDateVi(u.date) : '',
      u.late ? 'Muộn' : '',
    ]),
  );
  if (agg.missingUnits.length) {
    title('Đơn vị chưa nộp danh sách');
    agg.missingUnits.forEach((u, i) => rows.push([i + 1, u]));
  }
  return { name: STATS_SHEET, rows, bold, frozen: 0, widths: [30, 40, 22, 12, 10, 12, 18, 10], textColumns: [1, 2] };
}

export function checksTable(agg: Aggregate): Table {
  const rows: Cell[][] = [['Mức độ', 'Mã', 'Nội dung', 'Đơn vị', 'Tệp', 'Trang', 'Dòng', 'Ô']];
  for (const f of agg.findings)
    rows.push([
      SEVERITY_LABEL[f.severity],
      f.code,
      f.message,
      f.unit ?? '',
      f.file ?? '',
      f.sheet ?? '',
      f.row,
      f.row !== null && f.column ? `${f.column}${f.row}` : '',
    ]);
  return { name: CHECKS_SHEET, rows, bold: [0], frozen: 1, widths: [10, 24, 80, 34, 34, 16, 8, 8], textColumns: [0, 1, 2, 3, 4, 5, 7] };
}

export function aggregateTables(agg: Aggregate, config: Config): Table[] {
  return [masterTable(agg, config), statsTable(agg, config), checksTable(agg)];
}

// The three result sheets of an aggregation as plain tables; the .xlsx writer and the Sheets adapter only format them.
import type { Aggregate, BoardReview, BoardStatus, FunnelCounts, UnitStatus } from './aggregate';
import type { Config } from './config';
import type { Cell } from './grid';
import { cellText, type Grid } from './grid';
import { HEADER_SEARCH_ROWS } from './header';
import { kindLabel, MASTER_SHEET, masterHeader, OFFICER_COLUMNS, REG_LABEL } from './master';
import { foldCompact } from './text';
import { SEVERITY_LABEL } from './messages';
import { formatDateVi } from './rules';

export const STATS_SHEET = 'Thống kê';
export const CHECKS_SHEET = 'Kiểm tra';
export const BOARD_SHEET = 'Tình trạng nộp';

export const BOARD_STATUS_LABEL: Record<BoardStatus, string> = {
  missing: 'Chưa nộp',
  submitted: 'Đã nộp',
  'needs-fix': 'Cần sửa',
  approved: 'Đã duyệt',
};
/** What the officer writes in the board's “Duyệt” column. */
export const REVIEW_VALUES = ['Đã duyệt', 'Trả lại'] as const;

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
      kindLabel(m.kind),
      m.codes.join(', '),
      m.source.file,
      m.source.sheet ?? '',
      m.source.row,
      m.date ? formatDateVi(m.date) : '',
      ...OFFICER_COLUMNS.map((c) => {
        const v = m.officer[c.key];
        return c.key === 'recognisedOn' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDateVi(v) : v;
      }),
    ]);
  const n = 7 + extras.length;
  const officer = OFFICER_COLUMNS.map((_, i) => n + 6 + i);
  return {
    name: MASTER_SHEET,
    rows,
    bold: [0],
    frozen: 1,
    widths: [6, 34, 22, 36, 44, 12, 26, ...extras.map(() => 26), 12, 22, 34, 16, 8, 14, 16, 16, 14, 22, 30],
    textColumns: [1, 2, 3, 4, 5, 6, ...extras.map((_, i) => 7 + i), n, n + 1, n + 2, n + 3, n + 5, ...officer],
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

  title('Theo tập thể, cá nhân');
  header('Loại', 'Số mô hình', 'Tỷ lệ (%)');
  rows.push(['Tập thể', s.byKind['tap-the'], pct(s.byKind['tap-the'])]);
  rows.push(['Cá nhân', s.byKind['ca-nhan'], pct(s.byKind['ca-nhan'])]);
  if (s.byKind.unknown) rows.push(['Chưa xác định', s.byKind.unknown, pct(s.byKind.unknown)]);

  // Registered → implemented effectively → recognised (per level) → proposed for commendation.
  const levels = config.recognitionLevels ?? [];
  const f = s.funnel;
  const hasOther = Object.keys(f.byLevel).includes('khac');
  const funnelHead = ['Đăng ký', 'Triển khai hiệu quả', 'Được công nhận', ...levels.map((l) => `Công nhận cấp ${l.label}`), ...(hasOther ? ['Công nhận cấp khác'] : []), 'Đề nghị khen thưởng'];
  const funnelRow = (c: FunnelCounts): Cell[] => [c.registered, c.effective, c.recognised, ...levels.map((l) => c.byLevel[l.code] ?? 0), ...(hasOther ? [c.byLevel.khac ?? 0] : []), c.proposed];
  title('Kết quả thực hiện (đăng ký → hiệu quả → công nhận → đề nghị khen thưởng)');
  header('', ...funnelHead);
  rows.push(['Tổng số', ...funnelRow(f)]);
  rows.push(['Tập thể', ...funnelRow(f.byKind['tap-the'])]);
  rows.push(['Cá nhân', ...funnelRow(f.byKind['ca-nhan'])]);
  if (f.byKind.unknown.registered) rows.push(['Chưa xác định tập thể/cá nhân', ...funnelRow(f.byKind.unknown)]);
  for (const fl of config.fields) rows.push([fl.label, ...funnelRow(f.byField[fl.code])]);
  title('Kết quả thực hiện theo đơn vị');
  header('Đơn vị', ...funnelHead);
  for (const u of f.byUnit) if (u.registered) rows.push([u.unit, ...funnelRow(u)]);

  const stepLabel = new Map((config.deadlines ?? []).map((d) => [d.key, d.label]));
  stepLabel.set('dang-ky', stepLabel.get('dang-ky') ?? 'Gửi danh sách đăng ký');
  title('Theo đơn vị');
  header('STT', 'Đơn vị', 'Loại đơn vị', 'Số mô hình', 'Chỉ tiêu', 'Tình trạng', 'Ngày trên danh sách', 'Nộp muộn', 'Trễ hạn');
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
      u.lateSteps.map((k) => stepLabel.get(k) ?? k).join('; '),
    ]),
  );
  if (agg.missingUnits.length) {
    title('Đơn vị chưa nộp danh sách');
    agg.missingUnits.forEach((u, i) => rows.push([i + 1, u]));
  }
  return { name: STATS_SHEET, rows, bold, frozen: 0, widths: [34, 40, 22, 14, 14, 14, 18, 14, 30], textColumns: [0, 1, 2] };
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

const BOARD_HEAD = ['STT', 'Đơn vị', 'Loại đơn vị', 'Tình trạng', 'Ngày trên danh sách', 'Tệp', 'Số mô hình', 'Số lỗi', 'Trễ hạn', 'Duyệt', 'Bản đã xét'] as const;

/** Every unit with its latest list and the officer's review (“Duyệt”: Đã duyệt / Trả lại), kept across runs. */
export function boardTable(agg: Aggregate, config: Config): Table {
  const typeLabel = new Map(config.unitTypes.map((t) => [t.code, t.label]));
  const rows: Cell[][] = [[...BOARD_HEAD]];
  agg.board.forEach((b, i) =>
    rows.push([
      i + 1,
      b.unit,
      b.type ? typeLabel.get(b.type) ?? b.type : '',
      BOARD_STATUS_LABEL[b.status],
      b.date ? formatDateVi(b.date) : '',
      b.file ?? '',
      b.models,
      b.errors,
      b.lateSteps.join(', '),
      b.review,
      b.reviewedList,
    ]),
  );
  return { name: BOARD_SHEET, rows, bold: [0], frozen: 1, widths: [6, 40, 22, 12, 14, 34, 10, 8, 14, 12, 34], textColumns: [1, 2, 3, 4, 5, 8, 9, 10] };
}

/** Reads the officer's reviews back from a board written by boardTable; null when the grid is not one. */
export function readBoard(grid: Grid): BoardReview[] | null {
  const want = BOARD_HEAD.map(foldCompact);
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, grid.values.length); r++) {
    const row = grid.values[r].map((c) => foldCompact(cellText(c)));
    const at = (h: (typeof BOARD_HEAD)[number]) => row.indexOf(want[BOARD_HEAD.indexOf(h)]);
    if (at('Đơn vị') < 0 || at('Duyệt') < 0 || at('Bản đã xét') < 0) continue;
    const out: BoardReview[] = [];
    for (const v of grid.values.slice(r + 1)) {
      const unit = cellText(v[at('Đơn vị')]);
      if (unit) out.push({ unit, review: cellText(v[at('Duyệt')]), reviewedList: cellText(v[at('Bản đã xét')]) });
    }
    return out;
  }
  return null;
}

export function aggregateTables(agg: Aggregate, config: Config): Table[] {
  return [masterTable(agg, config), statsTable(agg, config), boardTable(agg, config), checksTable(agg)];
}

/** The summary lines both adapters show after an aggregation: fields, registration types, quotas, missing and superseded lists. */
export function summaryLines(agg: Aggregate, config: Config): string[] {
  const s = agg.summary;
  const lines = [
    `Theo lĩnh vực: ${config.fields.map((f) => `${f.label} ${s.byField[f.code] ?? 0}`).join('; ')}${s.withoutField ? `; chưa xác định ${s.withoutField}` : ''}.`,
    `Theo hình thức: tiếp tục đăng ký ${s.byRegistration.continue}; đăng ký mới ${s.byRegistration.new}${s.byRegistration.unknown ? `; chưa xác định ${s.byRegistration.unknown}` : ''}.`,
  ];
  const off = s.byUnit.filter((u) => u.status === 'under' || u.status === 'over');
  if (off.length) lines.push(`Không đạt chỉ tiêu: ${off.map((u) => `${u.unit} (${STATUS_LABEL[u.status].toLowerCase()}, ${u.count})`).join('; ')}.`);
  if (agg.missingUnits.length) lines.push(`Chưa nộp: ${agg.missingUnits.join('; ')}.`);
  const superseded = agg.sources.filter((x) => x.superseded);
  if (superseded.length)
    lines.push(`Bản cũ không tính (đã có bản gửi sau): ${superseded.map((x) => (x.sheet ? `${x.file}, trang “${x.sheet}”` : x.file)).join('; ')}.`);
  return lines;
}

// The result sheets of an aggregation as tables that describe themselves (table.ts); the .xlsx writer and the Sheets
// adapter only format them. “Tổng hợp” is built beside its reader in master.ts; the board here beside readBoard.
import type { Aggregate, BoardReview, BoardStatus, FunnelCounts, UnitStatus } from './aggregate';
import type { Config } from './config';
import type { Cell } from './grid';
import { cellText, type Grid } from './grid';
import { HEADER_SEARCH_ROWS } from './header';
import { masterTable } from './master';
import { choiceColumn, dateCell, type Chart, type Table, type TableColumn } from './table';
import { foldCompact } from './text';
import { SEVERITY_LABEL } from './messages';
import { formatDateVi } from './rules';

export const STATS_SHEET = 'Thống kê';
export const CHECKS_SHEET = 'Kiểm tra';
export const BOARD_SHEET = 'Tình trạng nộp';

export const BOARD_STATUS_LABEL: Record<BoardStatus, string> = {
  missing: 'Chưa nộp',
  filling: 'Đang điền',
  submitted: 'Đã nộp',
  'needs-fix': 'Cần sửa',
  approved: 'Đã duyệt',
};
/** What the officer writes in the board's “Duyệt” column. */
export const REVIEW_VALUES = ['Đã duyệt', 'Trả lại'] as const;

export const STATUS_LABEL: Record<UnitStatus, string> = { ok: 'Đạt', under: 'Thiếu', over: 'Vượt', missing: 'Chưa nộp' };

const quotaText = (q: { min?: number; max?: number }) =>
  q.min === undefined && q.max === undefined ? '' : q.min === q.max ? String(q.min) : `${q.min ?? 0}–${q.max ?? '∞'}`;

/** Columns of “Thống kê” by position: labels, then counts (a section of units puts names in the second). */
const STATS_COLUMNS: TableColumn[] = [
  { header: '', width: 34, kind: 'text' },
  { header: '', width: 40, kind: 'text' },
  { header: '', width: 22, kind: 'text' },
  ...[14, 14, 14, 18, 14, 30].map((width): TableColumn => ({ header: '', width, kind: 'number' })),
];

export function statsTable(agg: Aggregate, config: Config): Table {
  const rows: Cell[][] = [];
  const bold: number[] = [];
  const charts: Chart[] = [];
  /** A chart of the block whose header row is the last one written, once its rows are written. */
  const chartOf = (type: Chart['type'], title: string, labels: number, values: number) => {
    const header = rows.length - 1;
    return () => {
      if (rows.length - 1 > header) charts.push({ type, title, header, last: rows.length - 1, labels, values });
    };
  };
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
  const fieldChart = chartOf('column', CHART_TITLES.field, 0, 1);
  for (const f of config.fields) rows.push([f.label, s.byField[f.code] ?? 0, pct(s.byField[f.code] ?? 0)]);
  if (s.withoutField) rows.push(['Chưa xác định lĩnh vực', s.withoutField, pct(s.withoutField)]);
  fieldChart();

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
  const unitChart = chartOf('bar', CHART_TITLES.unit, 1, 3);
  s.byUnit.forEach((u, i) =>
    rows.push([
      i + 1,
      u.unit,
      u.type ? typeLabel.get(u.type) ?? u.type : '',
      u.count,
      quotaText(u.quota),
      STATUS_LABEL[u.status],
      dateCell(u.date),
      u.late ? 'Muộn' : '',
      u.lateSteps.map((k) => stepLabel.get(k) ?? k).join('; '),
    ]),
  );
  unitChart();
  if (agg.missingUnits.length) {
    title('Đơn vị chưa nộp danh sách');
    agg.missingUnits.forEach((u, i) => rows.push([i + 1, u]));
  }
  return { name: STATS_SHEET, rows, columns: STATS_COLUMNS, bold, frozen: 0, charts };
}

export const CHART_TITLES = { field: 'Số mô hình theo lĩnh vực', unit: 'Số mô hình theo đơn vị' } as const;

const text = (header: string, width: number): TableColumn => ({ header, width, kind: 'text' });
const number = (header: string, width: number): TableColumn => ({ header, width, kind: 'number' });

const CHECKS_COLUMNS: TableColumn[] = [
  text('Mức độ', 10),
  text('Mã', 24),
  text('Nội dung', 80),
  text('Đơn vị', 34),
  text('Tệp', 34),
  text('Trang', 16),
  number('Dòng', 8),
  text('Ô', 8),
];

export function checksTable(agg: Aggregate): Table {
  const rows: Cell[][] = [CHECKS_COLUMNS.map((c) => c.header)];
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
  return { name: CHECKS_SHEET, rows, columns: CHECKS_COLUMNS, bold: [0], frozen: 1, charts: [] };
}

/** The board's columns, in order; readBoard finds “Đơn vị”, “Duyệt” and “Bản đã xét” by these same headers. */
const BOARD_COLUMNS = [
  number('STT', 6),
  text('Đơn vị', 40),
  text('Loại đơn vị', 22),
  text('Tình trạng', 12),
  { header: 'Ngày trên danh sách', width: 14, kind: 'date' },
  text('Tệp', 34),
  number('Số mô hình', 10),
  number('Số lỗi', 8),
  text('Trễ hạn', 14),
  choiceColumn('Duyệt', 12, REVIEW_VALUES),
  text('Bản đã xét', 34),
  text('Nhắc nộp', 40),
] as const satisfies readonly TableColumn[];
const BOARD_HEAD = BOARD_COLUMNS.map((c) => c.header);
type BoardHeader = (typeof BOARD_COLUMNS)[number]['header'];
/** The board's column where each reminder sent to a unit is logged (time and kind), kept across runs. */
export const BOARD_REMINDERS: BoardHeader = 'Nhắc nộp';

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
      dateCell(b.date),
      b.file ?? '',
      b.models,
      b.errors,
      b.lateSteps.join(', '),
      b.review,
      b.reviewedList,
      b.reminders,
    ]),
  );
  return { name: BOARD_SHEET, rows, columns: [...BOARD_COLUMNS], bold: [0], frozen: 1, charts: [] };
}

/** Reads the officer's reviews back from a board written by boardTable; null when the grid is not one. */
export function readBoard(grid: Grid): BoardReview[] | null {
  const want = BOARD_HEAD.map(foldCompact);
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, grid.values.length); r++) {
    const row = grid.values[r].map((c) => foldCompact(cellText(c)));
    const at = (h: BoardHeader) => row.indexOf(want[BOARD_HEAD.indexOf(h)]);
    if (at('Đơn vị') < 0 || at('Duyệt') < 0 || at('Bản đã xét') < 0) continue;
    const out: BoardReview[] = [];
    const reminders = at(BOARD_REMINDERS);
    for (const v of grid.values.slice(r + 1)) {
      const unit = cellText(v[at('Đơn vị')]);
      if (unit)
        out.push({ unit, review: cellText(v[at('Duyệt')]), reviewedList: cellText(v[at('Bản đã xét')]), ...(reminders >= 0 ? { reminders: cellText(v[reminders]) } : {}) });
    }
    return out;
  }
  return null;
}

/** A row of the board as written, read back for reminders: the unit's status, list, counts, and the sheet row. */
export interface BoardLine {
  unit: string;
  status: BoardStatus;
  file: string;
  models: number;
  errors: number;
  reminders: string;
  /** 1-based sheet row, and the 1-based column of “Nhắc nộp” (null on a board written before it existed). */
  row: number;
  remindersCol: number | null;
}

/** Every unit of a board written by boardTable, with its status; null when the grid is not one. */
export function readBoardLines(grid: Grid): BoardLine[] | null {
  const want = BOARD_HEAD.map(foldCompact);
  const byLabel = new Map(Object.entries(BOARD_STATUS_LABEL).map(([k, v]) => [foldCompact(v), k as BoardStatus]));
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, grid.values.length); r++) {
    const row = grid.values[r].map((c) => foldCompact(cellText(c)));
    const at = (h: (typeof BOARD_HEAD)[number]) => row.indexOf(want[BOARD_HEAD.indexOf(h)]);
    if (at('Đơn vị') < 0 || at('Tình trạng') < 0) continue;
    const reminders = at(BOARD_REMINDERS);
    const num = (c: Cell | undefined) => (typeof c === 'number' ? c : Number(cellText(c)) || 0);
    const out: BoardLine[] = [];
    grid.values.slice(r + 1).forEach((v, i) => {
      const unit = cellText(v[at('Đơn vị')]);
      const status = byLabel.get(foldCompact(cellText(v[at('Tình trạng')])));
      if (!unit || !status) return;
      out.push({
        unit,
        status,
        file: at('Tệp') >= 0 ? cellText(v[at('Tệp')]) : '',
        models: at('Số mô hình') >= 0 ? num(v[at('Số mô hình')]) : 0,
        errors: at('Số lỗi') >= 0 ? num(v[at('Số lỗi')]) : 0,
        reminders: reminders >= 0 ? cellText(v[reminders]) : '',
        row: r + i + 2,
        remindersCol: reminders >= 0 ? reminders + 1 : null,
      });
    });
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
  const filling = agg.board.filter((b) => b.status === 'filling');
  if (filling.length) lines.push(`Đang điền (chưa tích “Đã hoàn thành”, chưa tính): ${filling.map((b) => `${b.unit} (${b.models})`).join('; ')}.`);
  const superseded = agg.sources.filter((x) => x.superseded);
  if (superseded.length)
    lines.push(`Bản cũ không tính (đã có bản gửi sau): ${superseded.map((x) => (x.sheet ? `${x.file}, trang “${x.sheet}”` : x.file)).join('; ')}.`);
  if (agg.previousPhase) {
    const p = agg.previousPhase;
    const count = (code: string) => agg.findings.filter((f) => f.code === code).length;
    lines.push(
      `Đối chiếu với giai đoạn trước (${p.file}${p.sheet ? `, trang “${p.sheet}”` : ''}, ${p.models} mô hình): ` +
        `${count('CONTINUE_NOT_FOUND')} mô hình “Tiếp tục đăng ký” không tìm thấy; ${count('PREVIOUS_NOT_CONTINUED')} mô hình đã công nhận chưa được đăng ký tiếp tục.`,
    );
  }
  return lines;
}

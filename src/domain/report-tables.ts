// The three result sheets of an aggregation as plain tables; the .xlsx writer and the Sheets adapter only format them.
import type { Aggregate, BoardReview, BoardStatus, FunnelCounts, MasterModel, UnitStatus } from './aggregate';
import type { Config } from './config';
import type { Cell } from './grid';
import { cellText, type Grid } from './grid';
import { HEADER_SEARCH_ROWS } from './header';
import { instantText, kindLabel, MASTER_HEAD, MASTER_SHEET, MASTER_TAIL, MASTER_TRACE, OFFICER_COLUMNS, REG_LABEL } from './master';
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

/** The number of columns of a table: its longest row (a loop: tables may have 200,000 rows). */
export function tableWidth(t: Pick<Table, 'rows'>): number {
  let width = 1;
  for (const r of t.rows) if (r.length > width) width = r.length;
  return width;
}

const quotaText = (q: { min?: number; max?: number }) =>
  q.min === undefined && q.max === undefined ? '' : q.min === q.max ? String(q.min) : `${q.min ?? 0}–${q.max ?? '∞'}`;

/** A column of “Tổng hợp”: header, width in characters, whether it holds text from units, and its value. */
interface MasterColumn {
  header: string;
  width: number;
  text: boolean;
  value: (m: MasterModel) => Cell;
}

/**
 * “Tổng hợp”: our columns (the list's, the campaign's extra ones, the trace of each row, the officer's), with the
 * officer's own columns put back after the header they followed, each value on its model.
 */
export function masterTable(agg: Aggregate, config: Config): Table {
  const fieldLabel = new Map(config.fields.map((f) => [f.code, f.label]));
  const typeLabel = new Map(config.unitTypes.map((t) => [t.code, t.label]));
  const [stt, unit, type, name, model, reg, field] = MASTER_HEAD;
  const [kind, codes, file, sheet, row, date] = MASTER_TAIL;
  const [modified, fingerprint, edited] = MASTER_TRACE;
  const col = (header: string, width: number, text: boolean, value: MasterColumn['value']): MasterColumn => ({ header, width, text, value });
  const columns: MasterColumn[] = [
    col(stt, 6, false, (m) => m.stt),
    col(unit, 34, true, (m) => m.unit),
    col(type, 22, true, (m) => (m.unitType ? typeLabel.get(m.unitType) ?? m.unitType : '')),
    col(name, 36, true, (m) => m.name),
    col(model, 44, true, (m) => m.model),
    col(reg, 12, true, (m) => (m.regType ? REG_LABEL[m.regType] : '')),
    col(field, 26, true, (m) => (m.field ? fieldLabel.get(m.field) ?? m.field : '')),
    ...(config.columns ?? []).map((c) => col(c.label, 26, true, (m) => m.extra[c.key] ?? '')),
    col(kind, 12, true, (m) => kindLabel(m.kind)),
    col(codes, 22, true, (m) => m.codes.join(', ')),
    col(file, 34, true, (m) => m.source.file),
    col(sheet, 16, true, (m) => m.source.sheet ?? ''),
    col(row, 8, false, (m) => m.source.row),
    col(date, 14, true, (m) => (m.date ? formatDateVi(m.date) : '')),
    ...OFFICER_COLUMNS.map((c, i) =>
      col(c.label, [16, 16, 14, 22, 30][i] ?? 16, true, (m) => {
        const v = m.officer[c.key];
        return c.key === 'recognisedOn' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDateVi(v) : v;
      }),
    ),
    col(modified, 24, true, (m) => instantText(m.sourceModified)),
    col(fingerprint, 12, true, (m) => m.fingerprint),
    col(edited, 26, true, (m) => m.officerEdited.join('; ')),
  ];
  for (const own of agg.ownColumns) {
    const after = own.after === null ? -1 : columns.findIndex((c) => foldCompact(c.header) === foldCompact(own.after!));
    const at = own.after === null ? 0 : after >= 0 ? after + 1 : columns.length;
    columns.splice(at, 0, col(own.header, 20, true, (m) => m.own[own.header] ?? null));
  }
  const rows: Cell[][] = [columns.map((c) => c.header)];
  for (const m of agg.models) rows.push(columns.map((c) => c.value(m)));
  return {
    name: MASTER_SHEET,
    rows,
    bold: [0],
    frozen: 1,
    widths: columns.map((c) => c.width),
    textColumns: columns.flatMap((c, i) => (c.text ? [i] : [])),
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

const BOARD_HEAD = ['STT', 'Đơn vị', 'Loại đơn vị', 'Tình trạng', 'Ngày trên danh sách', 'Tệp', 'Số mô hình', 'Số lỗi', 'Trễ hạn', 'Duyệt', 'Bản đã xét', 'Nhắc nộp'] as const;
/** The board's column where each reminder sent to a unit is logged (time and kind), kept across runs. */
export const BOARD_REMINDERS = 'Nhắc nộp';

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
      b.reminders,
    ]),
  );
  return { name: BOARD_SHEET, rows, bold: [0], frozen: 1, widths: [6, 40, 22, 12, 14, 34, 10, 8, 14, 12, 34, 40], textColumns: [1, 2, 3, 4, 5, 8, 9, 10, 11] };
}

/** Reads the officer's reviews back from a board written by boardTable; null when the grid is not one. */
export function readBoard(grid: Grid): BoardReview[] | null {
  const want = BOARD_HEAD.map(foldCompact);
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, grid.values.length); r++) {
    const row = grid.values[r].map((c) => foldCompact(cellText(c)));
    const at = (h: (typeof BOARD_HEAD)[number]) => row.indexOf(want[BOARD_HEAD.indexOf(h)]);
    if (at('Đơn vị') < 0 || at('Duyệt') < 0 || at('Bản đã xét') < 0) continue;
    const out: BoardReview[] = [];
    const reminders = at('Nhắc nộp');
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
    const reminders = at('Nhắc nộp');
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
  return lines;
}

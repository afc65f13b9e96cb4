// The registration form a unit fills, laid out once for every writer: the add-in's “Thiết lập biểu mẫu” sheet, the
// Google Sheet the add-in makes and shares for each unit (“Gửi biểu mẫu cho đơn vị”), and `dvk forms`' .xlsx files.
import { quotaOf, registrationDeadline, type Config } from './config';
import type { Cell, Merge } from './grid';
import { FORM_TEXT } from './form-text';

type ConfigUnit = Config['units'][number];

export { FORM_TEXT };

export interface FormOptions {
  /** The unit the form is for: its name on the first line, its quota and the deadline on the line under the title. */
  unit?: ConfigUnit;
  /** A “Đã hoàn thành, gửi cấp trên” tick box above the table (the Google Sheets shared with units). */
  completion?: boolean;
  /** Put FORM_TEXT.requiredMark after the header of every column that must be filled in. */
  markRequired?: boolean;
}

export interface RegistrationLayout {
  /** The title block, a blank row and the two header rows; every row `width` long. */
  values: string[][];
  width: number;
  /** 0-based, inclusive. */
  merges: Merge[];
  /** 1-based sheet rows. */
  headerRows: { first: number; last: number };
  firstDataRow: number;
  /** 0-based columns holding marks (registration type and fields): checkboxes. */
  markCols: { first: number; last: number };
  /** 0-based columns holding text a unit types: plain text format. */
  textCols: number[];
  /** 0-based columns that must be filled in (names, model, required campaign columns). */
  requiredCols: number[];
  /** Column widths in pixels. */
  widths: number[];
  /** The completion tick box, 1-based, when the form has one. */
  doneCell: { row: number; col: number } | null;
}

/** Column of the completion tick box (D), right of its label (merged over A–C). */
const DONE_COL = 4;

/**
 * The seed-004 form for a campaign: “Lĩnh vực” merged over one sub-column per field, the campaign's extra columns
 * after it. Without options it is the sheet of “Thiết lập biểu mẫu” (header on rows 5–6, data from row 7).
 */
export function registrationLayout(config: Config, opts: FormOptions = {}): RegistrationLayout {
  const h = FORM_TEXT.headers;
  const fields = config.fields;
  const extras = config.columns ?? [];
  const fieldStart = 5;
  const extraStart = fieldStart + fields.length;
  const width = extraStart + extras.length;
  const mark = (t: string, required: boolean | undefined) => (opts.markRequired && required ? t + FORM_TEXT.requiredMark : t);
  const blank = () => Array<string>(width).fill('');
  const top = blank();
  const sub = blank();
  [h.stt, mark(h.name, true), mark(h.model, true), h.cont, h.new].forEach((t, i) => (top[i] = t));
  top[fieldStart] = h.fields;
  fields.forEach((f, i) => (sub[fieldStart + i] = f.label));
  extras.forEach((k, i) => (top[extraStart + i] = mark(k.label, k.required)));
  const row = (...cells: string[]) => {
    const r = blank();
    cells.forEach((c, i) => (r[i] = c));
    return r;
  };
  const unitLine = opts.unit ? opts.unit.name.toLocaleUpperCase('vi') : FORM_TEXT.unitPlaceholder;
  const values = [row(unitLine), row(FORM_TEXT.listTitle), row(config.title.toLocaleUpperCase('vi'))];
  if (opts.unit) values.push(row(infoLine(config, opts.unit)));
  let doneCell: RegistrationLayout['doneCell'] = null;
  if (opts.completion) {
    values.push(row(FORM_TEXT.done));
    doneCell = { row: values.length, col: DONE_COL };
  }
  values.push(blank(), top, sub);
  const headerFirst = values.length - 1; // 1-based row of `top`
  const merges: Merge[] = [
    { top: 0, left: 0, bottom: 0, right: Math.min(width - 1, 3) },
    { top: 1, left: 0, bottom: 1, right: width - 1 },
    { top: 2, left: 0, bottom: 2, right: width - 1 },
  ];
  if (opts.unit) merges.push({ top: 3, left: 0, bottom: 3, right: width - 1 });
  if (doneCell) merges.push({ top: doneCell.row - 1, left: 0, bottom: doneCell.row - 1, right: DONE_COL - 2 });
  const t = headerFirst - 1; // 0-based row of `top`
  for (const c of [0, 1, 2, 3, 4]) merges.push({ top: t, left: c, bottom: t + 1, right: c });
  if (fields.length > 1) merges.push({ top: t, left: fieldStart, bottom: t, right: extraStart - 1 });
  extras.forEach((_, i) => merges.push({ top: t, left: extraStart + i, bottom: t + 1, right: extraStart + i }));
  const widths = [45, 240, 240, 85, 85, ...fields.map(() => 95), ...extras.map(() => 200)];
  return {
    values,
    width,
    merges,
    headerRows: { first: headerFirst, last: headerFirst + 1 },
    firstDataRow: headerFirst + 2,
    markCols: { first: 3, last: extraStart - 1 },
    textCols: [1, 2, ...extras.map((_, i) => extraStart + i)],
    requiredCols: [1, 2, ...extras.flatMap((c, i) => (c.required ? [extraStart + i] : []))],
    widths,
    doneCell,
  };
}

/** “Chỉ tiêu: 3 mô hình. Hạn nộp: 15/07/2021.” for a unit's form (empty parts left out). */
export function infoLine(config: Config, unit: ConfigUnit): string {
  const deadline = registrationDeadline(config);
  const parts = [FORM_TEXT.quota(quotaOf(config, unit)), deadline ? FORM_TEXT.deadline(deadline) : ''].filter(Boolean);
  return parts.length ? `${parts.join('. ')}.` : '';
}

/** The short instructions a unit reads on its form (a note in Sheets, a sheet of its own in an .xlsx form). */
export function formInstructions(config: Config, layout: RegistrationLayout): string[] {
  const lines = [
    `Mỗi mô hình ghi trên một dòng, bắt đầu từ dòng ${layout.firstDataRow}; thiếu dòng thì chèn thêm dòng ở giữa bảng.`,
    'Đánh dấu đúng một hình thức đăng ký: “Tiếp tục đăng ký” hoặc “Đăng ký xây dựng mới”.',
    config.fields.length > 1
      ? `Đánh dấu đúng một lĩnh vực: ${config.fields.map((f) => f.label).join('; ')}.`
      : `Đánh dấu lĩnh vực ${config.fields[0].label}.`,
    `Cột có dấu${FORM_TEXT.requiredMark} là bắt buộc, không được để trống.`,
  ];
  if (layout.doneCell) lines.push(`Điền xong thì tích ô “Đã hoàn thành, gửi cấp trên” ở dòng ${layout.doneCell.row}; cấp trên chỉ tổng hợp danh sách đã tích.`);
  lines.push('Không sửa tên đơn vị, các dòng tiêu đề và không xóa trang ẩn của biểu mẫu: công cụ dựa vào đó để nhận đúng danh sách của đơn vị.');
  return lines;
}

/** The layout's values as cells (blank as null), e.g. to check them with the reader. */
export function layoutCells(layout: RegistrationLayout): Cell[][] {
  return layout.values.map((r) => r.map((c) => (c === '' ? null : c)));
}

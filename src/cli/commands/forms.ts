// `dvk forms`: one pre-filled registration form (.xlsx) per unit of the config, for units that work in Excel: the
// unit's name, quota and deadline above the table, drop-downs for the marks, required columns marked, an instruction
// sheet, and a hidden marker sheet that makes a list sent back in it that unit's with certainty.
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Config } from '../../domain/config';
import { FORM_TEXT, formInstructions, registrationLayout, type RegistrationLayout } from '../../domain/form-layout';
import { FORM_MARKER_SHEET, markerCells, readFormMarker } from '../../domain/form-marker';
import { columnLetter } from '../../domain/grid';
import { formUnits } from '../../domain/responses';
import { foldKey } from '../../domain/text';
import { workbookSources } from '../../domain/workbook';
import { readWorkbook } from '../../domain/xlsx-grid';
import { loadConfig } from '../config';
import { EXIT, UserError } from '../errors';
import { commitOutput, planOutput, type Ownership, type OutputPlan } from '../files';
import { WRITE_OPTIONS } from '../write-tables';
import { nodeInflate } from '../workbook';

export const HELP = `Cách dùng: dvk forms --out mau/ [--config cau-hinh.json | --preset TÊN] [--force]

Ghi cho mỗi đơn vị trong cấu hình một biểu mẫu danh sách đăng ký (.xlsx) điền sẵn tên đơn vị, chỉ tiêu và hạn nộp,
có danh sách chọn “x” ở các cột đánh dấu, cột bắt buộc có dấu *, một trang hướng dẫn, và một trang ẩn ghi mã
biểu mẫu: danh sách đơn vị gửi lại trong biểu mẫu này được nhận đúng là của đơn vị đó (kể cả khi dòng tên bị sửa).
Biểu mẫu gửi lại mà chưa điền dòng nào được tính là “chưa nộp”.

  --out THƯ-MỤC    thư mục ghi biểu mẫu, mỗi đơn vị một tệp “<tên đơn vị>.xlsx”
  --config TỆP     cấu hình đợt (JSON) có danh sách đơn vị; mặc định dùng bộ mẫu ldld-ninh-binh-2021
  --preset TÊN     dùng bộ cấu hình mẫu có sẵn
  --force          biểu mẫu đã có mà đơn vị đã điền (hoặc tệp không do công cụ tạo) được đổi tên thành
                   <tên>.truoc-YYYY-MM-DD.xlsx rồi mới ghi biểu mẫu mới

Chỉ ghi đè một biểu mẫu do lệnh này tạo mà chưa ai điền. Mã thoát: 0 đã ghi, 2 tham số sai hoặc không ghi được.`;

export interface FormsArgs {
  out?: string;
  config?: string;
  preset?: string;
  force?: boolean;
}

/** Data rows prepared with drop-downs and unlocked for typing (the unit may insert more). */
export const FORM_DATA_ROWS = 100;
export const FORM_SHEET = 'Danh sách đăng ký';
export const GUIDE_SHEET = 'Hướng dẫn';

/** A unit's name as a file name: characters Windows forbids (and control characters) become “-”. */
export function unitFileName(unit: string): string {
  const safe = unit
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f<>:"/\\|?*]+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120);
  return safe || 'don-vi';
}

/** File names for the units, distinct even when two names give the same file name (“… (2)”). */
export function unitFileNames(units: string[], ext: string): string[] {
  const used = new Set<string>();
  return units.map((u) => {
    const stem = unitFileName(u);
    let name = `${stem}${ext}`;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${stem} (${i})${ext}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/**
 * Whether an existing file is a form this command wrote for `unit` that nobody filled in: ours. A form of ours with
 * rows in it (the unit's answer, saved here) is `edited`; anything else is `foreign`.
 */
export function formOwnership(bytes: Uint8Array, unit: string, config: Config): { owner: Ownership } {
  try {
    const sheets = readWorkbook(bytes, { inflate: nodeInflate });
    const marker = readFormMarker(sheets);
    if (!marker || foldKey(marker.unit) !== foldKey(unit)) return { owner: 'foreign' };
    const inputs = workbookSources('', sheets, config, null);
    return { owner: inputs.every((i) => i.kind === 'form-blank') ? 'ours' : 'edited' };
  } catch {
    return { owner: 'foreign' };
  }
}

const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The form of one unit as an exceljs workbook. */
export async function unitFormWorkbook(config: Config, unit: Config['units'][number]): Promise<ExcelJS.Workbook> {
  const L = registrationLayout(config, { unit, markRequired: true });
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Dân vận khéo';
  wb.title = `${config.title} – ${unit.name}`;
  const ws = wb.addWorksheet(FORM_SHEET, {
    views: [{ state: 'frozen', ySplit: L.headerRows.last }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${L.headerRows.first}:${L.headerRows.last}` },
  });
  fillForm(ws, L, config);
  // Title and header locked (no password: a guard against slips, not a lock); the data rows are open, rows can be added.
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: true,
    deleteRows: true,
    sort: true,
    autoFilter: true,
  });
  const guide = wb.addWorksheet(GUIDE_SHEET);
  guide.columns = [{ width: 120 }];
  guide.addRow([`Hướng dẫn điền biểu mẫu: ${config.title}`]).font = { bold: true, size: 13 };
  guide.addRow([`Đơn vị: ${unit.name}`]);
  guide.addRow([]);
  for (const line of formInstructions(config, L)) guide.addRow([`• ${line}`]).alignment = { wrapText: true, vertical: 'top' };
  guide.addRow([]);
  guide.addRow(['Điền xong, lưu tệp (giữ định dạng .xlsx) và gửi lại cho cấp trên qua thư điện tử hoặc Zalo.']);
  const marker = wb.addWorksheet(FORM_MARKER_SHEET, { state: 'veryHidden' });
  for (const r of markerCells({ unit: unit.name, campaign: config.title, sheet: FORM_SHEET, doneCell: null })) marker.addRow(r);
  marker.getColumn(1).numFmt = '@';
  marker.getColumn(2).numFmt = '@';
  await marker.protect('', {});
  return wb;
}

function fillForm(ws: ExcelJS.Worksheet, L: RegistrationLayout, config: Config): void {
  ws.columns = L.widths.map((px) => ({ width: Math.round(px / 7) }));
  const lastRow = L.firstDataRow + FORM_DATA_ROWS - 1;
  // Text columns are plain text, so that “001” or “1/2” stays as typed.
  for (const c of L.textCols) ws.getColumn(c + 1).numFmt = '@';
  L.values.forEach((r, i) => {
    const row = ws.getRow(i + 1);
    r.forEach((v, j) => {
      if (v !== '') row.getCell(j + 1).value = v;
    });
  });
  for (const m of L.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  ws.getCell('A1').font = { bold: true };
  ws.getCell('A2').font = { bold: true, size: 14 };
  for (const a of ['A2', 'A3']) ws.getCell(a).alignment = { horizontal: 'center' };
  ws.getCell('A3').font = { bold: true };
  ws.getCell('A4').font = { italic: true };
  for (let r = L.headerRows.first; r <= L.headerRows.last; r++)
    for (let c = 1; c <= L.width; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { bold: true, ...(L.requiredCols.includes(c - 1) && r === L.headerRows.first ? { color: { argb: 'FFC00000' } } : {}) };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } };
      cell.border = BORDER;
    }
  for (let r = L.firstDataRow; r <= lastRow; r++)
    for (let c = 1; c <= L.width; c++) {
      const cell = ws.getCell(r, c);
      cell.border = BORDER;
      cell.protection = { locked: false };
      cell.alignment = { vertical: 'top', wrapText: true, ...(c - 1 >= L.markCols.first && c - 1 <= L.markCols.last ? { horizontal: 'center' } : {}) };
    }
  // exceljs keeps one validation for a whole range (not in its typings).
  (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${columnLetter(L.markCols.first)}${L.firstDataRow}:${columnLetter(L.markCols.last)}${lastRow}`, {
    type: 'list',
    allowBlank: true,
    formulae: ['"x"'],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Dân vận khéo',
    error: 'Ô đánh dấu chỉ ghi “x” (hoặc để trống).',
    showInputMessage: true,
    promptTitle: 'Đánh dấu',
    prompt: 'Chọn “x” để đánh dấu.',
  });
  ws.getCell(L.headerRows.first, 1).note = `Cột có dấu${FORM_TEXT.requiredMark} là bắt buộc.`;
  ws.getCell(`A${L.firstDataRow}`).note = formInstructions(config, L).join('\n');
}

export async function runForms(args: FormsArgs, print: (s: string) => void): Promise<number> {
  if (!args.out) throw new UserError('Chưa cho thư mục ghi biểu mẫu (--out), ví dụ: dvk forms --out mau/\n\n' + HELP);
  const config = await loadConfig(args);
  const active = new Set(formUnits(config));
  const units = config.units.filter((u) => active.has(u.name));
  const inactive = config.units.filter((u) => !active.has(u.name)).map((u) => u.name);
  if (!units.length)
    throw new UserError(
      config.units.length
        ? `Không có đơn vị nào còn hoạt động vào hạn nộp trong cấu hình (${inactive.join('; ')}): không có biểu mẫu nào để ghi.`
        : 'Cấu hình chưa có danh sách đơn vị (bảng “ĐƠN VỊ”, khóa units): không có biểu mẫu nào để ghi.',
    );
  const names = unitFileNames(units.map((u) => u.name), '.xlsx');
  // Every file is checked before any is written.
  const plans: OutputPlan[] = [];
  for (const [i, u] of units.entries())
    plans.push(await planOutput(join(args.out, names[i]), { what: 'biểu mẫu', owner: (b) => formOwnership(b, u.name, config), force: args.force }));
  for (const [i, u] of units.entries()) {
    const wb = await unitFormWorkbook(config, u);
    await commitOutput(plans[i], new Uint8Array((await wb.xlsx.writeBuffer(WRITE_OPTIONS)) as ArrayBuffer));
  }
  print(`Đã ghi ${units.length} biểu mẫu vào ${args.out}: ${names.slice(0, 5).join('; ')}${names.length > 5 ? `; … (${names.length - 5} tệp khác)` : ''}.`);
  const kept = plans.filter((p) => p.keepAs).map((p) => `${basename(p.path)} → ${basename(p.keepAs!)}`);
  if (kept.length) print(`Đã giữ tệp cũ: ${kept.join('; ')}.`);
  if (inactive.length) print(`Không ghi biểu mẫu cho ${inactive.length} đơn vị không còn hoặc chưa hoạt động vào hạn nộp: ${inactive.join('; ')}.`);
  return EXIT.ok;
}

// Generates the test fixture workbooks (test/fixtures/lists/ + expected.json) and the demo sample lists (samples/danh-sach/).
//
// Run: node scripts/make-fixtures.mjs   (deterministic: fixed workbook properties and zip timestamps, so reruns give identical bytes)
//
// Every list follows the seed-004 annex: the submitting unit's title line, “DANH SÁCH”, the subject line (all merged across
// the table and centred), a blank row, a two-row header (A–E merged vertically, “Lĩnh vực” merged over F:H), model rows.
// expected.json lists, per file, the preset it is checked with, the unit it must resolve to, the number of model rows, and
// EVERY finding a correct validator reports ({code,row,column}; row/column null for the whole list). Unreadable files are
// listed as { "unreadable": true }. A unit that is not configured is expected under its title text as typed (NFC, trimmed).
//
// Fixtures (test/fixtures/lists/):
//  danh-sach-hop-le                      clean district list, 3 models (LĐLĐ huyện Hoa Lư) — no findings
//  tieu-de-cot-bien-the                  renamed headers (“TT”, “Tên tập thể, cá nhân”, “Tiếp tục ĐK”, “VH - XH”…), a “Ghi chú”
//                                        column, national-motto title rows, caption line, header at row 8 starting in column B,
//                                        a 1..9 column-number row, marks “X” and “ x” — clean
//  loi-danh-dau                          KCN union (no quota): both types, no type, two fields, no field, “có” as a mark, missing
//                                        name, missing model name, 1/0 marks; clean rows use x, X, ✓, V, v and “-” fillers
//  trung-mo-hinh-vuot-chi-tieu           district with 4 distinct models + a duplicate of row 2 (lower case, double spaces,
//                                        straight quotes, NFD, “hoà” for “hòa”) → DUPLICATE_MODEL + QUOTA_OVER
//  thieu-chi-tieu                        Công đoàn ngành with 1 model, unused template rows “2”, “..” left → QUOTA_UNDER
//  ma-tcvn3                              name and model name of one row pasted in TCVN3 (ABC) → 2 × LEGACY_ENCODING
//  ma-vni                                one model name typed in VNI → LEGACY_ENCODING
//  unicode-to-hop-nfd                    whole workbook (titles, headers, cells) in decomposed Unicode — clean
//  khong-co-bang                         a memo typed in column A, no table → HEADER_NOT_FOUND only (unit still told by its first line)
//  don-vi-khong-xac-dinh                 “Công đoàn Công ty TNHH ABC” → UNKNOWN_UNIT, type null, no quota check
//  google-sheets-o-danh-dau              Google Sheets export: checkbox booleans TRUE/FALSE, Arial 10 — clean
//  google-sheets-hang-mau-trong          Sheets template: one row with text “TRUE”/“FALSE”, then numbered template rows whose
//                                        checkboxes are all FALSE (not models) — clean
//  chan-trang-hang-muc-hang-trong        column numbers “(1)”…, section rows “I” + “Tập thể” and merged “II. Cá nhân”, blank rows,
//                                        placeholders “..”, “…”, “...”, a “Tổng cộng” row with counts, signature block — clean
//  mau-trong-chua-dien                   the seed-004 form as downloaded: placeholder unit title, rows 1, 2, 3, .., .. → UNKNOWN_UNIT
//                                        + NO_MODELS, unit null
//  mau-y-te-cot-bat-buoc                 preset cdn-y-te-2017: extra required columns, 4 fields; one blank “Địa điểm triển khai”
//                                        → MISSING_VALUE; the preset lists no units, the type (cdcs) is told from “Công đoàn
//                                        Bệnh viện”, so no UNKNOWN_UNIT
//  trang-bia-sheet-thu-hai               first sheet is a cover letter, the list is on the second sheet — clean
//  cot-linh-vuc-dang-chu                 one-row header with a single “Lĩnh vực” text column; “Kinh tế” → FIELD_UNKNOWN
//  ten-mo-hinh-bat-dau-bang-dau          model names beginning with “=” and “-” stored as text — clean
//  dong-tieu-de-khong-gop-o              two-row header pasted without merges (labels in the top cells only) — clean
//  stt-bang-cong-thuc                    STT typed as formulas =ROW()-n with cached results — clean
//  chu-dinh-dang-hon-hop                 rich-text cells (part bold/italic) in the unit line and model names — clean
//  ten-don-vi-viet-tat                   unit written “CĐ ngành Công Thương” — clean
//  ten-don-vi-viet-tat-tp                unit written “LĐLĐ TP TAM ĐIỆP” — clean
//  khong-doc-duoc-csv-doi-duoi.xlsx      a tab-separated text file renamed .xlsx                        → unreadable
//  khong-doc-duoc-tai-do-dang.xlsx       the first 60 % of a valid .xlsx (interrupted download)        → unreadable
//  khong-doc-duoc-co-mat-khau.xlsx       starts with the OLE/CFB signature (password-protected .xlsx)  → unreadable
//  khong-doc-duoc-excel-97-2003.xls      the same CFB header under an old .xls name                     → unreadable
//
// Samples (samples/danh-sach/, default preset, described in samples/README.md): ten unit lists, three with planted
// mistakes (wrong marks, under quota, a duplicate) and a corrected second copy of the first.
//
// Samples of the 2026–2030 phase (samples/2026/danh-sach/, preset mttq-phuong-2026, described in samples/README.md): six
// lists of a ward's Party cells, agencies and mass organisations on the ten-item form (nine long-text columns, several
// lines and paragraphs per cell), two with planted mistakes (a blank required item; the 2021–2025 form sent again).

import ExcelJS from 'exceljs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'test/fixtures/lists');
const SAMPLES = join(ROOT, 'samples/danh-sach');
const SAMPLES_2026 = join(ROOT, 'samples/2026/danh-sach');

const FIXED_DATE = new Date(Date.UTC(2021, 6, 10, 1, 0, 0)); // 10/7/2021 08:00 in Ninh Bình
const DOS_TIME = (8 << 11) | (0 << 5) | 0;
const DOS_DATE = ((2021 - 1980) << 9) | (7 << 5) | 10;

const TNR = { name: 'Times New Roman', size: 13 };
const ARIAL = { name: 'Arial', size: 10 };
const THIN = { style: 'thin', color: { argb: 'FF000000' } };
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const SUBJECT = 'ĐĂNG KÝ XÂY DỰNG MÔ HÌNH, ĐIỂN HÌNH “DÂN VẬN KHÉO” TRONG GIAI ĐOẠN 2021 – 2025';

// ---------------------------------------------------------------------------------------------------------------
// Columns of the form. `mark` columns hold x; `group` columns sit under a merged group header.

const C = {
  stt: { key: 'stt', label: 'STT', width: 6, center: true },
  name: { key: 'name', label: 'Tên tập thể hoặc cá nhân xây dựng mô hình điển hình', width: 34 },
  model: { key: 'model', label: 'Tên mô hình hoặc điển hình', width: 42 },
  cont: { key: 'cont', label: 'Tiếp tục đăng ký', width: 11, mark: true },
  new: { key: 'new', label: 'Đăng ký xây dựng mới', width: 12, mark: true },
  vh: { key: 'vh', label: 'VH-XH', group: 'Lĩnh vực', width: 9, mark: true },
  an: { key: 'an', label: 'ANQP', group: 'Lĩnh vực', width: 9, mark: true },
  xd: { key: 'xd', label: 'Xây dựng HTCT', group: 'Lĩnh vực', width: 11, mark: true },
  note: { key: 'note', label: 'Ghi chú', width: 16 },
};
const FORM = [C.stt, C.name, C.model, C.cont, C.new, C.vh, C.an, C.xd];
const relabel = (col, label) => ({ ...col, label });

// ---------------------------------------------------------------------------------------------------------------
// Rows. A model row carries its own expected findings as [code, columnKey | null].

/** Model row with x marks: reg is 'cont' | 'new', field a field column key. */
function m(stt, name, model, reg, field, extra = {}) {
  const v = { stt, name, model, ...extra };
  if (reg) v[reg] = 'x';
  if (field) v[field] = 'x';
  return { model: true, v, expect: [] };
}
/** Model row with explicit cell values. */
const mv = (v, expect = []) => ({ model: true, v, expect });
/** Not a model row: blank, placeholder, section, template or total row. */
const other = (v = {}, opts = {}) => ({ model: false, v, ...opts });
const blank = () => other();

function expectOn(row, ...pairs) {
  row.expect.push(...pairs);
  return row;
}

// ---------------------------------------------------------------------------------------------------------------
// Writing a list sheet.

const letter = (n) => {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

function mapText(value, fn) {
  if (typeof value === 'string') return fn(value);
  if (value && typeof value === 'object' && Array.isArray(value.richText))
    return { richText: value.richText.map((r) => ({ ...r, text: fn(r.text) })) };
  return value;
}

function plain(value) {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
  return value === null || value === undefined ? '' : String(value);
}

function linesNeeded(text, width) {
  const perLine = Math.max(4, Math.floor(width * 0.85));
  return String(text)
    .split('\n')
    .reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/**
 * Writes one registration list on `ws` and returns what a correct validator must report about it.
 * spec: { columns, col0 (1-based first column), font, text (string transform, e.g. NFD), top (rows of
 *   [[text, span, style?], ...] above the unit line), title (the unit line as typed, or null), titles, caption, merge (header merges),
 *   headerRows (1 | 2), numbers ('paren' | 'plain'), rows, footer, expect (list-level codes) }
 */
function writeList(ws, spec) {
  const cols = spec.columns ?? FORM;
  const col0 = spec.col0 ?? 1;
  const font = spec.font ?? TNR;
  const tx = spec.text ?? ((s) => s);
  const width = cols.length;
  const last = col0 + width - 1;
  const colOf = Object.fromEntries(cols.map((c, i) => [c.key, col0 + i]));
  const f = (extra = {}) => ({ ...font, ...extra });
  let r = 1;

  if (col0 > 1) ws.getColumn(1).width = 3;
  cols.forEach((c, i) => (ws.getColumn(col0 + i).width = c.width));

  const line = (row, from, to, value, style = {}) => {
    if (to > from) ws.mergeCells(row, from, row, to);
    const cell = ws.getCell(row, from);
    cell.value = mapText(value, tx);
    cell.font = f({ bold: style.bold ?? true, italic: style.italic ?? false, size: style.size ?? font.size });
    cell.alignment = { horizontal: style.align ?? 'center', vertical: 'middle', wrapText: true };
    const totalWidth = cols.slice(from - col0, to - col0 + 1).reduce((s, c) => s + c.width, 0) || 20;
    const h = linesNeeded(plain(value), totalWidth * (13 / (style.size ?? font.size))) * (font.size + 5) + 2;
    if (h > (ws.getRow(row).height ?? 0)) ws.getRow(row).height = h;
  };

  for (const parts of spec.top ?? []) {
    let c = col0;
    for (const [text, span, style] of parts) {
      if (text) line(r, c, c + span - 1, text, style);
      c += span;
    }
    r++;
  }
  if (spec.title !== undefined && spec.title !== null) line(r++, col0, last, spec.title);
  for (const t of spec.titles ?? ['DANH SÁCH', SUBJECT]) line(r++, col0, last, t, { size: t === 'DANH SÁCH' ? font.size + 1 : font.size });
  if (spec.caption) line(r++, col0, last, spec.caption, { bold: false, italic: true });
  r++; // the blank row before the table

  // Header.
  const headerRows = spec.headerRows ?? (cols.some((c) => c.group) ? 2 : 1);
  const merge = spec.merge ?? true;
  const h0 = r;
  const hstyle = (cell) => {
    cell.font = f({ bold: true });
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BOX;
  };
  for (let i = 0; i < width; i++) {
    const c = cols[i];
    const col = col0 + i;
    for (let k = 0; k < headerRows; k++) hstyle(ws.getCell(h0 + k, col));
    if (c.group && headerRows === 2) {
      const first = i === 0 || cols[i - 1].group !== c.group;
      if (first) {
        let end = i;
        while (end + 1 < width && cols[end + 1].group === c.group) end++;
        ws.getCell(h0, col).value = tx(c.group);
        if (merge && end > i) ws.mergeCells(h0, col, h0, col0 + end);
      }
      ws.getCell(h0 + 1, col).value = tx(c.label);
    } else {
      ws.getCell(h0, col).value = tx(c.label);
      if (merge && headerRows === 2) ws.mergeCells(h0, col, h0 + 1, col);
    }
  }
  const headerLines = Math.max(...cols.map((c) => (c.group ? 1 : linesNeeded(c.label, c.width))));
  if (headerRows === 2) {
    ws.getRow(h0).height = Math.max(20, Math.ceil((headerLines * (font.size + 5)) / 2));
    ws.getRow(h0 + 1).height = Math.max(
      Math.ceil((headerLines * (font.size + 5)) / 2),
      ...cols.filter((c) => c.group).map((c) => linesNeeded(c.label, c.width) * (font.size + 5)),
    );
  } else ws.getRow(h0).height = headerLines * (font.size + 5) + 4;
  r = h0 + headerRows;

  if (spec.numbers) {
    for (let i = 0; i < width; i++) {
      const cell = ws.getCell(r, col0 + i);
      cell.value = spec.numbers === 'paren' ? `(${i + 1})` : i + 1;
      cell.font = f({ italic: true });
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
      cell.border = BOX;
    }
    r++;
  }

  // Body.
  const findings = [];
  let models = 0;
  for (const row of spec.rows) {
    const texts = [];
    for (let i = 0; i < width; i++) {
      const c = cols[i];
      const cell = ws.getCell(r, col0 + i);
      let value = row.v[c.key];
      if (typeof value === 'function') value = value(r);
      if (value !== undefined && value !== null && value !== '') cell.value = mapText(value, tx);
      cell.border = BOX;
      const centred = c.mark || c.center;
      cell.font = f(row.bold ? { bold: true } : {});
      cell.alignment = { horizontal: centred ? 'center' : 'left', vertical: 'middle', wrapText: !centred };
      if (c.validation) cell.dataValidation = c.validation;
      if (!centred && value !== undefined && value !== null) texts.push(linesNeeded(plain(value), c.width));
    }
    if (row.mergeAll) {
      ws.mergeCells(r, col0, r, row.mergeAll === true ? last : col0 + row.mergeAll - 1);
      ws.getCell(r, col0).alignment = { horizontal: 'left', vertical: 'middle' };
    }
    ws.getRow(r).height = Math.max(1, ...texts) * (font.size + 5) + 4;
    if (row.model) {
      models++;
      for (const [code, key] of row.expect) findings.push({ code, row: r, column: key ? letter(colOf[key]) : null });
    }
    r++;
  }

  if (spec.footer) r = writeFooter(ws, r + 1, col0, last, colOf, spec.footer, f, tx);

  for (const code of spec.expect ?? []) findings.push({ code, row: null, column: null });
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.pageSetup.printTitlesRow = `${h0}:${h0 + headerRows - 1}`;
  return { models, findings };
}

/** Place and date, then the two signature columns: left from the name column, right over the mark columns. */
function writeFooter(ws, r, col0, last, colOf, ft, f, tx) {
  const left = colOf.name ?? col0 + 1;
  // A wide form (the 2026 ten-item one) signs under its last columns, not across the whole table.
  const rightFrom = (ft.rightFrom && colOf[ft.rightFrom]) ?? colOf.cont ?? last - 3;
  const put = (row, from, to, text, style) => {
    if (to > from) ws.mergeCells(row, from, row, to);
    const cell = ws.getCell(row, from);
    cell.value = tx(text);
    cell.font = f(style);
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  put(r, rightFrom, last, ft.place, { italic: true });
  r++;
  put(r, left, left, ft.leftTitle ?? 'Người lập biểu', { bold: true });
  put(r, rightFrom, last, ft.rightTitle ?? 'THỦ TRƯỞNG ĐƠN VỊ', { bold: true });
  r++;
  if (ft.rightTitle2) {
    put(r, rightFrom, last, ft.rightTitle2, { bold: true });
    r++;
  }
  put(r, left, left, '(Ký, ghi rõ họ tên)', { italic: true });
  put(r, rightFrom, last, '(Ký tên, đóng dấu)', { italic: true });
  r += 4;
  put(r, left, left, ft.leftName, { bold: true });
  put(r, rightFrom, last, ft.rightName, { bold: true });
  return r + 1;
}

// ---------------------------------------------------------------------------------------------------------------
// Workbooks.

function newBook(opts = {}) {
  const wb = new ExcelJS.Workbook();
  wb.creator = opts.creator ?? 'Ban Tuyên giáo - Nữ công';
  wb.lastModifiedBy = opts.creator ?? 'Ban Tuyên giáo - Nữ công';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/** Sets every zip entry's DOS time and date (JSZip stamps the current time) so the bytes do not change between runs. */
function freezeZipTimes(buf) {
  let eocd = -1;
  for (let i = buf.length - 22; i >= 0; i--)
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new Error('zip: no end of central directory');
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('zip: bad central directory entry');
    buf.writeUInt16LE(DOS_TIME, p + 12);
    buf.writeUInt16LE(DOS_DATE, p + 14);
    const local = buf.readUInt32LE(p + 42);
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error('zip: bad local header');
    buf.writeUInt16LE(DOS_TIME, local + 10);
    buf.writeUInt16LE(DOS_DATE, local + 12);
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return buf;
}

async function bookBytes(wb) {
  return freezeZipTimes(Buffer.from(await wb.xlsx.writeBuffer()));
}

// ---------------------------------------------------------------------------------------------------------------
// Units of the default preset, as the validator must resolve them.

const U = {
  hoaLu: { name: 'Liên đoàn Lao động huyện Hoa Lư', type: 'ldld-huyen' },
  giaVien: { name: 'Liên đoàn Lao động huyện Gia Viễn', type: 'ldld-huyen' },
  nhoQuan: { name: 'Liên đoàn Lao động huyện Nho Quan', type: 'ldld-huyen' },
  yenKhanh: { name: 'Liên đoàn Lao động huyện Yên Khánh', type: 'ldld-huyen' },
  yenMo: { name: 'Liên đoàn Lao động huyện Yên Mô', type: 'ldld-huyen' },
  kimSon: { name: 'Liên đoàn Lao động huyện Kim Sơn', type: 'ldld-huyen' },
  ninhBinh: { name: 'Liên đoàn Lao động thành phố Ninh Bình', type: 'ldld-huyen' },
  tamDiep: { name: 'Liên đoàn Lao động thành phố Tam Điệp', type: 'ldld-huyen' },
  yTe: { name: 'Công đoàn ngành Y tế', type: 'cd-nganh' },
  giaoDuc: { name: 'Công đoàn ngành Giáo dục', type: 'cd-nganh' },
  congThuong: { name: 'Công đoàn ngành Công Thương', type: 'cd-nganh' },
  vienChuc: { name: 'Công đoàn Viên chức tỉnh', type: 'cd-nganh' },
  kcn: { name: 'Công đoàn các Khu công nghiệp tỉnh', type: 'cd-kcn' },
};

const DEFAULT = 'ldld-ninh-binh-2021';

const footer = (place, day, leftName, rightName, rightTitle, rightTitle2) => ({
  place: `${place}, ngày ${String(day).padStart(2, '0')} tháng 7 năm 2021`,
  leftName,
  rightName,
  rightTitle,
  rightTitle2,
});

// ---------------------------------------------------------------------------------------------------------------
// Fixtures.

const fixtures = {};

/** Writes one list fixture: `expectedUnit` is what the validator must resolve, `spec.title` the unit line as typed. */
async function list(file, expectedUnit, spec, { preset = DEFAULT, sheetName = 'Sheet1', book, before } = {}) {
  const wb = newBook(book);
  if (before) before(wb);
  const ws = wb.addWorksheet(sheetName);
  const { models, findings } = writeList(ws, spec);
  fixtures[file] = { preset, unit: expectedUnit, models, findings, bytes: await bookBytes(wb) };
}

const TITLE = {
  hoaLu: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN HOA LƯ',
  giaVien: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN GIA VIỄN',
  nhoQuan: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN NHO QUAN',
  yenKhanh: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN KHÁNH',
  yenMo: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN MÔ',
  kimSon: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN KIM SƠN',
  ninhBinh: 'LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ NINH BÌNH',
  tamDiep: 'LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ TAM ĐIỆP',
  yTe: 'CÔNG ĐOÀN NGÀNH Y TẾ',
  giaoDuc: 'CÔNG ĐOÀN NGÀNH GIÁO DỤC',
  vienChuc: 'CÔNG ĐOÀN VIÊN CHỨC TỈNH',
  kcn: 'CÔNG ĐOÀN CÁC KHU CÔNG NGHIỆP TỈNH',
};

const SHEETS_CHECKBOX = { type: 'list', allowBlank: true, formulae: ['"TRUE,FALSE"'] };

async function fixtureLists() {
  // 1 — clean district list.
  await list('danh-sach-hop-le.xlsx', U.hoaLu, {
    title: TITLE.hoaLu,
    rows: [
      m(1, 'Công đoàn Trường THCS Ninh Giang', 'Mô hình “Mỗi tuần một việc làm tốt”', 'new', 'vh'),
      m(2, 'Công đoàn cơ sở Ủy ban nhân dân xã Ninh Hải', 'Xây dựng nếp sống văn hóa công sở', 'cont', 'xd'),
      m(3, 'Công đoàn Công ty Cổ phần Dịch vụ du lịch Trường Yên', 'Tổ công nhân tự quản bảo đảm an ninh, trật tự khu du lịch', 'new', 'an'),
    ],
  });

  // 2 — renamed headers, extra column, extra title rows, table from row 8 in column B.
  {
    const cols = [
      relabel(C.stt, 'TT'),
      relabel(C.name, 'Tên tập thể, cá nhân'),
      relabel(C.model, 'Tên mô hình'),
      relabel(C.cont, 'Tiếp tục\nĐK'),
      relabel(C.new, 'Đăng ký mới'),
      relabel(C.vh, 'VH - XH'),
      relabel(C.an, 'AN - QP'),
      relabel(C.xd, 'XD HTCT'),
      C.note,
    ];
    const X = (stt, name, model, reg, field, note) => {
      const row = m(stt, name, model, null, null, note ? { note } : {});
      row.v[reg] = 'X';
      row.v[field] = stt === 2 ? ' x' : 'X';
      return row;
    };
    await list('tieu-de-cot-bien-the.xlsx', U.giaVien, {
      columns: cols,
      col0: 2,
      top: [
        [['LĐLĐ HUYỆN GIA VIỄN', 3, { bold: true }], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 6, { bold: true }]],
        [['', 3], ['Độc lập - Tự do - Hạnh phúc', 6, { bold: true }]],
        [],
      ],
      title: null,
      titles: ['DANH SÁCH', SUBJECT],
      caption: '(Kèm theo Công văn số 45/LĐLĐ ngày 12/7/2021 của LĐLĐ huyện Gia Viễn)',
      numbers: 'plain',
      rows: [
        X(1, 'Công đoàn Trường Mầm non Gia Sinh', 'Mô hình “Vì một môi trường xanh - sạch - đẹp”', 'new', 'vh'),
        X(2, 'Nguyễn Thị Hường, Chủ tịch Công đoàn Trường Tiểu học Gia Vân', 'Vận động đoàn viên hiến máu tình nguyện', 'new', 'vh', 'Cá nhân'),
        X(3, 'Công đoàn Công ty TNHH May Gia Lập', 'Vận động thành lập công đoàn cơ sở trong doanh nghiệp ngoài nhà nước', 'cont', 'xd', 'Mô hình cấp trên cơ sở'),
      ],
    });
  }

  // 3 — every kind of mark mistake, one per row (the KCN union has no quota).
  await list('loi-danh-dau.xlsx', U.kcn, {
    title: TITLE.kcn,
    rows: [
      m(1, 'Công đoàn Công ty TNHH Giày da Phúc Hưng', 'Bữa cơm ca nghĩa tình', 'new', 'vh'),
      mv({ stt: 2, name: 'Công đoàn Công ty TNHH May mặc Hoàng Long', model: 'Đối thoại định kỳ giữa người lao động và doanh nghiệp', cont: 'x', new: 'x', xd: 'x' }, [['REG_TYPE_BOTH', 'cont']]),
      mv({ stt: 3, name: 'Công đoàn Công ty Cổ phần Cơ khí Khánh Phú', model: 'Doanh nghiệp an toàn về an ninh, trật tự', an: 'x' }, [['REG_TYPE_NONE', 'cont']]),
      mv({ stt: 4, name: 'Công đoàn Công ty TNHH Điện tử Tam Điệp', model: 'Công nhân với văn hóa giao thông', new: 'x', vh: 'x', an: 'x' }, [['FIELD_MULTIPLE', 'vh']]),
      mv({ stt: 5, name: 'Công đoàn Công ty TNHH Kính nổi Gián Khẩu', model: 'Tủ sách pháp luật cho công nhân', cont: 'x' }, [['FIELD_NONE', 'vh']]),
      mv({ stt: 6, name: 'Trần Văn Hải, Chủ tịch Công đoàn Công ty TNHH Thực phẩm Phúc Sơn', model: 'Vận động công nhân tham gia bảo hiểm xã hội', new: 'có', vh: 'x' }, [['INVALID_MARK', 'new']]),
      mv({ stt: 7, name: '', model: 'Tổ tự quản phòng cháy, chữa cháy khu nhà trọ công nhân', new: 'X', an: '✓' }, [['MISSING_NAME', 'name']]),
      mv({ stt: 8, name: 'Công đoàn Công ty TNHH Bao bì Ninh Phúc', model: '', cont: 'V', xd: 'x' }, [['MISSING_MODEL_NAME', 'model']]),
      mv({ stt: 9, name: 'Phạm Thị Thu Hà, Tổ trưởng Tổ Nữ công Công ty TNHH Dệt may Tân Phú', model: 'Phiên chợ công nhân', cont: 0, new: 1, vh: 0, an: 1, xd: 0 }, [
        ['INVALID_MARK', 'new'],
        ['INVALID_MARK', 'an'],
      ]),
      mv({ stt: 10, name: 'Công đoàn Công ty Cổ phần Xi măng Hướng Dương', model: 'Góp sức xây dựng công đoàn cơ sở vững mạnh', cont: '-', new: 'v', vh: '-', an: '-', xd: 'x' }),
    ],
  });

  // 4 — a duplicate written differently, and more models than a district's quota.
  {
    const nfd = (s) => s.normalize('NFD');
    const rows = [
      m(1, 'Công đoàn Trường THCS Khánh Nhạc', 'Mô hình “Mỗi tuần một việc làm tốt”', 'new', 'vh'),
      m(2, 'Công đoàn Công ty TNHH May Khánh Phú', 'Xây dựng “Khu nhà trọ công nhân hòa thuận, an toàn”', 'new', 'an'),
      m(3, 'Công đoàn cơ sở Ủy ban nhân dân huyện Yên Khánh', 'Xây dựng nếp sống văn hóa công sở', 'cont', 'xd'),
      m(4, 'Nguyễn Văn Thắng, Chủ tịch Công đoàn Trạm Y tế xã Khánh Thành', 'Vận động đoàn viên hiến máu tình nguyện', 'new', 'vh'),
      expectOn(
        m(5, nfd('công đoàn công ty TNHH  may Khánh Phú '), nfd('xây dựng  "khu nhà trọ công nhân hoà thuận , an toàn"'), 'new', 'an'),
        ['DUPLICATE_MODEL', 'model'],
      ),
    ];
    await list('trung-mo-hinh-vuot-chi-tieu.xlsx', U.yenKhanh, { title: TITLE.yenKhanh, rows, expect: ['QUOTA_OVER'] });
  }

  // 5 — under quota: one model, the template's spare rows left in place.
  await list('thieu-chi-tieu.xlsx', U.giaoDuc, {
    title: TITLE.giaoDuc,
    rows: [
      m(1, 'Công đoàn Trường THPT chuyên Lương Văn Tụy', 'Mô hình “Thầy cô giáo mẫu mực trong giao tiếp, ứng xử”', 'new', 'vh'),
      other({ stt: 2 }),
      other({ stt: '..' }),
    ],
    expect: ['QUOTA_UNDER'],
  });

  // 6 — one row pasted from a TCVN3 (.VnTime) document: “Công đoàn Trường THCS Kim Đông”, “Mô hình dân vận khéo trong
  // xây dựng nông thôn mới”, as the bytes read under Windows-1252 (ư is 0xAD, a soft hyphen).
  await list('ma-tcvn3.xlsx', U.kimSon, {
    title: TITLE.kimSon,
    rows: [
      m(1, 'Công đoàn Trường Tiểu học Phát Diệm', 'Mô hình “Mỗi tuần một việc làm tốt”', 'new', 'vh'),
      expectOn(
        m(2, 'C«ng ®oµn Tr\u00adêng THCS Kim §«ng', 'M« h×nh d©n vËn khÐo trong x©y dùng n«ng th«n míi', 'cont', 'xd'),
        ['LEGACY_ENCODING', 'name'],
        ['LEGACY_ENCODING', 'model'],
      ),
      m(3, 'Công đoàn Công ty TNHH Thủy sản Bình Minh', 'Công nhân với văn hóa giao thông', 'new', 'an'),
    ],
  });

  // 7 — one model name typed with a VNI font: “Mô hình “Dân vận khéo” tại khu dân cư”.
  await list('ma-vni.xlsx', U.yenMo, {
    title: TITLE.yenMo,
    rows: [
      m(1, 'Công đoàn Trường Tiểu học Yên Thắng', 'Xây dựng nếp sống văn hóa công sở', 'cont', 'vh'),
      expectOn(m(2, 'Công đoàn cơ sở xã Yên Lâm', 'Moâ hình “Daân vaän kheùo” taïi khu daân cö', 'new', 'xd'), ['LEGACY_ENCODING', 'model']),
      m(3, 'Công đoàn Bệnh viện Đa khoa huyện Yên Mô', 'Vận động đoàn viên hiến máu tình nguyện', 'new', 'vh'),
    ],
  });

  // 8 — everything in decomposed Unicode (Unikey “Unicode tổ hợp”).
  await list('unicode-to-hop-nfd.xlsx', U.ninhBinh, {
    title: TITLE.ninhBinh,
    text: (s) => s.normalize('NFD'),
    rows: [
      m(1, 'Công đoàn phường Đông Thành', 'Tổ dân phố văn minh, không rác thải nhựa', 'new', 'vh'),
      m(2, 'Công đoàn Công an thành phố Ninh Bình', 'Camera an ninh khu dân cư', 'cont', 'an'),
      m(3, 'Đinh Thị Thủy, Chủ tịch Công đoàn Trường Mầm non Ninh Khánh', 'Vận động cha mẹ học sinh cùng xây dựng trường học thân thiện', 'new', 'xd'),
    ],
    footer: footer('Ninh Bình', 12, 'Đinh Thị Thủy', 'Vũ Văn Long', 'TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH'),
  });

  // 9 — no table at all: the unit typed its registration as a letter.
  {
    const wb = newBook();
    const ws = wb.addWorksheet('Sheet1');
    ws.getColumn(1).width = 100;
    const memo = [
      ['CÔNG ĐOÀN NGÀNH Y TẾ', true],
      ['Số: 18/CĐN-TG', false],
      ['V/v đăng ký mô hình “Dân vận khéo” giai đoạn 2021 – 2025', false],
      ['', false],
      ['Kính gửi: Ban Tuyên giáo - Nữ công Liên đoàn Lao động tỉnh', false],
      ['', false],
      ['Thực hiện Hướng dẫn số 29/HD-LĐLĐ ngày 06/7/2021 của Ban Thường vụ Liên đoàn Lao động tỉnh, Công đoàn ngành Y tế đăng ký 02 mô hình như sau:', false],
      ['1. Công đoàn Bệnh viện Đa khoa tỉnh: mô hình “Mỗi tuần một việc làm tốt”, đăng ký mới, lĩnh vực văn hóa - xã hội.', false],
      ['2. Công đoàn Trung tâm Kiểm soát bệnh tật tỉnh: mô hình “Vận động đoàn viên hiến máu tình nguyện”, tiếp tục đăng ký, lĩnh vực văn hóa - xã hội.', false],
      ['Trân trọng đề nghị Ban Tuyên giáo - Nữ công tổng hợp./.', false],
      ['', false],
      ['TM. BAN THƯỜNG VỤ', true],
      ['CHỦ TỊCH', true],
    ];
    memo.forEach(([text, bold], i) => {
      const cell = ws.getCell(i + 1, 1);
      if (text) cell.value = text;
      cell.font = { ...TNR, bold };
      cell.alignment = { wrapText: true, vertical: 'top', horizontal: bold ? 'center' : 'justify' };
      ws.getRow(i + 1).height = linesNeeded(text, 100) * 18 + 2;
    });
    fixtures['khong-co-bang.xlsx'] = {
      preset: DEFAULT,
      unit: U.yTe,
      models: 0,
      findings: [{ code: 'HEADER_NOT_FOUND', row: null, column: null }],
      bytes: await bookBytes(wb),
    };
  }

  // 10 — a unit that is neither configured nor of a known type.
  await list(
    'don-vi-khong-xac-dinh.xlsx',
    { name: 'Công đoàn Công ty TNHH ABC', type: null },
    {
      title: 'Công đoàn Công ty TNHH ABC',
      rows: [
        m(1, 'Tổ Công đoàn Phân xưởng Lắp ráp', 'Bữa cơm ca nghĩa tình', 'new', 'vh'),
        m(2, 'Lê Văn Nam, Chủ tịch Công đoàn Công ty TNHH ABC', 'Đối thoại định kỳ tại nơi làm việc', 'cont', 'xd'),
      ],
      expect: ['UNKNOWN_UNIT'],
    },
  );

  // 11 — Google Sheets export: checkboxes arrive as booleans.
  {
    const cb = (col) => ({ ...col, validation: SHEETS_CHECKBOX });
    const cols = [C.stt, C.name, C.model, cb(C.cont), cb(C.new), cb(C.vh), cb(C.an), cb(C.xd)];
    const b = (stt, name, model, reg, field) => {
      const v = { stt, name, model, cont: false, new: false, vh: false, an: false, xd: false };
      v[reg] = true;
      v[field] = true;
      return mv(v);
    };
    await list(
      'google-sheets-o-danh-dau.xlsx',
      U.yTe,
      {
        title: TITLE.yTe,
        font: ARIAL,
        columns: cols,
        rows: [
          b(1, 'Công đoàn Bệnh viện Đa khoa tỉnh', 'Mô hình “Mỗi tuần một việc làm tốt”', 'new', 'vh'),
          b(2, 'Công đoàn Trung tâm Kiểm soát bệnh tật tỉnh', 'Vận động đoàn viên hiến máu tình nguyện', 'cont', 'vh'),
        ],
      },
      { sheetName: 'Trang tính1', book: { creator: 'Google Sheets' } },
    );

    // 11b — the add-in's template: the unit ticked two rows (one pasted as text), the numbered spare rows stay unticked.
    const spare = (stt) => other({ stt, cont: false, new: false, vh: false, an: false, xd: false });
    await list(
      'google-sheets-hang-mau-trong.xlsx',
      U.vienChuc,
      {
        title: TITLE.vienChuc,
        font: ARIAL,
        columns: cols,
        rows: [
          b(1, 'Công đoàn Sở Tư pháp', 'Xây dựng nếp sống văn hóa công sở', 'new', 'xd'),
          mv({ stt: 2, name: 'Công đoàn Sở Văn hóa và Thể thao', model: 'Vận động đoàn viên giữ gìn di sản Tràng An', cont: 'TRUE', new: 'FALSE', vh: 'TRUE', an: 'FALSE', xd: 'FALSE' }),
          spare(3),
          spare(4),
          spare(5),
          spare(6),
        ],
      },
      { sheetName: 'Đăng ký', book: { creator: 'Google Sheets' } },
    );
  }

  // 12 — the decorations real lists carry: column numbers, sections, blanks, placeholders, totals, signatures.
  await list('chan-trang-hang-muc-hang-trong.xlsx', U.nhoQuan, {
    title: TITLE.nhoQuan,
    numbers: 'paren',
    rows: [
      other({ stt: 'I', name: 'Tập thể' }, { bold: true }),
      m(1, 'Công đoàn Vườn quốc gia Cúc Phương', 'Vận động đoàn viên bảo vệ rừng, phòng chống cháy rừng', 'new', 'an'),
      blank(),
      m(2, 'Công đoàn cơ sở xã Phú Long', 'Mô hình “Vì một môi trường xanh - sạch - đẹp”', 'cont', 'vh'),
      other({ stt: 'II. Cá nhân' }, { bold: true, mergeAll: true }),
      m(1, 'Bùi Thị Lan, Chủ tịch Công đoàn Trường THCS Quỳnh Lưu', 'Vận động đoàn viên giúp đỡ học sinh có hoàn cảnh khó khăn', 'new', 'xd'),
      other({ stt: '..' }),
      other({ stt: '…' }),
      other({ stt: '...' }),
      blank(),
      other({ stt: 'Tổng cộng', cont: 1, new: 2, vh: 1, an: 1, xd: 1 }, { bold: true, mergeAll: 3 }),
    ],
    footer: footer('Nho Quan', 13, 'Phạm Văn Tuấn', 'Đinh Công Hùng'),
  });

  // 13 — the seed-004 annex exactly as downloaded, nothing filled in.
  await list(
    'mau-trong-chua-dien.xlsx',
    null,
    {
      title: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN (TP), CÔNG ĐOÀN NGÀNH.....',
      rows: [other({ stt: 1 }), other({ stt: 2 }), other({ stt: 3 }), other({ stt: '..' }), other({ stt: '..' })],
      expect: ['UNKNOWN_UNIT', 'NO_MODELS'],
    },
  );

  // 14 — the health-sector campaign: extra required columns and four fields.
  {
    const cols = [
      C.stt,
      { ...C.name, width: 26 },
      { ...C.model, width: 30 },
      { key: 'dia_diem', label: 'Địa điểm triển khai', width: 18 },
      { key: 'don_vi', label: 'Cơ quan, đơn vị thực hiện', width: 20 },
      { key: 'noi_dung', label: 'Nội dung, hình thức hoạt động', width: 34 },
      C.cont,
      C.new,
      { key: 'f1', label: 'XD Đảng, HTCT', group: 'Lĩnh vực', width: 10, mark: true },
      { key: 'f2', label: 'Phát triển kinh tế', group: 'Lĩnh vực', width: 10, mark: true },
      { key: 'f3', label: 'Văn hóa - xã hội', group: 'Lĩnh vực', width: 10, mark: true },
      { key: 'f4', label: 'Quốc phòng - an ninh', group: 'Lĩnh vực', width: 10, mark: true },
    ];
    await list(
      'mau-y-te-cot-bat-buoc.xlsx',
      { name: 'CÔNG ĐOÀN BỆNH VIỆN ĐA KHOA TỈNH', type: 'cdcs' },
      {
        title: 'CÔNG ĐOÀN BỆNH VIỆN ĐA KHOA TỈNH',
        titles: ['DANH SÁCH', 'ĐĂNG KÝ XÂY DỰNG MÔ HÌNH “DÂN VẬN KHÉO” NGÀNH Y TẾ GIAI ĐOẠN 2017 - 2020'],
        columns: cols,
        rows: [
          m(1, 'Công đoàn Khoa Hồi sức tích cực', 'Mô hình “Gần dân, hiểu dân, phục vụ người bệnh tận tình”', 'new', 'f3', {
            dia_diem: 'Khoa Hồi sức tích cực, Bệnh viện Đa khoa tỉnh',
            don_vi: 'Công đoàn Khoa Hồi sức tích cực',
            noi_dung: 'Tổ chức nhóm tình nguyện hướng dẫn người nhà người bệnh; đường dây nóng tiếp nhận ý kiến',
          }),
          expectOn(
            m(2, 'Công đoàn Khoa Dược', 'Vận động đoàn viên thực hành tiết kiệm, chống lãng phí', 'new', 'f1', {
              don_vi: 'Công đoàn Khoa Dược',
              noi_dung: 'Ký cam kết thi đua; kiểm tra chéo hằng quý giữa các tổ công đoàn',
            }),
            ['MISSING_VALUE', 'dia_diem'],
          ),
        ],
      },
      { preset: 'cdn-y-te-2017' },
    );
  }

  // 15 — the list is on the second sheet, after a cover letter.
  await list(
    'trang-bia-sheet-thu-hai.xlsx',
    U.tamDiep,
    {
      title: TITLE.tamDiep,
      rows: [
        m(1, 'Công đoàn phường Trung Sơn', 'Tổ dân phố tự quản về an ninh, trật tự', 'new', 'an'),
        m(2, 'Công đoàn Công ty Cổ phần Xi măng Tam Điệp', 'Bữa cơm ca nghĩa tình', 'cont', 'vh'),
        m(3, 'Hoàng Thị Mai, Chủ tịch Công đoàn Trường THCS Bắc Sơn', 'Mô hình “Mỗi tuần một việc làm tốt”', 'new', 'vh'),
      ],
    },
    {
      sheetName: 'Danh sách',
      before: (wb) => {
        const ws = wb.addWorksheet('Công văn');
        ws.getColumn(1).width = 90;
        const lines = [
          'LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ TAM ĐIỆP',
          'Số: 27/LĐLĐ',
          'V/v đăng ký mô hình, điển hình “Dân vận khéo”',
          '',
          'Kính gửi: Ban Tuyên giáo - Nữ công Liên đoàn Lao động tỉnh',
          '',
          'Liên đoàn Lao động thành phố Tam Điệp gửi danh sách đăng ký 03 mô hình “Dân vận khéo” giai đoạn 2021 – 2025 (trang tính “Danh sách” kèm theo).',
          'Trân trọng./.',
        ];
        lines.forEach((t, i) => {
          const cell = ws.getCell(i + 1, 1);
          if (t) cell.value = t;
          cell.font = { ...TNR, bold: i === 0 };
          cell.alignment = { wrapText: true, vertical: 'top' };
          ws.getRow(i + 1).height = linesNeeded(t, 90) * 18 + 2;
        });
      },
    },
  );

  // 16 — a single “Lĩnh vực” column holding the field as text.
  await list('cot-linh-vuc-dang-chu.xlsx', U.giaVien, {
    title: TITLE.giaVien,
    columns: [C.stt, C.name, C.model, C.cont, C.new, { key: 'field', label: 'Lĩnh vực', width: 22, center: true }],
    rows: [
      m(1, 'Công đoàn Trường THCS Gia Lập', 'Mô hình “Mỗi tuần một việc làm tốt”', 'new', null, { field: 'VH-XH' }),
      m(2, 'Công đoàn Công an huyện Gia Viễn', 'Camera an ninh khu dân cư', 'new', null, { field: 'An ninh - quốc phòng' }),
      expectOn(m(3, 'Công đoàn Hợp tác xã Nông nghiệp Gia Tân', 'Vận động xã viên liên kết sản xuất lúa sạch', 'cont', null, { field: 'Kinh tế' }), [
        'FIELD_UNKNOWN',
        'field',
      ]),
    ],
  });

  // 17 — text that a spreadsheet could take for a formula or a bullet.
  await list('ten-mo-hinh-bat-dau-bang-dau.xlsx', U.yenMo, {
    title: TITLE.yenMo,
    rows: [
      m(1, 'Công đoàn Trường THCS Yên Phong', '=Mô hình “Mỗi tuần một việc làm tốt”', 'new', 'vh'),
      m(2, 'Công đoàn cơ sở Ủy ban nhân dân xã Yên Từ', '- Xây dựng nếp sống văn hóa công sở', 'cont', 'xd'),
      m(3, 'Công đoàn Công ty TNHH Giày Yên Mô', 'Doanh nghiệp an toàn về an ninh, trật tự', 'new', 'an'),
    ],
  });

  // 19 — the header pasted from Word without its merges.
  await list('dong-tieu-de-khong-gop-o.xlsx', U.nhoQuan, {
    title: TITLE.nhoQuan,
    merge: false,
    rows: [
      m(1, 'Công đoàn Trường Tiểu học Phú Sơn', 'Vận động phụ huynh cùng xây dựng trường học xanh - sạch - đẹp', 'new', 'vh'),
      m(2, 'Công đoàn Công ty TNHH May Nho Quan', 'Đối thoại định kỳ tại nơi làm việc', 'cont', 'xd'),
      m(3, 'Công đoàn Công an huyện Nho Quan', 'Tổ công nhân tự quản về an ninh, trật tự khu nhà trọ', 'new', 'an'),
    ],
  });

  // 20 — STT numbered by formula; the file carries each formula's cached result.
  {
    let first = 0;
    const stt = (n) => (row) => {
      if (n === 1) first = row;
      return { formula: `ROW()-${first - 1}`, result: row - first + 1 };
    };
    await list('stt-bang-cong-thuc.xlsx', U.yenKhanh, {
      title: TITLE.yenKhanh,
      rows: [
        m(stt(1), 'Công đoàn Trường Tiểu học Khánh Thành', 'Mô hình “Mỗi tuần một việc làm tốt”', 'new', 'vh'),
        m(stt(2), 'Công đoàn Trung tâm Y tế huyện Yên Khánh', 'Vận động đoàn viên hiến máu tình nguyện', 'cont', 'vh'),
        m(stt(3), 'Công đoàn cơ sở Ủy ban nhân dân xã Khánh Nhạc', 'Tiếp dân, giải quyết thủ tục hành chính “một cửa” thân thiện', 'new', 'xd'),
      ],
    });
  }

  // 21 — rich text: parts of a cell bold or italic.
  {
    const rt = (...runs) => ({ richText: runs.map(([text, style]) => ({ text, font: { ...TNR, ...style } })) });
    await list('chu-dinh-dang-hon-hop.xlsx', U.tamDiep, {
      title: rt(['LIÊN ĐOÀN LAO ĐỘNG ', { bold: true }], ['THÀNH PHỐ TAM ĐIỆP', { bold: true, underline: true }]),
      rows: [
        m(1, 'Công đoàn phường Nam Sơn', rt(['Mô hình ', {}], ['“Mỗi tuần một việc làm tốt”', { bold: true }]), 'new', 'vh'),
        m(2, rt(['Công đoàn ', {}], ['Công ty TNHH Kính nổi Tam Điệp', { italic: true }]), 'Công nhân với văn hóa giao thông', 'cont', 'an'),
        m(3, 'Công đoàn Trường Cao đẳng Cơ giới Ninh Bình', rt(['Vận động ', {}], ['thành lập công đoàn cơ sở', { bold: true }], [' trong doanh nghiệp ngoài nhà nước', {}]), 'new', 'xd'),
      ],
    });
  }

  // 22 — abbreviated unit names.
  await list('ten-don-vi-viet-tat.xlsx', U.congThuong, {
    title: 'CĐ ngành Công Thương',
    rows: [
      m(1, 'Công đoàn Công ty Điện lực Ninh Bình', 'Thắp sáng đường quê', 'new', 'vh'),
      m(2, 'Công đoàn Chi cục Quản lý thị trường tỉnh', 'Xây dựng nếp sống văn hóa công sở', 'cont', 'xd'),
    ],
  });
  await list('ten-don-vi-viet-tat-tp.xlsx', U.tamDiep, {
    title: 'LĐLĐ TP TAM ĐIỆP',
    rows: [
      m(1, 'Công đoàn phường Bắc Sơn', 'Tổ dân phố văn minh, không rác thải nhựa', 'new', 'vh'),
      m(2, 'Công đoàn Công ty TNHH Giày Tam Điệp', 'Bữa cơm ca nghĩa tình', 'new', 'vh'),
      m(3, 'Công đoàn Trường THPT Ngô Thì Nhậm', 'Vận động học sinh chấp hành an toàn giao thông', 'cont', 'an'),
    ],
  });

  // 18 — files that are not readable workbooks.
  const cfb = Buffer.alloc(1536, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb, 0);
  cfb.writeUInt16LE(0x003e, 24); // minor version
  cfb.writeUInt16LE(0x0003, 26); // major version 3
  cfb.writeUInt16LE(0xfffe, 28); // byte order
  cfb.writeUInt16LE(0x0009, 30); // 512-byte sectors
  cfb.writeUInt16LE(0x0006, 32); // 64-byte mini sectors
  cfb.writeUInt32LE(1, 44); // FAT sectors
  cfb.writeUInt32LE(1, 48); // first directory sector
  cfb.writeUInt32LE(0x1000, 56); // mini stream cutoff
  cfb.writeInt32LE(-2, 60); // no mini FAT
  cfb.writeInt32LE(-2, 68); // no DIFAT sectors
  for (let i = 76; i < 512; i += 4) cfb.writeInt32LE(-1, i);
  cfb.writeInt32LE(0, 76); // the FAT is sector 0
  const unreadable = (bytes) => ({ unreadable: true, bytes });
  fixtures['khong-doc-duoc-co-mat-khau.xlsx'] = unreadable(cfb);
  fixtures['khong-doc-duoc-excel-97-2003.xls'] = unreadable(cfb);
  fixtures['khong-doc-duoc-csv-doi-duoi.xlsx'] = unreadable(
    Buffer.from(
      [
        'STT\tTên tập thể hoặc cá nhân xây dựng mô hình điển hình\tTên mô hình hoặc điển hình\tTiếp tục đăng ký\tĐăng ký xây dựng mới\tVH-XH\tANQP\tXây dựng HTCT',
        '1\tCông đoàn Trường THCS Ninh Giang\tMô hình “Mỗi tuần một việc làm tốt”\t\tx\tx\t\t',
        '',
      ].join('\r\n'),
      'utf8',
    ),
  );
  const whole = fixtures['danh-sach-hop-le.xlsx'].bytes;
  fixtures['khong-doc-duoc-tai-do-dang.xlsx'] = unreadable(whole.subarray(0, Math.floor(whole.length * 0.6)));
}

// ---------------------------------------------------------------------------------------------------------------
// Samples for the demo: one file per unit, default preset.

const samples = {};

async function sample(file, spec, day) {
  const wb = newBook({ creator: 'Văn phòng' });
  wb.created = new Date(Date.UTC(2021, 6, day, 2, 0, 0));
  wb.modified = wb.created;
  const ws = wb.addWorksheet('Sheet1');
  const { models, findings } = writeList(ws, spec);
  samples[file] = { models, findings, bytes: await bookBytes(wb) };
}

async function sampleLists() {
  const districtFooter = (place, day, left, right) => footer(place, day, left, right, 'TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH');

  await sample(
    'ldld-huyen-hoa-lu.xlsx',
    {
      title: TITLE.hoaLu,
      rows: [
        m(1, 'Công đoàn Trường THCS Ninh Giang', 'Mô hình “Mỗi tuần một việc làm tốt”', 'new', 'vh'),
        m(2, 'Công đoàn cơ sở Ủy ban nhân dân xã Ninh Hải', 'Xây dựng nếp sống văn hóa công sở', 'cont', 'xd'),
        m(3, 'Công đoàn Công ty Cổ phần Dịch vụ du lịch Trường Yên', 'Tổ công nhân tự quản bảo đảm an ninh, trật tự khu du lịch', 'new', 'an'),
      ],
      footer: districtFooter('Hoa Lư', 12, 'Trần Thị Hoa', 'Nguyễn Văn Bình'),
    },
    12,
  );

  await sample(
    'ldld-huyen-gia-vien.xlsx',
    {
      title: 'LĐLĐ HUYỆN GIA VIỄN',
      rows: [
        m(1, 'Công đoàn Trường Mầm non Gia Sinh', 'Mô hình “Vì một môi trường xanh - sạch - đẹp”', 'new', 'vh'),
        m(2, 'Nguyễn Thị Hường, Chủ tịch Công đoàn Trường Tiểu học Gia Vân', 'Vận động đoàn viên hiến máu tình nguyện', 'new', 'vh'),
        m(3, 'Công đoàn Công ty TNHH May Gia Lập', 'Vận động thành lập công đoàn cơ sở trong doanh nghiệp ngoài nhà nước', 'cont', 'xd'),
      ],
      footer: districtFooter('Gia Viễn', 9, 'Lê Thị Ngọc', 'Đỗ Văn Khải'),
    },
    9,
  );

  await sample(
    'ldld-huyen-nho-quan.xlsx',
    {
      title: TITLE.nhoQuan,
      rows: [
        other({ stt: 'I', name: 'Tập thể' }, { bold: true }),
        m(1, 'Công đoàn Vườn quốc gia Cúc Phương', 'Vận động đoàn viên bảo vệ rừng, phòng chống cháy rừng', 'new', 'an'),
        m(2, 'Công đoàn cơ sở xã Phú Long', 'Mô hình “Vì một môi trường xanh - sạch - đẹp”', 'cont', 'vh'),
        other({ stt: 'II', name: 'Cá nhân' }, { bold: true }),
        m(1, 'Bùi Thị Lan, Chủ tịch Công đoàn Trường THCS Quỳnh Lưu', 'Vận động đoàn viên giúp đỡ học sinh có hoàn cảnh khó khăn', 'new', 'xd'),
      ],
      footer: districtFooter('Nho Quan', 13, 'Phạm Văn Tuấn', 'Đinh Công Hùng'),
    },
    13,
  );

  await sample(
    'ldld-huyen-yen-mo.xlsx',
    {
      title: TITLE.yenMo,
      rows: [
        m(1, 'Công đoàn Trường Tiểu học Yên Thắng', 'Xây dựng nếp sống văn hóa công sở', 'cont', 'vh'),
        m(2, 'Công đoàn Bệnh viện Đa khoa huyện Yên Mô', 'Vận động đoàn viên hiến máu tình nguyện', 'new', 'vh'),
        other({ stt: 3 }),
      ],
      footer: districtFooter('Yên Mô', 14, 'Vũ Thị Hằng', 'Phạm Quang Vinh'),
      expect: ['QUOTA_UNDER'],
    },
    14,
  );

  const nbRows = (fixed) => [
    m(1, 'Công đoàn phường Đông Thành', 'Tổ dân phố văn minh, không rác thải nhựa', 'new', 'vh'),
    fixed
      ? m(2, 'Công đoàn Công an thành phố Ninh Bình', 'Camera an ninh khu dân cư', 'cont', 'an')
      : mv({ stt: 2, name: 'Công đoàn Công an thành phố Ninh Bình', model: 'Camera an ninh khu dân cư', cont: 'x', new: 'x', an: 'x' }, [['REG_TYPE_BOTH', 'cont']]),
    fixed
      ? m(3, 'Đinh Thị Thủy, Chủ tịch Công đoàn Trường Mầm non Ninh Khánh', 'Vận động cha mẹ học sinh cùng xây dựng trường học thân thiện', 'new', 'xd')
      : mv({ stt: 3, name: 'Đinh Thị Thủy, Chủ tịch Công đoàn Trường Mầm non Ninh Khánh', model: 'Vận động cha mẹ học sinh cùng xây dựng trường học thân thiện', new: 'Mới' }, [
          ['INVALID_MARK', 'new'],
          ['FIELD_NONE', 'vh'],
        ]),
  ];
  await sample(
    'ldld-thanh-pho-ninh-binh.xlsx',
    { title: TITLE.ninhBinh, rows: nbRows(false), footer: districtFooter('Ninh Bình', 8, 'Phạm Thị Dung', 'Vũ Văn Long') },
    8,
  );
  await sample(
    'ldld-thanh-pho-ninh-binh-ban-sua.xlsx',
    { title: TITLE.ninhBinh, rows: nbRows(true), footer: districtFooter('Ninh Bình', 14, 'Phạm Thị Dung', 'Vũ Văn Long') },
    14,
  );

  await sample(
    'ldld-thanh-pho-tam-diep.xlsx',
    {
      title: TITLE.tamDiep,
      columns: [...FORM, C.note],
      rows: [
        m(1, 'Công đoàn phường Trung Sơn', 'Tổ dân phố tự quản về an ninh, trật tự', 'new', 'an', { note: 'Cấp cơ sở' }),
        m(2, 'Công đoàn Công ty Cổ phần Xi măng Tam Điệp', 'Bữa cơm ca nghĩa tình', 'cont', 'vh'),
        m(3, 'Hoàng Thị Mai, Chủ tịch Công đoàn Trường THCS Bắc Sơn', 'Mô hình “Mỗi tuần một việc làm tốt”', 'new', 'vh', { note: 'Cá nhân' }),
      ],
      footer: districtFooter('Tam Điệp', 10, 'Nguyễn Thị Yến', 'Trịnh Văn Sơn'),
    },
    10,
  );

  const sectorFooter = (day, left, right) => footer('Ninh Bình', day, left, right, 'TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH');
  await sample(
    'cd-nganh-y-te.xlsx',
    {
      title: TITLE.yTe,
      rows: [
        m(1, 'Công đoàn Bệnh viện Đa khoa tỉnh', 'Mô hình “Gần dân, hiểu dân, phục vụ người bệnh tận tình”', 'new', 'vh'),
        m(2, 'Công đoàn Trung tâm Kiểm soát bệnh tật tỉnh', 'Vận động đoàn viên hiến máu tình nguyện', 'cont', 'vh'),
      ],
      footer: sectorFooter(12, 'Mai Thị Thu', 'Lã Văn Toàn'),
    },
    12,
  );

  await sample(
    'cd-nganh-giao-duc.xlsx',
    {
      title: 'CĐ ngành Giáo dục',
      rows: [
        m(1, 'Công đoàn Trường THPT chuyên Lương Văn Tụy', 'Mô hình “Thầy cô giáo mẫu mực trong giao tiếp, ứng xử”', 'new', 'vh'),
        m(2, 'Công đoàn Trường Cao đẳng Sư phạm Ninh Bình', 'Vận động đoàn viên tham gia giữ gìn an ninh, trật tự trường học', 'new', 'an'),
      ],
      footer: sectorFooter(13, 'Đặng Thị Minh', 'Tống Văn Phúc'),
    },
    13,
  );

  await sample(
    'cd-cac-khu-cong-nghiep.xlsx',
    {
      title: TITLE.kcn,
      rows: [
        m(1, 'Công đoàn Công ty TNHH Giày da Phúc Hưng', 'Bữa cơm ca nghĩa tình', 'new', 'vh'),
        m(2, 'Công đoàn Công ty TNHH May mặc Hoàng Long', 'Đối thoại định kỳ giữa người lao động và doanh nghiệp', 'cont', 'xd'),
        m(3, 'Công đoàn Công ty Cổ phần Cơ khí Khánh Phú', 'Doanh nghiệp an toàn về an ninh, trật tự', 'new', 'an'),
        expectOn(m(4, 'Công đoàn Công ty TNHH May mặc Hoàng Long', 'Đối thoại định kỳ giữa người lao động và doanh nghiệp.', 'cont', 'xd'), [
          'DUPLICATE_MODEL',
          'model',
        ]),
      ],
      footer: sectorFooter(11, 'Hà Thị Nhung', 'Trần Đức Mạnh'),
    },
    11,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Samples for the 2026–2030 phase (samples/2026/danh-sach/, preset mttq-phuong-2026): the ward Front collects the
// ten-item form from Party cells, agencies and mass organisations of phường Hoa Lư. Every item is long text, several
// lines per cell; names and content are hypothetical.

const SUBJECT_2026 = 'ĐĂNG KÝ XÂY DỰNG MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2026, GIAI ĐOẠN 2026 – 2030';

const C26 = {
  stt: C.stt,
  name: { key: 'name', label: 'Tên tập thể hoặc cá nhân xây dựng mô hình', width: 24 },
  model: { key: 'model', label: 'Tên mô hình', width: 26 },
  cont: { ...C.cont, width: 10 },
  new: { ...C.new, width: 10 },
  xd: { key: 'xd', label: 'Xây dựng Đảng, hệ thống chính trị', group: 'Lĩnh vực', width: 12, mark: true },
  kt: { key: 'kt', label: 'Phát triển kinh tế', group: 'Lĩnh vực', width: 10, mark: true },
  vh: { key: 'vh', label: 'Văn hóa - xã hội', group: 'Lĩnh vực', width: 10, mark: true },
  qp: { key: 'qp', label: 'Quốc phòng - an ninh', group: 'Lĩnh vực', width: 10, mark: true },
  thuc_trang: { key: 'thuc_trang', label: 'Thực trạng, lý do', width: 36 },
  muc_tieu: { key: 'muc_tieu', label: 'Mục tiêu, tiêu chí', width: 36 },
  noi_dung: { key: 'noi_dung', label: 'Nội dung, cách làm', width: 44 },
  dia_ban: { key: 'dia_ban', label: 'Địa bàn, đối tượng', width: 28 },
  chu_the: { key: 'chu_the', label: 'Chủ thể thực hiện', width: 32 },
  nguon_luc: { key: 'nguon_luc', label: 'Nguồn lực', width: 30 },
  thoi_gian: { key: 'thoi_gian', label: 'Thời gian thực hiện', width: 18 },
  san_pham: { key: 'san_pham', label: 'Sản phẩm, kết quả kiểm chứng được', width: 38 },
  duy_tri: { key: 'duy_tri', label: 'Khả năng duy trì, nhân rộng', width: 32 },
};
const TEN_ITEM_KEYS = ['thuc_trang', 'muc_tieu', 'noi_dung', 'dia_ban', 'chu_the', 'nguon_luc', 'thoi_gian', 'san_pham', 'duy_tri'];
const FORM_2026 = [C26.stt, C26.name, C26.model, C26.cont, C26.new, C26.xd, C26.kt, C26.vh, C26.qp, ...TEN_ITEM_KEYS.map((k) => C26[k])];

/** The multi-paragraph cell the CLI test follows into the master (“Nội dung, cách làm” of the first model of tổ dân phố số 5). */
const LONG_TEXT_2026 =
  'Chi ủy phân công 24 đảng viên, mỗi đồng chí phụ trách từ 10 đến 15 hộ gần nơi cư trú; danh sách công khai tại nhà văn hóa tổ dân phố.\n' +
  '\n' +
  'Hằng tháng, đảng viên đến từng hộ nắm tình hình, tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước và ghi ý kiến của hộ vào sổ theo dõi.\n' +
  '\n' +
  'Tại kỳ sinh hoạt chi bộ, chi ủy phân loại ý kiến:\n' +
  '- việc thuộc tổ dân phố thì giải quyết ngay;\n' +
  '- việc vượt thẩm quyền thì báo cáo Đảng ủy, chuyển Ủy ban nhân dân phường và trả lời hộ trong kỳ sinh hoạt sau.';

/** Party header of a cell's list: the Party committee over the cell on the left, the Party's name on the right. */
const partyTop = [
  [
    ['ĐẢNG BỘ PHƯỜNG HOA LƯ', 5, { bold: false }],
    ['', 4],
    ['ĐẢNG CỘNG SẢN VIỆT NAM', 9],
  ],
];
const footer2026 = (day, leftName, rightName, rightTitle, rightTitle2) => ({
  place: `Hoa Lư, ngày ${day} tháng 10 năm 2026`,
  leftName,
  rightName,
  rightTitle,
  rightTitle2,
  rightFrom: 'san_pham',
});

/** A model row of the ten-item form: reg 'cont' | 'new', field a field column key, items the nine long-text cells. */
function m26(stt, name, model, reg, field, items) {
  const row = m(stt, name, model, reg, field);
  Object.assign(row.v, items);
  return row;
}

const samples2026 = {};

async function sample2026(file, spec, day) {
  const wb = newBook({ creator: 'Văn phòng' });
  wb.created = new Date(Date.UTC(2026, 9, day, 2, 0, 0));
  wb.modified = wb.created;
  const ws = wb.addWorksheet('Sheet1');
  const { models, findings } = writeList(ws, { titles: ['DANH SÁCH', SUBJECT_2026], columns: FORM_2026, ...spec });
  samples2026[file] = { models, findings, bytes: await bookBytes(wb) };
}

async function sampleLists2026() {
  await sample2026(
    'chi-bo-to-dan-pho-so-5.xlsx',
    {
      top: partyTop,
      title: 'CHI BỘ TỔ DÂN PHỐ SỐ 5',
      rows: [
        m26(1, 'Chi bộ tổ dân phố số 5', 'Mỗi đảng viên phụ trách một nhóm hộ gia đình', 'new', 'xd', {
          thuc_trang:
            'Tổ dân phố có 312 hộ, 1.104 nhân khẩu; sau khi sắp xếp, địa bàn rộng hơn, nhiều hộ mới chuyển đến chưa nắm được quy ước của tổ dân phố.\n' +
            'Một số ý kiến, kiến nghị của Nhân dân chậm được phản ánh tới chi bộ và chính quyền phường.',
          muc_tieu:
            '- 100% hộ gia đình có đảng viên phụ trách, được gặp ít nhất 01 lần/tháng.\n' +
            '- Ý kiến của Nhân dân được báo cáo chi bộ trong kỳ sinh hoạt gần nhất.\n' +
            '- Không phát sinh đơn thư vượt cấp từ tổ dân phố.',
          noi_dung: LONG_TEXT_2026,
          dia_ban: 'Toàn bộ 312 hộ của tổ dân phố số 5; ưu tiên hộ mới chuyển đến, người cao tuổi sống một mình.',
          chu_the:
            'Chi ủy chi bộ tổ dân phố số 5 chỉ đạo; 24 đảng viên trực tiếp thực hiện.\n' +
            'Phối hợp: Ban Công tác Mặt trận, Tổ trưởng tổ dân phố, chi hội Phụ nữ, chi hội Cựu chiến binh.',
          nguon_luc: 'Không phát sinh kinh phí lớn; sổ theo dõi, bảng phân công do chi bộ tự in (khoảng 500.000 đồng/năm từ quỹ chi bộ).',
          thoi_gian: 'Từ tháng 11/2026 đến tháng 12/2030; sơ kết hằng năm vào tháng 12.',
          san_pham:
            '- Bảng phân công đảng viên phụ trách hộ, niêm yết tại nhà văn hóa.\n' +
            '- Sổ theo dõi ý kiến của Nhân dân, cập nhật hằng tháng.\n' +
            '- Biên bản sinh hoạt chi bộ có nội dung xử lý ý kiến.\n' +
            '- Số ý kiến đã giải quyết, đã chuyển cấp trên, báo cáo 6 tháng một lần.',
          duy_tri:
            'Cách làm đơn giản, không tốn kinh phí, gắn với sinh hoạt chi bộ thường kỳ nên duy trì được lâu dài.\n' +
            'Có thể nhân rộng ra các chi bộ tổ dân phố khác của phường.',
        }),
        m26(2, 'Chi bộ tổ dân phố số 5', 'Ngõ phố sáng - xanh - sạch - đẹp', 'cont', 'vh', {
          thuc_trang:
            'Mô hình làm từ năm 2023 ở 3 ngõ, được Nhân dân đồng tình.\n' +
            'Còn 4 ngõ chưa có đèn chiếu sáng và điểm tập kết rác hợp vệ sinh.',
          muc_tieu: 'Đến hết năm 2027: 7/7 ngõ có đèn chiếu sáng, cây xanh và lịch tổng vệ sinh hằng tuần.',
          noi_dung:
            'Họp dân từng ngõ, bàn và thống nhất mức đóng góp, lịch lao động.\n' +
            'Nhân dân góp công, góp tiền lắp đèn năng lượng mặt trời, trồng hoa; đảng viên, hội viên các đoàn thể làm trước.\n' +
            'Công khai thu, chi tại nhà văn hóa sau mỗi đợt.',
          dia_ban: '4 ngõ còn lại của tổ dân phố số 5 (khoảng 160 hộ).',
          chu_the: 'Chi bộ lãnh đạo; Ban Công tác Mặt trận và Tổ trưởng tổ dân phố tổ chức; Nhân dân các ngõ thực hiện.',
          nguon_luc:
            'Nhân dân đóng góp tự nguyện (dự kiến 60 triệu đồng).\n' +
            'Hỗ trợ của Ủy ban nhân dân phường theo chương trình chỉnh trang đô thị, nếu có.',
          thoi_gian: 'Tháng 11/2026 – tháng 12/2027.',
          san_pham:
            '- 4 ngõ có đèn chiếu sáng và cây xanh (ảnh trước và sau khi làm).\n' +
            '- Biên bản họp dân, bảng công khai thu chi.\n' +
            '- Lịch tổng vệ sinh hằng tuần của từng ngõ.',
          duy_tri: 'Mỗi ngõ cử một tổ tự quản giữ đèn, cây xanh; 3 ngõ làm từ năm 2023 vẫn duy trì tốt.',
        }),
      ],
      footer: footer2026(18, 'Đỗ Thị Lan', 'Phạm Văn Thắng', 'T/M CHI BỘ', 'BÍ THƯ'),
    },
    18,
  );

  // Registered under the abbreviation officers write (“TDP”).
  await sample2026(
    'chi-bo-to-dan-pho-so-3.xlsx',
    {
      top: partyTop,
      title: 'CHI BỘ TDP SỐ 3',
      rows: [
        m26(1, 'Chi bộ tổ dân phố số 3', 'Đảng viên đỡ đầu hộ cận nghèo có sinh kế bền vững', 'new', 'kt', {
          thuc_trang: 'Tổ dân phố còn 6 hộ cận nghèo, chủ yếu là người cao tuổi và lao động tự do không có việc làm ổn định.',
          muc_tieu:
            '- Đến hết năm 2028 không còn hộ cận nghèo.\n' +
            '- Mỗi hộ có ít nhất một người có việc làm hoặc nghề phụ ổn định.',
          noi_dung:
            'Mỗi hộ có 01 đảng viên đỡ đầu.\n' +
            'Đảng viên cùng hộ lập kế hoạch làm ăn cụ thể: bán hàng, chăn nuôi nhỏ, nghề thêu.\n' +
            'Giới thiệu vay vốn ưu đãi qua tổ tiết kiệm và vay vốn; kết nối việc làm tại các cơ sở du lịch trên địa bàn.',
          dia_ban: '6 hộ cận nghèo của tổ dân phố số 3.',
          chu_the: 'Chi bộ tổ dân phố số 3; 6 đảng viên đỡ đầu; tổ tiết kiệm và vay vốn của chi hội Phụ nữ phối hợp.',
          nguon_luc: 'Vốn vay ưu đãi của Ngân hàng Chính sách xã hội; đóng góp của đảng viên và con em xa quê (khoảng 20 triệu đồng/năm).',
          thoi_gian: 'Năm 2026 – 2028.',
          san_pham:
            '- Danh sách hộ và đảng viên đỡ đầu.\n' +
            '- Kế hoạch làm ăn của từng hộ.\n' +
            '- Kết quả rà soát hộ cận nghèo hằng năm của phường.',
          duy_tri: 'Áp dụng được ở mọi tổ dân phố còn hộ khó khăn.',
        }),
      ],
      footer: footer2026(20, 'Lê Văn Hòa', 'Nguyễn Thị Mến', 'T/M CHI BỘ', 'BÍ THƯ'),
    },
    20,
  );

  // Planted mistake: the teacher's model leaves “Sản phẩm, kết quả kiểm chứng được” blank (MISSING_VALUE).
  await sample2026(
    'chi-bo-truong-thcs-hoa-lu.xlsx',
    {
      top: partyTop,
      title: 'CHI BỘ TRƯỜNG TRUNG HỌC CƠ SỞ HOA LƯ',
      rows: [
        m26(1, 'Chi bộ Trường Trung học cơ sở Hoa Lư', 'Thầy cô đồng hành cùng học sinh có hoàn cảnh khó khăn', 'new', 'vh', {
          thuc_trang:
            'Trường có 38 học sinh thuộc hộ nghèo, cận nghèo hoặc mồ côi; 9 em có nguy cơ bỏ học.\n' +
            'Sau khi sắp xếp, nhiều gia đình đi làm xa, ít phối hợp với nhà trường.',
          muc_tieu: '- Không có học sinh bỏ học vì hoàn cảnh khó khăn.\n- 100% học sinh khó khăn có thầy cô đỡ đầu.',
          noi_dung:
            'Mỗi đảng viên, giáo viên nhận đỡ đầu 1–2 học sinh: thăm gia đình, kèm học, theo dõi chuyên cần.\n' +
            'Vận động cha mẹ học sinh và doanh nghiệp trên địa bàn tặng học bổng, sách vở đầu năm học.',
          dia_ban: '38 học sinh có hoàn cảnh khó khăn của trường.',
          chu_the: 'Chi bộ lãnh đạo; 21 đảng viên và giáo viên chủ nhiệm thực hiện; Ban đại diện cha mẹ học sinh phối hợp.',
          nguon_luc: 'Quỹ khuyến học của trường, đóng góp của cha mẹ học sinh và doanh nghiệp (dự kiến 40 triệu đồng/năm học).',
          thoi_gian: 'Các năm học 2026 – 2027 đến 2029 – 2030.',
          san_pham:
            '- Danh sách học sinh và thầy cô đỡ đầu.\n' +
            '- Sổ theo dõi chuyên cần, kết quả học tập của từng em.\n' +
            '- Số học bổng, suất quà đã trao, có chữ ký nhận.',
          duy_tri: 'Gắn với nhiệm vụ năm học nên duy trì được; các trường mầm non, tiểu học của phường có thể làm theo.',
        }),
        m26(2, 'Nguyễn Thị Thu Hà, đảng viên, giáo viên Ngữ văn', 'Câu lạc bộ “Em yêu lịch sử quê hương”', 'new', 'vh', {
          thuc_trang: 'Học sinh còn ít hiểu biết về di tích, lịch sử của quê hương.',
          muc_tieu: 'Mỗi năm học có ít nhất 40 học sinh tham gia câu lạc bộ; tổ chức 4 buổi sinh hoạt tại di tích.',
          noi_dung:
            'Sinh hoạt câu lạc bộ mỗi tháng một lần.\n' +
            'Học sinh tìm hiểu, kể chuyện lịch sử, làm hướng dẫn viên nhỏ tại các di tích trên địa bàn phường.',
          dia_ban: 'Học sinh khối 7, 8 của trường; các di tích trên địa bàn phường.',
          chu_the: 'Cô Nguyễn Thị Thu Hà phụ trách; Liên đội và giáo viên Lịch sử phối hợp.',
          nguon_luc: 'Kinh phí hoạt động ngoài giờ của nhà trường.',
          thoi_gian: 'Từ năm học 2026 – 2027.',
          san_pham: '',
          duy_tri: 'Duy trì qua các khóa học sinh; các trường trong phường có thể tham gia cùng.',
        }),
      ].map((row, i) => (i === 1 ? expectOn(row, ['MISSING_VALUE', 'san_pham']) : row)),
      footer: footer2026(21, 'Vũ Thị Hạnh', 'Trần Quốc Toản', 'T/M CHI BỘ', 'BÍ THƯ'),
    },
    21,
  );

  // Headers worded the way the police wrote them: every one is an alias of the campaign's columns.
  const caCols = FORM_2026.map((c) => {
    const words = {
      thuc_trang: 'Thực trạng và lý do xây dựng mô hình',
      muc_tieu: 'Mục tiêu',
      noi_dung: 'Cách làm',
      dia_ban: 'Địa bàn, đối tượng tác động',
      chu_the: 'Lực lượng thực hiện',
      nguon_luc: 'Kinh phí, nguồn lực',
      thoi_gian: 'Thời gian, lộ trình',
      san_pham: 'Kết quả kiểm chứng được',
      duy_tri: 'Khả năng nhân rộng',
    }[c.key];
    return words ? relabel(c, words) : c;
  });
  await sample2026(
    'cong-an-phuong-hoa-lu.xlsx',
    {
      columns: caCols,
      top: [
        [
          ['CÔNG AN TỈNH NINH BÌNH', 5, { bold: false }],
          ['', 4],
          ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 9],
        ],
      ],
      title: 'CÔNG AN PHƯỜNG HOA LƯ',
      rows: [
        m26(1, 'Công an phường Hoa Lư', 'Nhóm Zalo “Công an phường với Nhân dân” ở từng tổ dân phố', 'new', 'qp', {
          thuc_trang:
            'Người dân ngại đến trụ sở để báo tin về an ninh, trật tự; tin báo qua điện thoại thường chậm, khó xác minh.',
          muc_tieu: '- 100% tổ dân phố có nhóm Zalo do Cảnh sát khu vực quản trị.\n- Tin báo được tiếp nhận, phản hồi trong 24 giờ.',
          noi_dung:
            'Mỗi tổ dân phố lập một nhóm Zalo gồm Cảnh sát khu vực, Tổ trưởng, Trưởng Ban Công tác Mặt trận và đại diện các hộ.\n' +
            'Đăng cảnh báo lừa đảo qua mạng, hướng dẫn thủ tục cư trú; tiếp nhận tin báo, phản hồi kết quả xử lý.',
          dia_ban: 'Các tổ dân phố của phường; người dân, chủ cơ sở kinh doanh, lưu trú.',
          chu_the: 'Ban Chỉ huy Công an phường chỉ đạo; Cảnh sát khu vực phụ trách từng tổ dân phố; Tổ bảo vệ an ninh, trật tự cơ sở phối hợp.',
          nguon_luc: 'Không cần kinh phí; dùng điện thoại công vụ của Cảnh sát khu vực.',
          thoi_gian: 'Từ tháng 11/2026, thường xuyên.',
          san_pham:
            '- Danh sách nhóm Zalo và người quản trị.\n' +
            '- Sổ tiếp nhận tin báo, thời gian phản hồi.\n' +
            '- Số vụ lừa đảo qua mạng được ngăn chặn kịp thời.',
          duy_tri: 'Dễ làm, không tốn kinh phí; các phường, xã khác làm theo được.',
        }),
        m26(2, 'Trần Văn Nam, Cảnh sát khu vực, Công an phường Hoa Lư', 'Cảnh sát khu vực hướng dẫn người cao tuổi dùng dịch vụ công trực tuyến', 'new', 'qp', {
          thuc_trang: 'Nhiều người cao tuổi chưa biết kích hoạt, sử dụng tài khoản định danh điện tử để làm thủ tục.',
          muc_tieu: 'Hướng dẫn ít nhất 300 người cao tuổi mỗi năm; không ai phải đi lại nhiều lần vì thiếu hướng dẫn.',
          noi_dung:
            'Tổ chức buổi hướng dẫn tại nhà văn hóa vào sáng thứ Bảy hằng tháng.\n' +
            'Đến tận nhà hướng dẫn người ốm yếu, neo đơn.',
          dia_ban: 'Người cao tuổi của các tổ dân phố số 3, 5, 8 và 12.',
          chu_the: 'Đồng chí Trần Văn Nam thực hiện; Chi hội Người cao tuổi và Đoàn Thanh niên phường phối hợp.',
          nguon_luc: 'Không phát sinh kinh phí.',
          thoi_gian: 'Năm 2026 – 2030.',
          san_pham: '- Danh sách người được hướng dẫn, có chữ ký.\n- Số tài khoản được kích hoạt và hồ sơ làm trực tuyến thành công.',
          duy_tri: 'Gắn với nhiệm vụ của Cảnh sát khu vực nên duy trì thường xuyên.',
        }),
      ],
      footer: footer2026(22, 'Đinh Thị Nga', 'Bùi Đức Long', 'TRƯỞNG CÔNG AN PHƯỜNG'),
    },
    22,
  );

  // Planted mistake: the Women's Union filled the 2021–2025 form (six columns, three fields): every required column of the
  // ten-item form is missing, and so is the field “Phát triển kinh tế” (COLUMN_MISSING on the list).
  await sample2026(
    'hoi-lien-hiep-phu-nu-phuong-hoa-lu.xlsx',
    {
      columns: FORM,
      title: 'HỘI LHPN PHƯỜNG HOA LƯ',
      rows: [
        m(1, 'Chi hội Phụ nữ tổ dân phố số 8', 'Phụ nữ phân loại rác thải tại nguồn', 'cont', 'vh'),
        m(2, 'Hội Liên hiệp Phụ nữ phường Hoa Lư', 'Mẹ đỡ đầu trẻ em mồ côi', 'cont', 'vh'),
      ],
      footer: { ...footer2026(23, 'Hoàng Thị Yến', 'Lương Thị Thu', 'TM. BAN CHẤP HÀNH', 'CHỦ TỊCH'), rightFrom: undefined },
      expect: ['COLUMN_MISSING', 'COLUMN_MISSING', 'COLUMN_MISSING', 'COLUMN_MISSING'],
    },
    23,
  );

  await sample2026(
    'doan-thanh-nien-phuong-hoa-lu.xlsx',
    {
      top: [
        [
          ['ĐOÀN TNCS HỒ CHÍ MINH', 5, { bold: false }],
          ['', 4],
          ['ĐOÀN TNCS HỒ CHÍ MINH', 9],
        ],
      ],
      title: 'BCH ĐOÀN PHƯỜNG HOA LƯ',
      rows: [
        m26(1, 'Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Hoa Lư', 'Đội hình thanh niên hỗ trợ người dân làm thủ tục trực tuyến', 'new', 'xd', {
          thuc_trang:
            'Bộ phận một cửa của phường đông người vào đầu tuần; nhiều người dân chưa quen nộp hồ sơ trực tuyến.',
          muc_tieu: '- Mỗi tuần có đoàn viên trực hỗ trợ tại Trung tâm Phục vụ hành chính công phường.\n- Tăng tỉ lệ hồ sơ nộp trực tuyến.',
          noi_dung:
            'Lập đội hình 15 đoàn viên, chia ca trực sáng thứ Hai, thứ Ba.\n' +
            'Hướng dẫn người dân quét mã, điền tờ khai, nộp hồ sơ trên Cổng dịch vụ công; ghi lại các vướng mắc để phản ánh.',
          dia_ban: 'Trung tâm Phục vụ hành chính công phường; người dân đến làm thủ tục.',
          chu_the: 'Ban Chấp hành Đoàn phường; 15 đoàn viên tình nguyện.',
          nguon_luc: 'Áo đồng phục, bàn ghế, mạng internet do Trung tâm Phục vụ hành chính công hỗ trợ.',
          thoi_gian: 'Từ tháng 11/2026 đến hết nhiệm kỳ.',
          san_pham: '- Lịch trực, danh sách đoàn viên.\n- Sổ ghi số lượt người được hỗ trợ hằng tuần.',
          duy_tri: 'Đoàn viên mới được bổ sung hằng năm; các chi đoàn tổ dân phố có thể làm tại nhà văn hóa.',
        }),
      ],
      footer: footer2026(24, 'Phạm Minh Đức', 'Ngô Thị Phương', 'TM. BAN CHẤP HÀNH', 'BÍ THƯ'),
    },
    24,
  );
}

// ---------------------------------------------------------------------------------------------------------------

async function clean(dir) {
  await mkdir(dir, { recursive: true });
  for (const f of await readdir(dir)) if (/\.(xlsx|xls|json)$/.test(f)) await rm(join(dir, f));
}

function sortFindings(fs) {
  return [...fs].sort(
    (a, b) =>
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.column ?? '').length - (b.column ?? '').length ||
      (a.column ?? '').localeCompare(b.column ?? '') ||
      a.code.localeCompare(b.code),
  );
}

async function main() {
  await fixtureLists();
  await sampleLists();

  await clean(FIXTURES);
  const manifest = {};
  for (const file of Object.keys(fixtures).sort()) {
    const fx = fixtures[file];
    await writeFile(join(FIXTURES, file), fx.bytes);
    manifest[file] = fx.unreadable
      ? { unreadable: true }
      : { preset: fx.preset, unit: fx.unit, models: fx.models, findings: sortFindings(fx.findings) };
  }
  await writeFile(join(FIXTURES, 'expected.json'), JSON.stringify(manifest, null, 2) + '\n');

  await clean(SAMPLES);
  for (const file of Object.keys(samples).sort()) await writeFile(join(SAMPLES, file), samples[file].bytes);

  await sampleLists2026();
  await clean(SAMPLES_2026);
  for (const file of Object.keys(samples2026).sort()) await writeFile(join(SAMPLES_2026, file), samples2026[file].bytes);

  process.stdout.write(
    `${Object.keys(fixtures).length} fixtures → ${FIXTURES}\n${Object.keys(samples).length} samples → ${SAMPLES}\n` +
      `${Object.keys(samples2026).length} samples → ${SAMPLES_2026}\n`,
  );
}

await main();

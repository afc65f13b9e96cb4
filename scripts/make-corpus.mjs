// Generates the reader corpus (test/fixtures/corpus/ + expected.json) and the hostile files (test/fixtures/hostile/ +
// hostile.json): one registration list per class of real-world .xlsx that breaks readers, written as raw OOXML parts.
//
// Run: npm run corpus   (deterministic: fixed timestamps and fflate's pure-JS deflate, so reruns give identical bytes)
//
// Each workbook is described once as data (sheets of cells, merges); the same description writes the XML and gives the
// values a correct reader reports, so expected.json is ground truth and never the output of a reader. A cell knows both
// what the file holds (a shared string, a serial number under a date style, a formula with its saved result…) and what
// `dvk read --json` prints for it. expected.json maps the file name to `{"sheets": [{name, hidden, values, merges}]}`:
//  - every sheet in tab order, chart sheets left out; hidden and veryHidden sheets are `"hidden": true`;
//  - `values`: one array per row from row 1 to the last row holding a value, each from column A to the row's last value
//    (an empty row is `[]`); blank cells (absent, no value, empty string, formula without or with an empty-string result)
//    are null; text exactly as stored (after `_xHHHH_` unescaping, entities decoded, rich-text runs joined, phonetic runs
//    left out, CR LF → LF); numbers; booleans; errors as their text; dates (a number under a date cellXfs style, or `t="d"`)
//    as "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS.sssZ" when there is a time, from the serial (epoch 1899-12-30, or 1904-01-01)
//    as UTC wall clock; a formula shows its saved result by the same rules; under a merge only the top-left value stays;
//  - `merges`: A1 ranges in the order the sheet lists them (the generator writes them sorted by top row, then left
//    column), clipped to the rows and columns holding values; a merge entirely outside them is left out.
// hostile.json maps each hostile file to `{"exit": 2, "contains": [file name]}`.
//
// Corpus (test/fixtures/corpus/):
//  excel-365-dydescent             Excel 365: mc:Ignorable, x14ac:dyDescent on rows, xr:uid, row spans, print titles
//  tien-to-x-openxml-sdk           `x:` prefix on every SpreadsheetML element (workbook, sheet, sharedStrings, styles), the
//                                  relationships namespace bound to `rel:` and ids like R6c2e…; text cells as t="str"
//                                  without a formula and t="inlineStr", numbers with t="n" (OpenXML SDK portals)
//  tien-to-ns0-elementtree         package parts rewritten by Python ElementTree: `ns0:Types`, `ns0:Relationships`,
//                                  `ns0:workbook`, `ns0:worksheet`…, no XML declaration
//  wps-tien-to-x                   WPS Spreadsheets: `x:` prefixes, docProps/custom.xml (KSOProductBuildVer), the ET part
//                                  xl/cellimages.xml and a `_xlfn.DISPIMG` cell
//  google-sheets-xuat              Google Sheets export: shared strings, t="b" checkbox booleans TRUE/FALSE in every mark
//                                  cell, Arial 10, alphabetical attributes, styled empty cells down to row 1000
//  libreoffice-calc                LibreOffice: sheetPr filterMode="false", t="n", `<f aca="false">`, numFmt 164 "General",
//                                  upper-case "DD/MM/YYYY" dates, a value kept under a merge
//  kiem-tra-du-lieu-ca-cot         drop-downs on whole columns: sqref="D:D E:E", "F1:F1048576", "C7:C1048576" and the x14
//                                  extLst form with `<xm:sqref>G:H</xm:sqref>` pointing at a hidden list sheet
//  bang-table-cot-tinh-toan        a table part (autoFilter, calculatedColumnFormula) and a second sheet with a sheet
//                                  autoFilter, filterMode and rows hidden by the filter (still read)
//  o-danh-dau-form-control         checkbox form controls: ctrlProp parts, a legacy VML drawing, mc:AlternateContent
//                                  controls in the sheet; linked cells hold TRUE/FALSE under the number format ";;;"
//  cong-thuc-ket-qua-luu           formulas saving 0, FALSE, TRUE, text, "", #N/A, #DIV/0!, nothing; shared formulas
//                                  (master + followers), an array formula, a formula cell marked t="inlineStr" with <v>
//  ngay-1904-libreoffice           date1904="true" (LibreOffice), dates under numFmt 14, "DD/MM/YYYY", a date and time
//  ngay-1904-excel-mac             date1904="1" (Excel for Mac), dates under numFmt 14, "dd/mm/yyyy", a date and time
//  ngay-iso-kieu-d                 t="d" cells "2021-07-10" and "2021-07-10T08:30:00" (one without a date style)
//  dxfs-numfmt-trung-id            cellXfs numFmt 164 "dd/mm/yyyy" while <dxfs> carry numFmt 164 "0.00" and 165: the date
//                                  cell must read 2015-02-27, not 42062
//  chuoi-dac-biet                  `<si/>`, `<si><t/></si>`, CDATA, rich text with rPh phonetic runs (shared and inline),
//                                  `_x000D_`, `_x005F_x000D_`, `_x0009_`, xml:space="preserve", entities and &#x…; refs
//  khong-co-tham-chieu-r           rows and cells without `r` (positional), with a few explicit `r` that jump ahead
//  ten-phan-khac-chu-hoa           part names in another case: xl/SharedStrings.xml linked as sharedStrings.xml,
//                                  xl/Styles.xml, xl/worksheets/Sheet1.xml; [Content_Types].xml in yet another case
//  duong-dan-phan-la               workbook at xl/book.xml (found through _rels/.rels), sheets xl/worksheets/sheetBob.xml
//                                  (absolute target) and xl/ws/data.xml, shared strings at xl/strings.xml, "./styles.xml"
//  utf16-le-bom                    the sheet part and the sharedStrings part in UTF-16 LE with a BOM
//  sheet-an-va-bieu-do             a title-only sheet, the list, a chart sheet (left out), a hidden and a veryHidden sheet
//  zip-luu-khong-nen               every entry stored (method 0)
//  zip-data-descriptor             general purpose bit 3: sizes and CRC zero in local headers, data descriptors after data
//  zip64-system-io-packaging       ZIP64 extra fields, ZIP64 end record and locator, an end record of all ones,
//                                  [Content_Types].xml written last (as .NET System.IO.Packaging does)
//  zip-dau-gach-nguoc              entry names with backslashes (xl\worksheets\sheet1.xml)
//
// Hostile (test/fixtures/hostile/): a part declaring 1 KiB that inflates to 1 GB, a part declaring 3 GB, 2,000,000 rows,
// a row above 1,048,576, a merge over the whole sheet, a merge over a whole column, 30,000 merges, 80,000 unclosed <c>
// tags, half an .xlsx, a CSV renamed .xlsx, an empty file.

import { deflateSync, strToU8, zipSync } from 'fflate';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, 'test/fixtures/corpus');
const HOSTILE = join(ROOT, 'test/fixtures/hostile');

// 10/7/2021 08:00 as local wall clock: fflate and the DOS fields below store local time, so the bytes do not depend on TZ.
const FIXED_MTIME = new Date(2021, 6, 10, 8, 0, 0);
const DOS_TIME = (8 << 11) | (0 << 5) | 0;
const DOS_DATE = ((2021 - 1980) << 9) | (7 << 5) | 10;

// ---------------------------------------------------------------------------------------------------------------
// Namespaces and XML text.

const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  pkgRels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  ct: 'http://schemas.openxmlformats.org/package/2006/content-types',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  x14ac: 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac',
  x14: 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main',
  xm: 'http://schemas.microsoft.com/office/excel/2006/main',
  xr: 'http://schemas.microsoft.com/office/spreadsheetml/2014/revision',
  xr2: 'http://schemas.microsoft.com/office/spreadsheetml/2015/revision2',
  xr3: 'http://schemas.microsoft.com/office/spreadsheetml/2016/revision3',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
};
const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  core: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  app: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
  custom: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  chartsheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  sst: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  vml: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
  ctrlProp: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/ctrlProp',
  image: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image',
  wpsCellImage: 'http://www.wps.cn/officeDocument/2020/cellImage',
};
const CT = {
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
  xml: 'application/xml',
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  chartsheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  sst: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  ctrlProp: 'application/vnd.ms-excel.controlproperties+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  custom: 'application/vnd.openxmlformats-officedocument.custom-properties+xml',
  wpsCellImage: 'application/vnd.wps-officedocument.cellimage+xml',
};

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A `<t>` element for `text`, with xml:space="preserve" where Excel writes it. */
const tEl = (text) => (/^\s|\s$|\n/.test(text) ? `<t xml:space="preserve">${esc(text)}</t>` : `<t>${esc(text)}</t>`);

/**
 * Puts every unprefixed element of a SpreadsheetML part into `prefix:` (what OpenXML SDK, WPS and ElementTree write) and
 * binds the default namespace to it. Only element names are touched: text and attribute values are escaped, and elements
 * already prefixed (mc:, x14:…) keep theirs. Not for parts holding CDATA.
 */
function prefixElements(xml, prefix) {
  return xml
    .replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, `<$1${prefix}:$2`)
    .replace(/\bxmlns="/, `xmlns:${prefix}="`);
}

// ---------------------------------------------------------------------------------------------------------------
// Cell references.

const letter = (n) => {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const ref = (row, col) => `${letter(col)}${row}`;
const colNumber = (letters) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
function parseRange(a1) {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`bad range ${a1}`);
  return { r1: +m[2], c1: colNumber(m[1]), r2: +m[4], c2: colNumber(m[3]) };
}
const rangeRef = ({ r1, c1, r2, c2 }) => `${ref(r1, c1)}:${ref(r2, c2)}`;

// ---------------------------------------------------------------------------------------------------------------
// Dates: the intended value is an ISO date (or date and time, UTC wall clock); the file gets the serial computed from it.

const DAY_MS = 86_400_000;
const isoMs = (iso) => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : `${iso}Z`);
const serialOf = (iso, date1904) => (isoMs(iso) - (date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30))) / DAY_MS;
/** What a reader prints for the date: the day alone, or the full ISO instant when there is a time. */
const dateOut = (iso) => (iso.length === 10 ? iso : new Date(isoMs(iso)).toISOString());

// ---------------------------------------------------------------------------------------------------------------
// Cells. Each says how it is written and what a reader reports (`value`). `s` names a style of the file's stylesheet.
//   text: a shared string (or an inline string in inline-string files / with inline: true)
//   num, bool, date: a number, t="b", a serial under a date style
//   raw: attributes and content written as given (formulas, odd types), with the value stated alongside
//   blank: a styled cell with no value

const text = (value, s = 'body', opts = {}) => ({ kind: 'text', text: value, s, ...opts });
const num = (n, s = 'center') => ({ kind: 'num', n, s });
const bool = (b, s = 'center') => ({ kind: 'bool', b, s });
const date = (iso, s = 'dateDMY') => ({ kind: 'date', iso, s });
const blank = (s = 'body') => ({ kind: 'blank', s });
/** t: the t attribute or null; inner(ctx): the content (ctx.sst for shared-string indices); value: what a reader reports. */
const raw = (t, inner, value, s = 'center') => ({ kind: 'raw', t, inner: typeof inner === 'function' ? inner : () => inner, value, s });

function valueOf(cell) {
  if (!cell) return null;
  switch (cell.kind) {
    case 'text':
      return cell.text === '' ? null : cell.text;
    case 'num':
      return cell.n;
    case 'bool':
      return cell.b;
    case 'date':
      return dateOut(cell.iso);
    case 'raw':
      return cell.value;
    case 'blank':
      return null;
    default:
      throw new Error(`unknown cell kind ${cell.kind}`);
  }
}

class SharedStrings {
  items = [];
  index = new Map();
  refs = 0;
  /** Index of an `<si>` with this inner XML (deduplicated, as Excel does). */
  raw(inner) {
    this.refs++;
    if (!this.index.has(inner)) {
      this.index.set(inner, this.items.length);
      this.items.push(inner);
    }
    return this.index.get(inner);
  }
  text(value) {
    return this.raw(tEl(value));
  }
  xml() {
    return `${DECL}<sst xmlns="${NS.main}" count="${this.refs}" uniqueCount="${this.items.length}">${this.items.map((i) => (i === '' ? '<si/>' : `<si>${i}</si>`)).join('')}</sst>`;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The registration list (seed 004 annex): unit line, “DANH SÁCH”, subject, blank row, two-row header with “Lĩnh vực”
// merged over its three fields, model rows, blank row, place and date, signature lines.

const SUBJECT = 'ĐĂNG KÝ XÂY DỰNG MÔ HÌNH, ĐIỂN HÌNH “DÂN VẬN KHÉO” TRONG GIAI ĐOẠN 2021 – 2025';
const HEAD = ['STT', 'Tên tập thể hoặc cá nhân xây dựng mô hình điển hình', 'Tên mô hình hoặc điển hình', 'Tiếp tục đăng ký', 'Đăng ký xây dựng mới'];
const FIELDS = { vh: 'VH-XH', an: 'ANQP', xd: 'Xây dựng HTCT' };
const WIDTHS = [6, 34, 42, 11, 12, 9, 9, 11];

// [name of the collective or person, model, 'cont' | 'new', field]
const MODELS = [
  ['Công đoàn Trường THCS Yên Thắng', 'Nhà trường – Công đoàn chung tay xây dựng trường học hạnh phúc', 'new', 'vh'],
  ['Công đoàn xã Khánh Thượng', 'Tổ tự quản an ninh trật tự khu dân cư', 'cont', 'an'],
  ['Bà Phạm Thị Hoa – Chủ tịch CĐCS Công ty TNHH May Yên Mô', 'Đối thoại định kỳ giữa người lao động và người sử dụng lao động', 'new', 'xd'],
  ['Công đoàn Bệnh viện Đa khoa huyện', 'Nụ cười thân thiện – Người bệnh hài lòng', 'cont', 'vh'],
  ['Công đoàn Công ty CP Xi măng Hướng Dương', 'Mái ấm Công đoàn cho đoàn viên có hoàn cảnh khó khăn', 'new', 'vh'],
  ['Ông Đinh Văn Hùng – Tổ trưởng tổ bảo vệ', 'Camera an ninh kết nối khu dân cư', 'new', 'an'],
  ['Công đoàn cơ quan UBND huyện', 'Dân vận khéo trong cải cách thủ tục hành chính', 'cont', 'xd'],
  ['Công đoàn Trường Mầm non Ninh Hải', 'Bữa ăn bán trú an toàn, đủ chất', 'new', 'vh'],
  ['Công đoàn Trạm Y tế xã Gia Sinh', 'Tiêm chủng đúng lịch, không bỏ sót trẻ', 'cont', 'vh'],
  ['Công đoàn Công an huyện', 'Phòng cháy, chữa cháy tại khu nhà trọ công nhân', 'new', 'an'],
  ['Công đoàn Chi cục Thuế khu vực', 'Hỗ trợ doanh nghiệp kê khai thuế điện tử', 'new', 'xd'],
  ['Công đoàn Công ty TNHH Giày Adora Ninh Bình', 'Bếp ăn ca an toàn – Bữa ăn chất lượng', 'cont', 'vh'],
  ['Chị Nguyễn Thị Lan – Công nhân Công ty May Kim Sơn', 'Nhóm “Giúp nhau thoát nghèo” trong công nhân nữ', 'new', 'vh'],
  ['Công đoàn Kho bạc Nhà nước huyện', 'Thanh toán không dùng tiền mặt cho đoàn viên', 'new', 'xd'],
  ['Công đoàn Trường Tiểu học Gia Hòa', 'Thư viện xanh – Góc đọc sách cho học sinh vùng khó', 'cont', 'vh'],
  ['Công đoàn xã Ninh Vân', 'Làng nghề đá mỹ nghệ an toàn lao động', 'new', 'an'],
];
const models = (...indices) => indices.map((i) => MODELS[i]);

/**
 * A registration list as a sheet: { rows (rows[r-1][c-1] = cell), merges, widths }.
 * opts: unit, place, day ("10 tháng 7 năm 2021"), models, extra ([{ header, width, cell(model, i) }] after column H),
 * mark(key, i) / unmarked(key, i): the cells of the mark columns, stt(i).
 */
function registrationList(opts) {
  const { unit, place, day = '10 tháng 7 năm 2021', extra = [] } = opts;
  const mark = opts.mark ?? (() => text('x', 'center'));
  const unmarked = opts.unmarked ?? (() => null);
  const stt = opts.stt ?? ((i) => num(i + 1));
  const width = 8 + extra.length;
  const rows = [];
  const merges = [];
  const line = (cells) => rows.push(cells);
  const across = (r, value, s = 'title') => {
    rows[r - 1] = [text(value, s)];
    merges.push(`A${r}:${letter(width)}${r}`);
  };

  across(1, unit);
  across(2, 'DANH SÁCH');
  across(3, SUBJECT);
  line([]);
  const h1 = [...HEAD.map((h) => text(h, 'header')), text('Lĩnh vực', 'header'), blank('header'), blank('header'), ...extra.map((e) => text(e.header, 'header'))];
  const h2 = [...HEAD.map(() => blank('header')), ...Object.values(FIELDS).map((f) => text(f, 'header')), ...extra.map(() => blank('header'))];
  line(h1);
  line(h2);
  for (let c = 1; c <= 5; c++) merges.push(`${letter(c)}5:${letter(c)}6`);
  merges.push('F5:H5');
  extra.forEach((_, k) => merges.push(`${letter(9 + k)}5:${letter(9 + k)}6`));

  opts.models.forEach((m, i) => {
    const [name, model, reg, field] = m;
    const markOf = (key, on) => (on ? mark(key, i) : unmarked(key, i));
    line([
      stt(i),
      text(name),
      text(model),
      markOf('cont', reg === 'cont'),
      markOf('new', reg === 'new'),
      markOf('vh', field === 'vh'),
      markOf('an', field === 'an'),
      markOf('xd', field === 'xd'),
      ...extra.map((e) => e.cell(m, i)),
    ]);
  });
  line([]);
  const from = Math.max(1, width - 3);
  const sign = (value, s) => {
    const r = rows.length + 1;
    const cells = [];
    cells[from - 1] = text(value, s);
    rows.push(cells);
    merges.push(`${letter(from)}${r}:${letter(width)}${r}`);
  };
  sign(`${place}, ngày ${day}`, 'place');
  sign('TM. BAN THƯỜNG VỤ', 'title');
  sign('CHỦ TỊCH', 'title');
  return { rows, merges, widths: [...WIDTHS, ...extra.map((e) => e.width ?? 14)] };
}

/** Sets one cell of a sheet by A1 reference. */
function put(sheet, a1, cell) {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  const r = +m[2];
  const c = colNumber(m[1]);
  while (sheet.rows.length < r) sheet.rows.push([]);
  sheet.rows[r - 1] ??= [];
  sheet.rows[r - 1][c - 1] = cell;
}

// ---------------------------------------------------------------------------------------------------------------
// Stylesheets. Each returns { xml, idx: style name → cellXfs index }; the names are the ones cells use.

const STYLE_NAMES = ['default', 'title', 'header', 'body', 'center', 'place', 'date14', 'dateDMY', 'datetime', 'hidden'];

/** The Excel stylesheet. numFmts: [id, code][]; fmt: style name → numFmtId; dxfs: the <dxfs> element. */
function excelStyles({
  font = 'Times New Roman',
  size = 13,
  numFmts = [
    [164, 'dd/mm/yyyy'],
    [165, 'dd/mm/yyyy hh:mm'],
    [166, ';;;'],
  ],
  fmt = { date14: 14, dateDMY: 164, datetime: 165, hidden: 166 },
  dxfs = '<dxfs count="0"/>',
  excel365 = false,
} = {}) {
  const f = (inner) => `<font>${inner}<sz val="${size}"/><color rgb="FF000000"/><name val="${font}"/><family val="1"/></font>`;
  const thin = '<left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/>';
  const center = '<alignment horizontal="center" vertical="center" wrapText="1"/>';
  const spec = {
    default: [0, 0, 0, ''],
    title: [0, 1, 0, center],
    header: [0, 1, 1, center],
    body: [0, 0, 1, '<alignment vertical="center" wrapText="1"/>'],
    center: [0, 0, 1, center],
    place: [0, 2, 0, '<alignment horizontal="center"/>'],
    date14: [fmt.date14, 0, 1, center],
    dateDMY: [fmt.dateDMY, 0, 1, center],
    datetime: [fmt.datetime, 0, 1, center],
    hidden: [fmt.hidden, 0, 1, center],
  };
  const xfs = STYLE_NAMES.map((n) => {
    const [numFmtId, fontId, borderId, align] = spec[n];
    const applied = `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${borderId ? ' applyBorder="1"' : ''}${align ? ' applyAlignment="1"' : ''}`;
    return align ? `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="${borderId}" xfId="0"${applied}>${align}</xf>` : `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="${borderId}" xfId="0"${applied}/>`;
  });
  const root = excel365
    ? `<styleSheet xmlns="${NS.main}" xmlns:mc="${NS.mc}" mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="${NS.x14ac}" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" xmlns:xr="${NS.xr}">`
    : `<styleSheet xmlns="${NS.main}">`;
  const xml =
    DECL +
    root +
    (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`).join('')}</numFmts>` : '') +
    `<fonts count="4"${excel365 ? ' x14ac:knownFonts="1"' : ''}>${f('')}${f('<b/>')}${f('<i/>')}<font><sz val="8"/><name val="MS Gothic"/><family val="3"/><charset val="128"/></font></fonts>` +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${thin}</border></borders>` +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    dxfs +
    '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
    '</styleSheet>';
  return { xml, idx: Object.fromEntries(STYLE_NAMES.map((n, i) => [n, i])) };
}

/** LibreOffice's stylesheet: "General" as numFmt 164, upper-case date codes, its fonts and cellStyleXfs. */
function libreStyles() {
  const numFmts = [
    [164, 'General'],
    [165, 'DD/MM/YYYY'],
    [166, 'DD/MM/YYYY HH:MM'],
  ];
  const font = (inner) => `<font>${inner}<sz val="13"/><name val="Times New Roman"/><family val="1"/><charset val="1"/></font>`;
  const a = (h) => `<alignment horizontal="${h}" vertical="center" textRotation="0" wrapText="true" indent="0" shrinkToFit="false"/><protection locked="true" hidden="false"/>`;
  const spec = {
    default: [164, 0, 0, null],
    title: [164, 4, 0, 'center'],
    header: [164, 4, 1, 'center'],
    body: [164, 0, 1, 'general'],
    center: [164, 0, 1, 'center'],
    place: [164, 5, 0, 'center'],
    date14: [14, 0, 1, 'center'],
    dateDMY: [165, 0, 1, 'center'],
    datetime: [166, 0, 1, 'center'],
    hidden: [164, 0, 1, 'center'],
  };
  const xfs = STYLE_NAMES.map((n) => {
    const [numFmtId, fontId, borderId, h] = spec[n];
    const attrs = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="${borderId}" applyFont="${fontId ? 'true' : 'false'}" applyBorder="${borderId ? 'true' : 'false'}" applyAlignment="${h ? 'true' : 'false'}" applyProtection="false"`;
    return h ? `<xf ${attrs} xfId="0">${a(h)}</xf>` : `<xf ${attrs} xfId="0"><alignment horizontal="general" vertical="bottom" textRotation="0" wrapText="false" indent="0" shrinkToFit="false"/><protection locked="true" hidden="false"/></xf>`;
  });
  const xml =
    DECL +
    `<styleSheet xmlns="${NS.main}">` +
    `<numFmts count="${numFmts.length}">${numFmts.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code}"/>`).join('')}</numFmts>` +
    `<fonts count="6">${font('')}<font><sz val="10"/><name val="Arial"/><family val="0"/></font><font><sz val="10"/><name val="Arial"/><family val="0"/></font><font><sz val="10"/><name val="Arial"/><family val="0"/></font>${font('<b val="true"/>')}${font('<i val="true"/>')}</fonts>` +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="2"><border diagonalUp="false" diagonalDown="false"><left/><right/><top/><bottom/><diagonal/></border><border diagonalUp="false" diagonalDown="false"><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>' +
    '<cellStyleXfs count="2"><xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyFont="true" applyBorder="true" applyAlignment="true" applyProtection="true"><alignment horizontal="general" vertical="bottom" textRotation="0" wrapText="false" indent="0" shrinkToFit="false"/><protection locked="true" hidden="false"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="0" applyFont="true" applyBorder="false" applyAlignment="false" applyProtection="false"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Default" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>';
  return { xml, idx: Object.fromEntries(STYLE_NAMES.map((n, i) => [n, i])) };
}

/** Google Sheets' stylesheet: Arial 10, sizes like "10.0", attributes in alphabetical order. */
function googleStyles() {
  const font = (inner) => `<font>${inner}<sz val="10.0"/><color rgb="FF000000"/><name val="Arial"/><scheme val="minor"/></font>`;
  const box = '<border><left style="thin"><color rgb="FF000000"/></left><right style="thin"><color rgb="FF000000"/></right><top style="thin"><color rgb="FF000000"/></top><bottom style="thin"><color rgb="FF000000"/></bottom></border>';
  const spec = {
    default: [0, 0, ''],
    title: [1, 0, '<alignment horizontal="center" vertical="center"/>'],
    header: [1, 1, '<alignment horizontal="center" vertical="center" wrapText="1"/>'],
    body: [0, 1, '<alignment vertical="center" wrapText="1"/>'],
    center: [0, 1, '<alignment horizontal="center" vertical="center"/>'],
    place: [2, 0, '<alignment horizontal="center"/>'],
    date14: [0, 1, ''],
    dateDMY: [0, 1, ''],
    datetime: [0, 1, ''],
    hidden: [0, 1, ''],
  };
  const xfs = STYLE_NAMES.map((n) => {
    const [fontId, borderId, align] = spec[n];
    const attrs = `borderId="${borderId}" fillId="0" fontId="${fontId}" numFmtId="0" xfId="0"${align ? ' applyAlignment="1"' : ''}${borderId ? ' applyBorder="1"' : ''} applyFont="1"`;
    return align ? `<xf ${attrs}>${align}</xf>` : `<xf ${attrs}/>`;
  });
  const xml =
    DECL +
    `<styleSheet xmlns="${NS.main}" xmlns:x14ac="${NS.x14ac}" xmlns:mc="${NS.mc}">` +
    `<fonts count="3">${font('')}${font('<b/>')}${font('<i/>')}</fonts>` +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="lightGray"/></fill></fills>' +
    `<borders count="2"><border/>${box}</borders>` +
    '<cellStyleXfs count="1"><xf borderId="0" fillId="0" fontId="0" numFmtId="0" applyAlignment="1" applyFont="1"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
    '<cellStyles count="1"><cellStyle xfId="0" name="Normal" builtinId="0"/></cellStyles>' +
    '<dxfs count="0"/>' +
    '</styleSheet>';
  return { xml, idx: Object.fromEntries(STYLE_NAMES.map((n, i) => [n, i])) };
}

// ---------------------------------------------------------------------------------------------------------------
// Worksheets.

/**
 * The XML of one worksheet. sheet: { rows, merges, widths, ...options }. ctx: { sst (or null: inline strings), idx,
 * date1904 }. Options (on the sheet, all optional):
 *   root: the opening tag's attributes after xmlns/xmlns:r; head: what precedes <sheetData> (default: dimension,
 *   sheetViews, sheetFormatPr, cols); rowR(r) / cellR(r, c): whether to write `r` (positional rows and cells otherwise,
 *   with `<row/>` and `<c/>` filling gaps); rowAttrs(r, cells); numberT (t="n" on numbers);
 *   beforeMerges, afterMerges, pageMargins, tail: the elements around <mergeCells> in schema order.
 */
function worksheetXml(sheet, ctx) {
  const rows = sheet.rows;
  const rowR = sheet.rowR ?? (() => true);
  const cellR = sheet.cellR ?? (() => true);
  let minC = Infinity;
  let maxC = 0;
  let maxR = 0;
  rows.forEach((cells, i) => {
    (cells ?? []).forEach((cell, j) => {
      if (!cell) return;
      minC = Math.min(minC, j + 1);
      maxC = Math.max(maxC, j + 1);
      maxR = i + 1;
    });
  });
  const dimension = maxR ? `A1:${ref(maxR, maxC)}` : 'A1';
  const cols = sheet.widths?.length
    ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
    : '';
  const head = sheet.head ?? `<dimension ref="${dimension}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="16.5"/>${cols}`;

  const out = [];
  let lastRow = 0;
  rows.forEach((cells, i) => {
    const r = i + 1;
    const present = (cells ?? []).map((c, j) => [c, j + 1]).filter(([c]) => c);
    const withR = rowR(r);
    if (!present.length && !sheet.emptyRows) return;
    if (!withR) for (let gap = lastRow + 1; gap < r; gap++) out.push('<row/>');
    const attrs = `${withR ? ` r="${r}"` : ''}${sheet.rowAttrs ? sheet.rowAttrs(r, present) : ''}`;
    let lastCol = 0;
    const cellsXml = present
      .map(([cell, c]) => {
        const withCellR = cellR(r, c);
        let fill = '';
        if (!withCellR) for (let gap = lastCol + 1; gap < c; gap++) fill += '<c/>';
        lastCol = c;
        return fill + cellXml(cell, withCellR ? ref(r, c) : null, ctx, sheet);
      })
      .join('');
    out.push(cellsXml ? `<row${attrs}>${cellsXml}</row>` : `<row${attrs}/>`);
    lastRow = r;
  });

  const merges = sheet.merges.length ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  const margins = sheet.pageMargins ?? '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  return (
    (sheet.decl ?? DECL) +
    `<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}"${sheet.root ?? ''}>` +
    head +
    `<sheetData>${out.join('')}</sheetData>` +
    (sheet.beforeMerges ?? '') +
    merges +
    (sheet.afterMerges ?? '') +
    margins +
    (sheet.tail ?? '') +
    '</worksheet>'
  );
}

function cellXml(cell, a1, ctx, sheet) {
  const r = a1 ? ` r="${a1}"` : '';
  const sIdx = cell.s ? ctx.idx[cell.s] : 0;
  if (sIdx === undefined) throw new Error(`no style ${cell.s}`);
  const s = sIdx ? ` s="${sIdx}"` : '';
  switch (cell.kind) {
    case 'text':
      if (!ctx.sst || cell.inline) return `<c${r}${s} t="inlineStr"><is>${tEl(cell.text)}</is></c>`;
      return `<c${r}${s} t="s"><v>${ctx.sst.text(cell.text)}</v></c>`;
    case 'num':
      return `<c${r}${s}${sheet.numberT ? ' t="n"' : ''}><v>${cell.n}</v></c>`;
    case 'bool':
      return `<c${r}${s} t="b"><v>${cell.b ? 1 : 0}</v></c>`;
    case 'date':
      return `<c${r}${s}${sheet.numberT ? ' t="n"' : ''}><v>${serialOf(cell.iso, ctx.date1904)}</v></c>`;
    case 'raw':
      return `<c${r}${s}${cell.t ? ` t="${cell.t}"` : ''}>${cell.inner(ctx)}</c>`;
    case 'blank':
      return `<c${r}${s}/>`;
    default:
      throw new Error(`unknown cell kind ${cell.kind}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Packages: the parts of one workbook as an ordered map of part name → string | bytes.

const relsXml = (rels) =>
  `${DECL}<Relationships xmlns="${NS.pkgRels}">${rels.map(([id, type, target, mode]) => `<Relationship Id="${id}" Type="${type}" Target="${esc(target)}"${mode ? ` TargetMode="${mode}"` : ''}/>`).join('')}</Relationships>`;

function contentTypesXml(overrides, defaults = []) {
  const d = [['rels', CT.rels], ['xml', CT.xml], ...defaults];
  return (
    `${DECL}<Types xmlns="${NS.ct}">` +
    d.map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`).join('') +
    overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('') +
    '</Types>'
  );
}

const coreXml = (creator = 'Ban Tuyên giáo - Nữ công') =>
  DECL +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  `<dc:creator>${esc(creator)}</dc:creator><cp:lastModifiedBy>${esc(creator)}</cp:lastModifiedBy>` +
  '<dcterms:created xsi:type="dcterms:W3CDTF">2021-07-09T02:15:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2021-07-10T01:00:00Z</dcterms:modified>' +
  '</cp:coreProperties>';

const appXml = (application = 'Microsoft Excel', version = '16.0300') =>
  DECL +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
  `<Application>${esc(application)}</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><AppVersion>${version}</AppVersion>` +
  '</Properties>';

/**
 * The parts of a workbook. spec:
 *   sheets: [{ name, state?, ...worksheet options } | { name, state?, chart: { xml, rels } }]
 *   styles: { xml, idx }; inline: true for inline strings (no sharedStrings part); date1904: 'true' | '1' | undefined
 *   workbook: { path, head (before <sheets>), tail (after </sheets>), root (extra attributes) }
 *   parts: more [name, content, contentType?]; workbookRels: more [id, type, target]
 *   docProps: false to leave out docProps/core.xml and app.xml; application: for app.xml
 * Returns { parts: Map, sheets } where sheets carry their rows for the expected values.
 */
function workbookParts(spec) {
  const parts = new Map();
  const overrides = [];
  const sst = spec.inline ? null : new SharedStrings();
  const date1904 = spec.date1904 === 'true' || spec.date1904 === '1';
  const ctx = { sst, idx: spec.styles.idx, date1904 };
  const wbPath = spec.workbook?.path ?? 'xl/workbook.xml';
  const wbDir = wbPath.slice(0, wbPath.lastIndexOf('/') + 1);
  const wbRels = [];
  const sheetEntries = [];
  let nSheet = 0;
  let nChart = 0;

  spec.sheets.forEach((sheet, i) => {
    const rid = `rId${i + 1}`;
    if (sheet.chart) {
      nChart++;
      const path = `xl/chartsheets/sheet${nChart}.xml`;
      parts.set(path, sheet.chart.xml);
      if (sheet.chart.rels) parts.set(`xl/chartsheets/_rels/sheet${nChart}.xml.rels`, relsXml(sheet.chart.rels));
      overrides.push([`/${path}`, CT.chartsheet]);
      wbRels.push([rid, REL.chartsheet, `chartsheets/sheet${nChart}.xml`]);
    } else {
      nSheet++;
      const path = sheet.path ?? `xl/worksheets/sheet${nSheet}.xml`;
      const target = sheet.target ?? path.slice(wbDir.length);
      parts.set(path, worksheetXml(sheet, ctx));
      if (sheet.rels?.length) parts.set(path.replace(/([^/]+)$/, '_rels/$1.rels'), relsXml(sheet.rels));
      overrides.push([`/${path}`, CT.worksheet]);
      wbRels.push([rid, REL.worksheet, target]);
    }
    sheetEntries.push(`<sheet name="${esc(sheet.name)}" sheetId="${i + 1}"${sheet.state && sheet.state !== 'visible' ? ` state="${sheet.state}"` : ''} r:id="${rid}"/>`);
  });

  const n = spec.sheets.length;
  const stylesPath = spec.stylesPath ?? `${wbDir}styles.xml`;
  wbRels.push([`rId${n + 1}`, REL.styles, spec.stylesTarget ?? stylesPath.slice(wbDir.length)]);
  parts.set(stylesPath, spec.styles.xml);
  overrides.push([`/${stylesPath}`, CT.styles]);
  if (sst) {
    const sstPath = spec.sstPath ?? `${wbDir}sharedStrings.xml`;
    wbRels.push([`rId${n + 2}`, REL.sst, spec.sstTarget ?? sstPath.slice(wbDir.length)]);
    parts.set(sstPath, sst.xml());
    overrides.push([`/${sstPath}`, CT.sst]);
  }
  wbRels.push(...(spec.workbookRels ?? []));

  const wb = spec.workbook ?? {};
  const pr = spec.date1904 ? ` date1904="${spec.date1904}"` : '';
  parts.set(
    wbPath,
    DECL +
      `<workbook xmlns="${NS.main}" xmlns:r="${NS.r}"${wb.root ?? ''}>` +
      (wb.head ?? `<workbookPr${pr} defaultThemeVersion="166925"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>`) +
      `<sheets>${sheetEntries.join('')}</sheets>` +
      (wb.tail ?? '<calcPr calcId="191029"/>') +
      '</workbook>',
  );
  overrides.unshift([`/${wbPath}`, CT.workbook]);
  parts.set(`${wbDir}_rels/${wbPath.slice(wbDir.length)}.rels`, relsXml(wbRels));

  const pkgRels = [['rId1', REL.officeDocument, wbPath]];
  if (spec.docProps !== false) {
    parts.set('docProps/core.xml', coreXml());
    parts.set('docProps/app.xml', appXml(spec.application));
    overrides.push(['/docProps/core.xml', CT.core], ['/docProps/app.xml', CT.app]);
    pkgRels.push(['rId2', REL.core, 'docProps/core.xml'], ['rId3', REL.app, 'docProps/app.xml']);
  }
  for (const [name, content, type] of spec.parts ?? []) {
    parts.set(name, content);
    if (type) overrides.push([`/${name}`, type]);
  }
  pkgRels.push(...(spec.packageRels ?? []));
  parts.set('_rels/.rels', relsXml(pkgRels));

  const ordered = new Map([['[Content_Types].xml', contentTypesXml(overrides, spec.defaults ?? [])], ...parts]);
  return { parts: ordered, sheets: spec.sheets };
}

// ---------------------------------------------------------------------------------------------------------------
// Expected values, from the same sheets that wrote the file.

function expectedSheet(sheet) {
  const grid = sheet.rows.map((cells) => (cells ?? []).map(valueOf));
  const merges = sheet.merges.map(parseRange);
  for (const m of merges)
    for (let r = m.r1; r <= m.r2; r++)
      for (let c = m.c1; c <= m.c2; c++) if ((r !== m.r1 || c !== m.c1) && grid[r - 1]?.[c - 1] !== undefined) grid[r - 1][c - 1] = null;
  const trimmed = grid.map((row) => {
    let end = row.length;
    while (end > 0 && (row[end - 1] === null || row[end - 1] === undefined)) end--;
    return Array.from({ length: end }, (_, c) => row[c] ?? null);
  });
  let lastRow = trimmed.length;
  while (lastRow > 0 && trimmed[lastRow - 1].length === 0) lastRow--;
  const values = trimmed.slice(0, lastRow);
  const lastCol = Math.max(0, ...values.map((r) => r.length));
  const clipped = merges
    .map((m) => ({ r1: m.r1, c1: m.c1, r2: Math.min(m.r2, lastRow), c2: Math.min(m.c2, lastCol) }))
    .filter((m) => m.r1 <= m.r2 && m.c1 <= m.c2)
    .map(rangeRef);
  return { name: sheet.name, hidden: (sheet.state ?? 'visible') !== 'visible', values, merges: clipped };
}

const expectedOf = (sheets) => ({ sheets: sheets.filter((s) => !s.chart).map(expectedSheet) });

// ---------------------------------------------------------------------------------------------------------------
// ZIP. Ordinary packages go through fflate's zipSync; odd ZIP features through writeZip below.

const bytesOf = (content) => (typeof content === 'string' ? strToU8(content) : content);

function zipParts(parts) {
  const files = {};
  for (const [name, content] of parts) files[name] = [bytesOf(content), { mtime: FIXED_MTIME }];
  return zipSync(files, { level: 6, mtime: FIXED_MTIME });
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

class Bytes {
  chunks = [];
  length = 0;
  push(u8) {
    this.chunks.push(u8);
    this.length += u8.length;
  }
  fields(spec) {
    // spec: [[size in bytes (2, 4 or 8), value], ...], little-endian
    const size = spec.reduce((n, [w]) => n + w, 0);
    const dv = new DataView(new ArrayBuffer(size));
    let p = 0;
    for (const [w, v] of spec) {
      if (w === 2) dv.setUint16(p, v, true);
      else if (w === 4) dv.setUint32(p, v >>> 0, true);
      else dv.setBigUint64(p, BigInt(v), true);
      p += w;
    }
    this.push(new Uint8Array(dv.buffer));
  }
  concat() {
    const out = new Uint8Array(this.length);
    let p = 0;
    for (const c of this.chunks) {
      out.set(c, p);
      p += c.length;
    }
    return out;
  }
}

/**
 * A ZIP file written field by field. entries: [{ name, data, method (8 deflate | 0 stored), compressed (raw deflate
 * given as is), size (declared uncompressed size), crc }]. opts: descriptor (general purpose bit 3: zeros in the local
 * header, a signed data descriptor after the data), zip64 (ZIP64 extra fields everywhere, a ZIP64 end record and locator,
 * and an end record of all ones).
 */
function writeZip(entries, { descriptor = false, zip64 = false } = {}) {
  const out = new Bytes();
  const central = [];
  for (const e of entries) {
    const name = strToU8(e.name);
    const method = e.method ?? 8;
    const data = e.data ? bytesOf(e.data) : null;
    const comp = e.compressed ?? (method === 8 ? deflateSync(data, { level: 9 }) : data);
    const size = e.size ?? data.length;
    const crc = e.crc ?? crc32(data);
    const flags = (descriptor ? 0x8 : 0) | (/[^\x00-\x7f]/.test(e.name) ? 0x800 : 0);
    const version = zip64 ? 45 : 20;
    const offset = out.length;
    const localExtra = zip64 ? zip64Extra([size, comp.length]) : new Uint8Array(0);
    out.fields([
      [4, 0x04034b50],
      [2, version],
      [2, flags],
      [2, method],
      [2, DOS_TIME],
      [2, DOS_DATE],
      [4, descriptor ? 0 : crc],
      [4, descriptor ? 0 : zip64 ? 0xffffffff : comp.length],
      [4, descriptor ? 0 : zip64 ? 0xffffffff : size],
      [2, name.length],
      [2, localExtra.length],
    ]);
    out.push(name);
    out.push(localExtra);
    out.push(comp);
    if (descriptor) out.fields([[4, 0x08074b50], [4, crc], [4, comp.length], [4, size]]);
    central.push({ name, method, comp: comp.length, size, crc, flags, version, offset });
  }
  const cdStart = out.length;
  for (const c of central) {
    const extra = zip64 ? zip64Extra([c.size, c.comp, c.offset]) : new Uint8Array(0);
    const big = (v) => (zip64 ? 0xffffffff : v);
    out.fields([
      [4, 0x02014b50],
      [2, c.version],
      [2, c.version],
      [2, c.flags],
      [2, c.method],
      [2, DOS_TIME],
      [2, DOS_DATE],
      [4, c.crc],
      [4, big(c.comp)],
      [4, big(c.size)],
      [2, c.name.length],
      [2, extra.length],
      [2, 0],
      [2, 0],
      [2, 0],
      [4, 0],
      [4, big(c.offset)],
    ]);
    out.push(c.name);
    out.push(extra);
  }
  const cdSize = out.length - cdStart;
  if (zip64) {
    const eocd64 = out.length;
    out.fields([[4, 0x06064b50], [8, 44], [2, 45], [2, 45], [4, 0], [4, 0], [8, central.length], [8, central.length], [8, cdSize], [8, cdStart]]);
    out.fields([[4, 0x07064b50], [4, 0], [8, eocd64], [4, 1]]);
    out.fields([[4, 0x06054b50], [2, 0], [2, 0], [2, 0xffff], [2, 0xffff], [4, 0xffffffff], [4, 0xffffffff], [2, 0]]);
  } else {
    out.fields([[4, 0x06054b50], [2, 0], [2, 0], [2, central.length], [2, central.length], [4, cdSize], [4, cdStart], [2, 0]]);
  }
  return out.concat();
}

function zip64Extra(values) {
  const b = new Bytes();
  b.fields([[2, 0x0001], [2, values.length * 8], ...values.map((v) => [8, v])]);
  return b.concat();
}

const entriesOf = (parts, nameOf = (n) => n) => [...parts].map(([name, data]) => ({ name: nameOf(name), data }));

// ---------------------------------------------------------------------------------------------------------------
// The corpus.

const corpus = {};
/** Registers a corpus file: its bytes and the sheets (with rows and merges) that wrote it. */
function add(file, bytes, sheets) {
  corpus[file] = { bytes, expected: expectedOf(sheets) };
}
function sortMerges(merges) {
  return [...merges].sort((a, b) => {
    const x = parseRange(a);
    const y = parseRange(b);
    return x.r1 - y.r1 || x.c1 - y.c1;
  });
}
/** Builds the parts, sorting each sheet's merges first so the file lists them in the order expected.json does. */
function build(spec) {
  for (const s of spec.sheets) if (!s.chart) s.merges = sortMerges(s.merges);
  return workbookParts(spec);
}

// excel-365-dydescent: the baseline Excel 365 file, with everything Excel 2010+ adds around the data.
{
  const list = registrationList({ unit: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN MÔ', place: 'Yên Mô', models: models(0, 1, 2) });
  const sheet = {
    name: 'Danh sách',
    ...list,
    root: ` xmlns:mc="${NS.mc}" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="${NS.x14ac}" xmlns:xr="${NS.xr}" xmlns:xr2="${NS.xr2}" xmlns:xr3="${NS.xr3}" xr:uid="{6F1C2B0A-3D4E-4A5B-9C8D-7E6F5A4B3C2D}"`,
    head:
      '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:H14"/><sheetViews><sheetView tabSelected="1" zoomScale="85" zoomScaleNormal="85" workbookViewId="0"><selection activeCell="C9" sqref="C9"/></sheetView></sheetViews>' +
      `<sheetFormatPr defaultRowHeight="16.5" x14ac:dyDescent="0.25"/><cols>${list.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`,
    rowAttrs: (r, cells) => ` spans="${cells[0][1]}:${cells.at(-1)[1]}"${r >= 7 && r <= 9 ? ' ht="33" customHeight="1"' : ''} x14ac:dyDescent="0.25"`,
    pageMargins: '<pageMargins left="0.7" right="0.45" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/>',
  };
  const { parts, sheets } = build({
    sheets: [sheet],
    styles: excelStyles({ excel365: true }),
    workbook: {
      root: ` xmlns:mc="${NS.mc}" mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="${NS.xr}" xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" xmlns:xr2="${NS.xr2}"`,
      head:
        '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr defaultThemeVersion="166925"/>' +
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x15"><x15ac:absPath url="D:\\Dan van kheo\\2021\\" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent>' +
        '<xr:revisionPtr revIDLastSave="0" documentId="13_ncr:1_{8B2A3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5D}" xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}"/>' +
        '<bookViews><workbookView xWindow="-110" yWindow="-110" windowWidth="19420" windowHeight="10300" xr2:uid="{2A3B4C5D-6E7F-4801-9A2B-3C4D5E6F7A8B}"/></bookViews>',
      tail: `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'Danh sách'!$5:$6</definedName></definedNames><calcPr calcId="191029"/><extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst>`,
    },
  });
  add('excel-365-dydescent.xlsx', zipParts(parts), sheets);
}

// tien-to-x-openxml-sdk: every SpreadsheetML element prefixed x:, the relationships namespace bound to rel:, ids R….
{
  const list = registrationList({ unit: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN HOA LƯ', place: 'Hoa Lư', day: '09 tháng 7 năm 2021', models: models(3, 4, 5, 6) });
  // Portals built on the SDK often write text as t="str" (CellValues.String) without a formula, numbers with t="n".
  const str = (v, s = 'body') => raw('str', `<v>${esc(v)}</v>`, v, s);
  list.rows[6][1] = str(MODELS[3][0]);
  list.rows[7][2] = str(MODELS[4][1]);
  list.rows[8][1] = text(MODELS[5][0], 'body', { inline: true });
  const sheet = { name: 'Sheet1', ...list, numberT: true, decl: '<?xml version="1.0" encoding="utf-8"?>' };
  const ids = ['R6c2e0d1f9a8b4c3d', 'R0f3a9b2c7d6e4f51', 'R8d7c6b5a4f3e2d1c'];
  const { parts, sheets } = build({ sheets: [sheet], styles: excelStyles(), docProps: false, workbook: { head: '<workbookPr/>', tail: '' } });
  const x = (xml) =>
    prefixElements(xml, 'x')
      .replace(`xmlns:r="${NS.r}"`, `xmlns:rel="${NS.r}"`)
      .replace(/\br:id="rId(\d)"/g, (_, n) => `rel:id="${ids[n - 1]}"`);
  for (const name of ['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/styles.xml']) parts.set(name, x(parts.get(name)));
  parts.set('xl/_rels/workbook.xml.rels', parts.get('xl/_rels/workbook.xml.rels').replace(/Id="rId(\d)"/g, (_, n) => `Id="${ids[n - 1]}"`));
  add('tien-to-x-openxml-sdk.xlsx', zipParts(parts), sheets);
}

// tien-to-ns0-elementtree: a package whose parts were rewritten by Python's ElementTree (ns0:, no declaration).
{
  const list = registrationList({ unit: 'CÔNG ĐOÀN NGÀNH CÔNG THƯƠNG', place: 'Ninh Bình', day: '12 tháng 7 năm 2021', models: models(10, 11) });
  const { parts, sheets } = build({ sheets: [{ name: 'DS', ...list }], styles: excelStyles(), docProps: false });
  for (const [name, content] of parts) {
    if (typeof content !== 'string' || name.startsWith('docProps')) continue;
    let xml = content.replace(DECL, '');
    if (name.endsWith('.rels') || name === '[Content_Types].xml') xml = prefixElements(xml, 'ns0');
    else xml = prefixElements(xml, 'ns0').replace(`xmlns:r="${NS.r}"`, `xmlns:ns1="${NS.r}"`).replace(/\br:id=/g, 'ns1:id=');
    parts.set(name, xml);
  }
  add('tien-to-ns0-elementtree.xlsx', zipParts(parts), sheets);
}

// wps-tien-to-x: WPS Spreadsheets with x: prefixes, its custom properties and the cell-image part.
{
  const imageId = 'ID_5B0D5C0F2E8D4C7B9A4E3F6A1B2C3D4E';
  const list = registrationList({
    unit: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN KIM SƠN',
    place: 'Kim Sơn',
    day: '08 tháng 7 năm 2021',
    models: models(12, 13, 15),
    extra: [
      {
        header: 'Hình ảnh',
        width: 14,
        cell: (m, i) => (i === 0 ? raw('str', `<f>_xlfn.DISPIMG("${imageId}",1)</f><v>=DISPIMG("${imageId}",1)</v>`, `=DISPIMG("${imageId}",1)`) : null),
      },
    ],
  });
  const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
  const cellImages =
    DECL +
    `<etc:cellImages xmlns:xdr="${NS.xdr}" xmlns:r="${NS.r}" xmlns:a="${NS.a}" xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData">` +
    `<etc:cellImage><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="${imageId}" descr="mo-hinh-lang-nghe"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
    '<xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="714375"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic></etc:cellImage>' +
    '</etc:cellImages>';
  const custom =
    DECL +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="ICV"><vt:lpwstr>8A1B6C0D2E3F4A5B9C7D1E2F3A4B5C6D</vt:lpwstr></property>' +
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="KSOProductBuildVer"><vt:lpwstr>1066-11.2.0.11440</vt:lpwstr></property>' +
    '</Properties>';
  const { parts, sheets } = build({
    sheets: [{ name: 'Sheet1', ...list }],
    styles: excelStyles(),
    application: 'WPS Spreadsheets',
    workbookRels: [['rId4', REL.wpsCellImage, 'cellimages.xml']],
    parts: [
      ['xl/cellimages.xml', cellImages, CT.wpsCellImage],
      ['xl/_rels/cellimages.xml.rels', relsXml([['rId1', REL.image, 'media/image1.png']])],
      ['xl/media/image1.png', png],
      ['docProps/custom.xml', custom, CT.custom],
    ],
    packageRels: [['rId4', REL.custom, 'docProps/custom.xml']],
    defaults: [['png', 'image/png']],
    workbook: { head: '<workbookPr/><bookViews><workbookView windowWidth="28800" windowHeight="12540"/></bookViews>', tail: '<calcPr calcId="191029"/>' },
  });
  for (const name of ['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/styles.xml']) parts.set(name, prefixElements(parts.get(name), 'x'));
  add('wps-tien-to-x.xlsx', zipParts(parts), sheets);
}

// google-sheets-xuat: a Google Sheets export with checkbox booleans and styled empty cells down to row 1000.
{
  const list = registrationList({
    unit: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN GIA VIỄN',
    place: 'Gia Viễn',
    day: '11 tháng 7 năm 2021',
    models: models(8, 9, 14),
    mark: () => bool(true),
    unmarked: () => bool(false),
  });
  // Sheets writes the formatting of the whole grid: empty bordered cells below the list, to row 1000.
  for (let r = list.rows.length + 1; r <= 1000; r++) list.rows[r - 1] = [blank('body'), blank('body'), blank('body')];
  const sheet = {
    name: 'Trang tính1',
    ...list,
    root: ` xmlns:xdr="${NS.xdr}" xmlns:x14="${NS.x14}" xmlns:mc="${NS.mc}" xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"`,
    head: `<sheetPr><outlinePr summaryBelow="0" summaryRight="0"/></sheetPr><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr customHeight="1" defaultColWidth="12.63" defaultRowHeight="15.75"/><cols>${list.widths.map((w, i) => `<col customWidth="1" min="${i + 1}" max="${i + 1}" width="${w}"/>`).join('')}</cols>`,
    rowAttrs: (r) => (r <= 12 ? ' ht="30.0" customHeight="1"' : ''),
    afterMerges: `<dataValidations><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="D7:H9"><formula1>"TRUE,FALSE"</formula1></dataValidation></dataValidations>`,
    pageMargins: '',
    tail: '<drawing r:id="rId1"/>',
    rels: [['rId1', REL.drawing, '../drawings/drawing1.xml']],
  };
  const { parts, sheets } = build({
    sheets: [sheet],
    styles: googleStyles(),
    docProps: false,
    workbook: { head: '<workbookPr/>', tail: '<definedNames/><calcPr/>' },
    parts: [['xl/drawings/drawing1.xml', `${DECL}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}" xmlns:c="${NS.c}" xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex" xmlns:mc="${NS.mc}" xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:x3Unk="http://schemas.microsoft.com/office/drawing/2010/slicer" xmlns:sle15="http://schemas.microsoft.com/office/drawing/2012/slicer"/>`, CT.drawing]],
  });
  // Sheets writes state="visible" on every sheet.
  parts.set('xl/workbook.xml', parts.get('xl/workbook.xml').replace('<sheet name=', '<sheet state="visible" name='));
  add('google-sheets-xuat.xlsx', zipParts(parts), sheets);
}

/** LibreOffice's worksheet wrapping: sheetPr filterMode, its sheetView and sheetFormatPr, every row attribute spelled out. */
function libreSheet(list, name) {
  return {
    name,
    ...list,
    numberT: true,
    head:
      '<sheetPr filterMode="false"><pageSetUpPr fitToPage="false"/></sheetPr>' +
      `<dimension ref="A1:${letter(list.widths.length)}${list.rows.length}"/>` +
      '<sheetViews><sheetView showFormulas="false" showGridLines="true" showRowColHeaders="true" showZeros="true" rightToLeft="false" tabSelected="true" showOutlineSymbols="true" defaultGridColor="true" view="normal" topLeftCell="A1" colorId="64" zoomScale="100" zoomScaleNormal="100" zoomScalePageLayoutView="100" workbookViewId="0"><selection pane="topLeft" activeCell="A1" activeCellId="0" sqref="A1"/></sheetView></sheetViews>' +
      '<sheetFormatPr defaultColWidth="11.53515625" defaultRowHeight="12.8" zeroHeight="false" outlineLevelRow="0" outlineLevelCol="0"/>' +
      `<cols>${list.widths.map((w, i) => `<col collapsed="false" customWidth="true" hidden="false" outlineLevel="0" max="${i + 1}" min="${i + 1}" style="0" width="${w}"/>`).join('')}</cols>`,
    rowAttrs: (r) => ` s="0" customFormat="false" ht="${r <= 3 ? '17.35' : '16.4'}" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"`,
    pageMargins:
      '<printOptions headings="false" gridLines="false" gridLinesSet="true" horizontalCentered="false" verticalCentered="false"/><pageMargins left="0.7875" right="0.7875" top="1.05277777777778" bottom="1.05277777777778" header="0.7875" footer="0.7875"/><pageSetup paperSize="9" scale="100" fitToWidth="1" fitToHeight="1" pageOrder="downThenOver" orientation="landscape" blackAndWhite="false" draft="false" cellComments="none" horizontalDpi="300" verticalDpi="300" copies="1"/><headerFooter differentFirst="false" differentOddEven="false"><oddHeader>&amp;C&amp;&quot;Times New Roman,Regular&quot;&amp;12&amp;A</oddHeader><oddFooter>&amp;C&amp;&quot;Times New Roman,Regular&quot;&amp;12Page &amp;P</oddFooter></headerFooter>',
  };
}
const libreWorkbook = (date1904) => ({
  head: `<fileVersion appName="Calc"/><workbookPr backupFile="false" showObjects="all" date1904="${date1904}"/><workbookProtection/><bookViews><workbookView showHorizontalScroll="true" showVerticalScroll="true" showSheetTabs="true" xWindow="0" yWindow="0" windowWidth="16384" windowHeight="8192" tabRatio="500" firstSheet="0" activeTab="0"/></bookViews>`,
  tail: '<calcPr iterateCount="100" refMode="A1" iterate="false" iterateDelta="0.001"/><extLst><ext xmlns:loext="http://schemas.libreoffice.org/" uri="{7626C862-2A13-11E5-B345-FEFF819CDC9F}"><loext:extCalcPr stringRefSyntax="CalcA1"/></ext></extLst>',
});
const libreApp = appXml('LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2', '15.0000');

// libreoffice-calc: LibreOffice's own way of writing a list, with a value it kept under a merge.
{
  const list = registrationList({
    unit: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN NHO QUAN',
    place: 'Nho Quan',
    day: '07 tháng 7 năm 2021',
    models: models(7, 8, 9),
    stt: (i) => raw('n', `<f aca="false">ROW()-6</f><v>${i + 1}</v>`, i + 1),
    extra: [{ header: 'Ngày đăng ký', width: 13, cell: (m, i) => date(['2021-07-05', '2021-07-06', '2021-07-07'][i], 'dateDMY') }],
  });
  // LibreOffice keeps what was typed in cells it merged over (“keep the contents of hidden cells”): dropped by readers.
  put(list, 'G1', text('(bản sửa)', 'title'));
  const sheet = libreSheet(list, 'Sheet1');
  const { parts, sheets } = build({ sheets: [sheet], styles: libreStyles(), workbook: libreWorkbook('false'), docProps: false });
  parts.set('docProps/app.xml', libreApp);
  add('libreoffice-calc.xlsx', zipParts(parts), sheets);
}

// The date lists: registration dates under numFmt 14, start dates under a custom format, an update time with a time.
function datedList(unit, place, formats) {
  const list = registrationList({
    unit,
    place,
    models: models(1, 2, 3),
    extra: [
      { header: 'Ngày đăng ký', width: 13, cell: (m, i) => date(['2021-07-05', '2021-07-08', '2021-07-09'][i], 'date14') },
      { header: 'Bắt đầu thực hiện', width: 13, cell: (m, i) => date(['2021-08-01', '2021-09-05', '2022-01-01'][i], formats.custom) },
    ],
  });
  const r = list.rows.length + 2;
  put(list, `A${r}`, text('Cập nhật lúc:', 'default'));
  put(list, `C${r}`, date('2021-07-10T08:30:00', 'datetime'));
  return list;
}

// ngay-1904-libreoffice: date1904="true" as LibreOffice writes it.
{
  const list = datedList('LIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN KHÁNH', 'Yên Khánh', { custom: 'dateDMY' });
  const { parts, sheets } = build({ sheets: [libreSheet(list, 'Trang tính1')], styles: libreStyles(), workbook: libreWorkbook('true'), date1904: 'true', docProps: false });
  parts.set('docProps/app.xml', libreApp);
  add('ngay-1904-libreoffice.xlsx', zipParts(parts), sheets);
}

// ngay-1904-excel-mac: date1904="1" as Excel for Mac writes it.
{
  const list = datedList('LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ TAM ĐIỆP', 'Tam Điệp', { custom: 'dateDMY' });
  const { parts, sheets } = build({
    sheets: [{ name: 'Danh sách', ...list }],
    styles: excelStyles({ font: 'Times New Roman', size: 14 }),
    date1904: '1',
    workbook: { head: '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="10602"/><workbookPr date1904="1" defaultThemeVersion="166925"/><bookViews><workbookView xWindow="0" yWindow="500" windowWidth="28800" windowHeight="16440"/></bookViews>' },
    application: 'Microsoft Macintosh Excel',
  });
  add('ngay-1904-excel-mac.xlsx', zipParts(parts), sheets);
}

// ngay-iso-kieu-d: ISO dates stored as t="d".
{
  const dcell = (iso, s = 'date14') => raw('d', `<v>${iso}</v>`, dateOut(iso), s);
  const list = registrationList({
    unit: 'LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ NINH BÌNH',
    place: 'Ninh Bình',
    models: models(4, 5, 6),
    extra: [{ header: 'Ngày đăng ký', width: 13, cell: (m, i) => dcell(['2021-07-10', '2021-07-09', '2021-07-08'][i], i === 2 ? 'center' : 'date14') }],
  });
  const r = list.rows.length + 2;
  put(list, `A${r}`, text('Cập nhật lúc:', 'default'));
  put(list, `C${r}`, dcell('2021-07-10T08:30:00', 'datetime'));
  const { parts, sheets } = build({ sheets: [{ name: 'Danh sách', ...list }], styles: excelStyles() });
  add('ngay-iso-kieu-d.xlsx', zipParts(parts), sheets);
}

// dxfs-numfmt-trung-id: conditional-format styles reuse the ids of the cell number formats.
{
  const list = registrationList({
    unit: 'CÔNG ĐOÀN NGÀNH Y TẾ',
    place: 'Ninh Bình',
    day: '06 tháng 7 năm 2021',
    models: models(3, 8),
    extra: [
      { header: 'Bắt đầu thực hiện', width: 13, cell: (m, i) => date(['2015-02-27', '2019-10-15'][i], 'dateDMY') },
      { header: 'Số người tham gia', width: 12, cell: (m, i) => num([120, 45][i]) },
    ],
  });
  const dxfs =
    '<dxfs count="2"><dxf><numFmt numFmtId="164" formatCode="0.00"/><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>' +
    '<dxf><font><color rgb="FF9C0006"/></font><numFmt numFmtId="165" formatCode="#,##0"/></dxf></dxfs>';
  const sheet = {
    name: 'Danh sách',
    ...list,
    afterMerges:
      '<conditionalFormatting sqref="I7:I8"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>DATE(2016,1,1)</formula></cfRule></conditionalFormatting>' +
      '<conditionalFormatting sqref="J7:J8"><cfRule type="cellIs" dxfId="1" priority="2" operator="greaterThan"><formula>100</formula></cfRule></conditionalFormatting>',
  };
  const { parts, sheets } = build({ sheets: [sheet], styles: excelStyles({ dxfs }) });
  add('dxfs-numfmt-trung-id.xlsx', zipParts(parts), sheets);
}

// chuoi-dac-biet: every way a string is spelled in SpreadsheetML.
{
  const si = (inner, value, s = 'body') => raw('s', (ctx) => `<v>${ctx.sst.raw(inner)}</v>`, value, s);
  const list = registrationList({
    unit: 'CÔNG ĐOÀN VIÊN CHỨC TỈNH',
    place: 'Ninh Bình',
    day: '05 tháng 7 năm 2021',
    models: models(0, 1, 6, 10),
    // Unmarked cells reference the empty shared strings Excel and other writers leave: <si/> and <si><t/></si>.
    unmarked: (key, i) => si(i % 2 ? '' : '<t/>', null, 'center'),
    extra: [{ header: 'Ghi chú', width: 24, cell: () => null }],
  });
  // Rich text with a phonetic run and its properties (left out by readers).
  put(list, 'B7', si('<r><rPr><b/><sz val="13"/><rFont val="Times New Roman"/><family val="1"/></rPr><t xml:space="preserve">Công đoàn </t></r><r><rPr><sz val="13"/><rFont val="Times New Roman"/><family val="1"/></rPr><t xml:space="preserve">Trường THCS </t></r><r><rPr><i/><sz val="13"/><rFont val="Times New Roman"/><family val="1"/></rPr><t>Yên Thắng</t></r><rPh sb="0" eb="9"><t>コウドアン</t></rPh><phoneticPr fontId="3" type="noConversion"/>', 'Công đoàn Trường THCS Yên Thắng'));
  // Inline rich text with several runs and a phonetic run.
  put(list, 'C7', raw('inlineStr', '<is><r><t xml:space="preserve">Nhà trường – </t></r><r><rPr><b/></rPr><t xml:space="preserve">Công đoàn </t></r><r><t>chung tay xây dựng trường học hạnh phúc</t></r><rPh sb="0" eb="3"><t>ガッコウ</t></rPh></is>', MODELS[0][1], 'body'));
  // A line break typed with Alt+Enter in a text pasted from Word: CR LF, the CR escaped as _x000D_.
  put(list, 'C8', si('<t xml:space="preserve">Tổ tự quản an ninh trật tự_x000D_\nkhu dân cư số 3</t>', 'Tổ tự quản an ninh trật tự\nkhu dân cư số 3'));
  put(list, 'I8', si('<t>Mẫu số _x005F_x000D_ giữ nguyên; cột_x0009_phụ</t>', 'Mẫu số _x000D_ giữ nguyên; cột\tphụ'));
  // Leading and trailing spaces kept by xml:space="preserve".
  put(list, 'B9', si('<t xml:space="preserve">  Công đoàn cơ quan UBND huyện  </t>', '  Công đoàn cơ quan UBND huyện  '));
  // Entities and character references (hex and decimal).
  put(list, 'C9', si('<t>D&#226;n v&#x1EAD;n kh&#xE9;o trong c&#7843;i c&#xE1;ch th&#x1EE7; t&#x1EE5;c h&#xE0;nh ch&#xED;nh &amp; &quot;m&#x1ED9;t c&#x1EED;a&quot;</t>', 'Dân vận khéo trong cải cách thủ tục hành chính & "một cửa"'));
  // CDATA inside <t>.
  put(list, 'C10', si('<t><![CDATA[Hỗ trợ doanh nghiệp kê khai thuế điện tử <“không giấy tờ”> & nộp thuế 24/7]]></t>', 'Hỗ trợ doanh nghiệp kê khai thuế điện tử <“không giấy tờ”> & nộp thuế 24/7'));
  // A plain shared string carrying a phonetic run.
  put(list, 'I10', si('<t>Văn hóa</t><rPh sb="0" eb="3"><t>ブンカ</t></rPh><phoneticPr fontId="3" type="noConversion"/>', 'Văn hóa'));
  const { parts, sheets } = build({ sheets: [{ name: 'Danh sách', ...list }], styles: excelStyles() });
  add('chuoi-dac-biet.xlsx', zipParts(parts), sheets);
}

// khong-co-tham-chieu-r: rows and cells written by position, a few explicit references that jump ahead.
{
  const list = registrationList({ unit: 'CÔNG ĐOÀN CÁC KHU CÔNG NGHIỆP TỈNH', place: 'Ninh Bình', models: models(11, 12, 4) });
  const sheet = {
    name: 'Danh sách',
    ...list,
    // The blank row 4 is written as <row/>; the blank row 10 is not written and the place line carries r="11", its only
    // cell r="E11"; the signature rows after it are positional again (<c/> fill A–D).
    rowR: (r) => r === 11,
    cellR: (r, c) => r === 11 && c === 5,
  };
  const { parts, sheets } = build({ sheets: [sheet], styles: excelStyles() });
  add('khong-co-tham-chieu-r.xlsx', zipParts(parts), sheets);
}

// ten-phan-khac-chu-hoa: part names whose case differs between the ZIP, the relationships and [Content_Types].xml.
{
  const list = registrationList({ unit: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN MÔ', place: 'Yên Mô', day: '13 tháng 7 năm 2021', models: models(13, 14) });
  const { parts, sheets } = build({ sheets: [{ name: 'Danh sách', ...list }], styles: excelStyles() });
  const renamed = new Map();
  const entryName = { 'xl/sharedStrings.xml': 'xl/SharedStrings.xml', 'xl/styles.xml': 'xl/Styles.xml', 'xl/worksheets/sheet1.xml': 'xl/worksheets/Sheet1.xml' };
  for (const [name, content] of parts) renamed.set(entryName[name] ?? name, content);
  renamed.set(
    '[Content_Types].xml',
    parts
      .get('[Content_Types].xml')
      .replace('/xl/worksheets/sheet1.xml', '/xl/Worksheets/SHEET1.xml')
      .replace('/xl/sharedStrings.xml', '/XL/sharedstrings.xml')
      .replace('/xl/styles.xml', '/xl/STYLES.XML'),
  );
  add('ten-phan-khac-chu-hoa.xlsx', zipParts(renamed), sheets);
}

// duong-dan-phan-la: parts found only through relationships, at names no reader should assume.
{
  const list = registrationList({ unit: 'CÔNG ĐOÀN NGÀNH GIÁO DỤC', place: 'Ninh Bình', day: '14 tháng 7 năm 2021', models: models(0, 7, 14) });
  const notes = { name: 'Ghi chú', rows: [[text('Ghi chú', 'default')], [text('Danh sách gửi kèm Công văn số 45/CĐN ngày 14/7/2021.', 'default')]], merges: [], widths: [80] };
  const { parts, sheets } = build({
    workbook: { path: 'xl/book.xml' },
    sheets: [
      { name: 'Danh sách', ...list, path: 'xl/worksheets/sheetBob.xml', target: '/xl/worksheets/sheetBob.xml' },
      { ...notes, path: 'xl/ws/data.xml' },
    ],
    styles: excelStyles(),
    sstPath: 'xl/strings.xml',
    stylesTarget: './styles.xml',
  });
  add('duong-dan-phan-la.xlsx', zipParts(parts), sheets);
}

// utf16-le-bom: the sheet and the shared strings in UTF-16 LE with a byte-order mark.
{
  const list = registrationList({ unit: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN GIA VIỄN', place: 'Gia Viễn', day: '15 tháng 7 năm 2021', models: models(9, 10, 11) });
  const { parts, sheets } = build({ sheets: [{ name: 'Danh sách', ...list }], styles: excelStyles() });
  const utf16 = (xml) => {
    const body = Buffer.from(xml.replace('encoding="UTF-8"', 'encoding="UTF-16"'), 'utf16le');
    return Uint8Array.from(Buffer.concat([Buffer.from([0xff, 0xfe]), body]));
  };
  for (const name of ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml']) parts.set(name, utf16(parts.get(name)));
  add('utf16-le-bom.xlsx', zipParts(parts), sheets);
}

// sheet-an-va-bieu-do: a title-only sheet, the list, a chart sheet, a hidden list sheet and a veryHidden config sheet.
{
  const list = registrationList({ unit: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN HOA LƯ', place: 'Hoa Lư', day: '16 tháng 7 năm 2021', models: models(5, 6, 7) });
  const guide = {
    name: 'Hướng dẫn',
    rows: [[text('HƯỚNG DẪN ĐIỀN DANH SÁCH ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”', 'default')], [text('Đánh dấu “x” vào cột phù hợp; không sửa tiêu đề cột.', 'default')]],
    merges: [],
    widths: [90],
  };
  const dm = { name: 'DM', state: 'hidden', rows: [[text('VH-XH', 'default'), num(2, 'default')], [text('ANQP', 'default'), num(1, 'default')], [text('XD HTCT', 'default'), num(0, 'default')]], merges: [] };
  const config = { name: 'Cấu hình', state: 'veryHidden', rows: [[text('Phiên bản mẫu', 'default'), text('2021.1', 'default')], [text('Đơn vị', 'default'), text('LĐLĐ huyện Hoa Lư', 'default')]], merges: [] };
  const chart = {
    name: 'Biểu đồ',
    chart: {
      xml: `${DECL}<chartsheet xmlns="${NS.main}" xmlns:r="${NS.r}"><sheetPr/><sheetViews><sheetView zoomScale="100" workbookViewId="0" zoomToFit="1"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>`,
      rels: [['rId1', REL.drawing, '../drawings/drawing1.xml']],
    },
  };
  const drawing =
    `${DECL}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"><xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="9294091" cy="6003636"/>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Biểu đồ 1"/><xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>`;
  const pt = (vals) => vals.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('');
  const chartXml =
    `${DECL}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>` +
    '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>Số mô hình</c:v></c:tx>' +
    `<c:cat><c:strRef><c:f>DM!$A$1:$A$3</c:f><c:strCache><c:ptCount val="3"/>${pt(['VH-XH', 'ANQP', 'XD HTCT'])}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>DM!$B$1:$B$3</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="3"/>${pt([2, 1, 0])}</c:numCache></c:numRef></c:val></c:ser>` +
    '<c:gapWidth val="150"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>' +
    '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>' +
    '<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>';
  const { parts, sheets } = build({
    sheets: [guide, { name: 'Danh sách', ...list }, chart, dm, config],
    styles: excelStyles(),
    parts: [
      ['xl/drawings/drawing1.xml', drawing, CT.drawing],
      ['xl/drawings/_rels/drawing1.xml.rels', relsXml([['rId1', REL.chart, '../charts/chart1.xml']])],
      ['xl/charts/chart1.xml', chartXml, CT.chart],
    ],
    workbook: { head: '<workbookPr defaultThemeVersion="166925"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" activeTab="1"/></bookViews>' },
  });
  add('sheet-an-va-bieu-do.xlsx', zipParts(parts), sheets);
}

// kiem-tra-du-lieu-ca-cot: drop-downs over whole columns, both the classic and the x14 extLst form.
{
  const list = registrationList({ unit: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN KIM SƠN', place: 'Kim Sơn', day: '09 tháng 7 năm 2021', models: models(12, 15, 2) });
  const lists = { name: 'DS_chon', state: 'hidden', rows: [[text('x', 'default')], [text('X', 'default')]], merges: [] };
  const sheet = {
    name: 'Danh sách',
    ...list,
    root: ` xmlns:mc="${NS.mc}" mc:Ignorable="x14ac" xmlns:x14ac="${NS.x14ac}"`,
    afterMerges:
      '<dataValidations count="3">' +
      '<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" promptTitle="Loại đăng ký" prompt="Đánh dấu x" sqref="D:D E:E"><formula1>"x"</formula1></dataValidation>' +
      '<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="F1:F1048576"><formula1>"x,X"</formula1></dataValidation>' +
      '<dataValidation type="textLength" operator="lessThanOrEqual" allowBlank="1" showErrorMessage="1" errorTitle="Quá dài" error="Tên mô hình không quá 255 ký tự" sqref="C7:C1048576"><formula1>255</formula1></dataValidation>' +
      '</dataValidations>',
    tail:
      `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${NS.x14}"><x14:dataValidations count="1" xmlns:xm="${NS.xm}">` +
      '<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>DS_chon!$A$1:$A$2</xm:f></x14:formula1><xm:sqref>G:H</xm:sqref></x14:dataValidation>' +
      '</x14:dataValidations></ext></extLst>',
  };
  const { parts, sheets } = build({ sheets: [sheet, lists], styles: excelStyles() });
  add('kiem-tra-du-lieu-ca-cot.xlsx', zipParts(parts), sheets);
}

// bang-table-cot-tinh-toan: the list as an Excel table with a calculated column; a tracking sheet with a sheet autoFilter.
{
  const count = (i, n) => raw(null, `<f>COUNTIF(Bang_DangKy[[#This Row],[VH-XH]:[XD HTCT]],"x")</f><v>${n}</v>`, n);
  const rows = [
    [text('LIÊN ĐOÀN LAO ĐỘNG HUYỆN KIM SƠN', 'title')],
    [text('DANH SÁCH', 'title')],
    [text(SUBJECT, 'title')],
    [],
    [blank('header'), blank('header'), blank('header'), blank('header'), blank('header'), text('Lĩnh vực', 'header'), blank('header'), blank('header'), blank('header')],
    ['STT', 'Tên tập thể hoặc cá nhân', 'Tên mô hình', 'Tiếp tục đăng ký', 'Đăng ký xây dựng mới', 'VH-XH', 'ANQP', 'XD HTCT', 'Số lĩnh vực'].map((h) => text(h, 'header')),
  ];
  models(13, 0, 9, 6).forEach(([name, model, reg, field], i) => {
    const x = (on) => (on ? text('x', 'center') : null);
    rows.push([num(i + 1), text(name), text(model), x(reg === 'cont'), x(reg === 'new'), x(field === 'vh'), x(field === 'an'), x(field === 'xd'), count(i, 1)]);
  });
  rows.push([], [null, null, null, null, null, text('Kim Sơn, ngày 12 tháng 7 năm 2021', 'place')]);
  const merges = ['A1:I1', 'A2:I2', 'A3:I3', 'F5:H5', 'F12:I12'];
  const table =
    `${DECL}<table xmlns="${NS.main}" id="1" name="Bang_DangKy" displayName="Bang_DangKy" ref="A6:I10" totalsRowShown="0"><autoFilter ref="A6:I10"/><tableColumns count="9">` +
    ['STT', 'Tên tập thể hoặc cá nhân', 'Tên mô hình', 'Tiếp tục đăng ký', 'Đăng ký xây dựng mới', 'VH-XH', 'ANQP', 'XD HTCT'].map((h, i) => `<tableColumn id="${i + 1}" name="${h}"/>`).join('') +
    '<tableColumn id="9" name="Số lĩnh vực"><calculatedColumnFormula>COUNTIF(Bang_DangKy[[#This Row],[VH-XH]:[XD HTCT]],"x")</calculatedColumnFormula></tableColumn>' +
    '</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>';
  const list = { name: 'Danh sách', rows, merges, widths: [...WIDTHS, 11], tail: '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>', rels: [['rId1', REL.table, '../tables/table1.xml']] };

  // The officer's tracking sheet, filtered to “Đã duyệt”: rows 3 and 5 are hidden by the filter but still hold values.
  const status = ['Đã duyệt', 'Cần sửa', 'Đã duyệt', 'Chưa nộp', 'Đã duyệt'];
  const units = ['LĐLĐ huyện Kim Sơn', 'LĐLĐ huyện Yên Mô', 'LĐLĐ huyện Hoa Lư', 'CĐ ngành Y tế', 'CĐ ngành Giáo dục'];
  const track = {
    name: 'Theo dõi',
    rows: [
      ['STT', 'Đơn vị', 'Ngày nhận', 'Tình trạng'].map((h) => text(h, 'header')),
      ...units.map((u, i) => [num(i + 1), text(u), date(`2021-07-${String(8 + i).padStart(2, '0')}`, 'dateDMY'), text(status[i])]),
    ],
    merges: [],
    widths: [6, 28, 13, 14],
    head: '<sheetPr filterMode="1"/><dimension ref="A1:D6"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="16.5"/><cols><col min="1" max="1" width="6" customWidth="1"/><col min="2" max="2" width="28" customWidth="1"/><col min="3" max="4" width="14" customWidth="1"/></cols>',
    rowAttrs: (r) => (r > 1 && status[r - 2] !== 'Đã duyệt' ? ' hidden="1"' : ''),
    beforeMerges: '<autoFilter ref="A1:D6"><filterColumn colId="3"><filters><filter val="Đã duyệt"/></filters></filterColumn></autoFilter>',
  };
  const { parts, sheets } = build({
    sheets: [list, track],
    styles: excelStyles(),
    parts: [['xl/tables/table1.xml', table, CT.table]],
    workbook: { tail: `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'Theo dõi'!$A$1:$D$6</definedName></definedNames><calcPr calcId="191029"/>` },
  });
  add('bang-table-cot-tinh-toan.xlsx', zipParts(parts), sheets);
}

// o-danh-dau-form-control: mark columns ticked with checkbox form controls linked to the cells under them.
{
  const picked = models(2, 3, 4);
  const list = registrationList({
    unit: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN NHO QUAN',
    place: 'Nho Quan',
    day: '10 tháng 7 năm 2021',
    models: picked,
    mark: () => bool(true, 'hidden'),
    unmarked: () => bool(false, 'hidden'),
  });
  const controls = [];
  const shapes = [];
  const ctrlProps = [];
  const rels = [['rId1', REL.vml, '../drawings/vmlDrawing1.vml']];
  picked.forEach((m, i) => {
    for (let k = 0; k < 5; k++) {
      const n = i * 5 + k + 1;
      const row0 = 6 + i; // zero-based row of the model
      const col0 = 3 + k; // zero-based column D..H
      const cell = `$${letter(col0 + 1)}$${row0 + 1}`;
      const on = valueOf(list.rows[row0][col0]);
      const shapeId = 1024 + n;
      ctrlProps.push([`xl/ctrlProps/ctrlProp${n}.xml`, `${DECL}<formControlPr xmlns="${NS.x14}" objectType="CheckBox"${on ? ' checked="Checked"' : ''} fmlaLink="${cell}" lockText="1" noThreeD="1"/>`, CT.ctrlProp]);
      rels.push([`rId${n + 1}`, REL.ctrlProp, `../ctrlProps/ctrlProp${n}.xml`]);
      controls.push(
        `<mc:AlternateContent xmlns:mc="${NS.mc}"><mc:Choice Requires="x14"><control shapeId="${shapeId}" r:id="rId${n + 1}" name="Check Box ${n}"><controlPr defaultSize="0" autoFill="0" autoLine="0" autoPict="0"><anchor moveWithCells="1">` +
          `<from><xdr:col>${col0}</xdr:col><xdr:colOff>200025</xdr:colOff><xdr:row>${row0}</xdr:row><xdr:rowOff>85725</xdr:rowOff></from><to><xdr:col>${col0}</xdr:col><xdr:colOff>476250</xdr:colOff><xdr:row>${row0}</xdr:row><xdr:rowOff>314325</xdr:rowOff></to>` +
          '</anchor></controlPr></control></mc:Choice></mc:AlternateContent>',
      );
      shapes.push(
        `<v:shape id="_x0000_s${shapeId}" type="#_x0000_t201" style="position:absolute;margin-left:0;margin-top:0;width:21.75pt;height:18pt;z-index:${n};mso-wrap-style:tight" filled="f" fillcolor="window [65]" stroked="f" strokecolor="windowText [64]" o:insetmode="auto">` +
          '<v:path shadowok="t" strokeok="t" fillok="t"/><o:lock v:ext="edit" rotation="t"/><v:textbox style="mso-direction-alt:auto" o:singleclick="f"><div style="text-align:left"></div></v:textbox>' +
          `<x:ClientData ObjectType="Checkbox"><x:SizeWithCells/><x:Anchor>${col0}, 21, ${row0}, 9, ${col0}, 50, ${row0}, 33</x:Anchor><x:AutoFill>False</x:AutoFill><x:AutoLine>False</x:AutoLine><x:TextVAlign>Center</x:TextVAlign><x:FmlaLink>${cell}</x:FmlaLink>${on ? '<x:Checked>1</x:Checked>' : ''}<x:NoThreeD/></x:ClientData></v:shape>`,
      );
    }
  });
  const vml =
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">\n' +
    ' <o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
    '<v:shapetype id="_x0000_t201" coordsize="21600,21600" o:spt="201" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path shadowok="f" o:extrusionok="f" strokeok="f" fillok="f" o:connecttype="rect"/><o:lock v:ext="edit" shapetype="t"/></v:shapetype>\n' +
    shapes.join('\n') +
    '\n</xml>';
  const sheet = {
    name: 'Danh sách',
    ...list,
    root: ` xmlns:xdr="${NS.xdr}" xmlns:x14="${NS.x14}" xmlns:mc="${NS.mc}" mc:Ignorable="x14ac xr" xmlns:x14ac="${NS.x14ac}" xmlns:xr="${NS.xr}" xr:uid="{0D1E2F3A-4B5C-4D6E-8F70-8192A3B4C5D6}"`,
    tail: `<legacyDrawing r:id="rId1"/><mc:AlternateContent xmlns:mc="${NS.mc}"><mc:Choice Requires="x14"><controls>${controls.join('')}</controls></mc:Choice></mc:AlternateContent>`,
    rels,
  };
  const { parts, sheets } = build({
    sheets: [sheet],
    styles: excelStyles(),
    parts: [['xl/drawings/vmlDrawing1.vml', vml], ...ctrlProps],
    defaults: [['vml', CT.vml]],
  });
  add('o-danh-dau-form-control.xlsx', zipParts(parts), sheets);
}

// cong-thuc-ket-qua-luu: formulas and the results saved with them.
{
  const f = (t, formula, v, value, s = 'center') => raw(t, `<f>${esc(formula)}</f>${v === undefined ? '' : `<v>${esc(v)}</v>`}`, value, s);
  const list = registrationList({
    unit: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN KHÁNH',
    place: 'Yên Khánh',
    models: models(1, 4, 5, 9),
    // STT: one shared formula, its master on the first model row, followers below.
    stt: (i) => raw(null, i === 0 ? '<f t="shared" ref="A7:A10" si="0">ROW()-6</f><v>1</v>' : `<f t="shared" si="0"/><v>${i + 1}</v>`, i + 1),
    extra: [
      { header: 'Số lĩnh vực', width: 9, cell: (m, i) => f(null, `COUNTIF(F${7 + i}:H${7 + i},"x")`, i === 3 ? '0' : '1', i === 3 ? 0 : 1) },
      { header: 'Hợp lệ', width: 9, cell: (m, i) => f('b', `AND(I${7 + i}=1,COUNTIF(D${7 + i}:E${7 + i},"x")=1)`, i === 3 ? '0' : '1', i !== 3) },
      // No model name repeats below its row: MATCH finds nothing (#N/A), or "" where IFERROR catches it.
      { header: 'Trùng với dòng', width: 10, cell: (m, i) => (i === 2 ? f('str', `IFERROR(MATCH(C9,C$10:C$11,0),"")`, '', null) : f('e', `MATCH(C${7 + i},C$${8 + i}:C$11,0)`, '#N/A', '#N/A')) },
      // The marks are text, so their SUM is 0.
      { header: 'Tỉ lệ', width: 9, cell: (m, i) => f('e', `I${7 + i}/SUM(D${7 + i}:E${7 + i})`, '#DIV/0!', '#DIV/0!') },
    ],
  });
  // Marks made by formulas: E10 saves "x" (t="str"); G10 saves the empty string (blank), so row 10 has no field, its count
  // saves 0 and “Hợp lệ” FALSE; E9 is a formula cell marked t="inlineStr" with its result in <v> (some generators).
  put(list, 'E10', f('str', 'IF(D10="","x","")', 'x', 'x'));
  put(list, 'G10', f('str', 'IF(I10>0,"x","")', '', null));
  put(list, 'E9', raw('inlineStr', '<f>"x"</f><v>x</v>', 'x'));
  // Totals: a shared formula across D:H, an array formula in I, a formula with no saved result in L (it computes "").
  put(list, 'C11', text('Tổng cộng', 'header'));
  ['D', 'E', 'F', 'G', 'H'].forEach((c, k) => {
    const counts = [1, 3, 1, 2, 0];
    put(list, `${c}11`, raw(null, k === 0 ? '<f t="shared" ref="D11:H11" si="1">COUNTIF(D7:D10,"x")</f><v>1</v>' : `<f t="shared" si="1"/><v>${counts[k]}</v>`, counts[k]));
  });
  put(list, 'I11', raw(null, '<f t="array" ref="I11">SUM(IF(I7:I10&gt;0,1,0))</f><v>3</v>', 3));
  put(list, 'J11', f('b', 'AND(J7:J9)', '1', true));
  put(list, 'L11', raw(null, '<f>IF(COUNTIF(J7:J10,FALSE)=0,"Đủ điều kiện","")</f>', null));
  const { parts, sheets } = build({ sheets: [{ name: 'Danh sách', ...list }], styles: excelStyles(), workbook: { tail: '<calcPr calcId="191029" fullCalcOnLoad="1"/>' } });
  add('cong-thuc-ket-qua-luu.xlsx', zipParts(parts), sheets);
}

// The ZIP-level files all carry the same ordinary Excel list.
function plainList(unit, place, picks) {
  const list = registrationList({ unit, place, models: models(...picks) });
  return build({ sheets: [{ name: 'Danh sách', ...list }], styles: excelStyles() });
}

// zip-luu-khong-nen: every entry stored.
{
  const { parts, sheets } = plainList('CÔNG ĐOÀN NGÀNH NÔNG NGHIỆP VÀ PTNT', 'Ninh Bình', [15, 5]);
  add('zip-luu-khong-nen.xlsx', writeZip(entriesOf(parts).map((e) => ({ ...e, method: 0 }))), sheets);
}

// zip-data-descriptor: sizes and CRC after the data (streamed writers: Java's ZipOutputStream, many web portals).
{
  const { parts, sheets } = plainList('LIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN MÔ', 'Yên Mô', [2, 3, 13]);
  add('zip-data-descriptor.xlsx', writeZip(entriesOf(parts), { descriptor: true }), sheets);
}

// zip64-system-io-packaging: ZIP64 structures throughout, [Content_Types].xml last (System.IO.Packaging).
{
  const { parts, sheets } = plainList('CÔNG ĐOÀN NGÀNH GIÁO DỤC', 'Ninh Bình', [0, 7, 14]);
  const entries = entriesOf(parts);
  entries.push(entries.shift());
  add('zip64-system-io-packaging.xlsx', writeZip(entries, { zip64: true }), sheets);
}

// zip-dau-gach-nguoc: entry names with backslashes (zipped by Windows tools).
{
  const { parts, sheets } = plainList('LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ TAM ĐIỆP', 'Tam Điệp', [6, 10]);
  add('zip-dau-gach-nguoc.xlsx', writeZip(entriesOf(parts, (n) => n.replace(/\//g, '\\'))), sheets);
}

// ---------------------------------------------------------------------------------------------------------------
// Hostile files: each must be refused with exit 2 and the file named, quickly and without a stack trace.

const hostile = {};
const sheetParts = (sheetXmlText) => {
  const { parts } = plainList('LIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN MÔ', 'Yên Mô', [0, 1]);
  if (sheetXmlText !== undefined) parts.set('xl/worksheets/sheet1.xml', sheetXmlText);
  return parts;
};
const bareSheet = (inner, afterData = '') => `${DECL}<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}"><sheetData>${inner}</sheetData>${afterData}</worksheet>`;

/**
 * One deflate block (dynamic Huffman, not final) that writes `258 * matches` copies of the byte before it: every match is
 * length 258 at distance 1, coded in 2 bits (the 1032:1 limit of deflate). matches ≡ 1 (mod 4) keeps the block a whole
 * number of bytes, so it can be repeated as is.
 */
function runBlock(matches) {
  if (matches % 4 !== 1) throw new Error('matches must be 1 mod 4');
  const bits = [];
  const put = (value, n) => {
    for (let i = 0; i < n; i++) bits.push((value >> i) & 1);
  };
  put(0, 1); // BFINAL
  put(2, 2); // BTYPE dynamic
  put(29, 5); // HLIT: 286 literal/length codes
  put(0, 5); // HDIST: 1 distance code
  put(15, 4); // HCLEN: 19 code length codes
  const order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
  for (const sym of order) put(sym === 18 || sym === 1 ? 1 : 0, 3); // code-length alphabet: 1 → code 0, 18 → code 1
  const zeros = (n) => {
    put(1, 1); // symbol 18 (code "1"), then 7 extra bits: n - 11
    put(n - 11, 7);
  };
  const one = () => put(0, 1); // symbol 1 (code "0")
  zeros(138);
  zeros(118); // literals 0..255 unused
  one(); // 256 (end of block): length 1
  zeros(28); // 257..284 unused
  one(); // 285 (length 258): length 1
  one(); // distance code 0 (distance 1): length 1
  // Codes: 256 → "0", 285 → "1"; distance 0 → "0".
  for (let i = 0; i < matches; i++) {
    put(1, 1);
    put(0, 1);
  }
  put(0, 1); // end of block
  if (bits.length % 8) throw new Error(`block of ${bits.length} bits`);
  const out = new Uint8Array(bits.length / 8);
  bits.forEach((b, i) => (out[i >> 3] |= b << (i & 7)));
  return out;
}
/** A stored deflate block (byte-aligned: it starts on a byte boundary here and ends on one). */
function storedBlock(bytes, final) {
  const n = bytes.length;
  if (n > 0xffff) throw new Error('stored block too long');
  const out = new Uint8Array(5 + n);
  out.set([final ? 1 : 0, n & 0xff, n >> 8, ~n & 0xff, (~n >> 8) & 0xff]);
  out.set(bytes, 5);
  return out;
}

// zip-bom-1kb-thanh-1gb: the sheet part declares 1,024 bytes and inflates to 1,007,247,9xx bytes of XML (mostly spaces):
// 61 blocks of 16,512,258 spaces. Deflate cannot pass 1032:1, so 2 GB would take 2 MB on disk; 1 GB keeps it under 1 MB.
{
  const headText = strToU8(`${DECL}<worksheet xmlns="${NS.main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`);
  const tailText = strToU8('</t></is></c></row></sheetData></worksheet>');
  const block = runBlock(64_001); // 16,512,258 bytes per block
  const perBlock = 64_001 * 258;
  // Check the hand-written block with a real inflater: after one space it must give exactly perBlock more spaces.
  const probe = inflateRawSync(Buffer.concat([Buffer.from(storedBlock(strToU8(' '), false)), Buffer.from(block), Buffer.from(storedBlock(new Uint8Array(0), true))]));
  if (probe.length !== perBlock + 1 || probe.some((b) => b !== 0x20)) throw new Error('runBlock does not inflate as intended');
  const pieces = [storedBlock(new Uint8Array([...headText, 0x20]), false)];
  for (let i = 0; i < 61; i++) pieces.push(block);
  pieces.push(storedBlock(tailText, true));
  const compressed = Uint8Array.from(Buffer.concat(pieces.map((p) => Buffer.from(p))));
  const parts = sheetParts();
  const entries = entriesOf(parts).map((e) => (e.name === 'xl/worksheets/sheet1.xml' ? { name: e.name, compressed, size: 1024, crc: 0 } : e));
  hostile['zip-bom-1kb-thanh-1gb.xlsx'] = writeZip(entries);
}

// zip-khai-3gb: the sheet part's headers declare 3,000,000,000 bytes (a reader must not allocate what a header says).
{
  const parts = sheetParts();
  const entries = entriesOf(parts).map((e) => (e.name === 'xl/worksheets/sheet1.xml' ? { ...e, size: 3_000_000_000 } : e));
  hostile['zip-khai-3gb.xlsx'] = writeZip(entries);
}

// hai-trieu-dong: 2,000,000 <row> elements, each with a value (positional rows run past 1,048,576).
{
  const row = strToU8('<row><c><v>1</v></c></row>');
  const headText = strToU8(`${DECL}<worksheet xmlns="${NS.main}"><sheetData>`);
  const tailText = strToU8('</sheetData></worksheet>');
  const body = new Uint8Array(headText.length + row.length * 2_000_000 + tailText.length);
  body.set(headText, 0);
  for (let i = 0; i < 2_000_000; i++) body.set(row, headText.length + i * row.length);
  body.set(tailText, body.length - tailText.length);
  hostile['hai-trieu-dong.xlsx'] = zipParts(sheetParts(body));
}

// dong-vuot-gioi-han: a row numbered 1,048,577.
hostile['dong-vuot-gioi-han.xlsx'] = zipParts(
  sheetParts(bareSheet('<row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c></row><row r="1048577"><c r="A1048577"><v>1</v></c></row>')),
);

// gop-o-toan-trang and gop-o-ca-cot: a merge over the whole sheet, a merge over a whole column.
hostile['gop-o-toan-trang.xlsx'] = zipParts(sheetParts(bareSheet('<row r="1"><c r="A1" t="inlineStr"><is><t>DANH SÁCH</t></is></c></row>', '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>')));
hostile['gop-o-ca-cot.xlsx'] = zipParts(sheetParts(bareSheet('<row r="1"><c r="C1" t="inlineStr"><is><t>Tên mô hình</t></is></c></row>', '<mergeCells count="1"><mergeCell ref="C:C"/></mergeCells>')));

// ba-muoi-nghin-o-gop: 30,000 merges.
{
  const merges = Array.from({ length: 30_000 }, (_, i) => `<mergeCell ref="A${i + 1}:B${i + 1}"/>`).join('');
  hostile['ba-muoi-nghin-o-gop.xlsx'] = zipParts(sheetParts(bareSheet('<row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c></row>', `<mergeCells count="30000">${merges}</mergeCells>`)));
}

// tam-muoi-nghin-the-c-khong-dong: 80,000 <c> opened and never closed (nesting 80,000 deep).
hostile['tam-muoi-nghin-the-c-khong-dong.xlsx'] = zipParts(sheetParts(bareSheet(`<row r="1">${'<c r="A1"><v>1</v>'.repeat(80_000)}</row>`)));

// cat-doi: the first half of a valid list (an interrupted download).
{
  const whole = zipParts(sheetParts());
  hostile['cat-doi.xlsx'] = whole.subarray(0, Math.floor(whole.length / 2));
}

// csv-doi-duoi: a UTF-8 CSV (with Excel's BOM) renamed .xlsx.
hostile['csv-doi-duoi.xlsx'] = strToU8(
  '\uFEFFSTT,Tên tập thể hoặc cá nhân,Tên mô hình,Tiếp tục đăng ký,Đăng ký xây dựng mới,VH-XH,ANQP,Xây dựng HTCT\r\n' +
    '1,Công đoàn xã Khánh Thượng,Tổ tự quản an ninh trật tự khu dân cư,x,,,x,\r\n' +
    '2,Công đoàn Trường THCS Yên Thắng,"Nhà trường – Công đoàn chung tay, xây dựng trường học hạnh phúc",,x,x,,\r\n',
);

// tep-rong: an empty file.
hostile['tep-rong.xlsx'] = new Uint8Array(0);

// ---------------------------------------------------------------------------------------------------------------
// Writing.

async function writeDir(dir, files, manifestName, manifest) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const [name, bytes] of Object.entries(files)) await writeFile(join(dir, name), bytes);
  await writeFile(join(dir, manifestName), JSON.stringify(manifest, null, 2) + '\n');
  return (await readdir(dir)).length - 1;
}

const sorted = (obj) => Object.fromEntries(Object.entries(obj).sort(([a], [b]) => a.localeCompare(b)));
const nCorpus = await writeDir(
  CORPUS,
  Object.fromEntries(Object.entries(corpus).map(([n, c]) => [n, c.bytes])),
  'expected.json',
  sorted(Object.fromEntries(Object.entries(corpus).map(([n, c]) => [n, c.expected]))),
);
const nHostile = await writeDir(HOSTILE, hostile, 'hostile.json', sorted(Object.fromEntries(Object.keys(hostile).map((n) => [n, { exit: 2, contains: [n] }]))));
process.stdout.write(`corpus: ${nCorpus} workbooks in test/fixtures/corpus, ${nHostile} hostile files in test/fixtures/hostile\n`);

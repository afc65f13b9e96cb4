// The one .xlsx reader of both adapters (the CLI on files, the add-in on Drive files): bytes → one Grid per sheet.
// Pure TypeScript over src/domain/zip.ts and a linear XML scanner: every size is checked before it is inflated or
// expanded, and what a cell shows follows Google Sheets for the same file (a formula shows its saved result).
import type { Cell, Grid, Merge } from './grid';
import { fileProblemText, type FileProblem, type ProblemDetail } from './files';
import { CLOSE, EOF, OPEN, TEXT, XmlScanner, decodeXml, parseAttrs } from './xml-scan';
import { DEFAULT_ZIP_LIMITS, looksLikeZip, xmlText, ZipArchive, ZipError, type Inflater, type ZipLimits } from './zip';

export interface XlsxSheet {
  name: string;
  /** state="hidden" or "veryHidden" in workbook.xml. */
  hidden: boolean;
  grid: Grid;
}

/** A workbook that cannot be read: the problem and what is known of where; `text(file)` words it. */
export class XlsxError extends Error {
  constructor(
    readonly problem: FileProblem,
    readonly detail: ProblemDetail = {},
  ) {
    super(`xlsx: ${problem}${detail.sheet ? ` (${detail.sheet})` : ''}${detail.part ? ` [${detail.part}]` : ''}`);
    this.name = 'XlsxError';
  }

  /** The Vietnamese sentence naming the file. */
  text(file: string): string {
    return fileProblemText(file, this.problem, this.detail);
  }
}

export interface XlsxLimits {
  /** The file itself. */
  maxFileBytes: number;
  /** Highest row number of a sheet (Excel's own limit). */
  maxRows: number;
  /** Highest column (XFD). */
  maxColumns: number;
  /** Cells holding a value, over the sheets read. */
  maxCells: number;
  /** Merged ranges of one sheet. */
  maxMerges: number;
  /** Rows one merged range may span: a merge over a whole column or sheet hides the data under it, and is refused. */
  maxMergeRows: number;
  zip: ZipLimits;
}

/** The limits, documented in README (“Giới hạn khi đọc tệp”). */
export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxRows: 1_048_576,
  maxColumns: 16_384,
  maxCells: 5_000_000,
  maxMerges: 20_000,
  maxMergeRows: 10_000,
  zip: DEFAULT_ZIP_LIMITS,
};

export type FileKind = 'zip' | 'cfb' | 'empty' | 'other';

/** OLE compound file: a password-protected .xlsx or an Excel 97–2003 .xls. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What a file's first bytes say it is; accepts signed bytes (−128…127) as Apps Script blobs return them. */
export function fileKind(head: ArrayLike<number>): FileKind {
  if (!head.length) return 'empty';
  if (looksLikeZip(head)) return 'zip';
  return CFB.every((x, i) => i < head.length && (head[i] & 0xff) === x) ? 'cfb' : 'other';
}

export interface ReadOptions {
  /** Which sheets to read (by name and tab index); the others are listed with an empty grid. Default: all. */
  sheets?: (name: string, index: number) => boolean;
  limits?: Partial<Omit<XlsxLimits, 'zip'>> & { zip?: Partial<ZipLimits> };
  /** A native inflater (the CLI's zlib); the pure one by default. */
  inflate?: Inflater;
}

/**
 * Every worksheet of the workbook, in tab order (chart sheets and sheets whose part is missing left out).
 * Throws XlsxError for a file that is not a readable workbook or passes a limit; never anything else.
 */
export function readWorkbook(bytes: Uint8Array, opts: ReadOptions = {}): XlsxSheet[] {
  const limits: XlsxLimits = { ...DEFAULT_XLSX_LIMITS, ...opts.limits, zip: { ...DEFAULT_ZIP_LIMITS, ...opts.limits?.zip } };
  const kind = fileKind(bytes.subarray(0, 8));
  if (kind === 'empty') throw new XlsxError('empty');
  if (kind === 'cfb') throw new XlsxError('cfb');
  if (kind === 'other') throw new XlsxError('not-xlsx');
  if (bytes.length > limits.maxFileBytes) throw new XlsxError('too-large', { limit: limits.maxFileBytes });
  try {
    return readPackage(ZipArchive.open(bytes, limits.zip, opts.inflate), opts, limits);
  } catch (e) {
    if (e instanceof XlsxError) throw e;
    if (e instanceof ZipError) {
      const problem: FileProblem =
        e.problem === 'not-zip' ? 'not-xlsx' : e.problem === 'unsupported' ? 'corrupt' : e.problem === 'too-large' ? 'too-large' : e.problem;
      throw new XlsxError(problem, { part: e.part, limit: e.limit?.value });
    }
    // A bug of ours must not pass for a bad file; but running out of room for a string or an array is the file's.
    if (e instanceof RangeError && /invalid (string|array|typed array) length|allocation failed|call stack/i.test(e.message))
      throw new XlsxError('too-large', { cause: e.message, limit: limits.zip.maxPartBytes });
    throw e;
  }
}

/** The sheets an officer sees: the visible ones, or all when every one is hidden. */
export function visibleXlsxSheets(sheets: XlsxSheet[]): XlsxSheet[] {
  const visible = sheets.filter((s) => !s.hidden);
  return visible.length ? visible : sheets;
}

// ---- Package ------------------------------------------------------------------------------------

interface Rel {
  type: string;
  target: string;
}

function resolvePath(base: string, target: string): string {
  const t = target.replace(/\\/g, '/');
  if (t.startsWith('/')) return t.replace(/^\/+/, '');
  const parts = (base ? `${base}/${t}` : t).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

const dirOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));
const relsPathOf = (part: string) => {
  const dir = dirOf(part);
  return `${dir ? `${dir}/` : ''}_rels/${part.slice(dir ? dir.length + 1 : 0)}.rels`;
};

function partText(zip: ZipArchive, path: string): string | undefined {
  const b = zip.read(path);
  return b === undefined ? undefined : xmlText(b);
}

function readRels(zip: ZipArchive, part: string): Map<string, Rel> {
  const out = new Map<string, Rel>();
  const xml = partText(zip, part);
  if (!xml) return out;
  // Targets are relative to the folder of the part the rels describe (`xl/_rels/workbook.xml.rels` → `xl`).
  const base = part.replace(/(^|\/)_rels\/[^/]*$/, '');
  const sc = new XmlScanner(xml);
  for (let t = sc.next(); t !== EOF; t = sc.next()) {
    if (t !== OPEN || !sc.is('Relationship')) continue;
    const a = sc.attrs();
    if (a.Id && a.Target && a.TargetMode !== 'External') out.set(a.Id, { type: a.Type ?? '', target: resolvePath(base, a.Target) });
  }
  return out;
}

interface Ctx {
  strings: string[];
  /** Per cellXfs index: whether its number format shows a date. */
  dates: boolean[];
  date1904: boolean;
  limits: XlsxLimits;
  /** Cells with a value read so far (all sheets). */
  cells: number;
}

function readPackage(zip: ZipArchive, opts: ReadOptions, limits: XlsxLimits): XlsxSheet[] {
  const pkg = readRels(zip, '_rels/.rels');
  const doc = [...pkg.values()].find((r) => r.type.endsWith('/officeDocument') && zip.has(r.target))?.target;
  const bookPath = doc ?? (zip.has('xl/workbook.xml') ? 'xl/workbook.xml' : zip.entries.find((e) => /(^|\/)workbook\.xml$/i.test(e.name))?.name);
  const book = bookPath ? partText(zip, bookPath) : undefined;
  if (!bookPath || book === undefined) throw new XlsxError('corrupt', { part: 'xl/workbook.xml' });
  const base = dirOf(bookPath);
  const bookRels = readRels(zip, relsPathOf(bookPath));
  const byType = (suffix: string, fallback: string) =>
    [...bookRels.values()].find((r) => r.type.endsWith(suffix) && zip.has(r.target))?.target ?? resolvePath(base, fallback);

  // workbook.xml: the sheets in tab order, and the date system.
  const sheets: { name: string; rid: string; hidden: boolean }[] = [];
  let date1904 = false;
  const sc = new XmlScanner(book);
  for (let t = sc.next(); t !== EOF; t = sc.next()) {
    if (t !== OPEN) continue;
    if (sc.is('workbookPr')) {
      const v = sc.attrs().date1904;
      date1904 = v === '1' || v === 'true';
    } else if (sc.is('sheet')) {
      const a = sc.attrs();
      sheets.push({ name: a.name ?? '', rid: a['r:id'] ?? a.id ?? '', hidden: a.state === 'hidden' || a.state === 'veryHidden' });
    }
  }
  const ctx: Ctx = {
    strings: [],
    dates: dateStyles(partText(zip, byType('/styles', 'styles.xml'))),
    date1904,
    limits,
    cells: 0,
  };
  let stringsRead = false;
  const out: XlsxSheet[] = [];
  sheets.forEach((s, index) => {
    const rel = bookRels.get(s.rid);
    if (!rel || rel.type.endsWith('/chartsheet') || rel.type.endsWith('/dialogsheet') || rel.type.endsWith('/macrosheet')) return;
    if (!zip.has(rel.target)) return;
    if (opts.sheets && !opts.sheets(s.name, index)) {
      out.push({ name: s.name, hidden: s.hidden, grid: { values: [], merges: [], sheetName: s.name } });
      return;
    }
    if (!stringsRead) {
      ctx.strings = sharedStrings(partText(zip, byType('/sharedStrings', 'sharedStrings.xml')));
      stringsRead = true;
    }
    const xml = partText(zip, rel.target)!;
    out.push({ name: s.name, hidden: s.hidden, grid: sheetGrid(xml, ctx, s.name) });
  });
  if (!sheets.length) throw new XlsxError('corrupt', { part: bookPath });
  return out;
}

// ---- Strings and styles -------------------------------------------------------------------------

/**
 * `_x000D_`-style escapes of OOXML strings (ST_Xstring), `_x005F_` being a literal underscore; a line end written as
 * CR LF (`_x000D_` before a line feed, as Excel stores text pasted from Windows) becomes a line feed, as Sheets shows it.
 */
const unescapeX = (s: string) =>
  s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/\r\n/g, '\n');

/**
 * Reads a string item (`<si>` or `<is>`) whose OPEN token is current: its `<t>`s joined, phonetic runs (`<rPh>`)
 * left out. Leaves the scanner after the item's end.
 */
function stringItem(sc: XmlScanner, closing: string): string {
  if (sc.selfClosing) return '';
  let out = '';
  let inT = false;
  for (let t = sc.next(); t !== EOF; t = sc.next()) {
    if (t === TEXT) {
      if (inT) out += sc.text();
    } else if (t === OPEN) {
      if (sc.is('t')) inT = !sc.selfClosing;
      else if (sc.is('rPh')) sc.skipElement();
    } else if (t === CLOSE) {
      if (sc.is('t')) inT = false;
      else if (sc.is(closing)) break;
    }
  }
  return unescapeX(out);
}

function sharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (!xml) return out;
  const sc = new XmlScanner(xml);
  for (let t = sc.next(); t !== EOF; t = sc.next()) if (t === OPEN && sc.is('si')) out.push(stringItem(sc, 'si'));
  return out;
}

/** Built-in number formats that show dates or times (14–22, 45–47), and the East Asian date formats (27–36, 50–58). */
const BUILTIN_DATE = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A format shows a date when, outside quoted text, escapes and [..] sections, it has a day, month, year, hour or second. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*]/g, '');
  return /[ymdhsb]/i.test(bare.replace(/General/gi, ''));
}

/** For each cell style (cellXfs index): whether its number format shows a date. Formats of <dxfs> do not count. */
function dateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const out: boolean[] = [];
  const sc = new XmlScanner(xml);
  let section = '';
  for (let t = sc.next(); t !== EOF; t = sc.next()) {
    if (t === OPEN) {
      if (sc.is('numFmts') || sc.is('cellXfs') || sc.is('cellStyleXfs') || sc.is('dxfs')) section = sc.selfClosing ? '' : sc.name();
      else if (section === 'numFmts' && sc.is('numFmt')) {
        const a = sc.attrs();
        if (a.formatCode !== undefined) custom.set(parseInt(a.numFmtId, 10), a.formatCode);
      } else if (section === 'cellXfs' && sc.is('xf')) {
        const id = parseInt(sc.attrs().numFmtId ?? '0', 10);
        out.push(id > 0 && (custom.has(id) ? isDateFormat(custom.get(id)!) : BUILTIN_DATE.has(id)));
        if (!sc.selfClosing) sc.skipElement();
      }
    } else if (t === CLOSE && (sc.is('numFmts') || sc.is('cellXfs') || sc.is('cellStyleXfs') || sc.is('dxfs'))) section = '';
  }
  return out;
}

// ---- Worksheets ---------------------------------------------------------------------------------

/** A date serial (days since 1899-12-30, or 1904-01-01) as the instant of that UTC wall-clock time. */
const serialToDate = (v: number, date1904: boolean) => new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));

const A = 65;
const Z = 90;

/** Column number (1-based) of a reference's letters; 0 when it has none. */
function colOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~32;
    if (c < A || c > Z) break;
    n = n * 26 + c - 64;
  }
  return n;
}

/** "A1:C3", "B2", whole columns "C:C" and whole rows "3:5" as a 0-based Merge (unclipped); null when unreadable. */
function parseRange(ref: string, limits: XlsxLimits): Merge | null {
  const m = /^\$?([A-Za-z]*)\$?(\d*)(?::\$?([A-Za-z]*)\$?(\d*))?$/.exec(ref.trim());
  if (!m || (!m[1] && !m[2])) return null;
  const c1 = m[1] ? colOf(m[1]) : 1;
  const r1 = m[2] ? Number(m[2]) : 1;
  const c2 = m[3] !== undefined ? (m[3] ? colOf(m[3]) : limits.maxColumns) : m[1] ? c1 : limits.maxColumns;
  const r2 = m[4] !== undefined ? (m[4] ? Number(m[4]) : limits.maxRows) : m[2] ? r1 : limits.maxRows;
  if (!(r1 > 0 && r2 > 0 && c1 > 0 && c2 > 0)) return null;
  return { top: Math.min(r1, r2) - 1, left: Math.min(c1, c2) - 1, bottom: Math.max(r1, r2) - 1, right: Math.max(c1, c2) - 1 };
}

const SPACE = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** What a `<c>` tag says: its column and row (0 when it has no reference), style and type. */
interface CellTag {
  col: number;
  row: number;
  s: number;
  t: string;
  /** The reference as written, for messages (only set when it is unusable). */
  ref: string;
}

/** The r, s and t attributes of a `<c>` tag, read in place without making strings (this runs once per cell). */
function cellAttrs(s: string, from: number, to: number, out: CellTag): void {
  out.col = 0;
  out.row = 0;
  out.s = 0;
  out.t = '';
  out.ref = '';
  let p = from;
  while (p < to) {
    while (p < to && SPACE(s.charCodeAt(p))) p++;
    const nameFrom = p;
    while (p < to && s.charCodeAt(p) !== 61 && !SPACE(s.charCodeAt(p))) p++;
    const key = p - nameFrom === 1 ? s.charCodeAt(nameFrom) : 0;
    while (p < to && s.charCodeAt(p) !== 34 && s.charCodeAt(p) !== 39) p++;
    if (p >= to) break;
    const q = s.charCodeAt(p);
    let close = s.indexOf(q === 34 ? '"' : "'", p + 1);
    if (close < 0 || close > to) close = to;
    const a = p + 1;
    if (key === 114 /* r */) {
      let k = a;
      let col = 0;
      for (; k < close; k++) {
        const raw = s.charCodeAt(k);
        if (raw === 36 /* $ */) continue;
        const c = raw & ~32;
        if (c < A || c > Z) break;
        col = col * 26 + c - 64;
        if (col > 0xffffff) break;
      }
      let row = 0;
      for (; k < close; k++) {
        const d = s.charCodeAt(k) - 48;
        if (d < 0 || d > 9) break;
        row = row * 10 + d;
        if (row > 0x7fffffff) break;
      }
      out.col = col;
      out.row = row;
      if (col > 16_384) out.ref = s.slice(a, close);
    } else if (key === 115 /* s */) {
      let n = 0;
      for (let k = a; k < close; k++) {
        const d = s.charCodeAt(k) - 48;
        if (d < 0 || d > 9) break;
        n = n * 10 + d;
      }
      out.s = n;
    } else if (key === 116 /* t */) out.t = close - a === 1 ? s[a] : s.slice(a, close);
    p = close + 1;
  }
}

/** The number of a `<row>` tag's r attribute, or 0. */
function rowAttr(s: string, from: number, to: number): number {
  const a = parseAttrs(s, from, to);
  const n = parseInt(a.r ?? '', 10);
  return n > 0 ? n : 0;
}

/** Text of a cell's `<v>`, `<f>` and inline `<is>`, gathered while scanning the cell. */
interface CellBody {
  v: string | undefined;
  /** The `<v>` text as a range of the part's text, while it is one plain text token (no entity, no CDATA). */
  vFrom: number;
  vTo: number;
  formula: boolean;
  inline: string | undefined;
}

/** A range of digits (an optional sign, a point and an exponent are not handled): its value, or -1. */
function digitsAt(s: string, from: number, to: number): number {
  if (to <= from || to - from > 15) return -1;
  let n = 0;
  for (let k = from; k < to; k++) {
    const d = s.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function sheetGrid(xml: string, ctx: Ctx, sheetName: string): Grid {
  const { limits } = ctx;
  const values: Cell[][] = [];
  const rawMerges: Merge[] = [];
  const sc = new XmlScanner(xml);
  const attrs: CellTag = { col: 0, row: 0, s: 0, t: '', ref: '' };
  const body: CellBody = { v: undefined, vFrom: -1, vTo: -1, formula: false, inline: undefined };
  let inData = false;
  let rowNum = 0;
  let row: Cell[] | null = null;
  let col = 0;
  let lastRow = 0;
  let lastCol = 0;
  /** The open cell: its column, and attributes; -1 when none. */
  let cellCol = -1;
  let cellS = 0;
  let cellT = '';
  let inV = false;

  const tooManyRows = (n: number) => new XlsxError('too-many-rows', { sheet: sheetName, found: n, limit: limits.maxRows });
  const startRow = (n: number) => {
    if (n > limits.maxRows) throw tooManyRows(n);
    rowNum = n;
    row = values[n - 1] ?? null;
    col = 0;
  };
  const finishCell = () => {
    if (cellCol < 0) return;
    const v = fastValue(xml, body, cellT, cellS > 0 && ctx.dates[cellS] === true, ctx) ?? cellValue(bodyText(xml, body), cellT, cellS > 0 && ctx.dates[cellS] === true, ctx);
    if (v !== null && v !== '') {
      if (!row) {
        if (rowNum > limits.maxRows) throw tooManyRows(rowNum);
        row = values[rowNum - 1] = [];
      }
      row[cellCol - 1] = v;
      if (++ctx.cells > limits.maxCells) throw new XlsxError('too-many-cells', { sheet: sheetName, limit: limits.maxCells });
      if (rowNum > lastRow) lastRow = rowNum;
      if (cellCol > lastCol) lastCol = cellCol;
    }
    cellCol = -1;
    inV = false;
  };

  for (let t = sc.next(); t !== EOF; t = sc.next()) {
    if (t === TEXT) {
      if (inV && cellCol >= 0) {
        // One plain text token (the usual `<v>12</v>`) is kept as a range; anything else as decoded text.
        if (!sc.cdata && body.v === '' && body.vFrom < 0 && plainText(xml, sc.textStart, sc.textEnd)) {
          body.vFrom = sc.textStart;
          body.vTo = sc.textEnd;
        } else {
          if (body.vFrom >= 0) {
            body.v = decodeXml(xml.slice(body.vFrom, body.vTo));
            body.vFrom = body.vTo = -1;
          }
          body.v = (body.v ?? '') + sc.text();
        }
      }
      continue;
    }
    if (!inData) {
      if (t === OPEN) {
        if (sc.is('sheetData')) inData = !sc.selfClosing;
        else if (sc.is('mergeCell')) {
          const g = parseRange(parseAttrs(sc.src, sc.attrStart, sc.attrEnd).ref ?? '', limits);
          if (g) {
            if (g.bottom - g.top + 1 > limits.maxMergeRows)
              throw new XlsxError('merge-too-large', { sheet: sheetName, part: parseAttrs(sc.src, sc.attrStart, sc.attrEnd).ref ?? '', limit: limits.maxMergeRows });
            rawMerges.push(g);
            if (rawMerges.length > limits.maxMerges)
              throw new XlsxError('too-many-merges', { sheet: sheetName, found: rawMerges.length, limit: limits.maxMerges });
          }
        }
      }
      continue;
    }
    if (t === OPEN) {
      if (sc.is('c')) {
        // A cell opened inside an open cell: the sheet's XML is broken (Excel refuses such a file too).
        if (cellCol >= 0) throw new XlsxError('corrupt', { sheet: sheetName, cause: 'ô chưa đóng thẻ trong XML của trang tính' });
        finishCell();
        cellAttrs(sc.src, sc.attrStart, sc.attrEnd, attrs);
        if (!rowNum) startRow(Math.max(1, attrs.row));
        const c = attrs.col;
        if (c > limits.maxColumns) throw new XlsxError('corrupt', { sheet: sheetName, cause: `ô ${attrs.ref}` });
        col = c > 0 ? c : col + 1;
        body.v = undefined;
        body.vFrom = body.vTo = -1;
        body.formula = false;
        body.inline = undefined;
        if (sc.selfClosing) continue;
        cellCol = col;
        cellS = attrs.s;
        cellT = attrs.t;
      } else if (cellCol >= 0) {
        if (sc.is('v')) {
          inV = !sc.selfClosing;
          if (inV && body.v === undefined && body.vFrom < 0) body.v = '';
        } else if (sc.is('f')) {
          body.formula = true;
          if (!sc.selfClosing) sc.skipElement();
        } else if (sc.is('is')) body.inline = stringItem(sc, 'is');
        else if (!sc.selfClosing && !sc.is('row')) sc.skipElement(); // extLst and the like inside a cell
      }
      if (sc.is('row')) {
        finishCell();
        const n = rowAttr(sc.src, sc.attrStart, sc.attrEnd);
        startRow(n > 0 ? n : rowNum + 1);
        if (sc.selfClosing) row = null;
      }
    } else if (t === CLOSE) {
      if (sc.is('v')) inV = false;
      else if (sc.is('c')) finishCell();
      else if (sc.is('row')) {
        finishCell();
        row = null;
      } else if (sc.is('sheetData')) {
        finishCell();
        inData = false;
      }
    }
  }
  finishCell();

  // Rows from 1 to the last one holding a value; blank cells inside a row are null.
  values.length = lastRow;
  for (let i = 0; i < lastRow; i++) {
    const r = values[i];
    if (!r) values[i] = [];
    else for (let c = 0; c < r.length; c++) if (r[c] === undefined) r[c] = null;
  }
  return { values, merges: clipMerges(rawMerges, values, lastRow, lastCol, sheetName, limits), sheetName };
}

/**
 * Merged ranges clipped to the rows and columns in use (a merge over a whole column or sheet costs no more than
 * the cells it covers); only the top-left cell of a merge keeps its value, as in Sheets.
 */
function clipMerges(raw: Merge[], values: Cell[][], lastRow: number, lastCol: number, sheetName: string, limits: XlsxLimits): Merge[] {
  const out: Merge[] = [];
  let area = 0;
  for (const m of raw) {
    const bottom = Math.min(m.bottom, lastRow - 1);
    const right = Math.min(m.right, lastCol - 1);
    if (m.top > bottom || m.left > right) continue;
    const g = { top: m.top, left: m.left, bottom, right };
    area += (bottom - m.top + 1) * (right - m.left + 1);
    if (area > limits.maxCells) throw new XlsxError('too-many-merges', { sheet: sheetName, found: raw.length, limit: limits.maxMerges });
    out.push(g);
  }
  for (const g of out)
    for (let r = g.top; r <= g.bottom; r++) {
      const row = values[r];
      if (!row.length) continue;
      for (let c = g.left; c <= Math.min(g.right, row.length - 1); c++) if ((r > g.top || c > g.left) && row[c] !== null) row[c] = null;
      let n = row.length;
      while (n > 0 && row[n - 1] === null) n--;
      row.length = n;
    }
  return out;
}

/** Whether [from, to) of the text needs no decoding: no entity, no carriage return. */
function plainText(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c === 38 || c === 13) return false;
  }
  return true;
}

/** The cell's `<v>` as text (undefined when it has none), whether it was kept as a range or decoded. */
function bodyText(xml: string, b: CellBody): CellBody {
  if (b.vFrom >= 0) {
    b.v = xml.slice(b.vFrom, b.vTo);
    b.vFrom = b.vTo = -1;
  }
  return b;
}

/**
 * The common cells without making a string: a shared-string index, or a whole number, written as plain digits.
 * Undefined for anything else (then cellValue decides).
 */
function fastValue(xml: string, b: CellBody, t: string, dateStyle: boolean, ctx: Ctx): Cell | undefined {
  if (b.vFrom < 0 || b.inline !== undefined) return undefined;
  const n = digitsAt(xml, b.vFrom, b.vTo);
  if (n < 0) return undefined;
  if (t === 's' && !b.formula) return ctx.strings[n] ?? null;
  if ((t === '' || t === 'n') && !dateStyle) return n;
  return undefined;
}

/** An error value as Sheets shows it (#N/A, #DIV/0!…). */
const errorText = (v: string | undefined) => (v ? v.trim() : '#N/A');

/** A number, or the text when the stored value is not one (Sheets shows what is there). */
function numberOf(v: string, dateStyle: boolean, ctx: Ctx): Cell {
  const t = v.trim();
  const n = Number(t);
  if (t === '' || !Number.isFinite(n)) return v;
  if (dateStyle) {
    const d = serialToDate(n, ctx.date1904);
    return isNaN(d.getTime()) ? n : d;
  }
  return n;
}

/** “2021-07-10” or “2021-07-10T08:30:00” (t="d") as that UTC wall-clock instant; the text when it is none. */
function isoDate(v: string): Cell {
  const t = v.trim();
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(t) ? `${t}T00:00:00Z` : /[zZ]|[+-]\d\d:?\d\d$/.test(t) ? t : `${t}Z`);
  return isNaN(d.getTime()) ? v : d;
}

/** A cell's value; null when it has none (also an empty text, as Sheets shows it). */
function cellValue(b: CellBody, t: string, dateStyle: boolean, ctx: Ctx): Cell {
  const v = b.v;
  if (b.formula) {
    // A formula shows its saved result.
    if (v === undefined) return b.inline ?? null;
    switch (t) {
      case 'str':
      case 'inlineStr':
        return unescapeX(v);
      case 's':
        return ctx.strings[parseInt(v, 10)] ?? null;
      case 'b':
        return boolOf(v);
      case 'e':
        return errorText(v);
      case 'd':
        return isoDate(v);
      default:
        return numberOf(v, dateStyle, ctx);
    }
  }
  switch (t) {
    case 's':
      return v === undefined ? null : ctx.strings[parseInt(v, 10)] ?? null;
    case 'inlineStr':
      return b.inline ?? (v === undefined ? null : unescapeX(v));
    case 'str':
      return v === undefined ? null : unescapeX(v);
    case 'b':
      return v === undefined ? null : boolOf(v);
    case 'e':
      return errorText(v);
    case 'd':
      return v === undefined ? null : isoDate(v);
    default:
      if (v === undefined) return b.inline ?? null;
      return numberOf(v, dateStyle, ctx);
  }
}

const boolOf = (v: string) => {
  const t = v.trim().toLowerCase();
  return t === '1' || t === 'true';
};

// Re-exported for callers that decode attribute text themselves.
export { decodeXml };

// Reads the XML parts of an .xlsx workbook into one Grid per sheet, the shape the CLI's exceljs reader gives.
// Used in Apps Script on the output of Utilities.unzip; dependency-free regex scanning, no DOM, no XML library.
import { parseA1Range, type Cell, type Grid, type Merge } from './grid';

export interface XlsxSheet {
  name: string;
  /** state="hidden" or "veryHidden" in workbook.xml. */
  hidden: boolean;
  grid: Grid;
}

/** The parts are not a readable workbook (no workbook.xml, or it lists no sheet that exists). */
export class XlsxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxError';
  }
}

export type FileKind = 'zip' | 'cfb' | 'empty' | 'other';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: a password-protected .xlsx or an Excel 97–2003 .xls. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What a file's first bytes say it is; accepts signed bytes (−128…127) as Apps Script blobs return them. */
export function fileKind(head: ArrayLike<number>): FileKind {
  if (!head.length) return 'empty';
  const is = (sig: number[]) => sig.every((x, i) => i < head.length && (head[i] & 0xff) === x);
  return is(ZIP) ? 'zip' : is(CFB) ? 'cfb' : 'other';
}

/** Archive entries the reader may need: package rels, the workbook's own parts, worksheets. */
export const XLSX_PART = /^(?:_rels\/\.rels|xl\/[^/]+\.xml|xl\/_rels\/[^/]+\.rels|xl\/worksheets\/[^/]+\.xml)$/i;

// ---- XML scanning -------------------------------------------------------------------------------

/** An optional namespace prefix (`x:c` as some generators write). */
const P = '(?:[\\w.-]+:)?';
/** All elements named `name`: group 1 the attributes, group 2 the content (undefined when self-closing). */
const elements = (name: string) => new RegExp(`<${P}${name}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</${P}${name}\\s*>)`, 'g');
const element = (name: string) => new RegExp(`<${P}${name}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</${P}${name}\\s*>)`);

const RE_ATTR = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const RE_ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Character data as an XML parser gives it: line ends normalised, entities and character references decoded. */
function decode(s: string): string {
  if (s.indexOf('&') < 0 && s.indexOf('\r') < 0) return s;
  return s
    .replace(/\r\n?/g, '\n')
    .replace(RE_ENTITY, (_, hex: string, dec: string, name: string) =>
      name ? NAMED[name] : String.fromCodePoint(parseInt(hex ?? dec, hex ? 16 : 10)),
    );
}

/** Text content of an element with no child elements (CDATA sections kept verbatim, comments dropped). */
function text(raw: string): string {
  if (raw.indexOf('<') < 0) return decode(raw);
  let out = '';
  let at = 0;
  for (const m of raw.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->/g)) {
    out += decode(raw.slice(at, m.index)) + (m[1] ?? '').replace(/\r\n?/g, '\n');
    at = m.index! + m[0].length;
  }
  return out + decode(raw.slice(at));
}

/** Attributes by name as written (`r:id` keeps its prefix), values decoded. */
function attrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  RE_ATTR.lastIndex = 0;
  for (let m = RE_ATTR.exec(s); m; m = RE_ATTR.exec(s)) out[m[1]] = decode(m[2] ?? m[3]);
  return out;
}

/** `_x000D_`-style escapes of shared strings (upper-case hex, as Excel writes and exceljs decodes). */
const unescapeX = (s: string) => (s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))));

const RE_PHONETIC = new RegExp(`<${P}rPh(?=[\\s/>])[\\s\\S]*?(?:/>|</${P}rPh\\s*>)`, 'g');
const RE_RUN = new RegExp(`<${P}r(?=[\\s/>])`);
const RE_T = elements('t');

/** Text of a string item (`<si>` or `<is>`): its `<t>`s joined, phonetic runs left out. */
function stringItem(inner: string, escapes: boolean): string | undefined {
  const body = inner.indexOf('rPh') < 0 ? inner : inner.replace(RE_PHONETIC, '');
  let out: string | undefined;
  // Rich-text runs are always unescaped; a plain inline string is not (as exceljs).
  const esc = escapes || RE_RUN.test(body);
  for (const m of body.matchAll(RE_T)) {
    const t = m[2] === undefined ? '' : text(m[2]);
    out = (out ?? '') + (esc ? unescapeX(t) : t);
  }
  return out;
}

// ---- Workbook parts -----------------------------------------------------------------------------

function resolvePath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (base ? `${base}/${target}` : target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

const dirOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));

interface Rel {
  type: string;
  target: string;
}

function rels(xml: string | undefined, base: string): Map<string, Rel> {
  const out = new Map<string, Rel>();
  if (!xml) return out;
  for (const m of xml.matchAll(elements('Relationship'))) {
    const a = attrs(m[1]);
    if (a.Id && a.Target && a.TargetMode !== 'External') out.set(a.Id, { type: a.Type ?? '', target: resolvePath(base, a.Target) });
  }
  return out;
}

function sharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (!xml) return out;
  for (const m of xml.matchAll(elements('si'))) out.push(m[2] === undefined ? '' : stringItem(m[2], true) ?? '');
  return out;
}

/** Built-in number formats that exceljs knows and that show dates or times. */
const BUILTIN_DATE = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** exceljs's rule: after dropping [..] and "..", a format with y m d h M s b shows a date. */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** For each cell style (cellXfs index), whether its number format shows a date. */
function dateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(elements('numFmt'))) {
    const a = attrs(m[1]);
    if (a.formatCode) custom.set(parseInt(a.numFmtId, 10), a.formatCode);
  }
  const xfs = element('cellXfs').exec(xml)?.[2] ?? '';
  const out: boolean[] = [];
  for (const m of xfs.matchAll(new RegExp(`<${P}xf(?=[\\s/>])([^>]*?)/?>`, 'g'))) {
    const id = parseInt(attrs(m[1]).numFmtId, 10);
    out.push(!!id && (custom.has(id) ? isDateFormat(custom.get(id)!) : BUILTIN_DATE.has(id)));
  }
  return out;
}

// ---- Worksheets ---------------------------------------------------------------------------------

/** A date serial (days since 1899-12-30, or 1904-01-01) as exceljs turns it into a Date. */
const serialToDate = (v: number, date1904: boolean) => new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));

function colOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~32; // upper case
    if (c < 65 || c > 90) break;
    n = n * 26 + c - 64;
  }
  return n;
}

const RE_ROW = elements('row');
const RE_C = elements('c');
const RE_F = element('f');
const RE_V = element('v');
const RE_IS = element('is');
const RE_MERGE = elements('mergeCell');
const RE_LINK = elements('hyperlink');

interface Ctx {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
}

const RE_CELL_ATTR = /(?:^|\s)([rst])\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function sheetGrid(xml: string, ctx: Ctx, sheetName: string): Grid {
  // Merges and hyperlinks follow <sheetData>: look for them after it only.
  const open = xml.search(new RegExp(`<${P}sheetData[\\s/>]`));
  const close = open < 0 ? 0 : xml.lastIndexOf('sheetData');
  const data = open < 0 ? '' : xml.slice(open, close);
  const tail = xml.slice(close);

  const merges: Merge[] = [];
  const covered = new Set<number>(); // row * 16384 + col of cells hidden under a merge (0-based)
  let lastRow = 0;
  for (const m of tail.matchAll(RE_MERGE)) {
    const g = parseA1Range(attrs(m[1]).ref ?? '');
    if (!g) continue;
    merges.push(g);
    for (let r = g.top; r <= g.bottom; r++)
      for (let c = g.left; c <= g.right; c++) if (r > g.top || c > g.left) covered.add(r * 16384 + c);
    if (g.bottom > g.top || g.right > g.left) lastRow = Math.max(lastRow, g.bottom + 1);
  }
  // A hyperlink on a cell with no value still makes it a (null) cell, as exceljs reads it.
  const links = new Set<string>();
  for (const m of tail.matchAll(RE_LINK)) {
    const a = attrs(m[1]);
    if (a.ref && Object.keys(a).some((k) => k.endsWith(':id'))) links.add(a.ref);
  }

  const values: Cell[][] = [];
  let rowNum = 0;
  RE_ROW.lastIndex = 0;
  for (let rm = RE_ROW.exec(data); rm; rm = RE_ROW.exec(data)) {
    const r = parseInt(/(?:^|\s)r\s*=\s*["']?(\d+)/.exec(rm[1])?.[1] ?? '', 10);
    rowNum = r > 0 ? r : rowNum + 1;
    const inner = rm[2];
    if (!inner) continue;
    const out: Cell[] = [];
    let col = 0;
    RE_C.lastIndex = 0;
    for (let cm = RE_C.exec(inner); cm; cm = RE_C.exec(inner)) {
      let ref: string | undefined;
      let style = 0;
      let t: string | undefined;
      RE_CELL_ATTR.lastIndex = 0;
      for (let am = RE_CELL_ATTR.exec(cm[1]); am; am = RE_CELL_ATTR.exec(cm[1])) {
        const val = am[2] ?? am[3];
        if (am[1] === 'r') ref = val;
        else if (am[1] === 's') style = parseInt(val, 10);
        else t = val;
      }
      col = ref ? colOf(ref) : col + 1;
      const v = cellValue(cm[2] ?? '', t, style > 0 && ctx.dates[style] === true, ctx);
      if (v === undefined && !(ref && links.has(ref))) continue;
      if (covered.size && covered.has((rowNum - 1) * 16384 + col - 1)) continue;
      out[col - 1] = v ?? null;
    }
    if (!out.length) continue;
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    values[rowNum - 1] = out;
    lastRow = Math.max(lastRow, rowNum);
  }
  values.length = Math.max(values.length, lastRow);
  for (let i = 0; i < values.length; i++) if (!values[i]) values[i] = [];
  return { values, merges, sheetName };
}

/** A cell's value: undefined when it has none (a styled blank), null for errors and formulas without a cached result. */
function cellValue(body: string, t: string | undefined, dateStyle: boolean, ctx: Ctx): Cell | undefined {
  let v: string | undefined;
  if (body.startsWith('<v>')) {
    // The common case, `<v>…</v>` first: no regex.
    const end = body.indexOf('</v>');
    v = end > 3 ? text(body.slice(3, end)) : undefined;
  } else {
    const vm = body ? RE_V.exec(body) : null;
    v = vm && vm[2] ? text(vm[2]) : undefined;
  }
  const fm = body.indexOf('f') >= 0 ? RE_F.exec(body) : null;
  if (fm && ((fm[2] !== undefined && text(fm[2]) !== '') || attrs(fm[1]).t !== undefined)) {
    // A formula: its cached result.
    if (!v) return null;
    if (t === 'str') return v;
    if (t === 'b') return parseInt(v, 10) !== 0;
    if (t === 'e') return null;
    const n = parseFloat(v);
    return dateStyle ? serialToDate(n, ctx.date1904) : n;
  }
  if (t === 'inlineStr') {
    const is = RE_IS.exec(body);
    return is && is[2] !== undefined ? stringItem(is[2], false) : undefined;
  }
  if (v === undefined) return undefined;
  switch (t) {
    case 's':
      return ctx.strings[parseInt(v, 10)] ?? '';
    case 'str':
      return v;
    case 'b':
      return parseInt(v, 10) !== 0;
    case 'e':
      return null;
    case 'd': {
      const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v}Z`);
      return isNaN(d.getTime()) ? v : d;
    }
    default: {
      const n = parseFloat(v);
      return dateStyle ? serialToDate(n, ctx.date1904) : n;
    }
  }
}

/**
 * Every worksheet of the workbook, in tab order (chart sheets and missing parts skipped).
 * `parts` maps archive paths (`xl/workbook.xml`, …) to their text; see XLSX_PART for the ones it uses.
 */
export function readXlsx(parts: Record<string, string>): XlsxSheet[] {
  const pkg = rels(parts['_rels/.rels'], '');
  const doc = [...pkg.values()].find((r) => r.type.endsWith('/officeDocument'))?.target;
  const bookPath = doc && parts[doc] !== undefined ? doc : 'xl/workbook.xml';
  const book = parts[bookPath];
  if (book === undefined) throw new XlsxError('no workbook part');
  const base = dirOf(bookPath);
  const bookRels = rels(parts[`${base ? `${base}/` : ''}_rels/${bookPath.slice(base.length ? base.length + 1 : 0)}.rels`], base);
  const byType = (suffix: string, fallback: string) =>
    [...bookRels.values()].find((r) => r.type.endsWith(suffix) && parts[r.target] !== undefined)?.target ?? resolvePath(base, fallback);
  const pr = element('workbookPr').exec(book);
  const d1904 = pr ? attrs(pr[1]).date1904 : undefined;
  const ctx: Ctx = {
    strings: sharedStrings(parts[byType('/sharedStrings', 'sharedStrings.xml')]),
    dates: dateStyles(parts[byType('/styles', 'styles.xml')]),
    date1904: d1904 === '1' || d1904 === 'true',
  };
  const out: XlsxSheet[] = [];
  for (const m of book.matchAll(elements('sheet'))) {
    const a = attrs(m[1]);
    const rid = Object.keys(a).find((k) => k === 'id' || k.endsWith(':id'));
    const rel = rid ? bookRels.get(a[rid]) : undefined;
    if (!rel || rel.type.endsWith('/chartsheet')) continue;
    const xml = parts[rel.target];
    if (xml === undefined) continue;
    const name = a.name ?? '';
    out.push({ name, hidden: a.state === 'hidden' || a.state === 'veryHidden', grid: sheetGrid(xml, ctx, name) });
  }
  return out;
}

/** The sheets an officer sees: the visible ones, or all when every one is hidden (as the CLI). */
export function visibleXlsxSheets(sheets: XlsxSheet[]): XlsxSheet[] {
  const visible = sheets.filter((s) => !s.hidden);
  return visible.length ? visible : sheets;
}

// Pure .docx rendering with docxtemplater + PizZip on bytes (no Node APIs: it also runs inside Apps Script).
// Template problems are all reported at once in Vietnamese; missing data renders empty with a warning.
import Docxtemplater from 'docxtemplater';
import { xmlSafe } from '../text';
import { buildDocumentData, type DocumentInput, type TagData } from './data';
import { MAX_LOOP_DEPTH, MAX_TAG_FILLS, openTemplate, partLabel } from './package';
import { writeProperties, type CustomProperty, type DocProperties } from './props';
import { stampZip } from './stamp';
import { allTagNames, type TagSpec } from './tags';
import { unescapeXml } from './xml';
import type PizZip from './zip';

export type { CustomProperty, DocProperties };

export interface TemplateMessage {
  /** The tag as written in the template: “{#don_vi}”; '' when the message is about no single tag. */
  tag: string;
  /** Where it is, in Vietnamese: part, paragraph, table cell and the paragraph's text. */
  where: string;
  message: string;
}

export interface RenderResult {
  /** The .docx; null when there are problems. */
  bytes: Uint8Array | null;
  warnings: TemplateMessage[];
  problems: TemplateMessage[];
}

export interface RenderOptions {
  /** Tag catalogue: when given, tags it does not hold are problems. */
  tags?: TagSpec[];
  properties?: DocProperties;
  /** Time stamp of the output (modified time, zip entry dates); fixed for byte-identical output. */
  now?: Date;
  /** Adds the ownership stamp (stamp.ts): renderDocument always does. */
  stamp?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Where a text offset is: docxtemplater counts offsets in the concatenated text of the text elements.

interface ParaLoc {
  start: number;
  end: number;
  text: string;
  n: number;
  cell: { t: number; r: number; c: number } | null;
}

const TEXT_TAGS = new Set(['w:t', 'a:t', 'm:t']);
const PARA_TAGS = new Set(['w:p', 'a:p']);

function indexParagraphs(xml: string): { paras: ParaLoc[]; text: string } {
  const paras: ParaLoc[] = [];
  const open: ParaLoc[] = [];
  const tables: { t: number; r: number; c: number }[] = [];
  let tableCount = 0;
  let paraCount = 0;
  let inText = false;
  let text = '';
  const re = /<(\/?)([A-Za-z0-9_:.-]+)[^>]*?(\/?)>|([^<]+)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const [, close, name, selfClose, content] = m;
    if (content !== undefined) {
      if (inText) {
        text += content;
        for (const p of open) p.text += content;
      }
      continue;
    }
    if (TEXT_TAGS.has(name)) inText = !close && !selfClose;
    else if (PARA_TAGS.has(name)) {
      if (!close) {
        const top = tables[tables.length - 1];
        const p: ParaLoc = { start: text.length, end: text.length, text: '', n: ++paraCount, cell: top ? { ...top } : null };
        paras.push(p);
        if (!selfClose) open.push(p);
      } else {
        const p = open.pop();
        if (p) p.end = text.length;
      }
    } else if (name === 'w:tbl') {
      if (!close) tables.push({ t: ++tableCount, r: 0, c: 0 });
      else tables.pop();
    } else if (name === 'w:tr' && !close && tables.length) {
      const top = tables[tables.length - 1];
      top.r++;
      top.c = 0;
    } else if (name === 'w:tc' && !close && tables.length) tables[tables.length - 1].c++;
  }
  return { paras, text };
}

function excerpt(s: string, max = 80): string {
  const t = unescapeXml(s).replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

class Locator {
  private cache = new Map<string, ParaLoc[]>();
  constructor(private zip: PizZip) {}

  paragraphs(file: string): ParaLoc[] {
    let p = this.cache.get(file);
    if (!p) {
      const xml = this.zip.file(file)?.asText() ?? '';
      p = indexParagraphs(xml).paras;
      this.cache.set(file, p);
    }
    return p;
  }

  where(file: string | undefined, offset: number | number[] | undefined): string {
    if (!file) return 'tệp mẫu';
    const label = partLabel(file);
    const off = Array.isArray(offset) ? offset[0] : offset;
    if (off === undefined) return label;
    const paras = this.paragraphs(file);
    let hit: ParaLoc | undefined;
    for (const p of paras) if (p.start <= off && off < Math.max(p.end, p.start + 1)) hit = p; // innermost wins
    if (!hit) return label;
    const cell = hit.cell ? ` (bảng ${hit.cell.t}, hàng ${hit.cell.r}, ô ${hit.cell.c})` : '';
    return `${label}, đoạn ${hit.n}${cell}: “${excerpt(hit.text)}”`;
  }
}

// ---------------------------------------------------------------------------------------------
// docxtemplater errors in Vietnamese

interface XtError {
  properties?: {
    id?: string;
    xtag?: string;
    context?: string;
    offset?: number | number[];
    file?: string;
    openingtag?: string;
    closingtag?: string;
    errors?: XtError[];
    explanation?: string;
    lastPair?: { left: string; right: string };
    pair?: { left: string; right: string };
  };
  message?: string;
}

function describeError(e: XtError): { tag: string; message: string } {
  const p = e.properties ?? {};
  // docxtemplater's context for a delimiter error runs from the previous delimiter: keep only the tag's word.
  const x = (p.xtag ?? '').replace(/[{}]/g, '').trim();
  switch (p.id) {
    case 'unopened_tag':
      return { tag: `${x}}`, message: `Thẻ “${x}}” thiếu dấu mở “{”.` };
    case 'unclosed_tag':
      return { tag: `{${x}`, message: `Thẻ “{${x}” thiếu dấu đóng “}”.` };
    case 'duplicate_open_tag':
      return { tag: `{{${x}`, message: `Thẻ “{{${x}” có hai dấu mở “{{”; mỗi thẻ chỉ một cặp “{…}”.` };
    case 'duplicate_close_tag':
      return { tag: `${x}}}`, message: `Thẻ “${x}}}” có hai dấu đóng “}}”; mỗi thẻ chỉ một cặp “{…}”.` };
    case 'unclosed_loop':
      return { tag: `{#${x}}`, message: `Khối “{#${x}}” được mở nhưng không có thẻ đóng “{/${x}}”.` };
    case 'unopened_loop':
      return { tag: `{/${x}}`, message: `Thẻ đóng “{/${x}}” không có thẻ mở “{#${x}}” tương ứng.` };
    case 'closing_tag_does_not_match_opening_tag':
      return {
        tag: `{#${p.openingtag}}`,
        message: `Khối “{#${p.openingtag}}” lại được đóng bằng “{/${p.closingtag}}”; thẻ đóng phải là “{/${p.openingtag}}”.`,
      };
    case 'unbalanced_loop_tags':
      return {
        tag: `{#${p.pair?.left}}`,
        message: `Các khối “{#${p.lastPair?.left}}” và “{#${p.pair?.left}}” lồng nhau sai thứ tự: khối mở sau phải đóng trước.`,
      };
    case 'raw_xml_tag_should_be_only_text_in_paragraph':
      return { tag: `{@${x}}`, message: `Thẻ “{@${x}}” phải đứng một mình trong một đoạn (không có chữ hay dấu cách nào khác).` };
    case 'loop_position_invalid':
      return {
        tag: `{#${x}}`,
        message: `Thẻ mở và thẻ đóng của khối “{#${x}}” đặt sai chỗ (ví dụ một thẻ trong bảng, một thẻ ngoài bảng).`,
      };
    case 'malformed_xml':
    case 'file_has_invalid_xml':
      return { tag: '', message: 'Tệp mẫu bị hỏng (nội dung XML không hợp lệ); hãy mở bằng Word và lưu lại.' };
    case 'filetype_not_identified':
    case 'filetype_not_handled':
      return { tag: '', message: 'Tệp không phải là tài liệu Word (.docx).' };
    case 'invalid_raw_xml_value':
      return { tag: `{@${x}}`, message: `Dữ liệu của thẻ “{@${x}}” không phải là bảng dựng sẵn.` };
    default:
      return {
        tag: x ? `{${x}}` : '',
        message: `Tệp mẫu có lỗi công cụ chưa nhận ra được; hãy mở bằng Word, kiểm tra các thẻ quanh chỗ này và lưu lại (${p.explanation ?? e.message ?? p.id ?? 'không rõ'}).`,
      };
  }
}

// ---------------------------------------------------------------------------------------------
// Unknown tags

interface Part {
  type: string;
  module?: string;
  value: string;
  offset?: number;
  inverted?: boolean;
  subparsed?: Part[];
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return d[b.length];
}

function suggestion(name: string, known: Iterable<string>): string {
  let best = '';
  let bestD = 3;
  for (const k of known) {
    const dd = distance(name.toLowerCase(), k);
    if (dd < bestD) [best, bestD] = [k, dd];
  }
  return best ? ` Có phải “${best}”?` : '';
}

const UNKNOWN = (shown: string, name: string, known: Iterable<string>) =>
  `Thẻ “${shown}” không có trong danh sách thẻ (xem templates/README.md).${suggestion(name, known)}`;

function shownTag(p: Part): string {
  if (p.module === 'loop') return `{${p.inverted ? '^' : '#'}${p.value}}`;
  if (p.module === 'rawxml') return `{@${p.value}}`;
  return `{${p.value}}`;
}

function checkTags(parts: Part[], scopes: TagSpec[][], inLoop: boolean, report: (p: Part, message: string) => void): void {
  for (const p of parts) {
    if (p.type !== 'placeholder') continue;
    const name = p.value.trim();
    let next = scopes;
    let loop = inLoop;
    if (name === '.') {
      if (!inLoop) report(p, 'Thẻ “{.}” chỉ dùng bên trong một vòng lặp.');
    } else {
      let spec: TagSpec | undefined;
      for (const s of scopes) if ((spec = s.find((t) => t.name === name))) break;
      if (!spec) report(p, UNKNOWN(shownTag(p), name, new Set(scopes.flat().map((t) => t.name))));
      else if (p.module === 'rawxml' && spec.kind !== 'raw')
        report(p, `Thẻ “{${name}}” là chữ, không phải bảng dựng sẵn: viết “{${name}}”, không có “@”.`);
      else if (p.module !== 'rawxml' && spec.kind === 'raw')
        report(p, `Thẻ “${shownTag(p)}” chèn nguyên một bảng: viết “{@${name}}” đứng một mình trong một đoạn.`);
      else if (!p.module && spec.kind === 'loop')
        report(p, `Thẻ “{${name}}” là một danh sách: dùng vòng lặp “{#${name}}…{/${name}}”.`);
      if (p.module === 'loop' && spec?.kind === 'loop' && !p.inverted) {
        next = [spec.item ?? [], ...scopes];
        loop = true;
      }
    }
    if (p.subparsed) checkTags(p.subparsed, next, loop, report);
  }
}

/** Files whose tags a user sees and edits. */
const CONTENT_FILE = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;

/** When the template does not compile, unknown names are still listed (by name only, without scopes). */
function scanUnknownTags(zip: PizZip, tags: TagSpec[], locator: Locator): TemplateMessage[] {
  const known = allTagNames(tags);
  const out: TemplateMessage[] = [];
  for (const file of Object.keys(zip.files).filter((f) => CONTENT_FILE.test(f))) {
    const { text } = indexParagraphs(zip.file(file)?.asText() ?? '');
    const re = /\{([#^/@]?)([^{}]*)\}/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = unescapeXml(m[2]).trim();
      // Text between a stray “{” and a later “}” is a syntax problem already reported, not a tag name.
      if (name === '.' || known.has(name) || m[1] === '/' || !/^[\p{L}\p{N}_.-]{1,60}$/u.test(name)) continue;
      out.push({ tag: m[0], where: locator.where(file, m.index), message: UNKNOWN(m[0], name, known) });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Properties

/** The metadata an e-office records (NĐ 30 Phụ lục VI), taken from the document's tag data. */
export function documentProperties(data: TagData): DocProperties {
  const s = (k: string) => (typeof data[k] === 'string' || typeof data[k] === 'number' ? String(data[k]) : '');
  const lines = (k: string) => (Array.isArray(data[k]) ? (data[k] as { dong?: string }[]).map((d) => d.dong ?? '') : []);
  const number = s('so_ky_hieu').replace(/\u00a0+/g, ' ').trim();
  const custom: CustomProperty[] = [
    { name: 'Số', value: s('so') },
    { name: 'Ký hiệu', value: s('ky_hieu') },
    { name: 'Số và ký hiệu', value: s('so') ? number : '' },
    { name: 'Ngày ban hành', value: s('ngay_iso'), type: 'date' as const },
    { name: 'Tên loại văn bản', value: s('loai_van_ban') },
    { name: 'Trích yếu', value: s('trich_yeu') },
    { name: 'Cơ quan ban hành', value: s('co_quan') },
    { name: 'Cơ quan chủ quản', value: s('co_quan_chu_quan') },
    { name: 'Chức vụ người ký', value: [...lines('dong_ky')].join(' ') },
    { name: 'Người ký', value: s('nguoi_ky') },
    { name: 'Nơi nhận', value: lines('noi_nhan').join(' ') },
    { name: 'Ngôn ngữ', value: 'Tiếng Việt' },
    { name: 'Thể thức', value: data.dang ? 'Văn bản của Đảng (HD 36-HD/VPTW)' : 'Văn bản hành chính (NĐ 30/2020/NĐ-CP)' },
  ].filter((c) => c.value);
  return {
    title: s('trich_yeu'),
    subject: [s('loai_van_ban'), s('trich_yeu_thuong')].filter(Boolean).join(' '),
    creator: s('co_quan'),
    identifier: number,
    keywords: [number, s('loai_van_ban'), 'Dân vận khéo'].filter(Boolean).join('; '),
    description: [s('dong_so').replace(/\u00a0+/g, ' '), s('dong_ngay').replace(/\u00a0+/g, ' ')].filter(Boolean).join('; '),
    category: s('loai_van_ban'),
    language: 'vi-VN',
    issued: s('ngay_iso') || undefined,
    custom,
  };
}

// ---------------------------------------------------------------------------------------------

function dedupe(list: TemplateMessage[]): TemplateMessage[] {
  const seen = new Set<string>();
  return list.filter((m) => {
    const k = `${m.tag}\u0000${m.where}\u0000${m.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Word and LibreOffice merge two tables with nothing between them into one (the second takes the first's
 * borders). Removing a condition's paragraphs, or a {@table} after a table, can leave two tables touching:
 * put a tiny empty paragraph between them.
 */
function separateTables(zip: PizZip): void {
  const spacer = '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>';
  for (const name of Object.keys(zip.files).filter((f) => CONTENT_FILE.test(f))) {
    const xml = zip.file(name)?.asText() ?? '';
    if (/<\/w:tbl>\s*<w:tbl>/.test(xml)) zip.file(name, xml.replace(/<\/w:tbl>\s*<w:tbl>/g, `</w:tbl>${spacer}<w:tbl>`));
  }
}

/** Zip entry dates are local time: build one whose local fields are `now`'s UTC fields, so output does not depend on the time zone. */
function zipDate(now: Date): Date {
  return new Date(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds());
}

// ---------------------------------------------------------------------------------------------
// Bounds: how deep blocks nest (checked on the text, before docxtemplater parses anything) and how many tags
// the data would fill (counted on the parsed template, before rendering).

const XML_PART = /\.xml$/i;

/** Blocks nested deeper than MAX_LOOP_DEPTH, one problem per part (at the first block too deep). */
function deepBlocks(zip: PizZip, locator: Locator): TemplateMessage[] {
  const out: TemplateMessage[] = [];
  for (const file of Object.keys(zip.files)) {
    if (!XML_PART.test(file) || file === '[Content_Types].xml') continue;
    const xml = zip.file(file)?.asText() ?? '';
    if (!xml.includes('{')) continue;
    const { text } = indexParagraphs(xml);
    let depth = 0;
    const re = /\{([#^/])([^{}]*)\}/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[1] === '/') depth = Math.max(0, depth - 1);
      else if (++depth > MAX_LOOP_DEPTH) {
        const tag = `{${m[1]}${unescapeXml(m[2]).trim()}}`;
        out.push({
          tag,
          where: locator.where(file, m.index),
          message: `Khối “${tag}” nằm trong ${MAX_LOOP_DEPTH} khối khác: mẫu chỉ được lồng tối đa ${MAX_LOOP_DEPTH} tầng khối {#…} hoặc {^…} (xem templates/README.md).`,
        });
        break;
      }
    }
  }
  return out;
}

type Data = TagData[string];

/** The data with every string passed through xmlSafe. */
function xmlSafeData(v: Data): Data {
  if (typeof v === 'string') return xmlSafe(v);
  if (Array.isArray(v)) return v.map(xmlSafeData);
  if (v && typeof v === 'object') {
    const out: TagData = {};
    for (const [k, x] of Object.entries(v)) out[k] = xmlSafeData(x);
    return out;
  }
  return v;
}

/** A tag's value as docxtemplater finds it: the innermost scope that has it. */
function lookup(name: string, scopes: readonly Data[]): Data | undefined {
  if (name === '.') return scopes[0];
  for (const s of scopes)
    if (s && typeof s === 'object' && !Array.isArray(s) && Object.prototype.hasOwnProperty.call(s, name) && s[name] !== undefined) return s[name];
  return undefined;
}

/**
 * Counts the tags rendering would fill, stopping as soon as the count passes MAX_TAG_FILLS: a problem naming the
 * outermost block that passes it, or null.
 */
function fillBudget(compiled: Record<string, { postparsed?: Part[] }>, data: TagData, locator: Locator): TemplateMessage | null {
  let left = MAX_TAG_FILLS;
  const walk = (parts: Part[], scopes: readonly Data[]): boolean => {
    for (const p of parts) {
      if (p.type !== 'placeholder') continue;
      if (--left < 0) return false;
      if (p.module !== 'loop' || !p.subparsed) continue;
      const v = lookup(p.value.trim(), scopes);
      if (p.inverted) {
        if ((!v || (Array.isArray(v) && !v.length)) && !walk(p.subparsed, scopes)) return false;
      } else if (Array.isArray(v)) {
        for (const item of v) if (--left < 0 || !walk(p.subparsed, [item, ...scopes])) return false;
      } else if (v && typeof v === 'object') {
        if (!walk(p.subparsed, [v, ...scopes])) return false;
      } else if (v && !walk(p.subparsed, scopes)) return false;
    }
    return true;
  };
  for (const [file, xt] of Object.entries(compiled))
    for (const p of xt.postparsed ?? []) {
      if (walk([p], [data])) continue;
      const tag = shownTag(p);
      return {
        tag,
        where: locator.where(file, p.offset),
        message:
          `Với số liệu này, ${p.module === 'loop' ? `khối “${tag}”` : `thẻ “${tag}”`} sẽ điền hơn ${MAX_TAG_FILLS / 1_000_000} triệu lần thẻ, ` +
          'vượt giới hạn của công cụ: hãy bỏ bớt khối lồng nhau (ví dụ “{#mo_hinh}” bên trong “{#mo_hinh}”) hoặc dùng bảng dựng sẵn như {@bang_danh_sach}.',
      };
    }
  return null;
}

/** Fills a .docx template with tag data. */
export function renderTemplate(template: Uint8Array | ArrayBuffer, data: TagData, opts: RenderOptions = {}): RenderResult {
  const now = opts.now ?? new Date();
  const warnings: TemplateMessage[] = [];
  const fail = (problems: TemplateMessage[]): RenderResult => ({ bytes: null, warnings: dedupe(warnings), problems: dedupe(problems) });

  const opened = openTemplate(template instanceof Uint8Array ? template : new Uint8Array(template));
  if (!opened.zip) return fail(opened.problems);
  const zip = opened.zip;
  const locator = new Locator(zip);
  const tooDeep = deepBlocks(zip, locator);
  if (tooDeep.length) return fail(tooDeep);

  const collector = {
    name: 'DvkMissingData',
    // docxtemplater passes the file's templater as a third argument (its typings list two).
    nullGetter(part: Part, _sm: unknown, xt?: { filePath?: string }) {
      warnings.push({
        tag: shownTag(part),
        where: locator.where(xt?.filePath, part.offset),
        message: `Thẻ “${shownTag(part)}” không có dữ liệu: để trống.`,
      });
      return '';
    },
  };

  let doc: Docxtemplater;
  try {
    doc = new Docxtemplater(zip, {
      paragraphLoop: true,
      linebreaks: true,
      errorLogging: false,
      modules: [collector],
      nullGetter: () => '',
    });
  } catch (e) {
    const err = e as XtError;
    const errors = err.properties?.id === 'multi_error' ? (err.properties.errors ?? []) : [err];
    const problems = errors.map((x) => ({ ...describeError(x), where: locator.where(x.properties?.file, x.properties?.offset) }));
    if (opts.tags) problems.push(...scanUnknownTags(zip, opts.tags, locator));
    return fail(problems);
  }

  if (opts.tags) {
    const problems: TemplateMessage[] = [];
    const compiled = (doc as unknown as { compiled: Record<string, { postparsed?: Part[] }> }).compiled;
    for (const [file, xt] of Object.entries(compiled)) {
      if (!CONTENT_FILE.test(file) || !xt.postparsed) continue;
      checkTags(xt.postparsed, [opts.tags], false, (p, message) =>
        problems.push({ tag: shownTag(p), where: locator.where(file, p.offset), message }),
      );
    }
    if (problems.length) return fail(problems);
  }

  // Text from units, officers, the config and the metadata is data: a character XML forbids is dropped, never written.
  const safe = xmlSafeData(data) as TagData;
  const compiled = (doc as unknown as { compiled: Record<string, { postparsed?: Part[] }> }).compiled;
  const overflow = fillBudget(compiled, safe, locator);
  if (overflow) return fail([overflow]);

  try {
    doc.render(safe);
  } catch (e) {
    const err = e as XtError;
    const errors = err.properties?.id === 'multi_error' ? (err.properties.errors ?? []) : [err];
    return fail(errors.map((x) => ({ ...describeError(x), where: locator.where(x.properties?.file, x.properties?.offset) })));
  }

  const out = doc.getZip() as unknown as PizZip;
  separateTables(out);
  if (opts.properties) writeProperties(out, opts.properties, now);
  if (opts.stamp) stampZip(out);
  const date = zipDate(now);
  for (const f of Object.values(out.files)) f.date = date;
  const bytes = out.generate({ type: 'uint8array', compression: 'DEFLATE' });
  return { bytes, warnings: dedupe(warnings), problems: [] };
}

/** Builds the tag data from the document input and fills the template: the one call the adapters need. The output is stamped. */
export function renderDocument(template: Uint8Array | ArrayBuffer, input: DocumentInput, opts: { now?: Date } = {}): RenderResult {
  const { data, tags, warnings, problems } = buildDocumentData(input);
  const r = renderTemplate(template, data, { tags, properties: documentProperties(data), now: opts.now, stamp: true });
  const fromMeta = (message: string) => ({ tag: '', where: 'thông tin văn bản', message });
  // Metadata problems and template problems are reported together; either stops the document.
  return {
    bytes: problems.length ? null : r.bytes,
    warnings: [...warnings.map(fromMeta), ...r.warnings],
    problems: [...problems.map(fromMeta), ...r.problems],
  };
}

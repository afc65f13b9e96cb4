// Opening a .docx template that may be hostile or broken. Every size is checked before anything is inflated
// (ZipArchive, with the limits below); every XML part must be well-formed; every relationship must point to a
// part inside the package. docxtemplater then gets a PizZip built from the parts inflated here, so neither
// PizZip nor pako ever inflates untrusted data. Limits are documented in templates/README.md (“Giới hạn”).
import { viNumber } from '../files';
import { ZipArchive, ZipError, xmlText, type ZipEntry, type ZipLimits } from '../zip';
import type { TemplateMessage } from './template-errors';
import { unescapeXml, xmlFault } from './xml';
import PizZip from './zip';

/** A Word template is a few hundred kilobytes; these leave room for large pictures and long annexes. */
export const TEMPLATE_LIMITS: ZipLimits = {
  maxEntries: 2_000,
  maxPartBytes: 30 * 1024 * 1024,
  maxTotalBytes: 100 * 1024 * 1024,
};

/** Blocks {#…} / {^…} inside one another: the built-in templates use 3. */
export const MAX_LOOP_DEPTH = 8;

/**
 * Tags filled in one document, counted before rendering from the template and the data (a block inside a block
 * multiplies). A list of 10,000 models with 20 tags each is 200,000.
 */
export const MAX_TAG_FILLS = 1_000_000;

/** A content part as the officer knows it. */
export function partLabel(file: string): string {
  if (file === 'word/document.xml') return 'thân văn bản';
  if (/^word\/header\d*\.xml$/.test(file)) return 'đầu trang';
  if (/^word\/footer\d*\.xml$/.test(file)) return 'chân trang';
  if (file === 'word/footnotes.xml') return 'chú thích cuối trang';
  if (file === 'word/endnotes.xml') return 'chú thích cuối văn bản';
  if (file.startsWith('docProps/')) return 'thuộc tính tệp';
  return file;
}

const MB = 1024 * 1024;
const mb = (bytes: number) => `${viNumber(bytes / MB)} MB`;
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The file as messages name it: a template (“tệp mẫu”) or a document (“tệp văn bản”), and its sentence to resave it. */
interface Noun {
  noun: string;
  Noun: string;
  resave: string;
}

export const TEMPLATE_NOUN = nounFor('tệp mẫu');

export function nounFor(noun: string): Noun {
  return { noun, Noun: `${noun[0].toUpperCase()}${noun.slice(1)}`, resave: `Hãy mở ${noun} bằng Word và lưu lại.` };
}

/** The words for a package that cannot be read. */
function zipProblemText(e: ZipError, bytes: Uint8Array, { noun, Noun, resave }: Noun): string {
  const part = e.part ? `phần “${e.part}”` : '';
  switch (e.problem) {
    case 'not-zip':
      return CFB.every((b, i) => bytes[i] === b)
        ? `${Noun} được đặt mật khẩu hoặc là định dạng Word cũ (.doc): hãy mở bằng Word, bỏ mật khẩu và lưu lại dạng .docx.`
        : `Không mở được ${noun}: không phải tệp .docx (Word 2007 trở lên).`;
    case 'truncated':
      return `${Noun} không trọn vẹn (có thể tải về hoặc sao chép chưa xong): hãy lấy lại ${noun}.`;
    case 'corrupt':
      return `${Noun} bị hỏng, không đọc được${part ? ` ${part}` : ''}. ${resave}`;
    case 'encrypted':
      return `${Noun} có ${part || 'phần'} bị mã hóa, không đọc được. Hãy mở bằng Word, bỏ mật khẩu và lưu lại.`;
    case 'unsupported':
      return `${Noun} có ${part || 'phần'} nén theo cách công cụ không đọc được. ${resave}`;
    case 'too-large': {
      const limit = e.limit?.value ?? 0;
      if (e.limit?.name === 'maxEntries')
        return `${Noun} có hơn ${viNumber(limit)} phần, vượt giới hạn của công cụ: không phải một văn bản Word thông thường.`;
      const what = e.limit?.name === 'maxPartBytes' && part ? `${part[0].toUpperCase()}${part.slice(1)} của ${noun}` : Noun;
      return `${what} khi giải nén vượt ${mb(limit)} (giới hạn của công cụ). Hãy xóa bớt hình ảnh hoặc nội dung thừa rồi lưu lại.`;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Relationships

export interface Relationship {
  id: string;
  type: string;
  /** As written (entities decoded); null when the attribute is missing. */
  target: string | null;
  external: boolean;
}

const RELATIONSHIP = /<(?:[A-Za-z_][\w.-]*:)?Relationship((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The relationships of a well-formed .rels part. */
export function parseRelationships(xml: string): Relationship[] {
  const out: Relationship[] = [];
  for (const m of xml.matchAll(RELATIONSHIP)) {
    const attrs = new Map<string, string>();
    for (const a of m[1].matchAll(ATTRIBUTE)) attrs.set(a[1], unescapeXml(a[2] ?? a[3] ?? ''));
    out.push({
      id: attrs.get('Id') ?? '',
      type: attrs.get('Type') ?? '',
      target: attrs.get('Target') ?? null,
      external: (attrs.get('TargetMode') ?? '').toLowerCase() === 'external',
    });
  }
  return out;
}

/** The part a .rels part describes: “word/_rels/document.xml.rels” → “word/document.xml”; “_rels/.rels” → '' (the package). */
export function relsSource(relsName: string): string | null {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/i.exec(relsName);
  return m ? m[1] + m[2] : null;
}

/**
 * The part name an internal target points to, resolved against the folder of its source part (an absolute
 * target from the package root); null when it leaves the package (“..” above the root, a drive, a scheme, a
 * network path).
 */
export function resolveTarget(source: string, target: string, decode = true): string | null {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(target) || target.includes('\\')) return null;
  let path = target.replace(/[?#].*$/, '');
  if (decode)
    try {
      path = decodeURIComponent(path);
    } catch {
      // not percent-encoded: read as written
    }
  if (/^[A-Za-z]:/.test(path) || path.includes('\\') || path.startsWith('//')) return null;
  const segments = path.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const s of path.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') {
      if (!segments.length) return null;
      segments.pop();
    } else segments.push(s);
  }
  return segments.join('/');
}

const HYPERLINK = /\/hyperlink$/;

// ---------------------------------------------------------------------------------------------

export type OpenedTemplate = { zip: PizZip; problems: [] } | { zip: null; problems: TemplateMessage[] };

/** Names a package may not hold: “..” or “.” segments, empty segments, a drive, control characters. */
const BAD_NAME = /(^|\/)\.{1,2}(\/|$)|\/\/|:|[\u0000-\u001f\u007f]/;

/** Whether a part holds XML: its name, or its content type. */
function isXmlPart(name: string, contentType: string | undefined): boolean {
  return /\.(xml|rels)$/i.test(name) || (contentType !== undefined && /[+/]xml$/i.test(contentType.trim()));
}

/** Content types by part name (lower case, no leading “/”) and by extension. */
function contentTypes(xml: string): { overrides: Map<string, string>; defaults: Map<string, string> } {
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:[A-Za-z_][\w.-]*:)?(Override|Default)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g)) {
    const attrs = new Map<string, string>();
    for (const a of m[2].matchAll(ATTRIBUTE)) attrs.set(a[1], unescapeXml(a[2] ?? a[3] ?? ''));
    const type = attrs.get('ContentType') ?? '';
    if (m[1] === 'Override') overrides.set((attrs.get('PartName') ?? '').replace(/^\/+/, '').toLowerCase(), type);
    else defaults.set((attrs.get('Extension') ?? '').toLowerCase(), type);
  }
  return { overrides, defaults };
}

/** XML parts written in UTF-16 are handed on as UTF-8 text: their declaration must say so. */
function utf8Declaration(text: string, bytes: Uint8Array): string {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes[0] === 0 || bytes[1] === 0;
  return utf16 ? text.replace(/^(<\?xml[^?]*?encoding\s*=\s*)(["'])[^"']*\2/, '$1"UTF-8"') : text;
}

/**
 * Reads a template's package with every check, and builds the PizZip docxtemplater works on. All problems
 * found are returned at once (a part that cannot be read stops the reading).
 */
export function openTemplate(template: Uint8Array, words: Noun = TEMPLATE_NOUN): OpenedTemplate {
  const { noun, Noun, resave } = words;
  const fail = (message: string, where = noun): OpenedTemplate => ({ zip: null, problems: [{ tag: '', where, message }] });
  const limits = TEMPLATE_LIMITS;
  const tooLarge = (name: keyof ZipLimits, part: string | null = null) => new ZipError('too-large', part, { name, value: limits[name] });
  let archive: ZipArchive;
  const parts = new Map<ZipEntry, Uint8Array>();
  try {
    if (template.length > limits.maxTotalBytes) throw tooLarge('maxTotalBytes');
    archive = ZipArchive.open(template, limits);
    let declared = 0;
    for (const e of archive.entries) {
      if (e.size > limits.maxPartBytes) throw tooLarge('maxPartBytes', e.name);
      declared += e.size;
    }
    if (declared > limits.maxTotalBytes) throw tooLarge('maxTotalBytes');
  } catch (e) {
    if (e instanceof ZipError) return fail(zipProblemText(e, template, words));
    throw e;
  }

  const problems: TemplateMessage[] = [];
  const seen = new Map<string, string>();
  const files = archive.entries.filter((e) => !e.name.endsWith('/'));
  for (const e of files) {
    const key = e.name.toLowerCase();
    if (BAD_NAME.test(e.name) || e.name.length > 1000)
      problems.push({
        tag: '',
        where: noun,
        message: `${Noun} có phần mang tên không hợp lệ “${e.name}” (tên phần không được có “..”, “:” hay ký tự điều khiển): tệp có thể đã bị sửa để gây hại, hãy dùng ${noun} khác.`,
      });
    else if (seen.has(key))
      problems.push({ tag: '', where: noun, message: `${Noun} có hai phần trùng tên “${seen.get(key)}” và “${e.name}”. ${resave}` });
    seen.set(key, e.name);
  }
  if (problems.length) return { zip: null, problems };

  try {
    for (const e of files) parts.set(e, archive.read(e.name)!);
  } catch (e) {
    if (e instanceof ZipError) return fail(zipProblemText(e, template, words));
    throw e;
  }

  const byName = new Map(files.map((e) => [e.name.toLowerCase(), e]));
  const typesEntry = byName.get('[content_types].xml');
  if (!typesEntry) return fail('Tệp không phải là tài liệu Word (.docx): thiếu phần [Content_Types].xml.');
  if (!byName.has('word/document.xml')) return fail('Tệp không phải là tài liệu Word (.docx): thiếu phần nội dung word/document.xml.');
  if (!byName.has('_rels/.rels')) return fail('Tệp không phải là tài liệu Word (.docx): thiếu phần _rels/.rels.');

  // Every XML part well-formed.
  const texts = new Map<ZipEntry, string>();
  const types = contentTypes(xmlText(parts.get(typesEntry)!));
  for (const e of files) {
    const ext = /\.([^./]+)$/.exec(e.name)?.[1]?.toLowerCase() ?? '';
    if (!isXmlPart(e.name, types.overrides.get(e.name.toLowerCase()) ?? types.defaults.get(ext))) continue;
    const bytes = parts.get(e)!;
    const text = xmlText(bytes);
    const f = xmlFault(text);
    if (f) {
      const label = partLabel(e.name);
      problems.push({
        tag: '',
        where: label,
        message: `${Noun} bị hỏng: phần “${e.name}”${label !== e.name ? ` (${label})` : ''} không phải XML hợp lệ (dòng ${f.line}, cột ${f.column}: ${f.reason}). ${resave}`,
      });
    } else texts.set(e, utf8Declaration(text, bytes));
  }
  if (problems.length) return { zip: null, problems };

  // Every relationship points inside the package, to a part it holds.
  for (const [e, text] of texts) {
    const source = relsSource(e.name);
    if (source === null) continue;
    for (const r of parseRelationships(text)) {
      const rel = `Quan hệ “${r.id}” trong phần “${e.name}”`;
      const where = source ? partLabel(source) : noun;
      const escapes = (target: string) =>
        problems.push({
          tag: '',
          where,
          message:
            `${rel} trỏ ra ngoài ${noun} (“${target}”): tệp .docx chỉ được trỏ tới các phần bên trong nó ` +
            '(hình ảnh hay tài liệu liên kết hãy chèn hẳn vào văn bản). Hãy xóa liên kết đó rồi lưu lại.',
        });
      if (r.target === null || !r.target.trim()) {
        problems.push({ tag: '', where, message: `${rel} thiếu đích (Target). ${resave}` });
      } else if (r.external) {
        if (!HYPERLINK.test(r.type) && !/^https?:\/\//i.test(r.target.trim())) escapes(r.target);
      } else {
        const name = resolveTarget(source, r.target.trim());
        if (name === null) escapes(r.target);
        else if (!byName.has(name.toLowerCase()) && !byName.has((resolveTarget(source, r.target.trim(), false) ?? '').toLowerCase()))
          problems.push({ tag: '', where, message: `${rel} trỏ tới phần “${name}” không có trong ${noun}. ${resave}` });
      }
    }
  }
  if (problems.length) return { zip: null, problems };

  const zip = new PizZip();
  for (const e of files) zip.file(e.name, texts.get(e) ?? parts.get(e)!);
  return { zip, problems: [] };
}

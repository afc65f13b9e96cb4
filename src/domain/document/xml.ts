// XML escaping shared by the table builder and the renderer, and a well-formedness check for the parts of a
// template (no DOM: also runs in Apps Script).
import { xmlSafe } from '../text';

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text for an XML element or a double-quoted attribute: characters XML forbids dropped (xmlSafe), markup escaped. */
export function escapeXml(s: string): string {
  const safe = xmlSafe(s);
  return /[&<>"]/.test(safe) ? safe.replace(/[&<>"]/g, (c) => ENTITY[c]) : safe;
}

/** Whether a code point may appear in an XML 1.0 document (the Char production). */
function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/** Text of XML content: entity and character references decoded; a reference to no XML character is kept as written. */
export function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  const ref = (whole: string, cp: number) => (isXmlChar(cp) ? String.fromCodePoint(cp) : whole);
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d{1,10});/g, (m, d: string) => ref(m, Number(d)))
    .replace(/&#x([0-9a-f]{1,8});/gi, (m, h: string) => ref(m, parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

// ---------------------------------------------------------------------------------------------
// Well-formedness (XML 1.0 without a DTD, namespaces not resolved): what Word, LibreOffice and docxtemplater's
// own parser need to read a part. A DOCTYPE is refused outright: no OOXML part has one, and entities it
// declares could expand without bound.

/** Where an XML text stops being well-formed, and why (Vietnamese, for the officer). */
export interface XmlFault {
  /** Offset in the text (UTF-16 code units). */
  offset: number;
  line: number;
  column: number;
  reason: string;
}

/** XML names, slightly simplified: ASCII letters, “_”, “:” and any non-ASCII letter first; then also digits, “-”, “.”. */
const NAME = '[A-Za-z_:\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD][-.0-9A-Za-z_:\\u00B7\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u203F\\u2040\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD]*';
const START_TAG = new RegExp(`<(${NAME})`, 'y');
const ATTRIBUTE = new RegExp(`[ \\t\\r\\n]+(${NAME})[ \\t\\r\\n]*=[ \\t\\r\\n]*(?:"([^<"]*)"|'([^<']*)')`, 'y');
const TAG_END = /[ \t\r\n]*(\/?)>/y;
const END_TAG = new RegExp(`</(${NAME})[ \\t\\r\\n]*>`, 'y');
const PI_TARGET = new RegExp(`<\\?(${NAME})`, 'y');
const SPACE_ONLY = /^[ \t\r\n]*$/;
/** Characters XML 1.0 forbids (as text.ts's xmlSafe): C0 controls but tab, LF, CR; U+FFFE, U+FFFF; lone surrogates. */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const REFERENCE = /&(?:#x([0-9a-fA-F]+);|#([0-9]+);|(amp|lt|gt|quot|apos);)?/g;

const codePoint = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
const shortText = (s: string) => (s.length > 20 ? `${s.slice(0, 19)}…` : s);

/** The first fault of character data or an attribute value (forbidden characters, references), or null. */
function textFault(s: string): { at: number; reason: string } | null {
  const bad = FORBIDDEN.exec(s);
  if (bad) return { at: bad.index, reason: `có ký tự ${codePoint(bad[0])}, ký tự mà XML không cho phép` };
  if (!s.includes('&')) return null;
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(s); m; m = REFERENCE.exec(s)) {
    if (m[3]) continue;
    if (m[1] !== undefined || m[2] !== undefined) {
      const digits = m[1] ?? m[2];
      const cp = digits.length > 8 ? -1 : parseInt(digits, m[1] !== undefined ? 16 : 10);
      if (isXmlChar(cp)) continue;
      return { at: m.index, reason: `tham chiếu “${shortText(m[0])}” chỉ tới ký tự mà XML không cho phép` };
    }
    const written = /^&[^\s<&;]{0,20};?/.exec(s.slice(m.index))?.[0] ?? '&';
    return { at: m.index, reason: `có “${shortText(written)}” không phải tham chiếu hợp lệ (dấu “&” phải viết là “&amp;”)` };
  }
  return null;
}

/** The first well-formedness fault of an XML text (its BOM already dropped), or null when it is well-formed. */
export function xmlFault(xml: string): XmlFault | null {
  const fault = (offset: number, reason: string): XmlFault => {
    let line = 1;
    let lineStart = 0;
    for (let i = xml.indexOf('\n'); i >= 0 && i < offset; i = xml.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return { offset, line, column: offset - lineStart + 1, reason };
  };
  const open: { name: string; at: number }[] = [];
  let rootSeen = false;
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) {
      const text = xml.slice(i, end);
      if (!open.length) {
        if (!SPACE_ONLY.test(text)) return fault(i + (text.length - text.trimStart().length), 'có chữ nằm ngoài phần tử gốc');
      } else {
        const f = textFault(text);
        if (f) return fault(i + f.at, f.reason);
        const cdataEnd = text.indexOf(']]>');
        if (cdataEnd >= 0) return fault(i + cdataEnd, 'có “]]>” trong nội dung');
      }
    }
    if (lt < 0) break;
    i = lt;
    if (xml.startsWith('<!--', i)) {
      const close = xml.indexOf('-->', i + 4);
      if (close < 0) return fault(i, 'chú thích “<!--” không được đóng');
      const body = xml.slice(i + 4, close);
      if (body.includes('--') || body.endsWith('-')) return fault(i, 'chú thích có “--” bên trong');
      const bad = FORBIDDEN.exec(body);
      if (bad) return fault(i + 4 + bad.index, `có ký tự ${codePoint(bad[0])}, ký tự mà XML không cho phép`);
      i = close + 3;
    } else if (xml.startsWith('<![CDATA[', i)) {
      if (!open.length) return fault(i, 'khối CDATA nằm ngoài phần tử gốc');
      const close = xml.indexOf(']]>', i + 9);
      if (close < 0) return fault(i, 'khối “<![CDATA[” không được đóng');
      const bad = FORBIDDEN.exec(xml.slice(i + 9, close));
      if (bad) return fault(i + 9 + bad.index, `có ký tự ${codePoint(bad[0])}, ký tự mà XML không cho phép`);
      i = close + 3;
    } else if (xml.startsWith('<!', i)) {
      const what = xml.startsWith('<!DOCTYPE', i) ? 'khai báo DOCTYPE' : `khai báo “${shortText(xml.slice(i, i + 10))}”`;
      return fault(i, `có ${what}, không được phép trong tệp Word (có thể dùng để làm tràn bộ nhớ)`);
    } else if (xml.startsWith('<?', i)) {
      PI_TARGET.lastIndex = i;
      const target = PI_TARGET.exec(xml)?.[1];
      if (!target) return fault(i, 'khai báo “<?” viết sai');
      if (target.toLowerCase() === 'xml' && i !== 0) return fault(i, 'khai báo “<?xml …?>” phải ở ngay đầu phần');
      const close = xml.indexOf('?>', i + 2);
      if (close < 0) return fault(i, `khai báo “<?${target}” không được đóng`);
      i = close + 2;
    } else if (xml.startsWith('</', i)) {
      END_TAG.lastIndex = i;
      const m = END_TAG.exec(xml);
      if (!m) return fault(i, 'thẻ đóng “</…>” viết sai');
      const top = open.pop();
      if (!top) return fault(i, `thẻ đóng “</${m[1]}>” không có thẻ mở`);
      if (top.name !== m[1]) return fault(i, `thẻ đóng “</${m[1]}>” không khớp thẻ mở “<${top.name}>”`);
      i = END_TAG.lastIndex;
    } else {
      START_TAG.lastIndex = i;
      const m = START_TAG.exec(xml);
      if (!m) return fault(i, 'dấu “<” đặt sai chỗ (trong nội dung phải viết là “&lt;”)');
      if (!open.length && rootSeen) return fault(i, `có phần tử “<${m[1]}>” thứ hai ngoài phần tử gốc`);
      let at = START_TAG.lastIndex;
      const names = new Set<string>();
      for (;;) {
        ATTRIBUTE.lastIndex = at;
        const a = ATTRIBUTE.exec(xml);
        if (!a) break;
        if (names.has(a[1])) return fault(at, `thuộc tính “${a[1]}” của thẻ “<${m[1]}>” bị lặp`);
        names.add(a[1]);
        const value = a[2] ?? a[3] ?? '';
        const f = textFault(value);
        if (f) return fault(ATTRIBUTE.lastIndex - value.length - 1 + f.at, f.reason);
        at = ATTRIBUTE.lastIndex;
      }
      TAG_END.lastIndex = at;
      const e = TAG_END.exec(xml);
      if (!e) return fault(at, `thẻ “<${m[1]}” viết sai (thuộc tính hoặc dấu “>”)`);
      rootSeen = true;
      if (!e[1]) open.push({ name: m[1], at: i });
      i = TAG_END.lastIndex;
    }
  }
  if (open.length) {
    const top = open[open.length - 1];
    return fault(top.at, `thẻ “<${top.name}>” không được đóng`);
  }
  if (!rootSeen) return fault(0, 'không có phần tử nào');
  return null;
}

// Ownership stamps: every .docx the tool writes carries a hash of its content parts (a custom property) and a
// marker “DVK-<hash>” in its keywords, which LibreOffice carries into the PDF's metadata. Callers tell a file
// they wrote (and that nobody changed since) from a file an officer edited or one they never wrote.
import { DEFAULT_ZIP_LIMITS, ZipArchive, xmlText } from '../zip';
import { parseRelationships, resolveTarget } from './package';
import { CORE_OPEN, REL_CUSTOM, appendToRoot, corePart, customPart, customValue, customXml, registerProperties } from './props';
import { escapeXml, unescapeXml } from './xml';
import PizZip from './zip';

/** The custom property holding the hash. */
export const STAMP_PROPERTY = 'Dân vận khéo – mã nội dung';

/** The parts the hash covers, as written: the body, headers and footers, footnotes and endnotes. */
const STAMPED_PART = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/i;

/** A marker in keywords: no space, comma or semicolon, so it survives LibreOffice splitting keywords into words. */
const MARKER = /DVK-[0-9a-z]{14}(?![0-9a-z])/;
const MARKER_TOKEN = /^DVK-[0-9a-z]{14}$/;

// ---------------------------------------------------------------------------------------------
// The hash: two 32-bit FNV-1a halves (different offset bases) over each part's name and bytes, in name order.

const FNV_PRIME = 0x01000193;

function contentHash(parts: readonly { name: string; bytes: Uint8Array }[]): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  const eat = (byte: number) => {
    a = Math.imul(a ^ byte, FNV_PRIME);
    b = Math.imul(b ^ byte, FNV_PRIME);
  };
  for (const p of [...parts].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))) {
    for (let i = 0; i < p.name.length; i++) {
      const c = p.name.charCodeAt(i);
      eat(c >>> 8);
      eat(c & 0xff);
    }
    eat(0);
    const bytes = p.bytes;
    for (let i = 0; i < bytes.length; i++) {
      a = Math.imul(a ^ bytes[i], FNV_PRIME);
      b = Math.imul(b ^ bytes[i], FNV_PRIME);
    }
    const n = bytes.length;
    for (const byte of [n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]) eat(byte);
  }
  const half = (h: number) => (h >>> 0).toString(36).padStart(7, '0');
  return half(a) + half(b);
}

/** Keywords with the marker: other keywords kept (an earlier marker replaced), “; ” between them. */
function withMarker(keywords: string, marker: string): string {
  const kept = keywords
    .split(';')
    .map((k) => k.trim())
    .filter((k) => k && !MARKER_TOKEN.test(k));
  return [...kept, marker].join('; ');
}

const KEYWORDS = /<([A-Za-z_][\w.-]*:)?keywords(\s[^<>]*?)?(?:\/>|>([^<]*)<\/\1?keywords\s*>)/;
const CORE_ROOT = /<([A-Za-z_][\w.-]*:)?coreProperties[\s>/]/;

/** The core properties with the marker in cp:keywords (added when missing). */
function stampCore(xml: string | undefined, marker: string): string {
  const core = xml && CORE_ROOT.test(xml) ? xml : `${CORE_OPEN}</cp:coreProperties>`;
  const m = KEYWORDS.exec(core);
  if (m) {
    const prefix = m[1] ?? '';
    const value = escapeXml(withMarker(unescapeXml(m[3] ?? ''), marker));
    return `${core.slice(0, m.index)}<${prefix}keywords${m[2] ?? ''}>${value}</${prefix}keywords>${core.slice(m.index + m[0].length)}`;
  }
  const prefix = CORE_ROOT.exec(core)?.[1] ?? '';
  return appendToRoot(core, `<${prefix}keywords>${escapeXml(marker)}</${prefix}keywords>`);
}

/** Stamps a package in place (PizZip holding our own output). */
export function stampZip(zip: PizZip): void {
  const parts = Object.keys(zip.files)
    .filter((n) => STAMPED_PART.test(n) && !zip.files[n].dir)
    .map((name) => ({ name, bytes: zip.file(name)!.asUint8Array() }));
  const hash = contentHash(parts);
  const corePath = corePart(zip);
  zip.file(corePath, stampCore(zip.file(corePath)?.asText(), `DVK-${hash}`));
  const customPath = customPart(zip);
  zip.file(customPath, customXml([{ name: STAMP_PROPERTY, value: hash }], zip.file(customPath)?.asText(), 'last'));
  registerProperties(zip, corePath, customPath);
}

/**
 * A .docx with the ownership stamp: the custom property “Dân vận khéo – mã nội dung” holds a hash of
 * word/document.xml and the header, footer and note parts as written, and the core keywords get “DVK-<hash>”
 * (other keywords kept). For the tool's own output (renderDocument and combineDocuments already stamp).
 */
export function stampDocx(bytes: Uint8Array): Uint8Array {
  const zip = new PizZip(bytes);
  stampZip(zip);
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * 'ours': stamped by the tool and its content parts unchanged since; 'edited': stamped, but the parts changed
 * (opened in Word and saved, for one); 'foreign': anything else — no stamp, not a .docx, unreadable. Never throws.
 */
export function docxOwnership(bytes: Uint8Array): 'ours' | 'edited' | 'foreign' {
  try {
    const zip = ZipArchive.open(bytes, DEFAULT_ZIP_LIMITS);
    const rels = zip.read('_rels/.rels');
    const rel = rels ? parseRelationships(xmlText(rels)).find((r) => r.type === REL_CUSTOM && !r.external && r.target) : undefined;
    const custom = zip.read((rel && resolveTarget('', rel.target!.trim())) || 'docProps/custom.xml');
    const stamp = custom ? customValue(xmlText(custom), STAMP_PROPERTY) : null;
    if (!stamp) return 'foreign';
    const parts = zip.entries.filter((e) => STAMPED_PART.test(e.name)).map((e) => ({ name: e.name, bytes: zip.read(e.name)! }));
    return contentHash(parts) === stamp.trim() ? 'ours' : 'edited';
  } catch {
    return 'foreign';
  }
}

// ---------------------------------------------------------------------------------------------
// PDF: a signature dictionary, and the marker in the metadata.
//
// LibreOffice (7.4) writes the core keywords into the Info dictionary as a UTF-16BE hex string with a BOM,
// `/Keywords<FEFF…>`, after splitting them into words joined by “, ”; a PDF/A export also writes them into
// the XMP packet (`<pdf:Keywords>…</pdf:Keywords>`, UTF-8). Other writers use literal strings `(…)`, with
// escapes, in PDFDocEncoding or UTF-16BE. A signature dictionary is never compressed (its /ByteRange must
// locate its /Contents in the file's bytes), so it is found in the raw bytes.

const WS = '[\\0\\t\\n\\f\\r ]';
const DELIMITER = '(?=[\\0\\t\\n\\f\\r ()<>\\[\\]{}/%]|$)';
const SIGNATURE = new RegExp(`/ByteRange${DELIMITER}|/Type${WS}*/Sig${DELIMITER}`);
const KEYWORDS_VALUE = new RegExp(`/Keywords${WS}*(?:([(<])|(\\d+)${WS}+(\\d+)${WS}+R)`, 'g');
const OBJECT = new RegExp(`(?:^|[^0-9])(\\d+)${WS}+(\\d+)${WS}+obj${WS}*([(<])`, 'g');
/** Window of the PDF read at a time, and how far windows overlap (a string or packet longer than that is cut). */
const STEP = 4 * 1024 * 1024;
const OVERLAP = 256 * 1024;

function latin1(b: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i += 8192) s += String.fromCharCode.apply(null, Array.from(b.subarray(i, Math.min(end, i + 8192))));
  return s;
}

/** The bytes of the PDF string starting at `at` (“(” or “<”), or null when it does not end within the window. */
function pdfString(s: string, at: number): number[] | null {
  const out: number[] = [];
  if (s[at] === '<') {
    const end = s.indexOf('>', at);
    if (end < 0) return null;
    const hex = s.slice(at + 1, end).replace(/[\0\t\n\f\r ]/g, '');
    if (!/^[0-9A-Fa-f]*$/.test(hex)) return null;
    for (let i = 0; i < hex.length; i += 2) out.push(parseInt(hex.slice(i, i + 2).padEnd(2, '0'), 16));
    return out;
  }
  let depth = 0;
  for (let j = at; j < s.length; j++) {
    const c = s[j];
    if (c === '\\') {
      const n = s[++j];
      if (n === undefined) return null;
      const simple: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
      if (n in simple) out.push(simple[n]);
      else if (n >= '0' && n <= '7') {
        let octal = n;
        while (octal.length < 3 && s[j + 1] >= '0' && s[j + 1] <= '7') octal += s[++j];
        out.push(parseInt(octal, 8) & 0xff);
      } else if (n === '\r') {
        if (s[j + 1] === '\n') j++;
      } else if (n !== '\n') out.push(n.charCodeAt(0));
    } else if (c === '(') {
      if (depth++ > 0) out.push(40);
    } else if (c === ')') {
      if (--depth === 0) return out;
      out.push(41);
    } else out.push(c.charCodeAt(0));
  }
  return null;
}

/** A PDF text string: UTF-16 with a BOM, UTF-8 with a BOM, else PDFDocEncoding (ASCII is all the marker needs). */
function pdfText(b: number[]): string {
  const units = (big: boolean) => {
    let s = '';
    for (let i = 2; i + 1 < b.length; i += 2) s += String.fromCharCode(big ? (b[i] << 8) | b[i + 1] : b[i] | (b[i + 1] << 8));
    return s;
  };
  if (b[0] === 0xfe && b[1] === 0xff) return units(true);
  if (b[0] === 0xff && b[1] === 0xfe) return units(false);
  let s = '';
  for (let i = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

const hasMarker = (s: string, at: number) => {
  const b = pdfString(s, at);
  return b !== null && MARKER.test(pdfText(b));
};

/**
 * `signed`: the PDF holds a signature dictionary (/ByteRange, or /Type /Sig in any spacing). `ours`: its metadata
 * carries the marker “DVK-<hash>” (Info /Keywords in any string form, direct or indirect, or the XMP packet).
 * Never throws.
 */
export function pdfOwnership(bytes: Uint8Array): { ours: boolean; signed: boolean } {
  let ours = false;
  let signed = false;
  try {
    const indirect = new Set<string>();
    const windows = (visit: (s: string) => boolean) => {
      for (let start = 0; start < bytes.length; start += STEP) if (visit(latin1(bytes, start, Math.min(bytes.length, start + STEP + OVERLAP)))) return;
    };
    windows((s) => {
      signed ||= SIGNATURE.test(s);
      if (!ours) {
        KEYWORDS_VALUE.lastIndex = 0;
        for (let m = KEYWORDS_VALUE.exec(s); m && !ours; m = KEYWORDS_VALUE.exec(s)) {
          if (m[1]) ours = hasMarker(s, m.index + m[0].length - 1);
          else indirect.add(`${Number(m[2])} ${Number(m[3])}`);
        }
        for (let at = s.indexOf('<x:xmpmeta'); at >= 0 && !ours; at = s.indexOf('<x:xmpmeta', at + 1)) {
          const end = s.indexOf('</x:xmpmeta>', at);
          ours = MARKER.test(s.slice(at, end < 0 ? s.length : end));
        }
      }
      return ours && signed;
    });
    if (!ours && indirect.size)
      windows((s) => {
        OBJECT.lastIndex = 0;
        for (let m = OBJECT.exec(s); m && !ours; m = OBJECT.exec(s))
          if (indirect.has(`${Number(m[1])} ${Number(m[2])}`)) ours = hasMarker(s, m.index + m[0].length - 1);
        return ours;
      });
  } catch {
    // unreadable: what was found so far
  }
  return { ours, signed };
}

// Reads a ZIP package (.xlsx, .docx) from its bytes with every size checked before anything is inflated:
// the central directory is parsed (ZIP64 included), part names are matched case-insensitively (as OPC says),
// and each part is inflated in small steps that stop as soon as it grows past what its header declared.
import { Inflate } from 'fflate';

/** Why a package cannot be read; the adapters and callers turn the code into Vietnamese words. */
export type ZipProblem =
  /** Not a ZIP file at all (no local header signature at the start). */
  | 'not-zip'
  /** Starts like a ZIP file but its directory is missing or cut: an incomplete download or copy. */
  | 'truncated'
  /** The directory or a part's data is inconsistent, or a part does not inflate to its declared size. */
  | 'corrupt'
  /** A part is encrypted (ZIP encryption; Office encrypts differently, see the CFB check of the callers). */
  | 'encrypted'
  /** A compression method other than stored or deflate. */
  | 'unsupported'
  /** A limit of ZipLimits is exceeded (too many entries, a part or the parts read too large). */
  | 'too-large';

export class ZipError extends Error {
  constructor(
    readonly problem: ZipProblem,
    /** The part concerned, when there is one. */
    readonly part: string | null = null,
    /** For 'too-large': which limit, and its value. */
    readonly limit: { name: keyof ZipLimits; value: number } | null = null,
  ) {
    super(`zip: ${problem}${part ? ` (${part})` : ''}${limit ? ` [${limit.name} ${limit.value}]` : ''}`);
    this.name = 'ZipError';
  }
}

export interface ZipLimits {
  /** Entries in the directory. */
  maxEntries: number;
  /** Inflated bytes of one part. */
  maxPartBytes: number;
  /** Inflated bytes of all the parts read from one package. */
  maxTotalBytes: number;
}

/**
 * Defaults sized for real workbooks and documents: a 200,000-row list is about 60 MB of sheet XML; Excel's own
 * limits keep honest parts far below these. Documented in README (“Giới hạn”).
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 20_000,
  maxPartBytes: 400 * 1024 * 1024,
  maxTotalBytes: 800 * 1024 * 1024,
};

/**
 * Inflates a raw deflate stream into exactly `size` bytes, or throws (anything) when the stream is broken or would
 * grow past `size`. The default is fflate in small steps (pure JavaScript, as Apps Script needs); the CLI passes
 * Node's zlib with `maxOutputLength`, which gives the same bytes, natively.
 */
export type Inflater = (raw: Uint8Array, size: number) => Uint8Array;

export interface ZipEntry {
  /** The name as stored, with `\` turned into `/` and a leading `/` removed. */
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  crc32: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
/** Input fed to the inflater per step: bounds what one step can produce to about 1,000 × this. */
const STEP = 16 * 1024;

/** Whether the bytes start like a ZIP file (accepts signed bytes, as Apps Script blobs give them). */
export function looksLikeZip(head: ArrayLike<number>): boolean {
  return head.length >= 4 && (head[0] & 0xff) === 0x50 && (head[1] & 0xff) === 0x4b && (head[2] & 0xff) === 3 && (head[3] & 0xff) === 4;
}

export class ZipArchive {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly view: DataView;
  private readBytes = 0;

  private constructor(
    private readonly bytes: Uint8Array,
    readonly entries: readonly ZipEntry[],
    readonly limits: ZipLimits,
    private readonly inflate: Inflater,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (const e of entries) {
      const key = e.name.toLowerCase();
      if (!this.byName.has(key)) this.byName.set(key, e);
    }
  }

  /** Parses the directory; throws ZipError. Nothing is inflated here. */
  static open(bytes: Uint8Array, limits: Partial<ZipLimits> = {}, inflate: Inflater = inflateSteps): ZipArchive {
    const lim = { ...DEFAULT_ZIP_LIMITS, ...limits };
    if (!looksLikeZip(bytes)) throw new ZipError('not-zip');
    return new ZipArchive(bytes, readDirectory(bytes, lim), lim, inflate);
  }

  /** The entry of a part name, matched without regard to case (and to a leading `/`). */
  entry(name: string): ZipEntry | undefined {
    return this.byName.get(normalizeName(name).toLowerCase());
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /** The inflated bytes of a part, or undefined when the package has no such part. Throws ZipError. */
  read(name: string): Uint8Array | undefined {
    const e = this.entry(name);
    if (!e) return undefined;
    const { maxPartBytes, maxTotalBytes } = this.limits;
    if (e.size > maxPartBytes) throw new ZipError('too-large', e.name, { name: 'maxPartBytes', value: maxPartBytes });
    if (this.readBytes + e.size > maxTotalBytes) throw new ZipError('too-large', e.name, { name: 'maxTotalBytes', value: maxTotalBytes });
    if (e.flags & 1) throw new ZipError('encrypted', e.name);
    const data = this.rawData(e);
    let out: Uint8Array;
    if (e.method === 0) {
      if (e.compressedSize !== e.size) throw new ZipError('corrupt', e.name);
      out = data;
    } else if (e.method === 8) {
      try {
        out = this.inflate(data, e.size);
      } catch {
        throw new ZipError('corrupt', e.name);
      }
      if (out.length !== e.size) throw new ZipError('corrupt', e.name);
    } else throw new ZipError('unsupported', e.name);
    this.readBytes += out.length;
    return out;
  }

  /** The compressed bytes of an entry, located through its local header. */
  private rawData(e: ZipEntry): Uint8Array {
    const v = this.view;
    const at = e.localOffset;
    if (at + 30 > this.bytes.length || v.getUint32(at, true) !== SIG_LOCAL) throw new ZipError('corrupt', e.name);
    const start = at + 30 + v.getUint16(at + 26, true) + v.getUint16(at + 28, true);
    const end = start + e.compressedSize;
    if (end > this.bytes.length) throw new ZipError('truncated', e.name);
    return this.bytes.subarray(start, end);
  }
}

function normalizeName(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '');
}

/** Finds the end-of-central-directory record (it may be followed by a comment of up to 65,535 bytes). */
function findEocd(bytes: Uint8Array, v: DataView): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && v.getUint32(i, true) === SIG_EOCD) return i;
  return -1;
}

function readDirectory(bytes: Uint8Array, lim: ZipLimits): ZipEntry[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(bytes, v);
  if (eocd < 0) throw new ZipError('truncated');
  let count = v.getUint16(eocd + 10, true);
  let size = v.getUint32(eocd + 12, true);
  let offset = v.getUint32(eocd + 16, true);
  // ZIP64: the real values are in the ZIP64 end record, found through its locator just before.
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc >= 0 && v.getUint32(loc, true) === SIG_EOCD64_LOCATOR) {
      const at = big(v, loc + 8);
      if (at + 56 <= bytes.length && v.getUint32(at, true) === SIG_EOCD64) {
        count = big(v, at + 32);
        size = big(v, at + 40);
        offset = big(v, at + 48);
      }
    }
  }
  if (count > lim.maxEntries) throw new ZipError('too-large', null, { name: 'maxEntries', value: lim.maxEntries });
  if (offset + size > bytes.length) throw new ZipError('truncated');
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || v.getUint32(p, true) !== SIG_CENTRAL) throw new ZipError('corrupt');
    const flags = v.getUint16(p + 8, true);
    const method = v.getUint16(p + 10, true);
    const crc32 = v.getUint32(p + 16, true);
    let compressedSize = v.getUint32(p + 20, true);
    let uncompressed = v.getUint32(p + 24, true);
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    let localOffset = v.getUint32(p + 42, true);
    const nameEnd = p + 46 + nameLen;
    if (nameEnd + extraLen + commentLen > bytes.length) throw new ZipError('corrupt');
    // ZIP64 extra field (id 1): only the fields whose 32-bit value is all ones, in this order.
    for (let x = nameEnd; x + 4 <= nameEnd + extraLen; ) {
      const id = v.getUint16(x, true);
      const len = v.getUint16(x + 2, true);
      if (id === 1) {
        let q = x + 4;
        const take = () => {
          const n = q + 8 <= x + 4 + len ? big(v, q) : -1;
          q += 8;
          return n;
        };
        if (uncompressed === 0xffffffff) uncompressed = take();
        if (compressedSize === 0xffffffff) compressedSize = take();
        if (localOffset === 0xffffffff) localOffset = take();
        if (uncompressed < 0 || compressedSize < 0 || localOffset < 0) throw new ZipError('corrupt');
      }
      x += 4 + len;
    }
    entries.push({
      name: normalizeName(decodeName(bytes.subarray(p + 46, nameEnd), (flags & 0x800) !== 0)),
      method,
      flags,
      compressedSize,
      size: uncompressed,
      localOffset,
      crc32,
    });
    p = nameEnd + extraLen + commentLen;
  }
  return entries;
}

/** A 64-bit little-endian value as a number (exact below 2^53; larger ones are corrupt for our purposes). */
function big(v: DataView, at: number): number {
  const n = v.getUint32(at, true) + v.getUint32(at + 4, true) * 0x100000000;
  return Number.isSafeInteger(n) ? n : Number.MAX_SAFE_INTEGER;
}

/** Entry names: UTF-8 when flagged, else code page 437, which for the ASCII names of OOXML parts is the same. */
function decodeName(b: Uint8Array, utf8: boolean): string {
  let ascii = true;
  for (let i = 0; i < b.length; i++) if (b[i] > 0x7f) ascii = false;
  if (ascii) return String.fromCharCode.apply(null, Array.from(b));
  return utf8 ? utf8Decode(b) : Array.from(b, (c) => CP437_HIGH[c - 0x80] ?? '?').join('');
}

const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

/** Inflates a deflate stream in small steps, stopping as soon as the output passes the declared size. */
export function inflateSteps(data: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let length = 0;
  let over = false;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    if (length + chunk.length > out.length) over = true;
    else out.set(chunk, length);
    length += chunk.length;
    if (final) ended = true;
  });
  for (let at = 0; at < data.length && !over && !ended; at += STEP) {
    const end = Math.min(at + STEP, data.length);
    inflater.push(data.subarray(at, end), end === data.length);
  }
  if (over || length !== size) throw new Error('inflate: size');
  return out;
}

/**
 * UTF-8 to text as the WHATWG decoder does it (each invalid sequence becomes U+FFFD): TextDecoder where the
 * platform has one (Node, browsers), else the same algorithm in JavaScript (Apps Script has no TextDecoder).
 */
export function utf8Decode(b: Uint8Array): string {
  const TD = (globalThis as { TextDecoder?: new (label: string) => { decode(b: Uint8Array): string } }).TextDecoder;
  if (TD) return new TD('utf-8').decode(b);
  return utf8DecodeJs(b);
}

/** The WHATWG UTF-8 decoder in plain JavaScript; exported for tests that compare it with TextDecoder. */
export function utf8DecodeJs(b: Uint8Array): string {
  const parts: string[] = [];
  let units: number[] = [];
  const flush = () => {
    parts.push(String.fromCharCode.apply(null, units));
    units = [];
  };
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      units.push(c);
      i++;
    } else {
      let need = 0;
      let cp = 0;
      let lower = 0x80;
      let upper = 0xbf;
      if (c >= 0xc2 && c <= 0xdf) (need = 1), (cp = c & 0x1f);
      else if (c >= 0xe0 && c <= 0xef) {
        need = 2;
        cp = c & 0xf;
        if (c === 0xe0) lower = 0xa0;
        if (c === 0xed) upper = 0x9f;
      } else if (c >= 0xf0 && c <= 0xf4) {
        need = 3;
        cp = c & 0x7;
        if (c === 0xf0) lower = 0x90;
        if (c === 0xf4) upper = 0x8f;
      }
      i++;
      if (need === 0) units.push(0xfffd);
      else {
        let ok = true;
        for (let k = 0; k < need; k++) {
          const d = b[i];
          if (i >= n || d < lower || d > upper) {
            ok = false;
            break;
          }
          lower = 0x80;
          upper = 0xbf;
          cp = (cp << 6) | (d & 0x3f);
          i++;
        }
        if (!ok) units.push(0xfffd);
        else if (cp >= 0x10000) {
          cp -= 0x10000;
          units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
        } else units.push(cp);
      }
    }
    if (units.length >= 8192) flush();
  }
  flush();
  return parts.join('');
}

/**
 * An XML part's text: UTF-8 (with or without a BOM), or UTF-16 when it has a BOM or its declaration is written
 * in UTF-16 (the first bytes `<?` as 16-bit units). The BOM is dropped.
 */
export function xmlText(b: Uint8Array): string {
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) return utf16(b.subarray(2), b[0] === 0xff);
  if (b.length >= 4 && b[0] === 0x3c && b[1] === 0 && b[2] === 0x3f && b[3] === 0) return utf16(b, true);
  if (b.length >= 4 && b[0] === 0 && b[1] === 0x3c && b[2] === 0 && b[3] === 0x3f) return utf16(b, false);
  const s = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b;
  return utf8Decode(s);
}

function utf16(b: Uint8Array, little: boolean): string {
  const parts: string[] = [];
  let units: number[] = [];
  for (let i = 0; i + 1 < b.length; i += 2) {
    units.push(little ? b[i] | (b[i + 1] << 8) : (b[i] << 8) | b[i + 1]);
    if (units.length >= 8192) {
      parts.push(String.fromCharCode.apply(null, units));
      units = [];
    }
  }
  parts.push(String.fromCharCode.apply(null, units));
  return parts.join('');
}

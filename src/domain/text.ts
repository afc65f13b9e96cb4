// Vietnamese text helpers: NFC normalisation, folding for comparison, and sorting.

/** Combining tone marks (grave, acute, tilde, hook above, dot below). Vowel-shape marks are not tones. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const NON_WORD = /[^\p{L}\p{M}\p{N}]+/gu;

export function nfc(s: string): string {
  return s.normalize('NFC');
}

interface CharInfo {
  /** Lower-case letter with its vowel-shape mark (ô, ư, ă, đ…) but no tone; '' for a bare tone mark. */
  base: string;
  tone: string;
  word: boolean;
}

/** Indexed by UTF-16 code unit; filled on first sight of each character. */
const charInfo: (CharInfo | undefined)[] = [];

function infoOf(code: number): CharInfo {
  let info = charInfo[code];
  if (!info) {
    const ch = String.fromCharCode(code);
    const d = ch.normalize('NFD').toLowerCase();
    const tones = d.match(TONE_MARKS);
    info = {
      base: (tones ? d.replace(TONE_MARKS, '') : d).normalize('NFC'),
      tone: tones ? tones.join('') : '',
      word: /[\p{L}\p{M}\p{N}]/u.test(ch),
    };
    charInfo[code] = info;
  }
  return info;
}

/** Combining marks of decomposed (NFD) text, as Unikey's “Unicode tổ hợp” types it. */
const COMBINING = /[\u0300-\u036f]/;

/** Code units of the key being built, reused from call to call: a key costs one string, not one per character. */
let keyBuf = new Uint16Array(512);
let toneBuf = new Uint16Array(64);

/**
 * Identity key that keeps diacritics: case, spacing, punctuation, quotes, dashes, NFC/NFD and
 * old/new tone placement (“hoà”/“hòa”, “thuỷ”/“thủy”) do not matter. Each word's tone goes to its end.
 * A single pass over cached per-character facts into a reused buffer: it runs twice per model row.
 */
export function foldKey(s: string): string {
  if (COMBINING.test(s)) s = s.normalize('NFC');
  // Each character gives at most a few code units (a base, its tones, a space before a word).
  if (keyBuf.length < s.length * 4 + 8) keyBuf = new Uint16Array(s.length * 8 + 8);
  if (toneBuf.length < s.length * 2 + 8) toneBuf = new Uint16Array(s.length * 4 + 8);
  const out = keyBuf;
  const tones = toneBuf;
  let n = 0;
  let t = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    // ASCII letters and digits without a table look-up: most of any Vietnamese text.
    let base = -1;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) base = code;
    else if (code >= 65 && code <= 90) base = code + 32;
    else if (code >= 128) {
      const c = infoOf(code);
      if (c.word) {
        if (c.base) {
          if (!inWord && n) out[n++] = 32;
          for (let k = 0; k < c.base.length; k++) out[n++] = c.base.charCodeAt(k);
          inWord = true;
        }
        for (let k = 0; k < c.tone.length; k++) tones[t++] = c.tone.charCodeAt(k);
        continue;
      }
    }
    if (base >= 0) {
      if (!inWord && n) out[n++] = 32;
      out[n++] = base;
      inWord = true;
    } else if (inWord) {
      for (let k = 0; k < t; k++) out[n++] = tones[k];
      t = 0;
      inWord = false;
    }
  }
  if (inWord) for (let k = 0; k < t; k++) out[n++] = tones[k];
  return unitsToString(out, n);
}

/** UTF-16LE decoding where the platform has it (one allocation: the string); Apps Script builds it from the units. */
const utf16 = (() => {
  const TD = (globalThis as { TextDecoder?: new (label: string) => { decode(b: Uint8Array): string } }).TextDecoder;
  try {
    return TD ? new TD('utf-16le') : null;
  } catch {
    return null;
  }
})();

/** The first `n` code units of `units` as a string (they hold no surrogate: keys are made of letters, digits, spaces, marks). */
function unitsToString(units: Uint16Array, n: number): string {
  if (utf16) return utf16.decode(new Uint8Array(units.buffer, 0, n * 2));
  let key = '';
  for (let at = 0; at < n; at += 4096) key += String.fromCharCode.apply(null, Array.from(units.subarray(at, Math.min(n, at + 4096))));
  return key;
}

/** Loose form for matching headers and names: no diacritics (đ → d), lower case, words separated by one space. */
export function foldLoose(s: string): string {
  let folded = looseCache.get(s);
  if (folded === undefined) {
    folded = s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(NON_WORD, ' ')
      .trim();
    // Headers and title lines repeat across hundreds of lists: remember short strings, within a bound.
    if (s.length <= 200) {
      if (looseCache.size >= 20_000) looseCache.clear();
      looseCache.set(s, folded);
    }
  }
  return folded;
}

const looseCache = new Map<string, string>();

/** Loose form without spaces: “VH - XH”, “VH-XH” and “vhxh” are equal. */
export function foldCompact(s: string): string {
  return foldLoose(s).replace(/ /g, '');
}

let viCollator: Intl.Collator | null = null;

/** Vietnamese order (Intl.Collator('vi')), made on first use: loading ICU's collation data costs ~3 MB a run need not pay. */
export const collator = {
  compare: (a: string, b: string): number => (viCollator ??= new Intl.Collator('vi', { sensitivity: 'base', numeric: true })).compare(a, b),
};

export function sortVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => collator.compare(key(a), key(b)));
}

/** Characters XML 1.0 forbids: C0 controls but tab, line feed and carriage return; lone surrogates; U+FFFE and U+FFFF. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Any code unit that may be forbidden: one character class, which the engine scans far faster than the look-arounds. */
const XML_SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/**
 * XML_FORBIDDEN without the global flag: testing with the global one moves its lastIndex past the first match, and
 * matchAll then starts there (a text whose only forbidden character came first was reported as clean).
 */
const XML_FORBIDDEN_ONE = new RegExp(XML_FORBIDDEN.source);

/** Whether a text holds a character of XML_FORBIDDEN (surrogates are looked at closely only when there are some). */
function hasXmlForbidden(s: string): boolean {
  return XML_SUSPECT.test(s) && XML_FORBIDDEN_ONE.test(s);
}

/** The text without the characters XML 1.0 forbids (see XML_FORBIDDEN); the same string when it has none. */
export function xmlSafe(s: string): string {
  return hasXmlForbidden(s) ? s.replace(XML_FORBIDDEN, '') : s;
}

/** The forbidden characters a text holds, each written as U+XXXX (for messages); empty when none. */
export function xmlForbidden(s: string): string[] {
  if (!hasXmlForbidden(s)) return [];
  const out = new Set<string>();
  for (const m of s.matchAll(XML_FORBIDDEN)) out.add(`U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  return [...out];
}

/** A short, stable hash of a text (two 32-bit FNV-1a with different primes, base 36): tells whether content changed. */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000197) >>> 0;
  }
  return (a.toString(36) + (b & 0x1fffff).toString(36)).padStart(8, '0');
}

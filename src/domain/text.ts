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

/**
 * Identity key that keeps diacritics: case, spacing, punctuation, quotes, dashes, NFC/NFD and
 * old/new tone placement (“hoà”/“hòa”, “thuỷ”/“thủy”) do not matter. Each word's tone goes to its end.
 * A single pass over cached per-character facts: it runs twice per model row.
 */
export function foldKey(s: string): string {
  if (/[\u0300-\u036f]/.test(s)) s = s.normalize('NFC');
  let out = '';
  let tone = '';
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    // ASCII letters and digits without a table look-up: most of any Vietnamese text.
    let base: string;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) base = s[i];
    else if (code >= 65 && code <= 90) base = String.fromCharCode(code + 32);
    else if (code < 128) base = '';
    else {
      const c = infoOf(code);
      if (c.word) {
        if (c.base) {
          if (!inWord && out) out += ' ';
          out += c.base;
          inWord = true;
        }
        tone += c.tone;
        continue;
      }
      base = '';
    }
    if (base) {
      if (!inWord && out) out += ' ';
      out += base;
      inWord = true;
    } else if (inWord) {
      out += tone;
      tone = '';
      inWord = false;
    }
  }
  if (inWord) out += tone;
  return out;
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

export const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function sortVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => collator.compare(key(a), key(b)));
}

/** Characters XML 1.0 forbids: C0 controls but tab, line feed and carriage return; lone surrogates; U+FFFE and U+FFFF. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text without the characters XML 1.0 forbids (see XML_FORBIDDEN); the same string when it has none. */
export function xmlSafe(s: string): string {
  XML_FORBIDDEN.lastIndex = 0;
  return XML_FORBIDDEN.test(s) ? s.replace(XML_FORBIDDEN, '') : s;
}

/** The forbidden characters a text holds, each written as U+XXXX (for messages); empty when none. */
export function xmlForbidden(s: string): string[] {
  XML_FORBIDDEN.lastIndex = 0;
  if (!XML_FORBIDDEN.test(s)) return [];
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

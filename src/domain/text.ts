// Vietnamese text helpers: NFC normalisation, folding for comparison, and sorting.

/** Combining tone marks (grave, acute, tilde, hook above, dot below). Vowel-shape marks are not tones. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const NON_WORD = /[^\p{L}\p{M}\p{N}]+/gu;

export function nfc(s: string): string {
  return s.normalize('NFC');
}

/**
 * Identity key that keeps diacritics: case, spacing, punctuation, quotes, dashes, NFC/NFD and
 * old/new tone placement (“hoà”/“hòa”, “thuỷ”/“thủy”) do not matter.
 */
export function foldKey(s: string): string {
  const words = s.normalize('NFD').toLowerCase().replace(NON_WORD, ' ').trim().split(' ');
  return words
    .map((w) => {
      const tones = w.match(TONE_MARKS);
      return tones ? w.replace(TONE_MARKS, '') + tones.join('') : w;
    })
    .join(' ');
}

/** Loose form for matching headers and names: no diacritics (đ → d), lower case, words separated by one space. */
export function foldLoose(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(NON_WORD, ' ')
    .trim();
}

/** Loose form without spaces: “VH - XH”, “VH-XH” and “vhxh” are equal. */
export function foldCompact(s: string): string {
  return foldLoose(s).replace(/ /g, '');
}

export const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function sortVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => collator.compare(key(a), key(b)));
}

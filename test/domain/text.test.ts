import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collator, foldCompact, foldKey, foldLoose, sortVi } from '../../src/domain/text';

describe('foldKey', () => {
  it.each([
    ['Hòa', 'hoà'],
    ['Thủy', 'thuỷ'],
    ['Mô hình “Dân vận khéo”', 'mô hình "dân vận khéo"'],
    ['Văn hóa - xã hội', 'Văn  hóa – xã hội'],
    ['Dân vận khéo'.normalize('NFC'), 'Dân vận khéo'.normalize('NFD')],
    ['  Công đoàn\nTrường  ', 'công đoàn trường'],
  ])('%s ≡ %s', (a, b) => {
    expect(foldKey(a)).toBe(foldKey(b));
  });

  it.each([
    ['Mô hình', 'Mồ hình'],
    ['Dân', 'Dần'],
    ['đoàn', 'doàn'],
  ])('keeps diacritics: %s ≠ %s', (a, b) => {
    expect(foldKey(a)).not.toBe(foldKey(b));
  });
});

describe('foldLoose / foldCompact', () => {
  it('drops diacritics and maps đ to d', () => {
    expect(foldLoose('ĐĂNG KÝ Xây dựng mới')).toBe('dang ky xay dung moi');
    expect(foldLoose('Tiếp tục\nđăng ký')).toBe('tiep tuc dang ky');
  });
  it.each(['VH - XH', 'VH-XH', 'vhxh', 'V.H-X.H'])('compacts %s', (s) => {
    expect(foldCompact(s)).toBe('vhxh');
  });
});

describe('sorting', () => {
  it('sorts the Vietnamese way, not by code point', () => {
    const names = ['Yên Mô', 'Đông Sơn', 'Ân Thi', 'An Lão', 'Dương Kinh', 'Ba Vì'];
    expect(sortVi(names, (s) => s)).toEqual(['An Lão', 'Ân Thi', 'Ba Vì', 'Dương Kinh', 'Đông Sơn', 'Yên Mô']);
    expect([...names].sort()).not.toEqual(sortVi(names, (s) => s));
    expect(collator.compare('đ', 'e')).toBeLessThan(0);
  });
});

describe('xmlSafe', () => {
  it('removes what XML 1.0 forbids and keeps everything else, pairs of surrogates included', async () => {
    const { xmlSafe, xmlForbidden } = await import('../../src/domain/text');
    expect(xmlSafe('Mô\u0001 hình\u000b\ttab\nline\rcr')).toBe('Mô hình\ttab\nline\rcr');
    expect(xmlSafe('a\ud800b\udc00c\ufffe\uffff')).toBe('abc');
    expect(xmlSafe('𝕏 \ud835\udd4f')).toBe('𝕏 \ud835\udd4f');
    expect(xmlForbidden('x\u0001y\u0001\u001b')).toEqual(['U+0001', 'U+001B']);
    expect(xmlForbidden('sạch')).toEqual([]);
  });

  it('agrees with the rule written as a regular expression on any mix of controls, surrogates and text', async () => {
    const { xmlSafe, xmlForbidden } = await import('../../src/domain/text');
    const RULE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
    const alphabet = ['a', 'ệ', ' ', '\t', '\n', '\r', '\u0000', '\u0008', '\u000b', '\u001f', '\u0020', '\ud7ff', '\ud800', '\udbff', '\udc00', '\udfff', '\ue000', '\ufffd', '\ufffe', '\uffff', '𝕏'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((a) => a.join('')), (s) => {
        expect(xmlSafe(s)).toBe(s.replace(RULE, ''));
        const codes = [...new Set([...s.matchAll(RULE)].map((m) => `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`))];
        expect(xmlForbidden(s)).toEqual(codes);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('foldKey against its reference (the per-character string version it replaced)', () => {
  /** The previous implementation, kept as the specification of the key. */
  const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
  const info = (code: number) => {
    const ch = String.fromCharCode(code);
    const d = ch.normalize('NFD').toLowerCase();
    const tones = d.match(TONE_MARKS);
    return { base: (tones ? d.replace(TONE_MARKS, '') : d).normalize('NFC'), tone: tones ? tones.join('') : '', word: /[\p{L}\p{M}\p{N}]/u.test(ch) };
  };
  function reference(input: string): string {
    const s = /[\u0300-\u036f]/.test(input) ? input.normalize('NFC') : input;
    let out = '';
    let tone = '';
    let inWord = false;
    for (let i = 0; i < s.length; i++) {
      const code = s.charCodeAt(i);
      let base: string;
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) base = s[i];
      else if (code >= 65 && code <= 90) base = String.fromCharCode(code + 32);
      else if (code < 128) base = '';
      else {
        const c = info(code);
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
  const vi = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđAĐÊƠƯ';
  const alphabet = [...vi, ...'bcdghklmnpqrstvx0123456789 -–—“”"\'.,;:()\n\t', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323', 'İ', 'ǅ', 'ß', '😀', '\ud800'];
  it('gives the same key on 20,000 random strings', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((a) => a.join('')), (s) => {
        expect(foldKey(s)).toBe(reference(s));
        expect(foldKey(s.normalize('NFD'))).toBe(reference(s.normalize('NFD')));
      }),
      { numRuns: 20_000 },
    );
    const long = 'Mô hình “Dân vận khéo” '.repeat(2000);
    expect(foldKey(long)).toBe(reference(long));
  });
});

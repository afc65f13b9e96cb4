import { describe, expect, it } from 'vitest';
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
});

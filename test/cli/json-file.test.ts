import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, locateJsonError } from '../../src/cli/json-file';

const accepts = (s: string) => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
};

describe('locateJsonError', () => {
  it.each([
    ['{\n  "title": "Đợt 2026",\n  "fields": [],\n}', 3, 15, 'dấu phẩy thừa trước “}”'],
    ['[1, 2,]', 1, 6, 'dấu phẩy thừa trước “]”'],
    ['{ "a": 1\n  "b": 2 }', 2, 3, 'thiếu dấu phẩy'],
    ['{ "so": 36, "ky_hieu": “BC-LĐLĐ” }', 1, 24, 'ngoặc kép cong'],
    ["{ 'title': 'x' }", 1, 3, 'nháy đơn'],
    ['{ title: "x" }', 1, 3, 'tên khóa phải đặt trong dấu ngoặc kép thẳng: "title"'],
    ['{ "a": "C:\\Users" }', 1, 11, 'ký tự thoát'],
    ['{ "a": "mở\n" }', 1, 11, 'xuống dòng'],
    ['{ "a" 1 }', 1, 7, 'hai chấm'],
    ['{ "a": }', 1, 8, 'thiếu giá trị sau dấu hai chấm'],
    ['{ "a": True }', 1, 8, 'true'],
    ['{ "a": 01 }', 1, 8, 'số không hợp lệ'],
    ['{ "a": [1, 2 }', 1, 14, 'không khớp'],
    ['{ "a": 1 } {', 1, 12, 'nội dung thừa'],
    ['{ "a": [1, 2', 1, 13, 'còn thiếu dấu “]”'],
    ['// cấu hình\n{}', 1, 1, 'chú thích'],
    ['\r\n\r\n  x', 3, 3, 'ngoặc kép'],
    ['{"😀": 1,, }', 1, 9, 'thừa dấu phẩy'],
  ])('%j → line %i, column %i', (text, line, column, reason) => {
    expect(accepts(text)).toBe(false);
    const at = locateJsonError(text)!;
    expect(at).not.toBeNull();
    expect([at.line, at.column]).toEqual([line, column]);
    expect(at.reason).toContain(reason);
  });

  it('finds a problem exactly when JSON.parse refuses the text', () => {
    const token = fc.constantFrom('{', '}', '[', ']', ':', ',', '"a"', '"', '\\', '1', '-', '0', '.', 'e', 'true', 'nul', ' ', '\n', "'", '“', 'x', '\\u00e9', '\t');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        expect(locateJsonError(text) === null).toBe(accepts(text));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(locateJsonError(text)).toBeNull();
      }),
    );
  });

  it('deep nesting does not overflow the stack', () => {
    expect(locateJsonError('['.repeat(200_000))?.reason).toContain('“]”');
  });
});

describe('decodeText', () => {
  const text = '{"title": "Đợt thi đua “Dân vận khéo” 2026"}';
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le).swap16();
  it.each([
    ['UTF-8', Buffer.from(text)],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), le])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), be])],
    ['UTF-16 LE without BOM', le],
    ['UTF-16 BE without BOM', be],
  ])('%s', (_, bytes) => {
    expect(decodeText(new Uint8Array(bytes))).toBe(text);
  });

  it('an 8-bit code page is not UTF-8: null', () => {
    expect(decodeText(new Uint8Array([0x7b, 0x22, 0xd0, 0xe3, 0x22, 0x7d]))).toBeNull();
  });
});

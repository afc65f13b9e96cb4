// Formatted lines: number, place and date, upper case, signature block, recipients (table tests).
import { currentPack } from '../../../src/domain/document/packs';
import { describe, expect, it } from 'vitest';
import {
  archiveLine,
  authorityLine,
  dateWords,
  issuingAuthority,
  joinVi,
  lowerFirst,
  lowerInText,
  numberLine,
  padNumber,
  percent,
  placeDateLine,
  recipientLines,
  roman,
  shortDate,
  signatureTitleLines,
  typeNameOf,
  upperVi,
} from '../../../src/domain/document/lines';

/** Each profile's current rule pack. */
const RULES = { 'nha-nuoc': currentPack('nha-nuoc'), dang: currentPack('dang') } as const;
const STATE = RULES['nha-nuoc'];

describe('place and date line (NĐ 30: zero for days 1–9 and months 1–2 only)', () => {
  it.each([
    ['2024-02-05', 'Ninh Bình, ngày 05 tháng 02 năm 2024', '05/02/2024'],
    ['2020-03-31', 'Ninh Bình, ngày 31 tháng 3 năm 2020', '31/3/2020'],
    ['2021-07-06', 'Ninh Bình, ngày 06 tháng 7 năm 2021', '06/7/2021'],
    ['2021-01-01', 'Ninh Bình, ngày 01 tháng 01 năm 2021', '01/01/2021'],
    ['2021-10-10', 'Ninh Bình, ngày 10 tháng 10 năm 2021', '10/10/2021'],
    ['2019-12-09', 'Ninh Bình, ngày 09 tháng 12 năm 2019', '09/12/2019'],
  ])('%s', (iso, line, short) => {
    expect(placeDateLine('Ninh Bình', iso)).toBe(line);
    expect(shortDate(iso)).toBe(short);
  });

  it('keeps the place as written, trimmed and in NFC', () => {
    expect(placeDateLine(' Ha\u0300 Ti\u0303nh ', '2020-03-31')).toBe('Hà Tĩnh, ngày 31 tháng 3 năm 2020');
  });

  it('leaves blanks for the records office when there is no date yet', () => {
    expect(dateWords(undefined)).toMatch(/^ngày\u00a0+tháng\u00a0+năm\u00a0+$/);
  });

  it('refuses a date that does not exist', () => {
    expect(() => dateWords('2021-02-30')).toThrow(RangeError);
  });
});

describe('number line', () => {
  it.each([
    [7, 'HD-LĐLĐ', 'nha-nuoc', 'Số: 07/HD-LĐLĐ'],
    [29, 'HD-LĐLĐ', 'nha-nuoc', 'Số: 29/HD-LĐLĐ'],
    [123, 'KH-SYT', 'nha-nuoc', 'Số: 123/KH-SYT'],
    ['09', 'HD-LĐLĐ', 'nha-nuoc', 'Số: 09/HD-LĐLĐ'],
    [5, 'LĐLĐ-TG', 'nha-nuoc', 'Số: 05/LĐLĐ-TG'],
    [9, 'CTr/HU', 'dang', 'Số 09-CTr/HU'],
    [29, 'CTr/HU', 'dang', 'Số 29-CTr/HU'],
    [123, 'CTr/HU', 'dang', 'Số 123-CTr/HU'],
  ] as const)('%s %s (%s) → %s', (so, kyHieu, profile, expected) => {
    expect(numberLine(so, kyHieu, RULES[profile])).toBe(expected);
  });

  it('rejoins a symbol that starts with a type abbreviation in the profile’s way', () => {
    expect(numberLine(9, 'CTr-HU', RULES.dang)).toBe('Số 09-CTr/HU');
    expect(numberLine(29, 'HD/LĐLĐ', STATE)).toBe('Số: 29/HD-LĐLĐ');
  });

  it('leaves a blank when the number is not assigned yet', () => {
    expect(numberLine(undefined, 'HD-LĐLĐ', STATE)).toMatch(/^Số: \u00a0+\/HD-LĐLĐ$/);
    expect(numberLine('', 'CTr/HU', RULES.dang)).toMatch(/^Số \u00a0+-CTr\/HU$/);
  });

  it('pads only numbers below 10', () => {
    expect([1, 9, 10, 99, 100].map(padNumber)).toEqual(['01', '09', '10', '99', '100']);
    expect(padNumber('007')).toBe('07');
  });

  it('names the document type from the symbol, or null for a letter', () => {
    expect(typeNameOf('HD-LĐLĐ')).toBe('Hướng dẫn');
    expect(typeNameOf('CTr/HU')).toBe('Chương trình');
    expect(typeNameOf('QĐ-UBND')).toBe('Quyết định');
    expect(typeNameOf('LĐLĐ-TG')).toBeNull();
  });
});

describe('upper case keeps diacritics', () => {
  it.each([
    ['Liên đoàn Lao động tỉnh Ninh Bình', 'LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH'],
    ['Phó Chủ tịch Thường trực', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC'],
    ['đảng ủy y tế', 'ĐẢNG ỦY Y TẾ'],
    ['Ban Tuyên giáo - Nữ công', 'BAN TUYÊN GIÁO - NỮ CÔNG'],
    ['mô hình “Dân vận khéo”', 'MÔ HÌNH “DÂN VẬN KHÉO”'],
  ])('%s', (s, up) => {
    expect(upperVi(s)).toBe(up);
  });

  it('returns NFC even for decomposed input', () => {
    const r = upperVi('Ninh Bi\u0300nh');
    expect(r).toBe('NINH BÌNH');
    expect(r).toBe(r.normalize('NFC'));
  });

  it('lowers the first letter for use inside a sentence, but not an abbreviation', () => {
    expect(lowerFirst('Triển khai xây dựng mô hình')).toBe('triển khai xây dựng mô hình');
    expect(lowerFirst('LĐLĐ tỉnh')).toBe('LĐLĐ tỉnh');
    expect(lowerFirst('Đăng ký')).toBe('đăng ký');
  });

  it.each([
    ['Thực trạng, lý do', 'thực trạng, lý do'],
    ['Sản phẩm, kết quả kiểm chứng được', 'sản phẩm, kết quả kiểm chứng được'],
    ['Đăng ký', 'đăng ký'],
    ['Đảng viên tham gia', 'đảng viên tham gia'],
    ['Nhân dân tham gia', 'Nhân dân tham gia'],
    ['Đảng, chính quyền', 'Đảng, chính quyền'],
    ['Nhà nước hỗ trợ', 'Nhà nước hỗ trợ'],
    ['Mặt trận phối hợp', 'Mặt trận phối hợp'],
    ['Hội Phụ nữ phối hợp', 'Hội Phụ nữ phối hợp'],
    ['LĐLĐ tỉnh', 'LĐLĐ tỉnh'],
    ['Nhân', 'nhân'],
    ['  Nguồn lực ', 'nguồn lực'],
    ['Nha\u0300 nươ\u0301c', 'Nhà nước'],
  ])('in running text %s → %s (proper nouns and names keep their capital)', (s, expected) => {
    expect(lowerInText(s)).toBe(expected);
  });
});

describe('signature block', () => {
  it.each([
    ['TM. Ban Thường vụ', 'nha-nuoc', 'TM. BAN THƯỜNG VỤ'],
    ['TM Ban Thường vụ', 'nha-nuoc', 'TM. BAN THƯỜNG VỤ'],
    ['KT. Giám đốc', 'nha-nuoc', 'KT. GIÁM ĐỐC'],
    ['q. chủ tịch', 'nha-nuoc', 'Q. CHỦ TỊCH'],
    ['TL. Chủ tịch', 'nha-nuoc', 'TL. CHỦ TỊCH'],
    ['TUQ. Giám đốc', 'nha-nuoc', 'TUQ. GIÁM ĐỐC'],
    ['TM. Ban Thường vụ', 'dang', 'T/M BAN THƯỜNG VỤ'],
    ['T/M Ban Thường vụ', 'nha-nuoc', 'TM. BAN THƯỜNG VỤ'],
    ['KT. Bí thư', 'dang', 'K/T BÍ THƯ'],
    ['TL. Ban Thường vụ', 'dang', 'T/L BAN THƯỜNG VỤ'],
    ['Quyền hạn riêng', 'nha-nuoc', 'QUYỀN HẠN RIÊNG'],
  ] as const)('%s (%s) → %s', (input, profile, expected) => {
    expect(authorityLine(input, RULES[profile])).toBe(expected);
  });

  it('puts the authority line over the title, both in capitals', () => {
    expect(signatureTitleLines('TM. Ban Thường vụ', 'Phó Chủ tịch Thường trực', STATE)).toEqual([
      'TM. BAN THƯỜNG VỤ',
      'PHÓ CHỦ TỊCH THƯỜNG TRỰC',
    ]);
    expect(signatureTitleLines(undefined, 'Chủ tịch', STATE)).toEqual(['CHỦ TỊCH']);
    expect(signatureTitleLines('KT. Bí thư', 'Phó Bí thư', RULES.dang)).toEqual(['K/T BÍ THƯ', 'PHÓ BÍ THƯ']);
  });

  it('names who issues a decision', () => {
    expect(issuingAuthority('Liên đoàn Lao động tỉnh Ninh Bình', 'TM. Ban Thường vụ', 'Phó Chủ tịch')).toBe(
      'BAN THƯỜNG VỤ LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH',
    );
    expect(issuingAuthority('Sở Y tế', 'KT. Giám đốc', 'Phó Giám đốc')).toBe('GIÁM ĐỐC SỞ Y TẾ');
    expect(issuingAuthority('Sở Y tế', undefined, 'Giám đốc Sở Y tế')).toBe('GIÁM ĐỐC SỞ Y TẾ');
    expect(issuingAuthority('Sở Y tế', undefined, undefined)).toBe('SỞ Y TẾ');
  });
});

describe('recipients', () => {
  it('ends every line with “;” and closes with the archive line (state)', () => {
    expect(recipientLines(['Ban Dân vận Tỉnh ủy', '- Sở Nội vụ;', 'Lãnh đạo Sở.'], 'VT, TCCB', STATE)).toEqual([
      '- Ban Dân vận Tỉnh ủy;',
      '- Sở Nội vụ;',
      '- Lãnh đạo Sở;',
      '- Lưu: VT, TCCB.',
    ]);
  });

  it('ends lines with “,” and writes “Lưu” without a colon (Party)', () => {
    expect(recipientLines(['Ban Dân vận Huyện ủy (để b/c)', 'Các chi bộ'], 'Văn phòng Đảng ủy', RULES.dang)).toEqual([
      '- Ban Dân vận Huyện ủy (để b/c),',
      '- Các chi bộ,',
      '- Lưu Văn phòng Đảng ủy.',
    ]);
  });

  it('archives to VT when nothing is given and accepts a typed “Lưu:” prefix', () => {
    expect(archiveLine(undefined, STATE)).toBe('- Lưu: VT.');
    expect(archiveLine('Lưu: VT, TG-NC.', STATE)).toBe('- Lưu: VT, TG-NC.');
    expect(recipientLines([], '', STATE)).toEqual(['- Lưu: VT.']);
  });
});

describe('small formats', () => {
  it('writes roman numerals, shares and Vietnamese lists', () => {
    expect([1, 4, 9, 14, 40].map(roman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL']);
    expect(percent(1, 3)).toBe('33,3%');
    expect(percent(7, 11)).toBe('63,6%');
    expect(percent(2, 2)).toBe('100%');
    expect(percent(0, 0)).toBe('0%');
    expect(joinVi(['a'])).toBe('a');
    expect(joinVi(['a', 'b', 'c'])).toBe('a, b và c');
  });
});

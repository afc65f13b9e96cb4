// check-format: every built-in document passes; a corpus of deliberately wrong documents (each made from a built-in
// one with one thing broken) proves each rule fires, and --fix repairs what is safe and leaves the text alone.
import { describe, expect, it } from 'vitest';
import { checkFormat, fixFormat, type FormatProblem } from '../../../src/domain/document/format';
import type { DocumentMetaInput } from '../../../src/domain/document/meta';
import { renderDocument } from '../../../src/domain/document/render';
import { docxOwnership } from '../../../src/domain/document/stamp';
import { BUILTIN_TEMPLATES, type BuiltinName } from '../../../src/domain/document/templates';
import type { Aggregate } from '../../../src/domain/aggregate';
import { FIXED_NOW, FOLLOWED_UP, PARTY_META, REGISTERED, STATE_META, WARD_FRONT_META, WARD_PARTY_META, meta, ninhBinh } from './fixtures';
import { P, entriesOf, expectWellFormedDocx, makeDocx, paragraphs, part, rawZip, templateBytes, withPart } from './helpers';

const NAMES = Object.keys(BUILTIN_TEMPLATES) as BuiltinName[];
const config = ninhBinh();
const BODIES: [string, DocumentMetaInput, string][] = [
  ['nhà nước', STATE_META, '-LĐLĐ'],
  ['Đảng', PARTY_META, '/ĐU'],
  ['Đảng ủy phường', WARD_PARTY_META, '/ĐU'],
  ['Mặt trận phường', WARD_FRONT_META, '-MTTQ-BTT'],
];

function rendered(name: BuiltinName, input: DocumentMetaInput, symbol: string, patch: Partial<DocumentMetaInput> = {}, aggregate: Aggregate = REGISTERED): Uint8Array {
  const r = renderDocument(
    templateBytes(name),
    { meta: meta(input, { ky_hieu: BUILTIN_TEMPLATES[name].abbr + symbol, ...patch }), config, aggregate, template: name },
    { now: FIXED_NOW },
  );
  expect(r.problems).toEqual([]);
  return r.bytes!;
}

function problems(docx: Uint8Array, profile?: 'nha-nuoc' | 'dang'): FormatProblem[] {
  const r = checkFormat(docx, { profile });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.report.problems;
}

describe('every built-in document', () => {
  it.each(NAMES.flatMap((n) => BODIES.map(([who, m, s]) => [n, who, m, s] as const)))('%s (%s): no problem, its pack guessed from its header', (name, _who, m, symbol) => {
    for (const aggregate of [REGISTERED, FOLLOWED_UP]) {
      const r = checkFormat(rendered(name, m, symbol, name === 'quyet-dinh' ? { cap_cong_nhan: 'tinh' } : {}, aggregate));
      expect(r.ok && r.report.problems).toEqual([]);
      expect(r.ok && r.report.pack.profile).toBe(m.the_thuc ?? 'nha-nuoc');
      expect(r.ok && r.report.guessed).toBe(true);
    }
    // Number and date left for the records office.
    expect(problems(rendered(name, m, symbol, { so: undefined, ngay: undefined }))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The corpus: one thing broken at a time.

const STATE = () => rendered('huong-dan', STATE_META, '-LĐLĐ');
const PARTY = () => rendered('ke-hoach', PARTY_META, '/ĐU');
const doc = (docx: Uint8Array, edit: (xml: string) => string) => withPart(docx, 'word/document.xml', edit);
const styles = (docx: Uint8Array, edit: (xml: string) => string) => withPart(docx, 'word/styles.xml', edit);
/** Replaces the run properties of the run whose text is `text`. */
const runLetters = (text: string, rPr: string) => (xml: string) => {
  const re = new RegExp(`<w:r><w:rPr>(?:(?!</w:rPr>)[^])*</w:rPr><w:t xml:space="preserve">${text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}</w:t>`);
  if (!re.test(xml)) throw new Error(`no run ${text}`);
  return xml.replace(re, `<w:r><w:rPr>${rPr}</w:rPr><w:t xml:space="preserve">${text}</w:t>`);
};
const text = (from: string, to: string) => (xml: string) => {
  if (!xml.includes(`>${from}<`)) throw new Error(`no text ${from}`);
  return xml.replace(`>${from}<`, `>${to}<`);
};

interface Case {
  what: string;
  make: () => Uint8Array;
  rule: string;
  fixable: boolean;
  paragraph?: string | null;
  message?: RegExp;
}

const CASES: Case[] = [
  { what: 'Letter paper', make: () => doc(STATE(), (x) => x.replace(/w:w="11906" w:h="16838"/, 'w:w="12240" w:h="15840"')), rule: 'kho-giay', fixable: true, paragraph: null, message: /215,9 × 279,4 mm, không phải A4/ },
  {
    what: 'a landscape page without a table',
    make: () => doc(PARTY(), (x) => x.replace('<w:pgSz w:w="11906" w:h="16838"/>', '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>')),
    rule: 'huong-trang',
    fixable: false,
  },
  { what: 'a left margin of 20 mm', make: () => doc(rendered('ke-hoach', STATE_META, '-LĐLĐ'), (x) => x.replace(/w:left="1701"/g, 'w:left="1134"')), rule: 'le-trang', fixable: true, message: /Lề trái 20 mm \(quy định 30–35 mm\)/ },
  { what: 'Arial', make: () => styles(STATE(), (x) => x.replace(/Times New Roman/g, 'Arial')), rule: 'phong-chu', fixable: true, message: /“Arial”/ },
  { what: 'a theme font', make: () => styles(STATE(), (x) => x.replace(/<w:rFonts [^>]*\/>/, '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/>')), rule: 'phong-chu', fixable: true },
  { what: 'a number line in 10 pt', make: () => doc(STATE(), runLetters('Số: 29/HD-LĐLĐ', '<w:sz w:val="20"/><w:szCs w:val="20"/>')), rule: 'co-chu/so-ky-hieu', fixable: true, paragraph: 'Số: 29/HD-LĐLĐ', message: /Số, ký hiệu cỡ chữ 10; quy định cỡ 13\./ },
  { what: 'a date line not in italics', make: () => doc(STATE(), runLetters('Ninh Bình, ngày 06 tháng 7 năm 2021', '<w:sz w:val="28"/>')), rule: 'kieu-chu/dia-danh-ngay', fixable: true, message: /phải in nghiêng/ },
  { what: 'an issuing body not in bold', make: () => doc(STATE(), runLetters('LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH', '<w:sz w:val="26"/>')), rule: 'kieu-chu/co-quan-ban-hanh', fixable: true },
  { what: 'a governing body in bold', make: () => doc(STATE(), runLetters('TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM', '<w:b/><w:sz w:val="26"/>')), rule: 'kieu-chu/co-quan-chu-quan', fixable: true, message: /không in đậm/ },
  { what: 'the national title in 14 pt', make: () => doc(STATE(), runLetters('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '<w:b/><w:sz w:val="28"/>')), rule: 'co-chu/tieu-de', fixable: true },
  { what: 'the Party title in 13 pt', make: () => doc(PARTY(), runLetters('ĐẢNG CỘNG SẢN VIỆT NAM', '<w:b/><w:sz w:val="26"/>')), rule: 'co-chu/tieu-de', fixable: true, message: /cỡ 15/ },
  { what: 'a Party type name in 14 pt', make: () => doc(PARTY(), runLetters('KẾ HOẠCH', '')), rule: 'co-chu/ten-loai', fixable: true, message: /quy định cỡ 15–16/ },
  { what: 'a body in 12 pt', make: () => styles(STATE(), (x) => x.replace('<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang', '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang')), rule: 'co-chu/noi-dung', fixable: true, message: /đoạn nội dung có chữ cỡ 12; quy định cỡ 13–14/ },
  { what: 'a type name in small letters', make: () => doc(STATE(), text('HƯỚNG DẪN', 'Hướng dẫn')), rule: 'chu-hoa/ten-loai', fixable: false },
  { what: 'a signer’s title in small letters', make: () => doc(STATE(), text('PHÓ CHỦ TỊCH THƯỜNG TRỰC', 'Phó Chủ tịch Thường trực')), rule: 'chu-hoa/quyen-han-chuc-vu', fixable: false },
  { what: 'a signer’s name not in bold', make: () => doc(STATE(), (x) => x.replace('<w:t xml:space="preserve">Lê Thị Mai Thủy</w:t>', '<w:rPr><w:b w:val="0"/></w:rPr><w:t xml:space="preserve">Lê Thị Mai Thủy</w:t>')), rule: 'kieu-chu/nguoi-ky', fixable: true },
  { what: 'a number below 10 without its zero', make: () => doc(STATE(), text('Số: 29/HD-LĐLĐ', 'Số: 7/HD-LĐLĐ')), rule: 'so-ky-hieu', fixable: true, message: /Số 7 nhỏ hơn 10 phải ghi thêm số 0 phía trước: “07”/ },
  { what: 'a space before the slash (seed 004)', make: () => doc(STATE(), text('Số: 29/HD-LĐLĐ', 'Số: 29 /HD-LĐLĐ')), rule: 'so-ky-hieu', fixable: false, message: /Không có dấu cách/ },
  { what: 'a space inside the symbol (seed 001)', make: () => doc(STATE(), text('Số: 29/HD-LĐLĐ', 'Số: 799/KH- SYT')), rule: 'so-ky-hieu', fixable: false, message: /Ký hiệu “KH- SYT” có dấu cách/ },
  { what: 'a state number line without its colon', make: () => doc(STATE(), text('Số: 29/HD-LĐLĐ', 'Số 29/HD-LĐLĐ')), rule: 'so-ky-hieu', fixable: false },
  { what: 'a Party number line with a colon', make: () => doc(PARTY(), text('Số 09-KH/ĐU', 'Số: 09-KH/ĐU')), rule: 'so-ky-hieu', fixable: false, message: /không có dấu hai chấm/ },
  { what: 'a Party number line written the state way', make: () => doc(PARTY(), text('Số 09-KH/ĐU', 'Số 09/KH-ĐU')), rule: 'so-ky-hieu', fixable: false, message: /dấu “-”/ },
  { what: 'a day below 10 without its zero', make: () => doc(STATE(), text('Ninh Bình, ngày 06 tháng 7 năm 2021', 'Ninh Bình, ngày 6 tháng 7 năm 2021')), rule: 'ngay-thang', fixable: true, message: /Ngày 6 nhỏ hơn 10 phải ghi “06”/ },
  { what: 'February without its zero', make: () => doc(PARTY(), text('Thạch Hà, ngày 26 tháng 02 năm 2021', 'Thạch Hà, ngày 26 tháng 2 năm 2021')), rule: 'ngay-thang', fixable: true, message: /Tháng 2 phải ghi “02”/ },
  { what: 'July with a zero', make: () => doc(STATE(), text('Ninh Bình, ngày 06 tháng 7 năm 2021', 'Ninh Bình, ngày 06 tháng 07 năm 2021')), rule: 'ngay-thang', fixable: true, message: /Tháng 7 không thêm số 0/ },
  { what: 'a day that does not exist', make: () => doc(STATE(), text('Ninh Bình, ngày 06 tháng 7 năm 2021', 'Ninh Bình, ngày 31 tháng 02 năm 2021')), rule: 'ngay-thang', fixable: false, message: /không phải ngày có thật/ },
  { what: 'a date line without its place', make: () => doc(STATE(), text('Ninh Bình, ngày 06 tháng 7 năm 2021', 'Ngày 06 tháng 7 năm 2021')), rule: 'thieu/dia-danh-ngay', fixable: false },
  { what: 'an archive line without “Lưu:”', make: () => doc(STATE(), text('- Lưu: VT, TG-NC.', '- Lưu VT, TG-NC.')), rule: 'noi-nhan', fixable: false, message: /dòng lưu, viết “- Lưu: VT, TG-NC\.”/ },
  { what: 'an archive line without VT', make: () => doc(STATE(), text('- Lưu: VT, TG-NC.', '- Lưu: TG-NC.')), rule: 'noi-nhan', fixable: false, message: /phải có “VT”/ },
  { what: 'a recipient line without “;”', make: () => doc(STATE(), text('- Website;', '- Website')), rule: 'noi-nhan', fixable: false, paragraph: '- Website' },
  { what: '“Nơi nhận” without its colon', make: () => doc(STATE(), text('Nơi nhận:', 'Nơi nhận')), rule: 'noi-nhan', fixable: false },
  { what: 'a Party “Nơi nhận:” not underlined', make: () => doc(PARTY(), runLetters('Nơi nhận:', '<w:sz w:val="28"/>')), rule: 'kieu-chu/noi-nhan-tieu-de', fixable: true, message: /phải gạch chân/ },
  { what: 'no national title', make: () => doc(STATE(), text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'ỦY BAN NHÂN DÂN')), rule: 'thieu/tieu-de', fixable: false },
  { what: 'no number line', make: () => doc(STATE(), text('Số: 29/HD-LĐLĐ', '')), rule: 'thieu/so-ky-hieu', fixable: false },
  { what: 'no “Nơi nhận”', make: () => doc(STATE(), text('Nơi nhận:', 'Gửi:')), rule: 'thieu/noi-nhan-tieu-de', fixable: false },
];

describe('a corpus of wrong documents: each rule fires', () => {
  it.each(CASES.map((c) => [c.what, c] as const))('%s', (_what, c) => {
    const bytes = c.make();
    const all = problems(bytes);
    const found = all.filter((p) => p.rule === c.rule);
    expect(found.length, JSON.stringify(all)).toBeGreaterThan(0);
    // Nothing else is wrong with the document than what was broken.
    expect(all.filter((p) => !p.rule.startsWith(c.rule.split('/')[0])).map((p) => p.rule)).toEqual([]);
    const p = found.find((x) => !c.message || c.message.test(x.message)) ?? found[0];
    expect(p.fixable).toBe(c.fixable);
    expect(p.source).toMatch(/^(NĐ 30|HD 36)/);
    if (c.paragraph !== undefined) expect(p.paragraph).toBe(c.paragraph);
    if (c.message) expect(p.message).toMatch(c.message);
    // Vietnamese words with their diacritics, no English.
    expect(p.message).toMatch(/[ạ-ỹđăâêôơư]/);
    expect(p.message).not.toMatch(/undefined|NaN|\bnull\b/);
  });

  it.each(CASES.filter((c) => c.fixable).map((c) => [c.what, c] as const))('%s: --fix repairs it and leaves the text alone', (_what, c) => {
    const bytes = c.make();
    const r = fixFormat(bytes);
    if (!r.ok) throw new Error('unreadable');
    expect(r.fixed.map((p) => p.rule)).toContain(c.rule);
    expect(r.left.map((p) => p.rule)).not.toContain(c.rule);
    expect(problems(r.bytes).map((p) => p.rule)).not.toContain(c.rule);
    expectWellFormedDocx(r.bytes);
    const before = paragraphs(part(bytes, 'word/document.xml'));
    const after = paragraphs(part(r.bytes, 'word/document.xml'));
    // Only a leading zero may change in the text.
    expect(after.map((t) => t.replace(/\b0(\d)\b/g, '$1'))).toEqual(before.map((t) => t.replace(/\b0(\d)\b/g, '$1')));
    expect(docxOwnership(r.bytes)).toBe('ours');
  });
});

describe('the date line of months 10, 11 and 12', () => {
  // Regression: “tháng 10/11/12” has two digits but no leading zero; it was reported, and --fix made November “tháng 1”.
  it.each(['10', '11', '12'])('“tháng %s” is right as written, and --fix leaves it alone', (month) => {
    const bytes = doc(STATE(), text('Ninh Bình, ngày 06 tháng 7 năm 2021', `Ninh Bình, ngày 03 tháng ${month} năm 2026`));
    expect(problems(bytes).filter((p) => p.rule === 'ngay-thang')).toEqual([]);
    const r = fixFormat(bytes);
    if (!r.ok) throw new Error('unreadable');
    expect(paragraphs(part(r.bytes, 'word/document.xml'))).toContain(`Ninh Bình, ngày 03 tháng ${month} năm 2026`);
  });

  it('“tháng 03” is still one zero too many', () => {
    const bytes = doc(STATE(), text('Ninh Bình, ngày 06 tháng 7 năm 2021', 'Ninh Bình, ngày 03 tháng 03 năm 2026'));
    expect(problems(bytes).find((p) => p.rule === 'ngay-thang')?.message).toMatch(/Tháng 3 không thêm số 0/);
  });
});

describe('which pack', () => {
  it('guesses it from the header, or takes the one named; a header of the other profile is a problem then', () => {
    const party = checkFormat(PARTY());
    expect(party.ok && [party.report.pack.id, party.report.guessed]).toEqual(['hd36-2018', true]);
    const forced = problems(PARTY(), 'nha-nuoc');
    expect(forced.find((p) => p.rule === 'thieu/tieu-de')?.message).toBe(
      'Phần đầu là của văn bản của Đảng nhưng đang kiểm tra theo thể thức văn bản hành chính.',
    );
  });

  it('an officer’s bare draft: the default font and size, no header — all named, the page and letters fixable', () => {
    const draft = makeDocx(P('Số: 7/KH-SYT') + P('Hà Tĩnh, ngày 5 tháng 3 năm 2020') + P('KẾ HOẠCH') + P('Nội dung') + P('Nơi nhận:') + P('- Lưu: VT.'));
    const rules = problems(draft).map((p) => p.rule);
    expect(rules).toEqual(expect.arrayContaining(['kho-giay', 'le-trang', 'phong-chu', 'thieu/tieu-de', 'so-ky-hieu', 'ngay-thang']));
    const fixed = fixFormat(draft);
    if (!fixed.ok) throw new Error('unreadable');
    expect(fixed.left.map((p) => p.rule)).not.toEqual(expect.arrayContaining(['kho-giay', 'le-trang', 'phong-chu']));
    expect(paragraphs(part(fixed.bytes, 'word/document.xml'))).toEqual(['Số: 07/KH-SYT', 'Hà Tĩnh, ngày 05 tháng 3 năm 2020', 'KẾ HOẠCH', 'Nội dung', 'Nơi nhận:', '- Lưu: VT.']);
  });

  it('refuses what is no .docx in Vietnamese, naming it a document, not a template', () => {
    const r = checkFormat(new TextEncoder().encode('không phải tệp zip'));
    expect(r).toEqual({ ok: false, problems: [{ tag: '', where: 'tệp văn bản', message: 'Không mở được tệp văn bản: không phải tệp .docx (Word 2007 trở lên).' }] });
  });
});

describe('hostile or large documents', () => {
  it('a document of 20,000 paragraphs in the wrong font and size: checked in one pass, summed up in a few problems', () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `<w:p><w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/></w:rPr><w:t>Đoạn ${i}</w:t></w:r></w:p>`).join('');
    const bytes = doc(rendered('ke-hoach', STATE_META, '-LĐLĐ'), (x) => x.replace(/(<w:p><w:pPr><w:pStyle w:val="DVKNoiDung"\/>)/, `${body}$1`));
    const t = Date.now();
    const found = problems(bytes);
    expect(Date.now() - t).toBeLessThan(5_000);
    expect(found.map((p) => p.rule)).toEqual(['phong-chu', 'co-chu/noi-dung']);
    expect(found[1].message).toMatch(/^20000 đoạn nội dung có chữ cỡ 11/);
    const fixed = fixFormat(bytes);
    expect(fixed.ok && fixed.left).toEqual([]);
  });

  it('a package that lies about its sizes is refused before anything is inflated, naming the document', () => {
    const entries = entriesOf(STATE());
    const doc = entries.find((e) => e.name === 'word/document.xml')!;
    doc.size = 10;
    const r = checkFormat(rawZip(entries));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0].message).toMatch(/^Tệp văn bản bị hỏng/);
  });
});

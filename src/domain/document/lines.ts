// Formatted lines of an official document, written by the rule pack of its format profile (packs.ts: NĐ 30/2020
// Phụ lục I, or HD 36-HD/VPTW for Party documents): pure functions.
// The rules come in as data (a pack, or the part of it a line needs): this file never loads the packs, so the
// dialog that previews the number line stays small.
import { foldLoose, nfc } from '../text';
import type { Profile, RulePack } from './packs';

export type { Profile };

/** The rules the number line needs. */
export type NumberRules = Pick<RulePack, 'number'>;
/** The rules the signature and recipient lines need. */
export type SignatureRules = Pick<RulePack, 'signature'>;
export type RecipientRules = Pick<RulePack, 'recipients'>;

/** Document type abbreviations (NĐ 30 Phụ lục III; Party: HD 36) → type name. */
export const TYPE_NAMES: Record<string, string> = {
  NQ: 'Nghị quyết',
  QĐ: 'Quyết định',
  CT: 'Chỉ thị',
  QC: 'Quy chế',
  QyĐ: 'Quy định',
  QĐi: 'Quy định',
  TC: 'Thông cáo',
  TB: 'Thông báo',
  HD: 'Hướng dẫn',
  CTr: 'Chương trình',
  KH: 'Kế hoạch',
  PA: 'Phương án',
  ĐA: 'Đề án',
  DA: 'Dự án',
  BC: 'Báo cáo',
  BB: 'Biên bản',
  TTr: 'Tờ trình',
  KL: 'Kết luận',
  DS: 'Danh sách',
  GM: 'Giấy mời',
};

/** Upper case that keeps every diacritic: “Liên đoàn Lao động tỉnh” → “LIÊN ĐOÀN LAO ĐỘNG TỈNH”. */
export function upperVi(s: string): string {
  return nfc(nfc(s).toUpperCase());
}

/** First letter in lower case unless the first word is an abbreviation: “Triển khai …” → “triển khai …”, “LĐLĐ …” stays. */
export function lowerFirst(s: string): string {
  const t = nfc(s.trim());
  const first = t.split(/\s/, 1)[0] ?? '';
  const chars = [...first];
  if (chars.length > 1 && chars.slice(1).some((c) => c !== c.toLowerCase())) return t;
  return t.charAt(0).toLowerCase() + t.slice(1);
}

/**
 * Words that keep their capital inside a sentence: “Nhân dân”, “Đảng” (not “đảng viên”), “Nhà nước”, “Tổ quốc”…, and a
 * name, whose second word is capitalised too (“Hội Phụ nữ”, “Đoàn Thanh niên”).
 */
const PROPER_START =
  /^(?:Nhân dân|Đảng(?! viên)|Nhà nước|Chính phủ|Quốc hội|Mặt trận|Tổ quốc|Trung ương|Ủy ban|Uỷ ban|Bác Hồ|Hồ Chí Minh|Chủ tịch Hồ Chí Minh)(?!\p{L})|^\S+\s+\p{Lu}/u;

/** As lowerFirst, but a proper noun or a name keeps its capital: “Thực trạng, lý do” → “thực trạng, lý do”, “Nhân dân tham gia” stays. */
export function lowerInText(s: string): string {
  const t = nfc(s.trim());
  return PROPER_START.test(t) ? t : lowerFirst(t);
}

/** First letter in upper case: “hướng dẫn” → “Hướng dẫn”. */
export function upperFirst(s: string): string {
  const t = nfc(s.trim());
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** Document numbers below 10 get a leading zero: 7 → “07”, 29 → “29”, 123 → “123”. */
export function padNumber(n: number | string): string {
  const digits = String(n).trim().replace(/^0+(?=\d)/, '');
  return digits.length === 1 ? `0${digits}` : digits;
}

/** Splits “HD-LĐLĐ” or “CTr/HU” into its first part (usually the type) and the rest. */
export function splitSymbol(kyHieu: string): { head: string; rest: string; sep: string } {
  const s = nfc(kyHieu.trim());
  const m = /^([^/-]+)([/-])(.*)$/.exec(s);
  return m ? { head: m[1].trim(), sep: m[2], rest: m[3].trim() } : { head: s, sep: '', rest: '' };
}

/** The type name a symbol names: “HD-LĐLĐ” → “Hướng dẫn”; null when its first part is no type (a letter: “LĐLĐ-TG”). */
export function typeNameOf(kyHieu: string): string | null {
  return TYPE_NAMES[splitSymbol(kyHieu).head] ?? null;
}

/**
 * The symbol as the profile writes it. A symbol that starts with a type abbreviation is
 * rejoined with the profile's separator (“HD-LĐLĐ” in the state profile, “CTr/HU” in the Party one);
 * any other symbol is kept as typed.
 */
export function normalizeSymbol(kyHieu: string, rules: NumberRules): string {
  const { head, rest, sep } = splitSymbol(kyHieu);
  if (!sep || !(head in TYPE_NAMES)) return nfc(kyHieu.trim());
  return `${head}${rules.number.typeSeparator}${rest}`;
}

/** Blank kept for a number the records office writes in when the document is registered. */
const BLANK_NUMBER = '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0';

/** Number and symbol: “29/HD-LĐLĐ” (state) or “09-CTr/HU” (Party); a missing number leaves a blank. */
export function numberAndSymbol(so: number | string | null | undefined, kyHieu: string, rules: NumberRules): string {
  const n = so === null || so === undefined || String(so).trim() === '' ? BLANK_NUMBER : padNumber(so);
  return `${n}${rules.number.join}${normalizeSymbol(kyHieu, rules)}`;
}

/** The number line: “Số: 29/HD-LĐLĐ” (state), “Số 09-CTr/HU” (Party: no colon). */
export function numberLine(so: number | string | null | undefined, kyHieu: string, rules: NumberRules): string {
  return `${rules.number.prefix} ${numberAndSymbol(so, kyHieu, rules)}`;
}

/** Parses “YYYY-MM-DD”; null when it is not a real date. */
export function parseIsoDate(iso: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return null;
  return { y, m: mo, d };
}

/** Day with a leading zero for 1–9; month with a leading zero for 1 and 2 only (NĐ 30). */
function dayMonth(iso: string): { d: string; m: string; y: string } {
  const p = parseIsoDate(iso);
  if (!p) throw new RangeError(`Not a date: ${iso}`);
  return { d: String(p.d).padStart(2, '0'), m: p.m <= 2 ? `0${p.m}` : String(p.m), y: String(p.y) };
}

/** “ngày 06 tháng 7 năm 2021”; blanks for the records office when there is no date yet. */
export function dateWords(iso: string | null | undefined): string {
  if (!iso) return `ngày${BLANK_NUMBER}tháng${BLANK_NUMBER}năm${BLANK_NUMBER}`;
  const { d, m, y } = dayMonth(iso);
  return `ngày ${d} tháng ${m} năm ${y}`;
}

/** The place-and-date line: “Ninh Bình, ngày 06 tháng 7 năm 2021”, “Hà Tĩnh, ngày 31 tháng 3 năm 2020”. */
export function placeDateLine(place: string, iso: string | null | undefined): string {
  return `${nfc(place.trim())}, ${dateWords(iso)}`;
}

/** Short date as documents cite one another: “06/7/2021”, “05/02/2024”. */
export function shortDate(iso: string): string {
  const { d, m, y } = dayMonth(iso);
  return `${d}/${m}/${y}`;
}

/** Authority prefixes as typed, in either profile's form; the pack writes each (TM. or T/M…). */
const PREFIXES: { re: RegExp; key: keyof RulePack['signature']['prefixes'] }[] = [
  { re: /^(?:TM\.?|T\/M)(?=\s)/i, key: 'TM' },
  { re: /^(?:KT\.?|K\/T)(?=\s)/i, key: 'KT' },
  { re: /^(?:TUQ\.?|T\/UQ)(?=\s)/i, key: 'TUQ' },
  { re: /^(?:TL\.?|T\/L)(?=\s)/i, key: 'TL' },
  { re: /^Q\.(?=\s)/i, key: 'Q' },
];

/** Splits an authority line into its prefix (which one, however typed) and the body it acts for. */
function splitAuthority(s: string): { key: keyof RulePack['signature']['prefixes'] | null; rest: string } {
  const t = nfc(s.trim()).replace(/\s+/g, ' ');
  for (const p of PREFIXES) {
    const m = p.re.exec(t);
    if (m) return { key: p.key, rest: t.slice(m[0].length).trim() };
  }
  return { key: null, rest: t };
}

/** Splits an authority line into its prefix (as the pack writes it) and the body it acts for. */
export function parseAuthority(s: string, rules: SignatureRules): { prefix: string; rest: string } {
  const { key, rest } = splitAuthority(s);
  return { prefix: key ? rules.signature.prefixes[key] : '', rest };
}

/** “TM. Ban Thường vụ” → “TM. BAN THƯỜNG VỤ” (state) or “T/M BAN THƯỜNG VỤ” (Party). */
export function authorityLine(quyenHan: string | null | undefined, rules: SignatureRules): string {
  if (!quyenHan || !quyenHan.trim()) return '';
  const { prefix, rest } = parseAuthority(quyenHan, rules);
  return [prefix, upperVi(rest)].filter(Boolean).join(' ');
}

/** The title lines above the signature: authority line (if any), then the signer's title, both upper case. */
export function signatureTitleLines(
  quyenHan: string | null | undefined,
  chucVu: string | null | undefined,
  rules: SignatureRules,
): string[] {
  const lines = [authorityLine(quyenHan, rules)];
  if (chucVu && chucVu.trim()) lines.push(upperVi(chucVu.trim().replace(/\s+/g, ' ')));
  return lines.filter(Boolean);
}

/** A standing body named without the committee it belongs to (“Ban Thường trực”, “Ban Thường vụ”, “Thường trực”). */
const STANDING_BODY = /^(ban )?thuong (truc|vu)$/;

/**
 * The issuing body as the text of a document names it: a standing body written alone in the header, under its
 * committee (“ỦY BAN MTTQ VIỆT NAM PHƯỜNG HOA LƯ” over “BAN THƯỜNG TRỰC”), takes the committee's name
 * (“Ban Thường trực Ủy ban MTTQ Việt Nam phường Hoa Lư”); any other body is named as written.
 */
export function fullBodyName(coQuan: string, coQuanChuQuan: string | null | undefined): string {
  const body = nfc(coQuan.trim());
  const parent = nfc((coQuanChuQuan ?? '').trim());
  return parent && STANDING_BODY.test(foldLoose(body)) ? `${body} ${parent}` : body;
}

/** Who issues a decision, for the line under its title: “BAN THƯỜNG VỤ LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH”. */
export function issuingAuthority(
  coQuan: string,
  quyenHan: string | null | undefined,
  chucVu: string | null | undefined,
): string {
  const acting = quyenHan && quyenHan.trim() ? splitAuthority(quyenHan).rest : (chucVu ?? '').trim();
  const body = upperVi(coQuan.trim());
  const who = upperVi(acting);
  if (!who || body.startsWith(who)) return body;
  return who.includes(body) ? who : `${who} ${body}`;
}

/** Strips list dashes and trailing punctuation an officer may have typed: “- Sở Nội vụ;” → “Sở Nội vụ”. */
export function bareItem(s: string): string {
  return nfc(s)
    .trim()
    .replace(/^[-–—•+*]\s*/, '')
    .replace(/[\s;,.]+$/, '')
    .trim();
}

/**
 * Recipient lines: “- Ban Dân vận Tỉnh ủy;” … and the last “- Lưu: VT, TG-NC.”
 * (Party: lines end with “,” and the last is “- Lưu Văn phòng Huyện ủy.”).
 */
export function recipientLines(noiNhan: readonly string[], luu: string | null | undefined, rules: RecipientRules): string[] {
  const end = rules.recipients.lineEnd;
  const lines = noiNhan.map(bareItem).filter(Boolean).map((s) => `- ${s}${end}`);
  lines.push(archiveLine(luu, rules));
  return lines;
}

/** “- Lưu: VT, TG-NC.” (state) or “- Lưu VT, TG-NC.” (Party); “VT” when nothing is given. */
export function archiveLine(luu: string | null | undefined, rules: RecipientRules): string {
  const what = bareItem((luu ?? '').replace(/^\s*[-–]?\s*Lưu\s*:?\s*/i, '')) || 'VT';
  return rules.recipients.archive.replace('{luu}', () => what);
}

/** Roman numerals for group headings: 1 → “I”, 4 → “IV”, 14 → “XIV”. */
export function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  let rest = Math.floor(n);
  for (const [v, s] of table) while (rest >= v) { out += s; rest -= v; }
  return out;
}

/** Share as Vietnamese write it: 1 of 3 → “33,3%”; 0 of 0 → “0%”. */
export function percent(part: number, total: number): string {
  if (total <= 0) return '0%';
  const v = Math.round((part / total) * 1000) / 10;
  return `${String(v).replace('.', ',')}%`;
}

/** Counts of models as plans state them: 3 → “03”, 12 → “12”. */
export function padCount(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Joins names the Vietnamese way: “a”, “a và b”, “a, b và c”. */
export function joinVi(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

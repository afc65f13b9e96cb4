// The rules of check-format, as a list of small checks over the document model and its recognised parts; each
// problem names the paragraph (its first words), what the rule says, its source in the pack, and whether a fix is
// safe (margins, paper, fonts, sizes and letters of recognised parts, leading zeros: never other text). The fix a
// problem can take travels with it, for fix.ts.
import { parseIsoDate, upperFirst, upperVi } from '../lines';
import type { PartName, PartRule, RulePack } from '../packs';
import { mmToTwips } from '../packs';
import type { DocxModel, Letters, Paragraph, Run, Section } from './model';
import { plain, type Parts } from './recognize';

export interface FormatProblem {
  /** Stable id: “le-trang”, “co-chu/so-ky-hieu”, “ngay-thang”… */
  rule: string;
  /** The paragraph's first words; null for a rule about the page or the whole document. */
  paragraph: string | null;
  /** What is wrong and what the rule says, in Vietnamese. */
  message: string;
  /** Where the rule comes from (the pack's source). */
  source: string;
  fixable: boolean;
}

/** What a fix does: run letters, a section's page, the fonts everywhere, a digit of a number or a date. */
export type Fix =
  | { kind: 'letters'; run: Run; set: Partial<Pick<Letters, 'sz' | 'bold' | 'italic' | 'underline'>> }
  | { kind: 'page'; section: Section; width?: number; height?: number; margins?: Partial<Record<'top' | 'bottom' | 'left' | 'right', number>> }
  | { kind: 'fonts'; family: string }
  | { kind: 'digits'; paragraph: Paragraph; at: number; insert: '0' | '' };

export interface Finding {
  problem: FormatProblem;
  fixes: Fix[];
}

/** Part names in problems and rule ids, as the officer reads them. */
export const PART_SLUG: Record<PartName, string> = {
  title: 'tieu-de',
  motto: 'tieu-ngu',
  governingBody: 'co-quan-chu-quan',
  issuingBody: 'co-quan-ban-hanh',
  number: 'so-ky-hieu',
  placeDate: 'dia-danh-ngay',
  typeName: 'ten-loai',
  subject: 'trich-yeu',
  body: 'noi-dung',
  authority: 'quyen-han-chuc-vu',
  signer: 'nguoi-ky',
  recipientsLabel: 'noi-nhan-tieu-de',
  recipients: 'noi-nhan-dong',
};

/** The first words of a paragraph, for messages: at most 60 characters. */
export function firstWords(p: Paragraph): string {
  const t = plain(p.text);
  return t.length > 60 ? `${t.slice(0, 59).replace(/\s+\S*$/, '')}…` : t;
}

const mm = (twips: number) => Math.round((twips / 1440) * 25.4 * 10) / 10;
const vi = (n: number) => String(n).replace('.', ',');
const sizeText = (halfPoints: number) => vi(halfPoints / 2);
const range = ([min, max]: [number, number]) => (min === max ? `${min}` : `${min}–${max}`);

interface Context {
  model: DocxModel;
  parts: Parts;
  pack: RulePack;
  /** The profile was named by the officer (--the-thuc), not read from the header. */
  named: boolean;
  out: Finding[];
}

const add = (ctx: Context, problem: FormatProblem, fixes: Fix[] = []): void => {
  ctx.out.push({ problem, fixes });
};

// ---------------------------------------------------------------------------------------------
// Page and font

const A4 = { w: 11906, h: 16838 };
const SIDES = { top: 'trên', bottom: 'dưới', left: 'trái', right: 'phải' } as const;

function checkPage(ctx: Context): void {
  const { page } = ctx.pack;
  const where = (i: number) => (ctx.model.sections.length > 1 ? `Phần ${i + 1} của văn bản: ` : '');
  ctx.model.sections.forEach((s, i) => {
    const w = s.width ?? 12240;
    const h = s.height ?? 15840;
    const [short, long] = [Math.min(w, h), Math.max(w, h)];
    if (Math.abs(short - A4.w) > 60 || Math.abs(long - A4.h) > 60)
      add(
        ctx,
        {
          rule: 'kho-giay',
          paragraph: null,
          message: `${where(i)}khổ giấy ${vi(mm(w))} × ${vi(mm(h))} mm${s.width === null ? ' (không khai báo: Word dùng khổ Letter)' : ''}, không phải A4 (${page.widthMm} × ${page.heightMm} mm).`,
          source: page.source,
          fixable: true,
        },
        [{ kind: 'page', section: s, width: s.landscape ? A4.h : A4.w, height: s.landscape ? A4.w : A4.h }],
      );
    if (s.landscape && !s.hasTable)
      add(ctx, {
        rule: 'huong-trang',
        paragraph: null,
        message: `${where(i)}trang ngang nhưng không có bảng: văn bản trình bày theo chiều dài khổ A4; chỉ phần có bảng, biểu mới trình bày theo chiều rộng (${page.landscape.toLowerCase()}).`,
        source: page.source,
        fixable: false,
      });
    const wrong: string[] = [];
    const set: Partial<Record<keyof typeof SIDES, number>> = {};
    for (const side of Object.keys(SIDES) as (keyof typeof SIDES)[]) {
      const [min, max] = page.marginsMm[side];
      const tw = s.margins[side] ?? 1440;
      const v = mm(tw);
      if (v >= min - 0.05 && v <= max + 0.05) continue;
      wrong.push(`lề ${SIDES[side]} ${vi(v)} mm (quy định ${min}–${max} mm)`);
      set[side] = v < min ? mmToTwips(min) : Math.floor((max / 25.4) * 1440);
    }
    if (wrong.length)
      add(
        ctx,
        { rule: 'le-trang', paragraph: null, message: upperFirst(`${where(i)}${wrong.join('; ')}.`), source: page.source, fixable: true },
        [{ kind: 'page', section: s, margins: set }],
      );
  });
}

function checkFont(ctx: Context): void {
  const family = ctx.pack.font.family;
  const other = new Set<string>();
  const all: Paragraph[] = [];
  for (const p of ctx.model.paragraphs) {
    let wrong = false;
    for (const r of p.runs) {
      if (!/\S/.test(r.text)) continue;
      for (const f of [r.letters.ascii, r.letters.hAnsi]) {
        const name = f ?? 'Calibri (phông mặc định của Word)';
        if (name.toLowerCase() === family.toLowerCase()) continue;
        other.add(name);
        wrong = true;
      }
    }
    if (wrong) all.push(p);
  }
  if (!other.size) return;
  add(
    ctx,
    {
      rule: 'phong-chu',
      paragraph: firstWords(all[0]),
      message: `Phông chữ ${[...other].map((f) => `“${f}”`).join(', ')} ở ${all.length} đoạn; quy định dùng phông ${family}.`,
      source: ctx.pack.font.source,
      fixable: true,
    },
    [{ kind: 'fonts', family }],
  );
}

// ---------------------------------------------------------------------------------------------
// Letters of the recognised parts

/** Text runs of a paragraph, the issuing body's split by line: a name over lines in one paragraph. */
function textRuns(p: Paragraph, part: PartName): Run[] {
  const runs = p.runs.filter((r) => /\S/.test(r.text));
  if (part !== 'issuingBody' && part !== 'governingBody') return runs;
  let lastBreak = -1;
  runs.forEach((r, i) => {
    if (r.text.includes('\n')) lastBreak = i;
  });
  if (lastBreak < 0) return runs;
  return part === 'issuingBody' ? runs.slice(lastBreak + 1) : runs.slice(0, lastBreak + 1);
}

/** A part's size and letters, checked paragraph by paragraph (the body's summed up in one problem). */
function checkParts(ctx: Context): void {
  const byPart = new Map<PartName, Paragraph[]>();
  for (const [p, part] of ctx.parts.roles) {
    const list = byPart.get(part);
    if (list) list.push(p);
    else byPart.set(part, [p]);
  }
  for (const [part, paras] of byPart) {
    const rule = ctx.pack.parts[part];
    if (!rule) continue;
    paras.sort((a, b) => a.index - b.index);
    if (part === 'body') checkBody(ctx, rule, paras);
    else for (const p of paras) checkPart(ctx, part, rule, p, textRuns(p, part));
    // Headers over two lines in one paragraph: the governing body's part before the line break.
    if (part === 'issuingBody')
      for (const p of paras) {
        const before = textRuns(p, 'governingBody');
        const gov = ctx.pack.parts.governingBody;
        if (gov && before.length && before.length < p.runs.filter((r) => /\S/.test(r.text)).length) checkPart(ctx, 'governingBody', gov, p, before);
      }
  }
}

function checkPart(ctx: Context, part: PartName, rule: PartRule, p: Paragraph, runs: Run[]): void {
  const slug = PART_SLUG[part];
  const [min, max] = rule.size;
  const off = runs.filter((r) => r.letters.sz! < min * 2 || r.letters.sz! > max * 2);
  if (off.length) {
    const sizes = [...new Set(off.map((r) => sizeText(r.letters.sz!)))];
    add(
      ctx,
      {
        rule: `co-chu/${slug}`,
        paragraph: firstWords(p),
        message: `${rule.label} cỡ chữ ${sizes.join(', ')}; quy định cỡ ${range(rule.size)}.`,
        source: rule.source,
        fixable: true,
      },
      off.map((r) => ({ kind: 'letters', run: r, set: { sz: Math.min(Math.max(r.letters.sz!, min * 2), max * 2) } })),
    );
  }
  const style: [keyof Letters, boolean | undefined, string, string][] = [
    ['bold', rule.bold, 'in đậm', 'không in đậm'],
    ['italic', rule.italic, 'in nghiêng', 'không in nghiêng'],
    ['underline', rule.underline, 'gạch chân', 'không gạch chân'],
  ];
  for (const [key, want, yes, no] of style) {
    if (want === undefined && !(key === 'underline' || (key === 'italic' && rule.bold !== undefined))) continue;
    const expected = want ?? false;
    const wrong = runs.filter((r) => !!r.letters[key] !== expected);
    if (!wrong.length) continue;
    add(
      ctx,
      {
        rule: `kieu-chu/${slug}`,
        paragraph: firstWords(p),
        message: `${rule.label} phải ${expected ? yes : no}.`,
        source: rule.source,
        fixable: true,
      },
      wrong.map((r) => ({ kind: 'letters', run: r, set: { [key]: expected } })),
    );
  }
  const words = runs.map((r) => r.text).join('');
  if (rule.caps && /\p{L}/u.test(words) && upperVi(words) !== words.normalize('NFC'))
    add(ctx, { rule: `chu-hoa/${slug}`, paragraph: firstWords(p), message: `${rule.label} phải viết chữ in hoa.`, source: rule.source, fixable: false });
}

function checkBody(ctx: Context, rule: PartRule, paras: Paragraph[]): void {
  const [min, max] = rule.size;
  const off = paras.flatMap((p) => p.runs.filter((r) => /\S/.test(r.text) && (r.letters.sz! < min * 2 || r.letters.sz! > max * 2)).map((r) => ({ p, r })));
  if (!off.length) return;
  const ps = [...new Set(off.map((x) => x.p))];
  const sizes = [...new Set(off.map((x) => sizeText(x.r.letters.sz!)))];
  add(
    ctx,
    {
      rule: `co-chu/${PART_SLUG.body}`,
      paragraph: firstWords(ps[0]),
      message: `${ps.length} đoạn nội dung có chữ cỡ ${sizes.join(', ')}; quy định cỡ ${range(rule.size)}.`,
      source: rule.source,
      fixable: true,
    },
    off.map(({ r }) => ({ kind: 'letters', run: r, set: { sz: Math.min(Math.max(r.letters.sz!, min * 2), max * 2) } })),
  );
}

// ---------------------------------------------------------------------------------------------
// Lines: title, number, date, recipients

function checkPresence(ctx: Context): void {
  const { parts, pack } = ctx;
  const profileName = pack.profile === 'dang' ? 'văn bản của Đảng' : 'văn bản hành chính';
  if (parts.shows !== pack.profile)
    add(ctx, {
      rule: `thieu/${PART_SLUG.title}`,
      paragraph: null,
      message:
        parts.shows && ctx.named
          ? `Phần đầu là của ${parts.shows === 'dang' ? 'văn bản của Đảng' : 'văn bản hành chính'} nhưng đang kiểm tra theo thể thức ${profileName}.`
          : `Không thấy ${pack.header.title.map((t) => `“${t}”`).join(' và ')} ở phần đầu ${profileName}.`,
      source: pack.header.source,
      fixable: false,
    });
  if (!parts.number)
    add(ctx, { rule: `thieu/${PART_SLUG.number}`, paragraph: null, message: `Không thấy dòng số, ký hiệu (ví dụ “${pack.number.example}”).`, source: pack.number.source, fixable: false });
  if (!parts.placeDate)
    add(ctx, {
      rule: `thieu/${PART_SLUG.placeDate}`,
      paragraph: null,
      message: `Không thấy dòng địa danh và ngày, tháng, năm (ví dụ “Hà Nội, ${pack.date.example}”).`,
      source: pack.date.source,
      fixable: false,
    });
  if (!parts.recipientsLabel)
    add(ctx, { rule: `thieu/${PART_SLUG.recipientsLabel}`, paragraph: null, message: `Không thấy phần “${pack.recipients.label}”.`, source: pack.recipients.source, fixable: false });
}

/** The number line: prefix, number (a leading zero below 10, or a blank for the clerk), separators, no spaces. */
function checkNumber(ctx: Context): void {
  const p = ctx.parts.number;
  if (!p) return;
  const { number } = ctx.pack;
  const t = plain(p.text);
  const prefix = /^Số\s*(:?)\s*/u.exec(t)!;
  const rest = t.slice(prefix[0].length);
  const problem = (message: string, fixable = false, fixes: Fix[] = []) =>
    add(ctx, { rule: 'so-ky-hieu', paragraph: firstWords(p), message, source: number.source, fixable }, fixes);
  const wantColon = number.prefix.endsWith(':');
  if (!!prefix[1] !== wantColon)
    problem(wantColon ? `Sau chữ “Số” phải có dấu hai chấm: “${number.example}”.` : `Sau chữ “Số” không có dấu hai chấm: “${number.example}”.`);
  const m = /^(\d*)\s*([/-])\s*(.*)$/u.exec(rest);
  if (!m) return problem(`Dòng số, ký hiệu viết chưa đúng; quy định viết như “${number.example}”.`);
  const [, digits, join, symbol] = m;
  if (join !== number.join) problem(`Giữa số và ký hiệu phải là dấu “${number.join}”: “${number.example}”.`);
  if (/\s/.test(rest.slice(digits.length, rest.length - symbol.length)) && digits)
    problem(`Không có dấu cách giữa số và ký hiệu: viết liền như “${number.example}”.`);
  if (/\s/.test(symbol)) problem(`Ký hiệu “${symbol}” có dấu cách; ký hiệu viết liền, như “${number.example}”.`);
  const parts = symbol.split(number.typeSeparator);
  if (number.typeSeparator === '/' && (parts.length !== 2 || !parts[0] || !parts[1]))
    problem(`Ký hiệu văn bản của Đảng là chữ viết tắt tên loại, dấu “/”, chữ viết tắt cơ quan ban hành: “${number.example}”.`);
  if (number.typeSeparator === '-' && symbol.includes('/')) problem(`Ký hiệu văn bản hành chính nối bằng dấu gạch nối, không có dấu “/”: “${number.example}”.`);
  if (digits.length === 1) {
    const at = p.text.search(/\d/);
    problem(`Số ${digits} nhỏ hơn 10 phải ghi thêm số 0 phía trước: “0${digits}”.`, true, [{ kind: 'digits', paragraph: p, at, insert: '0' }]);
  }
}

/** The date line: “Địa danh, ngày 05 tháng 02 năm 2024”: a leading zero for days below 10 and for months 1 and 2 only. */
function checkDate(ctx: Context): void {
  const p = ctx.parts.placeDate;
  if (!p) return;
  const { date } = ctx.pack;
  const t = plain(p.text);
  const problem = (message: string, fixable = false, fixes: Fix[] = []) =>
    add(ctx, { rule: 'ngay-thang', paragraph: firstWords(p), message, source: date.source, fixable }, fixes);
  if (!/^[^,]*\p{L}[^,]*,\s*ngày/u.test(t)) problem(`Dòng ngày tháng bắt đầu bằng địa danh và dấu phẩy: “Hà Nội, ${date.example}”.`);
  const m = /ngày\s*(\d*)\s*tháng\s*(\d*)\s*năm\s*(\d*)/u.exec(t);
  if (!m) return;
  const [, d, mo, y] = m;
  if (!d || !mo || !y) return; // left for the records office
  if (!parseIsoDate(`${y}-${mo.padStart(2, '0').slice(-2)}-${d.padStart(2, '0').slice(-2)}`) || d.length > 2 || mo.length > 2)
    return problem(`Ngày ${d} tháng ${mo} năm ${y} không phải ngày có thật.`);
  // Offsets of the day and month digits in the paragraph's own text (its spaces as written).
  const raw = p.text;
  const dayAt = raw.search(/ngày[\s\u00a0]*\d/u);
  const dayDigit = dayAt < 0 ? -1 : raw.slice(dayAt).search(/\d/) + dayAt;
  const monthAt = raw.search(/tháng[\s\u00a0]*\d/u);
  const monthDigit = monthAt < 0 ? -1 : raw.slice(monthAt).search(/\d/) + monthAt;
  const day = Number(d);
  const month = Number(mo);
  if (day < 10 && d.length === 1) problem(`Ngày ${d} nhỏ hơn 10 phải ghi “0${d}”.`, true, [{ kind: 'digits', paragraph: p, at: dayDigit, insert: '0' }]);
  if (month <= 2 && mo.length === 1)
    problem(`Tháng ${mo} phải ghi “0${mo}” (tháng 1 và 2 thêm số 0 phía trước).`, true, [{ kind: 'digits', paragraph: p, at: monthDigit, insert: '0' }]);
  if (month >= 3 && mo.length === 2 && mo[0] === '0')
    problem(`Tháng ${month} không thêm số 0 phía trước: ghi “tháng ${month}” (chỉ tháng 1 và 2 có số 0).`, true, [
      { kind: 'digits', paragraph: p, at: monthDigit, insert: '' },
    ]);
}

function checkRecipients(ctx: Context): void {
  const label = ctx.parts.recipientsLabel;
  if (!label) return;
  const { recipients } = ctx.pack;
  const problem = (p: Paragraph, message: string) => add(ctx, { rule: 'noi-nhan', paragraph: firstWords(p), message, source: recipients.source, fixable: false });
  if (plain(label.text) !== recipients.label) problem(label, `Viết đúng “${recipients.label}” (có dấu hai chấm).`);
  const lines = ctx.parts.recipients;
  if (!lines.length) return problem(label, `Dưới “${recipients.label}” không có nơi nhận nào; dòng cuối là “${recipients.example}”.`);
  const last = lines[lines.length - 1];
  const lastText = plain(last.text);
  if (!lastText.startsWith(recipients.archiveStart))
    problem(last, `Dòng cuối của nơi nhận là dòng lưu, viết “${recipients.example}”.`);
  else if (recipients.archiveNeeds && !new RegExp(`\\b${recipients.archiveNeeds}\\b`, 'u').test(lastText))
    problem(last, `Dòng lưu phải có “${recipients.archiveNeeds}” (văn thư): “${recipients.example}”.`);
  if (!/\.$/.test(lastText)) problem(last, `Dòng lưu kết thúc bằng dấu chấm: “${recipients.example}”.`);
  const unended = lines.slice(0, -1).filter((p) => !plain(p.text).endsWith(recipients.lineEnd));
  if (unended.length) problem(unended[0], `Mỗi dòng nơi nhận (trừ dòng lưu) kết thúc bằng dấu “${recipients.lineEnd}”${unended.length > 1 ? ` (${unended.length} dòng chưa có)` : ''}.`);
}

/** Every check, in the order problems are listed: the page, the header's lines, the letters, the end. */
const CHECKS: ((ctx: Context) => void)[] = [checkPage, checkFont, checkPresence, checkNumber, checkDate, checkParts, checkRecipients];

export function runChecks(model: DocxModel, parts: Parts, pack: RulePack, named: boolean): Finding[] {
  const ctx: Context = { model, parts, pack, named, out: [] };
  for (const check of CHECKS) check(ctx);
  return ctx.out;
}


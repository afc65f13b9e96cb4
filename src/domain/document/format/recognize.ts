// Which paragraph of a document is which part: quốc hiệu and tiêu ngữ (or the Party's title), the issuing bodies, the
// number line, the place and date line, the type name and subject, the body, the signature block and “Nơi nhận”.
// Recognised by their words and their place, never by their letters (which are what is checked).
import { foldLoose, nfc } from '../../text';
import { TYPE_NAMES, upperVi } from '../lines';
import type { PartName } from '../packs';
import type { DocxModel, Paragraph } from './model';

export interface Parts {
  /** Every recognised paragraph with its part. */
  roles: Map<Paragraph, PartName>;
  /** The profile the header shows: the national title, the Party's, or neither. */
  shows: 'nha-nuoc' | 'dang' | null;
  number: Paragraph | null;
  placeDate: Paragraph | null;
  typeName: Paragraph | null;
  recipientsLabel: Paragraph | null;
  recipients: Paragraph[];
}

/** Spaces as one space, no-break spaces as spaces, trimmed. */
export const plain = (s: string) => nfc(s).replace(/[\u00a0\s]+/g, ' ').trim();

const STATE_TITLE = 'cong hoa xa hoi chu nghia viet nam';
const PARTY_TITLE = 'dang cong san viet nam';
const MOTTO = /^doc lap ?[-–—] ?tu do ?[-–—] ?hanh phuc$/;
/** “Số: 07/KH-SYT”, “Số 09-CTr/ĐU”, “Số:      /KH-LĐLĐ”, “Số: 29 /HD-LĐLĐ”: “Số” then a number or a blank and a separator. */
export const NUMBER_LINE = /^Số\s*:?\s*[\d\s.…]*\s*[/-]/u;
/** “Ninh Bình, ngày 06 tháng 7 năm 2021”, with blanks or dots for the records office. */
export const DATE_LINE = /ngày[\s\d.…_]*tháng[\s\d.…_]*năm\s*[\d.…_]*\s*$/u;
const TYPE_WORDS = new Set([...Object.values(TYPE_NAMES), 'Công văn', 'Tờ trình', 'Thông tri', 'Quy hoạch', 'Lời kêu gọi', 'Tuyên bố'].map((t) => foldLoose(t)));
const RECIPIENTS = /^nơi nhận\s*:?$/iu;
/** A line that goes on with the name above it: a place or a sector, not a body of its own. */
const CONTINUES = /^(TỈNH|THÀNH PHỐ|TP\.?|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU|NGÀNH|KHỐI|VIỆT NAM|TRUNG ƯƠNG)\b/u;
const LETTERS = /\p{L}/u;

/** Whether the text's letters are all capitals (and it has some). */
export const isCaps = (s: string) => LETTERS.test(s) && upperVi(s) === nfc(s);

/**
 * Finds the parts. The header runs to the type name (or, without one, to the first paragraph after the number and
 * date lines); the signature block is the table row (or the paragraphs) of “Nơi nhận”; the body lies between.
 * Paragraphs after the signature block (an annex) and inside tables of the body are not the body's text.
 */
export function recognize(model: DocxModel): Parts {
  const paras = model.paragraphs;
  const roles = new Map<Paragraph, PartName>();
  const text = (p: Paragraph) => plain(p.text);
  const nonEmpty = (p: Paragraph) => text(p) !== '';

  // Header: the first 40 paragraphs at most.
  const head = paras.slice(0, 40);
  let shows: Parts['shows'] = null;
  for (const p of head) {
    const f = foldLoose(text(p));
    if (f === STATE_TITLE) {
      roles.set(p, 'title');
      shows ??= 'nha-nuoc';
    } else if (f === PARTY_TITLE) {
      roles.set(p, 'title');
      shows ??= 'dang';
    } else if (MOTTO.test(f)) roles.set(p, 'motto');
  }
  const number = head.find((p) => !roles.has(p) && NUMBER_LINE.test(text(p)) && text(p).length <= 60) ?? null;
  if (number) roles.set(number, 'number');
  const placeDate = head.find((p) => !roles.has(p) && DATE_LINE.test(text(p)) && text(p).length <= 120) ?? null;
  if (placeDate) roles.set(placeDate, 'placeDate');

  // The type name: the first paragraph after the number and date lines that names a type, in capitals.
  const after = Math.max(number?.index ?? -1, placeDate?.index ?? -1);
  let typeName: Paragraph | null = null;
  for (const p of paras.slice(after + 1, after + 12)) {
    const t = text(p);
    if (!t) continue;
    if (TYPE_WORDS.has(foldLoose(t)) && !p.cell) typeName = p;
    break;
  }
  if (typeName) roles.set(typeName, 'typeName');

  // Issuing bodies: the capitals above the number line, in its table column when the header is a table.
  if (number) {
    const above = paras.slice(0, number.index).filter((p) => !roles.has(p) && nonEmpty(p) && isCaps(text(p)) && text(p) !== '*');
    const column = number.cell ? above.filter((p) => p.cell && p.cell.table === number.cell!.table && p.cell.col === number.cell!.col) : above;
    const bodies = column.filter((p) => !/^[-–—_*.\s]+$/.test(text(p)));
    if (bodies.length) {
      const last = bodies[bodies.length - 1];
      const same = (a: Paragraph, b: Paragraph) => JSON.stringify(a.runs.map((r) => r.letters)[0]) === JSON.stringify(b.runs.map((r) => r.letters)[0]);
      let i = bodies.length - 1;
      roles.set(last, 'issuingBody');
      // A long name wraps over paragraphs written alike, the next line going on with a place (“… TỈNH NINH BÌNH”);
      // what is above is the governing body.
      while (i > 0 && same(bodies[i - 1], last) && CONTINUES.test(text(bodies[i]))) roles.set(bodies[--i], 'issuingBody');
      for (const p of bodies.slice(0, i)) roles.set(p, 'governingBody');
    }
  }

  // The subject: what follows the type name, centred, up to an empty paragraph.
  let bodyFrom = (typeName ?? placeDate ?? number)?.index ?? -1;
  if (typeName) {
    for (const p of paras.slice(typeName.index + 1, typeName.index + 4)) {
      if (!nonEmpty(p) || p.jc !== 'center' || p.cell || /^[-–—_*.\s]+$/.test(text(p))) break;
      roles.set(p, 'subject');
      bodyFrom = p.index;
    }
  }

  // “Nơi nhận:” and its lines; the signature beside it (the next cell of its row), or below the body.
  const recipientsLabel = paras.find((p) => p.index > bodyFrom && RECIPIENTS.test(text(p))) ?? null;
  const recipients: Paragraph[] = [];
  let signatureStart = paras.length;
  if (recipientsLabel) {
    roles.set(recipientsLabel, 'recipientsLabel');
    for (const p of paras.slice(recipientsLabel.index + 1)) {
      const c = recipientsLabel.cell;
      if (c && (!p.cell || p.cell.table !== c.table || p.cell.col !== c.col)) break;
      const t = text(p);
      if (!t) {
        if (recipients.length) break;
        continue;
      }
      if (!/^[-–—+•]/.test(t)) break;
      roles.set(p, 'recipients');
      recipients.push(p);
    }
    const cell = recipientsLabel.cell;
    const beside = cell ? paras.filter((p) => p.cell && p.cell.table === cell.table && p.cell.row === cell.row && p.cell.col !== cell.col && nonEmpty(p)) : [];
    signatureStart = cell ? (paras.find((p) => p.cell?.table === cell.table)?.index ?? recipientsLabel.index) : recipientsLabel.index;
    markSignature(beside, roles);
  }

  // The body: between the head and the signature block, outside tables.
  for (const p of paras.slice(bodyFrom + 1, signatureStart)) if (!roles.has(p) && !p.cell && nonEmpty(p)) roles.set(p, 'body');
  if (!recipientsLabel) {
    // No “Nơi nhận”: the signature is the capitals with an authority prefix near the end, and the name after them.
    const prefixed = paras.findIndex((p) => p.index > bodyFrom && /^(TM|KT|TL|TUQ|Q)\.\s|^(T\/M|K\/T|T\/L|T\/UQ)\s/u.test(text(p)));
    if (prefixed >= 0) {
      // The capitals from the prefix on, then the first line that is not in capitals: the name.
      const block: Paragraph[] = [];
      for (const p of paras.slice(prefixed, prefixed + 12).filter(nonEmpty)) {
        block.push(p);
        if (!isCaps(text(p)) || block.length === 6) break;
      }
      for (const p of block) roles.delete(p);
      markSignature(block, roles);
    }
  }
  return { roles, shows, number, placeDate, typeName, recipientsLabel, recipients };
}

/** The signature block's lines: the last one (not in capitals) is the signer's name, the lines above are the authority and title. */
function markSignature(lines: Paragraph[], roles: Map<Paragraph, PartName>): void {
  if (!lines.length) return;
  const last = lines[lines.length - 1];
  const t = plain(last.text);
  const named = !isCaps(t) && /\p{Lu}/u.test(t) && t.length <= 60;
  if (named) roles.set(last, 'signer');
  for (const p of named ? lines.slice(0, -1) : lines) roles.set(p, 'authority');
}

// Applies the safe fixes of check-format to the XML: a run's letters (size, bold, italic, underline, font) in its own
// rPr, a section's paper and margins, the fonts of the styles, a leading zero of a number or a date. Every other
// character of the document stays as it was.
import { escapeXml, unescapeXml } from '../xml';
import type { DocxModel, Paragraph, Run } from './model';
import type { Fix } from './check';

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** rPr children in the order the schema (CT_RPr) wants them. */
const RPR_ORDER = [
  'rStyle', 'rFonts', 'b', 'bCs', 'i', 'iCs', 'caps', 'smallCaps', 'strike', 'dstrike', 'outline', 'shadow', 'emboss', 'imprint',
  'noProof', 'snapToGrid', 'vanish', 'webHidden', 'color', 'spacing', 'w', 'kern', 'position', 'sz', 'szCs', 'highlight', 'u',
  'effect', 'bdr', 'shd', 'fitText', 'vertAlign', 'rtl', 'cs', 'em', 'lang', 'eastAsianLayout', 'specVanish', 'oMath', 'rPrChange',
];

/** The top-level children of an element's inner XML, each with its local name. */
function children(inner: string): { name: string; xml: string }[] {
  const out: { name: string; xml: string }[] = [];
  const re = /<(\/?)(?:[\w.-]+:)?([\w.-]+)\b[^>]*?(\/?)>/g;
  let depth = 0;
  let start = -1;
  let name = '';
  for (let m = re.exec(inner); m; m = re.exec(inner)) {
    if (m[1]) {
      if (--depth === 0) out.push({ name, xml: inner.slice(start, m.index + m[0].length) });
    } else if (depth === 0) {
      start = m.index;
      name = m[2];
      if (m[3]) out.push({ name, xml: m[0] });
      else depth = 1;
    } else if (!m[3]) depth++;
  }
  return out;
}

type Wanted = Partial<{ sz: number; bold: boolean; italic: boolean; underline: boolean; font: string }>;

/** The run's rPr with the wanted letters set directly (replacing what it had for them), in schema order. */
function rewriteRunProperties(xml: string, run: Run, want: Wanted, prefix: string): Edit {
  const el = (name: string, a = '') => `<${prefix}${name}${a}/>`;
  const current = run.rPr ? children(xml.slice(run.rPr.start, run.rPr.end).replace(/^<[^>]*>/, '').replace(/<\/[^>]*>$/, '')) : [];
  const replace = new Map<string, string | null>();
  if (want.sz !== undefined) {
    replace.set('sz', el('sz', ` ${prefix}val="${want.sz}"`));
    replace.set('szCs', el('szCs', ` ${prefix}val="${want.sz}"`));
  }
  const toggle = (on: boolean) => (on ? '' : ` ${prefix}val="0"`);
  if (want.bold !== undefined) {
    replace.set('b', el('b', toggle(want.bold)));
    replace.set('bCs', el('bCs', toggle(want.bold)));
  }
  if (want.italic !== undefined) {
    replace.set('i', el('i', toggle(want.italic)));
    replace.set('iCs', el('iCs', toggle(want.italic)));
  }
  if (want.underline !== undefined) replace.set('u', el('u', ` ${prefix}val="${want.underline ? 'single' : 'none'}"`));
  if (want.font !== undefined) {
    const f = escapeXml(want.font);
    replace.set('rFonts', el('rFonts', ` ${prefix}ascii="${f}" ${prefix}hAnsi="${f}" ${prefix}eastAsia="${f}" ${prefix}cs="${f}"`));
  }
  const kept = current.filter((c) => !replace.has(c.name));
  const added = [...replace.entries()].filter(([, v]) => v !== null).map(([name, v]) => ({ name, xml: v! }));
  const rank = (name: string, i: number) => {
    const k = RPR_ORDER.indexOf(name);
    return k < 0 ? 1000 + i : k;
  };
  const all = [...kept, ...added].map((c, i) => ({ ...c, r: rank(c.name, i) })).sort((a, b) => a.r - b.r);
  const text = `<${prefix}rPr>${all.map((c) => c.xml).join('')}</${prefix}rPr>`;
  return run.rPr ? { start: run.rPr.start, end: run.rPr.end, text } : { start: run.openEnd, end: run.openEnd, text };
}

/** A tag with some attributes set (the element's own prefix kept for new ones). */
function setAttributes(tag: string, values: Record<string, string>): string {
  const prefix = /^<([\w.-]+:)?/.exec(tag)?.[1] ?? '';
  let out = tag;
  for (const [name, value] of Object.entries(values)) {
    const re = new RegExp(`(\\s(?:[\\w.-]+:)?${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
    out = re.test(out) ? out.replace(re, (_m, lead: string) => `${lead}"${value}"`) : out.replace(/\s*(\/?)>$/, (_m, slash: string) => ` ${prefix}${name}="${value}"${slash}>`);
  }
  return out;
}

function pageEdits(xml: string, fix: Extract<Fix, { kind: 'page' }>, prefix: string): Edit[] {
  const s = fix.section;
  const edits: Edit[] = [];
  if (fix.width !== undefined && fix.height !== undefined) {
    const values = { w: String(fix.width), h: String(fix.height) };
    if (s.pgSz) edits.push({ start: s.pgSz.start, end: s.pgSz.end, text: setAttributes(xml.slice(s.pgSz.start, s.pgSz.end), values) });
    else if (s.start >= 0) {
      const at = s.pgMar ? s.pgMar.start : xml.indexOf('>', s.start) + 1;
      edits.push({ start: at, end: at, text: `<${prefix}pgSz ${prefix}w="${values.w}" ${prefix}h="${values.h}"${s.landscape ? ` ${prefix}orient="landscape"` : ''}/>` });
    }
  }
  if (fix.margins && Object.keys(fix.margins).length) {
    const values = Object.fromEntries(Object.entries(fix.margins).map(([k, v]) => [k, String(v)]));
    if (s.pgMar) edits.push({ start: s.pgMar.start, end: s.pgMar.end, text: setAttributes(xml.slice(s.pgMar.start, s.pgMar.end), values) });
    else if (s.start >= 0) {
      const at = s.pgSz ? s.pgSz.end : xml.indexOf('>', s.start) + 1;
      const all = { top: '1440', bottom: '1440', left: '1800', right: '1800', header: '720', footer: '720', gutter: '0', ...values };
      edits.push({ start: at, end: at, text: `<${prefix}pgMar ${Object.entries(all).map(([k, v]) => `${prefix}${k}="${v}"`).join(' ')}/>` });
    }
  }
  return edits;
}

/** Inserts or removes one leading zero at a paragraph text offset, inside the text element that holds it. */
function digitEdit(xml: string, p: Paragraph, at: number, insert: '0' | ''): Edit | null {
  for (const r of p.runs)
    for (const piece of r.pieces) {
      if (at < piece.at || at >= piece.at + piece.text.length) continue;
      const rawText = xml.slice(piece.start, piece.end);
      const offset = at - piece.at;
      if (rawText === piece.text) return insert ? { start: piece.start + offset, end: piece.start + offset, text: '0' } : { start: piece.start + offset, end: piece.start + offset + 1, text: '' };
      const changed = insert ? piece.text.slice(0, offset) + '0' + piece.text.slice(offset) : piece.text.slice(0, offset) + piece.text.slice(offset + 1);
      return unescapeXml(rawText).normalize('NFC') === piece.text ? { start: piece.start, end: piece.end, text: escapeXml(changed) } : null;
    }
  return null;
}

/** The fonts of the styles part: every rFonts set to the family, and the document defaults given one when they have none. */
export function fixStyleFonts(styles: string, family: string): string {
  const f = escapeXml(family);
  let out = styles.replace(/<([\w.-]+:)?rFonts\b[^>]*?\/?>/g, (_m, prefix: string = '') => `<${prefix}rFonts ${prefix}ascii="${f}" ${prefix}hAnsi="${f}" ${prefix}eastAsia="${f}" ${prefix}cs="${f}"/>`);
  const prefix = /<([\w.-]+:)?styles\b/.exec(out)?.[1] ?? '';
  const fonts = `<${prefix}rFonts ${prefix}ascii="${f}" ${prefix}hAnsi="${f}" ${prefix}eastAsia="${f}" ${prefix}cs="${f}"/>`;
  const rPrDefault = /<([\w.-]+:)?rPrDefault\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?rPrDefault>/.exec(out);
  if (rPrDefault && !/rFonts/.test(rPrDefault[2])) {
    const withFonts = /<(?:[\w.-]+:)?rPr\b[^>]*>/.test(rPrDefault[2])
      ? rPrDefault[0].replace(/(<(?:[\w.-]+:)?rPr\b[^>]*>)/, `$1${fonts}`)
      : rPrDefault[0].replace(/(<(?:[\w.-]+:)?rPrDefault\b[^>]*>)/, `$1<${prefix}rPr>${fonts}</${prefix}rPr>`);
    out = out.slice(0, rPrDefault.index) + withFonts + out.slice(rPrDefault.index + rPrDefault[0].length);
  } else if (!rPrDefault) {
    const docDefaults = /<(?:[\w.-]+:)?docDefaults\b[^>]*\/>|<(?:[\w.-]+:)?docDefaults\b[^>]*>/.exec(out);
    const block = `<${prefix}rPrDefault><${prefix}rPr>${fonts}</${prefix}rPr></${prefix}rPrDefault>`;
    if (docDefaults && docDefaults[0].endsWith('/>')) out = out.replace(docDefaults[0], `<${prefix}docDefaults>${block}</${prefix}docDefaults>`);
    else if (docDefaults) out = out.replace(docDefaults[0], `${docDefaults[0]}${block}`);
    else out = out.replace(/(<(?:[\w.-]+:)?styles\b[^>]*>)/, `$1<${prefix}docDefaults>${block}</${prefix}docDefaults>`);
  }
  return out;
}

/** document.xml with the fixes applied; overlapping edits (none are expected) keep the first. */
export function applyFixes(model: DocxModel, fixes: readonly Fix[]): string {
  const xml = model.xml;
  const prefix = /<([\w.-]+:)?body\b/.exec(xml)?.[1] ?? 'w:';
  const edits: Edit[] = [];
  const wanted = new Map<Run, Wanted>();
  const family = fixes.find((f): f is Extract<Fix, { kind: 'fonts' }> => f.kind === 'fonts')?.family;
  for (const f of fixes) {
    if (f.kind === 'letters') wanted.set(f.run, { ...wanted.get(f.run), ...f.set });
    else if (f.kind === 'page') edits.push(...pageEdits(xml, f, prefix));
    else if (f.kind === 'digits') {
      const e = digitEdit(xml, f.paragraph, f.at, f.insert);
      if (e) edits.push(e);
    }
  }
  if (family)
    for (const p of model.paragraphs)
      for (const r of p.runs) {
        const fonts = [r.letters.ascii, r.letters.hAnsi];
        if (/\S/.test(r.text) && fonts.some((x) => (x ?? '').toLowerCase() !== family.toLowerCase())) wanted.set(r, { ...wanted.get(r), font: family });
      }
  for (const [run, want] of wanted) {
    const runPrefix = /^<([\w.-]+:)?r\b/.exec(xml.slice(run.start, run.start + 40))?.[1] ?? prefix;
    edits.push(rewriteRunProperties(xml, run, want, runPrefix));
  }
  // One pass over the text: the edits in order, an edit overlapping an earlier one dropped.
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: string[] = [];
  let at = 0;
  for (const e of edits) {
    if (e.start < at) continue;
    pieces.push(xml.slice(at, e.start), e.text);
    at = e.end;
  }
  pieces.push(xml.slice(at));
  return pieces.join('');
}


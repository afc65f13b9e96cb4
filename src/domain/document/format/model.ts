// A .docx as check-format sees it: its sections (paper, margins, orientation), its paragraphs in reading order (table
// cells included, text boxes once) with their text and each run's effective letters (font, size, bold, italic,
// underline) resolved through the styles, and where each of them is in the XML, so a fix can edit exactly there.
// One linear scan per part; the package was read by openTemplate (bounded), so the sizes here are bounded too.
import { nfc } from '../../text';
import { unescapeXml } from '../xml';

/** Letters of a run after the styles: undefined where nothing sets them. */
export interface Letters {
  ascii?: string;
  hAnsi?: string;
  /** Half-points. */
  sz?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export interface TextPiece {
  /** Offsets of the element's content (between `<w:t …>` and `</w:t>`) in the part. */
  start: number;
  end: number;
  /** The text, entities decoded. */
  text: string;
  /** Where this piece starts in its paragraph's text. */
  at: number;
}

export interface Run {
  /** Offsets of `<w:r…>` … `</w:r>` in the part. */
  start: number;
  end: number;
  /** Offsets of the run's own `<w:rPr>…</w:rPr>`, or null (then it goes right after `<w:r…>`, at `openEnd`). */
  rPr: { start: number; end: number } | null;
  openEnd: number;
  direct: Letters & { rStyle?: string };
  letters: Letters;
  pieces: TextPiece[];
  text: string;
}

export interface Paragraph {
  /** Reading order, from 0. */
  index: number;
  start: number;
  end: number;
  text: string;
  style: string | null;
  jc: string | null;
  runs: Run[];
  /** The table cell it is in (outermost table first), or null. */
  cell: { table: number; row: number; col: number } | null;
  /** Index of the section it belongs to. */
  section: number;
}

export interface Section {
  /** Offsets of its `<w:sectPr…>` element in document.xml. */
  start: number;
  end: number;
  /** Twips; null when the section does not say (Word then uses its own default). */
  width: number | null;
  height: number | null;
  landscape: boolean;
  margins: { top: number | null; bottom: number | null; left: number | null; right: number | null };
  /** Offsets of `<w:pgSz…/>` and `<w:pgMar…/>`, null when missing. */
  pgSz: { start: number; end: number } | null;
  pgMar: { start: number; end: number } | null;
  /** Whether the section holds a table of data, three rows or more (a landscape page is for tables). */
  hasTable: boolean;
}

/** A section that says nothing of its page yet (Word's defaults apply until its pgSz and pgMar are read). */
function unsetSection(start: number, end: number, hasTable: boolean): Section {
  const margins = { top: null, bottom: null, left: null, right: null };
  return { start, end, width: null, height: null, landscape: false, margins, pgSz: null, pgMar: null, hasTable };
}

export interface DocxModel {
  xml: string;
  paragraphs: Paragraph[];
  sections: Section[];
}

const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function attrs(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(ATTR)) out.set(localName(m[1]), unescapeXml(m[2] ?? m[3] ?? ''));
  return out;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** An on/off property (`<w:b/>`, `<w:b w:val="0"/>`). */
const toggle = (a: Map<string, string>) => !/^(0|false|off|none)$/i.test(a.get('val') ?? 'true');

/** Reads one property element of an rPr into `out`. */
function readRunProperty(name: string, a: Map<string, string>, out: Letters & { rStyle?: string }): void {
  switch (name) {
    case 'rStyle':
      out.rStyle = a.get('val');
      break;
    case 'rFonts': {
      const ascii = a.get('ascii') ?? (a.has('asciiTheme') ? `theme:${a.get('asciiTheme')}` : undefined);
      const hAnsi = a.get('hAnsi') ?? (a.has('hAnsiTheme') ? `theme:${a.get('hAnsiTheme')}` : undefined);
      if (ascii !== undefined) out.ascii = ascii;
      if (hAnsi !== undefined) out.hAnsi = hAnsi;
      break;
    }
    case 'sz': {
      const v = Number(a.get('val'));
      if (Number.isFinite(v) && v > 0) out.sz = v;
      break;
    }
    case 'b':
      out.bold = toggle(a);
      break;
    case 'i':
      out.italic = toggle(a);
      break;
    case 'u':
      out.underline = (a.get('val') ?? 'single') !== 'none';
      break;
  }
}

const TAG = /<(\/?)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|([^<]+)/g;

/** Letters set by an rPr's XML (its inner elements). */
export function lettersOf(rPrXml: string): Letters & { rStyle?: string } {
  const out: Letters & { rStyle?: string } = {};
  for (const m of rPrXml.matchAll(/<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g))
    readRunProperty(m[1], attrs(m[2]), out);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Styles

interface Style {
  type: string;
  basedOn: string | null;
  rPr: Letters & { rStyle?: string };
  jc: string | null;
}

export interface Styles {
  defaults: Letters;
  byId: Map<string, Style>;
  defaultParagraph: string | null;
  /** Theme fonts: minor and major latin typefaces. */
  theme: { minor: string | null; major: string | null };
}

export function readStyles(stylesXml: string | null, themeXml: string | null): Styles {
  const byId = new Map<string, Style>();
  let defaultParagraph: string | null = null;
  let defaults: Letters = {};
  const xml = stylesXml ?? '';
  const rPrDefault = /<(?:\w+:)?rPrDefault\b[^>]*>([\s\S]*?)<\/(?:\w+:)?rPrDefault>/.exec(xml);
  if (rPrDefault) defaults = lettersOf(rPrDefault[1]);
  for (const m of xml.matchAll(/<(?:\w+:)?style\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?style>/g)) {
    const a = attrs(m[1]);
    const id = a.get('styleId');
    if (!id) continue;
    const inner = m[2];
    const rPr = /<(?:\w+:)?rPr\b[^>]*>([\s\S]*?)<\/(?:\w+:)?rPr>/.exec(inner);
    const basedOn = /<(?:\w+:)?basedOn\b([^>]*)\/?>/.exec(inner);
    const jc = /<(?:\w+:)?pPr\b[^>]*>[\s\S]*?<(?:\w+:)?jc\b([^>]*)\/?>[\s\S]*?<\/(?:\w+:)?pPr>/.exec(inner);
    const type = a.get('type') ?? 'paragraph';
    byId.set(id, {
      type,
      basedOn: basedOn ? (attrs(basedOn[1]).get('val') ?? null) : null,
      rPr: rPr ? lettersOf(rPr[1]) : {},
      jc: jc ? (attrs(jc[1]).get('val') ?? null) : null,
    });
    if (type === 'paragraph' && toggle(new Map([['val', a.get('default') ?? '0']]))) defaultParagraph = id;
  }
  const font = (kind: 'minor' | 'major') => {
    const m = new RegExp(`<(?:\\w+:)?${kind}Font\\b[^>]*>[\\s\\S]*?<(?:\\w+:)?latin\\b([^>]*)\\/?>`).exec(themeXml ?? '');
    return m ? (attrs(m[1]).get('typeface') ?? null) : null;
  };
  return { defaults, byId, defaultParagraph, theme: { minor: font('minor'), major: font('major') } };
}

/** A style's letters with those of the styles it is based on (the nearest wins); at most 20 levels, cycles cut. */
function styleLetters(styles: Styles, id: string | null | undefined): Letters {
  const chain: Style[] = [];
  const seen = new Set<string>();
  for (let s = id; s && !seen.has(s) && chain.length < 20; ) {
    seen.add(s);
    const st = styles.byId.get(s);
    if (!st) break;
    chain.push(st);
    s = st.basedOn;
  }
  const out: Letters = {};
  for (const st of chain.reverse()) Object.assign(out, definedOnly(st.rPr));
  return out;
}

function styleJc(styles: Styles, id: string | null): string | null {
  const seen = new Set<string>();
  for (let s = id; s && !seen.has(s) && seen.size < 20; ) {
    seen.add(s);
    const st = styles.byId.get(s);
    if (!st) break;
    if (st.jc) return st.jc;
    s = st.basedOn;
  }
  return null;
}

function definedOnly(l: Letters & { rStyle?: string }): Letters {
  const out: Letters = {};
  for (const k of ['ascii', 'hAnsi', 'sz', 'bold', 'italic', 'underline'] as const) if (l[k] !== undefined) (out as Record<string, unknown>)[k] = l[k];
  return out;
}

/** A font name as the officer knows it: theme fonts resolved. */
function resolveFont(name: string | undefined, styles: Styles): string | undefined {
  if (!name?.startsWith('theme:')) return name;
  const which = /major/i.test(name) ? styles.theme.major : styles.theme.minor;
  return which ?? 'phông theo chủ đề của Word';
}

// ---------------------------------------------------------------------------------------------
// The document

interface OpenPara {
  p: Paragraph;
  inPPr: boolean;
  pStyle: string | null;
  jc: string | null;
}

/**
 * Reads document.xml into paragraphs and sections. Content of mc:Fallback is skipped (it repeats mc:Choice), as are
 * deleted text and field instructions; a text box's paragraphs are paragraphs of their own.
 */
export function readDocument(xml: string, styles: Styles): DocxModel {
  const paragraphs: Paragraph[] = [];
  const sections: Section[] = [];
  const paraStack: OpenPara[] = [];
  const tables: { table: number; row: number; col: number }[] = [];
  let tableCount = 0;
  let run: Run | null = null;
  let rPrDepth = 0;
  let rPrStart = -1;
  let textStart = -1;
  let skipDepth = 0;
  let sectionStart = -1;
  let section: Section | null = null;
  let tableInSection = false;

  const finishSection = (end: number) => {
    if (!section) return;
    section.end = end;
    section.hasTable = tableInSection;
    sections.push(section);
    for (const p of paragraphs) if (p.section === -1) p.section = sections.length - 1;
    tableInSection = false;
    section = null;
  };

  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const [whole, close, , name, attrText, selfClose, text] = m;
    if (text !== undefined || name === undefined) continue;
    const at = m.index;
    const endAt = at + whole.length;
    if (name === 'Fallback') {
      if (close) skipDepth = Math.max(0, skipDepth - 1);
      else if (!selfClose) skipDepth++;
      continue;
    }
    if (skipDepth) continue;
    const top = paraStack[paraStack.length - 1];
    switch (name) {
      case 'p':
        if (close) {
          const open = paraStack.pop();
          if (open) {
            open.p.end = endAt;
            open.p.style = open.pStyle ?? styles.defaultParagraph;
            open.p.jc = open.jc ?? styleJc(styles, open.p.style);
            for (const r of open.p.runs) r.letters = resolveLetters(styles, open.p.style, r.direct);
          }
        } else {
          const p: Paragraph = {
            index: paragraphs.length,
            start: at,
            end: endAt,
            text: '',
            style: null,
            jc: null,
            runs: [],
            cell: tables.length ? { ...tables[0] } : null,
            section: -1,
          };
          paragraphs.push(p);
          if (!selfClose) paraStack.push({ p, inPPr: false, pStyle: null, jc: null });
          else p.style = styles.defaultParagraph;
        }
        break;
      case 'pPr':
        if (top && !run) top.inPPr = !close && !selfClose;
        break;
      case 'pStyle':
        if (top?.inPPr) top.pStyle = attrs(attrText).get('val') ?? null;
        break;
      case 'jc':
        if (top?.inPPr && !rPrDepth) top.jc = attrs(attrText).get('val') ?? null;
        break;
      case 'tbl':
        if (close) {
          // A table of data (three rows or more), not the two-column layout of a header or a signature block.
          if ((tables.pop()?.row ?? 0) >= 3) tableInSection = true;
        } else tables.push({ table: ++tableCount, row: 0, col: 0 });
        break;
      case 'tr':
        if (!close && tables.length) {
          const t = tables[tables.length - 1];
          t.row++;
          t.col = 0;
        }
        break;
      case 'tc':
        if (!close && tables.length) tables[tables.length - 1].col++;
        break;
      case 'r':
        if (!top) break;
        if (close && run) {
          run.end = endAt;
          top.p.runs.push(run);
          run = null;
        } else if (!close && !selfClose) run = { start: at, end: endAt, rPr: null, openEnd: endAt, direct: {}, letters: {}, pieces: [], text: '' };
        break;
      case 'rPr':
        if (!run) break;
        if (close) {
          if (--rPrDepth === 0 && rPrStart >= 0) {
            run.rPr = { start: rPrStart, end: endAt };
            run.direct = lettersOf(xml.slice(rPrStart, endAt));
          }
        } else if (!selfClose) {
          if (rPrDepth++ === 0) rPrStart = at;
        }
        break;
      case 't':
        if (!run || !top) break;
        if (close) {
          if (textStart >= 0) {
            const t = nfc(unescapeXml(xml.slice(textStart, at)));
            run.pieces.push({ start: textStart, end: at, text: t, at: top.p.text.length });
            run.text += t;
            top.p.text += t;
            textStart = -1;
          }
        } else if (!selfClose) textStart = endAt;
        break;
      case 'tab':
        if (run && top && !rPrDepth && !top.inPPr) {
          run.text += '\t';
          top.p.text += '\t';
        }
        break;
      case 'br':
      case 'cr':
        if (run && top) {
          run.text += '\n';
          top.p.text += '\n';
        }
        break;
      case 'sectPr':
        if (close) {
          if (section) finishSection(endAt);
        } else {
          sectionStart = at;
          section = unsetSection(sectionStart, endAt, false);
          if (selfClose) finishSection(endAt);
        }
        break;
      case 'pgSz':
        if (section) {
          const a = attrs(attrText);
          section.width = num(a.get('w'));
          section.height = num(a.get('h'));
          section.landscape = a.get('orient') === 'landscape' || (section.width !== null && section.height !== null && section.width > section.height);
          section.pgSz = { start: at, end: endAt };
        }
        break;
      case 'pgMar':
        if (section) {
          const a = attrs(attrText);
          section.margins = { top: num(a.get('top')), bottom: num(a.get('bottom')), left: num(a.get('left')), right: num(a.get('right')) };
          section.pgMar = { start: at, end: endAt };
        }
        break;
    }
  }
  // Paragraphs after the last section properties (a document without them) form a section Word sets up itself.
  if (paragraphs.some((p) => p.section === -1)) {
    sections.push(unsetSection(-1, -1, tableInSection));
    for (const p of paragraphs) if (p.section === -1) p.section = sections.length - 1;
  }
  for (const p of paragraphs) for (const r of p.runs) r.letters = withFonts(r.letters, styles);
  return { xml, paragraphs, sections };
}

const num = (v: string | undefined) => (v !== undefined && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Math.round(Number(v)) : null);

function resolveLetters(styles: Styles, pStyle: string | null, direct: Letters & { rStyle?: string }): Letters {
  return {
    ...definedOnly(styles.defaults),
    ...styleLetters(styles, pStyle),
    ...styleLetters(styles, direct.rStyle),
    ...definedOnly(direct),
  };
}

function withFonts(l: Letters, styles: Styles): Letters {
  return { ...l, ascii: resolveFont(l.ascii, styles), hAnsi: resolveFont(l.hAnsi, styles), sz: l.sz ?? 20 };
}

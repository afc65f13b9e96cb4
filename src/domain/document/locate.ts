// Where a text offset of a template is, for messages: docxtemplater counts offsets in the concatenated text of the
// text elements; an offset is named by its part, paragraph, table cell and the paragraph's text.
import { partLabel } from './package';
import { unescapeXml } from './xml';
import type PizZip from './zip';

export interface ParaLoc {
  start: number;
  end: number;
  text: string;
  n: number;
  cell: { t: number; r: number; c: number } | null;
}

const TEXT_TAGS = new Set(['w:t', 'a:t', 'm:t']);
const PARA_TAGS = new Set(['w:p', 'a:p']);

/** Every paragraph (innermost first wins in lookups) with its text offsets, and the concatenated text of the part. */
export function indexParagraphs(xml: string): { paras: ParaLoc[]; text: string } {
  const paras: ParaLoc[] = [];
  const open: ParaLoc[] = [];
  const tables: { t: number; r: number; c: number }[] = [];
  let tableCount = 0;
  let paraCount = 0;
  let inText = false;
  let text = '';
  const re = /<(\/?)([A-Za-z0-9_:.-]+)[^>]*?(\/?)>|([^<]+)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const [, close, name, selfClose, content] = m;
    if (content !== undefined) {
      if (inText) {
        text += content;
        for (const p of open) p.text += content;
      }
      continue;
    }
    if (TEXT_TAGS.has(name)) inText = !close && !selfClose;
    else if (PARA_TAGS.has(name)) {
      if (!close) {
        const top = tables[tables.length - 1];
        const p: ParaLoc = { start: text.length, end: text.length, text: '', n: ++paraCount, cell: top ? { ...top } : null };
        paras.push(p);
        if (!selfClose) open.push(p);
      } else {
        const p = open.pop();
        if (p) p.end = text.length;
      }
    } else if (name === 'w:tbl') {
      if (!close) tables.push({ t: ++tableCount, r: 0, c: 0 });
      else tables.pop();
    } else if (name === 'w:tr' && !close && tables.length) {
      const top = tables[tables.length - 1];
      top.r++;
      top.c = 0;
    } else if (name === 'w:tc' && !close && tables.length) tables[tables.length - 1].c++;
  }
  return { paras, text };
}

function excerpt(s: string, max = 80): string {
  const t = unescapeXml(s).replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

export class Locator {
  private cache = new Map<string, ParaLoc[]>();
  constructor(private zip: PizZip) {}

  paragraphs(file: string): ParaLoc[] {
    let p = this.cache.get(file);
    if (!p) {
      const xml = this.zip.file(file)?.asText() ?? '';
      p = indexParagraphs(xml).paras;
      this.cache.set(file, p);
    }
    return p;
  }

  where(file: string | undefined, offset: number | number[] | undefined): string {
    if (!file) return 'tệp mẫu';
    const label = partLabel(file);
    const off = Array.isArray(offset) ? offset[0] : offset;
    if (off === undefined) return label;
    const paras = this.paragraphs(file);
    let hit: ParaLoc | undefined;
    for (const p of paras) if (p.start <= off && off < Math.max(p.end, p.start + 1)) hit = p; // innermost wins
    if (!hit) return label;
    const cell = hit.cell ? ` (bảng ${hit.cell.t}, hàng ${hit.cell.r}, ô ${hit.cell.c})` : '';
    return `${label}, đoạn ${hit.n}${cell}: “${excerpt(hit.text)}”`;
  }
}

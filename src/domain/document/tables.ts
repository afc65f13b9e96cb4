// Tables whose columns depend on the campaign (one column per field): built as OOXML for {@raw} tags.
import { escapeXml } from './xml';

interface RunStyle {
  bold?: boolean;
  italic?: boolean;
}

export interface TableField {
  code: string;
  label: string;
}

export interface TableColumn {
  key: string;
  label: string;
}

export interface TableModel {
  stt: number;
  name: string;
  model: string;
  regType: 'new' | 'continue' | null;
  field: string | null;
  extra: Record<string, string>;
}

export interface TableGroup {
  /** Heading of the group row: “I. Liên đoàn Lao động huyện Gia Viễn (03 mô hình)”. */
  heading: string;
  models: TableModel[];
}

/** Text width of a landscape A4 page with NĐ 30 margins (30 mm left, 15 mm right), in twips. */
const GRID_WIDTH = 14286;
/** The same on a portrait page. */
const PORTRAIT_WIDTH = 9354;
/** Table text size in points. */
const SIZE = 12;

interface Col {
  weight: number;
}

interface Cell {
  text: string;
  span?: number;
  vMerge?: 'restart' | 'continue';
  align?: 'left' | 'center';
  style?: RunStyle;
}

function widths(cols: Col[], total: number): number[] {
  const sum = cols.reduce((a, c) => a + c.weight, 0);
  const w = cols.map((c) => Math.round((c.weight / sum) * total));
  w[w.length - 1] += total - w.reduce((a, b) => a + b, 0);
  return w;
}

/** Paragraph properties of table text: no indent, single spacing, 2 pt before and after (overrides the template's Normal). */
const P_PR = (align: string, mark: string) =>
  `<w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="${align}"/>${mark}</w:pPr>`;
const SZ = `<w:sz w:val="${SIZE * 2}"/>`;
const P_PR_CACHE = new Map<string, string>();

/** One cell paragraph, kept short: a list of thousands of models makes megabytes of XML. */
function cellParagraph(c: Cell): string {
  const align = c.align ?? 'left';
  if (!c.text) {
    const key = `${align}|empty`;
    let pPr = P_PR_CACHE.get(key);
    if (!pPr) P_PR_CACHE.set(key, (pPr = P_PR(align, `<w:rPr>${SZ}</w:rPr>`)));
    return `<w:p>${pPr}</w:p>`;
  }
  let pPr = P_PR_CACHE.get(align);
  if (!pPr) P_PR_CACHE.set(align, (pPr = P_PR(align, '')));
  const rPr = `<w:rPr>${c.style?.bold ? '<w:b/>' : ''}${c.style?.italic ? '<w:i/>' : ''}${SZ}</w:rPr>`;
  const t = c.text.includes('\n')
    ? c.text
        .split(/\r?\n/)
        .map((p, i) => (i ? '<w:br/>' : '') + `<w:t xml:space="preserve">${escapeXml(p)}</w:t>`)
        .join('')
    : `<w:t xml:space="preserve">${escapeXml(c.text)}</w:t>`;
  return `<w:p>${pPr}<w:r>${rPr}${t}</w:r></w:p>`;
}

function tableXml(cols: Col[], header: Cell[][], body: Cell[][], bodyKind: 'body' | 'blank' = 'body', width = GRID_WIDTH): string {
  const pct = widths(cols, 5000);
  const grid = widths(cols, width);
  const edge = [0];
  for (const w of pct) edge.push(edge[edge.length - 1] + w);
  // Cell properties repeat down each column: built once per (column, span, merge), not once per cell.
  const tcPrCache = new Map<string, string>();
  const tcPr = (col: number, span: number, vMerge: string | undefined) => {
    const key = `${col}|${span}|${vMerge ?? ''}`;
    let props = tcPrCache.get(key);
    if (props === undefined) {
      props =
        `<w:tc><w:tcPr><w:tcW w:w="${edge[col + span] - edge[col]}" w:type="pct"/>` +
        (span > 1 ? `<w:gridSpan w:val="${span}"/>` : '') +
        (vMerge ? `<w:vMerge w:val="${vMerge}"/>` : '') +
        '<w:vAlign w:val="center"/></w:tcPr>';
      tcPrCache.set(key, props);
    }
    return props;
  };
  const row = (cells: Cell[], kind: 'header' | 'body' | 'blank') => {
    let col = 0;
    let tcs = '';
    for (const c of cells) {
      const span = c.span ?? 1;
      tcs += `${tcPr(col, span, c.vMerge)}${cellParagraph(c)}</w:tc>`;
      col += span;
    }
    const trPr =
      kind === 'header'
        ? '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>'
        : kind === 'blank'
          ? '<w:trPr><w:cantSplit/><w:trHeight w:val="454" w:hRule="atLeast"/></w:trPr>'
          : '<w:trPr><w:cantSplit/></w:trPr>';
    return `<w:tr>${trPr}${tcs}</w:tr>`;
  };
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  return (
    '<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:jc w:val="center"/>' +
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>' +
    '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>' +
    `</w:tblPr><w:tblGrid>${grid.map((g) => `<w:gridCol w:w="${g}"/>`).join('')}</w:tblGrid>` +
    header.map((r) => row(r, 'header')).join('') +
    body.map((r) => row(r, bodyKind)).join('') +
    '</w:tbl>'
  );
}

const bold: RunStyle = { bold: true };

/** The seed-004 columns: STT, name, model, continuing, new, one column per field, then the campaign's extra columns. */
function registrationColumns(fields: readonly TableField[], extras: readonly TableColumn[]) {
  const cols: Col[] = [
    { weight: 4 },
    { weight: 22 },
    { weight: 25 },
    { weight: 7 },
    { weight: 7 },
    ...fields.map(() => ({ weight: 7.5 })),
    ...extras.map(() => ({ weight: 14 })),
  ];
  const head = (text: string): Cell => ({ text, align: 'center', style: bold, vMerge: 'restart' });
  const cont: Cell = { text: '', vMerge: 'continue' };
  const row1: Cell[] = [
    head('STT'),
    head('Tên tập thể hoặc cá nhân xây dựng mô hình điển hình'),
    head('Tên mô hình hoặc điển hình'),
    head('Tiếp tục đăng ký'),
    head('Đăng ký xây dựng mới'),
    ...(fields.length ? [{ text: 'Lĩnh vực', span: fields.length, align: 'center', style: bold } as Cell] : []),
    ...extras.map((k) => head(k.label)),
  ];
  const row2: Cell[] = [
    cont, cont, cont, cont, cont,
    ...fields.map((f): Cell => ({ text: f.code, align: 'center', style: bold })),
    ...extras.map(() => cont),
  ];
  return { cols, header: [row1, row2] };
}

const mark = (on: boolean) => (on ? 'x' : '');

/**
 * More campaign items than this (the 2026 form has nine, each several paragraphs) are set out below the table, model
 * by model, instead of as columns a centimetre wide; up to this many (the 2017 form's three) stay columns.
 */
export const MAX_ITEM_COLUMNS = 3;

/** A paragraph of the document's own style (size and font from the template's Normal), its runs given. */
const para = (runs: string, props = '') => `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs}</w:p>`;
/** A run of text; line breaks kept as breaks. */
function run(text: string, style: RunStyle = {}): string {
  const rPr = style.bold || style.italic ? `<w:rPr>${style.bold ? '<w:b/>' : ''}${style.italic ? '<w:i/>' : ''}</w:rPr>` : '';
  const t = text
    .split(/\r?\n/)
    .map((p, i) => (i ? '<w:br/>' : '') + `<w:t xml:space="preserve">${escapeXml(p)}</w:t>`)
    .join('');
  return `<w:r>${rPr}${t}</w:r>`;
}
const KEEP = '<w:keepNext/><w:spacing w:before="120"/>';

/** Each model's items after the list table: the unit, then the model, then “Label: text” per item it filled in. */
function itemsXml(groups: readonly TableGroup[], extras: readonly TableColumn[]): string {
  let out = para(run('NỘI DUNG ĐĂNG KÝ CỦA TỪNG MÔ HÌNH', bold), `${KEEP}<w:jc w:val="center"/>`);
  for (const g of groups) {
    out += para(run(g.heading, bold), KEEP);
    for (const m of g.models) {
      out += para(run(`${m.stt}. ${m.model}`, bold) + (m.name ? run(` (${m.name})`) : ''), KEEP);
      for (const k of extras) {
        const v = (m.extra[k.key] ?? '').trim();
        if (v) out += para(run(`${k.label}: `, bold) + run(v));
      }
    }
  }
  return out;
}

/** The consolidated list: the seed-004 table, one group row per unit, and a total row (then the long items, if any). */
export function listTableXml(groups: readonly TableGroup[], fields: readonly TableField[], allExtras: readonly TableColumn[]): string {
  const below = allExtras.length > MAX_ITEM_COLUMNS;
  const extras = below ? [] : allExtras;
  const { cols, header } = registrationColumns(fields, extras);
  const all = cols.length;
  const body: Cell[][] = [];
  const totals = { cont: 0, new: 0, fields: fields.map(() => 0), count: 0 };
  for (const g of groups) {
    body.push([{ text: g.heading, span: all, style: bold }]);
    for (const m of g.models) {
      totals.count++;
      if (m.regType === 'continue') totals.cont++;
      if (m.regType === 'new') totals.new++;
      fields.forEach((f, i) => { if (m.field === f.code) totals.fields[i]++; });
      body.push([
        { text: String(m.stt), align: 'center' },
        { text: m.name },
        { text: m.model },
        { text: mark(m.regType === 'continue'), align: 'center' },
        { text: mark(m.regType === 'new'), align: 'center' },
        ...fields.map((f): Cell => ({ text: mark(m.field === f.code), align: 'center' })),
        ...extras.map((k): Cell => ({ text: m.extra[k.key] ?? '' })),
      ]);
    }
  }
  if (!totals.count) {
    body.push([{ text: 'Chưa có mô hình nào trong danh sách.', span: all, align: 'center', style: { italic: true } }]);
  } else {
    body.push([
      { text: `Tổng cộng: ${totals.count} mô hình`, span: 3, align: 'center', style: bold },
      { text: String(totals.cont), align: 'center', style: bold },
      { text: String(totals.new), align: 'center', style: bold },
      ...totals.fields.map((n): Cell => ({ text: String(n), align: 'center', style: bold })),
      ...extras.map((): Cell => ({ text: '' })),
    ]);
  }
  return tableXml(cols, header, body) + (below && totals.count ? itemsXml(groups, allExtras) : '');
}

/**
 * The blank registration form a unit fills in (seed 004): numbered rows, then “..” rows; with many long items, the
 * items each model's registration must explain follow the table, numbered.
 */
export function formTableXml(fields: readonly TableField[], allExtras: readonly TableColumn[], numbered = 3, dotted = 2): string {
  const below = allExtras.length > MAX_ITEM_COLUMNS;
  const extras = below ? [] : allExtras;
  const { cols, header } = registrationColumns(fields, extras);
  const blank = (stt: string): Cell[] => [
    { text: stt, align: 'center' },
    ...Array.from({ length: cols.length - 1 }, (): Cell => ({ text: '' })),
  ];
  const body = [
    ...Array.from({ length: numbered }, (_, i) => blank(String(i + 1))),
    ...Array.from({ length: dotted }, () => blank('..')),
  ];
  if (!below) return tableXml(cols, header, body, 'blank');
  const items =
    para(run('Kèm theo mỗi mô hình, ghi rõ các nội dung sau:', { italic: true }), '<w:keepNext/><w:spacing w:before="120"/>') +
    allExtras.map((k, i) => para(run(`${i + 1}. ${k.label}: `, bold) + run('……………………………………………………………………'))).join('');
  return tableXml(cols, header, body, 'blank') + items;
}

/** One row of a results table: counts along the funnel, one per recognition level. */
export interface ResultRow {
  label: string;
  registered: number;
  effective: number;
  recognised: number;
  byLevel: number[];
  proposed: number;
}

export interface ResultTable {
  /** Heading of the first column (“Nội dung”, “Đơn vị”). */
  head: string;
  /** Recognition level labels, one column each under “Được công nhận”. */
  levels: readonly string[];
  /** Rows; a string is a group row across the table (“Chia theo lĩnh vực”). */
  rows: readonly (ResultRow | string)[];
  /** A bold total row first (“Tổng số”) or last (“Tổng cộng”). */
  total: ResultRow;
  totalAt: 'first' | 'last';
  numbered: boolean;
}

/**
 * Registered → implemented effectively → recognised (total, then per level) → proposed for commendation,
 * on a portrait page: the results of a report.
 */
export function resultTableXml(t: ResultTable): string {
  const n = t.levels.length;
  const cols: Col[] = [
    ...(t.numbered ? [{ weight: 6 }] : []),
    { weight: t.numbered ? 28 : 32 },
    { weight: 8 },
    { weight: 10 },
    { weight: 8 },
    ...t.levels.map(() => ({ weight: 9 })),
    { weight: 10 },
  ];
  const all = cols.length;
  const head = (text: string): Cell => ({ text, align: 'center', style: bold, vMerge: 'restart' });
  const cont: Cell = { text: '', vMerge: 'continue' };
  const row1: Cell[] = [
    ...(t.numbered ? [head('STT')] : []),
    head(t.head),
    head('Đăng ký'),
    head('Triển khai hiệu quả'),
    n ? { text: 'Được công nhận', span: n + 1, align: 'center', style: bold } : head('Được công nhận'),
    head('Đề nghị khen thưởng'),
  ];
  const row2: Cell[] = [
    ...(t.numbered ? [cont] : []),
    cont,
    cont,
    cont,
    ...(n ? [{ text: 'Tổng số', align: 'center', style: bold } as Cell, ...t.levels.map((l): Cell => ({ text: l, align: 'center', style: bold }))] : [cont]),
    cont,
  ];
  const num = (v: number, style?: RunStyle): Cell => ({ text: String(v), align: 'center', style });
  const values = (r: ResultRow, style?: RunStyle): Cell[] => [
    num(r.registered, style),
    num(r.effective, style),
    num(r.recognised, style),
    ...(n ? r.byLevel.map((v) => num(v, style)) : []),
    num(r.proposed, style),
  ];
  const totalRow: Cell[] = t.numbered
    ? [{ text: t.total.label, span: 2, align: 'center', style: bold }, ...values(t.total, bold)]
    : [{ text: t.total.label, style: bold }, ...values(t.total, bold)];
  const body: Cell[][] = [];
  if (t.totalAt === 'first') body.push(totalRow);
  let stt = 0;
  for (const r of t.rows) {
    if (typeof r === 'string') body.push([{ text: r, span: all, style: { italic: true } }]);
    else body.push([...(t.numbered ? [{ text: String(++stt), align: 'center' } as Cell] : []), { text: r.label }, ...values(r)]);
  }
  if (t.totalAt === 'last') body.push(totalRow);
  return tableXml(cols, n ? [row1, row2] : [row1.map((c) => ({ ...c, vMerge: undefined }))], body, 'body', PORTRAIT_WIDTH);
}

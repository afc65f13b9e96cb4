// A small streaming .xlsx writer for the result tables: rows go out as they are made (200,000 rows in little memory),
// text as inline strings (never a formula, whatever it starts with), dates as real dates, drop-downs and date rules on
// the officer's columns, every sheet with its header frozen and filtered, printed A4 landscape one page wide with the
// header on every page — all from the table's description (src/domain/table.ts). No exceljs to load.
import { createWriteStream } from 'node:fs';
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import type { Cell } from '../domain/grid';
import { columnLetter } from '../domain/grid';
import { tableWidth, type Table } from '../domain/table';
import { xmlSafe } from '../domain/text';
import { MAX_CELL_TEXT } from '../domain/validate';


const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Cell styles (cellXfs): 0 plain, 1 bold, 2 header (bold, wrapped, centred vertically), 3 date dd/mm/yyyy, 4 wrapped text. */
const STYLE = { plain: 0, bold: 1, header: 2, date: 3, wrapped: 4 } as const;
const STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${NS}">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Times New Roman"/><family val="1"/></font><font><b/><sz val="11"/><name val="Times New Roman"/><family val="1"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFE8F0FE"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="top"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"><alignment vertical="top"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment vertical="top"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeXml = (s: string) => s.replace(/[&<>"]/g, (c) => ESC[c]);

/** Text as it may go into the file: no character XML forbids, no more than a cell holds, `_xHHHH_` kept literal. */
export function cellString(s: string): string {
  let t = xmlSafe(s);
  if (t.length > MAX_CELL_TEXT) t = t.slice(0, MAX_CELL_TEXT);
  // A literal “_x0041_” would read back as “A”: its underscore is written escaped (ST_Xstring).
  return t.indexOf('_x') >= 0 ? t.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1') : t;
}

/** The date serial Excel and Sheets store (days since 1899-12-30), for a date as a UTC wall-clock instant. */
const serial = (d: Date) => d.getTime() / 86_400_000 + 25569;

function cellXml(ref: string, c: Cell, style: number): string {
  if (c === null || c === undefined || c === '') return style ? `<c r="${ref}" s="${style}"/>` : '';
  const s = style ? ` s="${style}"` : '';
  if (typeof c === 'number') return Number.isFinite(c) ? `<c r="${ref}"${s}><v>${c}</v></c>` : '';
  if (typeof c === 'boolean') return `<c r="${ref}"${s} t="b"><v>${c ? 1 : 0}</v></c>`;
  if (c instanceof Date) return isNaN(c.getTime()) ? '' : `<c r="${ref}" s="${STYLE.date}"><v>${serial(c)}</v></c>`;
  const t = cellString(c);
  const space = /^\s|\s$|\n/.test(t) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeXml(t)}</t></is></c>`;
}

function sheetHead(t: Table, width: number): string {
  const cols = t.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('');
  const pane = t.frozen
    ? `<pane ySplit="${t.frozen}" topLeftCell="A${t.frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${t.frozen + 1}" sqref="A${t.frozen + 1}"/>`
    : '';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${NS}" xmlns:r="${R_NS}">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${columnLetter(width - 1)}${Math.max(1, t.rows.length)}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : '') +
    '<sheetData>'
  );
}

/** A list (drop-down) formula: the values quoted, commas between; Excel caps an inline list at 255 characters. */
function listFormula(values: readonly string[]): string | null {
  const f = `"${values.map((v) => v.replace(/"/g, '""').replace(/,/g, ' ')).join(',')}"`;
  return f.length <= 255 ? f : null;
}

/** Drop-downs and date rules on the columns the officer fills in (TableColumn.input), over the data rows. */
function validations(t: Table): string {
  if (t.rows.length <= t.frozen) return '';
  const last = Math.max(t.rows.length, t.frozen + 1);
  const out: string[] = [];
  t.columns.forEach((c, i) => {
    if (!c.input) return;
    const sqref = `${columnLetter(i)}${t.frozen + 1}:${columnLetter(i)}${last}`;
    const prompt = c.help ? ` showInputMessage="1" prompt="${escapeXml(c.help.slice(0, 255))}"` : '';
    if (c.kind === 'choice' && c.choices?.length) {
      const f = listFormula(c.choices);
      if (f) out.push(`<dataValidation type="list" allowBlank="1" showErrorMessage="1"${prompt} sqref="${sqref}"><formula1>${escapeXml(f)}</formula1></dataValidation>`);
    } else if (c.kind === 'date')
      out.push(`<dataValidation type="date" operator="greaterThan" allowBlank="1" showErrorMessage="1"${prompt} sqref="${sqref}"><formula1>1</formula1></dataValidation>`);
  });
  return out.length ? `<dataValidations count="${out.length}">${out.join('')}</dataValidations>` : '';
}

function sheetTail(t: Table, width: number): string {
  const filter = t.frozen && t.rows.length > 1 ? `<autoFilter ref="A${t.frozen}:${columnLetter(width - 1)}${t.rows.length}"/>` : '';
  return (
    `</sheetData>${filter}${validations(t)}` +
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>'
  );
}

function workbookXml(tables: Table[]): string {
  const sheets = tables.map((t, i) => `<sheet name="${escapeXml(t.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const names = tables.flatMap((t, i) => {
    const width = tableWidth(t);
    const quoted = `'${t.name.replace(/'/g, "''")}'`;
    const out: string[] = [];
    if (t.frozen && t.rows.length > 1)
      out.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(`${quoted}!$A$${t.frozen}:$${columnLetter(width - 1)}$${t.rows.length}`)}</definedName>`);
    if (t.frozen) out.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(`${quoted}!$1:$${t.frozen}`)}</definedName>`);
    return out;
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${NS}" xmlns:r="${R_NS}">` +
    `<bookViews><workbookView/></bookViews><sheets>${sheets}</sheets>` +
    (names.length ? `<definedNames>${names.join('')}</definedNames>` : '') +
    '</workbook>'
  );
}

/** Writes `tables` as a workbook at `path` (the caller's temporary file), streaming each sheet's rows. */
export async function writeTablesXlsx(path: string, tables: Table[], meta: { creator: string; now?: Date }): Promise<void> {
  const file = createWriteStream(path);
  const done = new Promise<void>((resolve, reject) => {
    file.on('finish', resolve);
    file.on('error', reject);
  });
  let failed: Error | null = null;
  const zip = new Zip((err, chunk, final) => {
    if (err) failed = err;
    else file.write(chunk);
    if (final || err) file.end();
  });
  const add = (name: string, text: string) => {
    const entry = new ZipDeflate(name, { level: 1 });
    zip.add(entry);
    entry.push(strToU8(text), true);
  };
  const now = (meta.now ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z');
  add(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      tables.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
  );
  add(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
  );
  add(
    'docProps/core.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:creator>${escapeXml(meta.creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified></cp:coreProperties>`,
  );
  add('docProps/app.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Dân vận khéo</Application></Properties>');
  add('xl/workbook.xml', workbookXml(tables));
  add(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      tables.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      `<Relationship Id="rId${tables.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  add('xl/styles.xml', STYLES_XML);
  for (const [i, t] of tables.entries()) {
    const width = tableWidth(t);
    const letters = Array.from({ length: width }, (_, c) => columnLetter(c));
    const bold = new Set(t.bold);
    // Data cells: wrapped in the long-text columns, and wherever a text holds a line break (else shown on one line).
    const plain = Array.from({ length: width }, (_, c) => (t.columns[c]?.wrap ? STYLE.wrapped : STYLE.plain));
    const entry = new ZipDeflate(`xl/worksheets/sheet${i + 1}.xml`, { level: 1 });
    zip.add(entry);
    let chunk = sheetHead(t, width);
    for (let r = 0; r < t.rows.length; r++) {
      const style = r < t.frozen ? STYLE.header : bold.has(r) ? STYLE.bold : STYLE.plain;
      let cells = '';
      const row = t.rows[r];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        const own =
          style !== STYLE.plain ? style : typeof v !== 'string' || v === '' ? STYLE.plain : v.includes('\n') ? STYLE.wrapped : plain[c];
        cells += cellXml(`${letters[c]}${r + 1}`, v, own);
      }
      chunk += `<row r="${r + 1}">${cells}</row>`;
      if (chunk.length > 1 << 16) {
        entry.push(strToU8(chunk));
        chunk = '';
      }
    }
    entry.push(strToU8(chunk + sheetTail(t, width)), true);
  }
  zip.end();
  await done;
  if (failed) throw failed;
}

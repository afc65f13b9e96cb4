// The pure .xlsx reader against exceljs (the CLI's reader): same Grid for every fixture and sample workbook,
// for workbooks exceljs writes with every kind of cell, and for hand-written XML as Excel, LibreOffice and
// Google Sheets write it. Known, deliberate differences are listed in the last block.
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkbook, sheetToGrid, visibleSheets } from '../../src/cli/workbook';
import type { Grid } from '../../src/domain/grid';
import { fileKind, isDateFormat, readXlsx, visibleXlsxSheets, XLSX_PART, XlsxError } from '../../src/domain/xlsx-grid';

const ROOT = join(__dirname, '../..');
const FOLDERS = ['test/fixtures/lists', 'samples/danh-sach'];

/** The archive's parts as Utilities.unzip + getDataAsString('UTF-8') give them to the add-in. */
function partsOf(bytes: Uint8Array): Record<string, string> {
  const zip = new PizZip(bytes);
  const parts: Record<string, string> = {};
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir && XLSX_PART.test(name)) parts[name] = entry.asText();
  return parts;
}

function mine(bytes: Uint8Array): Grid[] {
  return visibleXlsxSheets(readXlsx(partsOf(bytes))).map((s) => s.grid);
}

async function viaExceljs(bytes: Uint8Array): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return visibleSheets(wb).map(sheetToGrid);
}

const files = FOLDERS.flatMap((d) => readdirSync(join(ROOT, d)).filter((n) => /\.xlsx?$/i.test(n)).map((n) => join(d, n)));

describe('every fixture and sample workbook', () => {
  it('finds them all', () => {
    expect(files.length).toBeGreaterThanOrEqual(37);
  });

  for (const file of files) {
    it(file, async () => {
      const path = join(ROOT, file);
      const bytes = new Uint8Array(readFileSync(path));
      let expected: Grid[] | null = null;
      try {
        expected = visibleSheets(await loadWorkbook(path)).map(sheetToGrid);
      } catch {
        expected = null; // the CLI reports it as unreadable
      }
      if (expected) {
        expect(fileKind(bytes.subarray(0, 8))).toBe('zip');
        expect(mine(bytes)).toEqual(expected);
        return;
      }
      // Unreadable for the CLI: not a zip (CFB: password or .xls; CSV renamed), or a broken zip.
      const kind = fileKind(bytes.subarray(0, 8));
      if (kind === 'zip') expect(() => mine(bytes)).toThrow();
      else expect(['cfb', 'other']).toContain(kind);
    });
  }
});

describe('fileKind', () => {
  it('reads signed bytes as Apps Script blobs return them', () => {
    expect(fileKind([80, 75, 3, 4, 20, 0])).toBe('zip');
    expect(fileKind([-48, -49, 17, -32, -95, -79, 26, -31])).toBe('cfb');
    expect(fileKind([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])).toBe('cfb');
    expect(fileKind([83, 84, 84, 44])).toBe('other');
    expect(fileKind([80, 75])).toBe('other');
    expect(fileKind([])).toBe('empty');
  });
});

describe('workbooks exceljs writes, with every kind of cell', () => {
  it('gives the same grids as exceljs', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.getCell('A1').value = 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN HOA LƯ';
    ws.mergeCells('A1:D1');
    ws.getCell('A2').value = { richText: [{ text: 'Đăng ký ', font: { bold: true } }, { text: 'mô hình' }] };
    ws.getCell('B2').value = 'a & b < c > d "e" \'f\'';
    ws.getCell('C2').value = '  khoảng trắng hai đầu  ';
    ws.getCell('D2').value = 'dòng 1\ndòng 2\r\ndòng 3';
    ws.getCell('A3').value = 3.25;
    ws.getCell('B3').value = -17;
    ws.getCell('C3').value = 1e21;
    ws.getCell('D3').value = true;
    ws.getCell('E3').value = false;
    ws.getCell('A4').value = new Date(Date.UTC(2021, 6, 14));
    ws.getCell('B4').value = new Date(Date.UTC(2021, 6, 14, 9, 30));
    ws.getCell('B4').numFmt = 'dd/mm/yyyy hh:mm';
    ws.getCell('C4').value = 44391;
    ws.getCell('C4').numFmt = '[$-42A]d "tháng" m yyyy';
    ws.getCell('D4').value = 12;
    ws.getCell('D4').numFmt = '#,##0 "đồng"';
    ws.getCell('A5').value = { formula: 'ROW()-4', result: 1 };
    ws.getCell('B5').value = { formula: 'CONCAT("a","b")', result: 'ab' };
    ws.getCell('C5').value = { formula: '1=1', result: true };
    ws.getCell('D5').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    ws.getCell('E5').value = { formula: 'TODAY()', result: new Date(Date.UTC(2021, 6, 10)) };
    ws.getCell('F5').value = { formula: 'A5+1' } as ExcelJS.CellFormulaValue;
    ws.getCell('A6').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('B6').value = { text: 'Cổng thông tin', hyperlink: 'https://example.com' };
    ws.getCell('C6').value = '=1+1 (gõ như chữ)';
    ws.getCell('D6').value = '';
    ws.getCell('A8').value = 'Tên mô hình';
    ws.mergeCells('A8:A9');
    ws.getCell('B8').value = 'Lĩnh vực';
    ws.mergeCells('B8:D8');
    ws.getCell('C9').value = 'ANQP';
    ws.getCell('H12').style = { font: { bold: true } }; // styled, no value: no row
    ws.mergeCells('F14:G15'); // a merge below everything makes rows
    const hidden = wb.addWorksheet('Ẩn', { state: 'hidden' });
    hidden.getCell('B2').value = 'không thấy';
    const second = wb.addWorksheet('Trang 2');
    second.getCell('C3').value = 'chỉ một ô';
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const expected = await viaExceljs(bytes);
    expect(mine(bytes)).toEqual(expected);
    // And the values are what an officer typed.
    const [g] = mine(bytes);
    expect(g.values[1]).toEqual(['Đăng ký mô hình', 'a & b < c > d "e" \'f\'', '  khoảng trắng hai đầu  ', 'dòng 1\ndòng 2\ndòng 3']);
    expect(g.values[3][0]).toEqual(new Date(Date.UTC(2021, 6, 14)));
    expect(g.values[3][2]).toEqual(new Date(Date.UTC(2021, 6, 14)));
    expect(g.values[3][3]).toBe(12);
    expect(g.values[4]).toEqual([1, 'ab', true, null, new Date(Date.UTC(2021, 6, 10)), null]);
    expect(g.values.length).toBe(15);
    expect(readXlsx(partsOf(bytes)).map((s) => [s.name, s.hidden])).toEqual([
      ['Danh sách', false],
      ['Ẩn', true],
      ['Trang 2', false],
    ]);
  });

  it('reads a 20,000-row list faster than exceljs, with the same grid', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    for (let i = 1; i <= 20_000; i++)
      ws.addRow([i, `Công đoàn cơ sở số ${i % 97}`, `Mô hình “Dân vận khéo” số ${i}`, i % 2 ? 'x' : null, i % 2 ? null : 'x', i % 3 === 0 ? 'x' : '', true]);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const parts = partsOf(bytes);
    let t = performance.now();
    const ours = readXlsx(parts).map((s) => s.grid);
    const oursMs = performance.now() - t;
    t = performance.now();
    const theirs = await viaExceljs(bytes);
    const theirsMs = performance.now() - t;
    expect(ours).toEqual(theirs);
    expect(oursMs).toBeLessThan(theirsMs);
  });
});

// ---- Hand-written parts ---------------------------------------------------------------------------

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface Book {
  sheets: { name: string; xml: string; state?: string; target?: string }[];
  strings?: string[];
  styles?: string;
  workbookPr?: string;
}

function build(b: Book): Record<string, string> {
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      b.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
      '</Types>',
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}>${b.workbookPr ?? ''}<sheets>` +
      b.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('') +
      '</sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      b.sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${s.target ?? `worksheets/sheet${i + 1}.xml`}"/>`).join('') +
      (b.strings ? `<Relationship Id="rS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : '') +
      (b.styles ? `<Relationship Id="rT" Type="${REL}/styles" Target="styles.xml"/>` : '') +
      '</Relationships>',
  };
  b.sheets.forEach((s, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}>${s.xml}</worksheet>`));
  if (b.strings) parts['xl/sharedStrings.xml'] = `<?xml version="1.0"?><sst ${NS} count="${b.strings.length}">${b.strings.join('')}</sst>`;
  if (b.styles) parts['xl/styles.xml'] = `<?xml version="1.0"?><styleSheet ${NS}>${b.styles}</styleSheet>`;
  return parts;
}

function zipped(parts: Record<string, string>): Uint8Array {
  const zip = new PizZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generate({ type: 'uint8array' });
}

const STYLES =
  '<numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0 &quot;mô hình&quot;"/><numFmt numFmtId="166" formatCode="[Red]0.00"/></numFmts>' +
  '<cellStyleXfs count="1"><xf numFmtId="14" fontId="0"/></cellStyleXfs>' +
  '<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"><alignment wrapText="1"/></xf>' +
  '<xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="22"/><xf numFmtId="49"/></cellXfs>';

/** Excel, LibreOffice and Sheets idioms that the exceljs-written fixtures do not exercise. */
const IDIOMS: Book = {
  strings: [
    '<si><t>STT</t></si>',
    '<si><t xml:space="preserve">Tên mô hình\r\nhoặc điển hình </t></si>',
    '<si><r><rPr><b/></rPr><t>Lĩnh </t></r><r><t>vực</t></r></si>',
    '<si><t>Ngắt_x000D_dòng và _x005F_x0041_</t><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>',
    '<si><t>VH &amp; XH &lt;1&gt; &#7879;&#x1EC7; &quot;q&quot;</t></si>',
    '<si><t/></si>',
  ],
  styles: STYLES,
  sheets: [
    {
      name: 'Danh sách &amp; mẫu',
      xml:
        '<dimension ref="A1:H9"/><sheetData>' +
        '<row r="1" spans="1:8"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" s="3" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>chuỗi tại chỗ</t></is></c><c r="B2" t="inlineStr"><is><r><t>giàu </t></r><r><rPr><i/></rPr><t>định dạng</t></r></is></c><c r="C2" t="str"><v>văn bản str</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="b"><v>0</v></c><c r="F2" t="e"><v>#REF!</v></c></row>' +
        '<row r="3"><c r="A3" s="1"><v>44391</v></c><c r="B3" s="2"><v>44391.5</v></c><c r="C3" s="3"><v>7</v></c><c r="D3" s="4"><v>-0.5</v></c><c r="E3" s="5"><v>44391.25</v></c><c r="F3" s="6"><v>123</v></c><c r="G3" s="0"><v>44391</v></c></row>' +
        '<row r="4"><c r="A4"><f>ROW()-3</f><v>1</v></c><c r="B4"><f t="shared" ref="B4:B6" si="0">A4*2</f><v>2</v></c><c r="C4" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="D4" t="b"><f>TRUE()</f><v>1</v></c><c r="E4" t="e"><f>NA()</f><v>#N/A</v></c><c r="F4" s="1"><f>TODAY()</f><v>44392</v></c><c r="G4"><f>A4</f></c></row>' +
        '<row r="5"><c r="B5"><f t="shared" si="0"/><v>4</v></c><c r="C5" s="1"/><c r="D5" s="3"/></row>' +
        '<row r="6"><c r="A6" s="2"/><c r="B6"><f t="shared" si="0"/><v>6</v></c></row>' +
        '<row r="7" spans="1:8"><c r="A7" s="1"/><c r="B7" s="1"/></row>' +
        '<row r="8"><c r="A8"><v>1.5E-3</v></c><c r="C8" t="inlineStr"><is><t>  cách  </t></is></c><c r="H8" s="1"/></row>' +
        '<row r="9"><c r="A9" t="s"><v>0</v></c><c r="B9" t="s"><v>0</v></c><c r="C9" t="s"><v>0</v></c></row>' +
        '</sheetData><mergeCells count="2"><mergeCell ref="A9:B10"/><mergeCell ref="E12:E13"/></mergeCells>' +
        '<hyperlinks><hyperlink ref="H8" r:id="rIdL1"/><hyperlink ref="G9" location="\'Danh sách\'!A1"/></hyperlinks>',
    },
    { name: 'Ẩn', state: 'veryHidden', xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ẩn</t></is></c></row></sheetData>' },
    {
      name: 'Đích tuyệt đối',
      target: '/xl/worksheets/sheet3.xml',
      xml: '<sheetData><row r="2"><c r="B2"><v>42</v></c></row><row r="3"/></sheetData>',
    },
  ],
};

describe('Excel, LibreOffice and Google Sheets idioms', () => {
  it('gives the same grids as exceljs', async () => {
    const parts = build(IDIOMS);
    // Sheet 1's hyperlink H8 needs its relationship for exceljs to load the file.
    parts['xl/worksheets/_rels/sheet1.xml.rels'] = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdL1" Type="${REL}/hyperlink" Target="https://example.com/" TargetMode="External"/></Relationships>`;
    const bytes = zipped(parts);
    const expected = await viaExceljs(bytes);
    const got = mine(bytes);
    expect(got).toEqual(expected);

    const v = got[0].values;
    expect(got[0].sheetName).toBe('Danh sách & mẫu');
    expect(v[0]).toEqual(['STT', 'Tên mô hình\nhoặc điển hình ', 'Lĩnh vực', 'Ngắt\rdòng và _x0041_', 'VH & XH <1> ệệ "q"', '']);
    expect(v[1]).toEqual(['chuỗi tại chỗ', 'giàu định dạng', 'văn bản str', true, false, null]);
    expect(v[2]).toEqual([
      new Date(Date.UTC(2021, 6, 14)),
      new Date(Date.UTC(2021, 6, 14, 12)),
      7,
      -0.5,
      new Date(Date.UTC(2021, 6, 14, 6)),
      123,
      44391,
    ]);
    expect(v[3]).toEqual([1, 2, 'xy', true, null, new Date(Date.UTC(2021, 6, 15)), null]);
    expect(v[4]).toEqual([null, 4]);
    expect(v[5]).toEqual([null, 6]);
    expect(v[6]).toEqual([]);
    expect(v[7]).toEqual([0.0015, null, '  cách  ', null, null, null, null, null]); // H8: a link, no value
    expect(v[8]).toEqual(['STT', null, 'STT']); // B9 lies under the merge A9:B10
    expect(v.length).toBe(13); // the merge E12:E13 makes rows, as in exceljs
    expect(got[0].merges).toEqual([
      { top: 8, left: 0, bottom: 9, right: 1 },
      { top: 11, left: 4, bottom: 12, right: 4 },
    ]);
    expect(got[1]).toEqual({ values: [[], [null, 42]], merges: [], sheetName: 'Đích tuyệt đối' });
  });

  it('reads 1904-based dates', async () => {
    const book: Book = {
      styles: STYLES,
      workbookPr: '<workbookPr date1904="1"/>',
      sheets: [{ name: 'S', xml: '<sheetData><row r="1"><c r="A1" s="1"><v>42929</v></c></row></sheetData>' }],
    };
    const bytes = zipped(build(book));
    expect(mine(bytes)).toEqual(await viaExceljs(bytes));
    expect(mine(bytes)[0].values[0][0]).toEqual(new Date(Date.UTC(2021, 6, 14)));
  });

  it('tells date formats as exceljs does', () => {
    for (const f of ['dd/mm/yyyy', 'mm-dd-yy', 'h:mm', '[$-42A]d "tháng" m', 'DD/MM/YYYY', 'mmm-yy'])
      expect(isDateFormat(f), f).toBe(true);
    for (const f of ['0.00', '#,##0 "ngày"', '[Red]0', '@', 'General', '0%']) expect(isDateFormat(f), f).toBe(false);
  });

  it('skips chart sheets and sheets whose part is missing; fails without a workbook part', () => {
    const parts = build({ sheets: [{ name: 'A', xml: '<sheetData/>' }, { name: 'Biểu đồ', xml: '' }] });
    parts['xl/_rels/workbook.xml.rels'] = parts['xl/_rels/workbook.xml.rels'].replace(
      'Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"',
      'Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"',
    );
    expect(readXlsx(parts).map((s) => s.name)).toEqual(['A']);
    delete parts['xl/worksheets/sheet1.xml'];
    expect(readXlsx(parts)).toEqual([]);
    delete parts['xl/workbook.xml'];
    expect(() => readXlsx(parts)).toThrow(XlsxError);
  });

  it('keeps every sheet when all are hidden', () => {
    const sheets = readXlsx(build({ sheets: [{ name: 'A', state: 'hidden', xml: '<sheetData/>' }] }));
    expect(visibleXlsxSheets(sheets).map((s) => s.name)).toEqual(['A']);
  });
});

describe('deliberate differences from exceljs', () => {
  // 1. Namespace prefixes (`<x:row>`, written by the OpenXML SDK and some exporters): exceljs matches tag
  //    names literally and fails to load the file; this reader accepts any prefix.
  // 2. `t="d"` (ISO 8601 date cells, allowed by the standard, written by some exporters): exceljs runs
  //    parseFloat on the text and gets the year; this reader returns the Date.
  // 3. `t="str"` text: exceljs decodes entities a second time, so a cell whose text is literally “&lt;”
  //    becomes “<”; this reader decodes once, as any XML parser.
  // 4. Formula results that are not numbers under a date format: exceljs turns them into Invalid Date
  //    (or a date in 1830 for TRUE); this reader keeps the text or boolean.
  // 5. A row without `r` (allowed) follows the previous row; exceljs gives it NaN and loses it.
  // 6. A zip with no workbook part is unreadable here (XlsxError); exceljs returns an empty workbook, which
  //    the CLI then reports as holding no list. Both end as a source with nothing counted.
  it('reads prefixed SpreadsheetML', async () => {
    const parts = build({ sheets: [{ name: 'P', xml: '' }] });
    parts['xl/worksheets/sheet1.xml'] =
      '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Tiền tố</x:t></x:is></x:c><x:c r="B1"><x:v>5</x:v></x:c></x:row>' +
      '</x:sheetData><x:mergeCells><x:mergeCell ref="C1:D1"/></x:mergeCells></x:worksheet>';
    await expect(viaExceljs(zipped(parts))).rejects.toThrow();
    expect(readXlsx(parts)[0].grid).toEqual({ values: [['Tiền tố', 5]], merges: [{ top: 0, left: 2, bottom: 0, right: 3 }], sheetName: 'P' });
  });

  it('reads t="d", decodes t="str" once, keeps non-number results under a date format, numbers rows without r', () => {
    const parts = build({
      styles: STYLES,
      sheets: [
        {
          name: 'D',
          xml:
            '<sheetData><row r="1"><c r="A1" t="d"><v>2021-07-14T00:00:00</v></c><c r="B1" t="str"><v>&amp;lt;b&amp;gt;</v></c>' +
            '<c r="C1" s="1" t="str"><f>TEXT(A1,"d")</f><v>14</v></c><c r="D1" s="1" t="b"><f>TRUE()</f><v>1</v></c></row>' +
            '<row><c r="A2"><v>2</v></c></row></sheetData>',
        },
      ],
    });
    expect(readXlsx(parts)[0].grid.values).toEqual([
      [new Date(Date.UTC(2021, 6, 14)), '&lt;b&gt;', '14', true],
      [2],
    ]);
  });
});

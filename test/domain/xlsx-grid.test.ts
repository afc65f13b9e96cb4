// The one .xlsx reader (both adapters): explicit expected values for what Excel, LibreOffice, WPS, Google Sheets and
// the OpenXML SDK write, one regression test per class of fault found on real workbooks, and hostile input that must
// end in an XlsxError, never a RangeError or a stack. The committed corpus (test/cli/corpus.test.ts) covers whole files.
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileKind, isDateFormat, readWorkbook, visibleXlsxSheets, XlsxError } from '../../src/domain/xlsx-grid';

const ROOT = join(__dirname, '../..');
const FOLDERS = ['test/fixtures/lists', 'samples/danh-sach', 'samples/2026/danh-sach'];

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

function zipped(parts: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])));
}

const read = (parts: Record<string, string | Uint8Array>) => readWorkbook(zipped(parts));
const grids = (parts: Record<string, string | Uint8Array>) => visibleXlsxSheets(read(parts)).map((x) => x.grid);
const problemOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof XlsxError) return e.problem;
    throw e;
  }
  return null;
};
const D = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

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


describe('fixtures and samples', () => {
  const files = FOLDERS.flatMap((d) => readdirSync(join(ROOT, d)).filter((n) => /\.xlsx?$/i.test(n)).map((n) => join(d, n)));
  it('every readable one gives sheets; the unreadable ones an XlsxError naming the problem', () => {
    expect(files.length).toBeGreaterThanOrEqual(43);
    const problems: Record<string, string | null> = {};
    for (const f of files) problems[f.split('/').pop()!] = problemOf(() => readWorkbook(new Uint8Array(readFileSync(join(ROOT, f)))));
    expect(Object.entries(problems).filter(([, p]) => p !== null)).toEqual([
      ['khong-doc-duoc-co-mat-khau.xlsx', 'cfb'],
      ['khong-doc-duoc-csv-doi-duoi.xlsx', 'not-xlsx'],
      ['khong-doc-duoc-excel-97-2003.xls', 'cfb'],
      ['khong-doc-duoc-tai-do-dang.xlsx', 'truncated'],
    ]);
  });
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

describe('a workbook exceljs writes, with every kind of cell', () => {
  it('reads what the officer typed', async () => {
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
    ws.getCell('A4').value = D(2021, 7, 14);
    ws.getCell('B4').value = D(2021, 7, 14, 9, 30);
    ws.getCell('B4').numFmt = 'dd/mm/yyyy hh:mm';
    ws.getCell('C4').value = 44391;
    ws.getCell('C4').numFmt = '[$-42A]d "tháng" m yyyy';
    ws.getCell('D4').value = 12;
    ws.getCell('D4').numFmt = '#,##0 "đồng"';
    ws.getCell('A5').value = { formula: 'ROW()-4', result: 1 };
    ws.getCell('B5').value = { formula: 'CONCAT("a","b")', result: 'ab' };
    ws.getCell('C5').value = { formula: '1=1', result: true };
    ws.getCell('D5').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    ws.getCell('E5').value = { formula: 'TODAY()', result: D(2021, 7, 10) };
    ws.getCell('F5').value = { formula: 'A5+1' } as ExcelJS.CellFormulaValue;
    ws.getCell('G5').value = { formula: 'A5-1', result: 0 };
    ws.getCell('H5').value = { formula: '1=2', result: false };
    ws.getCell('A6').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('B6').value = { text: 'Cổng thông tin', hyperlink: 'https://example.com' };
    ws.getCell('C6').value = '=1+1 (gõ như chữ)';
    ws.getCell('D6').value = '';
    ws.getCell('A8').value = 'Tên mô hình';
    ws.mergeCells('A8:A9');
    ws.getCell('B8').value = 'Lĩnh vực';
    ws.mergeCells('B8:D8');
    ws.getCell('C9').value = 'ANQP';
    ws.getCell('H12').style = { font: { bold: true } }; // styled, no value
    ws.mergeCells('F14:G15'); // a merge below everything: clipped away
    const hidden = wb.addWorksheet('Ẩn', { state: 'hidden' });
    hidden.getCell('B2').value = 'không thấy';
    wb.addWorksheet('Trang 2').getCell('C3').value = 'chỉ một ô';
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const sheets = readWorkbook(bytes);
    expect(sheets.map((x) => [x.name, x.hidden])).toEqual([
      ['Danh sách', false],
      ['Ẩn', true],
      ['Trang 2', false],
    ]);
    const g = sheets[0].grid;
    expect(g.values).toEqual([
      ['LIÊN ĐOÀN LAO ĐỘNG HUYỆN HOA LƯ'],
      ['Đăng ký mô hình', 'a & b < c > d "e" \'f\'', '  khoảng trắng hai đầu  ', 'dòng 1\ndòng 2\ndòng 3'],
      [3.25, -17, 1e21, true, false],
      [D(2021, 7, 14), D(2021, 7, 14, 9, 30), D(2021, 7, 14), 12],
      [1, 'ab', true, '#DIV/0!', D(2021, 7, 10), null, 0, false],
      ['#N/A', 'Cổng thông tin', '=1+1 (gõ như chữ)'],
      [],
      ['Tên mô hình', 'Lĩnh vực'],
      [null, null, 'ANQP'],
    ]);
    const byPlace = (a: { top: number; left: number }, b: { top: number; left: number }) => a.top - b.top || a.left - b.left;
    expect([...g.merges].sort(byPlace)).toEqual([
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 7, left: 0, bottom: 8, right: 0 },
      { top: 7, left: 1, bottom: 7, right: 3 },
    ]);
    expect(sheets[2].grid.values).toEqual([[], [], [null, null, 'chỉ một ô']]);
  });
});

describe('Excel, LibreOffice and Google Sheets idioms', () => {
  it('reads each kind of cell as Sheets shows it', () => {
    const parts = build(IDIOMS);
    parts['xl/worksheets/_rels/sheet1.xml.rels'] = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdL1" Type="${REL}/hyperlink" Target="https://example.com/" TargetMode="External"/></Relationships>`;
    const got = grids(parts);
    const v = got[0].values;
    expect(got[0].sheetName).toBe('Danh sách & mẫu');
    expect(v[0]).toEqual(['STT', 'Tên mô hình\nhoặc điển hình ', 'Lĩnh vực', 'Ngắt\rdòng và _x0041_', 'VH & XH <1> ệệ "q"']);
    expect(v[1]).toEqual(['chuỗi tại chỗ', 'giàu định dạng', 'văn bản str', true, false, '#REF!']);
    expect(v[2]).toEqual([D(2021, 7, 14), D(2021, 7, 14, 12), 7, -0.5, D(2021, 7, 14, 6), 123, 44391]);
    expect(v[3]).toEqual([1, 2, 'xy', true, '#N/A', D(2021, 7, 15)]);
    expect(v[4]).toEqual([null, 4]);
    expect(v[5]).toEqual([null, 6]);
    expect(v[6]).toEqual([]);
    expect(v[7]).toEqual([0.0015, null, '  cách  ']);
    expect(v[8]).toEqual(['STT', null, 'STT']); // B9 lies under the merge A9:B10
    expect(v.length).toBe(9);
    expect(got[0].merges).toEqual([{ top: 8, left: 0, bottom: 8, right: 1 }]); // clipped to the rows in use; E12:E13 is outside
    expect(got[1]).toEqual({ values: [[], [null, 42]], merges: [], sheetName: 'Đích tuyệt đối' });
  });

  it('1904 dates, written "1" (Excel for Mac) or "true" (LibreOffice)', () => {
    for (const flag of ['1', 'true']) {
      const parts = build({
        styles: STYLES,
        workbookPr: `<workbookPr date1904="${flag}"/>`,
        sheets: [{ name: 'S', xml: '<sheetData><row r="1"><c r="A1" s="1"><v>42929</v></c><c r="B1" s="2"><v>42929.75</v></c></row></sheetData>' }],
      });
      expect(grids(parts)[0].values[0]).toEqual([D(2021, 7, 14), D(2021, 7, 14, 18)]);
    }
  });

  it('tells date formats', () => {
    for (const f of ['dd/mm/yyyy', 'mm-dd-yy', 'h:mm', '[$-42A]d "tháng" m', 'DD/MM/YYYY', 'mmm-yy', 'yyyy"年"m"月"d"日"'])
      expect(isDateFormat(f), f).toBe(true);
    for (const f of ['0.00', '#,##0 "ngày"', '[Red]0', '@', 'General', '0%', '0\\d', '#,##0;[Red]-#,##0']) expect(isDateFormat(f), f).toBe(false);
  });

  it('skips chart sheets and sheets whose part is missing; fails without a workbook part', () => {
    const parts = build({ sheets: [{ name: 'A', xml: '<sheetData/>' }, { name: 'Biểu đồ', xml: '' }] });
    parts['xl/_rels/workbook.xml.rels'] = parts['xl/_rels/workbook.xml.rels'].replace(
      'Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"',
      'Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"',
    );
    expect(read(parts).map((x) => x.name)).toEqual(['A']);
    delete parts['xl/worksheets/sheet1.xml'];
    expect(read(parts)).toEqual([]);
    delete parts['xl/workbook.xml'];
    expect(problemOf(() => read(parts))).toBe('corrupt');
  });

  it('keeps every sheet when all are hidden', () => {
    expect(visibleXlsxSheets(read(build({ sheets: [{ name: 'A', state: 'hidden', xml: '<sheetData/>' }] }))).map((x) => x.name)).toEqual(['A']);
  });
});

describe('faults found on real workbooks (one test per class)', () => {
  const sheet = (xml: string, extra: Partial<Book> = {}) => build({ sheets: [{ name: 'S', xml }], ...extra });

  it('namespace prefixes on every element (OpenXML SDK, WPS), in every part', () => {
    const parts = build({ strings: ['<si><t>chung</t></si>'], sheets: [{ name: 'P', xml: '' }] });
    parts['xl/workbook.xml'] = parts['xl/workbook.xml'].replace(/<(\/?)(workbook|sheets|sheet)\b/g, '<$1x:$2').replace('xmlns="', 'xmlns:x="');
    parts['xl/sharedStrings.xml'] = parts['xl/sharedStrings.xml'].replace(/<(\/?)(sst|si|t)\b/g, '<$1x:$2').replace('xmlns="', 'xmlns:x="');
    parts['xl/worksheets/sheet1.xml'] =
      '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Tiền tố</x:t></x:is></x:c><x:c r="B1"><x:v>5</x:v></x:c><x:c r="C1" t="s"><x:v>0</x:v></x:c></x:row>' +
      '</x:sheetData><x:mergeCells><x:mergeCell ref="C1:D1"/></x:mergeCells></x:worksheet>';
    expect(grids(parts)[0]).toEqual({ values: [['Tiền tố', 5, 'chung']], merges: [{ top: 0, left: 2, bottom: 0, right: 2 }], sheetName: 'P' });
  });

  it('number formats of conditional-format styles (<dxfs>) do not decide whether a cell is a date', () => {
    const styles =
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
      '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>' +
      '<dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="0.00"/></dxf></dxfs>';
    expect(grids(sheet('<sheetData><row r="1"><c r="A1" s="1"><v>42062</v></c></row></sheetData>', { styles }))[0].values).toEqual([[D(2015, 2, 27)]]);
  });

  it('part names matched without regard to case; sheets found through relationships whatever their file names', () => {
    const parts = build({ strings: ['<si><t>hoa thường</t></si>'], sheets: [{ name: 'Bob', target: 'ws/sheetBob.xml', xml: '' }] });
    parts['xl/SharedStrings.xml'] = parts['xl/sharedStrings.xml'];
    delete parts['xl/sharedStrings.xml'];
    parts['xl/ws/SheetBob.XML'] = `<?xml version="1.0"?><worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`;
    delete parts['xl/worksheets/sheet1.xml'];
    expect(grids(parts)[0].values).toEqual([['hoa thường']]);
  });

  it('a formula cell marked t="inlineStr" with a saved <v> gives that text', () => {
    expect(grids(sheet('<sheetData><row r="1"><c r="A1" t="inlineStr"><f>A2&amp;""</f><v>Kết quả</v></c></row></sheetData>'))[0].values).toEqual([['Kết quả']]);
  });

  it('UTF-16 parts (with a BOM, or a UTF-16 declaration) are decoded', () => {
    const parts: Record<string, string | Uint8Array> = build({ strings: ['<si><t>Mười sáu</t></si>'], sheets: [{ name: 'U', xml: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' }] });
    const utf16 = (s: string) => new Uint8Array(Buffer.from('\ufeff' + s.replace('encoding="UTF-8"', 'encoding="UTF-16"'), 'utf16le'));
    parts['xl/worksheets/sheet1.xml'] = utf16(parts['xl/worksheets/sheet1.xml'] as string);
    parts['xl/workbook.xml'] = utf16(parts['xl/workbook.xml'] as string);
    parts['xl/sharedStrings.xml'] = new Uint8Array(Buffer.from(parts['xl/sharedStrings.xml'] as string, 'utf16le').swap16().buffer.slice(0)).length
      ? new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(parts['xl/sharedStrings.xml'] as string, 'utf16le').swap16()]))
      : new Uint8Array();
    expect(grids(parts)[0].values).toEqual([['Mười sáu']]);
  });

  it('CDATA, empty <si/>, inline rich text, phonetic runs, rows and cells without a reference', () => {
    const parts = sheet(
      '<sheetData><row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c><c t="inlineStr"><is><r><t>a</t></r><r><t xml:space="preserve"> b</t></r><rPh><t>x</t></rPh></is></c></row>' +
        '<row><c><v>2</v></c><c r="C2"><v>3</v></c><c><v>4</v></c></row></sheetData>',
      { strings: ['<si><t><![CDATA[<b>đậm</b> & chữ]]></t></si>', '<si/>', '<si><t/></si>'] },
    );
    expect(grids(parts)[0].values).toEqual([
      ['<b>đậm</b> & chữ', null, null, 'a b'],
      [2, null, 3, 4],
    ]);
  });

  it('t="d" ISO dates, with and without a time; error values; shared formulas; 0 and FALSE results', () => {
    const parts = sheet(
      '<sheetData><row r="1"><c r="A1" t="d"><v>2021-07-10</v></c><c r="B1" t="d"><v>2021-07-10T08:30:00</v></c><c r="C1" t="e"><v>#DIV/0!</v></c>' +
        '<c r="D1"><f t="shared" ref="D1:D2" si="0">ROW()-1</f><v>0</v></c><c r="E1" t="b"><f>1=2</f><v>0</v></c><c r="F1" t="str"><f>""</f><v></v></c></row>' +
        '<row r="2"><c r="D2"><f t="shared" si="0"/><v>1</v></c></row></sheetData>',
    );
    expect(grids(parts)[0].values).toEqual([
      [D(2021, 7, 10), D(2021, 7, 10, 8, 30), '#DIV/0!', 0, false],
      [null, null, null, 1],
    ]);
  });

  it('a decoded t="str" is decoded once; a non-number under a date format keeps its text', () => {
    const parts = build({
      styles: STYLES,
      sheets: [
        {
          name: 'D',
          xml:
            '<sheetData><row r="1"><c r="B1" t="str"><v>&amp;lt;b&amp;gt;</v></c>' +
            '<c r="C1" s="1" t="str"><f>TEXT(A1,"d")</f><v>14</v></c><c r="D1" s="1" t="b"><f>TRUE()</f><v>1</v></c></row></sheetData>',
        },
      ],
    });
    expect(grids(parts)[0].values).toEqual([[null, '&lt;b&gt;', '14', true]]);
  });
});

describe('hostile input ends in an XlsxError, bounded', () => {
  const big = (rows: string) => build({ sheets: [{ name: 'H', xml: `<sheetData>${rows}</sheetData>` }] });

  it('a row numbered past 1,048,576, and more rows than a sheet has', () => {
    expect(problemOf(() => read(big('<row r="1048577"><c r="A1048577"><v>1</v></c></row>')))).toBe('too-many-rows');
    expect(problemOf(() => readWorkbook(zipped(big('<row><c><v>1</v></c></row>'.repeat(2_000))), { limits: { maxRows: 1_000 } }))).toBe('too-many-rows');
  });

  it('too many cells, too many merges, and merges covering more than the cells allow', () => {
    expect(problemOf(() => readWorkbook(zipped(big('<row><c><v>1</v></c><c><v>2</v></c></row>'.repeat(600))), { limits: { maxCells: 1_000 } }))).toBe('too-many-cells');
    const merges = Array.from({ length: 30 }, (_, i) => `<mergeCell ref="A${i + 1}:B${i + 1}"/>`).join('');
    const parts = build({ sheets: [{ name: 'M', xml: `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells>${merges}</mergeCells>` }] });
    expect(problemOf(() => readWorkbook(zipped(parts), { limits: { maxMerges: 20 } }))).toBe('too-many-merges');
  });

  it('a merge over a whole column or the whole sheet is refused (it hides the data under it); a wide one is clipped', () => {
    const withMerge = (ref: string) =>
      build({ sheets: [{ name: 'W', xml: `<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="3"><c r="C3"><v>3</v></c></row></sheetData><mergeCells><mergeCell ref="${ref}"/></mergeCells>` }] });
    for (const ref of ['A1:XFD1048576', 'E:E', 'C2:C20000']) expect(problemOf(() => read(withMerge(ref))), ref).toBe('merge-too-large');
    expect(grids(withMerge('A1:XFD2'))[0]).toEqual({ values: [[1], [], [null, null, 3]], merges: [{ top: 0, left: 0, bottom: 1, right: 2 }], sheetName: 'W' });
    expect(grids(withMerge('J9:K12'))[0].merges).toEqual([]);
  });

  it('malformed XML: cells never closed are a broken sheet; broken quotes, comments, CDATA read what they can; only XlsxError', () => {
    const unclosed = '<row r="1">' + '<c r="A1" t="inlineStr"><is><t>x</t></is>'.repeat(80_000);
    expect(problemOf(() => read(big(unclosed)))).toBe('corrupt');
    for (const bad of ['<row r="1"><c r="A1" t="s><v>0</v></c>', '<row><c><v>1</v></c><!-- never closed', '<row><c><v><![CDATA[2', '<<<<>>>>&&&;;', '<row r="x"><c r="1A"><v>1</v></c></row>'])
      expect(problemOf(() => read(big(bad))), bad).toBeNull();
  });

  it('not a zip, cut short, empty, or an OLE file', () => {
    expect(problemOf(() => readWorkbook(strToU8('STT,Tên\n1,a')))).toBe('not-xlsx');
    expect(problemOf(() => readWorkbook(new Uint8Array()))).toBe('empty');
    const whole = zipped(build({ sheets: [{ name: 'A', xml: '<sheetData/>' }] }));
    expect(problemOf(() => readWorkbook(whole.subarray(0, whole.length >> 1)))).toBe('truncated');
    expect(problemOf(() => readWorkbook(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])))).toBe('cfb');
  });

  it('a part that inflates past its declared size (zip bomb)', () => {
    const parts = zipped(build({ sheets: [{ name: 'A', xml: '<sheetData/>' }] }));
    expect(problemOf(() => readWorkbook(parts, { limits: { zip: { maxPartBytes: 100 } } }))).toBe('too-large');
  });
});

// “Soạn văn bản” (menuGenerate) in the built bundle (node:vm, no Node globals): docxtemplater and pizzip render the
// embedded templates with signed-byte blobs, the “Văn bản” sheet round trip, custom templates from Drive, one Drive
// write for many documents, Google Docs and PDF copies. Expected documents are rendered in Node with the domain.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/domain/aggregate';
import type { Cell, Grid } from '../../src/domain/grid';
import { parseMeta, renderDocument, type BuiltinName } from '../../src/domain/document';
import { readMaster } from '../../src/domain/master';
import type { GenerateInit, GenerateResult, GenerateSettings } from '../../src/sheets/generate/api';
import { GEN_TEXT } from '../../src/sheets/generate/texts';
import { addListTab, aggregateTabs, config, HOA_LU, manyRows, ok, Y_TE, type Row } from './builders';
import { MIME, raw } from './fake-gas';
import { session, type Session } from './session';

const ROOT = join(__dirname, '../..');
const templateFile = (name: string) => new Uint8Array(readFileSync(join(ROOT, 'templates', `${name}.docx`)));

/** The metadata as the dialog sends it: every value a string, lists one item per line. */
const META: Record<string, string> = {
  co_quan_chu_quan: 'Tổng Liên đoàn Lao động Việt Nam',
  co_quan: 'Liên đoàn Lao động tỉnh Ninh Bình',
  dia_danh: 'Ninh Bình',
  luu: 'VT, TG-NC',
  quyen_han: 'TM. Ban Thường vụ',
  chuc_vu: 'Phó Chủ tịch Thường trực',
  nguoi_ky: 'Lê Thị Mai Thủy',
  so: '29',
  ky_hieu: 'DS-LĐLĐ',
  ngay: '2021-07-06',
  trich_yeu: 'Mô hình, điển hình “Dân vận khéo” giai đoạn 2021 – 2025 đăng ký với Ban Chỉ đạo tỉnh',
  noi_nhan: 'Ban Chỉ đạo phong trào thi đua “Dân vận khéo” tỉnh\nBan Dân vận Tỉnh ủy',
};

/** A province office's spreadsheet: config, two unit tabs aggregated into “Tổng hợp”, an output folder on Drive. */
async function officeSession(extraTabs: [string, string, Row[]][] = []): Promise<{ s: Session; folder: string }> {
  const s = session({ name: 'Tổng hợp Dân vận khéo 2021' });
  s.run('menuSetup()');
  const ss = s.gas.spreadsheet;
  addListTab(ss, 'Hoa Lư', 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN HOA LƯ', HOA_LU);
  addListTab(ss, 'Y tế', 'CÔNG ĐOÀN NGÀNH Y TẾ', Y_TE);
  for (const [name, unit, rows] of extraTabs) addListTab(ss, name, unit, rows);
  await aggregateTabs(s);
  const folder = s.gas.addFolder('Văn bản Dân vận khéo');
  s.gas.alerts.length = 0;
  s.gas.log.reset();
  return { s, folder };
}

const settings = (over: Partial<GenerateSettings>): GenerateSettings => ({ template: 'danh-sach', data: 'master', folder: '', each: false, doc: false, pdf: false, ...over });

function generate(s: Session, values: Record<string, string>, over: Partial<GenerateSettings>): { ok: true } & GenerateResult | { ok: false; message: string } {
  return s.call('generateRun', { values, settings: settings(over) }) as { ok: true } & GenerateResult;
}

/** The paragraphs' text of a document part. */
function paragraphs(xml: string): string[] {
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .map((t) => t.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/\u00a0/g, ' ').trim())
    .filter(Boolean);
}

/** A message with its seconds blanked (“5 phút … giây”): the vm's own time adds a little to the simulated delays. */
const seconds = (text: string) => text.replace(/(\d+) phút \d+ giây/g, '$1 phút … giây');
const folderFiles = (s: Session, folder: string) => s.gas.folders.get(folder)!.files.map((id) => s.gas.files.get(id)!);
const part = (bytes: Uint8Array, name: string) => new PizZip(bytes).file(name)!.asText();

/** What the bundle should have made from our “Tổng hợp”, rendered in Node with the domain. */
function expectedDocument(s: Session, template: Uint8Array, name: BuiltinName | undefined, values: Record<string, string>, each = false): Uint8Array {
  const ss = s.gas.spreadsheet;
  const sheet = ss._sheet('Tổng hợp');
  const grid: Grid = { values: sheet._values() as Cell[][], merges: [], sheetName: sheet._name };
  const agg = aggregate([{ kind: 'master', source: { file: ss.getName(), sheet: sheet._name }, rows: readMaster(grid, config)!, modified: null }], config);
  const m = parseMeta({ ...values });
  if (!m.ok) throw new Error(JSON.stringify(m.problems));
  const input = { meta: m.meta, config, aggregate: agg, template: name };
  const r = renderDocument(template, input);
  expect(r.problems).toEqual([]);
  if (!each) return r.bytes!;
  return agg.models.map((model) => renderDocument(template, { ...input, models: [model] }).bytes!) as unknown as Uint8Array;
}

describe('menuGenerate', () => {
  it('opens the dialog built into build/gas, Vietnamese, text inserted as text', () => {
    const s = session();
    s.run('menuGenerate()');
    expect(s.gas.dialogs).toHaveLength(1);
    const d = s.gas.dialogs[0];
    expect(d.title).toBe('Soạn văn bản');
    for (const t of ['Mẫu văn bản', 'Thông tin văn bản', 'Lưu vào Google Drive', 'Thêm bản Google Tài liệu', 'Thêm bản PDF', 'Mỗi mô hình một văn bản', 'Tạo văn bản'])
      expect(d.content).toContain(t);
    expect(d.content).toContain('generateRun');
    expect(d.content).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect(Object.keys(s.gas.log.snapshot()).every((n) => /^(SpreadsheetApp\.getUi|Ui\.showModalDialog|HtmlService\.|HtmlOutput\.)/.test(n))).toBe(true);
  });

  it('generateInit lists the five templates, every metadata key, and this spreadsheet’s “Tổng hợp”', async () => {
    const { s } = await officeSession();
    const init = ok<GenerateInit>(s.call('generateInit'));
    expect(init.templates.map((t) => [t.name, t.usesData])).toEqual([
      ['ke-hoach', false],
      ['huong-dan', false],
      ['danh-sach', true],
      ['bao-cao', true],
      ['quyet-dinh', true],
    ]);
    const keys = init.fields.map((f) => f.key);
    for (const k of ['co_quan_chu_quan', 'co_quan', 'so', 'ky_hieu', 'dia_danh', 'ngay', 'trich_yeu', 'noi_nhan', 'luu', 'quyen_han', 'chuc_vu', 'nguoi_ky', 'the_thuc'])
      expect(keys).toContain(k);
    expect(init.fields.find((f) => f.key === 'the_thuc')!.options!.map((o) => o.value)).toEqual(['nha-nuoc', 'dang']);
    expect(init.fields.every((f) => f.label && !/undefined/.test(f.label + f.hint))).toBe(true);
    expect(init.values).toEqual({});
    expect(init.master).toEqual({ name: 'Tổng hợp', rows: 5 });
    // Nothing is created before the officer asks for a document.
    expect(s.gas.spreadsheet._sheets.some((x) => x._name === 'Văn bản')).toBe(false);
  });
});

describe('built-in templates inside Apps Script', () => {
  it('renders “danh-sach” from the embedded bytes; the .docx on Drive unzips and holds the number and date lines', async () => {
    const { s, folder } = await officeSession();
    const r = generate(s, META, { template: 'danh-sach', folder: `https://drive.google.com/drive/folders/${folder}?usp=sharing` });
    if (!r.ok) throw new Error(r.message);
    const files = folderFiles(s, folder);
    expect(files.map((f) => [f.name, f.mimeType])).toEqual([['Danh sách số 29-DS-LĐLĐ ngày 06-07-2021.docx', MIME.docx]]);
    const bytes = files[0].bytes!;
    expect(bytes.some((b) => b > 127)).toBe(true); // bytes that went through signed blobs
    const text = paragraphs(part(bytes, 'word/document.xml'));
    expect(text).toContain('Số: 29/DS-LĐLĐ');
    expect(text).toContain('Ninh Bình, ngày 06 tháng 7 năm 2021');
    expect(text.join('\n')).toContain('Bữa cơm công nhân');
    // The very document the domain renders in Node from the same “Tổng hợp”, with the e-office properties.
    const expected = expectedDocument(s, templateFile('danh-sach'), 'danh-sach', META);
    expect(part(bytes, 'word/document.xml')).toBe(part(expected, 'word/document.xml'));
    expect(part(bytes, 'docProps/custom.xml')).toBe(part(expected, 'docProps/custom.xml'));
    expect(r.files).toEqual([{ kind: 'docx', name: files[0].name, url: `https://drive.google.com/file/d/${files[0].id}/view` }]);
    expect(r.summary).toBe(
      'Đã soạn Danh sách (5 mô hình); dữ liệu: trang “Tổng hợp”. Đã lưu 1 tệp vào thư mục “Văn bản Dân vận khéo”.',
    );
    // Decoded once, written once, in signed bytes (the stand-in refuses 0…255 as Apps Script's byte arrays do).
    const calls = s.gas.log.snapshot();
    expect([calls['Utilities.base64Decode'], calls['Utilities.newBlob'], calls['Folder.createFile']]).toEqual([1, 1, 1]);
    expect(calls['Drive.Files.create']).toBeUndefined();
    expect(s.logs).toEqual([]);
  });

  it('a model whose officer values came from a rename is named in the warnings, to check before signing', async () => {
    const { s, folder } = await officeSession();
    const sheet = s.gas.spreadsheet._sheet('Tổng hợp');
    const values = sheet._values();
    const codes = values[0].indexOf('Mã kiểm tra');
    const model = values[1][values[0].indexOf('Tên mô hình hoặc điển hình')] as string;
    sheet.getRange(2, codes + 1).setValue('MODEL_RENAMED');
    const r = generate(s, META, { template: 'danh-sach', folder });
    if (!r.ok) throw new Error(r.message);
    expect(r.warnings[0]).toContain('đổi tên');
    expect(r.warnings[0]).toContain(`“${model}”`);
  });

  it('every built-in template renders in both profiles (the_thuc)', async () => {
    const { s, folder } = await officeSession();
    for (const name of ['ke-hoach', 'huong-dan', 'danh-sach', 'bao-cao', 'quyet-dinh'] as BuiltinName[])
      for (const profile of ['nha-nuoc', 'dang']) {
        const values = { ...META, the_thuc: profile, ky_hieu: profile === 'dang' ? 'CTr/HU' : 'KH-LĐLĐ', so: '9' };
        const r = generate(s, values, { template: name, folder });
        if (!r.ok) throw new Error(`${name} ${profile}: ${r.message}`);
        const text = paragraphs(part(folderFiles(s, folder).at(-1)!.bytes!, 'word/document.xml'));
        expect(text, `${name} ${profile}`).toContain(profile === 'dang' ? 'Số 09-CTr/HU' : 'Số: 09/KH-LĐLĐ');
        if (profile === 'dang') expect(text, name).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
      }
    expect(folderFiles(s, folder)).toHaveLength(10);
    // Each template is decoded once per run of the script, however many documents are made from it.
    expect(s.gas.log.snapshot()['Utilities.base64Decode']).toBe(5);
  });
});

describe('custom templates from Drive', () => {
  /** A user's template: a built-in one with its paragraphs edited. */
  function customTemplate(name: string, edit: (xml: string) => string): Uint8Array {
    const zip = new PizZip(templateFile(name));
    zip.file('word/document.xml', edit(zip.file('word/document.xml')!.asText()));
    return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
  }

  it('reads a .docx from a Drive link (signed bytes) and renders it like the domain does', async () => {
    const { s, folder } = await officeSession();
    const mine = s.gas.addFolder('Mẫu của đơn vị');
    const bytes = customTemplate('quyet-dinh', (x) => x.replace('</w:body>', '<w:p><w:r><w:t>Mẫu riêng: {dong_ngay}</w:t></w:r></w:p></w:body>'));
    const id = s.gas.addFile(mine, { name: 'Quyết định công nhận (mẫu đơn vị).docx', mimeType: MIME.docx, bytes });
    const r = generate(s, { ...META, ky_hieu: 'QĐ-LĐLĐ' }, { template: `https://drive.google.com/file/d/${id}/view?usp=drive_link`, folder });
    if (!r.ok) throw new Error(r.message);
    const [out] = folderFiles(s, folder);
    // Named after the user's template when the metadata gives no type name.
    expect(out.name).toBe('Quyết định công nhận (mẫu đơn vị) số 29-QĐ-LĐLĐ ngày 06-07-2021.docx');
    const expected = expectedDocument(s, bytes, undefined, { ...META, ky_hieu: 'QĐ-LĐLĐ' });
    expect(part(out.bytes!, 'word/document.xml')).toBe(part(expected, 'word/document.xml'));
    expect(paragraphs(part(out.bytes!, 'word/document.xml'))).toContain('Mẫu riêng: Ninh Bình, ngày 06 tháng 7 năm 2021');
    expect(s.gas.log.snapshot()['Utilities.base64Decode']).toBeUndefined(); // no built-in template decoded
  });

  it('a template with a broken tag is reported in Vietnamese, with the tag and where it is; nothing is written to Drive', async () => {
    const { s, folder } = await officeSession();
    const mine = s.gas.addFolder('Mẫu của đơn vị');
    const bytes = customTemplate('ke-hoach', (x) => x.replace('{dong_so}', '{dong_so').replace('{dong_ngay}', '{dong_ngayy}'));
    const id = s.gas.addFile(mine, { name: 'mau-loi.docx', mimeType: MIME.docx, bytes });
    const before = new Map(s.gas.files);
    const r = generate(s, META, { template: id, folder, doc: true, pdf: true });
    expect(r.ok).toBe(false);
    const message = r.ok ? '' : r.message;
    expect(message).toMatch(/^Mẫu “mau-loi\.docx” có \d+ lỗi, chưa ghi tệp nào lên Drive:\n• /);
    expect(message).toContain('Thẻ “{dong_so” thiếu dấu đóng “}”.');
    expect(message).toMatch(/thân văn bản, đoạn \d+/);
    expect(message).not.toMatch(/undefined|Error:/);
    expect(s.gas.files).toEqual(before);
    const calls = s.gas.log.snapshot();
    expect([calls['Folder.createFile'], calls['Drive.Files.create'], calls['Utilities.newBlob']]).toEqual([undefined, undefined, undefined]);
    expect(s.logs).toEqual([]);
  });

  it('opens a template and an output folder shared by link with a resource key', async () => {
    const { s } = await officeSession();
    const shared = s.gas.addFolder('Mẫu chia sẻ', { resourceKey: '0-mau' });
    const id = s.gas.addFile(shared, { name: 'Mẫu danh sách.docx', mimeType: MIME.docx, bytes: templateFile('danh-sach'), resourceKey: '0-tep' });
    const out = s.gas.addFolder('Văn bản chung', { resourceKey: '0-ra' });
    const link = `https://drive.google.com/file/d/${id}/view?usp=sharing&resourcekey=0-tep`;
    const r = generate(s, META, { template: link, folder: `https://drive.google.com/drive/folders/${out}?resourcekey=0-ra` });
    if (!r.ok) throw new Error(r.message);
    expect(folderFiles(s, out).map((f) => f.mimeType)).toEqual([MIME.docx]);
    const calls = s.gas.log.snapshot();
    expect([calls['DriveApp.getFileByIdAndResourceKey'], calls['DriveApp.getFolderByIdAndResourceKey']]).toEqual([1, 1]);
    // Without the key, such a file is not found, and the message says so.
    const without = generate(s, META, { template: `https://drive.google.com/file/d/${id}/view`, folder: `https://drive.google.com/drive/folders/${out}?resourcekey=0-ra` });
    expect(without.ok ? '' : without.message).toMatch(new RegExp(`^Không mở được tệp mẫu trên Google Drive có mã “${id}” \\(No item`));
  });

  it('explains a Google Docs file, a bad link and an unknown file', async () => {
    const { s, folder } = await officeSession();
    const mine = s.gas.addFolder('Mẫu');
    const gdoc = s.gas.addFile(mine, { name: 'Mẫu trên Google Tài liệu', mimeType: MIME.gdoc });
    const msg = (template: string) => {
      const r = generate(s, META, { template, folder });
      return r.ok ? '' : r.message;
    };
    expect(msg(gdoc)).toBe(GEN_TEXT.templateIsGoogleDoc('Mẫu trên Google Tài liệu'));
    expect(msg('mẫu của tôi')).toBe(GEN_TEXT.badTemplateLink('mẫu của tôi'));
    expect(msg('https://drive.google.com/file/d/1NoSuchFileXXXXXXXXXXXX/view')).toMatch(/^Không mở được tệp mẫu trên Google Drive có mã “1NoSuchFileXXXXXXXXXXXX” \(No item/);
    expect(folderFiles(s, folder)).toEqual([]);
  });
});

describe('the “Văn bản” sheet', () => {
  const DANG: Record<string, string> = {
    ...META,
    the_thuc: 'dang',
    co_quan_chu_quan: 'Huyện ủy Hoa Lư',
    co_quan: 'Ban Tuyên giáo',
    ky_hieu: 'CTr/HU',
    so: '09',
    luu: '=VT, Ban TG', // looks like a formula: must stay text
    can_cu: 'Căn cứ Chỉ thị số 16-CT/TU\nThực hiện Kế hoạch số 05-KH/BCĐ',
  };

  it('remembers the metadata and the choices as key–value rows, plain text, and gives them back', async () => {
    const { s, folder } = await officeSession();
    const r = generate(s, DANG, { template: 'ke-hoach', folder, data: 'tabs' });
    if (!r.ok) throw new Error(r.message);
    const sheet = s.gas.spreadsheet._sheet('Văn bản');
    const rows = sheet._values();
    expect(rows[0][0]).toMatch(/^THÔNG TIN VĂN BẢN/);
    expect(rows[1]).toEqual(['Khóa', 'Giá trị', 'Ý nghĩa']);
    const kv = new Map(rows.slice(2).filter((x) => x[0]).map((x) => [x[0], x[1]]));
    expect(kv.get('luu')).toBe('=VT, Ban TG');
    expect(kv.get('noi_nhan')).toBe(DANG.noi_nhan);
    expect(kv.get('so')).toBe('09');
    expect(kv.get('ngay')).toBe('2021-07-06');
    expect(kv.get('mau_van_ban')).toBe('ke-hoach');
    expect(kv.get('thu_muc_luu')).toBe(folder);
    expect(sheet._formulas()).toEqual([]);
    expect(sheet._rows.flatMap((r2) => (r2 ?? []).map((d) => d?.format))).not.toContain(undefined);
    // Not a list: the aggregation does not read it.
    expect(ok<{ sources: string[] }>(s.call('aggregateStart', { kind: 'tabs' })).sources).not.toContain('Văn bản');

    // Opened again: the same values and choices.
    const init = ok<GenerateInit>(s.call('generateInit'));
    expect(init.values).toEqual(Object.fromEntries(Object.entries(DANG).filter(([, v]) => v)));
    expect(init.settings).toEqual(settings({ template: 'ke-hoach', folder, data: 'tabs' }));
    // What was remembered is what the contract reads (checked with the same schema as meta.json).
    expect(parseMeta({ ...init.values, so: Number(init.values.so) }).ok).toBe(true);

    // An officer edits the sheet directly: a dd/mm/yyyy date in the plain-text cell is taken as that day.
    const ngay = rows.findIndex((x) => x[0] === 'ngay') + 1;
    sheet._type(ngay, 2, '05/02/2024');
    const again = ok<GenerateInit>(s.call('generateInit'));
    const r2 = generate(s, again.values, again.settings);
    if (!r2.ok) throw new Error(r2.message);
    const text = paragraphs(part(folderFiles(s, folder).at(-1)!.bytes!, 'word/document.xml'));
    expect(text).toContain('Ninh Bình, ngày 05 tháng 02 năm 2024');
    expect(text).toContain('Số 09-CTr/HU');
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  });

  it('a bad value is named in Vietnamese with its key; the values are still remembered; nothing is written to Drive', async () => {
    const { s, folder } = await officeSession();
    const r = generate(s, { ...META, co_quan: '  ', so: 'ba mươi', ngay: '2021-02-30', ky_hieu: '29/DS-LĐLĐ' }, { folder });
    expect(r.ok).toBe(false);
    const message = r.ok ? '' : r.message;
    expect(message.split('\n')[0]).toBe('Thông tin văn bản có 4 chỗ chưa đúng, chưa tạo văn bản nào (các giá trị vừa nhập đã được ghi nhớ ở trang “Văn bản”):');
    expect(message).toContain('• Cơ quan ban hành (co_quan): bắt buộc nhưng đang thiếu');
    expect(message).toContain('• Số văn bản (so): phải là số văn bản gồm chữ số, lớn hơn 0 (ví dụ: 29)');
    expect(message).toContain('• Ngày ban hành (ngay): không phải ngày có thật');
    expect(message).toContain('• Ký hiệu (ky_hieu): chỉ ghi ký hiệu, không ghi số ở đầu');
    expect(folderFiles(s, folder)).toEqual([]);
    expect(ok<GenerateInit>(s.call('generateInit')).values.so).toBe('ba mươi');

    // A key the contract does not know, typed on the sheet.
    const sheet = s.gas.spreadsheet._sheet('Văn bản');
    sheet.insertRowsAfter(sheet._maxRows, 1); // as an officer adds a row
    const free = sheet._lastRow() + 1;
    sheet._type(free, 1, 'nguoi_soan');
    sheet._type(free, 2, 'Nguyễn Văn A');
    const init = ok<GenerateInit>(s.call('generateInit'));
    const r2 = generate(s, { ...init.values, co_quan: META.co_quan, so: '29', ngay: '2021-07-06', ky_hieu: 'DS-LĐLĐ' }, { folder });
    expect(r2.ok ? '' : r2.message).toContain('• Trang “Văn bản”: có khóa không hợp lệ: “nguoi_soan”');
  });

  it('an officer’s own sheet named “Văn bản” is left alone', async () => {
    const { s, folder } = await officeSession();
    const mine = s.gas.spreadsheet._add('Văn bản');
    mine._type(1, 1, 'Sổ theo dõi công văn đến');
    const r = generate(s, META, { template: 'ke-hoach', folder });
    expect(r.ok).toBe(true);
    expect(mine._values()).toEqual([['Sổ theo dõi công văn đến']]);
    expect(s.gas.spreadsheet._sheet('Văn bản (2)')._values()[0][0]).toMatch(/^THÔNG TIN VĂN BẢN/);
    expect(ok<GenerateInit>(s.call('generateInit')).values.co_quan).toBe(META.co_quan);
  });
});

describe('many documents, Google Docs and PDF', () => {
  it('one document per model goes into one combined file: one Drive write, however many models', async () => {
    const run = async (n: number) => {
      const { s, folder } = await officeSession([['Gia Viễn', 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN GIA VIỄN', manyRows('Gia Viễn', n)]]);
      const t0 = Date.now();
      const r = generate(s, { ...META, ky_hieu: 'QĐ-LĐLĐ' }, { template: 'quyet-dinh', folder, each: true });
      const ms = Date.now() - t0;
      if (process.env.DVK_TIMING) process.stdout.write(`generate each: ${n + 5} documents in ${ms} ms\n`);
      if (!r.ok) throw new Error(r.message);
      const files = folderFiles(s, folder);
      const drive = Object.fromEntries(Object.entries(s.gas.log.snapshot()).filter(([k]) => /^(Folder|Drive|DriveApp|File|Utilities)\./.test(k)));
      return { s, files, drive, r, ms };
    };
    const small = await run(10);
    const large = await run(300);
    expect(large.drive).toEqual(small.drive);
    expect(large.drive['Folder.createFile']).toBe(1);
    expect(large.files.map((f) => f.name)).toEqual(['Quyết định số 29-QĐ-LĐLĐ ngày 06-07-2021 (mỗi mô hình một văn bản).docx']);
    const xml = part(large.files[0].bytes!, 'word/document.xml');
    // 305 documents (300 + the 5 of Hoa Lư and Y tế), each from a new page: its last section becomes a section break.
    expect(xml.match(/<w:br w:type="page"\/>|<w:p><w:pPr><w:sectPr\b/g)!.length).toBeGreaterThanOrEqual(304);
    expect(large.r.summary).toContain('305 văn bản, mỗi mô hình một văn bản, gộp trong một tệp in');
    // The same bodies as the domain's documents for each model, joined.
    const expected = expectedDocument(small.s, templateFile('quyet-dinh'), 'quyet-dinh', { ...META, ky_hieu: 'QĐ-LĐLĐ' }, true) as unknown as Uint8Array[];
    const smallXml = part(small.files[0].bytes!, 'word/document.xml');
    for (const d of expected) {
      const body = /<w:body>([\s\S]*?)<w:sectPr/.exec(part(d, 'word/document.xml'))![1];
      expect(smallXml).toContain(body);
    }
    // 305 documents in one server call, well inside Apps Script's 6 minutes (a few seconds in this vm).
    expect(large.ms).toBeLessThan(60_000);
  });

  it('saves a Google Docs copy (Drive API conversion) and a PDF exported from it, in the same folder', async () => {
    const { s, folder } = await officeSession();
    const r = generate(s, META, { template: 'bao-cao', folder, doc: true, pdf: true });
    if (!r.ok) throw new Error(r.message);
    const files = folderFiles(s, folder);
    const base = 'Báo cáo số 29-DS-LĐLĐ ngày 06-07-2021';
    expect(files.map((f) => [f.name, f.mimeType])).toEqual([
      [`${base}.docx`, MIME.docx],
      [base, MIME.gdoc],
      [`${base}.pdf`, MIME.pdf],
    ]);
    // The Google Doc is converted from the very .docx written; the PDF is exported from the Google Doc.
    expect(files[1].bytes).toEqual(files[0].bytes);
    expect(new TextDecoder().decode(files[2].bytes)).toContain(`fake export of “${base}”`);
    expect(r.files.map((f) => f.kind)).toEqual(['docx', 'gdoc', 'pdf']);
    expect(r.files[1].url).toBe(`https://docs.google.com/document/d/${files[1].id}/edit`);
    expect(s.gas.trashed.size).toBe(0);
    const calls = s.gas.log.snapshot();
    expect([calls['Folder.createFile'], calls['Drive.Files.create'], calls['File.getAs']]).toEqual([2, 1, 1]);
  });

  it('a failed conversion is a warning: the .docx is kept and said to be', async () => {
    const { s, folder } = await officeSession();
    s.gas.failWhen = (call) => call === 'Drive.Files.create';
    const r = generate(s, META, { template: 'ke-hoach', folder, doc: true, pdf: true });
    if (!r.ok) throw new Error(r.message);
    expect(r.files.map((f) => f.kind)).toEqual(['docx']);
    expect(r.warnings[0]).toBe(
      'Không tạo được bản Google Tài liệu (Service error: Drive.Files.create failed. Please try again later.); tệp .docx vẫn đã được lưu.',
    );
    expect(folderFiles(s, folder).map((f) => f.mimeType)).toEqual([MIME.docx]);
    // A PDF alone whose export fails: the Google Doc made for it is kept and listed, not left unmentioned.
    s.gas.failWhen = (call) => call === 'File.getAs';
    const pdf = generate(s, META, { template: 'ke-hoach', folder, pdf: true });
    if (!pdf.ok) throw new Error(pdf.message);
    expect(pdf.files.map((f) => f.kind)).toEqual(['docx', 'gdoc']);
    expect(pdf.warnings[0]).toMatch(/^Không tạo được bản PDF \(Service error: File\.getAs failed/);
    expect(s.gas.trashed.size).toBe(0);
  });

  it('a PDF alone: the Google Doc made to export it goes to the trash', async () => {
    const { s, folder } = await officeSession();
    const r = generate(s, META, { template: 'ke-hoach', folder, pdf: true });
    if (!r.ok) throw new Error(r.message);
    expect(r.files.map((f) => f.kind)).toEqual(['docx', 'pdf']);
    const gdoc = folderFiles(s, folder).find((f) => f.mimeType === MIME.gdoc)!;
    expect([...s.gas.trashed]).toEqual([gdoc.id]);
  });

  it('a slow Drive leaves no time for the copies: the .docx is saved, the Google Doc and PDF are skipped and said to be', async () => {
    const { s, folder } = await officeSession();
    s.gas.delays.set('Folder.createFile', 5 * 60_000); // the .docx write alone takes five minutes
    const r = generate(s, META, { template: 'danh-sach', folder, doc: true, pdf: true });
    if (!r.ok) throw new Error(r.message);
    expect(folderFiles(s, folder).map((f) => f.mimeType)).toEqual([MIME.docx]);
    expect(r.files.map((f) => f.kind)).toEqual(['docx']);
    expect(r.warnings.slice(0, 2).map(seconds)).toEqual([
      'Chưa tạo bản Google Tài liệu: lần chạy này đã dùng 5 phút … giây, không còn đủ thời gian trước giới hạn 6 phút của Apps Script. ' +
        'Tệp .docx đã được lưu; để có bản Google Tài liệu, hãy mở tệp đó trên Google Drive và chọn “Mở bằng” → “Google Tài liệu”.',
      'Chưa tạo bản PDF: lần chạy này đã dùng 5 phút … giây, không còn đủ thời gian trước giới hạn 6 phút của Apps Script. ' +
        'Tệp .docx đã được lưu; để có bản PDF, hãy mở tệp đó bằng Google Tài liệu rồi chọn “Tệp” → “Tải xuống” → “Tài liệu PDF (.pdf)”.',
    ]);
    expect(s.gas.log.byName.get('Drive.Files.create')).toBeUndefined();
    expect(r.summary).toContain('Đã lưu 1 tệp');
  });

  it('a slow conversion leaves no time for the PDF: the Google Doc is kept and the PDF skipped, said how to get it', async () => {
    const { s, folder } = await officeSession();
    s.gas.delays.set('Drive.Files.create', 5 * 60_000);
    const r = generate(s, META, { template: 'danh-sach', folder, pdf: true, doc: true });
    if (!r.ok) throw new Error(r.message);
    expect(r.files.map((f) => f.kind)).toEqual(['docx', 'gdoc']);
    expect(seconds(r.warnings[0])).toBe(
      'Chưa tạo bản PDF: lần chạy này đã dùng 5 phút … giây, không còn đủ thời gian trước giới hạn 6 phút của Apps Script. ' +
        'Để có bản PDF, hãy mở bản Google Tài liệu vừa tạo và chọn “Tệp” → “Tải xuống” → “Tài liệu PDF (.pdf)”.',
    );
    expect(s.gas.log.byName.get('File.getAs')).toBeUndefined();
    // Asked for the PDF alone: the Google Doc made for it stays (and is listed), since the PDF could not be made.
    const again = await officeSession();
    again.s.gas.delays.set('Drive.Files.create', 5 * 60_000);
    const pdfOnly = generate(again.s, META, { template: 'danh-sach', folder: again.folder, pdf: true });
    if (!pdfOnly.ok) throw new Error(pdfOnly.message);
    expect(pdfOnly.files.map((f) => f.kind)).toEqual(['docx', 'gdoc']);
    expect(again.s.gas.trashed.size).toBe(0);
  });

  it('time is counted from the start of the call: a slow start leaves no time to render, and nothing is written', async () => {
    const { s, folder } = await officeSession();
    s.gas.delays.set('Utilities.base64Decode', 4.6 * 60_000); // loading the built-in template (a slow engine start)
    const r = generate(s, META, { template: 'danh-sach', folder });
    expect(r.ok).toBe(false);
    expect(seconds(r.ok ? '' : r.message)).toBe(
        'Lần chạy này đã dùng 4 phút … giây để đọc dữ liệu và mẫu văn bản, không còn đủ thời gian soạn văn bản trước giới hạn 6 phút của Apps Script; ' +
        'chưa ghi tệp nào. Hãy thử lại sau ít phút (Google Drive hoặc Apps Script có thể đang chậm).',
    );
    expect(folderFiles(s, folder)).toEqual([]);
    // One document per model: the loop's budget is the call's too.
    const each = await officeSession();
    each.s.gas.delays.set('Range.getValues', 90_000); // reading “Tổng hợp” (and the rest) is slow
    each.s.gas.delays.set('Utilities.base64Decode', 3 * 60_000);
    const e = generate(each.s, { ...META, ky_hieu: 'QĐ-LĐLĐ' }, { template: 'quyet-dinh', folder: each.folder, each: true });
    expect(e.ok).toBe(false);
    expect(e.ok ? '' : e.message).toMatch(/^(Quá nhiều văn bản cho một lần chạy: sau 4,5 phút|Lần chạy này đã dùng \d phút \d+ giây để đọc dữ liệu)/);
    expect(folderFiles(each.s, each.folder)).toEqual([]);
  });

  it('without the Drive advanced service, asking for a copy is refused before anything is written', async () => {
    const s0 = await officeSession();
    const s = s0.s;
    // A fresh bundle without the `Drive` global, on the same fake services.
    s.gas.advancedDrive = false;
    const ctx = s.ctx as Record<string, unknown>;
    delete ctx.Drive;
    const r = generate(s, META, { template: 'ke-hoach', folder: s0.folder, doc: true });
    expect(r).toEqual({ ok: false, message: GEN_TEXT.noDriveService });
    expect(folderFiles(s, s0.folder)).toEqual([]);
  });

  it('explains a missing or wrong folder, a missing “Tổng hợp”, and writes nothing', async () => {
    const s = session();
    s.run('menuSetup()');
    const msg = (over: Partial<GenerateSettings>) => {
      const r = generate(s, META, over);
      return r.ok ? '' : r.message;
    };
    expect(msg({ folder: '' })).toBe(GEN_TEXT.noFolder);
    expect(msg({ folder: 'thư mục của tôi' })).toBe(GEN_TEXT.badFolder('thư mục của tôi'));
    expect(msg({ folder: '1NoSuchFolderXXXXXXXXXXX' })).toMatch(/^Không mở được thư mục Google Drive có mã “1NoSuchFolderXXXXXXXXXXX”/);
    const folder = s.gas.addFolder('Đầu ra');
    expect(msg({ folder, template: 'danh-sach', data: 'master' })).toBe(GEN_TEXT.noMaster('Tổng hợp'));
    expect(msg({ folder, template: 'danh-sach', data: 'tabs' })).toBe(GEN_TEXT.noLists);
    expect(folderFiles(s, folder)).toEqual([]);
    // A plan needs no lists.
    expect(msg({ folder, template: 'ke-hoach', data: 'master' })).toBe('');
    expect(s.logs).toEqual([]);
  });

  it('the lists on the tabs, when there is no “Tổng hợp”', async () => {
    const s = session({ name: 'Danh sách Hoa Lư' });
    s.run('menuSetup()');
    addListTab(s.gas.spreadsheet, 'Hoa Lư', 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN HOA LƯ', HOA_LU);
    const folder = s.gas.addFolder('Đầu ra');
    const r = generate(s, META, { template: 'danh-sach', data: 'tabs', folder });
    if (!r.ok) throw new Error(r.message);
    expect(r.summary).toContain('(3 mô hình); dữ liệu: các trang tính của tệp này.');
    const text = paragraphs(part(folderFiles(s, folder)[0].bytes!, 'word/document.xml')).join('\n');
    for (const row of HOA_LU) expect(text).toContain(String(row[2]));
    expect(raw(s.gas.spreadsheet)._sheets.map((x) => x._name)).not.toContain('Tổng hợp');
  });
});

describe('the document engine is loaded only when a document is made', () => {
  it('Code.js holds no docxtemplater; menus other than Soạn văn bản never evaluate DocEngine.js', async () => {
    const { GAS_DIR } = await import('./session');
    const code = readFileSync(join(GAS_DIR, 'Code.js'), 'utf8');
    const engine = readFileSync(join(GAS_DIR, 'DocEngine.js'), 'utf8');
    expect(code).not.toContain('multi_error');
    expect(engine).toContain('multi_error');
    expect(engine.startsWith('var DVK_ENGINE_SOURCE="')).toBe(true);
    // Everything but the engine (every menu, the collection menus, the built-in presets of both phases included)
    // stays well under the engine's size.
    expect(code.length).toBeLessThan(288 * 1024);
    expect(code.length).toBeLessThan(engine.length * 0.6);

    // Without DocEngine.js the other menus work as before: they never need the engine.
    const s = session();
    expect(s.run('typeof DVK_ENGINE_SOURCE')).toBe('string');
    s.run('DVK_ENGINE_SOURCE = undefined');
    s.call('onOpen', { authMode: 'LIMITED' });
    s.call('menuSetup');
    s.call('menuValidate');
    expect(s.logs.filter((l) => l.level === 'error')).toEqual([]);
    expect(s.gas.spreadsheet.getSheetByName('Kết quả kiểm tra')).not.toBeNull();
  });
});

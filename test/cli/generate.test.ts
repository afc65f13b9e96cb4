import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { CLI, dvk, ROOT } from './run';

const SAMPLES = join(ROOT, 'samples/danh-sach');
const META = (name: string) => join(ROOT, 'samples/van-ban', `${name}.json`);
const tmp = () => mkdtempSync(join(tmpdir(), 'dvk-gen-'));
const part = (file: string, name: string) => new PizZip(readFileSync(file)).file(name)?.asText() ?? '';
const text = (file: string) =>
  part(file, 'word/document.xml')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice']).status === 0 && spawnSync('sh', ['-c', 'command -v pdftotext']).status === 0;

describe('dvk generate with the built-in templates', () => {
  const dir = tmp();
  it.each([
    ['ke-hoach', 'KẾ HOẠCH', 'Số: 21/KH-LĐLĐ'],
    ['huong-dan', 'HƯỚNG DẪN', 'Số: 29/HD-LĐLĐ'],
    ['danh-sach', 'DANH SÁCH', 'Số: 35/DS-LĐLĐ'],
    ['bao-cao', 'BÁO CÁO', 'Số: 36/BC-LĐLĐ'],
    ['quyet-dinh', 'QUYẾT ĐỊNH', 'Số: 102/QĐ-LĐLĐ'],
  ])('%s', (name, title, numberLine) => {
    const out = join(dir, `${name}.docx`);
    const r = dvk(['generate', name, '--meta', META(name), '--data', SAMPLES, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Đã ghi ${out}`);
    const t = text(out);
    expect(t).toContain(title);
    expect(t).toContain(numberLine);
    expect(t).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(t).toContain('Lê Thị Mai Thủy');
    expect(t).not.toMatch(/undefined|NaN|\[object/);
    // The e-office metadata travels in the file's properties.
    expect(part(out, 'docProps/core.xml')).toContain(numberLine.replace('Số: ', ''));
  });

  it('the consolidated list holds every counted model, grouped by unit', () => {
    const t = text(join(dir, 'danh-sach.docx'));
    const json = JSON.parse(dvk(['aggregate', SAMPLES, '--json']).stdout);
    expect(json.models.length).toBeGreaterThan(20);
    for (const m of json.models) expect(t).toContain(m.model);
    expect(t).toContain('Liên đoàn Lao động huyện Hoa Lư');
  });

  it('takes the JSON of dvk aggregate as data', () => {
    const json = join(dir, 'tong-hop.json');
    writeFileSync(json, dvk(['aggregate', SAMPLES, '--json']).stdout);
    const out = join(dir, 'bao-cao-json.docx');
    expect(dvk(['generate', 'bao-cao', '--meta', META('bao-cao'), '--data', json, '--out', out]).status).toBe(0);
    expect(text(out)).toBe(text(join(dir, 'bao-cao.docx')));
  });
});

describe('dvk generate --each', () => {
  it('writes one document per model and one combined print file', () => {
    const dir = tmp();
    const out = join(dir, 'quyet-dinh-tung-mo-hinh.docx');
    const r = dvk(['generate', 'quyet-dinh', '--meta', META('quyet-dinh'), '--data', join(SAMPLES, 'cd-nganh-y-te.xlsx'), '--out', out, '--each']);
    expect(r.status).toBe(0);
    const files = readdirSync(join(dir, 'quyet-dinh-tung-mo-hinh')).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^1-.+\.docx$/);
    const combined = part(out, 'word/document.xml');
    // The second decision starts on a new page: the first one's last section ends with a section break.
    expect(combined.match(/<w:br w:type="page"\/>|<w:p><w:pPr><w:sectPr\b/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
    for (const f of files) {
      const one = text(join(dir, 'quyet-dinh-tung-mo-hinh', f));
      expect(one).toContain('QUYẾT ĐỊNH');
    }
    expect(text(out).split('QUYẾT ĐỊNH').length - 1).toBe(2 * (text(join(dir, 'quyet-dinh-tung-mo-hinh', files[0])).split('QUYẾT ĐỊNH').length - 1));
  });
});

describe('dvk generate problems', () => {
  it('a broken custom template: every problem in Vietnamese with its tag, nothing written, exit 1', () => {
    const dir = tmp();
    const zip = new PizZip(readFileSync(join(ROOT, 'templates/bao-cao.docx')));
    const xml = zip.file('word/document.xml')!.asText();
    const broken = '<w:p><w:r><w:t>{ten_khong_co} {#don_vi} {tong_so</w:t></w:r></w:p>';
    zip.file('word/document.xml', xml.replace('<w:body>', `<w:body>${broken}`));
    const tpl = join(dir, 'mau-loi.docx');
    writeFileSync(tpl, zip.generate({ type: 'nodebuffer' }));
    const out = join(dir, 'ra.docx');
    const r = dvk(['generate', tpl, '--meta', META('bao-cao'), '--data', SAMPLES, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/Mẫu văn bản .*mau-loi\.docx có \d+ lỗi, chưa ghi tệp nào/);
    expect(r.stdout).toContain('{#don_vi}');
    expect(r.stdout).toContain('tong_so');
    expect(existsSync(out)).toBe(false);
  });

  it('a hostile or broken custom template: a Vietnamese problem naming the file and the part, no stack, nothing written', () => {
    const dir = tmp();
    const zip = new PizZip(readFileSync(join(ROOT, 'templates/bao-cao.docx')));
    const rels = zip.file('word/_rels/document.xml.rels')!.asText();
    const image = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
    zip.file('word/_rels/document.xml.rels', rels.replace('</Relationships>', () => `<Relationship Id="rId99" Type="${image}" Target="../../etc/passwd"/></Relationships>`));
    const hostile = join(dir, 'mau-doc-hai.docx');
    writeFileSync(hostile, zip.generate({ type: 'nodebuffer' }));
    const notZip = join(dir, 'mau-hong.docx');
    writeFileSync(notZip, 'không phải tệp Word');
    for (const [tpl, words] of [
      [hostile, 'Quan hệ “rId99” trong phần “word/_rels/document.xml.rels” trỏ ra ngoài tệp mẫu (“../../etc/passwd”)'],
      [notZip, 'Không mở được tệp mẫu: không phải tệp .docx (Word 2007 trở lên).'],
    ]) {
      const out = join(dir, 'ra.docx');
      const r = dvk(['generate', tpl, '--meta', META('bao-cao'), '--data', SAMPLES, '--out', out]);
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain(`Mẫu văn bản ${tpl} có 1 lỗi, chưa ghi tệp nào`);
      expect(r.stdout).toContain(words);
      expect(r.stdout).not.toMatch(/Error|\n\s+at /);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('missing or bad metadata: exit 2 with every problem', () => {
    const dir = tmp();
    expect(dvk(['generate', 'bao-cao', '--out', join(dir, 'a.docx')]).stderr).toContain('Thiếu --meta');
    const bad = join(dir, 'meta.json');
    writeFileSync(bad, JSON.stringify({ co_quan: '', ky_hieu: '29/HD-LĐLĐ', ngay: '2021-02-30', the_thuc: 'khac' }));
    const r = dvk(['generate', 'bao-cao', '--meta', bad, '--out', join(dir, 'a.docx')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('thông tin văn bản không hợp lệ');
    for (const key of ['co_quan', 'ky_hieu', 'ngay', 'the_thuc', 'dia_danh']) expect(r.stderr).toContain(`- ${key}:`);
  });

  it('an unknown template name, a missing data file', () => {
    const dir = tmp();
    expect(dvk(['generate', 'giay-khen', '--meta', META('bao-cao'), '--out', join(dir, 'a.docx')]).stderr).toContain('Không có mẫu “giay-khen”');
    const r = dvk(['generate', 'bao-cao', '--meta', META('bao-cao'), '--data', join(dir, 'khong-co.xlsx'), '--out', join(dir, 'a.docx')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('khong-co.xlsx: không tìm thấy tệp.');
  });

  it('--pdf without LibreOffice says so clearly and still writes the .docx', () => {
    const dir = tmp();
    const out = join(dir, 'bao-cao.docx');
    const r = spawnSync(process.execPath, [CLI, 'generate', 'bao-cao', '--meta', META('bao-cao'), '--data', SAMPLES, '--out', out, '--pdf'], {
      encoding: 'utf8',
      env: { ...process.env, PATH: dir },
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('Không tìm thấy LibreOffice');
    expect(existsSync(out)).toBe(true);
    expect(existsSync(join(dir, 'bao-cao.pdf'))).toBe(false);
  });

  it.runIf(hasSoffice || process.env.CI)('--pdf converts with LibreOffice; the PDF holds the header lines', () => {
    const dir = tmp();
    const out = join(dir, 'huong-dan.docx');
    const r = dvk(['generate', 'huong-dan', '--meta', META('huong-dan'), '--out', out, '--pdf']);
    expect(r.status).toBe(0);
    const pdfText = execFileSync('pdftotext', ['-layout', join(dir, 'huong-dan.pdf'), '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(pdfText).toContain('Số: 29/HD-LĐLĐ');
    expect(pdfText).toContain('Ninh Bình, ngày 06 tháng 7 năm 2021');
  });
});

describe('dvk generate quyet-dinh for one recognition level', () => {
  it('covers exactly the models recognised at that level; an unknown level is a metadata problem', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const dir = tmp();
    const master = join(dir, 'tong-hop.xlsx');
    dvk(['aggregate', SAMPLES, '--out', master]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(master);
    const ws = wb.getWorksheet('Tổng hợp')!;
    const head = Array.from(ws.getRow(1).values as unknown[], (v) => String(v ?? ''));
    const level = head.indexOf('Cấp công nhận');
    const model = head.indexOf('Tên mô hình hoặc điển hình');
    const recognised = [String(ws.getRow(2).getCell(model).value), String(ws.getRow(5).getCell(model).value)];
    ws.getRow(2).getCell(level).value = 'Tỉnh';
    ws.getRow(5).getCell(level).value = 'cấp tỉnh';
    ws.getRow(7).getCell(level).value = 'Cơ sở';
    await wb.xlsx.writeFile(master);

    const meta = join(dir, 'qd.json');
    writeFileSync(meta, JSON.stringify({ ...JSON.parse(readFileSync(META('quyet-dinh'), 'utf8')), cap_cong_nhan: 'tinh' }));
    const out = join(dir, 'qd.docx');
    const r = dvk(['generate', 'quyet-dinh', '--meta', meta, '--data', master, '--out', out, '--each']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2 mô hình được công nhận cấp Tỉnh');
    expect(readdirSync(join(dir, 'qd'))).toHaveLength(2);
    const t = text(out);
    for (const m of recognised) expect(t).toContain(m);
    expect(t).not.toContain(String(ws.getRow(7).getCell(model).value));

    writeFileSync(meta, JSON.stringify({ ...JSON.parse(readFileSync(META('quyet-dinh'), 'utf8')), cap_cong_nhan: 'trung-uong' }));
    const bad = dvk(['generate', 'quyet-dinh', '--meta', meta, '--data', master, '--out', join(dir, 'x.docx')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('cap_cong_nhan');
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
  });
});

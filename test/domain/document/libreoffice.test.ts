// Converts every built-in document to PDF with LibreOffice and reads the PDF text back (pdftotext, poppler-utils).
// Skipped when soffice is absent, except in CI where it must be there.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocument } from '../../../src/domain/document/render';
import { docxOwnership, pdfOwnership } from '../../../src/domain/document/stamp';
import { BUILTIN_TEMPLATES, type BuiltinName } from '../../../src/domain/document/templates';
import { FIXED_NOW, FOLLOWED, FOLLOWED_UP, MODELS, PARTY_META, REGISTERED, STATE_META, meta, ninhBinh } from './fixtures';
import { templateBytes } from './helpers';

const has = (cmd: string, arg: string) => spawnSync(cmd, [arg], { stdio: 'ignore' }).status === 0;
const available = has('soffice', '--version') && has('pdftotext', '-v');
if (!available && process.env.CI) throw new Error('CI needs LibreOffice (soffice) and poppler-utils (pdftotext) for the PDF test');

const NAMES = Object.keys(BUILTIN_TEMPLATES) as BuiltinName[];
const PROFILES = { 'nha-nuoc': STATE_META, dang: PARTY_META } as const;
type Profile = keyof typeof PROFILES;

describe.skipIf(!available)('PDF through LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dvk-pdf-'));
  const config = ninhBinh();
  const file = (name: BuiltinName, profile: Profile) => join(dir, `${name}.${profile}`);

  beforeAll(() => {
    const docs: string[] = [];
    for (const name of NAMES)
      for (const profile of Object.keys(PROFILES) as Profile[]) {
        const abbr = BUILTIN_TEMPLATES[name].abbr;
        const m = meta(PROFILES[profile], { ky_hieu: profile === 'dang' ? `${abbr}/ĐU` : `${abbr}-LĐLĐ` });
        const r = renderDocument(templateBytes(name), { meta: m, config, aggregate: REGISTERED, template: name }, { now: FIXED_NOW });
        expect(r.problems).toEqual([]);
        writeFileSync(`${file(name, profile)}.docx`, r.bytes!);
        docs.push(`${file(name, profile)}.docx`);
      }
    // A year on: the report with its results, and the decision at one recognition level.
    const followed = { aggregate: FOLLOWED_UP };
    for (const [name, patch] of [['bao-cao', {}], ['quyet-dinh', { cap_cong_nhan: 'tinh' }]] as const) {
      const m = meta(STATE_META, { ky_hieu: `${BUILTIN_TEMPLATES[name].abbr}-LĐLĐ`, ...patch });
      const r = renderDocument(templateBytes(name), { meta: m, config, ...followed, template: name }, { now: FIXED_NOW });
      expect(r.problems).toEqual([]);
      writeFileSync(join(dir, `${name}.theo-doi.docx`), r.bytes!);
      docs.push(join(dir, `${name}.theo-doi.docx`));
    }
    // A file the tool did not write: the template itself.
    writeFileSync(join(dir, 'mau.docx'), templateBytes('ke-hoach'));
    docs.push(join(dir, 'mau.docx'));
    // One LibreOffice run for all documents, with its own profile so it never meets a running instance.
    const profile = `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`;
    execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...docs], { stdio: 'ignore', timeout: 120_000 });
    // PDF/A-2b, as a signing tool may ask for: the keywords go into the XMP packet as well.
    const pdfa = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}';
    execFileSync('soffice', [profile, '--headless', '--convert-to', pdfa, '--outdir', join(dir, 'pdfa'), `${file('ke-hoach', 'nha-nuoc')}.docx`], {
      stdio: 'ignore',
      timeout: 120_000,
    });
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const text = (name: BuiltinName, profile: Profile, args: string[] = []) =>
    execFileSync('pdftotext', ['-layout', ...args, `${file(name, profile)}.pdf`, '-'], { encoding: 'utf8' });
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  // Justified lines: with some fonts pdftotext -layout splits a word where LibreOffice stretched the spacing
  // (“tri ển khai”). Sentences are compared without any whitespace: every letter, digit and mark still in order.
  const dense = (s: string) => s.replace(/\s+/g, '');

  it.each(NAMES)('%s (nhà nước): the header lines, number and date on one line', (name) => {
    expect(readFileSync(`${file(name, 'nha-nuoc')}.pdf`).subarray(0, 5).toString()).toBe('%PDF-');
    const t = text(name, 'nha-nuoc');
    expect(t).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(t).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(flat(t)).toContain('LIÊN ĐOÀN LAO ĐỘNG TỈNH');
    const abbr = BUILTIN_TEMPLATES[name].abbr;
    const line = t.split('\n').find((l) => l.includes(`Số: 29/${abbr}-LĐLĐ`));
    expect(line, 'number line').toBeDefined();
    expect(line).toContain('Ninh Bình, ngày 06 tháng 7 năm 2021');
    expect(t).toContain(BUILTIN_TEMPLATES[name].typeName.toUpperCase());
    expect(t).toContain('Nơi nhận:');
    expect(t).toContain('Lê Thị Mai Thủy');
    expect(t).not.toMatch(/undefined|\{[#/^@]?[a-z_]+\}/);
  });

  it.each(NAMES)('%s (Đảng): “ĐẢNG CỘNG SẢN VIỆT NAM”, “Số 09-…/ĐU”, T/M', (name) => {
    const t = text(name, 'dang');
    expect(t).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(t).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const line = t.split('\n').find((l) => l.includes(`Số 09-${BUILTIN_TEMPLATES[name].abbr}/ĐU`));
    expect(line, 'number line').toBeDefined();
    expect(line).toContain('Thạch Hà, ngày 26 tháng 02 năm 2021');
    expect(t).toContain('T/M ĐẢNG ỦY');
  });

  it('every PDF made from our .docx carries the marker in its metadata; the template’s PDF does not; none is signed', () => {
    for (const name of NAMES)
      for (const profile of Object.keys(PROFILES) as Profile[]) {
        expect(docxOwnership(readFileSync(`${file(name, profile)}.docx`)), `${name} ${profile}`).toBe('ours');
        expect(pdfOwnership(readFileSync(`${file(name, profile)}.pdf`)), `${name} ${profile}`).toEqual({ ours: true, signed: false });
      }
    // LibreOffice writes the keywords into the Info dictionary as UTF-16BE hex: /Keywords<FEFF…>.
    const pdf = readFileSync(`${file('ke-hoach', 'nha-nuoc')}.pdf`).toString('latin1');
    expect(pdf).toMatch(/\/Keywords\s*<FEFF[0-9A-F]+>/);
    expect(pdf).not.toContain('DVK-');
    expect(pdfOwnership(readFileSync(join(dir, 'mau.pdf')))).toEqual({ ours: false, signed: false });
    // PDF/A: the marker also in the XMP packet, in plain text.
    const a = readFileSync(join(dir, 'pdfa', 'ke-hoach.nha-nuoc.pdf'));
    expect(a.toString('latin1')).toMatch(/<pdf:Keywords>[^<]*DVK-[0-9a-z]{14}<\/pdf:Keywords>/);
    expect(pdfOwnership(a)).toEqual({ ours: true, signed: false });
  });

  it('numbers pages from page 2, in the top margin', () => {
    const page = (n: number) => text('ke-hoach', 'nha-nuoc', ['-f', String(n), '-l', String(n)]).split('\n').map((l) => l.trim()).filter(Boolean);
    expect(page(1)[0]).not.toBe('1');
    expect(page(1)[0]).toContain('TỔNG LIÊN ĐOÀN LAO ĐỘNG');
    expect(page(2)[0]).toBe('2');
  });

  it('keeps the list table readable: every model and the total row', () => {
    const t = dense(text('danh-sach', 'nha-nuoc'));
    for (const m of MODELS) expect(t).toContain(dense(m.model.split(' ').slice(0, 3).join(' ')));
    expect(t).toContain(dense('Tổng cộng: 11 mô hình'));
    expect(t).toContain(dense('I. Công đoàn ngành Giáo dục (03 mô hình)'));
  });

  it('the report a year on: the results sentence and tables read in order on the page', () => {
    const t = execFileSync('pdftotext', ['-layout', join(dir, 'bao-cao.theo-doi.pdf'), '-'], { encoding: 'utf8' });
    const d = dense(t);
    expect(d).toContain(dense('II. KẾT QUẢ THỰC HIỆN MÔ HÌNH, ĐIỂN HÌNH'));
    expect(d).toContain(dense('III. ĐÁNH GIÁ CHUNG'));
    expect(d).toContain(dense('có 7 mô hình triển khai hiệu quả (63,6%)'));
    // The sections in order: the results come between the registration and the assessment.
    expect(d.indexOf(dense('II. KẾT QUẢ THỰC HIỆN'))).toBeLessThan(d.indexOf(dense('có 7 mô hình triển khai')));
    expect(d.indexOf(dense('có 7 mô hình triển khai'))).toBeLessThan(d.indexOf(dense('III. ĐÁNH GIÁ CHUNG')));
    // Each row on one line: label, registered, effective, recognised, Cơ sở, Huyện…, Tỉnh, proposed.
    expect(t).toMatch(/Tổng số +11 +7 +6 +2 +1 +3 +3\n/);
    expect(t).toMatch(/Tập thể +9 +5 +4 +2 +1 +1 +2\n/);
    expect(t).toMatch(/Cá nhân +2 +2 +2 +0 +0 +2 +1\n/);
    expect(t).toMatch(/Xây dựng hệ thống chính trị +2 +1 +1 +0 +0 +1 +1\n/);
    expect(t).toMatch(/Tổng cộng +11 +7 +6 +2 +1 +3 +3\n/);
  });

  it('the decision at one level: the level in Điều 1 and the list title, only its models', () => {
    const f = dense(execFileSync('pdftotext', ['-layout', join(dir, 'quyet-dinh.theo-doi.pdf'), '-'], { encoding: 'utf8' }));
    expect(f).toContain(dense('Công nhận 3 mô hình, điển hình “Dân vận khéo” cấp tỉnh của 3 cơ quan, đơn vị'));
    expect(f).toContain(dense('ĐƯỢC CÔNG NHẬN CẤP TỈNH'));
    const start = (i: number) => dense(FOLLOWED[i].model.split(' ').slice(0, 3).join(' ')); // cells wrap: the first words stay on one line
    for (const i of [2, 4, 8]) expect(f).toContain(start(i));
    for (const i of [0, 3, 6, 10]) expect(f).not.toContain(start(i));
  });
});

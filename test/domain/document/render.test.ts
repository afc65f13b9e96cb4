// Rendering: golden documents, NĐ 30 layout, properties, template problems, missing data (UPDATE=1 rewrites golden/).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentMetaInput } from '../../../src/domain/document/meta';
import { renderDocument, renderTemplate, type RenderResult } from '../../../src/domain/document/render';
import { TAGS } from '../../../src/domain/document/tags';
import { BUILTIN_TEMPLATES, type BuiltinName } from '../../../src/domain/document/templates';
import type { Aggregate } from '../../../src/domain/aggregate';
import { FIXED_NOW, FOLLOWED, FOLLOWED_UP, MODELS, PARTY_META, REGISTERED, STATE_META, WARD_FRONT_META, WARD_PARTY_META, aggregateOf, meta, ninhBinh } from './fixtures';
import { P, TABLE, TEMPLATES_DIR, addPart, hasPart, makeDocx, paragraphs, part, prettyXml, rowCellsWith, runProps, templateBytes, withPart } from './helpers';

const NAMES = Object.keys(BUILTIN_TEMPLATES) as BuiltinName[];
const config = ninhBinh();
const GOLDEN = join(__dirname, 'golden');

const PROFILES = { 'nha-nuoc': STATE_META, dang: PARTY_META } as const;

/** A year on: the officer's follow-up recorded, and the funnel the aggregation counts from it. */
const followed = FOLLOWED_UP;

/** Each built-in template with a symbol of its own type, in either profile (by default: the lists right after registration). */
function render(
  name: BuiltinName,
  profile: keyof typeof PROFILES = 'nha-nuoc',
  patch: Partial<DocumentMetaInput> = {},
  aggregate: Aggregate = REGISTERED,
): RenderResult {
  const abbr = BUILTIN_TEMPLATES[name].abbr;
  const kyHieu = profile === 'dang' ? `${abbr}/ĐU` : `${abbr}-LĐLĐ`;
  return renderDocument(templateBytes(name), { meta: meta(PROFILES[profile], { ky_hieu: kyHieu, ...patch }), config, aggregate, template: name }, { now: FIXED_NOW });
}

function ok(r: RenderResult): Uint8Array {
  expect(r.problems).toEqual([]);
  expect(r.bytes).not.toBeNull();
  return r.bytes!;
}

describe('golden documents', () => {
  // Every template in the state profile; the Party header and signature come from the same blocks, so two suffice.
  // The decision is at one recognition level; the report exists both right after registration and a year on.
  type Case = [file: string, name: BuiltinName, profile: keyof typeof PROFILES, patch?: Partial<DocumentMetaInput>, input?: typeof followed];
  const level = { cap_cong_nhan: 'tinh' };
  const cases: Case[] = [
    ...NAMES.filter((n) => n !== 'quyet-dinh').map((n): Case => [n, n, 'nha-nuoc']),
    ['bao-cao.ket-qua', 'bao-cao', 'nha-nuoc', {}, followed],
    ['quyet-dinh', 'quyet-dinh', 'nha-nuoc', level, followed],
    ['ke-hoach', 'ke-hoach', 'dang'],
    ['quyet-dinh', 'quyet-dinh', 'dang', level, followed],
  ];
  it.each(cases)('%s (%s, %s)', (fileName, name, profile, patch, input) => {
    const r = render(name, profile, patch, input);
    expect(r.warnings).toEqual([]);
    const xml = prettyXml(part(ok(r), 'word/document.xml'));
    expect(xml).not.toMatch(/undefined|\{[#^/@]?[a-z_.]+\}/);
    const file = join(GOLDEN, `${fileName}.${profile}.xml`);
    if (process.env.UPDATE && !process.env.CI) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, xml);
    }
    expect(existsSync(file), `missing golden file ${file}: run UPDATE=1 npx vitest run test/domain/document`).toBe(true);
    expect(xml).toBe(readFileSync(file, 'utf8'));
  });

  it('is byte-identical for a fixed time and changes with the time', () => {
    const a = ok(render('danh-sach'));
    const b = ok(render('danh-sach'));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const later = renderDocument(templateBytes('danh-sach'), { meta: meta(), config, aggregate: REGISTERED }, { now: new Date('2022-01-01T00:00:00Z') });
    expect(Buffer.from(ok(later)).equals(Buffer.from(a))).toBe(false);
  });

  it('the committed templates are what scripts/build-templates.mjs builds', () => {
    const out = mkdtempSync(join(tmpdir(), 'dvk-templates-'));
    execFileSync(process.execPath, [join(TEMPLATES_DIR, '..', 'scripts', 'build-templates.mjs'), '--out', out]);
    for (const name of NAMES) {
      const built = readFileSync(join(out, `${name}.docx`));
      expect(built.equals(Buffer.from(templateBytes(name))), `${name}.docx is stale: run node scripts/build-templates.mjs`).toBe(true);
    }
  });
});

describe('layout (NĐ 30/2020 Phụ lục I)', () => {
  const sections = (xml: string) => [...xml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
  const attr = (el: string, name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(el)?.[1]);

  it.each(NAMES)('%s: A4, margins inside the NĐ 30 ranges, page numbers from page 2', (name) => {
    const docx = templateBytes(name);
    const xml = part(docx, 'word/document.xml');
    const secs = sections(xml);
    expect(secs.length).toBeGreaterThan(0);
    for (const s of secs) {
      const size = /<w:pgSz [^>]*\/>/.exec(s)![0];
      const [w, h] = [attr(size, 'w'), attr(size, 'h')];
      const landscape = size.includes('w:orient="landscape"');
      expect(landscape ? [h, w] : [w, h]).toEqual([11906, 16838]);
      const mar = /<w:pgMar [^>]*\/>/.exec(s)![0];
      expect(attr(mar, 'top')).toBeGreaterThanOrEqual(1134); // 20 mm
      expect(attr(mar, 'top')).toBeLessThanOrEqual(1417); // 25 mm
      expect(attr(mar, 'bottom')).toBeGreaterThanOrEqual(1134);
      expect(attr(mar, 'bottom')).toBeLessThanOrEqual(1417);
      expect(attr(mar, 'left')).toBeGreaterThanOrEqual(1701); // 30 mm
      expect(attr(mar, 'left')).toBeLessThanOrEqual(1984); // 35 mm
      expect(attr(mar, 'right')).toBeGreaterThanOrEqual(851); // 15 mm
      expect(attr(mar, 'right')).toBeLessThanOrEqual(1134); // 20 mm
    }
    // Page 1 takes the empty first-page header; the default header has a centred PAGE field.
    expect(secs[0]).toContain('<w:titlePg/>');
    const rels = part(docx, 'word/_rels/document.xml.rels');
    const target = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"/>`).exec(secs[0])![1];
      return new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1];
    };
    const first = part(docx, `word/${target('first')}`);
    const page = part(docx, `word/${target('default')}`);
    expect(first).not.toContain('PAGE');
    expect(page).toContain('<w:instrText xml:space="preserve"> PAGE </w:instrText>');
    expect(page).toContain('<w:jc w:val="center"/>');
  });

  it('lays the list and the registration-form annex on landscape pages (NĐ 30 allows it for tables)', () => {
    const orient = (name: BuiltinName) =>
      sections(part(templateBytes(name), 'word/document.xml')).map((s) => s.includes('w:orient="landscape"'));
    expect(orient('danh-sach')).toEqual([true]);
    expect(orient('huong-dan')).toEqual([false, true]);
    expect(orient('ke-hoach')).toEqual([false]);
  });

  it.each(NAMES)('%s: Times New Roman only, 14 pt body, justified with a 1 cm first-line indent and 6 pt after', (name) => {
    const docx = templateBytes(name);
    const styles = part(docx, 'word/styles.xml');
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0];
    for (const a of ['ascii', 'hAnsi', 'eastAsia', 'cs']) expect(defaults).toContain(`w:${a}="Times New Roman"`);
    expect(defaults).toContain('<w:sz w:val="28"/>');
    expect(defaults).toContain('<w:color w:val="000000"/>');
    const rFonts = [...(styles + part(docx, 'word/document.xml')).matchAll(/<w:rFonts [^>]*>/g)].map((m) => m[0]).join('');
    const fonts = new Set([...rFonts.matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
    const body = /<w:style [^>]*w:styleId="DVKNoiDung">[\s\S]*?<\/w:style>/.exec(styles)![0];
    expect(body).toContain('<w:jc w:val="both"/>');
    const indent = Number(/w:firstLine="(\d+)"/.exec(body)![1]);
    expect(indent).toBeGreaterThanOrEqual(567); // 1 cm
    expect(indent).toBeLessThanOrEqual(720); // 1.27 cm
    expect(Number(/w:after="(\d+)"/.exec(body)![1])).toBeGreaterThanOrEqual(120); // 6 pt
    const line = Number(/w:line="(\d+)"/.exec(body)![1]);
    expect(line).toBeGreaterThanOrEqual(240); // single
    expect(line).toBeLessThanOrEqual(360); // 1.5 lines
    expect(body).not.toContain('<w:sz ');
  });

  it('state header: sizes and weights, number and date on the same row, italic date, bold centred type name', () => {
    const xml = part(ok(render('huong-dan')), 'word/document.xml');
    const size = (rp: string) => Number(/<w:sz w:val="(\d+)"\/>/.exec(rp)?.[1]) / 2;
    const quoc = runProps(xml, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(quoc).toContain('<w:b/>');
    expect(size(quoc)).toBeGreaterThanOrEqual(12);
    expect(size(quoc)).toBeLessThanOrEqual(13);
    const motto = runProps(xml, 'Độc lập - Tự do - Hạnh phúc');
    expect(motto).toContain('<w:b/>');
    expect([13, 14]).toContain(size(motto));
    const issuing = runProps(xml, 'LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH');
    expect(issuing).toContain('<w:b/>');
    expect([12, 13]).toContain(size(issuing));
    const governing = runProps(xml, 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM');
    expect(governing).not.toContain('<w:b/>');
    expect([12, 13]).toContain(size(governing));
    expect(size(runProps(xml, 'Số: 29/HD-LĐLĐ'))).toBe(13);
    const date = runProps(xml, 'Ninh Bình, ngày 06 tháng 7 năm 2021');
    expect(date).toContain('<w:i/>');
    expect([13, 14]).toContain(size(date));
    const row = rowCellsWith(xml, 'Số: 29/HD-LĐLĐ');
    expect(row).toHaveLength(2);
    expect(row[1]).toContain('>Ninh Bình, ngày 06 tháng 7 năm 2021<');
    const styles = part(templateBytes('huong-dan'), 'word/styles.xml');
    const typeStyle = /<w:style [^>]*w:styleId="DVKTenLoai">[\s\S]*?<\/w:style>/.exec(styles)![0];
    expect(typeStyle).toContain('<w:b/>');
    expect(typeStyle).toContain('<w:jc w:val="center"/>');
    expect(xml).toMatch(/<w:pStyle w:val="DVKTenLoai"\/><\/w:pPr><w:r><w:t xml:space="preserve">HƯỚNG DẪN<\/w:t>/);
    // A rule under the issuing body and one under the motto: paragraphs with a bottom border.
    expect(xml.match(/<w:pBdr><w:bottom w:val="single"/g)!.length).toBeGreaterThanOrEqual(3);
    expect(xml).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  });

  it('Party header (HD 36): title, star, “Số 09-CTr/ĐU”, no national title', () => {
    const xml = part(ok(render('ke-hoach', 'dang')), 'word/document.xml');
    const party = runProps(xml, 'ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(party).toContain('<w:b/>');
    expect(party).toContain('<w:sz w:val="30"/>');
    expect(xml).toContain('>*<');
    const row = rowCellsWith(xml, 'Số 09-KH/ĐU');
    expect(row[1]).toContain('>Thạch Hà, ngày 26 tháng 02 năm 2021<');
    expect(xml).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(runProps(xml, 'Nơi nhận:')).toContain('<w:u w:val="single"/>');
    expect(paragraphs(xml)).toContain('T/M ĐẢNG ỦY');
  });

  describe('the bodies of 2026 (no district level)', () => {
    const ward = (input: DocumentMetaInput, name: BuiltinName, patch: Partial<DocumentMetaInput> = {}) =>
      part(ok(renderDocument(templateBytes(name), { meta: meta(input, patch), config, aggregate: REGISTERED, template: name }, { now: FIXED_NOW })), 'word/document.xml');

    it('a ward Party committee: “ĐẢNG BỘ TỈNH …” over “ĐẢNG ỦY PHƯỜNG …” with the star, “ĐẢNG CỘNG SẢN VIỆT NAM” beside', () => {
      const xml = ward(WARD_PARTY_META, 'ke-hoach');
      const cells = rowCellsWith(xml, 'ĐẢNG ỦY PHƯỜNG HOA LƯ');
      expect(paragraphs(cells[0]).filter(Boolean)).toEqual(['ĐẢNG BỘ TỈNH NINH BÌNH', 'ĐẢNG ỦY PHƯỜNG HOA LƯ', '*']);
      expect(runProps(cells[0], 'ĐẢNG ỦY PHƯỜNG HOA LƯ')).toContain('<w:b/>');
      expect(runProps(cells[0], 'ĐẢNG BỘ TỈNH NINH BÌNH')).not.toContain('<w:b/>');
      expect(paragraphs(cells[1]).filter(Boolean)).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM']);
      const row = rowCellsWith(xml, 'Số 12-KH/ĐU');
      expect(paragraphs(row[1])).toEqual(['Hoa Lư, ngày 05 tháng 3 năm 2026']);
      expect(paragraphs(xml)).toContain('T/M BAN THƯỜNG VỤ');
    });

    it('a ward Front committee’s standing committee: “ỦY BAN MTTQ VIỆT NAM PHƯỜNG …” over “BAN THƯỜNG TRỰC”, named in full in the text', () => {
      const xml = ward(WARD_FRONT_META, 'huong-dan');
      const cells = rowCellsWith(xml, 'BAN THƯỜNG TRỰC');
      expect(paragraphs(cells[0]).filter(Boolean)).toEqual(['ỦY BAN MTTQ VIỆT NAM PHƯỜNG HOA LƯ', 'BAN THƯỜNG TRỰC']);
      expect(runProps(cells[0], 'BAN THƯỜNG TRỰC')).toContain('<w:b/>');
      expect(paragraphs(cells[1]).filter(Boolean)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
      expect(paragraphs(xml)).toContain('Số: 05/HD-MTTQ-BTT');
      // A standing committee is not an issuing body alone: the text names it with its committee.
      const text = paragraphs(xml).join('\n');
      expect(text).toContain('Ban Thường trực Ủy ban MTTQ Việt Nam phường Hoa Lư hướng dẫn');
      expect(text).toContain('của Ban Thường trực Ủy ban MTTQ Việt Nam phường Hoa Lư)');
      expect(text).not.toMatch(/(^|\n)Ban Thường trực hướng dẫn/);
      const decision = paragraphs(ward(WARD_FRONT_META, 'quyet-dinh', { ky_hieu: 'QĐ-MTTQ-BTT' }));
      expect(decision).toContain('BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM PHƯỜNG HOA LƯ');
      expect(decision).toContain('TM. BAN THƯỜNG TRỰC');
    });

    it('no built-in template names a district-level body', () => {
      for (const name of NAMES) {
        const words = paragraphs(part(templateBytes(name), 'word/document.xml'))
          .join('\n')
          .replace(/\{[^{}]*\}/g, ' ');
        expect(words, name).not.toMatch(/\b(huyện|quận|thị xã|Huyện ủy|Quận ủy|Thị ủy)\b/iu);
      }
    });
  });

  it('drops the governing-body line when there is none', () => {
    const xml = part(ok(render('bao-cao', 'nha-nuoc', { co_quan_chu_quan: undefined })), 'word/document.xml');
    const header = rowCellsWith(xml, 'LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH');
    expect(paragraphs(header[0])[0]).toBe('LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH');
    expect(xml).not.toContain('TỔNG LIÊN ĐOÀN');
  });

  it.each(NAMES)('%s: signature area holds only the title lines and the name; “Nơi nhận:” is level with it', (name) => {
    const xml = part(ok(render(name)), 'word/document.xml');
    const cells = rowCellsWith(xml, 'Lê Thị Mai Thủy');
    expect(cells).toHaveLength(2);
    expect(paragraphs(cells[0])[0]).toBe('Nơi nhận:');
    expect(runProps(cells[0], 'Nơi nhận:')).toMatch(/<w:b\/>.*<w:i\/>.*<w:sz w:val="24"\/>/);
    expect(paragraphs(cells[0]).at(-1)).toBe('- Lưu: VT, TG-NC.');
    const texts = paragraphs(cells[1]);
    expect(texts.filter(Boolean)).toEqual(['TM. BAN THƯỜNG VỤ', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC', 'Lê Thị Mai Thủy']);
    // At least four empty lines between the title and the name for the signature and the seal.
    expect(texts.indexOf('Lê Thị Mai Thủy') - texts.indexOf('PHÓ CHỦ TỊCH THƯỜNG TRỰC') - 1).toBeGreaterThanOrEqual(4);
    expect(cells[1]).not.toMatch(/<w:drawing|<w:pict|<w:object/);
  });
});

describe('document properties (NĐ 30 Phụ lục VI)', () => {
  it('writes the number, symbol, date, subject and issuing body into core and custom properties', () => {
    const docx = ok(render('huong-dan'));
    const core = part(docx, 'docProps/core.xml');
    const subject = 'Các tiêu chí xây dựng mô hình, điển hình “Dân vận khéo” giai đoạn 2021 – 2025 trong các cấp công đoàn';
    expect(core).toContain(`<dc:title>${subject}</dc:title>`);
    expect(core).toContain('<dc:identifier>29/HD-LĐLĐ</dc:identifier>');
    // The keywords end with the ownership marker (stamp.ts).
    expect(core).toMatch(/<cp:keywords>29\/HD-LĐLĐ; Hướng dẫn; Dân vận khéo; DVK-[0-9a-z]{14}<\/cp:keywords>/);
    expect(core).toContain('<dc:creator>Liên đoàn Lao động tỉnh Ninh Bình</dc:creator>');
    expect(core).toContain('<dc:subject>Hướng dẫn các tiêu chí xây dựng mô hình');
    expect(core).toContain('<cp:category>Hướng dẫn</cp:category>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2021-07-06T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2021-07-20T08:30:00Z</dcterms:modified>');
    const custom = part(docx, 'docProps/custom.xml');
    const props = Object.fromEntries(
      [...custom.matchAll(/<property [^>]*pid="(\d+)" name="([^"]+)"><vt:(\w+)>([^<]*)<\/vt:\w+><\/property>/g)].map((m) => [m[2], `${m[3]}:${m[4]}`]),
    );
    expect(props).toMatchObject({
      Số: 'lpwstr:29',
      'Ký hiệu': 'lpwstr:HD-LĐLĐ',
      'Số và ký hiệu': 'lpwstr:29/HD-LĐLĐ',
      'Ngày ban hành': 'filetime:2021-07-06T00:00:00Z',
      'Tên loại văn bản': 'lpwstr:Hướng dẫn',
      'Trích yếu': `lpwstr:${subject}`,
      'Cơ quan ban hành': 'lpwstr:Liên đoàn Lao động tỉnh Ninh Bình',
      'Người ký': 'lpwstr:Lê Thị Mai Thủy',
      'Chức vụ người ký': 'lpwstr:TM. BAN THƯỜNG VỤ PHÓ CHỦ TỊCH THƯỜNG TRỰC',
    });
    const pids = [...custom.matchAll(/pid="(\d+)"/g)].map((m) => Number(m[1]));
    expect(pids).toEqual(pids.map((_, i) => i + 2));
    expect(part(docx, '[Content_Types].xml')).toContain(
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>',
    );
    expect(part(docx, '_rels/.rels')).toContain('relationships/custom-properties" Target="docProps/custom.xml"');
  });

  it('adds the parts a bare template lacks and keeps a custom template’s own custom properties', () => {
    const bare = makeDocx(P('{dong_so}'));
    expect(hasPart(bare, 'docProps/core.xml')).toBe(false);
    const zipWithCustom = addPart(
      makeDocx(P('{dong_so}')),
      'docProps/custom.xml',
      '<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Mã hồ sơ"><vt:lpwstr>HS-01</vt:lpwstr></property>' +
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Số"><vt:lpwstr>cũ</vt:lpwstr></property></Properties>',
    );
    for (const tpl of [bare, zipWithCustom]) {
      const docx = ok(renderDocument(tpl, { meta: meta(), config, aggregate: REGISTERED }, { now: FIXED_NOW }));
      expect(part(docx, 'docProps/core.xml')).toContain('<dc:identifier>29/HD-LĐLĐ</dc:identifier>');
      expect(part(docx, '[Content_Types].xml')).toContain('PartName="/docProps/core.xml"');
      expect(part(docx, '_rels/.rels')).toContain('metadata/core-properties" Target="docProps/core.xml"');
      expect(paragraphs(part(docx, 'word/document.xml'))).toEqual(['Số: 29/HD-LĐLĐ']);
    }
    const custom = part(ok(renderDocument(zipWithCustom, { meta: meta(), config, aggregate: REGISTERED }, { now: FIXED_NOW })), 'docProps/custom.xml');
    expect(custom).toContain('name="Mã hồ sơ"><vt:lpwstr>HS-01</vt:lpwstr>');
    expect(custom.match(/name="Số"/g)).toHaveLength(1);
    expect(custom).toContain('name="Số"><vt:lpwstr>29</vt:lpwstr>');
  });
});

describe('template problems', () => {
  const input = { meta: meta(), config, aggregate: REGISTERED };
  const run = (tpl: Uint8Array) => renderDocument(tpl, input, { now: FIXED_NOW });

  it('reports every syntax problem at once, each with its tag and where it is', () => {
    const tpl = withPart(templateBytes('ke-hoach'), 'word/document.xml', (x) =>
      x
        .replace('>{trich_yeu}<', '>{trich_yeu<')
        .replace('>II. NỘI DUNG<', '>II. NỘI DUNG ten_don_vi}<')
        .replace('>III. TỔ CHỨC THỰC HIỆN<', '>III. TỔ CHỨC THỰC HIỆN {#don_vi}<'),
    );
    const r = run(tpl);
    expect(r.bytes).toBeNull();
    const byTag = Object.fromEntries(r.problems.map((p) => [p.tag, p]));
    expect(Object.keys(byTag).sort()).toEqual(['{#don_vi}', '{trich_yeu', 'ten_don_vi}'].sort());
    expect(byTag['{trich_yeu'].message).toBe('Thẻ “{trich_yeu” thiếu dấu đóng “}”.');
    expect(byTag['{trich_yeu'].where).toMatch(/^thân văn bản, đoạn \d+: “\{trich_yeu”$/);
    expect(byTag['ten_don_vi}'].message).toBe('Thẻ “ten_don_vi}” thiếu dấu mở “{”.');
    expect(byTag['ten_don_vi}'].where).toMatch(/^thân văn bản, đoạn \d+: “II\. NỘI DUNG ten_don_vi\}”$/);
    expect(byTag['{#don_vi}'].message).toBe('Khối “{#don_vi}” được mở nhưng không có thẻ đóng “{/don_vi}”.');
    expect(byTag['{#don_vi}'].where).toContain('III. TỔ CHỨC THỰC HIỆN {#don_vi}');
  });

  it('gives the table, row and cell of a problem inside a table, and reports unknown tags even when the syntax is broken', () => {
    const tpl = makeDocx(P('Mở đầu') + TABLE(P('{so_ky_hieu}'), P('{dong_ngay')) + P('{ten_co_quan}'));
    const r = run(tpl);
    expect(r.problems).toEqual([
      { tag: '{dong_ngay', where: 'thân văn bản, đoạn 3 (bảng 1, hàng 1, ô 2): “{dong_ngay”', message: 'Thẻ “{dong_ngay” thiếu dấu đóng “}”.' },
      {
        tag: '{ten_co_quan}',
        where: 'thân văn bản, đoạn 4: “{ten_co_quan}”',
        message: 'Thẻ “{ten_co_quan}” không có trong danh sách thẻ (xem templates/README.md).',
      },
    ]);
  });

  it('reports unknown and misused tags with a suggestion, by scope', () => {
    const tpl = makeDocx(
      P('{trich_yue}') +
        P('{ten_mo_hinh}') +
        P('{#mo_hinh}{ten_mo_hinh} – {ten_don_vi} {.}{/mo_hinh}') +
        P('{noi_nhan}') +
        P('{bang_danh_sach}') +
        P('{@trich_yeu}') +
        P('{.}') +
        P('{#khong_co}{x}{/khong_co}'),
    );
    const r = run(tpl);
    expect(r.bytes).toBeNull();
    expect(r.problems.map((p) => [p.tag, p.message])).toEqual([
      ['{trich_yue}', 'Thẻ “{trich_yue}” không có trong danh sách thẻ (xem templates/README.md). Có phải “trich_yeu”?'],
      ['{ten_mo_hinh}', 'Thẻ “{ten_mo_hinh}” không có trong danh sách thẻ (xem templates/README.md).'],
      ['{noi_nhan}', 'Thẻ “{noi_nhan}” là một danh sách: dùng vòng lặp “{#noi_nhan}…{/noi_nhan}”.'],
      ['{bang_danh_sach}', 'Thẻ “{bang_danh_sach}” chèn nguyên một bảng: viết “{@bang_danh_sach}” đứng một mình trong một đoạn.'],
      ['{@trich_yeu}', 'Thẻ “{trich_yeu}” là chữ, không phải bảng dựng sẵn: viết “{trich_yeu}”, không có “@”.'],
      ['{.}', 'Thẻ “{.}” chỉ dùng bên trong một vòng lặp.'],
      ['{#khong_co}', 'Thẻ “{#khong_co}” không có trong danh sách thẻ (xem templates/README.md).'],
      ['{x}', 'Thẻ “{x}” không có trong danh sách thẻ (xem templates/README.md). Có phải “so”?'],
    ]);
    expect(r.problems[0].where).toBe('thân văn bản, đoạn 1: “{trich_yue}”');
  });

  it('reports mismatched and stray closing tags and a raw tag that is not alone', () => {
    const r = run(makeDocx(P('{#linh_vuc}{ten}{/loai_don_vi}') + P('{/can_cu}') + P('Bảng: {@bang_danh_sach}')));
    const messages = r.problems.map((p) => p.message);
    expect(messages).toContain('Khối “{#linh_vuc}” lại được đóng bằng “{/loai_don_vi}”; thẻ đóng phải là “{/linh_vuc}”.');
    expect(messages).toContain('Thẻ đóng “{/can_cu}” không có thẻ mở “{#can_cu}” tương ứng.');
    expect(messages).toContain('Thẻ “{@bang_danh_sach}” phải đứng một mình trong một đoạn (không có chữ hay dấu cách nào khác).');
    for (const p of r.problems) expect(p.where).toMatch(/^thân văn bản, đoạn [123]: “/);
  });

  it('finds tags that Word split across runs', () => {
    const r = run(makeDocx(P('Về việc ', '{trich_', 'yue}', ' nhé')));
    expect(r.problems).toEqual([
      {
        tag: '{trich_yue}',
        where: 'thân văn bản, đoạn 1: “Về việc {trich_yue} nhé”',
        message: 'Thẻ “{trich_yue}” không có trong danh sách thẻ (xem templates/README.md). Có phải “trich_yeu”?',
      },
    ]);
  });

  it('refuses a file that is not a .docx', () => {
    const r = run(new TextEncoder().encode('không phải tệp zip'));
    expect(r).toEqual({
      bytes: null,
      warnings: [],
      problems: [{ tag: '', where: 'tệp mẫu', message: 'Không mở được tệp mẫu: không phải tệp .docx (Word 2007 trở lên).' }],
    });
  });
});

describe('adjacent tables', () => {
  it('keeps a table that follows another table (after a removed condition) separate', () => {
    const tpl = makeDocx(TABLE(P('{dong_so}')) + P('{#dang}') + P('Đảng') + P('{/dang}') + P('{@bang_danh_sach}') + P(''));
    const xml = part(ok(renderDocument(tpl, { meta: meta(), config, aggregate: REGISTERED }, { now: FIXED_NOW })), 'word/document.xml');
    expect(xml).not.toMatch(/<\/w:tbl>\s*<w:tbl>/);
    expect(xml.match(/<w:tbl>/g)).toHaveLength(2);
    expect(xml).toMatch(/<\/w:tbl><w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"\/><w:rPr><w:sz w:val="2"\/><\/w:rPr><\/w:pPr><\/w:p><w:tbl>/);
  });
});

describe('missing data', () => {
  it('renders empty with a warning naming the tag and its place, never “undefined”', () => {
    const r = renderDocument(
      templateBytes('huong-dan'),
      { meta: meta(undefined, { nguoi_ky: undefined }), config: { ...config, deadline: undefined }, aggregate: REGISTERED, template: 'huong-dan' },
      { now: FIXED_NOW },
    );
    const xml = part(ok(r), 'word/document.xml');
    expect(xml).not.toContain('undefined');
    expect(xml).not.toContain('trước ngày');
    expect(r.warnings).toEqual([
      {
        tag: '{nguoi_ky}',
        where: expect.stringMatching(/^thân văn bản, đoạn \d+ \(bảng \d+, hàng 1, ô 2\): “\{nguoi_ky\}”$/),
        message: 'Thẻ “{nguoi_ky}” không có dữ liệu: để trống.',
      },
    ]);
    expect(r.warnings).toHaveLength(1);
  });

  it('warns once per place when data lacks a tag the catalogue allows', () => {
    const r = renderTemplate(makeDocx(P('{trich_yeu} và {trich_yeu}') + P('{#mo_hinh}{ten_mo_hinh}{/mo_hinh}')), { mo_hinh: [{}, {}] }, { tags: TAGS, now: FIXED_NOW });
    expect(paragraphs(part(ok(r), 'word/document.xml'))).toEqual([' và ', '']);
    expect(r.warnings.map((w) => [w.tag, w.where])).toEqual([
      ['{trich_yeu}', 'thân văn bản, đoạn 1: “{trich_yeu} và {trich_yeu}”'],
      ['{ten_mo_hinh}', 'thân văn bản, đoạn 2: “{#mo_hinh}{ten_mo_hinh}{/mo_hinh}”'],
    ]);
  });

  it('adds the metadata notes (no number yet) to the warnings', () => {
    const r = render('ke-hoach', 'nha-nuoc', { so: undefined });
    expect(r.warnings).toEqual([{ tag: '', where: 'thông tin văn bản', message: 'Chưa có số văn bản: để trống để văn thư ghi khi vào sổ.' }]);
    expect(paragraphs(part(ok(r), 'word/document.xml'))).toContain('Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/KH-LĐLĐ');
    expect(part(r.bytes!, 'docProps/custom.xml')).not.toContain('name="Số"');
  });
});

describe('report: results of the follow-up (registered → effective → recognised → proposed)', () => {
  const texts = (r: RenderResult) => paragraphs(part(ok(r), 'word/document.xml'));
  /** The body table whose cells hold all these texts. */
  const tableWith = (xml: string, ...cells: string[]) => {
    const t = (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).find((x) => cells.every((c) => x.includes(`>${c}<`)));
    expect(t, cells.join(', ')).toBeDefined();
    return t!;
  };
  const tableRows = (tbl: string) =>
    [...tbl.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphs(c[0]).join('')));

  it('adds the results section, its sentence and both tables, and renumbers the sections after it', () => {
    const r = render('bao-cao', 'nha-nuoc', {}, followed);
    const xml = part(ok(r), 'word/document.xml');
    const t = texts(r);
    const at = (s: string) => t.indexOf(s);
    expect(at('II. KẾT QUẢ THỰC HIỆN MÔ HÌNH, ĐIỂN HÌNH')).toBeGreaterThan(at('4. Đơn vị chưa gửi danh sách đăng ký'));
    expect(at('III. ĐÁNH GIÁ CHUNG')).toBeGreaterThan(at('II. KẾT QUẢ THỰC HIỆN MÔ HÌNH, ĐIỂN HÌNH'));
    expect(at('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI')).toBeGreaterThan(at('III. ĐÁNH GIÁ CHUNG'));
    expect(t).toContain(
      'Trong tổng số 11 mô hình, điển hình đã đăng ký, có 7 mô hình triển khai hiệu quả (63,6%), 6 mô hình được công nhận (54,5%) và 3 mô hình được đề nghị khen thưởng (27,3%). ' +
        'Các mô hình được công nhận gồm: 2 mô hình cấp cơ sở; 1 mô hình cấp huyện, thành phố, ngành; 3 mô hình cấp tỉnh.',
    );
    // One column per recognition level of the config, under “Được công nhận”; rows Tổng số, by kind, by field.
    expect(tableRows(tableWith(xml, 'Nội dung'))).toEqual([
      ['Nội dung', 'Đăng ký', 'Triển khai hiệu quả', 'Được công nhận', 'Đề nghị khen thưởng'],
      ['', '', '', 'Tổng số', 'Cơ sở', 'Huyện, thành phố, ngành', 'Tỉnh', ''],
      ['Tổng số', '11', '7', '6', '2', '1', '3', '3'],
      ['Chia theo tập thể, cá nhân'],
      ['Tập thể', '9', '5', '4', '2', '1', '1', '2'],
      ['Cá nhân', '2', '2', '2', '0', '0', '2', '1'],
      ['Chia theo lĩnh vực'],
      ['Văn hóa - xã hội', '7', '5', '4', '2', '1', '1', '2'],
      ['An ninh - quốc phòng', '2', '1', '1', '0', '0', '1', '0'],
      ['Xây dựng hệ thống chính trị', '2', '1', '1', '0', '0', '1', '1'],
    ]);
    // Per unit: only the units with models (not Kim Sơn, which sent nothing), and a total that adds the rows up.
    expect(tableRows(tableWith(xml, 'Đơn vị', 'Được công nhận')).slice(2)).toEqual([
      ['1', 'Công đoàn ngành Giáo dục', '3', '1', '1', '0', '0', '1', '0'],
      ['2', 'Công đoàn ngành Y tế', '1', '1', '1', '1', '0', '0', '0'],
      ['3', 'Liên đoàn Lao động huyện Gia Viễn', '3', '2', '2', '0', '1', '1', '1'],
      ['4', 'Liên đoàn Lao động huyện Hoa Lư', '1', '1', '0', '0', '0', '0', '0'],
      ['5', 'Liên đoàn Lao động huyện Yên Mô', '3', '2', '2', '1', '0', '1', '2'],
      ['Tổng cộng', '11', '7', '6', '2', '1', '3', '3'],
    ]);
  });

  it('right after registration there are no results yet: today’s report, no empty table', () => {
    const plain = part(ok(render('bao-cao')), 'word/document.xml');
    // The real aggregation of lists with no officer value: a funnel of zeros but registrations.
    const zeros = part(ok(render('bao-cao', 'nha-nuoc', {}, aggregateOf(config, MODELS))), 'word/document.xml');
    expect(zeros).toBe(plain);
    const t = paragraphs(plain);
    expect(t).toContain('II. ĐÁNH GIÁ CHUNG');
    expect(t).toContain('III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI');
    expect(t.join('\n')).not.toMatch(/KẾT QUẢ THỰC HIỆN|Được công nhận|Triển khai hiệu quả/);
    const full = part(ok(render('bao-cao', 'nha-nuoc', {}, followed)), 'word/document.xml');
    expect(full.match(/<w:tbl>/g)!.length - plain.match(/<w:tbl>/g)!.length).toBe(2);
  });

  it('shows the results once the officer has recorded anything, even before a first recognition', () => {
    const started = MODELS.map((x, i) => ({ ...x, officer: { implementation: i < 2 ? 'Đang triển khai' : '', level: '', recognisedOn: '', commendation: '', note: '' } }));
    const r = render('bao-cao', 'nha-nuoc', {}, aggregateOf(config, started));
    expect(texts(r)).toContain(
      'Trong tổng số 11 mô hình, điển hình đã đăng ký, chưa có mô hình nào triển khai hiệu quả, được công nhận hoặc được đề nghị khen thưởng.',
    );
    expect(texts(r)).toContain('II. KẾT QUẢ THỰC HIỆN MÔ HÌNH, ĐIỂN HÌNH');
  });
});

describe('decision at one recognition level (metadata cap_cong_nhan)', () => {
  const listed = (r: RenderResult) => {
    const t = paragraphs(part(ok(r), 'word/document.xml'));
    return MODELS.filter((m) => t.includes(m.model)).map((m) => m.model);
  };
  const decide = (cap_cong_nhan?: string, input = followed) => render('quyet-dinh', 'nha-nuoc', { cap_cong_nhan }, input);

  it('lists exactly the models recognised at that level, and names the level', () => {
    const r = decide('tinh');
    expect(r.warnings).toEqual([]);
    // Models 3, 5 (typed “TỈNH”) and 9; model 1 (Cơ sở) and model 4 (Huyện…) are recognised at other levels.
    expect(listed(r)).toEqual([MODELS[2].model, MODELS[4].model, MODELS[8].model]);
    const t = paragraphs(part(r.bytes!, 'word/document.xml'));
    expect(t.find((p) => p.startsWith('Điều 1.'))).toBe(
      'Điều 1. Công nhận 3 mô hình, điển hình “Dân vận khéo” cấp tỉnh của 3 cơ quan, đơn vị trong đợt đăng ký xây dựng mô hình, điển hình “Dân vận khéo” giai đoạn 2021 – 2025 (có danh sách kèm theo).',
    );
    expect(t).toContain('ĐƯỢC CÔNG NHẬN CẤP TỈNH');
    expect(t).toContain('I. Công đoàn ngành Giáo dục');
    expect(t).not.toContain('I. Công đoàn ngành Y tế');
  });

  it('takes the level by code or label, folded', () => {
    const coSo = [MODELS[0].model, MODELS[6].model].sort();
    for (const v of ['co-so', 'Cơ sở', 'CƠ SỞ', 'cấp cơ sở', 'co so', 'Co\u0302 so\u031b\u0309'])
      expect(listed(decide(v)).sort(), v).toEqual(coSo);
    expect(listed(decide('Huyện, thành phố, ngành'))).toEqual([MODELS[3].model]);
  });

  it('an unknown level is a metadata problem listing the valid levels, and nothing is written', () => {
    const r = decide('xã');
    expect(r.bytes).toBeNull();
    expect(r.problems).toEqual([
      {
        tag: '',
        where: 'thông tin văn bản',
        message: 'Khóa “cap_cong_nhan”: không có cấp công nhận “xã” trong cấu hình; các cấp hợp lệ: “co-so” (Cơ sở), “huyen” (Huyện, thành phố, ngành), “tinh” (Tỉnh).',
      },
    ]);
    const none = renderDocument(
      templateBytes('quyet-dinh'),
      { meta: meta(undefined, { ky_hieu: 'QĐ-LĐLĐ', cap_cong_nhan: 'tinh' }), config: { ...config, recognitionLevels: undefined }, aggregate: followed, template: 'quyet-dinh' },
      { now: FIXED_NOW },
    );
    expect(none.bytes).toBeNull();
    expect(none.problems.map((p) => p.message)).toEqual([
      'Khóa “cap_cong_nhan”: cấu hình của đợt chưa khai báo cấp công nhận nào (recognitionLevels), nên không chọn được cấp “tinh”.',
    ]);
  });

  it('without a level: today’s decision (every model) and a warning saying no level was chosen', () => {
    const r = decide(undefined);
    expect(r.warnings).toEqual([
      {
        tag: '',
        where: 'thông tin văn bản',
        message:
          'Chưa chọn cấp công nhận (khóa “cap_cong_nhan”): quyết định và danh sách kèm theo gồm tất cả 11 mô hình, kể cả mô hình chưa được công nhận; các cấp: “co-so” (Cơ sở), “huyen” (Huyện, thành phố, ngành), “tinh” (Tỉnh).',
      },
    ]);
    expect(listed(r)).toHaveLength(11);
    const t = paragraphs(part(r.bytes!, 'word/document.xml'));
    expect(t.find((p) => p.startsWith('Điều 1.'))).toMatch(/^Điều 1\. Công nhận 11 mô hình, điển hình “Dân vận khéo” của 5 cơ quan, đơn vị trong đợt/);
    expect(t).toContain('ĐƯỢC CÔNG NHẬN');
    // Other templates do not ask for a level.
    expect(render('bao-cao', 'nha-nuoc', {}, followed).warnings).toEqual([]);
  });

  it('a level nobody has reached yet: an empty list that says so, and a warning', () => {
    const r = decide('tinh', REGISTERED);
    expect(listed(r)).toEqual([]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'Chưa có mô hình nào được công nhận cấp tỉnh (cột “Cấp công nhận” của bảng tổng hợp): danh sách kèm theo để trống.',
    ]);
    expect(paragraphs(part(r.bytes!, 'word/document.xml'))).toContain('(Không có mô hình nào được công nhận cấp tỉnh.)');
  });
});

// Rule packs: one data file per pack with the source of each rule; a document chooses its pack by the_thuc and date;
// the templates and the formatted lines follow the pack, so a change of rule is a change of data.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocumentData } from '../../../src/domain/document/data';
import { archiveLine, authorityLine, numberLine, recipientLines } from '../../../src/domain/document/lines';
import { choosePack, currentPack, mmToTwips, packSchema, rulePacks, type RulePack } from '../../../src/domain/document/packs';
import { FIXED_NOW, PARTY_META, REGISTERED, STATE_META, meta, ninhBinh } from './fixtures';
import { TEMPLATES_DIR, paragraphs, part, runProps, templateBytes } from './helpers';
import { checkFormat } from '../../../src/domain/document/format';
import { renderDocument } from '../../../src/domain/document/render';
import { docxOwnership } from '../../../src/domain/document/stamp';

const PACKS_DIR = join(__dirname, '..', '..', '..', 'src', 'domain', 'document', 'packs');
const nd30 = currentPack('nha-nuoc');
const hd36 = currentPack('dang');

/** A later Party pack, as a new guidance of the Central Party Office would bring (values made up for the test). */
const later: RulePack = {
  ...hd36,
  id: 'dang-2026-test',
  validFrom: '2026-06-01',
  number: { ...hd36.number, prefix: 'Số:' },
  recipients: { ...hd36.recipients, lineEnd: ';', archive: '- Lưu: {luu}.' },
};
const earlier: RulePack = { ...hd36, validTo: '2026-05-31' };

describe('the packs', () => {
  it('are one file each, every rule with its source; the state pack for state documents, the Party pack for the Party’s', () => {
    expect(rulePacks().map((p) => [p.id, p.profile]).sort()).toEqual([
      ['hd36-2018', 'dang'],
      ['nd30-2020', 'nha-nuoc'],
    ]);
    for (const p of rulePacks()) {
      const raw = JSON.parse(readFileSync(join(PACKS_DIR, `${p.id}.json`), 'utf8'));
      expect(packSchema.safeParse(raw).success, p.id).toBe(true);
      for (const rule of [p.page, p.font, p.header, p.number, p.date, p.signature, p.recipients, ...Object.values(p.parts)])
        expect(rule!.source, p.id).toMatch(/^(NĐ 30|HD 36)/);
      for (const part of Object.values(p.parts)) {
        expect(part!.use).toBeGreaterThanOrEqual(part!.size[0]);
        expect(part!.use).toBeLessThanOrEqual(part!.size[1]);
      }
      for (const k of ['top', 'bottom', 'left', 'right'] as const) {
        const [min, max] = p.page.marginsMm[k];
        expect(p.page.useMm[k]).toBeGreaterThanOrEqual(min);
        expect(p.page.useMm[k]).toBeLessThanOrEqual(max);
      }
    }
    expect(mmToTwips(15)).toBe(851);
    expect(mmToTwips(30)).toBe(1701);
  });

  it('a document chooses its pack by the_thuc, and by its date when two packs apply to one body', () => {
    const packs = [nd30, earlier, later];
    expect(choosePack('nha-nuoc', '2021-07-06', packs).pack.id).toBe('nd30-2020');
    expect(choosePack('dang', '2026-03-05', packs).pack.id).toBe('hd36-2018');
    expect(choosePack('dang', '2026-06-01', packs).pack.id).toBe('dang-2026-test');
    expect(choosePack('dang', null, packs).pack.id).toBe('dang-2026-test');
    // Before the first pack: the first one, said to be earlier than its rules.
    expect(choosePack('nha-nuoc', '2019-12-31', packs)).toEqual({ pack: nd30, before: true });
    expect(choosePack('dang', '2021-02-26').pack.id).toBe('hd36-2018');
  });

  it('writes the number, signature and recipient lines as its data says', () => {
    expect(numberLine(9, 'CTr/HU', hd36)).toBe('Số 09-CTr/HU');
    expect(numberLine(9, 'CTr/HU', later)).toBe('Số: 09-CTr/HU');
    expect(numberLine(7, 'KH-SYT', nd30)).toBe('Số: 07/KH-SYT');
    expect(authorityLine('TM. Ban Thường vụ', hd36)).toBe('T/M BAN THƯỜNG VỤ');
    expect(recipientLines(['Các chi bộ'], 'Văn phòng Đảng ủy', later)).toEqual(['- Các chi bộ;', '- Lưu: Văn phòng Đảng ủy.']);
    expect(archiveLine('VT, TG-NC', nd30)).toBe('- Lưu: VT, TG-NC.');
  });

  it('a document dated before its pack is still laid out by it, and says so', () => {
    const { warnings, pack } = buildDocumentData({ meta: meta(STATE_META, { ngay: '2019-05-02' }), config: ninhBinh(), aggregate: REGISTERED });
    expect(pack.id).toBe('nd30-2020');
    expect(warnings).toContain(
      'Ngày ban hành 2019-05-02 có trước Nghị định 30/2020/NĐ-CP về công tác văn thư, Phụ lục I (hiệu lực từ 2020-03-05): văn bản vẫn được trình bày theo quy định này.',
    );
    expect(buildDocumentData({ meta: meta(PARTY_META), config: ninhBinh(), aggregate: REGISTERED }).pack.id).toBe('hd36-2018');
  });

  it('the templates take their layout from the packs: a change of rule is a change of the pack file and a rebuild', () => {
    const packs = mkdtempSync(join(tmpdir(), 'dvk-packs-'));
    cpSync(PACKS_DIR, packs, { recursive: true });
    const file = join(packs, 'nd30-2020.json');
    const changed = JSON.parse(readFileSync(file, 'utf8'));
    changed.parts.issuingBody.use = 12;
    changed.parts.placeDate.use = 13;
    changed.page.useMm.left = 35;
    writeFileSync(file, JSON.stringify(changed));
    const hd = JSON.parse(readFileSync(join(packs, 'hd36-2018.json'), 'utf8'));
    hd.page.useMm.left = 35;
    writeFileSync(join(packs, 'hd36-2018.json'), JSON.stringify(hd));
    const out = mkdtempSync(join(tmpdir(), 'dvk-templates-'));
    execFileSync(process.execPath, [join(TEMPLATES_DIR, '..', 'scripts', 'build-templates.mjs'), '--out', out, '--packs', packs]);
    const xml = part(new Uint8Array(readFileSync(join(out, 'ke-hoach.docx'))), 'word/document.xml');
    expect(runProps(xml, '{co_quan_hoa}')).toBe('<w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/>');
    expect(runProps(xml, '{dong_ngay}')).toBe('<w:i/><w:iCs/><w:sz w:val="26"/><w:szCs w:val="26"/>');
    expect(xml).toContain('w:left="1985"');
    // The Party block keeps its own pack's letters.
    expect(xml.match(/<w:r><w:rPr><w:b\/><w:bCs\/><w:sz w:val="28"\/><w:szCs w:val="28"\/><\/w:rPr><w:t xml:space="preserve">\{co_quan_hoa\}/g)).toHaveLength(1);
  });
});

describe('a document dated under another pack', () => {
  /** Two Party packs: the 2018 one until 31 May 2026, a later one (made up for the test) with its own letters. */
  const newer: RulePack = {
    ...later,
    parts: {
      ...hd36.parts,
      typeName: { ...hd36.parts.typeName!, size: [15, 15], use: 15 },
      issuingBody: { ...hd36.parts.issuingBody!, size: [13, 13], use: 13 },
    },
    page: { ...hd36.page, marginsMm: { ...hd36.page.marginsMm, left: [35, 35] }, useMm: { ...hd36.page.useMm, left: 35 } },
  };
  const packs = [nd30, earlier, newer];
  const render = (ngay: string) =>
    renderDocument(
      templateBytes('ke-hoach'),
      { meta: meta(PARTY_META, { ky_hieu: 'KH/ĐU', ngay }), config: ninhBinh(), aggregate: REGISTERED, template: 'ke-hoach', packs },
      { now: FIXED_NOW },
    );

  it('takes that pack’s lines and layout from the built-in template, and passes check-format against it', () => {
    const r = render('2026-07-01');
    expect(r.problems).toEqual([]);
    const xml = part(r.bytes!, 'word/document.xml');
    expect(paragraphs(xml)).toContain('Số: 09-KH/ĐU');
    expect(runProps(xml, 'KẾ HOẠCH')).toContain('<w:sz w:val="30"/>');
    expect(runProps(xml, 'ĐẢNG ỦY Y TẾ')).toContain('<w:sz w:val="26"/>');
    expect(xml).toContain('w:left="1985"');
    const checked = checkFormat(r.bytes!, { packs });
    expect(checked.ok && [checked.report.pack.id, checked.report.problems]).toEqual(['dang-2026-test', []]);
    expect(docxOwnership(r.bytes!)).toBe('ours');
  });

  it('a document dated under the pack the template was built from is rendered as it always was', () => {
    const before = render('2026-03-05');
    const plain = renderDocument(
      templateBytes('ke-hoach'),
      { meta: meta(PARTY_META, { ky_hieu: 'KH/ĐU', ngay: '2026-03-05' }), config: ninhBinh(), aggregate: REGISTERED, template: 'ke-hoach' },
      { now: FIXED_NOW },
    );
    expect(part(before.bytes!, 'word/document.xml')).toBe(part(plain.bytes!, 'word/document.xml'));
  });
});

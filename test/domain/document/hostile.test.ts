// Custom templates that are hostile or broken: every one gets a Vietnamese template problem naming the part,
// never a thrown error, a stack trace, a corrupt output, or unbounded work (issue 9, data safety).
import { Deflate } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocument, renderTemplate, type RenderResult } from '../../../src/domain/document/render';
import { MAX_LOOP_DEPTH, MAX_TAG_FILLS, TEMPLATE_LIMITS } from '../../../src/domain/document/package';
import { FIXED_NOW, MODELS, REGISTERED, aggregateOf, meta, ninhBinh } from './fixtures';
import { P, entriesOf, expectWellFormedDocx, makeDocx, part, rawZip, templateBytes, type RawEntry } from './helpers';

const config = ninhBinh();
const input = { meta: meta(), config, aggregate: REGISTERED };
const run = (tpl: Uint8Array) => renderDocument(tpl, input, { now: FIXED_NOW });

const MB = 1024 * 1024;
const FOOTNOTES_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The template's parts, one of them replaced (or added). */
function edited(name: string, content: string | Uint8Array, base = templateBytes('ke-hoach')): RawEntry[] {
  const entries = entriesOf(base).filter((e) => e.name !== name);
  return [...entries, { name, data: content }];
}

/** A problem the officer can act on: Vietnamese words, no English library message outside parentheses, no stack. */
function expectVietnamese(r: RenderResult): void {
  expect(r.bytes).toBeNull();
  expect(r.problems.length).toBeGreaterThan(0);
  for (const p of r.problems) {
    const outside = p.message.replace(/\([^()]*\)/g, '');
    expect(outside).toMatch(/[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i);
    expect(outside).not.toMatch(/\b(error|invalid|undefined|cannot|unexpected|expected|null)\b|\n\s+at /i);
    expect(p.where).not.toMatch(/undefined/);
  }
}

const only = (r: RenderResult) => {
  expectVietnamese(r);
  return r.problems.map((p) => `${p.message} @ ${p.where}`).join('\n');
};

describe('zip bombs and size limits (checked before anything is inflated)', () => {
  let bomb: Uint8Array;
  beforeAll(() => {
    // 128 MB of zeros in about 130 KB: declared as 1,000 bytes.
    const chunks: Uint8Array[] = [];
    const d = new Deflate({ level: 9 }, (c) => chunks.push(c));
    const zeros = new Uint8Array(MB);
    for (let i = 0; i < 128; i++) d.push(zeros, false);
    d.push(new Uint8Array(0), true);
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) out.set(c, (at += c.length) - c.length);
    bomb = out;
  });

  it('a part declared small that inflates huge is corrupt, named, and never inflated past its declared size', () => {
    const tpl = rawZip([...edited('word/media/anh.png', ''), { name: 'word/media/bom.png', data: new Uint8Array(1000), deflated: bomb }]);
    const text = only(run(tpl));
    expect(text).toContain('Tệp mẫu bị hỏng');
    expect(text).toContain('word/media/bom.png');
  });

  it('a part whose declared size passes the limit is refused before inflating', () => {
    const entries = edited('word/document.xml', part(templateBytes('ke-hoach'), 'word/document.xml'));
    const doc = entries.find((e) => e.name === 'word/document.xml')!;
    doc.size = TEMPLATE_LIMITS.maxPartBytes + 1;
    const text = only(run(rawZip(entries)));
    expect(text).toContain('word/document.xml');
    expect(text).toContain('vượt 30 MB');
  });

  it('parts whose declared sizes add up past the total limit are refused before inflating', () => {
    const extra = Array.from({ length: 6 }, (_, i): RawEntry => ({ name: `word/media/anh${i}.png`, data: 'x', size: 20 * MB }));
    const text = only(run(rawZip([...edited('word/media/anh.png', ''), ...extra])));
    expect(text).toContain('vượt 100 MB');
  });

  it('too many parts', () => {
    const extra = Array.from({ length: TEMPLATE_LIMITS.maxEntries }, (_, i): RawEntry => ({ name: `word/media/a${i}.png`, data: '' }));
    const text = only(run(rawZip([...edited('word/media/x.png', ''), ...extra])));
    expect(text).toContain('hơn 2.000 phần');
  });
});

describe('files that are not a whole .docx', () => {
  it('not a zip, an old .doc or a password-protected file, a truncated download', () => {
    expect(only(run(new TextEncoder().encode('không phải tệp zip')))).toContain('không phải tệp .docx');
    const cfb = new Uint8Array(4096);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(only(run(cfb))).toContain('định dạng Word cũ (.doc)');
    const whole = templateBytes('ke-hoach');
    expect(only(run(whole.subarray(0, Math.floor(whole.length / 2))))).toContain('không trọn vẹn');
  });

  it('a part name that climbs out of the package, or two parts with the same name', () => {
    expect(only(run(rawZip(edited('../../evil.xml', '<a/>'))))).toContain('“../../evil.xml”');
    const dup = only(run(rawZip(edited('Word/Styles.xml', part(templateBytes('ke-hoach'), 'word/styles.xml')))));
    expect(dup).toContain('trùng tên');
  });
});

describe('malformed XML, in any part (no part of a corrupt template reaches the output)', () => {
  const tpl = templateBytes('ke-hoach');
  const doc = part(tpl, 'word/document.xml');

  it.each([
    ['word/document.xml', 'thân văn bản', 'an element never closed', doc.replace('</w:body>', '<w:p><w:r></w:body>')],
    ['word/document.xml', 'thân văn bản', 'a closing tag that does not match', doc.replace(/<\/w:p>/, '</w:r>')],
    ['word/header1.xml', 'đầu trang', 'the root never closed', part(tpl, 'word/header1.xml').replace(/<\/w:hdr>$/, '')],
    ['word/styles.xml', 'word/styles.xml', 'an attribute twice', part(tpl, 'word/styles.xml').replace('<w:style ', '<w:style w:type="a" w:type="b" ')],
    ['word/document.xml', 'thân văn bản', 'an entity XML does not define', doc.replace('<w:body>', '<w:body><w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p>')],
    ['word/document.xml', 'thân văn bản', 'a reference to a control character', doc.replace('<w:body>', '<w:body><w:p><w:r><w:t>&#1;</w:t></w:r></w:p>')],
    ['word/document.xml', 'thân văn bản', 'a reference past Unicode', doc.replace('<w:body>', '<w:body><w:p><w:r><w:t>&#99999999;</w:t></w:r></w:p>')],
    ['word/document.xml', 'thân văn bản', 'a control character', doc.replace('<w:body>', '<w:body><w:p><w:r><w:t>a\u0001b</w:t></w:r></w:p>')],
    ['[Content_Types].xml', '[Content_Types].xml', 'text', 'không phải XML'],
  ])('%s (%s): %s', (name, label, _what, content) => {
    const text = only(run(rawZip(edited(name, content))));
    expect(text).toContain(`“${name}”`);
    expect(text).toContain(label);
    expect(text).toMatch(/dòng \d+, cột \d+/);
  });

  it('footnotes that docxtemplater parses', () => {
    const entries = edited('word/footnotes.xml', `<?xml version="1.0"?><w:footnotes ${W}><w:footnote><w:p><w:r><w:t>{so}</w:t></w:r></w:footnote></w:footnotes>`);
    const ct = entries.find((e) => e.name === '[Content_Types].xml')!;
    ct.data = String(Buffer.from(ct.data)).replace('</Types>', `<Override PartName="/word/footnotes.xml" ContentType="${FOOTNOTES_CT}"/></Types>`);
    const text = only(run(rawZip(entries)));
    expect(text).toContain('chú thích cuối trang');
  });

  it('a DOCTYPE with entities (a “billion laughs”) is refused, never expanded', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "hahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' +
      '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>' +
      `<w:document ${W}><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>`;
    expect(only(run(rawZip(edited('word/document.xml', laughs))))).toContain('DOCTYPE');
  });
});

describe('relationships', () => {
  const tpl = templateBytes('ke-hoach');
  const docRels = part(tpl, 'word/_rels/document.xml.rels');
  const withRel = (rel: string) => rawZip(edited('word/_rels/document.xml.rels', docRels.replace('</Relationships>', `${rel}</Relationships>`)));

  it('a .rels part that is not XML', () => {
    expect(only(run(rawZip(edited('word/_rels/document.xml.rels', 'Relationships: none'))))).toContain('“word/_rels/document.xml.rels”');
  });

  it('a relationship without a target, or to a part the package does not hold', () => {
    expect(only(run(withRel(`<Relationship Id="rId90" Type="${REL}/image"/>`)))).toContain('thiếu đích');
    const missing = only(run(withRel(`<Relationship Id="rId91" Type="${REL}/image" Target="media/khong-co.png"/>`)));
    expect(missing).toContain('“word/media/khong-co.png”');
    expect(missing).toContain('rId91');
  });

  it.each([
    ['../../etc/passwd', ''],
    ['../../../../etc/passwd', ''],
    ['%2e%2e/%2e%2e/etc/passwd', ''],
    ['C:\\Windows\\win.ini', ''],
    ['file:///etc/passwd', ''],
    ['file:///etc/passwd', ' TargetMode="External"'],
    ['\\\\server\\share\\anh.png', ' TargetMode="External"'],
    ['/etc/passwd', ' TargetMode="External"'],
  ])('a target that escapes the package: %s%s', (target, mode) => {
    const text = only(run(withRel(`<Relationship Id="rId92" Type="${REL}/image" Target="${target}"${mode}/>`)));
    expect(text).toContain('rId92');
    expect(text).toContain('ra ngoài tệp mẫu');
  });

  it('an absolute target is read from the package root: inside it is fine, missing is named', () => {
    expect(only(run(withRel(`<Relationship Id="rId93" Type="${REL}/image" Target="/etc/passwd"/>`)))).toContain('“etc/passwd”');
    const ok = run(withRel(`<Relationship Id="rId94" Type="${REL}/settings" Target="/word/settings.xml"/>`));
    expect(ok.problems).toEqual([]);
    expectWellFormedDocx(ok.bytes!);
  });

  it('a hyperlink to the web stays a hyperlink', () => {
    const r = run(withRel(`<Relationship Id="rId95" Type="${REL}/hyperlink" Target="https://dangcongsan.vn/?a=1&amp;b=2" TargetMode="External"/>`));
    expect(r.problems).toEqual([]);
    expect(part(r.bytes!, 'word/_rels/document.xml.rels')).toContain('Target="https://dangcongsan.vn/?a=1&amp;b=2"');
    expectWellFormedDocx(r.bytes!);
  });
});

describe('file names from the template never go into a regular expression or a replacement pattern', () => {
  const corePartAt = (name: string) => {
    const tpl = templateBytes('ke-hoach');
    // Function replacements: “$&” in a replacement string is a pattern (the very mistake tested here).
    const rels = part(tpl, '_rels/.rels').replace(/Target="docProps\/core\.xml"/, () => `Target="${name.replace(/&/g, '&amp;')}"`);
    const core = part(tpl, 'docProps/core.xml');
    const ct = part(tpl, '[Content_Types].xml').replace('PartName="/docProps/core.xml"', () => `PartName="/${name.replace(/&/g, '&amp;')}"`);
    return rawZip([
      ...entriesOf(tpl).filter((e) => !['_rels/.rels', 'docProps/core.xml', '[Content_Types].xml'].includes(e.name)),
      { name: '_rels/.rels', data: rels },
      { name, data: core },
      { name: '[Content_Types].xml', data: ct },
    ]);
  };

  it.each(['docProps/core(.xml', 'docProps/core[1].xml', 'docProps/$&core$1.xml', 'docProps/c*re+.xml'])('core properties at %s', (name) => {
    const r = run(corePartAt(name));
    expect(r.problems).toEqual([]);
    const types = part(r.bytes!, '[Content_Types].xml');
    expect(types.split(`PartName="/${name.replace(/&/g, '&amp;')}"`)).toHaveLength(2);
    expect(types).toMatch(/<\/Types>$/);
    expect(part(r.bytes!, name)).toContain('<dc:identifier>29/HD-LĐLĐ</dc:identifier>');
    expectWellFormedDocx(r.bytes!);
  });
});

describe('nested loops', () => {
  const nested = (depth: number, name = 'a') => P(`${`{#${name}}`.repeat(depth)}x${`{/${name}}`.repeat(depth)}`);

  it(`up to ${MAX_LOOP_DEPTH} levels render; one more is a problem naming the block and where it is`, () => {
    const data = { a: true };
    const ok = renderTemplate(makeDocx(nested(MAX_LOOP_DEPTH)), data, { now: FIXED_NOW });
    expect(ok.problems).toEqual([]);
    expectWellFormedDocx(ok.bytes!);
    const r = renderTemplate(makeDocx(nested(MAX_LOOP_DEPTH + 1)), data, { now: FIXED_NOW });
    expectVietnamese(r);
    expect(r.problems).toEqual([
      {
        tag: '{#a}',
        where: expect.stringMatching(/^thân văn bản, đoạn 1: “\{#a\}/),
        message: `Khối “{#a}” nằm trong ${MAX_LOOP_DEPTH} khối khác: mẫu chỉ được lồng tối đa ${MAX_LOOP_DEPTH} tầng khối {#…} hoặc {^…} (xem templates/README.md).`,
      },
    ]);
  });

  it('thousands of levels are refused before docxtemplater sees them (no stack overflow)', () => {
    const r = renderTemplate(makeDocx(nested(5000)), { a: true }, { now: FIXED_NOW });
    expectVietnamese(r);
    expect(r.problems).toHaveLength(1);
  });

  it('blocks that would fill more tags than the limit are refused before rendering', () => {
    const tpl = makeDocx(P('{#mo_hinh}{#mo_hinh}{#mo_hinh}{ten_mo_hinh}{/mo_hinh}{/mo_hinh}{/mo_hinh}'));
    const models = Array.from({ length: 200 }, (_, i) => ({ ...MODELS[i % MODELS.length], model: `Mô hình ${i}` }));
    const r = renderDocument(tpl, { ...input, aggregate: aggregateOf(config, models) }, { now: FIXED_NOW });
    expectVietnamese(r);
    expect(r.problems[0].message).toContain(`${(MAX_TAG_FILLS / 1_000_000).toLocaleString('vi-VN')} triệu`);
    // The same template with a few models is fine.
    expect(run(tpl).problems).toEqual([]);
  });
});

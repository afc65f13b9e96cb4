// Ownership stamps: a .docx the tool wrote is told from one an officer edited and from any other file; a PDF
// made from it is told from other PDFs, and a signed PDF is recognised.
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { combineDocuments, docxOwnership, pdfOwnership, renderDocument, stampDocx } from '../../../src/domain/document';
import { STAMP_PROPERTY } from '../../../src/domain/document/stamp';
import { FIXED_NOW, MODELS, aggregateOf, meta, ninhBinh } from './fixtures';
import { P, addPart, expectWellFormedDocx, makeDocx, part, templateBytes, withPart } from './helpers';

const config = ninhBinh();
const render = (models = MODELS, so = 29) =>
  renderDocument(templateBytes('huong-dan'), { meta: meta(undefined, { so }), config, aggregate: aggregateOf(config, models), template: 'huong-dan' }, { now: FIXED_NOW }).bytes!;

const stampOf = (docx: Uint8Array) => /name="Dân vận khéo – mã nội dung"><vt:lpwstr>([0-9a-z]+)<\/vt:lpwstr>/.exec(part(docx, 'docProps/custom.xml'))?.[1];
const keywords = (docx: Uint8Array) => /<cp:keywords>([^<]*)<\/cp:keywords>/.exec(part(docx, 'docProps/core.xml'))?.[1];

describe('stampDocx and docxOwnership', () => {
  it('every document renderDocument writes is stamped: the hash in a custom property, the marker in the keywords', () => {
    const docx = render();
    const hash = stampOf(docx)!;
    expect(hash).toMatch(/^[0-9a-z]{14}$/);
    expect(keywords(docx)).toBe(`29/HD-LĐLĐ; Hướng dẫn; Dân vận khéo; DVK-${hash}`);
    expect(docxOwnership(docx)).toBe('ours');
    expectWellFormedDocx(docx);
    // Stable: the same content, the same stamp; other content, another stamp.
    expect(stampOf(render())).toBe(hash);
    expect(stampOf(render(MODELS, 30))).not.toBe(hash);
  });

  it('the hash is pinned: a file stamped by an earlier version stays “ours”', () => {
    expect(stampOf(stampDocx(makeDocx(P('Dân vận khéo'))))).toBe('0xrpq5b1sithrt');
  });

  it('“edited” once the body, a header or a footer changed (as Word does on saving); properties alone do not count', () => {
    const docx = render();
    expect(docxOwnership(withPart(docx, 'word/document.xml', (x) => x.replace('</w:body>', '<w:p><w:r><w:t>Thêm</w:t></w:r></w:p></w:body>')))).toBe('edited');
    expect(docxOwnership(withPart(docx, 'word/header1.xml', (x) => x.replace('<w:hdr ', '<w:hdr w:rsid="00A1" ')))).toBe('edited');
    expect(docxOwnership(addPart(docx, 'word/footer9.xml', '<w:ftr/>'))).toBe('edited');
    expect(docxOwnership(withPart(docx, 'docProps/core.xml', (x) => x.replace('<dc:title>', '<dc:title>Sửa: ')))).toBe('ours');
  });

  it('“foreign”: no stamp, not a .docx, unreadable; never throws', () => {
    const docx = render();
    expect(docxOwnership(templateBytes('huong-dan'))).toBe('foreign');
    expect(docxOwnership(makeDocx(P('Văn bản khác')))).toBe('foreign');
    expect(docxOwnership(new Uint8Array(0))).toBe('foreign');
    expect(docxOwnership(new TextEncoder().encode('%PDF-1.7'))).toBe('foreign');
    expect(docxOwnership(docx.subarray(0, docx.length - 100))).toBe('foreign');
    expect(docxOwnership(withPart(docx, 'docProps/custom.xml', (x) => x.replace(STAMP_PROPERTY, 'Khác')))).toBe('foreign');
  });

  it('stamps a document without properties, keeps existing keywords and replaces an earlier marker', () => {
    const bare = stampDocx(makeDocx(P('Một')));
    expect(docxOwnership(bare)).toBe('ours');
    expectWellFormedDocx(bare);
    expect(keywords(bare)).toBe(`DVK-${stampOf(bare)}`);
    const again = stampDocx(withPart(render(), 'word/document.xml', (x) => x.replace('</w:body>', '<w:p/></w:body>')));
    expect(keywords(again)).toBe(`29/HD-LĐLĐ; Hướng dẫn; Dân vận khéo; DVK-${stampOf(again)}`);
    expect(part(again, 'docProps/custom.xml').split(STAMP_PROPERTY)).toHaveLength(2);
    expect(docxOwnership(again)).toBe('ours');
    // The other custom properties stay, in order, the stamp last.
    const names = [...part(again, 'docProps/custom.xml').matchAll(/name="([^"]+)"/g)].map((m) => m[1]);
    expect(names[0]).toBe('Số');
    expect(names[names.length - 1]).toBe(STAMP_PROPERTY);
  });

  it('each document of --each and the combined print file are stamped', () => {
    const docs = MODELS.slice(0, 3).map((m) => render([m]));
    for (const d of docs) expect(docxOwnership(d)).toBe('ours');
    const combined = combineDocuments(docs)!;
    expect(docxOwnership(combined)).toBe('ours');
    expect(stampOf(combined)).not.toBe(stampOf(docs[0]));
    expect(keywords(combined)!.match(/DVK-/g)).toHaveLength(1);
    expectWellFormedDocx(combined);
  });

  it('the stamp reads through a custom-properties part elsewhere than docProps/custom.xml', () => {
    const docx = render();
    const zip = new PizZip(docx);
    zip.file('docProps/rieng.xml', zip.file('docProps/custom.xml')!.asText());
    zip.remove('docProps/custom.xml');
    zip.file('_rels/.rels', zip.file('_rels/.rels')!.asText().replace('Target="docProps/custom.xml"', 'Target="docProps/rieng.xml"'));
    expect(docxOwnership(zip.generate({ type: 'uint8array' }))).toBe('ours');
  });
});

describe('pdfOwnership', () => {
  const pdf = (...body: string[]) => new Uint8Array(Buffer.from(['%PDF-1.7', ...body, '%%EOF'].join('\n'), 'latin1'));
  const MARK = 'DVK-0abc123def4567';
  const utf16Hex = (s: string, spaced = false) => {
    const hex = `FEFF${[...s].map((c) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')).join('')}`;
    return spaced ? hex.replace(/(.{4})/g, '$1 \n') : hex;
  };

  it('signed: /ByteRange, or /Type /Sig in any spacing', () => {
    expect(pdfOwnership(pdf('1 0 obj <</ByteRange [0 10 20 30] /Type /Sig>> endobj'))).toEqual({ ours: false, signed: true });
    expect(pdfOwnership(pdf('1 0 obj <</Type/Sig/Filter/Adobe.PPKLite>> endobj')).signed).toBe(true);
    expect(pdfOwnership(pdf('1 0 obj <</Type\r\n  /Sig >> endobj')).signed).toBe(true);
    expect(pdfOwnership(pdf('1 0 obj <</ByteRange[0 1 2 3]>> endobj')).signed).toBe(true);
  });

  it('not signed: an empty signature field, a field lock, no signature at all', () => {
    expect(pdfOwnership(pdf('1 0 obj <</FT /Sig /T (Chữ ký) /Lock <</Type /SigFieldLock /Action /All>> >> endobj')).signed).toBe(false);
    expect(pdfOwnership(pdf('1 0 obj <</Type /Signature>> endobj')).signed).toBe(false);
  });

  it.each([
    ['a UTF-16BE hex string, as LibreOffice writes it', `<</Keywords<${utf16Hex(`29/HD-LĐLĐ, Hướng, dẫn, ${MARK}`)}>>>`],
    ['a hex string with spaces and line breaks', `<< /Keywords < ${utf16Hex(MARK, true)} > >>`],
    ['a literal string', `<</Keywords (29/HD-L\\320L\\320; H\\(ướng\\) d\\\\ẫn; ${MARK})>>`],
    ['a UTF-16BE literal with octal escapes', `<</Keywords (\\376\\377${[...MARK].map((c) => `\\000${c}`).join('')})>>`],
    ['a PDFDocEncoding hex string', `<</Keywords <${Buffer.from(MARK).toString('hex')}>>>`],
    ['an indirect object', '<</Title (x) /Keywords 12 0 R>>', `12 0 obj\n(${MARK})\nendobj`],
    ['the XMP packet only', `<x:xmpmeta xmlns:x="adobe:ns:meta/"><pdf:Keywords>29/HD, ${MARK}</pdf:Keywords></x:xmpmeta>`],
  ])('ours: the marker in %s', (_what, ...body) => {
    expect(pdfOwnership(pdf(...body))).toEqual({ ours: true, signed: false });
  });

  it('not ours: no marker, a marker outside the metadata, a malformed one, garbage', () => {
    expect(pdfOwnership(pdf('<</Keywords (29/HD-LĐLĐ)>>')).ours).toBe(false);
    expect(pdfOwnership(pdf(`BT (${MARK}) Tj ET`)).ours).toBe(false);
    expect(pdfOwnership(pdf('<</Keywords (DVK-0abc)>>')).ours).toBe(false);
    expect(pdfOwnership(pdf('<</Keywords 12 0 R>>')).ours).toBe(false);
    expect(pdfOwnership(pdf('<</Keywords (unterminated'))).toEqual({ ours: false, signed: false });
    expect(pdfOwnership(new Uint8Array(0))).toEqual({ ours: false, signed: false });
    expect(pdfOwnership(templateBytes('huong-dan'))).toEqual({ ours: false, signed: false });
  });

  it('a signed PDF of ours: both', () => {
    expect(pdfOwnership(pdf(`<</Keywords <${utf16Hex(MARK)}>>>`, '5 0 obj <</Type /Sig /ByteRange [0 10 20 30]>> endobj'))).toEqual({ ours: true, signed: true });
  });
});

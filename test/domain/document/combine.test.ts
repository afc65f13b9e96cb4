// The print file of --each: documents from one template joined, each on a new page, still a valid document.
import { describe, expect, it } from 'vitest';
import { combineDocuments } from '../../../src/domain/document/combine';
import { renderDocument } from '../../../src/domain/document/render';
import { BUILTIN_TEMPLATES, type BuiltinName } from '../../../src/domain/document/templates';
import { FIXED_NOW, MODELS, REGISTERED, meta, ninhBinh } from './fixtures';
import { expectWellFormedDocx, paragraphs, part, templateBytes } from './helpers';

const config = ninhBinh();

describe('combineDocuments', () => {
  it.each(Object.keys(BUILTIN_TEMPLATES) as BuiltinName[])('%s: every body once, in order, each starting on a new page with its own sections', (name) => {
    const docs = MODELS.slice(0, 3).map((m, i) =>
      renderDocument(templateBytes(name), { meta: meta(undefined, { so: 40 + i }), config, aggregate: REGISTERED, models: [m], template: name }, { now: FIXED_NOW }).bytes!,
    );
    const combined = combineDocuments(docs)!;
    expectWellFormedDocx(combined);
    const xml = part(combined, 'word/document.xml');
    const body = paragraphs(xml).join('\n');
    const at = [40, 41, 42].map((n) => body.indexOf(`Số: ${n}/`));
    expect(at.every((x) => x >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Each document keeps its sections: its last one becomes a section break starting the next on a new page.
    const one = part(docs[0], 'word/document.xml').match(/<w:sectPr\b/g)!.length;
    expect(xml.match(/<w:sectPr\b/g)).toHaveLength(3 * one);
    expect(xml.match(/<w:p><w:pPr><w:sectPr\b/g)!.length).toBeGreaterThanOrEqual(2);
    expect(xml).not.toMatch(/<w:type w:val="(continuous|evenPage|oddPage)"\/>/);
    expect(xml).toMatch(/<\/w:sectPr><\/w:body><\/w:document>$/);
  });
});

// Joins documents rendered from one template into one print file, each starting on a new page.
import { stampZip } from './stamp';
import PizZip from './zip';

const BODY = /<w:body>([\s\S]*)<\/w:body>/;
const PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';

/**
 * Where the body's own section properties start (the last section's page size, margins, headers): the last
 * `<w:sectPr>` when it closes the body; -1 when the body has none. Section breaks inside the body sit in a
 * paragraph's properties and are not it.
 */
function finalSectionAt(body: string): number {
  const at = body.lastIndexOf('<w:sectPr');
  return at >= 0 && /^<w:sectPr\b[^>]*(?:\/>|>[\s\S]*<\/w:sectPr>)\s*$/.test(body.slice(at)) ? at : -1;
}

/** A document's last section, closed by a section break that starts the next document on a new page. */
function sectionBreak(section: string): string {
  return `<w:p><w:pPr>${section.trim().replace(/<w:type\b[^>]*\/>/, '<w:type w:val="nextPage"/>')}</w:pPr></w:p>`;
}

/**
 * All documents must come from the same template (same styles, numbering and headers): the first is the base,
 * the bodies of the others follow it. Each document keeps the layout of its last section (a landscape annex
 * stays landscape): its final section properties become a section break, or a page break when it has none.
 * The result is stamped (stamp.ts). Null when there is nothing to join.
 */
export function combineDocuments(docs: readonly Uint8Array[]): Uint8Array | null {
  if (docs.length === 0) return null;
  const base = new PizZip(docs[0]);
  const xml = base.file('word/document.xml')!.asText();
  let joined = '';
  docs.forEach((d, i) => {
    const body = BODY.exec(new PizZip(d).file('word/document.xml')!.asText())?.[1] ?? '';
    const at = finalSectionAt(body);
    if (i === docs.length - 1) joined += body;
    else if (at < 0) joined += body + PAGE_BREAK;
    else joined += body.slice(0, at) + sectionBreak(body.slice(at));
  });
  base.file('word/document.xml', xml.replace(BODY, () => `<w:body>${joined}</w:body>`));
  stampZip(base);
  return base.generate({ type: 'uint8array', compression: 'DEFLATE' });
}

// Joins documents rendered from one template into one print file, each starting on a new page.
import PizZip from './zip';

const BODY = /<w:body>([\s\S]*)<\/w:body>/;
/** The document's last section properties: page size, margins, headers. */
const FINAL_SECTION = /<w:sectPr\b[\s\S]*?<\/w:sectPr>\s*$/;
const PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';

/**
 * All documents must come from the same template (same styles, numbering and headers): the first is the base,
 * the bodies of the others follow it, separated by page breaks. Null when there is nothing to join.
 */
export function combineDocuments(docs: readonly Uint8Array[]): Uint8Array | null {
  if (docs.length === 0) return null;
  const base = new PizZip(docs[0]);
  const xml = base.file('word/document.xml')!.asText();
  const bodies: string[] = [];
  let finalSection = '';
  for (const d of docs) {
    const body = BODY.exec(new PizZip(d).file('word/document.xml')!.asText())?.[1] ?? '';
    const section = FINAL_SECTION.exec(body);
    if (!finalSection && section) finalSection = section[0];
    bodies.push(section ? body.slice(0, section.index) : body);
  }
  const joined = bodies.join(PAGE_BREAK) + finalSection;
  base.file('word/document.xml', xml.replace(BODY, () => `<w:body>${joined}</w:body>`));
  return base.generate({ type: 'uint8array', compression: 'DEFLATE' });
}

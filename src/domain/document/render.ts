// Pure .docx rendering with docxtemplater + PizZip on bytes (no Node APIs: it also runs inside Apps Script).
// Template problems are all reported at once in Vietnamese; missing data renders empty with a warning.
import Docxtemplater from 'docxtemplater';
import { xmlSafe } from '../text';
import { utf8Decode } from '../zip';
import { deepBlocks, fillBudget } from './bounds';
import { buildDocumentData, type DocumentInput, type TagData } from './data';
import { layoutAs } from './format';
import { Locator } from './locate';
import { openTemplate } from './package';
import { currentPack, type RulePack } from './packs';
import { writeProperties, type CustomProperty, type DocProperties } from './props';
import { documentProperties } from './record';
import { stampZip } from './stamp';
import { zipBytes } from './zip-write';
import { CONTENT_FILE, checkTags, scanUnknownTags, shownTag, type Part } from './tag-check';
import type { TagSpec } from './tags';
import { templaterProblems, type TemplateMessage } from './template-errors';
import type PizZip from './zip';

export type { CustomProperty, DocProperties, TemplateMessage };
export { documentProperties };

export interface RenderResult {
  /** The .docx; null when there are problems. */
  bytes: Uint8Array | null;
  warnings: TemplateMessage[];
  problems: TemplateMessage[];
}

export interface RenderOptions {
  /** Tag catalogue: when given, tags it does not hold are problems. */
  tags?: TagSpec[];
  properties?: DocProperties;
  /** Time stamp of the output (modified time, zip entry dates); fixed for byte-identical output. */
  now?: Date;
  /** Adds the ownership stamp (stamp.ts): renderDocument always does. */
  stamp?: boolean;
  /** Lays the rendered document out as this pack says (format/index.ts layoutAs), before it is stamped. */
  layout?: RulePack;
}

function dedupe(list: TemplateMessage[]): TemplateMessage[] {
  const seen = new Set<string>();
  return list.filter((m) => {
    const k = `${m.tag}\u0000${m.where}\u0000${m.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Word and LibreOffice merge two tables with nothing between them into one (the second takes the first's
 * borders). Removing a condition's paragraphs, or a {@table} after a table, can leave two tables touching:
 * put a tiny empty paragraph between them.
 */
function separateTables(zip: PizZip): void {
  const spacer = '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>';
  for (const name of Object.keys(zip.files).filter((f) => CONTENT_FILE.test(f))) {
    // The platform's decoder where there is one: PizZip's own is slow on a list of thousands of models.
    const file = zip.file(name);
    const xml = file ? utf8Decode(file.asUint8Array()) : '';
    if (xml.includes('</w:tbl>') && /<\/w:tbl>\s*<w:tbl>/.test(xml)) zip.file(name, xml.replace(/<\/w:tbl>\s*<w:tbl>/g, `</w:tbl>${spacer}<w:tbl>`));
  }
}

/** Zip entry dates are local time: build one whose local fields are `now`'s UTC fields, so output does not depend on the time zone. */
function zipDate(now: Date): Date {
  return new Date(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds());
}

/** The data with every string passed through xmlSafe: the same objects where nothing changes (almost always). */
function xmlSafeData(v: TagData[string]): TagData[string] {
  if (typeof v === 'string') return xmlSafe(v);
  if (Array.isArray(v)) {
    let out: typeof v | null = null;
    for (let i = 0; i < v.length; i++) {
      const x = xmlSafeData(v[i]) as (typeof v)[number];
      if (x !== v[i]) (out ??= v.slice())[i] = x;
    }
    return out ?? v;
  }
  if (v && typeof v === 'object') {
    let out: TagData | null = null;
    for (const k of Object.keys(v)) {
      const x = xmlSafeData(v[k]);
      if (x !== v[k]) (out ??= { ...v })[k] = x;
    }
    return out ?? v;
  }
  return v;
}

/** Fills a .docx template with tag data. */
export function renderTemplate(template: Uint8Array | ArrayBuffer, data: TagData, opts: RenderOptions = {}): RenderResult {
  const now = opts.now ?? new Date();
  const warnings: TemplateMessage[] = [];
  const fail = (problems: TemplateMessage[]): RenderResult => ({ bytes: null, warnings: dedupe(warnings), problems: dedupe(problems) });

  const opened = openTemplate(template instanceof Uint8Array ? template : new Uint8Array(template));
  if (!opened.zip) return fail(opened.problems);
  const zip = opened.zip;
  const locator = new Locator(zip);
  const tooDeep = deepBlocks(zip, locator);
  if (tooDeep.length) return fail(tooDeep);

  const collector = {
    name: 'DvkMissingData',
    // docxtemplater passes the file's templater as a third argument (its typings list two).
    nullGetter(part: Part, _sm: unknown, xt?: { filePath?: string }) {
      warnings.push({
        tag: shownTag(part),
        where: locator.where(xt?.filePath, part.offset),
        message: `Thẻ “${shownTag(part)}” không có dữ liệu: để trống.`,
      });
      return '';
    },
  };

  let doc: Docxtemplater;
  try {
    doc = new Docxtemplater(zip, {
      paragraphLoop: true,
      linebreaks: true,
      errorLogging: false,
      modules: [collector],
      nullGetter: () => '',
    });
  } catch (e) {
    const problems = templaterProblems(e, locator);
    if (opts.tags) problems.push(...scanUnknownTags(zip, opts.tags, locator));
    return fail(problems);
  }

  if (opts.tags) {
    const problems: TemplateMessage[] = [];
    const compiled = (doc as unknown as { compiled: Record<string, { postparsed?: Part[] }> }).compiled;
    for (const [file, xt] of Object.entries(compiled)) {
      if (!CONTENT_FILE.test(file) || !xt.postparsed) continue;
      checkTags(xt.postparsed, [opts.tags], false, (p, message) =>
        problems.push({ tag: shownTag(p), where: locator.where(file, p.offset), message }),
      );
    }
    if (problems.length) return fail(problems);
  }

  // Text from units, officers, the config and the metadata is data: a character XML forbids is dropped, never written.
  // Raw OOXML of a catalogued {@tag} is built through escapeXml, which has dropped them already: not scanned again.
  const raw = new Set((opts.tags ?? []).filter((t) => t.kind === 'raw').map((t) => t.name));
  const safe: TagData = {};
  for (const k of Object.keys(data)) safe[k] = raw.has(k) ? data[k] : xmlSafeData(data[k]);
  const compiled = (doc as unknown as { compiled: Record<string, { postparsed?: Part[] }> }).compiled;
  const overflow = fillBudget(compiled, safe, locator);
  if (overflow) return fail([overflow]);

  try {
    doc.render(safe);
  } catch (e) {
    return fail(templaterProblems(e, locator));
  }

  const out = doc.getZip() as unknown as PizZip;
  separateTables(out);
  if (opts.layout) layoutAs(out, opts.layout);
  if (opts.properties) writeProperties(out, opts.properties, now);
  if (opts.stamp) stampZip(out);
  const bytes = zipBytes(out, zipDate(now));
  return { bytes, warnings: dedupe(warnings), problems: [] };
}

/** Builds the tag data from the document input and fills the template: the one call the adapters need. The output is stamped. */
export function renderDocument(template: Uint8Array | ArrayBuffer, input: DocumentInput, opts: { now?: Date } = {}): RenderResult {
  const { data, tags, warnings, problems, pack } = buildDocumentData(input);
  // A built-in template is built from its profile's current pack; a document dated under another pack takes its layout.
  const layout = input.template && pack.id !== currentPack(pack.profile).id ? pack : undefined;
  const r = renderTemplate(template, data, { tags, properties: documentProperties(data, pack), now: opts.now, stamp: true, layout });
  const fromMeta = (message: string) => ({ tag: '', where: 'thông tin văn bản', message });
  // Metadata problems and template problems are reported together; either stops the document.
  return {
    bytes: problems.length ? null : r.bytes,
    warnings: [...warnings.map(fromMeta), ...r.warnings],
    problems: [...problems.map(fromMeta), ...r.problems],
  };
}

// Document properties (docProps/core.xml, docProps/custom.xml) and the package entries they need. Part names
// and targets come from templates: they are compared as strings and written escaped, never put into a regular
// expression or a replacement pattern.
import { parseRelationships, resolveTarget } from './package';
import { escapeXml, unescapeXml } from './xml';
import type PizZip from './zip';

export interface CustomProperty {
  name: string;
  value: string;
  /** 'date' values are YYYY-MM-DD. */
  type?: 'text' | 'date';
}

/** Document properties (docProps/core.xml and docProps/custom.xml). */
export interface DocProperties {
  title: string;
  subject: string;
  creator: string;
  identifier: string;
  keywords: string;
  description: string;
  category: string;
  language: string;
  /** YYYY-MM-DD: the document's date. */
  issued?: string;
  custom: CustomProperty[];
}

export const CT_CORE = 'application/vnd.openxmlformats-package.core-properties+xml';
export const CT_CUSTOM = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
export const REL_CORE = 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties';
export const REL_CUSTOM = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

const isoSeconds = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;

export const CORE_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
  'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">';

export function coreXml(p: DocProperties, now: Date): string {
  const created = p.issued && /^\d{4}-\d{2}-\d{2}$/.test(p.issued) ? `${p.issued}T00:00:00Z` : isoSeconds(now);
  const el = (tag: string, v: string) => (v ? `<${tag}>${escapeXml(v)}</${tag}>` : '');
  return (
    CORE_OPEN +
    el('dc:title', p.title) +
    el('dc:subject', p.subject) +
    el('dc:creator', p.creator) +
    el('cp:keywords', p.keywords) +
    el('dc:description', p.description) +
    el('dc:identifier', p.identifier) +
    el('dc:language', p.language) +
    el('cp:category', p.category) +
    el('cp:lastModifiedBy', p.creator) +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${isoSeconds(now)}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * Our properties (replacing same-named ones) first, or last, with the other properties the part already had;
 * pids renumbered.
 */
export function customXml(props: CustomProperty[], existing: string | undefined, ours: 'first' | 'last' = 'first'): string {
  const names = new Set(props.map((p) => p.name));
  const kept: string[] = [];
  for (const m of (existing ?? '').matchAll(/<property\b[^>]*\bname="([^"]*)"[^>]*>[\s\S]*?<\/property>/g))
    if (!names.has(unescapeXml(m[1]))) kept.push(m[0]);
  let pid = 2;
  const renumber = (s: string) => s.replace(/\bpid="\d+"/, () => `pid="${pid++}"`);
  const mine = props.map((p) => {
    const v =
      p.type === 'date' ? `<vt:filetime>${escapeXml(p.value)}T00:00:00Z</vt:filetime>` : `<vt:lpwstr>${escapeXml(p.value)}</vt:lpwstr>`;
    return `<property fmtid="${FMTID}" pid="0" name="${escapeXml(p.name)}">${v}</property>`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    (ours === 'first' ? [...mine, ...kept] : [...kept, ...mine]).map(renumber).join('') +
    '</Properties>'
  );
}

/** The value of a custom property (text), or null. */
export function customValue(xml: string, name: string): string | null {
  for (const m of xml.matchAll(/<property\b[^>]*\bname="([^"]*)"[^>]*>([\s\S]*?)<\/property>/g)) {
    if (unescapeXml(m[1]) !== name) continue;
    const v = /<vt:lpwstr>([^<]*)<\/vt:lpwstr>/.exec(m[2]);
    return v ? unescapeXml(v[1]) : null;
  }
  return null;
}

/** Adds a child at the end of a well-formed part's root element (also when the root is empty, `<Types …/>`). */
export function appendToRoot(xml: string, child: string): string {
  const close = /<\/[^<>]+>\s*$/.exec(xml);
  if (close) return xml.slice(0, close.index) + child + xml.slice(close.index);
  const empty = /<([A-Za-z_][\w.:-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/>\s*$/.exec(xml);
  if (empty) return `${xml.slice(0, empty.index)}<${empty[1]}${empty[2]}>${child}</${empty[1]}>`;
  throw new Error('appendToRoot: not a well-formed part');
}

/** The part names [Content_Types].xml overrides, as written (“/docProps/core.xml”). */
function overriddenParts(types: string): string[] {
  return [...types.matchAll(/<(?:[A-Za-z_][\w.-]*:)?Override\b[^>]*?\bPartName\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => unescapeXml(m[1] ?? m[2]));
}

/** Gives a part its content type, unless [Content_Types].xml already names it (OPC part names ignore case). */
export function ensureOverride(types: string, part: string, contentType: string): string {
  const name = `/${part}`.toLowerCase();
  if (overriddenParts(types).some((p) => p.toLowerCase() === name)) return types;
  return appendToRoot(types, `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(contentType)}"/>`);
}

/** Adds a package relationship of this type, unless there is one. */
export function ensureRelationship(rels: string, type: string, target: string): string {
  const list = parseRelationships(rels);
  if (list.some((r) => r.type === type)) return rels;
  const ids = new Set(list.map((r) => r.id));
  let n = 1;
  while (ids.has(`rId${n}`)) n++;
  return appendToRoot(rels, `<Relationship Id="rId${n}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`);
}

/** The name PizZip holds for a part name, matched without regard to case; the name itself when absent. */
export function entryName(zip: PizZip, name: string): string {
  if (zip.files[name]) return name;
  const lower = name.toLowerCase();
  return Object.keys(zip.files).find((k) => k.toLowerCase() === lower) ?? name;
}

/** A property part: the package relationship's target of this type, or its usual place. */
export function propertyPart(zip: PizZip, relType: string, usual: string): string {
  const rel = parseRelationships(zip.file(entryName(zip, '_rels/.rels'))?.asText() ?? '').find((r) => r.type === relType && !r.external && r.target);
  const resolved = rel ? resolveTarget('', rel.target!.trim()) : null;
  return entryName(zip, resolved || usual);
}

/** Registers the core and custom property parts in [Content_Types].xml and _rels/.rels. */
export function registerProperties(zip: PizZip, corePath: string, customPath: string): void {
  const typesName = entryName(zip, '[Content_Types].xml');
  let types = zip.file(typesName)?.asText() ?? '';
  types = ensureOverride(types, corePath, CT_CORE);
  types = ensureOverride(types, customPath, CT_CUSTOM);
  zip.file(typesName, types);
  const relsName = entryName(zip, '_rels/.rels');
  let rels = zip.file(relsName)?.asText() ?? '';
  rels = ensureRelationship(rels, REL_CORE, corePath);
  rels = ensureRelationship(rels, REL_CUSTOM, customPath);
  zip.file(relsName, rels);
}

export const corePart = (zip: PizZip) => propertyPart(zip, REL_CORE, 'docProps/core.xml');
export const customPart = (zip: PizZip) => propertyPart(zip, REL_CUSTOM, 'docProps/custom.xml');

export function writeProperties(zip: PizZip, p: DocProperties, now: Date): void {
  const corePath = corePart(zip);
  const customPath = customPart(zip);
  zip.file(corePath, coreXml(p, now));
  zip.file(customPath, customXml(p.custom, zip.file(customPath)?.asText()));
  registerProperties(zip, corePath, customPath);
}

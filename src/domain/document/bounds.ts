// Bounds of a render: how deep blocks nest (checked on the text, before docxtemplater parses anything) and how many
// tags the data would fill (counted on the parsed template, before rendering).
import type { TagData } from './data';
import { indexParagraphs, type Locator } from './locate';
import { MAX_LOOP_DEPTH, MAX_TAG_FILLS } from './package';
import { shownTag, type Part } from './tag-check';
import type { TemplateMessage } from './template-errors';
import { unescapeXml } from './xml';
import type PizZip from './zip';

const XML_PART = /\.xml$/i;

/** Blocks nested deeper than MAX_LOOP_DEPTH, one problem per part (at the first block too deep). */
export function deepBlocks(zip: PizZip, locator: Locator): TemplateMessage[] {
  const out: TemplateMessage[] = [];
  for (const file of Object.keys(zip.files)) {
    if (!XML_PART.test(file) || file === '[Content_Types].xml') continue;
    const xml = zip.file(file)?.asText() ?? '';
    if (!xml.includes('{')) continue;
    const { text } = indexParagraphs(xml);
    let depth = 0;
    const re = /\{([#^/])([^{}]*)\}/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[1] === '/') depth = Math.max(0, depth - 1);
      else if (++depth > MAX_LOOP_DEPTH) {
        const tag = `{${m[1]}${unescapeXml(m[2]).trim()}}`;
        out.push({
          tag,
          where: locator.where(file, m.index),
          message: `Khối “${tag}” nằm trong ${MAX_LOOP_DEPTH} khối khác: mẫu chỉ được lồng tối đa ${MAX_LOOP_DEPTH} tầng khối {#…} hoặc {^…} (xem templates/README.md).`,
        });
        break;
      }
    }
  }
  return out;
}

type Data = TagData[string];

/** A tag's value as docxtemplater finds it: the innermost scope that has it. */
function lookup(name: string, scopes: readonly Data[]): Data | undefined {
  if (name === '.') return scopes[0];
  for (const s of scopes)
    if (s && typeof s === 'object' && !Array.isArray(s) && Object.prototype.hasOwnProperty.call(s, name) && s[name] !== undefined) return s[name];
  return undefined;
}

/**
 * Counts the tags rendering would fill, stopping as soon as the count passes MAX_TAG_FILLS: a problem naming the
 * outermost block that passes it, or null.
 */
export function fillBudget(compiled: Record<string, { postparsed?: Part[] }>, data: TagData, locator: Locator): TemplateMessage | null {
  let left = MAX_TAG_FILLS;
  const walk = (parts: Part[], scopes: readonly Data[]): boolean => {
    for (const p of parts) {
      if (p.type !== 'placeholder') continue;
      if (--left < 0) return false;
      if (p.module !== 'loop' || !p.subparsed) continue;
      const v = lookup(p.value.trim(), scopes);
      if (p.inverted) {
        if ((!v || (Array.isArray(v) && !v.length)) && !walk(p.subparsed, scopes)) return false;
      } else if (Array.isArray(v)) {
        for (const item of v) if (--left < 0 || !walk(p.subparsed, [item, ...scopes])) return false;
      } else if (v && typeof v === 'object') {
        if (!walk(p.subparsed, [v, ...scopes])) return false;
      } else if (v && !walk(p.subparsed, scopes)) return false;
    }
    return true;
  };
  for (const [file, xt] of Object.entries(compiled))
    for (const p of xt.postparsed ?? []) {
      if (walk([p], [data])) continue;
      const tag = shownTag(p);
      return {
        tag,
        where: locator.where(file, p.offset),
        message:
          `Với số liệu này, ${p.module === 'loop' ? `khối “${tag}”` : `thẻ “${tag}”`} sẽ điền hơn ${MAX_TAG_FILLS / 1_000_000} triệu lần thẻ, ` +
          'vượt giới hạn của công cụ: hãy bỏ bớt khối lồng nhau (ví dụ “{#mo_hinh}” bên trong “{#mo_hinh}”) hoặc dùng bảng dựng sẵn như {@bang_danh_sach}.',
      };
    }
  return null;
}

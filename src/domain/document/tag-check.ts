// The tag check: every tag of a template must be in the catalogue (tags.ts), of the right kind and in scope; unknown
// names get the closest known one as a suggestion.
import { indexParagraphs, type Locator } from './locate';
import { allTagNames, type TagSpec } from './tags';
import type { TemplateMessage } from './template-errors';
import { unescapeXml } from './xml';
import type PizZip from './zip';

export interface Part {
  type: string;
  module?: string;
  value: string;
  offset?: number;
  inverted?: boolean;
  subparsed?: Part[];
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return d[b.length];
}

function suggestion(name: string, known: Iterable<string>): string {
  let best = '';
  let bestD = 3;
  for (const k of known) {
    const dd = distance(name.toLowerCase(), k);
    if (dd < bestD) [best, bestD] = [k, dd];
  }
  return best ? ` Có phải “${best}”?` : '';
}

const UNKNOWN = (shown: string, name: string, known: Iterable<string>) =>
  `Thẻ “${shown}” không có trong danh sách thẻ (xem templates/README.md).${suggestion(name, known)}`;

export function shownTag(p: Part): string {
  if (p.module === 'loop') return `{${p.inverted ? '^' : '#'}${p.value}}`;
  if (p.module === 'rawxml') return `{@${p.value}}`;
  return `{${p.value}}`;
}

export function checkTags(parts: Part[], scopes: TagSpec[][], inLoop: boolean, report: (p: Part, message: string) => void): void {
  for (const p of parts) {
    if (p.type !== 'placeholder') continue;
    const name = p.value.trim();
    let next = scopes;
    let loop = inLoop;
    if (name === '.') {
      if (!inLoop) report(p, 'Thẻ “{.}” chỉ dùng bên trong một vòng lặp.');
    } else {
      let spec: TagSpec | undefined;
      for (const s of scopes) if ((spec = s.find((t) => t.name === name))) break;
      if (!spec) report(p, UNKNOWN(shownTag(p), name, new Set(scopes.flat().map((t) => t.name))));
      else if (p.module === 'rawxml' && spec.kind !== 'raw')
        report(p, `Thẻ “{${name}}” là chữ, không phải bảng dựng sẵn: viết “{${name}}”, không có “@”.`);
      else if (p.module !== 'rawxml' && spec.kind === 'raw')
        report(p, `Thẻ “${shownTag(p)}” chèn nguyên một bảng: viết “{@${name}}” đứng một mình trong một đoạn.`);
      else if (!p.module && spec.kind === 'loop')
        report(p, `Thẻ “{${name}}” là một danh sách: dùng vòng lặp “{#${name}}…{/${name}}”.`);
      if (p.module === 'loop' && spec?.kind === 'loop' && !p.inverted) {
        next = [spec.item ?? [], ...scopes];
        loop = true;
      }
    }
    if (p.subparsed) checkTags(p.subparsed, next, loop, report);
  }
}

/** Files whose tags a user sees and edits. */
export const CONTENT_FILE = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;

/** When the template does not compile, unknown names are still listed (by name only, without scopes). */
export function scanUnknownTags(zip: PizZip, tags: TagSpec[], locator: Locator): TemplateMessage[] {
  const known = allTagNames(tags);
  const out: TemplateMessage[] = [];
  for (const file of Object.keys(zip.files).filter((f) => CONTENT_FILE.test(f))) {
    const { text } = indexParagraphs(zip.file(file)?.asText() ?? '');
    const re = /\{([#^/@]?)([^{}]*)\}/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = unescapeXml(m[2]).trim();
      // Text between a stray “{” and a later “}” is a syntax problem already reported, not a tag name.
      if (name === '.' || known.has(name) || m[1] === '/' || !/^[\p{L}\p{N}_.-]{1,60}$/u.test(name)) continue;
      out.push({ tag: m[0], where: locator.where(file, m.index), message: UNKNOWN(m[0], name, known) });
    }
  }
  return out;
}

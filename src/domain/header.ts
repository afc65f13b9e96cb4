// Finds the table header of a registration list and maps each known column, however the unit worded it.
import type { Config } from './config';
import { cellText, type Cell, type Grid } from './grid';
import type { HeaderMap } from './model';
import { foldCompact, foldLoose } from './text';
import { detectLegacy } from './legacy';

export const HEADER_SEARCH_ROWS = 30;

type Role =
  | { kind: 'stt' | 'name' | 'model' | 'cont' | 'new' | 'fieldGroup' | 'kind' }
  | { kind: 'field'; code: string }
  | { kind: 'extra'; key: string };

interface Matcher {
  /** compact folded label → role, for exact matches of config fields and extra columns. */
  exact: Map<string, Role>;
  /** compact folded aliases of extra columns, for prefix matches (“Địa điểm triển khai mô hình”). */
  extraPrefix: { prefix: string; key: string }[];
}

export function buildMatcher(config: Config): Matcher {
  const exact = new Map<string, Role>();
  for (const f of config.fields) {
    for (const s of [f.code, f.label, ...(f.aliases ?? [])]) {
      const k = foldCompact(s);
      if (k && !exact.has(k)) exact.set(k, { kind: 'field', code: f.code });
    }
  }
  const extraPrefix: Matcher['extraPrefix'] = [];
  for (const c of config.columns ?? []) {
    for (const s of [c.label, ...(c.aliases ?? [])]) {
      const k = foldCompact(s);
      if (k && !exact.has(k)) exact.set(k, { kind: 'extra', key: c.key });
      if (k) extraPrefix.push({ prefix: k, key: c.key });
    }
  }
  extraPrefix.sort((a, b) => b.prefix.length - a.prefix.length);
  return { exact, extraPrefix };
}

const STT = new Set(['stt', 'tt', 'sott', 'sothutu', 'thutu']);
/** Headers of a column telling tập thể from cá nhân. */
const KIND_HEADERS = new Set(['loai', 'loai hinh', 'phan loai', 'doi tuong', 'tap the hay ca nhan', 'tap the ca nhan', 'mo hinh tap the ca nhan']);

/** Folded text of a header cell; legacy-encoded headers are read through their conversion. */
export function headerText(c: Cell | undefined): string {
  const t = cellText(c);
  if (!t) return '';
  const legacy = detectLegacy(t);
  return foldLoose(legacy ? legacy.unicode : t);
}

export function matchRole(folded: string, m: Matcher): Role | null {
  if (!folded) return null;
  const compact = folded.replace(/ /g, '');
  const exact = m.exact.get(compact);
  if (exact) return exact;
  if (STT.has(compact)) return { kind: 'stt' };
  if (
    /^(ho (va )?)?ten (cua )?(tap the|ca nhan|don vi|to chuc|co quan)/.test(folded) ||
    folded.includes('tap the hoac ca nhan') ||
    /^(tap the|don vi|co quan)\s*(\/|,|hoac)?\s*ca nhan/.test(folded)
  )
    return { kind: 'name' };
  for (const p of m.extraPrefix) if (compact.startsWith(p.prefix)) return { kind: 'extra', key: p.key };
  if (KIND_HEADERS.has(folded)) return { kind: 'kind' };
  if (folded.includes('tiep tuc')) return { kind: 'cont' };
  if (/(^| )moi( |$)/.test(folded) && !folded.includes('mo hinh')) return { kind: 'new' };
  if (compact.startsWith('linhvuc')) return { kind: 'fieldGroup' };
  if (folded.includes('mo hinh') || folded.includes('dien hinh')) return { kind: 'model' };
  return null;
}

/** Values of the first rows with each merged range's value copied into all its cells. */
function headerArea(grid: Grid, rows: number): string[][] {
  const out: string[][] = [];
  for (let r = 0; r < rows; r++) out.push((grid.values[r] ?? []).map(headerText));
  for (const mg of grid.merges) {
    if (mg.top >= rows) continue;
    const v = out[mg.top]?.[mg.left] ?? '';
    if (!v) continue;
    for (let r = mg.top; r <= Math.min(mg.bottom, rows - 1); r++) {
      for (let c = mg.left; c <= mg.right; c++) {
        if (!out[r]) continue;
        if (!out[r][c]) out[r][c] = v;
      }
    }
  }
  return out;
}

function emptyMap(firstRow: number, lastRow: number): HeaderMap {
  return { firstRow, lastRow, stt: null, name: null, model: null, cont: null, new: null, fields: {}, fieldText: null, extra: {}, kind: null };
}

/** Assigns roles to columns; first column wins for single roles. */
function assign(cols: (Role | null)[], firstRow: number, lastRow: number, texts: string[] = []): HeaderMap {
  const isShortKindHeader = (c: number) => !(texts[c] ?? '').startsWith('ten') && (texts[c] ?? '').split(' ').length <= 5;
  const h = emptyMap(firstRow, lastRow);
  let group: number | null = null;
  cols.forEach((role, c) => {
    if (!role) return;
    switch (role.kind) {
      case 'field':
        if (!(role.code in h.fields)) h.fields[role.code] = c;
        break;
      case 'extra':
        if (!(role.key in h.extra)) h.extra[role.key] = c;
        break;
      case 'fieldGroup':
        if (group === null) group = c;
        break;
      case 'kind':
        if (h.kind === null) h.kind = c;
        break;
      case 'name':
        // A second “Tập thể/Cá nhân” column next to the name is the kind of each model.
        if (h.name === null) h.name = c;
        else if (h.kind === null && cols[c] && isShortKindHeader(c)) h.kind = c;
        break;
      default:
        if (h[role.kind] === null) h[role.kind] = c;
    }
  });
  if (Object.keys(h.fields).length === 0 && group !== null) h.fieldText = group;
  return h;
}

function score(h: HeaderMap): number {
  let s = 0;
  for (const k of ['stt', 'name', 'model', 'cont', 'new'] as const) if (h[k] !== null) s++;
  if (Object.keys(h.fields).length > 0 || h.fieldText !== null) s++;
  return s + Math.min(Object.keys(h.extra).length, 2);
}

/** Finds the header among the first 30 rows; null when no row looks like one. */
export function findHeader(grid: Grid, config: Config): HeaderMap | null {
  const m = buildMatcher(config);
  const rows = Math.min(HEADER_SEARCH_ROWS, grid.values.length);
  const area = headerArea(grid, Math.min(rows + 1, grid.values.length));
  let best: HeaderMap | null = null;
  let bestScore = 0;
  for (let r = 0; r < rows; r++) {
    const top = area[r];
    if (!top || top.every((t) => !t)) continue;
    const single = assign(top.map((t) => matchRole(t, m)), r + 1, r + 1, top);
    const sub = area[r + 1];
    let candidate = single;
    // Only a row that is itself header-like (STT, names, a “Lĩnh vực” group…) can start a two-row header.
    if (sub && score(single) >= 2) {
      // A second header row: sub-labels (fields, registration types) under a merged group label.
      // A data row is never taken for one: under STT, name and model the second row must be blank or merged.
      const width = Math.max(top.length, sub.length);
      const cols: (Role | null)[] = [];
      let subRoles = 0;
      let looksLikeData = false;
      for (let c = 0; c < width; c++) {
        const own = sub[c] && sub[c] !== top[c] ? sub[c] : '';
        const t = matchRole(top[c] ?? '', m);
        if (own && t && (t.kind === 'stt' || t.kind === 'name' || t.kind === 'model')) looksLikeData = true;
        const s = own ? matchRole(own, m) : null;
        if (s && (s.kind === 'field' || s.kind === 'cont' || s.kind === 'new' || s.kind === 'extra')) subRoles++;
        cols.push(s ?? t);
      }
      if (subRoles > 0 && !looksLikeData) {
        const two = assign(cols, r + 1, r + 2, top.map((t, c) => (sub[c] && sub[c] !== t ? sub[c] : t)));
        if (score(two) >= score(single)) candidate = two;
      }
    }
    const s = score(candidate);
    if ((candidate.name !== null || candidate.model !== null) && s >= 3 && s > bestScore) {
      best = candidate;
      bestScore = s;
    }
  }
  return best;
}

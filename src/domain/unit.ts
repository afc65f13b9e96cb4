// Tells which unit sent a list: from the title lines above the table, else the sheet or file name.
import type { Finding } from './codes';
import { inForce, successorChain, type Config } from './config';
import { makeFinding } from './messages';
import { cellText, type Grid } from './grid';
import { detectLegacy } from './legacy';
import type { Unit } from './model';
import { foldLoose } from './text';

/** Abbreviations officers write in unit names, folded. */
const ABBREVIATIONS: Record<string, string> = {
  ldld: 'lien doan lao dong',
  cd: 'cong doan',
  cdn: 'cong doan nganh',
  cdcs: 'cong doan co so',
  cdvc: 'cong doan vien chuc',
  tp: 'thanh pho',
  tx: 'thi xa',
  kcn: 'khu cong nghiep',
  ubnd: 'uy ban nhan dan',
  bv: 'benh vien',
  dk: 'da khoa',
  nn: 'nong nghiep',
  ptnt: 'phat trien nong thon',
  gtvt: 'giao thong van tai',
};

/** Folded, abbreviations expanded, padded with spaces for whole-word containment. */
export function unitKey(s: string): string {
  const legacy = detectLegacy(s);
  const words = foldLoose(legacy ? legacy.unicode : s).split(' ');
  return ` ${words.map((w) => ABBREVIATIONS[w] ?? w).join(' ')} `;
}

/** Lines that are part of every form, never a unit name. */
const GENERIC =
  /^ (danh sach|dang ky|cong hoa|doc lap|mau|bieu mau|phu luc|kem theo|giai doan|nam \d|ngay |v v |ve viec|trich yeu|so |\d)/;

function isPlaceholder(text: string): boolean {
  return /\.{3,}|…|_{3,}/.test(text) || /\(tp\)/i.test(text);
}

export interface UnitMatch {
  unit: Unit | null;
  /** The configured unit the list was matched to, if any. */
  configured: Config['units'][number] | null;
  /** A title line was there but only its placeholder (“LIÊN ĐOÀN LAO ĐỘNG HUYỆN (TP), CÔNG ĐOÀN NGÀNH.....”). */
  placeholder: boolean;
}

export function titleLines(grid: Grid, headerFirstRow: number | null): string[] {
  const end = headerFirstRow === null ? Math.min(grid.values.length, 10) : headerFirstRow - 1;
  const lines: string[] = [];
  for (let r = 0; r < end; r++) {
    const seen = new Set<string>();
    for (const c of grid.values[r] ?? []) {
      const t = cellText(c);
      if (t && typeof c === 'string' && !seen.has(t)) {
        seen.add(t);
        lines.push(t);
      }
    }
  }
  return lines;
}

const keysByConfig = new WeakMap<Config, { u: Config['units'][number]; keys: string[] }[]>();

/** Folded names of the configured units, computed once per config. */
function configuredKeys(config: Config) {
  let keys = keysByConfig.get(config);
  if (!keys) {
    keys = config.units.map((u) => ({ u, keys: [u.name, ...(u.aliases ?? [])].map(unitKey) }));
    keysByConfig.set(config, keys);
  }
  return keys;
}

export function detectUnit(lines: string[], hints: string[], config: Config): UnitMatch {
  const candidates = lines.filter((l) => !GENERIC.test(unitKey(l)));
  const placeholder = candidates.some(isPlaceholder);
  const usable = candidates.filter((l) => !isPlaceholder(l));
  const unitKeys = configuredKeys(config);
  // The first line naming a configured unit wins; within a line, the longest name (“… thành phố Ninh Bình” over “Ninh Bình”).
  const byConfig = (texts: string[]): Config['units'][number] | null => {
    for (const t of texts) {
      const k = unitKey(t);
      let best: Config['units'][number] | null = null;
      let bestLen = 0;
      for (const { u, keys } of unitKeys)
        for (const key of keys)
          if (key.length > bestLen && k.includes(key)) {
            best = u;
            bestLen = key.length;
          }
      if (best) return best;
    }
    return null;
  };
  const configured = byConfig(usable) ?? byConfig(hints);
  if (configured) return { unit: { name: configured.name, type: configured.type }, configured, placeholder: false };
  const byType = (texts: string[]) => {
    for (const t of texts) {
      const k = unitKey(t);
      for (const ty of config.unitTypes)
        for (const pattern of ty.match ?? []) if (k.includes(unitKey(pattern))) return { name: t, type: ty.code };
    }
    return null;
  };
  const typed = byType(usable);
  if (typed) return { unit: typed, configured: null, placeholder };
  if (usable.length) return { unit: { name: usable[0], type: byType(hints)?.type ?? null }, configured: null, placeholder };
  return { unit: null, configured: null, placeholder };
}

/**
 * The unit a list counts for, judged on the list's date and the campaign's (`date`, the registration deadline): a
 * unit that ended before either and has a successor gets UNIT_ABOLISHED naming the successor in force then — and the
 * list becomes the successor's when the officer set `successorTakesLists` on each unit of the way; a unit not in
 * force otherwise gets UNIT_INACTIVE.
 */
export function unitOnDay(match: UnitMatch, config: Config, listDate: string | null, date: string | undefined): { match: UnitMatch; finding: Finding | null } {
  const u = match.configured;
  if (!u) return { match, finding: null };
  const ended = u.validTo ? [listDate, date].find((d): d is string => !!d && d > u.validTo!) : undefined;
  if (ended && u.validTo && u.replacedBy) {
    const chain = successorChain(config.units, u) ?? [];
    const at = chain.findIndex((s) => inForce(s, ended));
    const successor = at >= 0 ? chain[at] : chain.at(-1);
    if (successor) {
      const way = [u, ...chain.slice(0, at >= 0 ? at : chain.length - 1)];
      const attributed = way.every((x) => x.successorTakesLists === true);
      const finding = makeFinding('UNIT_ABOLISHED', null, null, {
        unit: u.name,
        validTo: u.validTo,
        successor: successor.name,
        attributed,
        listDate: listDate && listDate > u.validTo ? listDate : null,
        date: ended,
      });
      const next: UnitMatch = attributed ? { unit: { name: successor.name, type: successor.type }, configured: successor, placeholder: false } : match;
      return { match: next, finding };
    }
  }
  if (ended) return { match, finding: makeFinding('UNIT_INACTIVE', null, null, { unit: u.name, date: ended }) };
  if (date && u.validFrom && date < u.validFrom) return { match, finding: makeFinding('UNIT_INACTIVE', null, null, { unit: u.name, date }) };
  return { match, finding: null };
}

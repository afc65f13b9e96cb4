// Recognition levels (config recognitionLevels): the one rule for which level a typed value names.
import { foldKey, foldLoose } from './text';

export type Level = { code: string; label: string };

/** The configured level a value names: its code or label, folded (“tinh”, “Cấp tỉnh” and “Tỉnh” all name Tỉnh). */
export function findLevel(levels: readonly Level[], value: string): Level | null {
  const key = foldKey(value);
  if (!key) return null;
  const exact = levels.find((l) => foldKey(l.code) === key || foldKey(l.label) === key);
  if (exact) return exact;
  const bare = (s: string) => foldLoose(s).replace(/^cap /, '');
  const loose = bare(value);
  const hits = levels.filter((l) => bare(l.code) === loose || bare(l.label) === loose);
  return hits.length === 1 ? hits[0] : null;
}

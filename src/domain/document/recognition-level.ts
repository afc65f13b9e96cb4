// The recognition level of a document (metadata cap_cong_nhan, one of the config's recognitionLevels): naming a
// level in a sentence, the level the metadata chooses, and the models a decision at that level lists. Which level a
// typed value names is ../levels.ts (the aggregation counts with the same rule).
import type { Config, ConfigProblem } from '../config';
import type { OfficerValues } from '../master';
import { findLevel, type Level } from '../levels';
import { foldLoose, nfc } from '../text';
import { lowerFirst } from './lines';

export type { Level };
export { findLevel };

/** “cấp tỉnh”, “cấp huyện, thành phố, ngành”; a name that keeps its capitals stays as written (“cấp Đảng ủy Khối”, “cấp Tỉnh ủy”). */
export function levelPhrase(label: string): string {
  const t = nfc(label.trim());
  const loose = foldLoose(t);
  if (/^cap /.test(loose)) return lowerFirst(t);
  const proper = /^(dang|trung uong|nha nuoc|quoc hoi|chinh phu|bo|uy ban|ubnd|mat tran)( |$)/.test(loose) || loose.split(' ')[1] === 'uy';
  return `cấp ${proper ? t : lowerFirst(t)}`;
}

/** The level a model was recognised at, matched as the aggregation counts it (findLevel). */
export function levelOfModel(levels: readonly Level[], m: { officer?: OfficerValues }): Level | null {
  const v = m.officer?.level;
  return v ? findLevel(levels, v) : null;
}

/** The models a decision at one recognition level lists: those whose officer level is that level. */
export function modelsAtLevel<M extends { officer?: OfficerValues }>(models: readonly M[], levels: readonly Level[], level: Level): M[] {
  return models.filter((m) => levelOfModel(levels, m) === level);
}

/** “co-so” (Cơ sở), “tinh” (Tỉnh) */
export const levelList = (levels: readonly Level[]) => levels.map((l) => `“${l.code}” (${l.label})`).join(', ');

/**
 * The level the metadata chooses (cap_cong_nhan), checked against the campaign's config; a problem, with its key,
 * when the config has no such level. The CLI and the add-in can check this before rendering.
 */
export function chosenLevel(meta: { cap_cong_nhan?: string }, config: Config): { level: Level | null; problems: ConfigProblem[] } {
  const value = meta.cap_cong_nhan;
  if (!value) return { level: null, problems: [] };
  const levels = config.recognitionLevels ?? [];
  const level = findLevel(levels, value);
  if (level) return { level, problems: [] };
  const message = levels.length
    ? `không có cấp công nhận “${value}” trong cấu hình; các cấp hợp lệ: ${levelList(levels)}`
    : `cấu hình của đợt chưa khai báo cấp công nhận nào (recognitionLevels), nên không chọn được cấp “${value}”`;
  return { level: null, problems: [{ path: 'cap_cong_nhan', message }] };
}

// The catalogue of template tags: every name the data offers, with its kind, assembled from the sections (each
// declares its tags next to the builder that fills them); templates/README.md documents each one.
import { CAMPAIGN_TAGS } from './sections/campaign';
import { DECISION_LEVEL_TAGS } from './sections/decision-level';
import { HEADER_TAGS, PROFILE_TAGS } from './sections/header';
import { RESULTS_TAGS } from './sections/results';
import { SIGNATURE_TAGS } from './sections/signature';
import { STATISTICS_TAGS } from './sections/statistics';
import { WHOLE_TABLE_TAGS } from './sections/whole-tables';
import { text, type TagSpec } from './tag-spec';

export type { TagKind, TagSpec } from './tag-spec';

export const TAGS: TagSpec[] = [
  ...PROFILE_TAGS,
  ...HEADER_TAGS,
  ...SIGNATURE_TAGS,
  ...CAMPAIGN_TAGS,
  ...STATISTICS_TAGS,
  ...DECISION_LEVEL_TAGS,
  ...RESULTS_TAGS,
  ...WHOLE_TABLE_TAGS,
];

/** The catalogue with the campaign's extra columns added to every model item. */
export function tagsWithExtras(extraKeys: readonly string[]): TagSpec[] {
  if (!extraKeys.length) return TAGS;
  const add = (specs: TagSpec[]): TagSpec[] =>
    specs.map((s) => {
      if (s.kind !== 'loop' || !s.item) return s;
      const item = add(s.item);
      if (s.name !== 'mo_hinh') return { ...s, item };
      const have = new Set(item.map((i) => i.name));
      return { ...s, item: [...item, ...text(...extraKeys.filter((k) => !have.has(k)))] };
    });
  return add(TAGS);
}

/** Every tag name in the catalogue, at any depth. */
export function allTagNames(specs: readonly TagSpec[] = TAGS): Set<string> {
  const out = new Set<string>();
  const walk = (list: readonly TagSpec[]) => {
    for (const s of list) {
      out.add(s.name);
      if (s.item) walk(s.item);
    }
  };
  walk(specs);
  return out;
}

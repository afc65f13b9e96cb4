// What a template tag is (a text, a block over a list, a condition, a whole table) and the helpers the sections use to
// declare theirs next to the data that fills them.

export type TagKind = 'text' | 'loop' | 'condition' | 'raw';

export interface TagSpec {
  name: string;
  kind: TagKind;
  /** Tags inside a loop's item (loops only). */
  item?: TagSpec[];
}

export const text = (...names: string[]): TagSpec[] => names.map((name) => ({ name, kind: 'text' }));
export const cond = (...names: string[]): TagSpec[] => names.map((name) => ({ name, kind: 'condition' }));
export const raw = (...names: string[]): TagSpec[] => names.map((name) => ({ name, kind: 'raw' }));
export const loop = (name: string, item: TagSpec[]): TagSpec => ({ name, kind: 'loop', item });

/** Lines with ready punctuation (căn cứ, nơi nhận, dòng ký…). */
export const LINE_ITEM = text('dong');

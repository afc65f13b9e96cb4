// The rules: small functions over the parsed list, each pushing findings. Row rules first, then list rules.
import type { Config } from './config';
import { quotaOf } from './config';
import type { Finding } from './codes';
import { columnLetter } from './grid';
import type { HeaderMap, Unit } from './model';
import { makeFinding } from './messages';
import type { ParsedRow } from './reader';
import { unicodeOf } from './reader';
import type { UnitMatch } from './unit';
import { foldKey } from './text';

export interface RuleContext {
  config: Config;
  header: HeaderMap;
  /** Header labels as the unit wrote them, by 0-based column. */
  labels: string[];
  rows: ParsedRow[];
  unit: UnitMatch;
  push(f: Finding): void;
}

export type Rule = (ctx: RuleContext) => void;

const col = (c: number | null) => (c === null ? null : columnLetter(c));
const firstFieldCol = (h: HeaderMap) => {
  const cols = Object.values(h.fields);
  return cols.length ? Math.min(...cols) : h.fieldText;
};

/** Columns the form needs; when one is absent its row rules stay silent. */
export const columnsPresent: Rule = ({ header: h, config, push }) => {
  if (h.name === null) push(makeFinding('COLUMN_MISSING', null, null, { column: 'Tên tập thể hoặc cá nhân' }));
  if (h.model === null) push(makeFinding('COLUMN_MISSING', null, null, { column: 'Tên mô hình hoặc điển hình' }));
  if (h.cont === null) push(makeFinding('COLUMN_MISSING', null, null, { column: 'Tiếp tục đăng ký' }));
  if (h.new === null) push(makeFinding('COLUMN_MISSING', null, null, { column: 'Đăng ký xây dựng mới' }));
  if (Object.keys(h.fields).length === 0 && h.fieldText === null)
    push(makeFinding('COLUMN_MISSING', null, null, { column: 'Lĩnh vực' }));
  else if (h.fieldText === null)
    for (const f of config.fields)
      if (!(f.code in h.fields)) push(makeFinding('COLUMN_MISSING', null, null, { column: `Lĩnh vực: ${f.label} (${f.code})` }));
  for (const c of config.columns ?? [])
    if (c.required && !(c.key in h.extra)) push(makeFinding('COLUMN_MISSING', null, null, { column: c.label }));
};

export const legacyText: Rule = ({ rows, push }) => {
  for (const r of rows) {
    const cells = [r.name, r.model, ...Object.values(r.extra)];
    for (const t of cells)
      if (t?.legacy)
        push(makeFinding('LEGACY_ENCODING', r.row, col(t.col), { encoding: t.legacy.encoding, converted: t.legacy.unicode }));
  }
};

export const names: Rule = ({ rows, header: h, push }) => {
  for (const r of rows) {
    if (h.name !== null && !r.name) push(makeFinding('MISSING_NAME', r.row, col(h.name)));
    if (h.model !== null && !r.model) push(makeFinding('MISSING_MODEL_NAME', r.row, col(h.model)));
  }
};

export const requiredValues: Rule = ({ rows, header: h, config, push }) => {
  for (const c of config.columns ?? []) {
    if (!c.required || !(c.key in h.extra)) continue;
    for (const r of rows) if (!r.extra[c.key]) push(makeFinding('MISSING_VALUE', r.row, col(h.extra[c.key]), { column: c.label }));
  }
};

export const oddMarks: Rule = ({ rows, labels, push }) => {
  for (const r of rows)
    for (const m of r.oddMarks) push(makeFinding('INVALID_MARK', r.row, col(m.col), { column: labels[m.col] ?? '', value: m.value }));
};

export const registrationType: Rule = ({ rows, header: h, push }) => {
  if (h.cont === null || h.new === null) return;
  for (const r of rows) {
    if (!r.cont && !r.new) push(makeFinding('REG_TYPE_NONE', r.row, col(h.cont)));
    else if (r.cont && r.new) push(makeFinding('REG_TYPE_BOTH', r.row, col(h.cont)));
  }
};

export const field: Rule = ({ rows, header: h, config, push }) => {
  const first = firstFieldCol(h);
  if (first === null) return;
  const labelOf = (code: string) => config.fields.find((f) => f.code === code)?.label ?? code;
  const allLabels = config.fields.map((f) => f.label);
  for (const r of rows) {
    if (h.fieldText !== null) {
      if (!r.fieldText) push(makeFinding('FIELD_NONE', r.row, col(first)));
      else if (r.fieldText.code === null)
        push(makeFinding('FIELD_UNKNOWN', r.row, col(r.fieldText.col), { value: r.fieldText.text, fields: allLabels }));
    } else if (r.fields.length === 0) push(makeFinding('FIELD_NONE', r.row, col(first)));
    else if (r.fields.length > 1)
      push(makeFinding('FIELD_MULTIPLE', r.row, col(first), { fields: r.fields.map(labelOf) }));
  }
};

export const duplicates: Rule = ({ rows, header: h, push }) => {
  const seen = new Map<string, number>();
  for (const r of rows) {
    if (!r.model) continue;
    const key = `${foldKey(unicodeOf(r.name))}\u0000${foldKey(unicodeOf(r.model))}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) push(makeFinding('DUPLICATE_MODEL', r.row, col(h.model), { otherRow: earlier }));
    else seen.set(key, r.row);
  }
};

export const noModels: Rule = ({ rows, push }) => {
  if (rows.length === 0) push(makeFinding('NO_MODELS', null, null));
};

export const unitKnown: Rule = ({ unit, config, push }) => {
  const typeLabel = (code: string | null) => config.unitTypes.find((t) => t.code === code)?.label;
  if (!unit.unit) {
    push(makeFinding('UNKNOWN_UNIT', null, null, {}));
    return;
  }
  // A configured unit's standing on the day (UNIT_INACTIVE, UNIT_ABOLISHED) is told before the rules: unitOnDay.
  if (unit.configured) return;
  // With no unit list configured, a unit whose type is recognised is fine.
  if (config.units.length > 0 || unit.unit.type === null)
    push(makeFinding('UNKNOWN_UNIT', null, null, { unit: unit.unit.name, unitType: typeLabel(unit.unit.type) }));
};

export const quota: Rule = ({ unit, rows, config, push }) => {
  const u: Unit | null = unit.unit;
  if (!u || u.type === null) return;
  const q = quotaOf(config, u);
  const unitType = config.unitTypes.find((t) => t.code === u.type)?.label;
  const count = rows.length;
  if (q.min !== undefined && count < q.min) push(makeFinding('QUOTA_UNDER', null, null, { count, min: q.min, unitType }));
  if (q.max !== undefined && count > q.max) push(makeFinding('QUOTA_OVER', null, null, { count, max: q.max, unitType }));
};

export function formatDateVi(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export const RULES: Rule[] = [
  columnsPresent,
  legacyText,
  names,
  requiredValues,
  oddMarks,
  registrationType,
  field,
  duplicates,
  noModels,
  unitKnown,
  quota,
];

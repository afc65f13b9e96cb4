// Aggregation: many unit lists (and master lists) → one master list, statistics, and every problem found.
import { CODES, type Code, type Finding } from './codes';
import { quotaOf, type Config } from './config';
import type { ListResult, ModelRow, RegType, Unit } from './model';
import { makeFinding, type MessageParams } from './messages';
import type { MasterRow, MasterSource } from './master';
import { formatDateVi } from './rules';
import { collator, foldKey } from './text';

export interface SourceRef {
  file: string;
  sheet: string | null;
}

/** What an adapter read from one sheet (or one file that could not be read). */
export type SourceInput =
  | { kind: 'list'; source: SourceRef; result: ListResult; modified: number | null }
  | { kind: 'master'; source: SourceRef; rows: MasterRow[]; modified: number | null }
  | { kind: 'unreadable'; source: SourceRef; error: string }
  | { kind: 'empty'; source: SourceRef };

export interface MasterModel {
  stt: number;
  unit: string;
  unitType: string | null;
  name: string;
  model: string;
  regType: RegType | null;
  field: string | null;
  extra: Record<string, string>;
  /** Finding codes on this model's row. */
  codes: string[];
  source: MasterSource;
  /** Date on the list the model came from. */
  date: string | null;
}

export type UnitStatus = 'ok' | 'under' | 'over' | 'missing';

export interface UnitSummary {
  unit: string;
  type: string | null;
  count: number;
  quota: { min?: number; max?: number };
  status: UnitStatus;
  /** Date on the counted list; null when none was written or the unit is missing. */
  date: string | null;
  late: boolean;
}

export interface AggregateFinding extends Finding {
  file: string | null;
  sheet: string | null;
  unit: string | null;
}

export interface SourceSummary {
  file: string;
  sheet: string | null;
  unit: string | null;
  models: number;
  error?: string;
  superseded?: boolean;
}

export interface Aggregate {
  summary: {
    total: number;
    byField: Record<string, number>;
    /** Models with no single field (FIELD_NONE, FIELD_MULTIPLE…). */
    withoutField: number;
    byRegistration: { new: number; continue: number; unknown: number };
    byUnit: UnitSummary[];
  };
  missingUnits: string[];
  late: { unit: string; date: string; deadline: string }[];
  models: MasterModel[];
  findings: AggregateFinding[];
  sources: SourceSummary[];
}

/** One unit's submission: a list, or one unit's rows of a master list. */
interface Group {
  key: string;
  unit: Unit | null;
  source: SourceRef;
  date: string | null;
  modified: number | null;
  order: number;
  rows: { model: ModelRow | MasterRow; source: MasterSource; codes: string[] }[];
  findings: Finding[];
  summary: SourceSummary;
}

const withSource = (f: Finding, source: SourceRef | null, unit: string | null): AggregateFinding => ({
  ...f,
  file: source?.file ?? null,
  sheet: source?.sheet ?? null,
  unit,
});

const finding = (code: Code, params: MessageParams, source: SourceRef | null, unit: string | null) =>
  withSource(makeFinding(code, null, null, params), source, unit);

/** The later submission wins: date on the list, then file time, then name order. */
function isLater(a: Group, b: Group): boolean {
  if ((a.date ?? '') !== (b.date ?? '')) return (a.date ?? '') > (b.date ?? '');
  if ((a.modified ?? 0) !== (b.modified ?? 0)) return (a.modified ?? 0) > (b.modified ?? 0);
  return a.order > b.order;
}

function groupsOf(inputs: SourceInput[], sources: SourceSummary[], findings: AggregateFinding[]): Group[] {
  const groups: Group[] = [];
  inputs.forEach((input, order) => {
    if (input.kind === 'unreadable') {
      sources.push({ ...input.source, unit: null, models: 0, error: input.error });
      findings.push(finding('SOURCE_UNREADABLE', { value: input.error }, input.source, null));
      return;
    }
    if (input.kind === 'empty') {
      sources.push({ ...input.source, unit: null, models: 0 });
      findings.push(finding('SOURCE_NO_LIST', {}, input.source, null));
      return;
    }
    if (input.kind === 'list') {
      const { result, source } = input;
      const byRow = new Map<number, string[]>();
      for (const f of result.findings) if (f.row !== null) byRow.set(f.row, [...(byRow.get(f.row) ?? []), f.code]);
      const summary: SourceSummary = { ...source, unit: result.unit?.name ?? null, models: result.models.length };
      sources.push(summary);
      groups.push({
        key: result.unit ? foldKey(result.unit.name) : `\u0000${source.file}\u0000${source.sheet}`,
        unit: result.unit,
        source,
        date: result.date,
        modified: input.modified,
        order,
        rows: result.models.map((m) => ({ model: m, source: { ...source, row: m.row }, codes: [...new Set(byRow.get(m.row) ?? [])] })),
        findings: result.findings,
        summary,
      });
      return;
    }
    // A master list: one group per unit, each row keeping its original source.
    const byUnit = new Map<string, Group>();
    for (const r of input.rows) {
      const key = foldKey(r.unit.name);
      let g = byUnit.get(key);
      if (!g) {
        const summary: SourceSummary = { ...input.source, unit: r.unit.name, models: 0 };
        sources.push(summary);
        g = { key, unit: r.unit, source: input.source, date: r.date, modified: input.modified, order, rows: [], findings: [], summary };
        byUnit.set(key, g);
        groups.push(g);
      }
      g.rows.push({ model: r, source: r.source, codes: r.codes });
      g.summary.models++;
    }
  });
  return groups;
}

export function aggregate(inputs: SourceInput[], config: Config): Aggregate {
  const sources: SourceSummary[] = [];
  const findings: AggregateFinding[] = [];
  const groups = groupsOf(inputs, sources, findings);

  // Latest submission per unit; the others are reported as superseded and not counted.
  const latest = new Map<string, Group>();
  for (const g of groups) {
    const cur = latest.get(g.key);
    if (!cur || isLater(g, cur)) latest.set(g.key, g);
  }
  for (const g of groups) {
    const winner = latest.get(g.key)!;
    if (winner === g) continue;
    g.summary.superseded = true;
    const where = `${winner.source.file}${winner.source.sheet ? `, trang “${winner.source.sheet}”` : ''}`;
    findings.push(finding('LIST_SUPERSEDED', { value: where }, g.source, g.unit?.name ?? null));
  }
  const kept = [...latest.values()].sort(
    (a, b) => collator.compare(a.unit?.name ?? '\uffff', b.unit?.name ?? '\uffff') || a.order - b.order,
  );

  const models: MasterModel[] = [];
  const typeOf = (u: Unit | null) => u?.type ?? null;
  for (const g of kept) {
    for (const f of g.findings) findings.push(withSource(f, g.source, g.unit?.name ?? null));
    for (const r of g.rows)
      models.push({
        stt: models.length + 1,
        unit: g.unit?.name ?? '',
        unitType: typeOf(g.unit),
        name: r.model.name,
        model: r.model.model,
        regType: r.model.regType,
        field: r.model.field,
        extra: r.model.extra,
        codes: r.codes,
        source: r.source,
        date: g.date,
      });
  }

  // The same model registered by two units.
  const seen = new Map<string, MasterModel>();
  for (const m of models) {
    if (!m.model) continue;
    const key = `${foldKey(m.name)}\u0000${foldKey(m.model)}`;
    const first = seen.get(key);
    if (!first) seen.set(key, m);
    else if (foldKey(first.unit) !== foldKey(m.unit)) {
      m.codes.push('DUPLICATE_MODEL_ACROSS');
      const f = makeFinding('DUPLICATE_MODEL_ACROSS', null, null, {
        unit: first.unit,
        value: `${first.source.file}${first.source.row ? `, dòng ${first.source.row}` : ''}`,
      });
      findings.push({ ...f, row: m.source.row, file: m.source.file, sheet: m.source.sheet, unit: m.unit });
    }
  }

  // Statistics.
  const byField: Record<string, number> = Object.fromEntries(config.fields.map((f) => [f.code, 0]));
  let withoutField = 0;
  const byRegistration = { new: 0, continue: 0, unknown: 0 };
  for (const m of models) {
    if (m.field !== null && m.field in byField) byField[m.field]++;
    else withoutField++;
    byRegistration[m.regType ?? 'unknown']++;
  }
  const deadline = config.deadline;
  const late: Aggregate['late'] = [];
  const byUnit: UnitSummary[] = [];
  for (const g of kept) {
    if (!g.unit) continue;
    const quota = g.unit.type === null ? {} : quotaOf(config, g.unit);
    const count = g.rows.length;
    const status: UnitStatus =
      quota.min !== undefined && count < quota.min ? 'under' : quota.max !== undefined && count > quota.max ? 'over' : 'ok';
    const isLate = !!(deadline && g.date && g.date > deadline);
    if (isLate) {
      late.push({ unit: g.unit.name, date: g.date!, deadline: deadline! });
      findings.push(finding('LIST_LATE', { date: formatDateVi(g.date!), value: formatDateVi(deadline!) }, g.source, g.unit.name));
    }
    byUnit.push({ unit: g.unit.name, type: g.unit.type, count, quota: { min: quota.min, max: quota.max }, status, date: g.date, late: isLate });
  }
  const reported = new Set(kept.map((g) => g.key));
  const refDate = deadline;
  const missingUnits = config.units
    .filter((u) => !reported.has(foldKey(u.name)))
    .filter((u) => !refDate || ((!u.validFrom || u.validFrom <= refDate) && (!u.validTo || u.validTo >= refDate)))
    .map((u) => u.name)
    .sort(collator.compare);
  for (const name of missingUnits) {
    const u = config.units.find((x) => x.name === name)!;
    const q = quotaOf(config, u);
    byUnit.push({ unit: name, type: u.type, count: 0, quota: { min: q.min, max: q.max }, status: 'missing', date: null, late: false });
    findings.push(finding('UNIT_MISSING', { unit: name }, null, name));
  }
  byUnit.sort((a, b) => collator.compare(a.unit, b.unit));

  const order = Object.keys(CODES);
  const rank = (f: AggregateFinding) => (f.severity === 'error' ? 0 : 1);
  findings.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      collator.compare(a.unit ?? '\uffff', b.unit ?? '\uffff') ||
      (a.row ?? 0) - (b.row ?? 0) ||
      order.indexOf(a.code) - order.indexOf(b.code),
  );
  return {
    summary: { total: models.length, byField, withoutField, byRegistration, byUnit },
    missingUnits,
    late,
    models,
    findings,
    sources,
  };
}

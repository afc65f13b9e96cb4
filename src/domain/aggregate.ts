// Aggregation: many unit lists (and master lists) → one master list, statistics, a submission board, and
// every problem found. With the previous master, the officer's own columns are carried over.
import { CODES, type Code, type Finding, type Params } from './codes';
import { inForce, quotaOf, registrationDeadline, type Config } from './config';
import { cellText, type Cell } from './grid';
import { inferKind, type Kind } from './kind';
import { findLevel } from './levels';
import type { ListResult, ListModel, Unit } from './model';
import { makeFinding } from './messages';
import {
  listFields,
  NO_OFFICER_VALUES,
  OFFICER_COLUMNS,
  rowFingerprint,
  type ListField,
  type MasterSheetRow,
  type MasterSource,
  type OfficerValues,
  type OwnColumn,
} from './master';
import { formatDateVi } from './rules';
import { continuation, type PreviousPhase } from './previous-phase';
import { planRenames } from './similarity';
import { collator, foldCompact, foldKey } from './text';

export interface SourceRef {
  file: string;
  sheet: string | null;
}

/** What an adapter read from one sheet (or one file that could not be read). */
export type SourceInput =
  /**
   * `form`: the list came back in a form made for its unit (its marker named the unit); `done` is whether the unit
   * ticked “Đã hoàn thành” (null for a form without that box: sending it back is submitting it). A form with rows but
   * not ticked is being filled in: not counted, “Đang điền” on the board.
   */
  | { kind: 'list'; source: SourceRef; result: ListResult; modified: number | null; form?: { done: boolean | null } }
  /** A form made for `unit` that holds no model yet (and is not ticked): the unit has not submitted. */
  | { kind: 'form-blank'; source: SourceRef; unit: string }
  | { kind: 'master'; source: SourceRef; rows: MasterSheetRow[]; modified: number | null }
  | { kind: 'unreadable'; source: SourceRef; error: string }
  /** A file of a folder that is not read at all (old .xls, .ods, .csv, not a workbook, a sub-folder); `reason` names it. */
  | { kind: 'skipped'; source: SourceRef; reason: string }
  | { kind: 'empty'; source: SourceRef }
  /**
   * The previous phase's master, the reference for continuing models (CONTINUE_NOT_FOUND, PREVIOUS_NOT_CONTINUED):
   * read like a source (a step of the add-in's job), never aggregated.
   */
  | { kind: 'phase'; phase: PreviousPhase };

/** Whether the inputs hold a unit's list or a master list: models to aggregate or to put in a document. */
export const hasListOrMaster = (inputs: readonly SourceInput[]) => inputs.some((i) => i.kind === 'list' || i.kind === 'master');

/** Whether the inputs hold anything to aggregate: a list, a master list, or a unit's blank form (a unit not submitted). */
export const hasLists = (inputs: readonly SourceInput[]) => hasListOrMaster(inputs) || inputs.some((i) => i.kind === 'form-blank');

/** The officer's review of a unit's list, read back from the previous board (“Tình trạng nộp”). */
export interface BoardReview {
  unit: string;
  /** “Đã duyệt”, “Trả lại” or ''. */
  review: string;
  /** Which list was reviewed (file name and date): a newer list needs a new review. */
  reviewedList: string;
  /** The reminders sent to the unit (“Nhắc nộp”), kept across runs. */
  reminders?: string;
}

export interface AggregateOptions {
  /**
   * The previous master list: officer values (and the officer's own columns) are carried over to the same models,
   * and units with no new list keep their rows. `stray` are its rows that are no model (kept in “Kiểm tra”).
   */
  previous?: { source: SourceRef; rows: MasterSheetRow[]; ownColumns?: OwnColumn[]; stray?: { row: number; text: string }[] };
  previousBoard?: BoardReview[];
  /** The day the statistics are as of (YYYY-MM-DD): a step whose deadline has passed by then and is not done is late. */
  asOf?: string;
}

/** A row of the master the aggregation builds: a model as read (or carried over), its unit flattened to a name and a type. */
export interface AggregatedModel extends Omit<MasterSheetRow, 'masterRow' | 'unit'> {
  stt: number;
  unit: string;
  unitType: string | null;
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
  /** Keys of the config's deadlines this unit is late for (dang-ky, cong-nhan…). */
  lateSteps: string[];
}

export interface FunnelCounts {
  registered: number;
  /** Triển khai: Hiệu quả. */
  effective: number;
  /** With a recognition level. */
  recognised: number;
  /** Recognised models per level code (recognitionLevels), “khac” for a level not in the config. */
  byLevel: Record<string, number>;
  /** With a commendation proposed. */
  proposed: number;
}

export interface Funnel extends FunnelCounts {
  byKind: Record<Kind | 'unknown', FunnelCounts>;
  byField: Record<string, FunnelCounts>;
  byUnit: ({ unit: string } & FunnelCounts)[];
}

/** `filling`: the unit's form has rows but “Đã hoàn thành” is not ticked. */
export type BoardStatus = 'missing' | 'filling' | 'submitted' | 'needs-fix' | 'approved';

export interface BoardRow {
  unit: string;
  type: string | null;
  status: BoardStatus;
  date: string | null;
  file: string | null;
  models: number;
  errors: number;
  lateSteps: string[];
  review: string;
  reviewedList: string;
  /** Reminders sent (time and kind), as the officer's board recorded them. */
  reminders: string;
}

/** A form being filled in: what it holds so far. */
interface Filling {
  unit: Unit | null;
  file: string;
  models: number;
  errors: number;
}

/** A finding with where it was made: the source's file and sheet, and the unit. */
export type AggregateFinding = Finding & {
  file: string | null;
  sheet: string | null;
  unit: string | null;
};

export interface SourceSummary {
  file: string;
  sheet: string | null;
  unit: string | null;
  models: number;
  error?: string;
  superseded?: boolean;
  /** A unit's form that is not submitted yet: blank, or being filled in (not counted). */
  form?: 'blank' | 'filling';
}

export interface Aggregate {
  summary: {
    total: number;
    byField: Record<string, number>;
    /** Models with no single field (FIELD_NONE, FIELD_MULTIPLE…). */
    withoutField: number;
    byRegistration: { new: number; continue: number; unknown: number };
    byKind: Record<Kind | 'unknown', number>;
    byUnit: UnitSummary[];
    funnel: Funnel;
  };
  missingUnits: string[];
  late: { unit: string; date: string; deadline: string }[];
  models: AggregatedModel[];
  /** The officer's own columns of the previous master, kept on “Tổng hợp” at the same place. */
  ownColumns: OwnColumn[];
  board: BoardRow[];
  findings: AggregateFinding[];
  sources: SourceSummary[];
  /** The previous phase's master continuing models were checked against, and its number of models. */
  previousPhase: { file: string; sheet: string | null; models: number } | null;
}

/** A model's list fields, copied so that carrying the officer's corrections never changes the source's objects. */
type Fields = Pick<ListModel, 'name' | 'model' | 'regType' | 'field' | 'extra'>;

interface Row {
  model: Fields;
  source: MasterSource;
  sourceModified: number | null;
  codes: string[];
  officer: OfficerValues;
  kind: Kind | null;
  fingerprint: string;
  officerEdited: string[];
  own: Record<string, Cell>;
}

const fieldsOf = (m: Fields): Fields => ({ name: m.name, model: m.model, regType: m.regType, field: m.field, extra: { ...m.extra } });

/** One unit's submission: a list, one unit's rows of a master list, or its rows of the previous master. */
interface Group {
  key: string;
  unit: Unit | null;
  source: SourceRef;
  date: string | null;
  modified: number | null;
  order: number;
  previous: boolean;
  /** Rows of a master list (a copy of the lists it was made from), as opposed to a unit's own list. */
  master: boolean;
  rows: Row[];
  findings: Finding[];
  summary: SourceSummary;
}

const withSource = (f: Finding, source: SourceRef | null, unit: string | null): AggregateFinding => ({
  ...f,
  file: source?.file ?? null,
  sheet: source?.sheet ?? null,
  unit,
});

const finding = <C extends Code>(code: C, params: Params[C], source: SourceRef | null, unit: string | null) =>
  withSource(makeFinding(code, null, null, params), source, unit);

/**
 * A new submission beats the previous master; then the date on the list, then the file time (for a master's rows:
 * the time of the list they were copied from), then a unit's own list beats a master's copy of it, then the order.
 */
function isLater(a: Group, b: Group): boolean {
  if (a.previous !== b.previous) return !a.previous;
  if ((a.date ?? '') !== (b.date ?? '')) return (a.date ?? '') > (b.date ?? '');
  if ((a.modified ?? 0) !== (b.modified ?? 0)) return (a.modified ?? 0) > (b.modified ?? 0);
  if (a.master !== b.master) return !a.master;
  return a.order > b.order;
}

const modelKey = (name: string, model: string) => `${foldKey(name)}\u0000${foldKey(model)}`;

/**
 * One group per unit of a master list. Its date and time are those of the list the rows came from (never the master
 * file's own time). Rows of the previous master keep the officer's corrections and own columns; a master among the
 * sources (a roll-up) is another office's work: its rows count as list values.
 */
function masterGroups(rows: MasterSheetRow[], source: SourceRef, order: number, previous: boolean, sources: SourceSummary[]): Group[] {
  const byUnit = new Map<string, Group>();
  for (const r of rows) {
    const key = foldKey(r.unit.name);
    let g = byUnit.get(key);
    if (!g) {
      const summary: SourceSummary = { ...source, unit: r.unit.name, models: 0 };
      if (!previous) sources.push(summary);
      g = { key, unit: r.unit, source, date: r.date, modified: r.sourceModified, order, previous, master: true, rows: [], findings: [], summary };
      byUnit.set(key, g);
    }
    if (r.sourceModified !== null && r.sourceModified > (g.modified ?? -Infinity)) g.modified = r.sourceModified;
    g.rows.push({
      model: fieldsOf(r),
      source: r.source,
      sourceModified: r.sourceModified,
      codes: previous ? r.codes.filter((c) => !CARRIED_CODES.has(c)) : [...r.codes],
      officer: { ...r.officer },
      kind: r.kind,
      fingerprint: r.fingerprint,
      officerEdited: previous ? [...r.officerEdited] : [],
      own: previous ? { ...r.own } : {},
    });
    g.summary.models++;
  }
  return [...byUnit.values()];
}

/** Codes about a carry-over: found again on each run, so not kept from the previous master's “Mã kiểm tra”. */
const CARRIED_CODES = new Set<string>(['MODEL_RENAMED', 'MODEL_RENAME_AMBIGUOUS', 'OFFICER_EDIT_KEPT', 'OFFICER_EDIT_REPLACED']);

function groupsOf(inputs: SourceInput[], sources: SourceSummary[], findings: AggregateFinding[], filling: Map<string, Filling>): Group[] {
  const groups: Group[] = [];
  inputs.forEach((input, order) => {
    if (input.kind === 'phase') return; // a reference, not a source: see checkContinuing
    if (input.kind === 'form-blank') {
      sources.push({ ...input.source, unit: input.unit, models: 0, form: 'blank' });
      return;
    }
    if (input.kind === 'list' && input.form?.done === false) {
      const { result, source } = input;
      const unit = result.unit?.name ?? null;
      sources.push({ ...source, unit, models: result.models.length, form: 'filling' });
      findings.push(finding('FORM_IN_PROGRESS', { rows: result.models.length }, source, unit));
      const key = unit ? foldKey(unit) : `\u0000${source.file}\u0000${source.sheet}`;
      filling.set(key, { unit: result.unit, file: source.file, models: result.models.length, errors: result.findings.filter((f) => f.severity === 'error').length });
      return;
    }
    if (input.kind === 'unreadable') {
      sources.push({ ...input.source, unit: null, models: 0, error: input.error });
      findings.push(finding('SOURCE_UNREADABLE', { reason: input.error }, input.source, null));
      return;
    }
    if (input.kind === 'skipped') {
      sources.push({ ...input.source, unit: null, models: 0, error: input.reason });
      findings.push(finding('SOURCE_SKIPPED', { reason: input.reason }, input.source, null));
      return;
    }
    if (input.kind === 'empty') {
      sources.push({ ...input.source, unit: null, models: 0 });
      findings.push(finding('SOURCE_NO_LIST', {}, input.source, null));
      return;
    }
    if (input.kind === 'master') {
      groups.push(...masterGroups(input.rows, input.source, order, false, sources));
      return;
    }
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
      previous: false,
      master: false,
      rows: result.models.map((m) => ({
        model: fieldsOf(m),
        source: { ...source, row: m.row },
        sourceModified: input.modified,
        codes: [...new Set(byRow.get(m.row) ?? [])],
        officer: { ...NO_OFFICER_VALUES },
        kind: m.kind ?? inferKind(m.name),
        fingerprint: rowFingerprint(m),
        officerEdited: [],
        own: {},
      })),
      findings: result.findings,
      summary,
    });
  });
  return groups;
}

/** A cell of the officer's as text for a message: dates as dd/mm/yyyy. */
function ownText(c: Cell): string {
  if (c instanceof Date) return isNaN(c.getTime()) ? '' : formatDateVi(c.toISOString().slice(0, 10));
  return cellText(c);
}

/** Everything the officer typed on a row, by column label: officer columns, then their own columns. */
function officerValues(r: Pick<Row, 'officer' | 'own'>): Record<string, string> {
  const o = r.officer;
  const out: Record<string, string> = {};
  for (const c of OFFICER_COLUMNS) if (o[c.key]) out[c.label] = c.key === 'recognisedOn' && /^\d{4}-/.test(o[c.key]) ? formatDateVi(o[c.key]) : o[c.key];
  for (const [h, v] of Object.entries(r.own)) if (ownText(v) !== '') out[h] = ownText(v);
  return out;
}

/**
 * Moves what the officer typed from the unit's previous rows onto its new list, only to the same model:
 * 1. the row the unit left unchanged (same fingerprint) — the officer's corrections of list columns stay on it;
 * 2. the same collective and model name (folded) — the unit changed something else in the row;
 * 3. a close name (similarity.ts), each the other's single best — flagged MODEL_RENAMED;
 * what is left is reported with every value it had (MODEL_DROPPED, or MODEL_RENAME_AMBIGUOUS on a tie).
 */
function carryOver(g: Group, prev: Group, findings: AggregateFinding[], fields: ListField[]): void {
  const unit = g.unit?.name ?? null;
  const at = <C extends Code>(r: Row, code: C, params: Params[C]) => {
    if (!r.codes.includes(code)) r.codes.push(code);
    findings.push({ ...makeFinding(code, r.source.row, null, params), file: r.source.file, sheet: r.source.sheet, unit });
  };
  const left = new Set(prev.rows);
  const free = new Set(g.rows);
  const take = (p: Row, r: Row) => {
    left.delete(p);
    free.delete(r);
    r.officer = { ...p.officer };
    if (p.kind) r.kind = p.kind;
    r.own = { ...p.own };
  };
  const isEdited = (p: Row, f: ListField) => p.officerEdited.some((l) => foldCompact(l) === foldCompact(f.label));
  /** The unit sent a new version of a model the officer had corrected: the list's values win, the officer's are listed. */
  const replaced = (p: Row, r: Row) => {
    for (const f of fields) {
      const mine = f.get(p.model);
      const theirs = f.get(r.model);
      if (mine !== theirs && isEdited(p, f)) at(r, 'OFFICER_EDIT_REPLACED', { column: f.label, officer: mine, list: theirs });
    }
  };

  // 1. Unchanged by the unit.
  const byPrint = new Map<string, Row[]>();
  for (const r of g.rows) byPrint.set(r.fingerprint, [...(byPrint.get(r.fingerprint) ?? []), r]);
  for (const p of prev.rows) {
    const r = p.fingerprint ? byPrint.get(p.fingerprint)?.find((x) => free.has(x)) : undefined;
    if (!r) continue;
    take(p, r);
    for (const f of fields) {
      const mine = f.get(p.model);
      const theirs = f.get(r.model);
      if (mine === theirs) continue;
      f.set(r.model, mine);
      r.officerEdited.push(f.label);
      at(r, 'OFFICER_EDIT_KEPT', { column: f.label, officer: mine, list: theirs });
    }
  }
  // 2. Same names.
  const byKey = new Map<string, Row[]>();
  for (const r of free) byKey.set(modelKey(r.model.name, r.model.model), [...(byKey.get(modelKey(r.model.name, r.model.model)) ?? []), r]);
  for (const p of [...left]) {
    const r = byKey.get(modelKey(p.model.name, p.model.model))?.find((x) => free.has(x));
    if (!r) continue;
    take(p, r);
    replaced(p, r);
  }
  // 3. Renamed.
  const prevLeft = [...left].map((row) => ({ name: row.model.name, model: row.model.model, row }));
  const plan = planRenames(
    prevLeft,
    [...free].map((row) => ({ name: row.model.name, model: row.model.model, row })),
  );
  for (const { prev: p, next: n } of plan.pairs) {
    take(p.row, n.row);
    at(n.row, 'MODEL_RENAMED', { previousModel: p.row.model.model, officer: officerValues(p.row) });
    replaced(p.row, n.row);
  }
  for (const { prev: p, candidates } of plan.ambiguous) {
    left.delete(p.row);
    const list = candidates.map((c) => ({ model: c.model, row: c.row.source.row }));
    for (const c of candidates)
      at(c.row, 'MODEL_RENAME_AMBIGUOUS', { model: p.row.model.model, collective: p.row.model.name, candidates: list, officer: officerValues(p.row) });
  }
  // 4. Dropped.
  for (const p of left) {
    const f = makeFinding('MODEL_DROPPED', null, null, { model: p.model.model, collective: p.model.name, officer: officerValues(p) });
    findings.push({ ...f, file: g.source.file, sheet: g.source.sheet, unit });
  }
}

const emptyCounts = (): FunnelCounts => ({ registered: 0, effective: 0, recognised: 0, byLevel: {}, proposed: 0 });

function funnelOf(models: AggregatedModel[], config: Config, units: string[]): Funnel {
  const levels = config.recognitionLevels ?? [];
  const add = (c: FunnelCounts, m: AggregatedModel) => {
    c.registered++;
    if (foldKey(m.officer.implementation) === foldKey('Hiệu quả')) c.effective++;
    if (m.officer.level) {
      c.recognised++;
      const code = findLevel(levels, m.officer.level)?.code ?? 'khac';
      c.byLevel[code] = (c.byLevel[code] ?? 0) + 1;
    }
    if (m.officer.commendation) c.proposed++;
  };
  const all = emptyCounts();
  const byKind: Funnel['byKind'] = { 'tap-the': emptyCounts(), 'ca-nhan': emptyCounts(), unknown: emptyCounts() };
  const byField: Record<string, FunnelCounts> = Object.fromEntries(config.fields.map((f) => [f.code, emptyCounts()]));
  const byUnit = new Map(units.map((u) => [u, { unit: u, ...emptyCounts() }]));
  for (const m of models) {
    add(all, m);
    add(byKind[m.kind ?? 'unknown'], m);
    if (m.field && byField[m.field]) add(byField[m.field], m);
    const u = byUnit.get(m.unit);
    if (u) add(u, m);
  }
  return { ...all, byKind, byField, byUnit: [...byUnit.values()] };
}

/**
 * The aggregation, in phases: read the sources into groups (one unit's submission each); keep each unit's latest and
 * carry the officer's values over from the previous master; lay out the master's models; flag a model two units
 * registered; count; summarise each unit (quota, lateness, missing); build the submission board; order the findings.
 */
export function aggregate(inputs: SourceInput[], config: Config, opts: AggregateOptions = {}): Aggregate {
  const sources: SourceSummary[] = [];
  const findings: AggregateFinding[] = [];
  const filling = new Map<string, Filling>();
  const groups = groupsOf(inputs, sources, findings, filling);
  if (opts.previous) groups.push(...masterGroups(opts.previous.rows, opts.previous.source, -1, true, sources));
  for (const stray of opts.previous?.stray ?? [])
    findings.push({ ...makeFinding('MASTER_ROW_DROPPED', stray.row, null, { text: stray.text }), ...opts.previous!.source, unit: null });

  const kept = latestPerUnit(groups, findings, listFields(config), sources);
  const models = masterModels(kept, findings);
  flagDuplicatesAcross(models, findings);
  const phase = inputs.flatMap((i) => (i.kind === 'phase' ? [i.phase] : []))[0] ?? null;
  if (phase) checkContinuing(models, phase, config, findings);
  const { byUnit, late, missingUnits } = unitSummaries(kept, config, opts.asOf, findings);
  const board = boardOf(byUnit, kept, filling, opts.previousBoard ?? []);
  sortFindings(findings);
  return {
    summary: { total: models.length, ...countModels(models, config), byUnit, funnel: funnelOf(models, config, byUnit.map((u) => u.unit)) },
    missingUnits,
    late,
    models,
    ownColumns: opts.previous?.ownColumns ?? [],
    board,
    findings,
    sources,
    previousPhase: phase && { ...phase.source, models: phase.models.length },
  };
}

/**
 * The latest submission per unit, in the units' Vietnamese order; the others are reported as superseded and not
 * counted, and the previous master's rows of a unit carry the officer's values over to its latest submission.
 */
function latestPerUnit(groups: Group[], findings: AggregateFinding[], fields: ListField[], sources: SourceSummary[]): Group[] {
  const latest = new Map<string, Group>();
  for (const g of groups) {
    const cur = latest.get(g.key);
    if (!cur || isLater(g, cur)) latest.set(g.key, g);
  }
  for (const g of groups) {
    const winner = latest.get(g.key)!;
    if (winner === g) continue;
    if (g.previous) {
      carryOver(winner, g, findings, fields);
      continue;
    }
    g.summary.superseded = true;
    findings.push(finding('LIST_SUPERSEDED', { file: winner.source.file, sheet: winner.source.sheet }, g.source, g.unit?.name ?? null));
  }
  const kept = [...latest.values()].sort(
    (a, b) => collator.compare(a.unit?.name ?? '\uffff', b.unit?.name ?? '\uffff') || a.order - b.order,
  );
  for (const g of kept) if (g.previous) sources.push({ ...g.summary });
  return kept;
}

/** The rows of “Tổng hợp”, numbered, with each kept group's findings added to the aggregation's. */
function masterModels(kept: Group[], findings: AggregateFinding[]): AggregatedModel[] {
  const models: AggregatedModel[] = [];
  for (const g of kept) {
    for (const f of g.findings) findings.push(withSource(f, g.source, g.unit?.name ?? null));
    for (const r of g.rows)
      models.push({
        stt: models.length + 1,
        unit: g.unit?.name ?? '',
        unitType: g.unit?.type ?? null,
        name: r.model.name,
        model: r.model.model,
        regType: r.model.regType,
        field: r.model.field,
        extra: r.model.extra,
        kind: r.kind,
        codes: r.codes,
        source: r.source,
        date: g.date,
        officer: r.officer,
        sourceModified: r.sourceModified,
        fingerprint: r.fingerprint,
        officerEdited: r.officerEdited,
        own: r.own,
      });
  }
  return models;
}

/** The same model (collective and model name, folded) registered by two units: flagged on the later one. */
function flagDuplicatesAcross(models: AggregatedModel[], findings: AggregateFinding[]): void {
  const seen = new Map<string, AggregatedModel>();
  for (const m of models) {
    if (!m.model) continue;
    const key = modelKey(m.name, m.model);
    const first = seen.get(key);
    if (!first) seen.set(key, m);
    else if (foldKey(first.unit) !== foldKey(m.unit)) {
      m.codes.push('DUPLICATE_MODEL_ACROSS');
      const f = makeFinding('DUPLICATE_MODEL_ACROSS', m.source.row, null, { unit: first.unit, file: first.source.file, row: first.source.row });
      findings.push({ ...f, file: m.source.file, sheet: m.source.sheet, unit: m.unit });
    }
  }
}

/** Continuing models that are none of the previous phase's, and recognised models of it nobody continues. */
function checkContinuing(models: AggregatedModel[], phase: PreviousPhase, config: Config, findings: AggregateFinding[]): void {
  const { notFound, notContinued } = continuation(models, phase.models, config);
  for (const { index, similar, otherUnit } of notFound) {
    const m = models[index];
    m.codes.push('CONTINUE_NOT_FOUND');
    const params = { model: m.model, file: phase.source.file, ...(similar ? { similar } : {}), ...(otherUnit ? { otherUnit } : {}) };
    findings.push({ ...makeFinding('CONTINUE_NOT_FOUND', m.source.row, null, params), file: m.source.file, sheet: m.source.sheet, unit: m.unit });
  }
  for (const p of notContinued) {
    const f = makeFinding('PREVIOUS_NOT_CONTINUED', p.row, null, { model: p.model, collective: p.name, unit: p.unit, level: p.level });
    findings.push({ ...f, ...phase.source, unit: p.unit });
  }
}

/** Models by field, registration type and kind. */
function countModels(models: AggregatedModel[], config: Config): Pick<Aggregate['summary'], 'byField' | 'withoutField' | 'byRegistration' | 'byKind'> {
  const byField: Record<string, number> = Object.fromEntries(config.fields.map((f) => [f.code, 0]));
  let withoutField = 0;
  const byRegistration = { new: 0, continue: 0, unknown: 0 };
  const byKind: Record<Kind | 'unknown', number> = { 'tap-the': 0, 'ca-nhan': 0, unknown: 0 };
  for (const m of models) {
    if (m.field !== null && m.field in byField) byField[m.field]++;
    else withoutField++;
    byRegistration[m.regType ?? 'unknown']++;
    byKind[m.kind ?? 'unknown']++;
  }
  return { byField, withoutField, byRegistration, byKind };
}

/**
 * Each unit that sent a list (quota, date, lateness for each step) and each unit of the config in force on the
 * registration deadline that did not (UNIT_MISSING), in the Vietnamese order.
 */
function unitSummaries(kept: Group[], config: Config, asOf: string | undefined, findings: AggregateFinding[]): Pick<Aggregate, 'late' | 'missingUnits'> & { byUnit: UnitSummary[] } {
  const deadline = registrationDeadline(config);
  const recognitionDue = config.deadlines?.find((d) => d.key === 'cong-nhan')?.date;
  const late: Aggregate['late'] = [];
  const byUnit: UnitSummary[] = [];
  for (const g of kept) {
    if (!g.unit) continue;
    const quota = g.unit.type === null ? {} : quotaOf(config, g.unit);
    const count = g.rows.length;
    const status: UnitStatus =
      quota.min !== undefined && count < quota.min ? 'under' : quota.max !== undefined && count > quota.max ? 'over' : 'ok';
    const isLate = !!(deadline && g.date && g.date > deadline);
    const lateSteps: string[] = [];
    if (isLate) {
      lateSteps.push('dang-ky');
      late.push({ unit: g.unit.name, date: g.date!, deadline: deadline! });
      findings.push(finding('LIST_LATE', { date: g.date!, deadline: deadline! }, g.source, g.unit.name));
    }
    if (recognitionDue && g.rows.some((r) => /^\d{4}-/.test(r.officer.recognisedOn) && r.officer.recognisedOn > recognitionDue)) lateSteps.push('cong-nhan');
    byUnit.push({ unit: g.unit.name, type: g.unit.type, count, quota: { min: quota.min, max: quota.max }, status, date: g.date, late: isLate, lateSteps });
  }
  const reported = new Set(kept.map((g) => g.key));
  const missing = config.units
    .filter((u) => !reported.has(foldKey(u.name)) && inForce(u, deadline))
    .sort((a, b) => collator.compare(a.name, b.name));
  for (const u of missing) {
    const q = quotaOf(config, u);
    const lateSteps = deadline && asOf && asOf > deadline ? ['dang-ky'] : [];
    byUnit.push({ unit: u.name, type: u.type, count: 0, quota: { min: q.min, max: q.max }, status: 'missing', date: null, late: false, lateSteps });
    findings.push(finding('UNIT_MISSING', { unit: u.name }, null, u.name));
  }
  byUnit.sort((a, b) => collator.compare(a.unit, b.unit));
  return { byUnit, late, missingUnits: missing.map((u) => u.name) };
}

/** The submission board: every unit, its latest list (or the form it is filling in), and the officer's review of it. */
function boardOf(byUnit: UnitSummary[], kept: Group[], filling: Map<string, Filling>, previousBoard: BoardReview[]): BoardRow[] {
  const reviews = new Map(previousBoard.map((b) => [foldKey(b.unit), b]));
  const groupOf = new Map<string, Group>();
  for (const g of kept) if (g.unit && !groupOf.has(g.unit.name)) groupOf.set(g.unit.name, g);
  const board: BoardRow[] = byUnit.map((u) => {
    const g = groupOf.get(u.unit);
    const listId = g ? listIdOf(g) : '';
    const prev = reviews.get(foldKey(u.unit));
    const reminders = prev?.reminders ?? '';
    const draft = filling.get(foldKey(u.unit));
    if (draft) {
      filling.delete(foldKey(u.unit));
      return { unit: u.unit, type: u.type, status: 'filling', date: null, file: draft.file, models: draft.models, errors: draft.errors, lateSteps: u.lateSteps, review: '', reviewedList: '', reminders };
    }
    const current = !!prev && prev.reviewedList === listId && !!g;
    const review = current ? prev!.review : '';
    const errors = g ? g.findings.filter((f) => f.severity === 'error').length : 0;
    const status: BoardStatus = !g
      ? 'missing'
      : foldKey(review) === foldKey('Đã duyệt')
        ? 'approved'
        : foldKey(review) === foldKey('Trả lại') || errors > 0 || u.status === 'under' || u.status === 'over'
          ? 'needs-fix'
          : 'submitted';
    return {
      unit: u.unit,
      type: u.type,
      status,
      date: u.date,
      file: g?.source.file ?? null,
      models: u.count,
      errors,
      lateSteps: u.lateSteps,
      review,
      reviewedList: current ? prev!.reviewedList : listId,
      reminders,
    };
  });
  // Forms being filled in by units the config does not list (and that sent nothing else).
  for (const draft of filling.values()) {
    const name = draft.unit?.name ?? draft.file;
    board.push({ unit: name, type: draft.unit?.type ?? null, status: 'filling', date: null, file: draft.file, models: draft.models, errors: draft.errors, lateSteps: [], review: '', reviewedList: '', reminders: reviews.get(foldKey(name))?.reminders ?? '' });
  }
  return board;
}

const CODE_ORDER = new Map(Object.keys(CODES).map((c, i) => [c, i]));

/** Errors first, then by unit (Vietnamese order), row, and the catalogue's order of codes. */
function sortFindings(findings: AggregateFinding[]): void {
  const rank = (f: AggregateFinding) => (f.severity === 'error' ? 0 : 1);
  findings.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      collator.compare(a.unit ?? '\uffff', b.unit ?? '\uffff') ||
      (a.row ?? 0) - (b.row ?? 0) ||
      CODE_ORDER.get(a.code)! - CODE_ORDER.get(b.code)!,
  );
}

/**
 * Which list a review was about: file (and tab), date, count and a short fingerprint of its models, so any change
 * to the list — even on a tab of the same spreadsheet with no date — asks for a new review.
 */
function listIdOf(g: Group): string {
  let h = 5381;
  for (const r of g.rows) {
    const key = `${modelKey(r.model.name, r.model.model)}\u0001${r.model.regType ?? ''}\u0001${r.model.field ?? ''}`;
    for (let i = 0; i < key.length; i++) h = ((h * 33) ^ key.charCodeAt(i)) >>> 0;
  }
  const where = `${baseName(g.source.file)}${g.source.sheet ? `, ${g.source.sheet}` : ''}`;
  return `${where}${g.date ? ` (${formatDateVi(g.date)})` : ''}, ${g.rows.length} mô hình, mã ${h.toString(36)}`;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

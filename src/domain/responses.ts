// One Google Form for every unit: its questions, made from the config (data, not code), and its responses sheet read
// back as lists, one per unit. One response is one model; a later response of the same unit with the same model name
// (folded) replaces the earlier one; an edited response is the same row, read as it is now.
import type { SourceInput, SourceRef } from './aggregate';
import type { Finding } from './codes';
import type { Config } from './config';
import { inForce, registrationDeadline } from './config';
import { cellText, type Cell, type Grid } from './grid';
import { makeFinding } from './messages';
import type { HeaderMap, ListResult } from './model';
import { textCell, type ParsedRow } from './reader';
import { foldCompact, foldKey, foldLoose } from './text';
import { detectUnit, unitOnDay, type UnitMatch } from './unit';
import { judgeRows, toModel } from './validate';
import { markerUnit } from './form-marker';

export type QuestionKey = 'unit' | 'name' | 'model' | 'regType' | 'field' | `column:${string}`;

/** A question of the Form: `list` a drop-down, `choice` one of several (radio buttons), `text` a short answer. */
export interface FormQuestion {
  key: QuestionKey;
  title: string;
  kind: 'list' | 'choice' | 'text';
  choices?: string[];
  required: boolean;
  help?: string;
}

export const FORM_QUESTION_TITLES = {
  unit: 'Đơn vị',
  name: 'Tên tập thể hoặc cá nhân xây dựng mô hình',
  model: 'Tên mô hình hoặc điển hình',
  regType: 'Hình thức đăng ký',
  field: 'Lĩnh vực',
} as const;

export const REG_CHOICES = { continue: 'Tiếp tục đăng ký', new: 'Đăng ký xây dựng mới' } as const;

/** How Google writes the first column of a responses sheet, in the spreadsheet's language. */
const TIMESTAMP_HEADERS = ['dau thoi gian', 'timestamp'];

/** The units a Form offers: those of the config in force on the deadline (all of them when there is none). */
export function formUnits(config: Config): string[] {
  const day = registrationDeadline(config);
  return config.units.filter((u) => inForce(u, day)).map((u) => u.name);
}

/** The Form's questions, in order, from the config: unit, names, registration type, field, then each campaign column. */
export function formQuestions(config: Config): FormQuestion[] {
  const t = FORM_QUESTION_TITLES;
  return [
    { key: 'unit', title: t.unit, kind: 'list', choices: formUnits(config), required: true, help: 'Chọn đơn vị của đồng chí. Mỗi lần gửi là một mô hình; đơn vị có nhiều mô hình thì gửi nhiều lần.' },
    { key: 'name', title: t.name, kind: 'text', required: true },
    { key: 'model', title: t.model, kind: 'text', required: true, help: 'Gửi lại đúng tên mô hình này thì câu trả lời mới thay câu trả lời cũ.' },
    { key: 'regType', title: t.regType, kind: 'choice', choices: [REG_CHOICES.continue, REG_CHOICES.new], required: true },
    { key: 'field', title: t.field, kind: 'choice', choices: config.fields.map((f) => f.label), required: true },
    ...(config.columns ?? []).map((c): FormQuestion => ({ key: `column:${c.key}`, title: c.label, kind: 'text', required: !!c.required })),
  ];
}

interface Columns {
  time: number;
  unit: number;
  name: number | null;
  model: number;
  regType: number | null;
  field: number | null;
  extra: Record<string, number>;
}

/** The columns of a responses sheet, by their question titles; null when row 1 is not one (a timestamp, a unit, a model). */
function responseColumns(grid: Grid, config: Config): Columns | null {
  const head = (grid.values[0] ?? []).map((c) => foldCompact(cellText(c)));
  if (!TIMESTAMP_HEADERS.map((h) => h.replace(/ /g, '')).includes(head[0] ?? '')) return null;
  const find = (...titles: string[]) => {
    const want = titles.map(foldCompact);
    const i = head.findIndex((h) => want.includes(h));
    return i < 0 ? null : i;
  };
  const t = FORM_QUESTION_TITLES;
  const unit = find(t.unit);
  const model = find(t.model);
  if (unit === null || model === null) return null;
  const extra: Record<string, number> = {};
  for (const c of config.columns ?? []) {
    const i = find(c.label, ...(c.aliases ?? []));
    if (i !== null) extra[c.key] = i;
  }
  return { time: 0, unit, name: find(t.name), model, regType: find(t.regType), field: find(t.field), extra };
}

/** Whether the grid is a Form's responses sheet (with our questions). */
export function isResponsesSheet(grid: Grid, config: Config): boolean {
  return responseColumns(grid, config) !== null;
}

const timeOf = (c: Cell | undefined): number => {
  if (c instanceof Date) return c.getTime();
  const t = Date.parse(cellText(c));
  return Number.isNaN(t) ? 0 : t;
};

/**
 * The lists a responses sheet holds, one per unit (in the order units first answered), or null when it is not a
 * responses sheet. Rows and columns in findings are the sheet's own.
 */
export function responsesSources(grid: Grid, source: SourceRef, config: Config, modified: number | null): SourceInput[] | null {
  const cols = responseColumns(grid, config);
  if (!cols) return null;
  const fieldByCompact = new Map<string, string>();
  for (const f of config.fields) for (const s of [f.code, f.label, ...(f.aliases ?? [])]) fieldByCompact.set(foldCompact(s), f.code);
  const labels = (grid.values[0] ?? []).map((c) => cellText(c));

  // Responses by unit, in the order units first answered.
  const groups = new Map<string, { unitText: string; rows: { r: number; time: number; row: Cell[] }[] }>();
  for (let r = 1; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    if (row.every((c) => cellText(c) === '')) continue;
    const unitText = cellText(row[cols.unit]);
    const key = foldKey(unitText);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { unitText, rows: [] }));
    g.rows.push({ r: r + 1, time: timeOf(row[cols.time]), row });
  }

  const header: HeaderMap = {
    firstRow: 1,
    lastRow: 1,
    stt: null,
    name: cols.name,
    model: cols.model,
    // One column holds the registration type: both rules point at it.
    cont: cols.regType,
    new: cols.regType,
    fields: {},
    fieldText: cols.field,
    extra: cols.extra,
    kind: null,
  };
  const out: SourceInput[] = [];
  for (const g of groups.values()) {
    // The latest response per model name wins (by time, then by row); the ones it replaces are reported.
    const ordered = [...g.rows].sort((a, b) => a.time - b.time || a.r - b.r);
    const latest = new Map<string, { r: number; time: number; row: Cell[] }>();
    const replaced: Finding[] = [];
    for (const x of ordered) {
      const k = foldKey(cellText(x.row[cols.model]));
      const before = k ? latest.get(k) : undefined;
      if (before) replaced.push(makeFinding('RESPONSE_REPLACED', before.r, null, { otherRow: x.r }));
      latest.set(k || `\u0000${x.r}`, x);
    }
    const kept = [...latest.values()].sort((a, b) => a.r - b.r);
    const rows: ParsedRow[] = kept.map(({ r, row }) => {
      const reg = foldLoose(cellText(cols.regType === null ? null : row[cols.regType]));
      const field = textCell(row, cols.field);
      const extra: ParsedRow['extra'] = {};
      for (const [k, c] of Object.entries(cols.extra)) extra[k] = textCell(row, c);
      return {
        row: r,
        stt: '',
        name: textCell(row, cols.name),
        model: textCell(row, cols.model),
        cont: reg.includes('tiep tuc'),
        new: !reg.includes('tiep tuc') && /(^| )moi( |$)/.test(reg),
        fields: [],
        fieldText: field ? { col: field.col, text: field.text, code: fieldByCompact.get(foldCompact(field.text)) ?? null } : null,
        extra,
        oddMarks: [],
        kind: null,
      };
    });
    const last = Math.max(...kept.map((x) => x.time));
    const day = last > 0 ? new Date(last).toISOString().slice(0, 10) : null;
    const { match: unit, finding: standing } = unitOnDay(g.unitText ? markerUnit(g.unitText, config) : detectUnit([], [], config), config, day, registrationDeadline(config));
    const findings = judgeRows({ config, header, labels, rows, unit }, standing ? [standing, ...replaced] : replaced);
    const result: ListResult = {
      unit: unit.unit,
      date: day,
      header,
      models: rows.map(toModel),
      findings,
    };
    out.push({ kind: 'list', source, result, modified });
  }
  return out;
}

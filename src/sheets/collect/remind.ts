// “Nhắc đơn vị”: one message per unit that has not submitted, is still filling in its form, or must fix its list, as
// the last aggregation's “Tình trạng nộp” and “Kiểm tra” say; previewed in a dialog (recipients, subject, text), sent
// on confirmation with MailApp within the day's quota (what does not fit is named, for tomorrow), and logged on the
// board's “Nhắc nộp” column, which the next aggregation keeps.
import type { Finding } from '../../domain/codes';
import { CODES, type Code } from '../../domain/codes';
import { cellText, type Grid } from '../../domain/grid';
import { composeReminders, isListFinding, reminderLogEntry, reminderSteps, REMINDER_KIND_LABEL, type ReminderKind, type UnitState } from '../../domain/reminders';
import { BOARD_SHEET, CHECKS_SHEET, readBoardLines, type BoardLine } from '../../domain/report-tables';
import { foldKey } from '../../domain/text';
import { loadConfig } from '../config';
import { isoDay, stamp } from '../dates';
import { UserError } from '../errors';
import { JobStore } from '../job-store';
import { ourSheet } from '../outputs';
import { readSheet } from '../read';
import type { RemindInit, RemindPreview, RemindResult } from './api';
import { RecordSheet } from './record';
import { COLLECT_TEXT } from './texts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const REMIND_DIALOG = 'RemindDialog';

export function showRemindDialog(): void {
  const html = HtmlService.createHtmlOutputFromFile(REMIND_DIALOG).setWidth(720).setHeight(600);
  SpreadsheetApp.getUi().showModalDialog(html, COLLECT_TEXT.remindTitle);
}

const zoneOf = (ss: Spreadsheet) => {
  let zone: string | null | undefined;
  return () => (zone === undefined ? (zone = ss.getSpreadsheetTimeZone() || null) : zone);
};

/** The deadlines to choose from, and the one offered: the next one from today, else the last. */
export function remindInit(): RemindInit {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const tz = zoneOf(ss);
  const { config } = loadConfig(ss, tz);
  const steps = reminderSteps(config);
  if (!steps.length) throw new UserError(COLLECT_TEXT.noSteps);
  const asOf = isoDay(new Date(), tz());
  const next = [...steps].sort((a, b) => (a.date < b.date ? -1 : 1)).find((s) => s.date >= asOf) ?? steps[steps.length - 1];
  return { steps, step: next.key, asOf };
}

/** Our board of the last aggregation (the record of output sheets says which sheet it is). */
function board(ss: Spreadsheet): { sheet: Sheet; lines: BoardLine[] } {
  const store = JobStore.find(ss);
  const sheet = store ? ourSheet(ss, store.outputs(), BOARD_SHEET) : null;
  const lines = sheet ? readBoardLines(readSheet(sheet, () => null, { merges: false }).grid) : null;
  if (!sheet || !lines) throw new UserError(COLLECT_TEXT.noBoard);
  return { sheet, lines };
}

const SEVERITY = new Map([
  ['loi', 'error'],
  ['canh bao', 'warning'],
] as const);

/** The findings of “Kiểm tra” by unit and file, back as findings (code, severity, row, cell, message). */
function checksByUnit(ss: Spreadsheet): Map<string, { file: string; finding: Finding }[]> {
  const store = JobStore.find(ss);
  const sheet = store ? ourSheet(ss, store.outputs(), CHECKS_SHEET) : null;
  const out = new Map<string, { file: string; finding: Finding }[]>();
  if (!sheet) return out;
  const grid: Grid = readSheet(sheet, () => null, { merges: false }).grid;
  for (const r of grid.values.slice(1)) {
    const code = cellText(r[1]) as Code;
    if (!(code in CODES) || !isListFinding(code)) continue;
    const label = cellText(r[0]).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const severity = SEVERITY.get(label as 'loi') ?? CODES[code];
    const row = typeof r[6] === 'number' ? r[6] : Number(cellText(r[6])) || null;
    const column = /^([A-Z]+)\d+$/.exec(cellText(r[7]))?.[1] ?? null;
    const finding = { code, severity, row, column, message: cellText(r[2]), params: {} } as unknown as Finding;
    const key = foldKey(cellText(r[3]));
    out.set(key, [...(out.get(key) ?? []), { file: cellText(r[4]), finding }]);
  }
  return out;
}

interface Composed {
  config: ReturnType<typeof loadConfig>['config'];
  board: { sheet: Sheet; lines: BoardLine[] };
  reminders: ReturnType<typeof composeReminders>;
  asOf: string;
}

function compose(ss: Spreadsheet, stepKey: string): Composed {
  const tz = zoneOf(ss);
  const { config } = loadConfig(ss, tz);
  const step = reminderSteps(config).find((s) => s.key === String(stepKey));
  if (!step) throw new UserError(COLLECT_TEXT.badStep(String(stepKey)));
  const b = board(ss);
  const checks = checksByUnit(ss);
  const base = (f: string) => f.split(/[\\/]/).pop() ?? f;
  const states: UnitState[] = b.lines.map((l) => ({
    unit: l.unit,
    status: l.status,
    file: l.file || null,
    models: l.models,
    findings: (checks.get(foldKey(l.unit)) ?? []).filter((x) => !l.file || base(x.file) === base(l.file)).map((x) => x.finding),
  }));
  const links = new Map([...(RecordSheet.find(ss)?.records().values() ?? [])].map((r) => [r.unit, r.url]));
  const asOf = isoDay(new Date(), tz());
  return { config, board: b, reminders: composeReminders(states, config, { step, asOf, links }), asOf };
}

/** Every reminder to send, as the dialog shows it, and today's quota. Reads only. */
export function remindPreview(stepKey: string): RemindPreview {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const c = compose(ss, stepKey);
  return {
    reminders: c.reminders.map((r) => ({ ...r, kindLabel: REMINDER_KIND_LABEL[r.kind] })),
    quota: MailApp.getRemainingDailyQuota(),
    board: c.board.sheet.getName(),
  };
}

/** Sends the chosen units' reminders that fit today's quota, and logs each on the board. */
export function remindSend(stepKey: string, units: string[]): RemindResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const c = compose(ss, stepKey);
  if (c.board.lines.some((l) => l.remindersCol === null)) throw new UserError(COLLECT_TEXT.oldBoard);
  const chosen = new Set((Array.isArray(units) ? units : []).map((u) => foldKey(String(u))));
  let quota = MailApp.getRemainingDailyQuota();
  const sent: { unit: string; kind: ReminderKind }[] = [];
  const left: string[] = [];
  const noAddress: string[] = [];
  for (const r of c.reminders) {
    if (!chosen.has(foldKey(r.unit))) continue;
    if (!r.to.length) {
      noAddress.push(r.unit);
      continue;
    }
    if (r.to.length > quota) {
      left.push(r.unit);
      continue;
    }
    MailApp.sendEmail({ to: r.to.join(','), subject: r.subject, body: r.body, name: 'Dân vận khéo' });
    quota -= r.to.length;
    sent.push({ unit: r.unit, kind: r.kind });
  }
  const when = stamp(new Date(), ss.getSpreadsheetTimeZone() || null);
  logOnBoard(c.board, sent.map((s) => ({ unit: s.unit, entry: reminderLogEntry(when, s.kind) })));
  return {
    sent: sent.map((s) => s.unit),
    left,
    noAddress,
    quota,
    summary: COLLECT_TEXT.remindSent({ sent: sent.length, left, noAddress, quota }),
  };
}

/** Appends entries to units' “Nhắc nộp” cells: one read of that column (done with the board) and one write. */
export function logOnBoard(b: { sheet: Sheet; lines: BoardLine[] }, entries: { unit: string; entry: string }[]): void {
  if (!entries.length) return;
  const col = b.lines.find((l) => l.remindersCol !== null)?.remindersCol;
  if (!col) return;
  const first = Math.min(...b.lines.map((l) => l.row));
  const last = Math.max(...b.lines.map((l) => l.row));
  const cells: string[][] = Array.from({ length: last - first + 1 }, () => ['']);
  for (const l of b.lines) cells[l.row - first][0] = l.reminders;
  for (const e of entries) {
    const l = b.lines.find((x) => foldKey(x.unit) === foldKey(e.unit));
    if (!l) continue;
    const cell = cells[l.row - first];
    cell[0] = cell[0] ? `${cell[0]}; ${e.entry}` : e.entry;
    l.reminders = cell[0];
  }
  const range = b.sheet.getRange(first, col, cells.length, 1);
  range.setNumberFormat('@');
  range.setValues(cells);
}

/** The board, for “Trả lại” on a unit's form (its return is logged like a reminder); null when there is none. */
export function boardIfAny(ss: Spreadsheet): { sheet: Sheet; lines: BoardLine[] } | null {
  try {
    return board(ss);
  } catch (e) {
    if (e instanceof UserError) return null;
    throw e;
  }
}

// Reminders to units before (or after) a deadline: one message per unit that has not submitted, is still filling in its
// form, or must fix its list (the return message), with its addresses; and the mail-merge file for the officer's own
// mail program. Both adapters send or write exactly these.
import type { BoardStatus } from './aggregate';
import type { Code, Finding } from './codes';
import { registrationDeadline, type Config } from './config';
import { returnMessage } from './return-message';
import { formatDateVi } from './rules';
import { foldKey } from './text';

export type ReminderKind = 'missing' | 'filling' | 'needs-fix';

/** How a reminder's kind is logged on the board and shown. */
export const REMINDER_KIND_LABEL: Record<ReminderKind, string> = { missing: 'chưa nộp', filling: 'đang điền', 'needs-fix': 'cần sửa' };

/** Findings about the aggregation itself, not the unit's own list (or about another unit's): never in a reminder. */
const NOT_THE_LIST = new Set<Code>([
  'UNIT_MISSING',
  'LIST_SUPERSEDED',
  'LIST_LATE',
  'FORM_IN_PROGRESS',
  'SOURCE_UNREADABLE',
  'SOURCE_SKIPPED',
  'SOURCE_NO_LIST',
  'MODEL_DROPPED',
  'MODEL_RENAMED',
  'MODEL_RENAME_AMBIGUOUS',
  'MASTER_ROW_DROPPED',
  'OFFICER_EDIT_KEPT',
  'OFFICER_EDIT_REPLACED',
  'DUPLICATE_MODEL_ACROSS',
]);

/** Whether a finding is about the unit's own list (what a reminder to fix it lists). */
export function isListFinding(code: Code): boolean {
  return !NOT_THE_LIST.has(code);
}

/** A deadline a reminder is about. */
export interface ReminderStep {
  key: string;
  label: string;
  date: string;
}

/** Where a unit stands, as the board says. */
export interface UnitState {
  unit: string;
  status: BoardStatus;
  /** The list the unit sent (file, or file and sheet), null when none. */
  file: string | null;
  models: number;
  /** The findings of that list (for a unit that must fix it). */
  findings: Finding[];
}

export interface Reminder {
  unit: string;
  kind: ReminderKind;
  /** The unit's addresses (config `email`); empty when it has none (the message is then sent by other means). */
  to: string[];
  subject: string;
  body: string;
}

export interface ReminderOptions {
  step: ReminderStep;
  /** The day the reminders are written (YYYY-MM-DD). */
  asOf: string;
  /** Who sends them: “Ban Tuyên giáo - Nữ công”. */
  from?: string;
  /** A link to each unit's own form, by unit name. */
  links?: Map<string, string>;
}

/** The deadlines of the config a reminder may be about: `deadlines`, and `deadline` as the list step when not among them. */
export function reminderSteps(config: Config): ReminderStep[] {
  const steps: ReminderStep[] = [...(config.deadlines ?? [])];
  const due = registrationDeadline(config);
  if (due && !steps.some((s) => s.key === 'dang-ky')) steps.unshift({ key: 'dang-ky', label: 'Gửi danh sách đăng ký', date: due });
  return steps;
}

/** A unit's addresses from the config (one or several), none when it has none. */
export function unitEmails(config: Config, unit: string): string[] {
  const u = config.units.find((x) => foldKey(x.name) === foldKey(unit));
  const e = u?.email;
  return e === undefined ? [] : Array.isArray(e) ? [...e] : [e];
}

/** Whole days from `a` to `b` (YYYY-MM-DD). */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** “còn 5 ngày”, “hôm nay là hạn cuối”, “đã quá hạn 3 ngày”. */
export function dueText(step: ReminderStep, asOf: string): string {
  const d = daysBetween(asOf, step.date);
  return d > 0 ? `còn ${d} ngày` : d === 0 ? 'hôm nay là hạn cuối' : `đã quá hạn ${-d} ngày`;
}

const KIND_SUBJECT: Record<ReminderKind, string> = {
  missing: 'Nhắc gửi danh sách đăng ký mô hình',
  filling: 'Nhắc hoàn thành biểu mẫu đăng ký mô hình',
  'needs-fix': 'Đề nghị sửa danh sách đăng ký mô hình',
};

/** The reminder kind of a board status; null for a unit that needs none (submitted, approved). */
export function reminderKind(status: BoardStatus): ReminderKind | null {
  return status === 'missing' || status === 'filling' || status === 'needs-fix' ? status : null;
}

/** One reminder per unit that needs one, in the order given. */
export function composeReminders(states: UnitState[], config: Config, opts: ReminderOptions): Reminder[] {
  const out: Reminder[] = [];
  for (const s of states) {
    const kind = reminderKind(s.status);
    if (!kind) continue;
    out.push({
      unit: s.unit,
      kind,
      to: unitEmails(config, s.unit),
      subject: `[Dân vận khéo] ${KIND_SUBJECT[kind]} – ${s.unit}`,
      body: reminderBody(s, kind, config, opts),
    });
  }
  return out;
}

function reminderBody(s: UnitState, kind: ReminderKind, config: Config, opts: ReminderOptions): string {
  const { step, asOf } = opts;
  const due = `Hạn “${step.label}” là ngày ${formatDateVi(step.date)} (${dueText(step, asOf)}).`;
  const link = opts.links?.get(s.unit);
  const sign = opts.from ? `Trân trọng,\n${opts.from}` : 'Trân trọng.';
  if (kind === 'needs-fix') {
    const message = returnMessage({
      unit: s.unit,
      file: s.file ?? 'đã gửi',
      findings: s.findings,
      dueBy: step.date >= asOf ? step.date : undefined,
      from: opts.from,
    });
    // The return message, with the deadline under its greeting and the form's link before the signature.
    const [greeting, blank, ...rest] = message.split('\n');
    const lines = [greeting, blank, due, ...rest];
    if (link) lines.splice(lines.length - (opts.from ? 2 : 1), 0, `Biểu mẫu của đơn vị: ${link}`, '');
    return lines.join('\n');
  }
  const lines = [`Kính gửi: ${s.unit},`, '', `Về việc: ${config.title}.`, due];
  if (kind === 'missing')
    lines.push(`Đến ngày ${formatDateVi(asOf)}, chúng tôi chưa nhận được danh sách đăng ký mô hình “Dân vận khéo” của đơn vị.`);
  else
    lines.push(
      `Biểu mẫu của đơn vị đã có ${s.models} mô hình nhưng chưa tích ô “Đã hoàn thành, gửi cấp trên”, nên danh sách chưa được tính.`,
      'Khi đã điền xong, đề nghị đơn vị tích ô đó.',
    );
  if (link) lines.push(`Biểu mẫu của đơn vị: ${link}`);
  lines.push(
    kind === 'missing'
      ? `Đề nghị đơn vị hoàn thành và gửi danh sách${step.date >= asOf ? ` trước ngày ${formatDateVi(step.date)}` : ' sớm'}.`
      : `Đề nghị đơn vị hoàn thành${step.date >= asOf ? ` trước ngày ${formatDateVi(step.date)}` : ' sớm'}.`,
    '',
    sign,
  );
  return lines.join('\n');
}

/** One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180), quotes doubled. */
function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The mail-merge file: columns email, subject, body; one row per address (a unit with two addresses gives two rows,
 * one with none gives none). CRLF line ends and a BOM, so Excel and mail programs read the Vietnamese text right.
 */
export function remindersCsv(reminders: Reminder[]): string {
  const lines = ['email,subject,body'];
  for (const r of reminders) for (const to of r.to) lines.push([to, r.subject, r.body.replace(/\r?\n/g, '\r\n')].map(csvField).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** “12/07/2021 08:30 (chưa nộp)”: a reminder as the board's “Nhắc nộp” logs it. */
export function reminderLogEntry(stamp: string, kind: ReminderKind): string {
  return `${stamp} (${REMINDER_KIND_LABEL[kind]})`;
}

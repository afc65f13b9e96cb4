// `dvk remind`: reads the lists received so far (as `aggregate` does), and writes one reminder per unit that has not
// submitted, is still filling in its form, or must fix its list — `nhac/<đơn vị>.txt` — and the mail-merge file
// `nhac/thu.csv` (email, subject, body; one row per address) for the officer's own mail program.
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { aggregate, type Aggregate } from '../../domain/aggregate';
import type { Config } from '../../domain/config';
import { composeReminders, isListFinding, reminderSteps, remindersCsv, REMINDER_KIND_LABEL, type Reminder, type UnitState } from '../../domain/reminders';
import { assertDateArg } from '../args';
import { loadConfig } from '../config';
import { EXIT, UserError } from '../errors';
import { commitOutput, planOutput, systemWhy, writeAtomic, type OutputPlan, type Ownership } from '../files';
import { readInputs } from './aggregate';
import { unitFileNames } from './forms';

export const HELP = `Cách dùng: dvk remind <tệp.xlsx | thư mục>... --out nhac/ [--as-of YYYY-MM-DD] [--moc dang-ky]
                  [--from "Ban Tuyên giáo"] [--config cau-hinh.json | --preset TÊN] [--force]

Soạn lời nhắc cho từng đơn vị chưa nộp danh sách, đang điền dở biểu mẫu hoặc phải sửa danh sách (kèm các lỗi cần
sửa), theo các danh sách đã nhận (đọc như lệnh aggregate) và địa chỉ thư điện tử của đơn vị trong cấu hình.

  --out THƯ-MỤC    ghi mỗi đơn vị một tệp <tên đơn vị>.txt (dán vào thư hoặc Zalo) và tệp thu.csv để gộp thư
                   (các cột email, subject, body; mỗi địa chỉ một dòng) cho chương trình thư của đồng chí
  --as-of NGÀY     ngày viết lời nhắc (YYYY-MM-DD; mặc định hôm nay)
  --moc KHÓA       mốc thời hạn cần nhắc, một khóa của “deadlines” trong cấu hình (mặc định dang-ky: hạn nộp danh sách)
  --from "…"       ký tên cuối lời nhắc, ví dụ "Ban Tuyên giáo - Nữ công"
  --force          tệp đã có không do lệnh này tạo (hoặc đã được sửa) được đổi tên thành <tên>.truoc-YYYY-MM-DD.<đuôi>
                   rồi mới ghi tệp mới

Lời nhắc cũ của lần chạy trước (do lệnh này ghi, chưa ai sửa) mà đơn vị nay không cần nhắc nữa được xóa; tệp khác
trong thư mục không bao giờ bị đụng tới.
Mã thoát: 0 đã ghi (hoặc không đơn vị nào cần nhắc), 1 có tệp không đọc được, 2 tham số sai hoặc không ghi được.`;

export interface RemindArgs {
  inputs: string[];
  out?: string;
  'as-of'?: string;
  moc?: string;
  from?: string;
  config?: string;
  preset?: string;
  force?: boolean;
}

/** The record of what the last run wrote (name → hash), beside the files: how a file is known as ours and unchanged. */
export const MANIFEST = '.dvk-nhac.json';
export const CSV_FILE = 'thu.csv';
const TOOL = 'dvk remind';

/** Each unit of the board with the findings of the list it sent. */
export function unitStates(agg: Aggregate): UnitState[] {
  return agg.board.map((b) => ({
    unit: b.unit,
    status: b.status,
    file: b.file === null ? null : basename(b.file),
    models: b.models,
    findings: agg.findings.filter((f) => f.unit === b.unit && f.file === b.file && isListFinding(f.code)),
  }));
}

const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

async function readManifest(dir: string): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await readFile(join(dir, MANIFEST), 'utf8');
  } catch {
    return {};
  }
  try {
    const m = JSON.parse(text) as { tool?: unknown; files?: unknown };
    if (m.tool !== TOOL || !m.files || typeof m.files !== 'object') return {};
    return Object.fromEntries(Object.entries(m.files as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

export async function runRemind(args: RemindArgs, print: (s: string) => void): Promise<number> {
  if (!args.inputs.length) throw new UserError('Chưa chọn danh sách hoặc thư mục danh sách đã nhận.\n\n' + HELP);
  if (!args.out) throw new UserError('Chưa cho thư mục ghi lời nhắc (--out), ví dụ: --out nhac/\n\n' + HELP);
  const asOf = args['as-of'] ?? new Date().toISOString().slice(0, 10);
  if (args['as-of']) assertDateArg('--as-of', asOf);
  const config: Config = await loadConfig(args);
  const steps = reminderSteps(config);
  const key = args.moc ?? 'dang-ky';
  const step = steps.find((s) => s.key === key);
  if (!step)
    throw new UserError(
      steps.length
        ? `Cấu hình không có mốc “${key}”; các mốc có: ${steps.map((s) => `${s.key} (${s.label}, ${s.date})`).join('; ')}.`
        : 'Cấu hình chưa có hạn nộp (deadline) hay mốc thời hạn nào (deadlines): không biết nhắc hạn nào.',
    );

  const inputs = await readInputs(args.inputs, config, [args.out]);
  const agg = aggregate(inputs, config, { asOf });
  const reminders = composeReminders(unitStates(agg), config, { step, asOf, from: args.from });
  const unreadable = agg.sources.filter((s) => s.error);
  for (const s of unreadable) print(`✗ ${s.error}`);

  // What to write: one .txt per reminder and the mail-merge file; every file checked before any is written.
  const manifest = await readManifest(args.out);
  const owner = (name: string) => (bytes: Uint8Array): { owner: Ownership } => ({
    owner: manifest[name] === sha(bytes) ? 'ours' : manifest[name] ? 'edited' : 'foreign',
  });
  const names = unitFileNames(reminders.map((r) => r.unit), '.txt');
  const files: { name: string; data: string }[] = reminders.map((r, i) => ({ name: names[i], data: r.body.replace(/\n/g, '\r\n') + '\r\n' }));
  if (reminders.some((r) => r.to.length)) files.push({ name: CSV_FILE, data: remindersCsv(reminders) });
  const plans: OutputPlan[] = [];
  for (const f of files) plans.push(await planOutput(join(args.out, f.name), { what: 'lời nhắc', owner: owner(f.name), force: args.force }));
  const written: Record<string, string> = {};
  for (const [i, f] of files.entries()) {
    await commitOutput(plans[i], f.data);
    written[f.name] = sha(f.data);
  }
  // Reminders of the last run that no unit needs now: removed only when ours and unchanged.
  const stale: string[] = [];
  const keptStale: string[] = [];
  for (const [name, hash] of Object.entries(manifest)) {
    if (name in written) continue;
    const path = join(args.out, name);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch {
      continue; // already gone
    }
    if (sha(bytes) !== hash) {
      keptStale.push(name);
      continue;
    }
    try {
      await rm(path);
      stale.push(name);
    } catch (e) {
      throw new UserError(`${path}: không xóa được lời nhắc cũ — ${systemWhy(e)}.`);
    }
  }
  if (files.length || Object.keys(manifest).length) await writeAtomic(join(args.out, MANIFEST), JSON.stringify({ tool: TOOL, files: written }, null, 2) + '\n');

  print(summary(reminders, step.label, asOf, args.out, names));
  const kept = plans.filter((p) => p.keepAs).map((p) => `${basename(p.path)} → ${basename(p.keepAs!)}`);
  if (kept.length) print(`Đã giữ tệp cũ: ${kept.join('; ')}.`);
  if (stale.length) print(`Đã xóa ${stale.length} lời nhắc của lần trước mà đơn vị nay không cần nhắc nữa: ${stale.join('; ')}.`);
  if (keptStale.length) print(`Giữ nguyên (đã được sửa sau lần trước, đơn vị nay không cần nhắc): ${keptStale.join('; ')}.`);
  return unreadable.length ? EXIT.findings : EXIT.ok;
}

function summary(reminders: Reminder[], step: string, asOf: string, out: string, names: string[]): string {
  if (!reminders.length) return `Không có đơn vị nào cần nhắc (“${step}”, ngày ${asOf}): mọi đơn vị đã nộp danh sách đạt yêu cầu hoặc đã được duyệt.`;
  const count = (k: Reminder['kind']) => reminders.filter((r) => r.kind === k).length;
  const parts = (['missing', 'filling', 'needs-fix'] as const).filter((k) => count(k)).map((k) => `${count(k)} ${REMINDER_KIND_LABEL[k]}`);
  const addresses = reminders.reduce((n, r) => n + r.to.length, 0);
  const lines = [`Đã viết ${reminders.length} lời nhắc (${parts.join(', ')}) vào ${out}: ${names.slice(0, 5).join('; ')}${names.length > 5 ? '; …' : ''}.`];
  if (addresses) lines.push(`Tệp gộp thư ${join(out, CSV_FILE)}: ${addresses} địa chỉ (cột email, subject, body).`);
  const none = reminders.filter((r) => !r.to.length).map((r) => r.unit);
  if (none.length) lines.push(`Chưa có địa chỉ thư điện tử trong cấu hình (gửi lời nhắc qua Zalo hoặc điện thoại): ${none.join('; ')}.`);
  return lines.join('\n');
}

// `dvk validate`: checks unit lists against the campaign's criteria and quotas.
import { basename, extname, join } from 'node:path';
import { mkdir, stat } from 'node:fs/promises';
import type { Config } from '../../domain/config';
import type { Finding } from '../../domain/codes';
import { locationText, SEVERITY_LABEL } from '../../domain/messages';
import type { Unit } from '../../domain/model';
import { validateList } from '../../domain/validate';
import { annotateSheet, RESULTS_SHEET } from '../annotate';
import { loadConfig } from '../config';
import { EXIT, UserError } from '../errors';
import { assertNotInput, writeAtomic } from '../files';
import { loadWorkbook, sheetToGrid, visibleSheets } from '../workbook';

export const HELP = `Cách dùng: dvk validate <tệp.xlsx>... [--config cau-hinh.json | --preset TÊN] [--json] [--annotate ra.xlsx]

Kiểm tra danh sách đăng ký mô hình “Dân vận khéo” của từng đơn vị theo tiêu chí và chỉ tiêu của đợt.

  --config TỆP     cấu hình đợt (JSON); mặc định dùng bộ mẫu ldld-ninh-binh-2021
  --preset TÊN     dùng bộ cấu hình mẫu có sẵn (ldld-ninh-binh-2021, cdn-y-te-2017, dang-uy-khoi-2024)
  --json           in kết quả dạng JSON
  --annotate ĐÍCH  ghi bản sao có tô màu và ghi chú vào từng ô lỗi; với nhiều tệp (hoặc khi ĐÍCH là thư mục),
                   mỗi tệp một bản <tên>.kiem-tra.xlsx trong thư mục ĐÍCH.
                   Tệp gốc không bao giờ bị sửa.

Mã thoát: 0 không có lỗi (có thể có cảnh báo), 1 có lỗi, 2 có tệp không đọc được hoặc tham số sai.`;

export interface ListReport {
  file: string;
  sheet: string | null;
  unit: Unit | null;
  models: number;
  findings: Finding[];
  error?: string;
}

export interface ValidateArgs {
  files: string[];
  config?: string;
  preset?: string;
  json?: boolean;
  annotate?: string;
}

function hintsFor(file: string, sheet: string): string[] {
  return [sheet, basename(file, extname(file)).replace(/[-_]+/g, ' ')];
}

/** Validates one file: every visible sheet that holds a list (the first sheet when none does). */
export async function validateFile(file: string, config: Config, annotateTo?: string): Promise<ListReport[]> {
  let wb;
  try {
    wb = await loadWorkbook(file);
  } catch (e) {
    if (e instanceof UserError) return [{ file, sheet: null, unit: null, models: 0, findings: [], error: e.message }];
    throw e;
  }
  const sheets = visibleSheets(wb);
  const results = sheets.map((ws) => ({ ws, r: validateList(sheetToGrid(ws), config, { hints: hintsFor(file, ws.name) }) }));
  let lists = results.filter((x) => x.r.header !== null);
  if (lists.length === 0) lists = results.slice(0, 1);
  if (lists.length === 0) return [{ file, sheet: null, unit: null, models: 0, findings: [], error: `${file}: tệp không có trang tính nào.` }];
  if (annotateTo) {
    for (const { ws, r } of lists) annotateSheet(wb, ws, r.findings);
    const buf = await wb.xlsx.writeBuffer();
    await writeAtomic(annotateTo, new Uint8Array(buf as ArrayBuffer));
  }
  return lists.map(({ ws, r }) => ({ file, sheet: ws.name, unit: r.unit, models: r.models.length, findings: r.findings }));
}

export function formatText(reports: ListReport[], config: Config): string {
  const out: string[] = [];
  const typeLabel = (code: string | null) => config.unitTypes.find((t) => t.code === code)?.label;
  let errors = 0;
  let warnings = 0;
  let unreadable = 0;
  for (const r of reports) {
    if (r.error) {
      unreadable++;
      out.push(`✗ ${r.error}`, '');
      continue;
    }
    const unit = r.unit ? `${r.unit.name}${typeLabel(r.unit.type) ? ` (${typeLabel(r.unit.type)})` : ''}` : 'chưa xác định';
    out.push(`Tệp ${r.file}, trang “${r.sheet}”`, `  Đơn vị: ${unit} · ${r.models} mô hình`);
    const e = r.findings.filter((f) => f.severity === 'error').length;
    const w = r.findings.length - e;
    errors += e;
    warnings += w;
    if (r.findings.length === 0) out.push('  ✓ Không có lỗi.');
    for (const f of r.findings) out.push(`  ${SEVERITY_LABEL[f.severity].padEnd(8)} ${locationText(f)}: ${f.message} [${f.code}]`);
    out.push('');
  }
  const lists = reports.length - unreadable;
  out.push(
    `Tổng cộng: ${lists} danh sách, ${errors} lỗi, ${warnings} cảnh báo` +
      (unreadable ? `; ${unreadable} tệp không đọc được.` : '.'),
  );
  return out.join('\n');
}

export function exitCodeFor(reports: ListReport[]): number {
  if (reports.some((r) => r.error)) return EXIT.input;
  if (reports.some((r) => r.findings.some((f) => f.severity === 'error'))) return EXIT.findings;
  return EXIT.ok;
}

/** An existing target is replaced only when it is an annotated copy this command wrote (it has the results sheet). */
export async function assertReplaceable(target: string): Promise<void> {
  try {
    await stat(target);
  } catch {
    return;
  }
  let ours = false;
  try {
    ours = !!(await loadWorkbook(target)).getWorksheet(RESULTS_SHEET);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
  }
  if (!ours) throw new UserError(`${target}: tệp đã có và không phải bản kiểm tra do công cụ này tạo; không ghi đè. Hãy chọn tên khác.`);
}

async function isFolderTarget(path: string): Promise<boolean> {
  if (/[\\/]$/.test(path)) return true;
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

export async function runValidate(args: ValidateArgs, print: (s: string) => void): Promise<number> {
  if (args.files.length === 0) throw new UserError('Chưa chọn tệp nào để kiểm tra.\n\n' + HELP);
  const config = await loadConfig(args);
  let targets: (string | undefined)[] = args.files.map(() => undefined);
  if (args.annotate) {
    // One file: ĐÍCH is the copy, unless it is a folder (existing, or written with a trailing slash).
    if (args.files.length === 1 && !(await isFolderTarget(args.annotate))) {
      assertNotInput(args.annotate, args.files);
      targets = [args.annotate];
    } else {
      await mkdir(args.annotate, { recursive: true });
      targets = args.files.map((f) => join(args.annotate!, `${basename(f, extname(f))}.kiem-tra.xlsx`));
      targets.forEach((t) => assertNotInput(t!, args.files));
    }
  }
  for (const t of targets) if (t) await assertReplaceable(t);
  const reports: ListReport[] = [];
  for (let i = 0; i < args.files.length; i++) reports.push(...(await validateFile(args.files[i], config, targets[i])));
  if (args.json) {
    print(
      JSON.stringify(
        {
          files: reports.map((r) => ({
            file: r.file,
            sheet: r.sheet,
            unit: r.unit,
            models: r.models,
            findings: r.findings,
            ...(r.error ? { error: r.error } : {}),
          })),
        },
        null,
        2,
      ),
    );
  } else print(formatText(reports, config));
  return exitCodeFor(reports);
}

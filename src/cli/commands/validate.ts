// `dvk validate`: checks unit lists against the campaign's criteria and quotas.
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import type { Config } from '../../domain/config';
import type { Finding } from '../../domain/codes';
import { locationText, SEVERITY_LABEL } from '../../domain/messages';
import type { Unit } from '../../domain/model';
import { validateList } from '../../domain/validate';
import { fileHint, visibleSheets } from '../../domain/workbook';
import { readFormMarker } from '../../domain/form-marker';
import { responsesSources } from '../../domain/responses';
import { readWorkbook } from '../../domain/xlsx-grid';
import { xmlText, ZipArchive } from '../../domain/zip';
import { ANNOTATED_KEYWORD, RESULTS_SHEET } from '../annotate';
import { PRESETS } from '../../domain/presets';
import { loadConfig } from '../config';
import { EXIT, UserError } from '../errors';
import { assertNotInput, commitOutput, planOutput, type OutputPlan, type Ownership } from '../files';
import { collectInputs, displayPath, type FilePath } from '../paths';
import { readWorkbookFile } from '../workbook';

export const HELP = `Cách dùng: dvk validate <tệp.xlsx>... [--config cau-hinh.json | --preset TÊN] [--json] [--annotate ra.xlsx]

Kiểm tra danh sách đăng ký mô hình “Dân vận khéo” của từng đơn vị theo tiêu chí và chỉ tiêu của đợt.

  --config TỆP     cấu hình đợt (JSON); mặc định dùng bộ mẫu ldld-ninh-binh-2021
  --preset TÊN     dùng bộ cấu hình mẫu có sẵn: ${Object.keys(PRESETS).join(', ')}
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
  /** Something the officer should know about the output (e.g. an annotated copy with values only). */
  note?: string;
  /** A file of a folder that is not read (its reason in `error`): exit 1, not 2. */
  skipped?: boolean;
}

export interface ValidateArgs {
  files: string[];
  config?: string;
  preset?: string;
  json?: boolean;
  annotate?: string;
}

/** Where an annotated copy goes, and words added to the copy's properties (the return message's fingerprint). */
export interface AnnotateTarget {
  plan: OutputPlan;
  description?: string;
}

/** Validates one file: every visible sheet that holds a list (the first sheet when none does). */
export async function validateFile(path: FilePath, config: Config, annotate?: AnnotateTarget): Promise<ListReport[]> {
  const file = displayPath(path);
  let sheets;
  try {
    sheets = await readWorkbookFile(path);
  } catch (e) {
    if (e instanceof UserError) return [{ file, sheet: null, unit: null, models: 0, findings: [], error: e.message }];
    throw e;
  }
  const shown = visibleSheets(sheets);
  // A form made for one unit names it with certainty; a Google Form's responses sheet holds one list per unit.
  const form = readFormMarker(sheets);
  const results = shown.map((s) => {
    const responses = responsesSources(s.grid, { file, sheet: s.name }, config, null);
    const lists = responses?.flatMap((i) => (i.kind === 'list' ? [i.result] : []));
    return { s, r: validateList(s.grid, config, form ? { unit: form.unit } : { hints: [s.name, fileHint(file)] }), lists };
  });
  let lists = results.filter((x) => x.r.header !== null || x.lists?.length);
  if (lists.length === 0) lists = results.slice(0, 1);
  if (lists.length === 0) return [{ file, sheet: null, unit: null, models: 0, findings: [], error: `${file}: tệp không có trang tính nào.` }];
  const reports: ListReport[] = lists.flatMap(({ s, r, lists: byUnit }) =>
    (byUnit?.length ? byUnit : [r]).map((x) => ({ file, sheet: s.name, unit: x.unit, models: x.models.length, findings: x.findings })),
  );
  if (annotate) {
    // exceljs (and the copy it needs) is loaded only when an annotated copy is asked for.
    const [{ loadForAnnotating, valuesWorkbook }, { annotateSheet }] = await Promise.all([import('../excel-copy'), import('../annotate')]);
    const bytes = new Uint8Array(await readFile(path));
    const loaded = await loadForAnnotating(bytes);
    const wb = loaded ?? valuesWorkbook(shown);
    for (const { s, r, lists: byUnit } of lists) {
      const ws = wb.getWorksheet(s.name) ?? wb.getWorksheet(s.name.slice(0, 31));
      if (ws) annotateSheet(wb, ws, byUnit?.length ? byUnit.flatMap((x) => x.findings) : r.findings);
    }
    wb.keywords = ANNOTATED_KEYWORD;
    if (annotate.description) wb.description = annotate.description;
    await commitOutput(annotate.plan, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    if (!loaded) reports[0].note = `${annotate.plan.path}: bản có đánh dấu chỉ giữ giá trị các ô (không giữ định dạng) vì không mở được tệp gốc để chép định dạng.`;
  }
  return reports;
}

export function formatText(reports: ListReport[], config: Config): string {
  const out: string[] = [];
  const typeLabel = (code: string | null) => config.unitTypes.find((t) => t.code === code)?.label;
  let errors = 0;
  let warnings = 0;
  let unreadable = 0;
  let notRead = 0;
  for (const r of reports) {
    if (r.error) {
      if (r.skipped) notRead++;
      else unreadable++;
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
    if (r.note) out.push(`  Lưu ý: ${r.note}`);
    out.push('');
  }
  const lists = reports.length - unreadable - notRead;
  out.push(
    `Tổng cộng: ${lists} danh sách, ${errors} lỗi, ${warnings} cảnh báo` +
      (unreadable ? `; ${unreadable} tệp không đọc được` : '') +
      (notRead ? `; ${notRead} tệp trong thư mục không được đọc (xem lý do ở trên)` : '') +
      '.',
  );
  return out.join('\n');
}

export function exitCodeFor(reports: ListReport[]): number {
  if (reports.some((r) => r.error && !r.skipped)) return EXIT.input;
  if (reports.some((r) => r.skipped)) return EXIT.findings;
  if (reports.some((r) => r.findings.some((f) => f.severity === 'error'))) return EXIT.findings;
  return EXIT.ok;
}

/**
 * An annotated copy of ours: our keyword in its properties, or (copies of earlier versions) our results sheet with its
 * header. Anything else — the unit's own file, another workbook — is the officer's.
 */
export function annotatedOwnership(bytes: Uint8Array): { owner: Ownership } {
  try {
    const core = ZipArchive.open(bytes).read('docProps/core.xml');
    if (core && xmlText(core).includes(ANNOTATED_KEYWORD)) return { owner: 'ours' };
    const sheets = readWorkbook(bytes, { sheets: (name) => name === RESULTS_SHEET });
    const results = sheets.find((s) => s.name === RESULTS_SHEET);
    return { owner: results && results.grid.values[0]?.[0] === 'Vị trí' && results.grid.values[0]?.[2] === 'Mã' ? 'ours' : 'foreign' };
  } catch {
    return { owner: 'foreign' };
  }
}

export const annotatedGuard = (force?: boolean) => ({ what: 'bản có đánh dấu', owner: annotatedOwnership, force });

/**
 * One annotated copy per file in the folder `dir`: `<name>.kiem-tra.xlsx`, and for files of the same name from
 * different folders, the folders' names in front (`a-ds.kiem-tra.xlsx`, `b-ds.kiem-tra.xlsx`), so no copy overwrites another.
 */
export function annotatedNames(files: string[], dir: string): string[] {
  const base = (f: string) => basename(f, extname(f));
  const count = new Map<string, number>();
  for (const f of files) count.set(base(f).toLowerCase(), (count.get(base(f).toLowerCase()) ?? 0) + 1);
  const used = new Set<string>();
  return files.map((f) => {
    let stem = base(f);
    if ((count.get(stem.toLowerCase()) ?? 0) > 1) {
      const parts = resolve(dirname(f)).split(sep).filter(Boolean);
      stem = `${parts.slice(-1)[0] ?? 'goc'}-${stem}`;
    }
    let name = `${stem}.kiem-tra.xlsx`;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${stem}-${i}.kiem-tra.xlsx`;
    used.add(name.toLowerCase());
    return join(dir, name);
  });
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
  const { files, skipped } = await collectInputs(args.files);
  const names = files.map(displayPath);
  let targets: (AnnotateTarget | undefined)[] = files.map(() => undefined);
  if (args.annotate) {
    const single = args.files.length === 1 && files.length === 1 && /\.xlsx$/i.test(args.annotate) && !(await isFolderTarget(args.annotate));
    const paths = single ? [args.annotate] : annotatedNames(names, args.annotate);
    paths.forEach((t) => assertNotInput(t, names));
    targets = [];
    for (const t of paths) targets.push({ plan: await planOutput(t, annotatedGuard()) });
  }
  const reports: ListReport[] = [];
  for (let i = 0; i < files.length; i++) reports.push(...(await validateFile(files[i], config, targets[i])));
  for (const s of skipped) reports.push({ file: s.file, sheet: null, unit: null, models: 0, findings: [], error: s.reason, skipped: true });
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
            ...(r.note ? { note: r.note } : {}),
          })),
        },
        null,
        2,
      ),
    );
  } else print(formatText(reports, config));
  return exitCodeFor(reports);
}

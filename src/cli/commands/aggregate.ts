// `dvk aggregate`: the lists of all units → one master workbook (Tổng hợp, Thống kê, Kiểm tra) and statistics.
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { aggregate, type Aggregate, type AggregateOptions, type SourceInput } from '../../domain/aggregate';
import type { Config } from '../../domain/config';
import { MASTER_SHEET, readMaster } from '../../domain/master';
import { aggregateTables, BOARD_SHEET, readBoard, summaryLines } from '../../domain/report-tables';
import { validateList } from '../../domain/validate';
import { assertDateArg } from '../args';
import { loadConfig } from '../config';
import { EXIT, UserError } from '../errors';
import { assertNotInput, writeAtomic } from '../files';
import { loadWorkbook, sheetToGrid, visibleSheets } from '../workbook';
import { tablesWorkbook, WRITE_OPTIONS } from '../write-tables';

export const HELP = `Cách dùng: dvk aggregate <tệp.xlsx | thư mục>... --out tong-hop.xlsx [--config cau-hinh.json | --preset TÊN] [--json]

Tổng hợp danh sách đăng ký của tất cả đơn vị thành một bảng tổng hợp và số liệu thống kê.

  <thư mục>        đọc mọi tệp .xlsx trong thư mục (bỏ qua tệp tạm ~$…); mọi trang tính có danh sách
  --out TỆP        bảng tổng hợp (.xlsx) gồm các trang “Tổng hợp”, “Thống kê”, “Kiểm tra”; ghi đè an toàn
  --config TỆP     cấu hình đợt (JSON); mặc định dùng bộ mẫu ldld-ninh-binh-2021
  --preset TÊN     dùng bộ cấu hình mẫu có sẵn
  --json           in kết quả dạng JSON
  --previous TỆP   bảng tổng hợp lần trước: giữ các cột cán bộ đã nhập (Triển khai, Cấp công nhận, Ngày công
                   nhận, Đề nghị khen thưởng, Ghi chú, Tập thể/Cá nhân, Duyệt); mặc định là chính tệp --out
                   nếu đã có. Đơn vị chưa gửi bản mới giữ nguyên các dòng cũ.
  --as-of NGÀY     tính trễ hạn đến ngày này (YYYY-MM-DD; mặc định hôm nay)

Một bảng tổng hợp do lệnh này tạo ra cũng là nguồn hợp lệ (tổng hợp nhiều cấp).
Đơn vị gửi nhiều bản: lấy bản mới nhất (theo ngày ghi trên danh sách, rồi theo thời gian tệp).
Mã thoát: 0 đọc được mọi nguồn, 1 có nguồn không đọc được hoặc có lỗi, 2 không có gì dùng được hoặc tham số sai.`;

export interface AggregateArgs {
  inputs: string[];
  out?: string;
  previous?: string;
  'as-of'?: string;
  config?: string;
  preset?: string;
  json?: boolean;
}

/** Expands folders into their .xlsx files (sorted), leaving out Excel lock files and the output itself. */
export async function collectFiles(inputs: string[], out: string | undefined): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    let s;
    try {
      s = await stat(input);
    } catch {
      files.push(input); // reported as unreadable with its name
      continue;
    }
    if (!s.isDirectory()) {
      files.push(input);
      continue;
    }
    const names = (await readdir(input))
      .filter((n) => /\.xlsx$/i.test(n) && !n.startsWith('~$') && !n.startsWith('.'))
      .sort();
    files.push(...names.map((n) => join(input, n)));
  }
  const o = out ? resolve(out) : null;
  return [...new Set(files)].filter((f) => resolve(f) !== o);
}

/** Reads every file, a few at a time so disk waits overlap parsing; the result keeps the files' order. */
export async function readSources(files: string[], config: Config): Promise<SourceInput[]> {
  const perFile: SourceInput[][] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      perFile[i] = await readSource(files[i], config);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, files.length) }, worker));
  return perFile.flat();
}

async function readSource(file: string, config: Config): Promise<SourceInput[]> {
  let wb;
  try {
    wb = await loadWorkbook(file);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return [{ kind: 'unreadable', source: { file, sheet: null }, error: e.message }];
  }
  const modified = (await stat(file)).mtimeMs;
  const inputs: SourceInput[] = [];
  for (const ws of visibleSheets(wb)) {
    const grid = sheetToGrid(ws);
    const source = { file, sheet: ws.name };
    const master = readMaster(grid, config);
    if (master) {
      inputs.push({ kind: 'master', source, rows: master, modified });
      continue;
    }
    const hints = [ws.name, basename(file, extname(file)).replace(/[-_]+/g, ' ')];
    const result = validateList(grid, config, { hints });
    if (result.header) inputs.push({ kind: 'list', source, result, modified });
  }
  return inputs.length ? inputs : [{ kind: 'empty', source: { file, sheet: null } }];
}

export function summaryText(agg: Aggregate, config: Config, out: string | undefined): string {
  const s = agg.summary;
  const lines = [
    `Tổng hợp: ${s.total} mô hình của ${s.byUnit.filter((u) => u.status !== 'missing').length} đơn vị (${agg.sources.length} nguồn).`,
    ...summaryLines(agg, config),
  ];
  const bad = agg.sources.filter((x) => x.error);
  for (const b of bad) lines.push(`✗ ${b.error}`);
  const errors = agg.findings.filter((f) => f.severity === 'error').length;
  lines.push(`Kiểm tra: ${errors} lỗi, ${agg.findings.length - errors} cảnh báo (xem trang “Kiểm tra”).`);
  if (out) lines.push(`Đã ghi ${out}.`);
  return lines.join('\n');
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Whether the file is a master workbook this command wrote (it has a readable “Tổng hợp”). */
async function isOurMaster(path: string, config: Config): Promise<boolean> {
  if (!(await exists(path))) return false;
  try {
    const wb = await loadWorkbook(path);
    return wb.worksheets.some((ws) => ws.name === MASTER_SHEET && readMaster(sheetToGrid(ws), config) !== null);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return false;
  }
}

/** The previous master's rows (with the officer's columns) and the board's reviews. */
async function readPrevious(path: string, config: Config): Promise<Pick<AggregateOptions, 'previous' | 'previousBoard'>> {
  const wb = await loadWorkbook(path);
  const masterSheet = wb.getWorksheet(MASTER_SHEET) ?? wb.worksheets.find((ws) => readMaster(sheetToGrid(ws), config) !== null);
  const rows = masterSheet ? readMaster(sheetToGrid(masterSheet), config) : null;
  if (!masterSheet || !rows) throw new UserError(`${path}: không phải bảng tổng hợp (không có trang “${MASTER_SHEET}”).`);
  const boardSheet = wb.getWorksheet(BOARD_SHEET);
  const board = boardSheet ? readBoard(sheetToGrid(boardSheet)) : null;
  return { previous: { source: { file: path, sheet: masterSheet.name }, rows }, previousBoard: board ?? [] };
}

export async function runAggregate(args: AggregateArgs, print: (s: string) => void): Promise<number> {
  if (args.inputs.length === 0) throw new UserError('Chưa chọn tệp hoặc thư mục nào để tổng hợp.\n\n' + HELP);
  if (!args.out && !args.json) throw new UserError('Thiếu --out (tệp bảng tổng hợp .xlsx) hoặc --json.\n\n' + HELP);
  if (args.out && !/\.xlsx$/i.test(args.out)) throw new UserError(`${args.out}: tệp kết quả phải có đuôi .xlsx.`);
  const config = await loadConfig(args);
  // An existing output is replaced only when it is a master this command wrote (anything else is someone's
  // data); its officer columns are then carried over.
  let outIsMaster = false;
  if (args.out) {
    assertNotInput(args.out, args.inputs);
    outIsMaster = await isOurMaster(args.out, config);
    if (!outIsMaster && (await exists(args.out)))
      throw new UserError(`${args.out}: tệp đã có và không phải bảng tổng hợp do công cụ này tạo; không ghi đè. Hãy chọn tên khác.`);
  }
  const asOf = args['as-of'] ?? new Date().toISOString().slice(0, 10);
  assertDateArg('--as-of', asOf);
  const previousPath = args.previous ?? (outIsMaster ? args.out : undefined);
  const previous = previousPath ? await readPrevious(previousPath, config) : {};
  let files = await collectFiles(args.inputs, args.out);
  if (previousPath) files = files.filter((f) => resolve(f) !== resolve(previousPath));
  if (files.length === 0) throw new UserError('Không tìm thấy tệp .xlsx nào trong các thư mục đã chọn.');
  const inputs = await readSources(files, config);
  const agg = aggregate(inputs, config, { ...previous, asOf });
  if (!inputs.some((i) => i.kind === 'list' || i.kind === 'master') && !previous.previous) {
    const why = agg.sources.map((s) => `  - ${s.error ?? `${s.file}: không có danh sách đăng ký.`}`).join('\n');
    throw new UserError(`Không có danh sách nào dùng được:\n${why}`);
  }
  if (args.out) {
    const wb = tablesWorkbook(aggregateTables(agg, config));
    await writeAtomic(args.out, new Uint8Array((await wb.xlsx.writeBuffer(WRITE_OPTIONS)) as ArrayBuffer));
  }
  if (args.json) print(JSON.stringify(agg, null, 2));
  else {
    if (previousPath) print(`Đã giữ dữ liệu cán bộ nhập từ ${previousPath}.`);
    print(summaryText(agg, config, args.out));
  }
  const unreadable = agg.sources.some((s) => s.error);
  const errors = agg.findings.some((f) => f.severity === 'error');
  return unreadable || errors ? EXIT.findings : EXIT.ok;
}

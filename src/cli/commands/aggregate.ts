// `dvk aggregate`: the lists of all units → one master workbook (Tổng hợp, Thống kê, Tình trạng nộp, Kiểm tra).
// Re-run onto an existing master, it keeps everything the officer added: their columns, their sheets, their values.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { aggregate, hasLists, type Aggregate, type AggregateOptions, type SourceInput } from '../../domain/aggregate';
import type { Config } from '../../domain/config';
import { MASTER_SHEET, readMasterTable } from '../../domain/master';
import { aggregateTables, BOARD_SHEET, CHECKS_SHEET, readBoard, STATS_SHEET, summaryLines } from '../../domain/report-tables';
import { NO_PHASE_TABLE, phaseOfWorkbook, type PreviousPhase } from '../../domain/previous-phase';
import type { Table } from '../../domain/table';
import { workbookSources } from '../../domain/workbook';
import { assertDateArg } from '../args';
import { loadConfig } from '../config';
import { EXIT, isSystemError, UserError } from '../errors';
import { assertNotInput, exists, systemWhy, writeAtomic, writeAtomicWith } from '../files';
import { collectInputs, displayPath, type FilePath } from '../paths';
import { parseWorkbook, readWorkbookBytes, readWorkbookFile } from '../workbook';
import { writeTablesXlsx } from '../xlsx-writer';

export const HELP = `Cách dùng: dvk aggregate <tệp.xlsx | thư mục>... --out tong-hop.xlsx [--config cau-hinh.json | --preset TÊN] [--json]

Tổng hợp danh sách đăng ký của tất cả đơn vị thành một bảng tổng hợp và số liệu thống kê.

  <thư mục>        đọc mọi tệp .xlsx trong thư mục; tệp không đọc (.xls, .ods, .csv, thư mục con…) được nêu tên
                   kèm lý do (chỉ bỏ qua im lặng tệp ẩn và tệp tạm ~$… của Excel)
  --out TỆP        bảng tổng hợp (.xlsx) gồm các trang “Tổng hợp”, “Thống kê”, “Tình trạng nộp”, “Kiểm tra”; ghi an toàn
  --config TỆP     cấu hình đợt (JSON); mặc định dùng bộ mẫu ldld-ninh-binh-2021
  --preset TÊN     dùng bộ cấu hình mẫu có sẵn
  --json           in kết quả dạng JSON
  --previous TỆP   bảng tổng hợp lần trước; mặc định là chính tệp --out nếu đã có. Giữ mọi thứ cán bộ đã thêm:
                   các cột cán bộ nhập (Triển khai, Cấp công nhận, Ngày công nhận, Đề nghị khen thưởng, Ghi chú,
                   Tập thể/Cá nhân, Duyệt), các cột và trang tính cán bộ tự thêm, các giá trị cán bộ đã sửa — mỗi giá
                   trị ở đúng mô hình của nó. Đơn vị chưa gửi bản mới giữ nguyên các dòng cũ.
  --previous-phase TỆP
                   bảng tổng hợp giai đoạn trước (ví dụ 2021 – 2025): mô hình “Tiếp tục đăng ký” phải có trong đó, của
                   cùng đơn vị hoặc đơn vị được thay thế (“Đơn vị thay thế” trong cấu hình); mô hình đã được công nhận
                   mà không đơn vị nào đăng ký tiếp tục được liệt kê ở trang “Kiểm tra”
  --as-of NGÀY     tính trễ hạn đến ngày này (YYYY-MM-DD; mặc định hôm nay)

Một bảng tổng hợp do lệnh này tạo ra cũng là nguồn hợp lệ (tổng hợp nhiều cấp).
Đơn vị gửi nhiều bản: lấy bản mới nhất (theo ngày ghi trên danh sách, rồi theo thời gian tệp).
Mã thoát: 0 đọc được mọi nguồn, 1 có tệp không đọc được hoặc có lỗi, 2 không có gì dùng được hoặc tham số sai.`;

export interface AggregateArgs {
  inputs: string[];
  out?: string;
  previous?: string;
  'previous-phase'?: string;
  'as-of'?: string;
  config?: string;
  preset?: string;
  json?: boolean;
}

/** Our sheets in a master workbook; every other sheet is the officer's. */
const OUR_SHEETS = [MASTER_SHEET, STATS_SHEET, BOARD_SHEET, CHECKS_SHEET];

/**
 * Reads every file, one at a time (a file is read in one synchronous call, then parsed), so the peak memory is that
 * of one workbook whatever the number of files. The result keeps the files' order.
 */
export async function readSources(files: FilePath[], config: Config): Promise<SourceInput[]> {
  const out: SourceInput[] = [];
  for (const path of files) {
    const file = displayPath(path);
    try {
      const { bytes, modified } = await readWorkbookBytes(path);
      out.push(...workbookSources(file, parseWorkbook(file, bytes), config, modified));
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      out.push({ kind: 'unreadable', source: { file, sheet: null }, error: e.message });
    }
  }
  return out;
}

/** Every input: the workbooks read, and each file of a folder that is not read, named with the reason. */
export async function readInputs(inputs: string[], config: Config, exclude: (string | undefined)[] = []): Promise<SourceInput[]> {
  const { files, skipped } = await collectInputs(inputs, exclude);
  const read = await readSources(files, config);
  return [...read, ...skipped.map((s): SourceInput => ({ kind: 'skipped', source: { file: s.file, sheet: null }, reason: s.reason }))];
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

/** Whether the file is a master workbook this command wrote (it has a readable “Tổng hợp”). */
async function isOurMaster(path: string, config: Config): Promise<boolean> {
  try {
    const sheets = await readWorkbookFile(path, { sheets: (name) => name === MASTER_SHEET });
    return sheets.some((s) => s.name === MASTER_SHEET && readMasterTable(s.grid, config) !== null);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return false;
  }
}

interface Previous extends Pick<AggregateOptions, 'previous' | 'previousBoard'> {
  /** Sheets the officer added (not ours), and whether “Tổng hợp” has columns of theirs. */
  officerSheets: string[];
}

/** The previous master's rows (with the officer's values and columns) and the board's reviews. */
async function readPrevious(path: string, config: Config): Promise<Previous> {
  const sheets = await readWorkbookFile(path);
  const master = sheets.find((s) => s.name === MASTER_SHEET) ?? sheets.find((s) => readMasterTable(s.grid, config) !== null);
  const table = master ? readMasterTable(master.grid, config) : null;
  if (!master || !table) throw new UserError(`${path}: không phải bảng tổng hợp (không có trang “${MASTER_SHEET}”).`);
  const board = sheets.find((s) => s.name === BOARD_SHEET);
  return {
    previous: { source: { file: path, sheet: master.name }, rows: table.rows, ownColumns: table.ownColumns, stray: table.stray },
    previousBoard: (board && readBoard(board.grid)) || [],
    officerSheets: sheets.filter((s) => !OUR_SHEETS.includes(s.name) && s !== master).map((s) => s.name),
  };
}

/** The previous phase's models (its master list, ours or one made by hand). */
async function readPhase(path: string): Promise<PreviousPhase> {
  const phase = phaseOfWorkbook(path, await readWorkbookFile(path));
  if (!phase) throw new UserError(NO_PHASE_TABLE(path));
  return phase;
}

/**
 * Our tables written into the previous master, keeping the sheets the officer added (exceljs, loaded only here).
 * Refused, with nothing written, when exceljs cannot open that file.
 */
async function intoPrevious(path: string, tables: Table[]): Promise<Uint8Array> {
  const [{ default: ExcelJS }, { tablesInto, WRITE_OPTIONS }] = await Promise.all([import('exceljs'), import('../write-tables')]);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  } catch (e) {
    throw new UserError(
      `${path}: không mở được bảng tổng hợp trước để chép sang các trang tính cán bộ đã thêm (${(e as Error).message}); ` +
        'chưa ghi gì. Hãy mở tệp bằng Excel, lưu lại rồi chạy lại, hoặc ghi ra tệp khác bằng --out.',
    );
  }
  return new Uint8Array((await tablesInto(wb, tables).xlsx.writeBuffer(WRITE_OPTIONS)) as ArrayBuffer);
}

export async function runAggregate(args: AggregateArgs, print: (s: string) => void): Promise<number> {
  if (args.inputs.length === 0) throw new UserError('Chưa chọn tệp hoặc thư mục nào để tổng hợp.\n\n' + HELP);
  if (!args.out && !args.json) throw new UserError('Thiếu --out (tệp bảng tổng hợp .xlsx) hoặc --json.\n\n' + HELP);
  if (args.out && !/\.xlsx$/i.test(args.out)) throw new UserError(`${args.out}: tệp kết quả phải có đuôi .xlsx.`);
  const config = await loadConfig(args);
  const phasePath = args['previous-phase'];
  for (const [option, path] of [['--out', args.out], ['--previous', args.previous]] as const)
    if (phasePath && path && resolve(path) === resolve(phasePath))
      throw new UserError(`${phasePath}: là bảng tổng hợp giai đoạn trước (--previous-phase), không dùng làm ${option}; hãy ghi kết quả ra tệp khác.`);
  // An existing output is replaced only when it is a master this command wrote (anything else is someone's data);
  // the previous master (the output itself unless --previous names another) gives the officer's values and sheets.
  let outIsMaster = false;
  if (args.out) {
    assertNotInput(args.out, args.inputs);
    if (await exists(args.out)) {
      if ((await stat(args.out)).isDirectory()) throw new UserError(`${args.out}: là một thư mục; hãy cho tên tệp bảng tổng hợp .xlsx.`);
      outIsMaster = await isOurMaster(args.out, config);
      if (!outIsMaster) throw new UserError(`${args.out}: tệp đã có và không phải bảng tổng hợp do công cụ này tạo; không ghi đè. Hãy chọn tên khác.`);
    }
  }
  const asOf = args['as-of'] ?? new Date().toISOString().slice(0, 10);
  assertDateArg('--as-of', asOf);
  const previousPath = args.previous ?? (outIsMaster ? args.out : undefined);
  const previous = previousPath ? await readPrevious(previousPath, config) : null;
  if (args.out && outIsMaster && previousPath && resolve(previousPath) !== resolve(args.out)) {
    // Writing over another master than the previous one would lose what the officer added to it.
    const other = await readPrevious(args.out, config);
    if (other.officerSheets.length || other.previous?.ownColumns?.length)
      throw new UserError(
        `${args.out}: bảng tổng hợp này có trang tính hoặc cột cán bộ tự thêm, mà dữ liệu lần này lấy từ ${previousPath}; ` +
          `ghi đè sẽ mất phần đó. Hãy ghi ra tệp khác bằng --out, hoặc dùng --previous ${args.out}.`,
      );
  }
  const previousPhase = phasePath ? await readPhase(phasePath) : undefined;
  const sources = await readInputs(args.inputs, config, [args.out, previousPath, phasePath]);
  const inputs: SourceInput[] = previousPhase ? [...sources, { kind: 'phase', phase: previousPhase }] : sources;
  if (!sources.length && !previous) throw new UserError('Không tìm thấy tệp .xlsx nào trong các thư mục đã chọn.');
  const agg = aggregate(inputs, config, { ...(previous ?? {}), asOf });
  // A blank form is a list with no row yet: its unit has not submitted, which the board shows.
  if (!hasLists(inputs) && !previous) {
    const why = agg.sources.map((s) => `  - ${s.error ?? `${s.file}: không có danh sách đăng ký.`}`).join('\n');
    throw new UserError(`Không có danh sách nào dùng được:\n${why}`);
  }
  if (args.out) {
    const tables = aggregateTables(agg, config);
    if (previousPath && previous?.officerSheets.length) {
      let bytes: Uint8Array;
      try {
        bytes = await intoPrevious(previousPath, tables);
      } catch (e) {
        if (!isSystemError(e)) throw e;
        throw new UserError(`${args.out}: không tạo được bảng tổng hợp — ${systemWhy(e)}.`);
      }
      await writeAtomic(args.out, bytes);
    } else await writeAtomicWith(args.out, (tmp) => writeTablesXlsx(tmp, tables, { creator: 'Dân vận khéo' }));
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

// “Tổng hợp danh sách” in the built bundle (node:vm, see session.ts): the dialog, the tabs source and a Drive
// folder source, resuming after failures, re-runs, text that looks like a formula, and call counts.
// Expected results are computed in Node from the same data with the domain (and exceljs for .xlsx files).
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../../src/cli/workbook';
import { visibleSheets } from '../../src/domain/workbook';
import { fileProblemText } from '../../src/domain/files';
import { aggregate, type AggregateOptions, type SourceInput, type SourceRef } from '../../src/domain/aggregate';
import type { Cell, Grid } from '../../src/domain/grid';
import { masterHeader, readMaster } from '../../src/domain/master';
import { presetConfig } from '../../src/domain/presets';
import { aggregateTables, BOARD_SHEET, readBoard } from '../../src/domain/report-tables';
import type { Table } from '../../src/domain/table';
import { skipReason, subfolderText } from '../../src/domain/files';
import { collator } from '../../src/domain/text';
import { validateList } from '../../src/domain/validate';
import type { FinishInfo, JobInfo, Reply, StepInfo } from '../../src/sheets/aggregate-api';
import { JobFailed, runJob, type Server } from '../../src/sheets/dialog/driver';
import { isoDay } from '../../src/sheets/dates';
import { TEXT } from '../../src/sheets/texts';
import { FakeRange, FakeSheet, MIME, raw, type FakeSpreadsheet, type Value } from './fake-gas';
import { addListTab, HOA_LU, ok, serverOf, Y_TE, type Row } from './builders';
import { session, type Session } from './session';

const ROOT = join(__dirname, '../..');
const config = presetConfig()!;
/** The result sheets, in the order they are written (“Tổng hợp”, “Thống kê”, …, “Kiểm tra”). */
const OUTPUTS = aggregateTables(aggregate([], config), config).map((t) => t.name);

// ---- Building spreadsheets as officers and units would ------------------------------------------

/** A master list pasted from a lower level's result (“Tổng hợp” of a district), as plain text. */
function addMasterTab(ss: FakeSpreadsheet, name: string, rows: Row[]): FakeSheet {
  const sheet = ss._add(name);
  [masterHeader(config), ...rows].forEach((r, i) =>
    r.forEach((v, j) => {
      sheet._cellW(i + 1, j + 1).format = '@';
      sheet._type(i + 1, j + 1, v);
    }),
  );
  return sheet;
}

/** Mistakes, and text that a spreadsheet would take for a formula (typed with a leading ' by the unit). */
const WITH_MISTAKES: Row[] = [
  [1, "'@Công đoàn Bưu điện", "'=SUM(1;2)", null, 'x', 'x', null, null],
  [2, 'Công đoàn cơ sở Trạm y tế xã', "'-Sức khỏe là vàng", 'x', 'x', null, 'x', null], // both registration types
  [3, 'Công đoàn cơ sở Công ty May Hoa Lư', 'Bữa cơm công nhân', null, 'x', null, 'x', null], // also registered by Hoa Lư
  [4, "'+84 912 345 678", null, null, 'x', null, null, 'x'], // no model name
];
/** Columns of “Tổng hợp” by their header. */
const MASTER_COLS = masterHeader(config);
function mcol(label: string): number {
  const i = MASTER_COLS.indexOf(label);
  if (i < 0) throw new Error(`no master column “${label}”`);
  return i;
}
const masterRow = (v: Record<string, Value>): Row => MASTER_COLS.map((h) => v[h] ?? null);

const KIM_SON_MASTER: Row[] = [1, 2, 3].map((i) =>
  masterRow({
    STT: i,
    'Đơn vị': 'Liên đoàn Lao động huyện Kim Sơn',
    'Loại đơn vị': 'LĐLĐ huyện, thành phố',
    'Tên tập thể hoặc cá nhân': `Công đoàn cơ sở xã Kim ${['Đông', 'Tân', 'Hải'][i - 1]}`,
    'Tên mô hình hoặc điển hình': `Mô hình số ${i} của Kim Sơn`,
    'Hình thức đăng ký': i === 2 ? 'Tiếp tục' : 'Mới',
    'Lĩnh vực': 'Văn hóa - xã hội',
    'Tệp nguồn': 'kim-son.xlsx',
    'Trang nguồn': 'Danh sách',
    'Dòng nguồn': 6 + i,
    'Ngày trên danh sách': '12/07/2021',
  }),
);

/** The spreadsheet of a province office: config and an untouched form from “Thiết lập”, four unit tabs. */
function tabsSession(): Session {
  const s = session({ name: 'Tổng hợp Dân vận khéo 2021' });
  s.run('menuSetup()');
  const ss = s.gas.spreadsheet;
  addListTab(ss, 'Hoa Lư', 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN HOA LƯ', HOA_LU);
  addListTab(ss, 'Gia Viễn (có lỗi)', 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN GIA VIỄN', WITH_MISTAKES);
  addListTab(ss, 'Y tế', 'CÔNG ĐOÀN NGÀNH Y TẾ', Y_TE);
  addMasterTab(ss, 'Tổng hợp huyện Kim Sơn', KIM_SON_MASTER);
  s.gas.alerts.length = 0;
  return s;
}

// ---- The expected result, computed in Node -------------------------------------------------------

/** A sheet as readSheet gives it: its values and the merges of the header area, 0-based. */
function gridOf(sheet: FakeSheet): Grid {
  const merges = sheet._merges.filter((m) => m.top <= 30).map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
  return { values: sheet._values() as Cell[][], merges, sheetName: sheet._name };
}

function classify(grid: Grid, source: SourceRef, hints: string[], modified: number | null): SourceInput | null {
  const rows = readMaster(grid, config);
  if (rows) return { kind: 'master', source, rows, modified };
  const result = validateList(grid, config, { hints });
  return result.header ? { kind: 'list', source, result, modified } : null;
}

/** Our last result as the next run reads it back (taken before that run replaces it). */
function previousOf(ss: FakeSpreadsheet, names = OUTPUTS): AggregateOptions {
  const opts: AggregateOptions = { asOf: today() };
  const master = ss._sheets.find((x) => x._name === names[OUTPUTS.indexOf('Tổng hợp')]);
  const rows = master ? readMaster(gridOf(master), config) : null;
  if (master && rows?.length) opts.previous = { source: { file: ss.getName(), sheet: master._name }, rows };
  const board = ss._sheets.find((x) => x._name === names[OUTPUTS.indexOf(BOARD_SHEET)]);
  const reviews = board ? readBoard(gridOf(board)) : null;
  if (reviews) opts.previousBoard = reviews;
  return opts;
}

/** Today in the spreadsheet's zone: lateness is counted up to it, as the CLI does. */
const today = () => isoDay(new Date(), 'Asia/Ho_Chi_Minh');

/** `outputs`: the sheets our last run wrote (not sources); `previous`: that run's result, read back. */
function expectedFromTabs(ss: FakeSpreadsheet, outputs: string[] = OUTPUTS, previous: AggregateOptions = { asOf: today() }): Table[] {
  const inputs: SourceInput[] = [];
  for (const sheet of ss._sheets) {
    if (sheet._hidden || sheet._name === 'Cấu hình' || outputs.includes(sheet._name)) continue;
    const input = classify(gridOf(sheet), { file: ss.getName(), sheet: sheet._name }, [sheet._name], null);
    if (input && !(input.kind === 'list' && !input.result.models.length && !input.result.unit)) inputs.push(input);
  }
  return aggregateTables(aggregate(inputs, config, previous), config);
}

/** A table's cells as they read back from a sheet: blanks are ''. */
/** What Sheets holds for a table: blanks as '', a date as that day's midnight in the spreadsheet's zone. */
function rowsOf(t: Table, gas: Session['gas']): Value[][] {
  const width = Math.max(...t.rows.map((r) => r.length));
  const held = (c: unknown): Value =>
    c === null || c === undefined ? '' : c instanceof Date ? gas.localMidnight(c.getUTCFullYear(), c.getUTCMonth() + 1, c.getUTCDate()) : (c as Value);
  return t.rows.map((r) => Array.from({ length: width }, (_, j) => held(r[j])));
}

/** The same area of a sheet. */
function readBack(sheet: FakeSheet, t: Table): Value[][] {
  const width = Math.max(...t.rows.map((r) => r.length));
  return t.rows.map((_, i) => Array.from({ length: width }, (_, j) => sheet._value(i + 1, j + 1)));
}

function expectOutputs(s: Session, expected: Table[], names = OUTPUTS): void {
  const ss = s.gas.spreadsheet;
  expected.forEach((t, i) => {
    const sheet = ss._sheet(names[i]);
    expect(readBack(sheet, t), t.name).toEqual(rowsOf(t, s.gas));
    expect(sheet._lastRow(), t.name).toBe(t.rows.length);
    expect(sheet._formulas(), `${t.name}: no formula`).toEqual([]);
  });
}

/** Everything about the output sheets that a re-run must reproduce. */
function outputState(ss: FakeSpreadsheet) {
  return ss._sheets
    .filter((x) => !x._hidden)
    .map((x) => ({
      name: x._name,
      rows: x._rows.map((r) => r?.map((d) => (d ? { v: d.value, f: d.format, b: d.bold } : null))),
      frozen: x._frozenRows,
      widths: [...x._columnWidths],
      charts: x._charts,
      maxRows: x._maxRows,
    }));
}

// ---- Driving the dialog's calls ------------------------------------------------------------------

const quiet = { reading() {}, read() {}, writing() {} };

/** Start, every step, finish; returns the summary. */
async function aggregateAll(s: Session, spec: unknown = { kind: 'tabs' }): Promise<string> {
  const server = serverOf(s);
  const job = ok<JobInfo>(await server.start(spec as never));
  return runJob(server, job, quiet);
}

beforeAll(() => {
  // The dialog file the bundle serves is part of the build.
  expect(readFileSync(join(ROOT, 'build/gas/AggregateDialog.html'), 'utf8')).toContain('<script>');
});

describe('menuAggregate', () => {
  it('opens the dialog built into build/gas, in Vietnamese, inserting text without HTML', () => {
    const s = session();
    s.run('menuAggregate()');
    expect(s.gas.dialogs).toHaveLength(1);
    const d = s.gas.dialogs[0];
    expect(d.title).toBe('Tổng hợp danh sách đăng ký');
    expect(d.content).toContain('Các trang tính trong tệp này');
    expect(d.content).toContain('Thư mục Google Drive');
    expect(d.content).toContain('Bắt đầu tổng hợp');
    expect(d.content).toContain('aggregateStep');
    expect(d.content).toContain('textContent');
    expect(d.content).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect(d.content).not.toMatch(/<\/script>[\s\S]*<\/script>/); // one script, nothing in it closed early
    expect(Object.keys(s.gas.log.snapshot()).every((n) => /^(SpreadsheetApp\.getUi|Ui\.showModalDialog|HtmlService\.|HtmlOutput\.)/.test(n))).toBe(true);
  });

  it('reports a missing dialog file in Vietnamese', () => {
    const s = session();
    s.gas.htmlFiles.clear();
    s.run('menuAggregate()');
    expect(s.gas.alerts.at(-1)!.prompt).toMatch(/^Đã xảy ra lỗi ngoài dự kiến/);
    expect(s.logs[0].text).toMatch(/^menuAggregate: /);
  });
});

describe('tabs of this spreadsheet', () => {
  it('aggregates the unit tabs and the master tab into “Tổng hợp”, “Thống kê” (with charts), “Kiểm tra”', async () => {
    const s = tabsSession();
    const ss = s.gas.spreadsheet;
    const job = ok<JobInfo>(s.call('aggregateStart', { kind: 'tabs' }));
    // Every tab but the config; the untouched form and the empty sheet are read, and give nothing.
    expect(job.sources).toEqual(['Trang tính1', 'Danh sách đăng ký', 'Hoa Lư', 'Gia Viễn (có lỗi)', 'Y tế', 'Tổng hợp huyện Kim Sơn']);
    expect(job.label).toBe('các trang tính trong tệp này');
    const steps = job.sources.map((_, i) => ok<StepInfo>(s.call('aggregateStep', job.jobId, i)));
    expect(steps.map((x) => [x.name, x.lists, x.models, x.problem])).toEqual([
      ['Trang tính1', 0, 0, 'không có danh sách đăng ký'],
      ['Danh sách đăng ký', 0, 0, 'không có danh sách đăng ký'],
      ['Hoa Lư', 1, 3, null],
      ['Gia Viễn (có lỗi)', 1, 4, null],
      ['Y tế', 1, 2, null],
      ['Tổng hợp huyện Kim Sơn', 1, 3, null],
    ]);
    const fin = ok<FinishInfo>(s.call('aggregateFinish', job.jobId));
    expect(fin.missing).toEqual([]);

    const expected = expectedFromTabs(ss);
    expectOutputs(s, expected);
    expect(ss._sheets.map((x) => x._name)).toEqual([
      'Cấu hình',
      'Trang tính1',
      'Danh sách đăng ký',
      'Hoa Lư',
      'Gia Viễn (có lỗi)',
      'Y tế',
      'Tổng hợp huyện Kim Sơn',
      TEXT.jobSheet,
      ...OUTPUTS,
    ]);
    expect(OUTPUTS).toEqual(expect.arrayContaining(['Tổng hợp', 'Thống kê', 'Kiểm tra']));
    expect(ss._sheet(TEXT.jobSheet)._hidden).toBe(true);
    expect(ss._active._name).toBe('Tổng hợp');

    // What an officer sees.
    const master = ss._sheet('Tổng hợp')._values();
    expect(master.slice(1).map((r) => r[1])).toEqual([
      ...Array(2).fill('Công đoàn ngành Y tế'),
      ...Array(4).fill('Liên đoàn Lao động huyện Gia Viễn'),
      ...Array(3).fill('Liên đoàn Lao động huyện Hoa Lư'),
      ...Array(3).fill('Liên đoàn Lao động huyện Kim Sơn'),
    ]);
    const kimSon = master.find((r) => r[1] === 'Liên đoàn Lao động huyện Kim Sơn')!;
    // Provenance is kept through the roll-up.
    expect(['Tệp nguồn', 'Trang nguồn', 'Dòng nguồn'].map((h) => kimSon[mcol(h)])).toEqual(['kim-son.xlsx', 'Danh sách', 7]);
    // The list's date is a real date cell, shown as the officer writes it.
    const masterSheet = ss._sheet('Tổng hợp');
    const kimSonRow = master.indexOf(kimSon) + 1;
    expect(kimSon[mcol('Ngày trên danh sách')]).toEqual(s.gas.localMidnight(2021, 7, 12));
    expect(masterSheet.getRange(kimSonRow, mcol('Ngày trên danh sách') + 1).getDisplayValue()).toBe('12/07/2021');
    const checks = ss._sheet('Kiểm tra')._values();
    expect(checks.map((r) => r[checks[0].indexOf('Mã')])).toEqual(expect.arrayContaining(['REG_TYPE_BOTH', 'MISSING_MODEL_NAME', 'DUPLICATE_MODEL_ACROSS', 'UNIT_MISSING', 'QUOTA_OVER']));
    const stats = ss._sheet('Thống kê');
    const units = rowOf(stats, 'STT');
    expect(stats._values()[1].slice(0, 3)).toEqual(['Tổng số mô hình', 12, '']);
    expect(stats._charts.map((c) => [c.type, c.ranges, c.options.title])).toEqual([
      ['COLUMN', ['A7:A10', 'B7:B10'], 'Số mô hình theo lĩnh vực'],
      ['BAR', [`B${units}:B${units + 16}`, `D${units}:D${units + 16}`], 'Số mô hình theo đơn vị'], // 4 units + 12 missing
    ]);
    expect(stats._values()[6].slice(0, 2)).toEqual(['Lĩnh vực', 'Số mô hình']);
    // Lateness is counted up to today, as the CLI does: a unit that never sent its list is late.
    const yenKhanh = stats._values().find((r) => r[1] === 'Liên đoàn Lao động huyện Yên Khánh')!;
    expect(yenKhanh[stats._values()[units - 1].indexOf('Trễ hạn')]).toMatch(/^Gửi danh sách đăng ký/);
    expect(ss._sheet('Tổng hợp')._frozenRows).toBe(1);
    expect(ss._sheet('Tổng hợp')._cell(1, 2)?.bold).toBe(true);
    expect(fin.summary).toContain('Đã tổng hợp 12 mô hình của 4 đơn vị từ các trang tính trong tệp này.');
    expect(fin.summary).toContain('Chưa nộp: ');
    expect(s.logs).toEqual([]);
  });

  it('writes unit text that starts with = + - @ as text, never as a formula', async () => {
    const s = tabsSession();
    await aggregateAll(s);
    const ss = s.gas.spreadsheet;
    const master = ss._sheet('Tổng hợp');
    const rows = master._values();
    const byModel = new Map(rows.map((r) => [r[4], r]));
    expect(byModel.get('=SUM(1;2)')![3]).toBe('@Công đoàn Bưu điện');
    expect(byModel.get('-Sức khỏe là vàng')).toBeDefined();
    expect(rows.some((r) => r[3] === '+84 912 345 678')).toBe(true);
    for (const name of OUTPUTS) expect(ss._sheet(name)._formulas(), name).toEqual([]);
    // Plain text is set before the values: the cell format of every unit text is “@”.
    const r = rows.findIndex((x) => x[4] === '=SUM(1;2)') + 1;
    for (const c of [2, 3, 4, 5]) expect(master._cell(r, c)?.format).toBe('@');
    expect(master._cell(r, 1)?.format).toBe('0');
  });

  it('re-running gives the identical result, with no appended duplicates', async () => {
    const s = tabsSession();
    const first = await aggregateAll(s);
    const ss = s.gas.spreadsheet;
    const before = outputState(ss);
    const second = await aggregateAll(s);
    expect(second).toBe(first);
    expect(outputState(ss)).toEqual(before);
    expect(ss._sheets.filter((x) => x._name.startsWith('Tổng hợp')).map((x) => x._name)).toEqual(['Tổng hợp huyện Kim Sơn', 'Tổng hợp']);
    // The outputs are not read back as sources.
    const job = ok<JobInfo>(s.call('aggregateStart', { kind: 'tabs' }));
    expect(job.sources).not.toContain('Tổng hợp');
    expect(job.sources).not.toContain('Kiểm tra');
  });

  it('never overwrites an officer’s own sheet that has an output’s name', async () => {
    const s = tabsSession();
    const ss = s.gas.spreadsheet;
    const mine = ss._add('Kiểm tra');
    mine._type(1, 1, 'Ghi chú của tôi: gọi điện cho Gia Viễn');
    await aggregateAll(s);
    const ours = OUTPUTS.map((n) => (n === 'Kiểm tra' ? 'Kiểm tra (2)' : n));
    const previous = previousOf(ss, ours);
    await aggregateAll(s);
    expect(ss._sheet('Kiểm tra')._values()).toEqual([['Ghi chú của tôi: gọi điện cho Gia Viễn']]);
    expect(ss._sheets.map((x) => x._name).filter((n) => n.startsWith('Kiểm tra'))).toEqual(['Kiểm tra', 'Kiểm tra (2)']);
    expectOutputs(s, expectedFromTabs(ss, ours, previous), ours);
  });

  it('leaves an output the officer renamed alone, and reports a tab deleted during the run', async () => {
    const s = tabsSession();
    await aggregateAll(s);
    const ss = s.gas.spreadsheet;
    ss._sheet('Kiểm tra')._name = 'Kiểm tra cũ';
    const kept = ss._sheet('Kiểm tra cũ')._values();
    const server = serverOf(s);
    const job = ok<JobInfo>(await server.start({ kind: 'tabs' }));
    expect(job.sources).not.toContain('Kiểm tra cũ'); // still known as ours for this run
    ss._sheets.splice(ss._sheets.indexOf(ss._sheet('Y tế')), 1);
    const summary = await runJob(server, job, quiet);
    expect(ss._sheet('Kiểm tra cũ')._values()).toEqual(kept);
    expect(ss._sheet('Kiểm tra')._values()[0][0]).toBe('Mức độ');
    expect(summary).toContain('Không đọc được:\n• Trang “Y tế” không còn trong tệp');
    // The unit with no new list keeps its rows from the last result.
    expect(summary).toContain('Đã tổng hợp 12 mô hình');
    expect(ss._sheet('Tổng hợp')._values().filter((r) => r[1] === 'Công đoàn ngành Y tế')).toHaveLength(2);
  });

  it('keeps what the officer typed on the last result (review columns) when it is re-run', async () => {
    const s = tabsSession();
    await aggregateAll(s);
    const ss = s.gas.spreadsheet;
    const master = ss._sheet('Tổng hợp');
    const row = master._values().findIndex((r) => r[4] === 'Bữa cơm công nhân' && r[1] === 'Liên đoàn Lao động huyện Hoa Lư') + 1;
    master._type(row, mcol('Triển khai') + 1, 'Hiệu quả');
    master._type(row, mcol('Ghi chú') + 1, '=đã kiểm tra tại cơ sở');
    const previous = previousOf(ss);
    const summary = await aggregateAll(s);
    expect(summary).toContain('12 mô hình');
    const after = ss._sheet('Tổng hợp')._values();
    const same = after.find((r) => r[4] === 'Bữa cơm công nhân' && r[1] === 'Liên đoàn Lao động huyện Hoa Lư')!;
    expect(same[mcol('Triển khai')]).toBe('Hiệu quả');
    expectOutputs(s, expectedFromTabs(ss, OUTPUTS, previous));
  });

  it('resumes after a failed step without duplicating rows; re-running a step replaces its result', async () => {
    const clean = tabsSession();
    await aggregateAll(clean);
    const cleanState = outputState(clean.gas.spreadsheet);

    const s = tabsSession();
    const server = serverOf(s);
    const job = ok<JobInfo>(await server.start({ kind: 'tabs' }));
    // Reading “Gia Viễn (có lỗi)” fails once (a service hiccup).
    let failures = 1;
    s.gas.failWhen = (call, target) =>
      call === 'Range.getValues' && target instanceof FakeRange && target._sheet._name === 'Gia Viễn (có lỗi)' && failures-- > 0;
    const seen: string[] = [];
    const progress = { ...quiet, reading: (done: number, total: number, name: string) => seen.push(`${done}/${total} ${name}`) };
    const err = await runJob(server, job, progress).catch((e) => e);
    expect(err).toBeInstanceOf(JobFailed);
    expect(err.message).toMatch(/^Đã xảy ra lỗi ngoài dự kiến/);
    expect(err.message).toContain('Range.getValues');
    expect(s.logs.map((l) => l.level)).toEqual(['error']);
    expect(job.done).toEqual([0, 1, 2]);
    expect(s.gas.spreadsheet._sheets.some((x) => x._name === 'Tổng hợp')).toBe(false);

    // The dialog was closed; opened again, it offers to continue the job.
    const pending = ok<{ pending: JobInfo }>(await server.init()).pending;
    expect(pending).toEqual({ jobId: job.jobId, label: job.label, sources: job.sources, done: [0, 1, 2] });
    // A step that ran twice (the first answer was lost) still counts once.
    ok(await server.step(job.jobId, 2));
    const summary = await runJob(server, pending, progress);
    expect(seen).toEqual(['0/6 Trang tính1', '1/6 Danh sách đăng ký', '2/6 Hoa Lư', '3/6 Gia Viễn (có lỗi)', '3/6 Gia Viễn (có lỗi)', '4/6 Y tế', '5/6 Tổng hợp huyện Kim Sơn']);
    expect(summary).toContain('12 mô hình');
    expect(outputState(s.gas.spreadsheet)).toEqual(cleanState);
    expect(ok<{ pending: JobInfo | null }>(await server.init()).pending).toBeNull();
  });

  it('a failure while writing leaves the previous result whole; finishing again completes it', async () => {
    const s = tabsSession();
    await aggregateAll(s);
    const ss = s.gas.spreadsheet;
    const before = outputState(ss);
    // A unit sends a fourth model; the next run fails while writing the new “Thống kê”.
    ss._sheet('Y tế')._type(9, 1, 3);
    ss._sheet('Y tế')._type(9, 2, 'Công đoàn Bệnh viện Sản Nhi');
    ss._sheet('Y tế')._type(9, 3, 'Mẹ tròn con vuông');
    ss._sheet('Y tế')._type(9, 5, 'x');
    ss._sheet('Y tế')._type(9, 6, 'x');
    const previous = previousOf(ss);
    const server = serverOf(s);
    const job = ok<JobInfo>(await server.start({ kind: 'tabs' }));
    s.gas.failWhen = (call, target) => call === 'Range.setValues' && target instanceof FakeRange && target._sheet._name === 'Thống kê (đang ghi)';
    const err = await runJob(server, job, quiet).catch((e) => e);
    expect(err).toBeInstanceOf(JobFailed);
    const visible = outputState(ss).filter((x) => OUTPUTS.includes(x.name));
    expect(visible).toEqual(before.filter((x) => OUTPUTS.includes(x.name))); // untouched, not half-written

    s.gas.failWhen = null;
    const fin = ok<FinishInfo>(await server.finish(job.jobId));
    expect(fin.summary).toContain('13 mô hình');
    expect(ss._sheets.filter((x) => x._name.endsWith('(đang ghi)'))).toEqual([]);
    expectOutputs(s, expectedFromTabs(ss, OUTPUTS, previous));
    expect(ss._sheets.map((x) => x._name).filter((n) => OUTPUTS.includes(n))).toEqual(OUTPUTS);
  });

  it('explains why nothing could be aggregated, and writes nothing', () => {
    const s = session();
    const r = s.call('aggregateStart', { kind: 'tabs' }) as Reply<JobInfo>;
    expect(r.ok).toBe(true);
    const job = ok<JobInfo>(r);
    ok(s.call('aggregateStep', job.jobId, 0));
    const fin = s.call('aggregateFinish', job.jobId) as Reply<FinishInfo>;
    expect(fin).toEqual({ ok: false, message: expect.stringContaining('Không có danh sách nào dùng được') });
    expect(!fin.ok && fin.message).toContain('Trang tính1: không có danh sách đăng ký.');
    expect(s.gas.spreadsheet._sheets.map((x) => x._name)).toEqual(['Trang tính1', TEXT.jobSheet]);
  });

  it('refuses a stale job and a bad config, in Vietnamese', () => {
    const s = tabsSession();
    const a = ok<JobInfo>(s.call('aggregateStart', { kind: 'tabs' }));
    ok<JobInfo>(s.call('aggregateStart', { kind: 'tabs' })); // a second dialog started another job
    expect(s.call('aggregateStep', a.jobId, 0)).toEqual({ ok: false, message: TEXT.jobGone });
    expect(s.call('aggregateFinish', a.jobId)).toEqual({ ok: false, message: TEXT.jobGone });
    const conf = s.gas.spreadsheet._sheet('Cấu hình');
    const row = conf._values().findIndex((r) => r[0] === 'LOẠI ĐƠN VỊ') + 3;
    conf._type(row, 4, 'ba');
    const bad = s.call('aggregateStart', { kind: 'tabs' }) as Reply<JobInfo>;
    expect(!bad.ok && bad.message).toContain(`cột “Tối thiểu”: phải là số (dòng ${row}, ô D${row})`);
    expect(s.logs).toEqual([]);
  });

  it('reads each tab with one batched read, and the number of calls does not grow with the rows', async () => {
    const count = async (rows: number) => {
      const s = session();
      const units = config.units.slice(0, 10);
      units.forEach((u, t) =>
        addListTab(
          s.gas.spreadsheet,
          `Đơn vị ${t + 1}`,
          u.name.toUpperCase(),
          Array.from({ length: rows }, (_, i) => [i + 1, `Công đoàn cơ sở ${t}-${i}`, `Mô hình ${t}-${i}`, i % 2 ? 'x' : null, i % 2 ? null : 'x', i % 3 ? null : 'x', i % 3 === 1 ? 'x' : null, i % 3 === 2 ? 'x' : null]),
        ),
      );
      s.gas.log.reset();
      const server = serverOf(s);
      const job = ok<JobInfo>(await server.start({ kind: 'tabs' }));
      const start = s.gas.log.snapshot();
      const perStep: Record<string, number>[] = [];
      await runJob(server, job, {
        ...quiet,
        reading: () => s.gas.log.reset(),
        read: () => perStep.push(s.gas.log.snapshot()),
        writing: () => s.gas.log.reset(),
      });
      const calls: Record<string, number> = {};
      for (const [name, n] of Object.entries(s.gas.log.snapshot())) {
        const key = /^Sheet\.(insertRowsAfter|deleteRows)$/.test(name) ? 'Sheet.<resize rows>' : name;
        calls[key] = (calls[key] ?? 0) + n;
      }
      const total = s.gas.spreadsheet._sheet('Tổng hợp')._lastRow() - 1;
      return { start, calls, perStep, total, logs: s.logs };
    };
    const small = await count(5);
    const large = await count(2000);
    expect(small.total).toBe(50);
    expect(large.total).toBe(20_000);
    expect(large.logs).toEqual([]);
    // One batched read of the source per step (the other getValues reads the job's record).
    for (const step of [...small.perStep, ...large.perStep]) expect(step['Range.getValues']).toBe(2);
    expect(large.start).toEqual(small.start);
    expect(large.perStep).toEqual(small.perStep);
    expect(large.calls).toEqual(small.calls);
    // Finishing costs a few dozen calls per result sheet (formats, values, bold rows, widths, charts).
    expect(Object.values(small.calls).reduce((a, b) => a + b, 0)).toBeLessThan(60 * OUTPUTS.length);
  });
});

// ---- A Drive folder -------------------------------------------------------------------------------

const XLSX_FILES = [
  'samples/danh-sach/ldld-huyen-hoa-lu.xlsx',
  'samples/danh-sach/ldld-thanh-pho-ninh-binh.xlsx',
  'samples/danh-sach/ldld-thanh-pho-ninh-binh-ban-sua.xlsx',
  'test/fixtures/lists/trang-bia-sheet-thu-hai.xlsx',
  'test/fixtures/lists/ten-mo-hinh-bat-dau-bang-dau.xlsx',
];
const BROKEN = {
  'test/fixtures/lists/khong-doc-duoc-co-mat-khau.xlsx': (n: string) => fileProblemText(n, 'cfb'),
  'test/fixtures/lists/khong-doc-duoc-tai-do-dang.xlsx': (n: string) => fileProblemText(n, 'truncated'),
  'test/fixtures/lists/khong-doc-duoc-csv-doi-duoi.xlsx': (n: string) => fileProblemText(n, 'not-xlsx'),
};
const UPDATED = (i: number) => new Date(Date.UTC(2021, 6, 1 + i, 3));

interface Folder {
  s: Session;
  id: string;
  expected: Table[];
  /** What each source gave, by name, in the order listed. */
  inputs: { name: string; input: SourceInput[] }[];
}

/** A folder with a unit's Google Sheet, .xlsx lists (real bytes), broken files, a PDF and the office's own file. */
async function folderSession(): Promise<Folder> {
  const s = session({ name: 'Tổng hợp toàn tỉnh' });
  const gas = s.gas;
  const id = gas.addFolder('Danh sách đăng ký 2021');
  const inputs: { name: string; input: SourceInput[] }[] = [];

  const gs = gas.newSpreadsheet('Danh sách LĐLĐ huyện Nho Quan');
  const list = addListTab(gs, 'Danh sách', 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN NHO QUAN', [
    [1, 'Công đoàn cơ sở xã Cúc Phương', 'Rừng xanh bản sạch', null, 'x', 'x', null, null],
    [2, 'Công đoàn cơ sở Trường THPT Nho Quan A', '=Thư viện xanh', null, 'x', 'x', null, null],
    [3, 'Công đoàn cơ sở xã Gia Lâm', 'Đường hoa nông thôn mới', 'x', null, null, null, 'x'],
  ]);
  list._cellW(8, 3).format = '@'; // the unit typed “=Thư viện xanh” into a plain-text cell
  list._type(8, 3, '=Thư viện xanh');
  gas.addFile(id, { name: gs.getName(), mimeType: MIME.sheets, spreadsheet: gs, updated: UPDATED(0) });
  const gsModified = UPDATED(0).getTime();
  inputs.push({
    name: gs.getName(),
    input: [classify(gridOf(list), { file: gs.getName(), sheet: 'Danh sách' }, ['Danh sách', gs.getName()], gsModified)!],
  });

  for (const [i, file] of XLSX_FILES.entries()) {
    const name = basename(file);
    gas.addFile(id, { name, mimeType: MIME.xlsx, bytes: new Uint8Array(readFileSync(join(ROOT, file))), updated: UPDATED(i + 1) });
    const sheets = await readWorkbookFile(join(ROOT, file));
    const found = visibleSheets(sheets)
      .map((ws) => classify(ws.grid, { file: name, sheet: ws.name }, [ws.name, name.replace(/\.xlsx$/i, '').replace(/[-_]+/g, ' ')], UPDATED(i + 1).getTime()))
      .filter((x): x is SourceInput => x !== null);
    inputs.push({ name, input: found.length ? found : [{ kind: 'empty', source: { file: name, sheet: null } }] });
  }
  for (const [file, message] of Object.entries(BROKEN)) {
    const name = basename(file);
    gas.addFile(id, { name, mimeType: MIME.xlsx, bytes: new Uint8Array(readFileSync(join(ROOT, file))), updated: UPDATED(9) });
    inputs.push({ name, input: [{ kind: 'unreadable', source: { file: name, sheet: null }, error: message(name) }] });
  }
  // Shortcuts to lists kept elsewhere: read as their targets are, under the shortcut's name.
  const elsewhere = gas.addFolder('Thư mục khác');
  const shortcutXlsx = 'samples/danh-sach/ldld-huyen-gia-vien.xlsx';
  const target = gas.addFile(elsewhere, { name: 'gia-vien-ban-goc.xlsx', mimeType: MIME.xlsx, bytes: new Uint8Array(readFileSync(join(ROOT, shortcutXlsx))), updated: UPDATED(7) });
  gas.addShortcut(id, 'Lối tắt - LĐLĐ Gia Viễn.xlsx', target);
  const wb = await readWorkbookFile(join(ROOT, shortcutXlsx));
  inputs.push({
    name: 'Lối tắt - LĐLĐ Gia Viễn.xlsx',
    input: visibleSheets(wb)
      .map((ws) => classify(ws.grid, { file: 'Lối tắt - LĐLĐ Gia Viễn.xlsx', sheet: ws.name }, [ws.name, 'Lối tắt LĐLĐ Gia Viễn'], UPDATED(7).getTime()))
      .filter((x): x is SourceInput => x !== null),
  });
  const gs2 = gas.newSpreadsheet('Danh sách Công đoàn ngành Y tế');
  const list2 = addListTab(gs2, 'Danh sách', 'CÔNG ĐOÀN NGÀNH Y TẾ', Y_TE);
  gas.addFile(elsewhere, { name: gs2.getName(), mimeType: MIME.sheets, spreadsheet: gs2, updated: UPDATED(8) });
  gas.addShortcut(id, 'Y tế (lối tắt)', gs2.getId());
  inputs.push({
    name: 'Y tế (lối tắt)',
    input: [classify(gridOf(list2), { file: 'Y tế (lối tắt)', sheet: 'Danh sách' }, ['Danh sách', 'Y tế (lối tắt)'], UPDATED(8).getTime())!],
  });

  // Everything else is named with the reason it is not read: the same words as the CLI's for files by their name.
  const skipped = (name: string, reason: string) => inputs.push({ name, input: [{ kind: 'skipped', source: { file: name, sheet: null }, reason }] });
  const pdf = gas.addFile(id, { name: 'Hướng dẫn 29-HD-LĐLĐ.pdf', mimeType: MIME.pdf, bytes: new Uint8Array([37, 80, 68, 70]) });
  skipped('Hướng dẫn 29-HD-LĐLĐ.pdf', skipReason('Hướng dẫn 29-HD-LĐLĐ.pdf')!);
  for (const [name, mimeType] of [
    ['ldld-huyen-kim-son.xls', MIME.xls],
    ['ldld-huyen-yen-khanh.ods', MIME.ods],
    ['cd-nganh-giao-duc.csv', MIME.csv],
  ] as const) {
    gas.addFile(id, { name, mimeType, bytes: new Uint8Array([1, 2, 3]) });
    skipped(name, skipReason(name)!);
  }
  gas.addFile(id, { name: 'Danh sách Yên Khánh', mimeType: MIME.xls, bytes: new Uint8Array([1, 2, 3]) }); // an .xls without its extension
  skipped('Danh sách Yên Khánh', 'Danh sách Yên Khánh: là định dạng Excel cũ (.xls), công cụ chưa đọc được. Hãy mở bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx (Excel Workbook).');
  gas.addShortcut(id, 'Hướng dẫn (lối tắt).pdf', pdf);
  skipped('Hướng dẫn (lối tắt).pdf', skipReason('Hướng dẫn (lối tắt).pdf')!);
  gas.addFile(id, { name: 'Biên bản họp', mimeType: MIME.gdoc });
  skipped('Biên bản họp', 'Biên bản họp: là tệp Google Tài liệu, không phải bảng tính, không đọc.');
  gas.addFolder('Bản cũ', { parent: id });
  skipped('Bản cũ', subfolderText('Bản cũ'));
  gas.addShortcut(id, 'Thư mục khác (lối tắt)', elsewhere);
  skipped('Thư mục khác (lối tắt)', 'Thư mục khác (lối tắt): là lối tắt tới một thư mục, không đọc các tệp bên trong. Nếu cần, hãy chọn riêng thư mục đó.');
  gas.addFile(id, { name: s.gas.spreadsheet.getName(), mimeType: MIME.sheets, spreadsheet: s.gas.spreadsheet });
  skipped(s.gas.spreadsheet.getName(), `${s.gas.spreadsheet.getName()}: là chính bảng tính đang tổng hợp, không đọc lại.`);
  // Excel's lock files and hidden files stay silent.
  gas.addFile(id, { name: '~$ldld-huyen-hoa-lu.xlsx', mimeType: MIME.xlsx, bytes: new Uint8Array([1, 2, 3]) });
  gas.addFile(id, { name: '.DS_Store', mimeType: 'application/octet-stream', bytes: new Uint8Array([0]) });
  gas.addFolder('.git', { parent: id });

  inputs.sort((a, b) => collator.compare(a.name, b.name));
  const expected = aggregateTables(aggregate(inputs.flatMap((x) => x.input), config, { asOf: today() }), config);
  return { s, id, expected, inputs };
}

describe('the previous phase (2021–2025)', () => {
  /** A table an office made by hand: no trace columns, its own header words. */
  const PHASE_ROWS: Value[][] = [
    ['TỔNG HỢP MÔ HÌNH “DÂN VẬN KHÉO” GIAI ĐOẠN 2021 – 2025'],
    [],
    ['TT', 'Tên đơn vị', 'Tên tập thể, cá nhân', 'Tên mô hình', 'Cấp công nhận'],
    [1, 'Liên đoàn Lao động huyện Hoa Lư', 'Công đoàn cơ sở Trường THCS Ninh Giang', 'Đọc sách vì cộng đồng', 'Tỉnh'],
    [2, 'Liên đoàn Lao động huyện Hoa Lư', 'Công đoàn cơ sở xã Trường Yên', 'Tủ sách pháp luật ở cơ sở', 'Cơ sở'],
    [3, 'Công đoàn ngành Y tế', 'Công đoàn Bệnh viện đa khoa tỉnh', 'Nụ cười thân thiện', ''],
  ];
  const fill = (sheet: FakeSheet) => PHASE_ROWS.forEach((r, i) => r.forEach((v, j) => sheet._type(i + 1, j + 1, v)));

  async function check(s: Session, previousPhase: string, expectedName: string) {
    const server = serverOf(s);
    const started = await server.start({ kind: 'tabs', previousPhase });
    if (!started.ok) throw new Error(started.message);
    // Read in the last step, under its name, and only there: it is not a unit's list.
    expect(started.sources.filter((n) => n === expectedName)).toEqual([expectedName]);
    expect(started.sources.at(-1)).toBe(expectedName);
    const summary = await runJob(server, started, { reading() {}, read() {}, writing() {}, stopRequested: () => false });
    const ss = s.gas.spreadsheet;
    const checks = ss._sheet('Kiểm tra')._values();
    const code = checks[0].indexOf('Mã');
    const text = checks[0].indexOf('Nội dung');
    const rowsOf = (c: string) => checks.filter((r) => r[code] === c).map((r) => String(r[text]));
    expect(rowsOf('PREVIOUS_NOT_CONTINUED')).toEqual([expect.stringContaining('“Tủ sách pháp luật ở cơ sở”')]);
    // “Bữa cơm công nhân” (Hoa Lư), “Bác sĩ về bản” (Y tế) and Kim Sơn's second model (its master) are marked
    // “Tiếp tục đăng ký” but were not in 2021–2025.
    expect(rowsOf('CONTINUE_NOT_FOUND').map((t) => /“([^”]+)”/.exec(t)![1]).sort(collator.compare)).toEqual(['Bác sĩ về bản', 'Bữa cơm công nhân', 'Mô hình số 2 của Kim Sơn']);
    const master = ss._sheet('Tổng hợp')._values();
    expect(master.some((r) => String(r[1]).includes('Tên đơn vị') || r[4] === 'Tủ sách pháp luật ở cơ sở')).toBe(false);
    expect(summary).toContain('Đối chiếu với giai đoạn trước (');
    expect(summary).toContain('3 mô hình “Tiếp tục đăng ký” không tìm thấy; 1 mô hình đã công nhận chưa được đăng ký tiếp tục.');
  }

  it('a tab of this spreadsheet, named in the dialog, is the reference and not a source', async () => {
    const s = tabsSession();
    fill(s.gas.spreadsheet._add('Giai đoạn 2021-2025'));
    await check(s, 'Giai đoạn 2021-2025', 'Giai đoạn 2021-2025');
  });

  it('an .xlsx file on Drive, by its link', async () => {
    const s = tabsSession();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tổng hợp');
    for (const r of PHASE_ROWS) ws.addRow(r);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const id = s.gas.addFile(s.gas.addFolder('Lưu trữ'), { name: 'tong-hop-2021-2025.xlsx', mimeType: MIME.xlsx, bytes, updated: new Date('2025-12-20T03:00:00Z') });
    await check(s, `https://drive.google.com/file/d/${id}/view?usp=sharing`, 'tong-hop-2021-2025.xlsx');
  });

  it('a name that is neither a tab nor a link, and a file with no table of models, are said in Vietnamese', async () => {
    const s = tabsSession();
    const bad = s.call('aggregateStart', { kind: 'tabs', previousPhase: 'Giai đoạn trước' }) as Reply<JobInfo>;
    expect(bad).toEqual({ ok: false, message: TEXT.badPhase('Giai đoạn trước') });
    s.gas.spreadsheet._add('Ghi chú')._type(1, 1, 'Không có bảng');
    const server = serverOf(s);
    const started = await server.start({ kind: 'tabs', previousPhase: 'Ghi chú' });
    if (!started.ok) throw new Error(started.message);
    const summary = await runJob(server, started, { reading() {}, read() {}, writing() {}, stopRequested: () => false });
    expect(summary).toContain('không tìm thấy bảng mô hình giai đoạn trước');
    expect(summary).not.toContain('Đối chiếu với giai đoạn trước');
  });
});

describe('a Drive folder', () => {
  it('aggregates its Google Sheets, .xlsx files and shortcuts to them; every other file is named with its reason', async () => {
    const { s, id, expected, inputs } = await folderSession();
    const server = serverOf(s);
    const job = ok<JobInfo>(await server.start({ kind: 'folder', folder: `https://drive.google.com/drive/folders/${id}?usp=sharing` }));
    expect(job.label).toBe('thư mục “Danh sách đăng ký 2021” trên Google Drive');
    // Everything in the folder but Excel's lock file and hidden items, by name.
    expect(job.sources).toEqual(inputs.map((x) => x.name));
    expect(job.sources).toHaveLength(XLSX_FILES.length + Object.keys(BROKEN).length + 13);
    const steps: StepInfo[] = [];
    const summary = await runJob(server, job, { ...quiet, read: (st) => steps.push(st) });

    expectOutputs(s, expected);
    const problems = new Map(steps.filter((x) => x.problem).map((x) => [x.name, x.problem]));
    const skipped = inputs.flatMap((x) => x.input.flatMap((i) => (i.kind === 'skipped' ? [[x.name, i.reason] as const] : [])));
    expect(skipped).toHaveLength(10);
    expect(problems).toEqual(
      new Map([
        ['khong-doc-duoc-co-mat-khau.xlsx', 'khong-doc-duoc-co-mat-khau.xlsx: tệp được đặt mật khẩu hoặc là định dạng Excel cũ (.xls). Hãy mở bằng Excel, bỏ mật khẩu và lưu lại dạng .xlsx.'],
        ['khong-doc-duoc-csv-doi-duoi.xlsx', 'khong-doc-duoc-csv-doi-duoi.xlsx: không phải tệp Excel .xlsx (nội dung không đúng định dạng).'],
        ['khong-doc-duoc-tai-do-dang.xlsx', 'khong-doc-duoc-tai-do-dang.xlsx: tệp .xlsx không trọn vẹn (có thể tải về hoặc sao chép chưa xong). Hãy xin đơn vị gửi lại tệp.'],
        ...skipped,
      ]),
    );
    expect(problems.get('ldld-huyen-kim-son.xls')).toBe(
      'ldld-huyen-kim-son.xls: là định dạng Excel cũ (.xls), công cụ chưa đọc được. Hãy mở bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx (Excel Workbook).',
    );
    // The shortcuts' lists are in, under the shortcuts' names.
    const sourceFiles = new Set(s.gas.spreadsheet._sheet('Tổng hợp')._values().map((r) => r[mcol('Tệp nguồn')]));
    expect(sourceFiles).toContain('Lối tắt - LĐLĐ Gia Viễn.xlsx');
    expect(sourceFiles).toContain('Y tế (lối tắt)');
    const ss = s.gas.spreadsheet;
    const master = ss._sheet('Tổng hợp')._values();
    const file = mcol('Tệp nguồn');
    expect(master.some((r) => r[4] === '=Thư viện xanh' && r[file] === 'Danh sách LĐLĐ huyện Nho Quan')).toBe(true);
    // The corrected copy of Ninh Bình wins; the first one is reported, not counted.
    expect(master.filter((r) => r[1] === 'Liên đoàn Lao động thành phố Ninh Bình').every((r) => r[file] === 'ldld-thanh-pho-ninh-binh-ban-sua.xlsx')).toBe(true);
    const checks = ss._sheet('Kiểm tra')._values();
    const [code, inFile] = [checks[0].indexOf('Mã'), checks[0].indexOf('Tệp')];
    expect(checks.filter((r) => r[code] === 'SOURCE_UNREADABLE').map((r) => r[inFile])).toEqual(expect.arrayContaining(Object.keys(BROKEN).map((f) => basename(f))));
    expect(checks.filter((r) => r[code] === 'SOURCE_SKIPPED').map((r) => String(r[inFile])).sort(collator.compare)).toEqual(skipped.map(([n]) => n).sort(collator.compare));
    expect(checks.some((r) => r[code] === 'LIST_SUPERSEDED' && r[inFile] === 'ldld-thanh-pho-ninh-binh.xlsx')).toBe(true);
    // Files that could not be read come first, then those not read at all.
    expect(summary).toContain('Không đọc được:\n• khong-doc-duoc-co-mat-khau.xlsx: tệp được đặt mật khẩu');
    expect(summary).toContain('\n• khong-doc-duoc-tai-do-dang.xlsx: tệp .xlsx không trọn vẹn (có thể tải về hoặc sao chép chưa xong). Hãy xin đơn vị gửi lại tệp.\n• Bản cũ: là thư mục con');
    expect(summary).toContain('… và 3 mục khác.');
    expect(summary).toContain('Bản cũ không tính (đã có bản gửi sau): ldld-thanh-pho-ninh-binh.xlsx, trang “Sheet1”.');

    // Each .xlsx is one getBytes (signed, as in Apps Script), read by the same reader as the CLI (no Utilities.unzip):
    // the expected tables above come from the CLI's reading of the same files.
    const snap = s.gas.log.snapshot();
    expect(snap['Utilities.unzip']).toBeUndefined();
    expect(snap['Blob.getBytes']).toBe(XLSX_FILES.length + Object.keys(BROKEN).length + 1);
    expect(snap['SpreadsheetApp.openById']).toBe(2);
    expect(s.logs).toEqual([]);
  });


  it('explains a bad link, an unknown folder, an empty folder and a folder of files it does not read', () => {
    const s = session();
    const empty = s.gas.addFolder('Thư mục trống');
    s.gas.addFile(empty, { name: '~$ldld-huyen-hoa-lu.xlsx', mimeType: MIME.xlsx, bytes: new Uint8Array([1]) });
    const others = s.gas.addFolder('Thư mục khác');
    s.gas.addFile(others, { name: 'ghi-chu.pdf', mimeType: MIME.pdf, bytes: new Uint8Array([1]) });
    s.gas.addFile(others, { name: 'ldld-huyen-kim-son.xls', mimeType: MIME.xls, bytes: new Uint8Array([1]) });
    s.gas.addFolder('Năm 2020', { parent: others });
    const msg = (folder: string) => {
      const r = s.call('aggregateStart', { kind: 'folder', folder }) as Reply<JobInfo>;
      return r.ok ? '' : r.message;
    };
    expect(msg('https://example.com/abc')).toBe(TEXT.badFolder('https://example.com/abc'));
    expect(msg('1AbCdEfGhIjKlMnOpQrStUvWxYz')).toMatch(/^Không mở được thư mục Google Drive có mã “1AbCdEfGhIjKlMnOpQrStUvWxYz” \(No item with the given ID/);
    expect(msg(`https://drive.google.com/drive/u/0/folders/${empty}`)).toBe('Thư mục “Thư mục trống” không có tệp Google Sheets hay tệp Excel .xlsx nào.');
    expect(msg(others)).toBe(
      'Thư mục “Thư mục khác” không có tệp Google Sheets hay tệp Excel .xlsx nào để tổng hợp; 3 mục trong thư mục không đọc:\n' +
        '• ghi-chu.pdf: không phải tệp bảng tính (.pdf), không đọc.\n' +
        '• ldld-huyen-kim-son.xls: là định dạng Excel cũ (.xls), công cụ chưa đọc được. Hãy mở bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx (Excel Workbook).\n' +
        '• Năm 2020: là thư mục con, không đọc các tệp bên trong. Nếu cần, hãy chọn riêng thư mục này.',
    );
    // Nothing was written: no job was started.
    expect(s.gas.spreadsheet._sheets.map((x) => x._name)).toEqual(['Trang tính1']);
    expect(s.logs).toEqual([]);
  });

  it('a shortcut it cannot follow is named, the rest still aggregated', async () => {
    const { s, id } = await folderSession();
    const gone = s.gas.addShortcut(id, 'Danh sách cũ (lối tắt).xlsx', s.gas.addFile(s.gas.addFolder('Đã xóa'), { name: 'x.xlsx', mimeType: MIME.xlsx, bytes: new Uint8Array([1]) }));
    s.gas.files.get(gone)!.target = { id: null, mimeType: null }; // its target was deleted
    const summary = await aggregateAll(s, { kind: 'folder', folder: id });
    expect(summary).toContain('Không đọc được:');
    const checks = s.gas.spreadsheet._sheet('Kiểm tra')._values();
    const [code, inFile] = [checks[0].indexOf('Mã'), checks[0].indexOf('Tệp')];
    expect(checks.find((r) => r[inFile] === 'Danh sách cũ (lối tắt).xlsx')?.[code]).toBe('SOURCE_SKIPPED');
    expect(JSON.stringify(checks)).toContain('Danh sách cũ (lối tắt).xlsx: là lối tắt không còn trỏ tới tệp nào, không đọc.');
  });

  it('a folder shared by link with a resource key, and files in it that need their own keys', async () => {
    const s = session({ name: 'Tổng hợp toàn tỉnh' });
    const id = s.gas.addFolder('Danh sách gửi qua đường liên kết', { resourceKey: '0-thu-muc' });
    const gs = s.gas.newSpreadsheet('Danh sách LĐLĐ huyện Nho Quan');
    addListTab(gs, 'Danh sách', 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN NHO QUAN', [[1, 'Công đoàn cơ sở xã Cúc Phương', 'Rừng xanh bản sạch', null, 'x', 'x', null, null]]);
    s.gas.addFile(id, { name: gs.getName(), mimeType: MIME.sheets, spreadsheet: gs, resourceKey: '0-bang-tinh' });
    const xlsx = 'samples/danh-sach/ldld-huyen-hoa-lu.xlsx';
    s.gas.addFile(id, { name: basename(xlsx), mimeType: MIME.xlsx, bytes: new Uint8Array(readFileSync(join(ROOT, xlsx))), resourceKey: '0-excel' });

    const start = (folder: string) => s.call('aggregateStart', { kind: 'folder', folder }) as Reply<JobInfo>;
    const refused = start(`https://drive.google.com/drive/folders/${id}`);
    expect(refused.ok ? '' : refused.message).toMatch(new RegExp(`^Không mở được thư mục Google Drive có mã “${id}” \\(No item`));
    const summary = await aggregateAll(s, { kind: 'folder', folder: `https://drive.google.com/drive/folders/${id}?resourcekey=0-thu-muc&usp=sharing` });
    expect(summary).not.toContain('Không đọc được');
    const units = new Set(s.gas.spreadsheet._sheet('Tổng hợp')._values().map((r) => r[1]));
    expect(units).toContain('Liên đoàn Lao động huyện Nho Quan');
    expect(units).toContain('Liên đoàn Lao động huyện Hoa Lư');
    const calls = s.gas.log.snapshot();
    expect(calls['DriveApp.getFolderByIdAndResourceKey']).toBe(1);
    expect(calls['DriveApp.getFileByIdAndResourceKey']).toBe(2); // the .xlsx, and the Google Sheet for SpreadsheetApp.open
    expect(calls['SpreadsheetApp.open']).toBe(1);
    expect(s.logs).toEqual([]);
  });

  it('a Google Sheet it may not open is reported by name, the rest still aggregated', async () => {
    const { s, id } = await folderSession();
    const gs = s.gas.spreadsheets.find((x) => x.getName() === 'Danh sách LĐLĐ huyện Nho Quan')!;
    s.gas.noAccess.add(gs.getId());
    const summary = await aggregateAll(s, { kind: 'folder', folder: id });
    expect(summary).toContain('• Danh sách LĐLĐ huyện Nho Quan: không mở được tệp (You do not have permission to access the requested document.)');
    expect(s.gas.spreadsheet._sheet('Tổng hợp')._values().some((r) => r[1] === 'Liên đoàn Lao động huyện Hoa Lư')).toBe(true);
  });
});

function rowOf(sheet: FakeSheet, first: string): number {
  return sheet._values().findIndex((r) => r[0] === first) + 1;
}

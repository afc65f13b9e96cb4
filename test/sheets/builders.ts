// Spreadsheets as officers and units make them, for the bundle tests: unit lists on tabs (the seed-004 layout),
// and the aggregation run through the dialog's server calls.
import { presetConfig } from '../../src/domain/presets';
import type { FinishInfo, JobInfo, Reply, StepInfo } from '../../src/sheets/aggregate-api';
import { runJob, type Server } from '../../src/sheets/dialog/driver';
import { registrationLayout } from '../../src/sheets/setup';
import { TEXT } from '../../src/sheets/texts';
import { callThrough } from '../support/script-run';
import type { FakeSheet, FakeSpreadsheet, Value } from './fake-gas';
import type { Session } from './session';

export const config = presetConfig()!;
const LAYOUT = registrationLayout(config);

export type Row = (Value | null)[];

/** A unit's list on its own tab: title lines, two merged header rows, rows from 7. */
export function addListTab(ss: FakeSpreadsheet, name: string, unitLine: string, rows: Row[]): FakeSheet {
  const sheet = ss._add(name);
  sheet._maxRows = Math.max(1000, rows.length + 10);
  LAYOUT.values.forEach((r, i) => r.forEach((v, j) => sheet._type(i + 1, j + 1, v || null)));
  sheet._type(1, 1, unitLine);
  for (const m of LAYOUT.merges) sheet._merges.push({ top: m.top + 1, left: m.left + 1, bottom: m.bottom + 1, right: m.right + 1 });
  rows.forEach((r, i) => r.forEach((v, j) => sheet._type(7 + i, j + 1, v)));
  return sheet;
}

/** Types a unit's list into a registration sheet as a person would: the unit on row 1, rows from row 7. */
export function typeList(sheet: FakeSheet, unitLine: string, rows: Row[]): void {
  sheet._maxRows = Math.max(sheet._maxRows, 6 + rows.length); // the unit adds rows as needed
  sheet._type(1, 1, unitLine);
  rows.forEach((r, i) => r.forEach((v, j) => sheet._type(7 + i, j + 1, v)));
}

/** “Thiết lập biểu mẫu” in a new spreadsheet, then a unit types its list into the sheet it made. */
export function setUpList(s: Session, unitLine: string, rows: Row[]): FakeSheet {
  s.run('menuSetup()');
  const sheet = s.gas.spreadsheet._sheet(TEXT.registrationSheet);
  typeList(sheet, unitLine, rows);
  return sheet;
}

/** `n` models of one unit: alternating registration types and fields. */
export function manyRows(prefix: string, n: number): Row[] {
  return Array.from({ length: n }, (_, i) => [
    i + 1,
    `Công đoàn cơ sở ${prefix} số ${i + 1}`,
    `Mô hình ${prefix} số ${i + 1}`,
    i % 2 ? 'x' : null,
    i % 2 ? null : 'x',
    i % 3 ? null : 'x',
    i % 3 === 1 ? 'x' : null,
    i % 3 === 2 ? 'x' : null,
  ]);
}

export const HOA_LU: Row[] = [
  [1, 'Công đoàn cơ sở Trường THCS Ninh Giang', 'Đọc sách vì cộng đồng', null, 'x', 'x', null, null],
  [2, 'Công đoàn cơ sở Công ty May Hoa Lư', 'Bữa cơm công nhân', 'x', null, null, 'x', null],
  [3, 'Công đoàn cơ sở UBND xã Ninh Hải', 'Tổ tự quản an ninh trật tự', null, 'x', null, null, 'x'],
];
export const Y_TE: Row[] = [
  [1, 'Công đoàn Bệnh viện đa khoa tỉnh', 'Nụ cười thân thiện', null, 'x', 'x', null, null],
  [2, 'Công đoàn Trung tâm Y tế huyện Kim Sơn', 'Bác sĩ về bản', 'x', null, 'x', null, null],
];

export function ok<T>(r: unknown): T {
  const v = r as Reply<T>;
  if (!v.ok) throw new Error(`server said: ${v.message}`);
  return v as T;
}

/** The aggregation dialog's calls, through google.script.run (test/support/script-run.ts) to the bundle. */
export function serverOf(s: Session): Server {
  const { run } = s.scriptRun();
  const ask = <T>(fn: string, ...args: unknown[]) => callThrough(run, fn, ...args) as Promise<Reply<T>>;
  return {
    init: () => ask('aggregateInit'),
    start: (spec) => ask<JobInfo>('aggregateStart', spec),
    step: (jobId, i) => ask<StepInfo>('aggregateStep', jobId, i),
    finish: (jobId) => ask<FinishInfo>('aggregateFinish', jobId),
  };
}

/** Aggregates the tabs of the session's spreadsheet; returns the summary. */
export async function aggregateTabs(s: Session): Promise<string> {
  const server = serverOf(s);
  const job = ok<JobInfo>(await server.start({ kind: 'tabs' }));
  return runJob(server, job, { reading() {}, read() {}, writing() {} });
}

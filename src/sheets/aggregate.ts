// “Tổng hợp danh sách”: a dialog drives the work in short server calls (Apps Script stops a run after 6 minutes):
// start lists the sources, each step reads one source and stores what it gave, finish aggregates and writes
// the result sheets. Steps are idempotent, so a failed one is simply run again.
import { aggregate, hasLists, type Aggregate, type AggregateOptions } from '../domain/aggregate';
import type { Config } from '../domain/config';
import { MASTER_SHEET, readMasterTable } from '../domain/master';
import { aggregateTables, BOARD_SHEET, CHECKS_SHEET, readBoard, summaryLines } from '../domain/report-tables';
import type { FinishInfo, JobInfo, SourceSpec, StepInfo } from './aggregate-api';
import { loadConfig } from './config';
import { isoDay } from './dates';
import { UserError } from './errors';
import { JobStore, type JobMeta, type OutputRecord } from './job-store';
import { ourSheet, writeOutputs } from './outputs';
import { readSheet } from './read';
import { listFolder, listTabs, phaseItem, readSource, sameItem } from './sources';
import { bulletList, TEXT } from './texts';
import { CollectStore, folderLink, FOLDER_KEY, type FolderMemo } from './collect/store';

/** The dialog's file in build/gas (made by scripts/build.mjs). */
export const DIALOG_FILE = 'AggregateDialog';

export function showAggregateDialog(): void {
  const html = HtmlService.createHtmlOutputFromFile(DIALOG_FILE).setWidth(560).setHeight(540);
  SpreadsheetApp.getUi().showModalDialog(html, TEXT.aggregateDialogTitle);
}

const info = (meta: JobMeta, done: number[]): JobInfo => ({
  jobId: meta.id,
  label: meta.label,
  sources: meta.sources.map((s) => s.name),
  done,
});

/** A job left unfinished (the dialog was closed, or a step failed), for the dialog to offer to continue. */
export function pendingJob(): { pending: JobInfo | null; defaultFolder: string } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const store = JobStore.find(ss);
  const meta = store?.meta() ?? null;
  // The folder the units' forms were sent to (“Gửi biểu mẫu cho đơn vị”) is offered as the source.
  const folder = CollectStore.find(ss)?.get<FolderMemo>(FOLDER_KEY) ?? null;
  return { pending: store && meta ? info(meta, store.done(meta)) : null, defaultFolder: folder ? folderLink(folder) : '' };
}

export function startJob(spec: SourceSpec): JobInfo {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const tz = () => ss.getSpreadsheetTimeZone() || null;
  const { config } = loadConfig(ss, tz);
  let label: string;
  let sources: JobMeta['sources'];
  let store: JobStore;
  if (spec && spec.kind === 'folder') {
    // Listed first: a folder that cannot be used leaves the spreadsheet as it was.
    const folder = listFolder(String(spec.folder ?? ''), ss.getId());
    label = TEXT.sourceFolder(folder.name);
    sources = folder.items;
    store = JobStore.open(ss);
  } else {
    store = JobStore.open(ss);
    const outputs = new Set(Object.values(store.outputs()).map((o) => o.id));
    sources = listTabs(ss, outputs);
    if (!sources.length) throw new UserError(TEXT.noTabs);
    label = TEXT.sourceTabs;
  }
  // The previous phase is named (and checked) first, read in the last step, and never aggregated as a source.
  const phaseText = String(spec?.previousPhase ?? '').trim();
  if (phaseText) {
    const phase = phaseItem(ss, phaseText);
    sources = [...sources.filter((s) => !sameItem(s, phase)), phase];
  }
  const where: SourceSpec = spec && spec.kind === 'folder' ? { kind: 'folder', folder: String(spec.folder) } : { kind: 'tabs' };
  const meta: JobMeta = {
    id: `j${Date.now().toString(36)}${Math.floor(Math.random() * 0x10000).toString(36)}`,
    spec: phaseText ? { ...where, previousPhase: phaseText } : where,
    label,
    file: ss.getName(),
    config,
    sources,
  };
  store.begin(meta);
  return info(meta, []);
}

function currentJob(jobId: string): { ss: GoogleAppsScript.Spreadsheet.Spreadsheet; store: JobStore; meta: JobMeta } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const store = JobStore.find(ss);
  const meta = store?.meta() ?? null;
  if (!store || !meta || meta.id !== jobId) throw new UserError(TEXT.jobGone);
  return { ss, store, meta };
}

export function runStep(jobId: string, at: number): StepInfo {
  const { ss, store, meta } = currentJob(jobId);
  const index = Number(at);
  const item = Number.isInteger(index) ? meta.sources[index] : undefined;
  if (!item) throw new UserError(TEXT.jobGone);
  let zone: string | null | undefined;
  const tz = () => (zone === undefined ? (zone = ss.getSpreadsheetTimeZone() || null) : zone);
  const inputs = readSource(ss, meta.file, item, meta.config, tz);
  store.writeSource(index, jobId, inputs);
  let lists = 0;
  let models = 0;
  let problem: string | null = null;
  for (const i of inputs) {
    if (i.kind === 'list' && i.form?.done === false) problem = TEXT.formFilling(i.result.models.length);
    else if (i.kind === 'list') (lists++, (models += i.result.models.length));
    else if (i.kind === 'master') (lists++, (models += i.rows.length));
    else if (i.kind === 'form-blank') problem = TEXT.formBlank;
    else if (i.kind === 'unreadable') problem = i.error;
    else if (i.kind === 'skipped') problem = i.reason;
    else if (i.kind === 'phase') return { index, name: item.name, lists: 0, models: 0, problem: null };
    else problem = TEXT.noListIn;
  }
  if (!inputs.length) problem = TEXT.noListIn;
  return { index, name: item.name, lists, models, problem: lists ? null : problem };
}

export function finishJob(jobId: string): FinishInfo {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const store = JobStore.find(ss);
  const all = store?.readAll();
  if (!store || !all?.meta || all.meta.id !== jobId) throw new UserError(TEXT.jobGone);
  const { meta, sources } = all;
  const missing = sources.flatMap((s, i) => (s ? [] : [i]));
  if (missing.length) return { missing, summary: '' };
  const inputs = sources.flatMap((s) => s ?? []);
  // A form left blank is a list with no row yet (its unit has not submitted): the board shows it.
  if (!hasLists(inputs)) {
    store.clear();
    const reasons = meta.sources.map((s, i) => {
      for (const x of sources[i]!) {
        if (x.kind === 'unreadable') return x.error;
        if (x.kind === 'skipped') return x.reason;
      }
      return `${s.name}: ${TEXT.noListIn}.`;
    });
    throw new UserError(TEXT.nothingUsable(reasons));
  }
  const record = store.outputs();
  const agg = aggregate(inputs, meta.config, aggregateOptions(ss, record, meta.config));
  const written = writeOutputs(ss, aggregateTables(agg, meta.config), record);
  store.setOutputs(written);
  store.clear();
  ss.getSheetById(written[MASTER_SHEET].id)?.activate();
  return { missing: [], summary: summaryText(agg, meta.config, meta.label, written) };
}

/**
 * As the CLI: lateness as of today (the spreadsheet's calendar day), and our last result read back (one
 * getValues each) so that what the officer typed on it carries over.
 */
function aggregateOptions(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, record: OutputRecord, config: Config): AggregateOptions {
  const zone = ss.getSpreadsheetTimeZone() || null;
  const tz = () => zone;
  const opts: AggregateOptions = { asOf: isoDay(new Date(), zone) };
  const master = ourSheet(ss, record, MASTER_SHEET);
  // Everything the officer added to it comes along: their values, their own columns, rows that are no model.
  const table = master ? readMasterTable(readSheet(master, tz, { merges: false }).grid, config) : null;
  if (master && table && (table.rows.length || table.ownColumns.length || table.stray.length))
    opts.previous = { source: { file: ss.getName(), sheet: master.getName() }, ...table };
  const board = ourSheet(ss, record, BOARD_SHEET);
  const reviews = board ? readBoard(readSheet(board, tz, { merges: false }).grid) : null;
  if (reviews) opts.previousBoard = reviews;
  return opts;
}

/** The summary the dialog shows when the result is written. */
export function summaryText(agg: Aggregate, config: Config, label: string, sheets: OutputRecord): string {
  const s = agg.summary;
  const submitted = s.byUnit.filter((u) => u.status !== 'missing').length;
  const lines = [`Đã tổng hợp ${s.total} mô hình của ${submitted} đơn vị từ ${label}.`, ...summaryLines(agg, config)];
  // Files that could not be read first (a password, a broken file: the unit must send it again), then the files
  // not read at all (a PDF, an old .xls, a sub-folder…), so that the first are never hidden under “… và n mục khác”.
  const skipped = new Set(agg.findings.filter((f) => f.code === 'SOURCE_SKIPPED').map((f) => f.file));
  const failed = agg.sources.filter((x) => x.error);
  const bad = [...failed.filter((x) => !skipped.has(x.file)), ...failed.filter((x) => skipped.has(x.file))].map((x) => x.error!);
  if (bad.length) lines.push(`Không đọc được:\n${bulletList(bad, 10)}`);
  const errors = agg.findings.filter((f) => f.severity === 'error').length;
  lines.push(`Kiểm tra: ${errors} lỗi, ${agg.findings.length - errors} cảnh báo (xem trang “${sheets[CHECKS_SHEET]?.name ?? CHECKS_SHEET}”).`);
  lines.push(`Kết quả ở các trang ${Object.values(sheets).map((o) => `“${o.name}”`).join(', ')}.`);
  return lines.join('\n');
}

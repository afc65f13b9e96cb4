// The aggregation job's state between server calls, kept in a hidden sheet: one column per record
// (the job, then one per source), each a key, the job id, a chunk count and JSON in chunks of ≤ 40,000
// characters (Sheets allows 50,000 per cell). Writing a source's column again replaces its record.
import type { SourceInput } from '../domain/aggregate';
import type { Config } from '../domain/config';
import type { SourceSpec } from './aggregate-api';
import { findOwnSheet, freeSheetName } from './read';
import { TEXT } from './texts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const CHUNK = 40_000;
/** Every stored text starts with this character, so Sheets never reads a chunk as a number, date or formula. */
const MARK = '|';
/** Rows before the chunks: key, job id, chunk count. */
const HEAD = 3;
/** Column A: the title (row 1) and the record of output sheets (row 2); B: the job; C…: one per source. */
const COL_JOB = 2;
const COL_FIRST_SOURCE = 3;

/** `phase`: the previous phase's master, read as the reference for continuing models, never aggregated. */
export type SourceItem =
  | { kind: 'tab'; sheetId: number; name: string; phase?: true }
  /**
   * A Drive file (or a shortcut to one: `id` is then the target's, `name` the shortcut's); `resourceKey` when it must
   * be opened with one (a file shared by link).
   */
  | { kind: 'sheets' | 'xlsx'; id: string; name: string; modified: number | null; resourceKey?: string | null; phase?: true }
  /** An item of the folder that is not read, with the reason in Vietnamese (naming it): reported, never dropped. */
  | { kind: 'skipped'; name: string; reason: string };

export interface JobMeta {
  id: string;
  spec: SourceSpec;
  label: string;
  /** Name of the spreadsheet the add-in runs in (the “file” of tab sources). */
  file: string;
  config: Config;
  sources: SourceItem[];
}

/** Output sheets written last time, by table name: their id and the name we gave them. */
export type OutputRecord = Record<string, { id: number; name: string }>;

/** A record as the cells of its column. */
export function encodeRecord(key: string, jobId: string, value: unknown): string[] {
  const json = JSON.stringify(value);
  const chunks: string[] = [];
  for (let at = 0; at < json.length; ) {
    let end = Math.min(at + CHUNK, json.length);
    // Never split a surrogate pair between two cells.
    const c = json.charCodeAt(end - 1);
    if (end < json.length && c >= 0xd800 && c <= 0xdbff) end--;
    chunks.push(MARK + json.slice(at, end));
    at = end;
  }
  return [MARK + key, MARK + jobId, String(chunks.length), ...chunks];
}

const unmark = (v: unknown) => (typeof v === 'string' && v.startsWith(MARK) ? v.slice(1) : null);

/** Reads a column back; null when it holds no complete record. */
export function decodeRecord(cells: unknown[]): { key: string; jobId: string; value: unknown } | null {
  const key = unmark(cells[0]);
  const jobId = unmark(cells[1]);
  const n = Number(cells[2]);
  if (key === null || jobId === null || !Number.isInteger(n) || n < 1 || cells.length < HEAD + n) return null;
  let json = '';
  for (let i = 0; i < n; i++) {
    const part = unmark(cells[HEAD + i]);
    if (part === null) return null;
    json += part;
  }
  try {
    return { key, jobId, value: JSON.parse(json) };
  } catch {
    return null;
  }
}

const column = (values: unknown[][], col: number) => values.map((r) => r[col - 1]);

export class JobStore {
  private constructor(readonly sheet: Sheet) {}

  /** The job sheet (ours: A1 holds our title), or null when there is none. */
  static find(ss: Spreadsheet): JobStore | null {
    const sheet = findOwnSheet(ss, TEXT.jobSheet, TEXT.jobTitle);
    return sheet ? new JobStore(sheet) : null;
  }

  /** The job sheet, created hidden when missing (or when an officer's sheet has its name). */
  static open(ss: Spreadsheet): JobStore {
    const found = JobStore.find(ss);
    if (found) return found;
    const sheet = ss.insertSheet(freeSheetName(ss, TEXT.jobSheet), ss.getSheets().length);
    sheet.getRange(1, 1, 2, 1).setNumberFormat('@').setValues([[TEXT.jobTitle], [MARK + '{}']]);
    sheet.hideSheet();
    return new JobStore(sheet);
  }

  outputs(): OutputRecord {
    try {
      return JSON.parse(unmark(this.sheet.getRange(2, 1).getValue()) ?? '{}') as OutputRecord;
    } catch {
      return {};
    }
  }

  setOutputs(record: OutputRecord): void {
    this.sheet.getRange(2, 1).setNumberFormat('@').setValue(MARK + JSON.stringify(record));
  }

  /** Starts a job: the previous one (if any) is dropped; the record of output sheets is kept. */
  begin(meta: JobMeta): void {
    const outputs = this.outputs();
    const cells = encodeRecord('job', meta.id, meta);
    this.sheet.clearContents();
    this.fit(cells.length, COL_FIRST_SOURCE - 1 + meta.sources.length);
    const rows = cells.map((c, i) => [i === 0 ? TEXT.jobTitle : i === 1 ? MARK + JSON.stringify(outputs) : '', c]);
    this.sheet.getRange(1, 1, rows.length, 2).setNumberFormat('@').setValues(rows);
  }

  /** The current job, or null. */
  meta(): JobMeta | null {
    const last = this.sheet.getLastRow();
    if (last < HEAD + 1) return null;
    const rec = decodeRecord(column(this.sheet.getRange(1, COL_JOB, last, 1).getValues(), 1));
    return rec && rec.key === 'job' ? (rec.value as JobMeta) : null;
  }

  /** Stores what source `index` gave; a second write of the same index replaces the first. */
  writeSource(index: number, jobId: string, inputs: SourceInput[]): void {
    const cells = encodeRecord(`source ${index + 1}`, jobId, inputs);
    this.fit(cells.length, COL_FIRST_SOURCE + index);
    this.sheet
      .getRange(1, COL_FIRST_SOURCE + index, cells.length, 1)
      .setNumberFormat('@')
      .setValues(cells.map((c) => [c]));
  }

  /** Indexes of the sources stored for this job, from the job-id row only. */
  done(meta: JobMeta): number[] {
    if (!meta.sources.length) return [];
    const ids = this.sheet.getRange(2, COL_FIRST_SOURCE, 1, meta.sources.length).getValues()[0];
    return ids.flatMap((v, i) => (v === MARK + meta.id ? [i] : []));
  }

  /** The job and every stored source, with one read. */
  readAll(): { meta: JobMeta | null; sources: (SourceInput[] | null)[] } {
    const values = this.sheet.getDataRange().getValues();
    const job = decodeRecord(column(values, COL_JOB));
    if (!job || job.key !== 'job') return { meta: null, sources: [] };
    const meta = job.value as JobMeta;
    const sources = meta.sources.map((_, i) => {
      const col = COL_FIRST_SOURCE + i;
      if (!values.length || values[0].length < col) return null;
      const rec = decodeRecord(column(values, col));
      return rec && rec.jobId === meta.id ? (rec.value as SourceInput[]) : null;
    });
    return { meta, sources };
  }

  /** Ends the job: everything but the title and the record of output sheets is cleared. */
  clear(): void {
    const cols = this.sheet.getMaxColumns();
    this.sheet.getRange(1, 2, this.sheet.getMaxRows(), cols - 1).clearContent();
  }

  /** Grows the sheet to hold `rows` rows and `cols` columns (one call each, only when needed). */
  private fit(rows: number, cols: number): void {
    const maxRows = this.sheet.getMaxRows();
    if (maxRows < rows) this.sheet.insertRowsAfter(maxRows, rows - maxRows);
    const maxCols = this.sheet.getMaxColumns();
    if (maxCols < cols) this.sheet.insertColumnsAfter(maxCols, cols - maxCols);
  }
}

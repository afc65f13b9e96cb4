// What the aggregation dialog and the server functions exchange through google.script.run (plain JSON only).

/**
 * Where the lists come from; `previousPhase`: the previous phase's master continuing models are checked against — the
 * name of a tab of this spreadsheet, or the link (or id) of a Google Sheet or an .xlsx file on Drive.
 */
export type SourceSpec = ({ kind: 'tabs' } | { kind: 'folder'; folder: string }) & { previousPhase?: string };

/** A job the dialog drives: its sources by name, and which of them are already read (0-based). */
export interface JobInfo {
  jobId: string;
  /** “các trang tính trong tệp này”, “thư mục “…” trên Google Drive”. */
  label: string;
  sources: string[];
  done: number[];
}

export interface StepInfo {
  index: number;
  name: string;
  /** Lists (or master lists) found in the source, and their model rows. */
  lists: number;
  models: number;
  /** Why nothing was counted (unreadable, not read at all, no list), in Vietnamese; null when something was. */
  problem: string | null;
}

export interface FinishInfo {
  /** Sources whose result is not stored yet: the dialog reads them again, then finishes. */
  missing: number[];
  /** The summary to show (empty when `missing` is not). */
  summary: string;
}

export type Reply<T> = ({ ok: true } & T) | { ok: false; message: string };

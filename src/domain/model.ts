// Shapes the reader produces and the rules, aggregation and documents consume.
import type { Finding } from './codes';
import type { Kind } from './kind';

export type RegType = 'new' | 'continue';

export interface Unit {
  name: string;
  /** unitTypes[].code, or null when the type could not be told. */
  type: string | null;
}

/**
 * A model as a unit's registration list gives it, with its row (NFC, trimmed). Names of the three stages of a model:
 * ListModel (read from a unit's list), MasterSheetRow (read back from a master sheet, with what the officer added),
 * AggregatedModel (a row of the master the aggregation builds).
 */
export interface ListModel {
  /** The sheet's 1-based row number. */
  row: number;
  stt: string;
  /** Tên tập thể hoặc cá nhân. */
  name: string;
  /** Tên mô hình hoặc điển hình. */
  model: string;
  regType: RegType | null;
  /** fields[].code, or null when none or several are marked. */
  field: string | null;
  /** Values of the campaign's extra columns (config `columns`), by key; '' when blank or absent. */
  extra: Record<string, string>;
  /** Tập thể or cá nhân from the list's own column; null when it has none (aggregation then tells it from the name). */
  kind: Kind | null;
}

/** Where each known column sits: 0-based column indexes. */
export interface HeaderMap {
  /** 1-based sheet rows of the header (one or two). */
  firstRow: number;
  lastRow: number;
  stt: number | null;
  name: number | null;
  model: number | null;
  cont: number | null;
  new: number | null;
  /** Field code → column, when fields are sub-columns with marks. */
  fields: Record<string, number>;
  /** A single “Lĩnh vực” column holding the field as text, when there are no sub-columns. */
  fieldText: number | null;
  /** A “Tập thể/Cá nhân” column, when the list has one besides the name column. */
  kind: number | null;
  /** Extra column key → column. */
  extra: Record<string, number>;
}

export interface ListResult {
  unit: Unit | null;
  /** The date written on the list (“…, ngày 14 tháng 7 năm 2021”), YYYY-MM-DD, or null. */
  date: string | null;
  header: HeaderMap | null;
  models: ListModel[];
  findings: Finding[];
}

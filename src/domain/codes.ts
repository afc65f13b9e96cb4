// The one catalogue of finding codes: each code, its severity, and when it fires.
// Wording lives in messages.ts; codes are stable (other tools read them from --json). The order here is
// the order findings of the same place are listed in.

export const CODES = {
  /** No row among the first 30 looks like the registration table header (needs a name or model column and one more known column). */
  HEADER_NOT_FOUND: 'error',
  /** The submitting unit could not be matched to a configured unit (title lines, sheet name, file name). Row null. */
  UNKNOWN_UNIT: 'warning',
  /** The submitting unit matched a configured unit that is not in force on the campaign date (validFrom/validTo). Row null. */
  UNIT_INACTIVE: 'warning',
  /**
   * The submitting unit ended (validTo) before the list's date or the campaign date, and another unit took over
   * (replacedBy): named. With the unit's `successorTakesLists`, the list counts for the successor. Row null.
   */
  UNIT_ABOLISHED: 'warning',
  /** The header was found but a column the form needs is absent, e.g. no “Tên mô hình” column or no field column. Row null. */
  COLUMN_MISSING: 'error',
  /** The header was found but no model row follows it. Row null. */
  NO_MODELS: 'warning',
  /** The list has fewer models than the unit type's quota minimum. Row null. */
  QUOTA_UNDER: 'error',
  /** The list has more models than the unit type's quota maximum. Row null. */
  QUOTA_OVER: 'error',
  /** A model row has no collective/individual name: “Tên tập thể hoặc cá nhân” is blank. */
  MISSING_NAME: 'error',
  /** A model row has no model name: “Tên mô hình hoặc điển hình” is blank. */
  MISSING_MODEL_NAME: 'error',
  /** A column the campaign marks `required` (config `columns`) is blank on a model row. */
  MISSING_VALUE: 'error',
  /** Neither “Tiếp tục đăng ký” nor “Đăng ký xây dựng mới” is marked. */
  REG_TYPE_NONE: 'error',
  /** Both “Tiếp tục đăng ký” and “Đăng ký xây dựng mới” are marked. */
  REG_TYPE_BOTH: 'error',
  /** No field (lĩnh vực) column is marked. */
  FIELD_NONE: 'error',
  /** More than one field column is marked: a model belongs to exactly one field. */
  FIELD_MULTIPLE: 'error',
  /** A single “Lĩnh vực” column holds text that is none of the campaign's fields (code, label or alias). */
  FIELD_UNKNOWN: 'error',
  /** A mark column holds something other than x, X, ✓, v or TRUE (e.g. “có”, “1”); it is counted as a mark, but check it. */
  INVALID_MARK: 'warning',
  /** Same collective and same model name (folded) as an earlier row of the same list; reported on the later row. */
  DUPLICATE_MODEL: 'error',
  /** A cell holds text typed in a legacy encoding (TCVN3/ABC or VNI); the message shows the converted Unicode text. */
  LEGACY_ENCODING: 'warning',
  /** A cell holds characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF); they are removed. */
  INVALID_CHARACTER: 'warning',
  /** A cell holds more than 32,767 characters (what a spreadsheet cell can hold); the rest is cut. */
  VALUE_TOO_LONG: 'warning',
  /** Aggregation: a source file could not be read (missing, not a workbook, corrupt, password-protected). Row null. */
  SOURCE_UNREADABLE: 'error',
  /** A file in a folder given as input is not read (old .xls, .ods, .csv, not a workbook, a sub-folder…); the message says why. Row null. */
  SOURCE_SKIPPED: 'error',
  /** Aggregation: a workbook has no sheet that holds a registration list or a master list. Row null. */
  SOURCE_NO_LIST: 'warning',
  /** Aggregation: the unit sent a later list; this one is superseded and not counted. Row null. */
  LIST_SUPERSEDED: 'warning',
  /** Aggregation: the date written on the list is after the campaign deadline. Row null. */
  LIST_LATE: 'warning',
  /** Aggregation: a unit of the config, in force on the campaign date, sent no list. Row null. */
  UNIT_MISSING: 'warning',
  /** Aggregation: the same collective and model (folded) were registered by another unit too; on the later one. */
  DUPLICATE_MODEL_ACROSS: 'warning',
  /**
   * Aggregation with the previous phase's master: a model registered as “Tiếp tục đăng ký” is none of the previous
   * phase's models of its unit or of a unit it replaced (folded model name); a close name or the same name under
   * another unit is suggested.
   */
  CONTINUE_NOT_FOUND: 'warning',
  /** Aggregation with the previous phase's master: a model recognised then is continued by no list of this phase; on its row of that master. */
  PREVIOUS_NOT_CONTINUED: 'warning',
  /** Aggregation with a previous master: a model of it is no longer in the unit's new list; its officer values are in the message. */
  MODEL_DROPPED: 'warning',
  /** Aggregation with a previous master: the unit renamed a model (a close name, see similarity.ts); the officer values moved with it. */
  MODEL_RENAMED: 'warning',
  /** Aggregation with a previous master: a previous model is equally close to two new ones (or the reverse); nothing moved. */
  MODEL_RENAME_AMBIGUOUS: 'warning',
  /** Aggregation with a previous master: a row of it that is no model (no unit, no model name) is not copied; its text is in the message. */
  MASTER_ROW_DROPPED: 'warning',
  /** Aggregation with a previous master: the officer changed a value that comes from the unit's list; the officer's value is kept. */
  OFFICER_EDIT_KEPT: 'warning',
  /** Aggregation with a previous master: the unit sent a new list for a model whose list value the officer had changed; the list's value is now used. */
  OFFICER_EDIT_REPLACED: 'warning',
  /** A unit's form (shared on Drive) has rows but “Đã hoàn thành, gửi cấp trên” is not ticked: not counted yet. Row null. */
  FORM_IN_PROGRESS: 'warning',
  /** Google Form responses: a later response of the same unit with the same model name (folded) replaces this one; on the earlier row. */
  RESPONSE_REPLACED: 'warning',
} as const;

export type Code = keyof typeof CODES;
export type Severity = (typeof CODES)[Code];

/**
 * What each finding carries besides its place: the data its message is made from, kept on the finding (and in
 * `--json`) so a program need not parse the Vietnamese sentence. Dates are YYYY-MM-DD.
 */
export interface Params {
  HEADER_NOT_FOUND: Record<string, never>;
  /** The unit as told from the list (absent when none could be told), and its type's label. */
  UNKNOWN_UNIT: { unit?: string; unitType?: string };
  UNIT_INACTIVE: { unit: string; date: string };
  /** `listDate`: the date on the list when it is after `validTo`; `successor`: the unit in force that took over. */
  UNIT_ABOLISHED: { unit: string; validTo: string; successor: string; attributed: boolean; listDate: string | null; date: string };
  /** The column's label (for a field column: “Lĩnh vực: VH-XH (…)”). */
  COLUMN_MISSING: { column: string };
  NO_MODELS: Record<string, never>;
  QUOTA_UNDER: { count: number; min: number; unitType?: string };
  QUOTA_OVER: { count: number; max: number; unitType?: string };
  MISSING_NAME: Record<string, never>;
  MISSING_MODEL_NAME: Record<string, never>;
  MISSING_VALUE: { column: string };
  REG_TYPE_NONE: Record<string, never>;
  REG_TYPE_BOTH: Record<string, never>;
  FIELD_NONE: Record<string, never>;
  /** The marked fields' labels. */
  FIELD_MULTIPLE: { fields: string[] };
  /** The text written, and the campaign's field labels. */
  FIELD_UNKNOWN: { value: string; fields: string[] };
  /** The column's header as the unit wrote it, and what the cell holds. */
  INVALID_MARK: { column: string; value: string };
  INVALID_CHARACTER: { characters: string[] };
  VALUE_TOO_LONG: { length: number };
  DUPLICATE_MODEL: { otherRow: number };
  LEGACY_ENCODING: { encoding: string; converted: string };
  SOURCE_UNREADABLE: { reason: string };
  SOURCE_SKIPPED: { reason: string };
  SOURCE_NO_LIST: Record<string, never>;
  /** Where the unit's later list is: its file (and sheet). */
  LIST_SUPERSEDED: { file: string; sheet: string | null };
  LIST_LATE: { date: string; deadline: string };
  UNIT_MISSING: { unit: string };
  /** The other unit that registered the same model, and where. */
  DUPLICATE_MODEL_ACROSS: { unit: string; file: string; row: number | null };
  /** `file`: the previous phase's master; `similar`: a close model name of the unit's previous models; `otherUnit`: a unit of that phase with this very model. */
  CONTINUE_NOT_FOUND: { model: string; file: string; similar?: string; otherUnit?: string };
  PREVIOUS_NOT_CONTINUED: { model: string; collective: string; unit: string; level: string };
  /** The model of the previous master, its collective, and everything the officer had typed on it (label → value). */
  MODEL_DROPPED: { model: string; collective: string; officer: Record<string, string> };
  MODEL_RENAMED: { previousModel: string; officer: Record<string, string> };
  MODEL_RENAME_AMBIGUOUS: { model: string; collective: string; candidates: { model: string; row: number | null }[]; officer: Record<string, string> };
  MASTER_ROW_DROPPED: { text: string };
  OFFICER_EDIT_KEPT: { column: string; officer: string; list: string };
  OFFICER_EDIT_REPLACED: { column: string; officer: string; list: string };
  /** The rows the form holds so far. */
  FORM_IN_PROGRESS: { rows: number };
  /** The sheet row of the later response that replaces this one. */
  RESPONSE_REPLACED: { otherRow: number };
}

interface FindingOf<C extends Code> {
  code: C;
  severity: (typeof CODES)[C];
  /** The sheet's 1-based row number; null for the whole list. */
  row: number | null;
  /** Column letter (“C”); null when the finding is about a row or the whole list. */
  column: string | null;
  /** Vietnamese, for the officer. */
  message: string;
  params: Params[C];
}

/** A finding of any code; testing `code` narrows `params`. */
export type Finding = { [C in Code]: FindingOf<C> }[Code];

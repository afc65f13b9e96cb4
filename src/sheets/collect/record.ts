// The “Phát biểu mẫu” sheet: one row per unit that has a form on Drive — its link, whom it is shared with, when,
// any problem, and the file's id. The tool's own record (title in A1), visible to the officer; rows are updated in
// place and new units appended, so columns the officer adds on the right stay on their unit's row.
import { cellText } from '../../domain/grid';
import { foldKey } from '../../domain/text';
import { findOwnSheet, freeSheetName } from '../read';
import { COLLECT_TEXT } from './texts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface FormRecord {
  unit: string;
  url: string;
  /** The addresses the tool shared the form with (what the next run compares with the config). */
  sharedWith: string[];
  at: string;
  note: string;
  fileId: string;
}

/** Rows before the data: title, hint, header. */
const HEAD = 3;
const WIDTH = COLLECT_TEXT.recordHead.length;

export class RecordSheet {
  private values: string[][];
  private constructor(readonly sheet: Sheet) {
    const all = sheet.getDataRange().getValues();
    this.values = all.slice(HEAD).map((r) => Array.from({ length: WIDTH }, (_, i) => cellText(r[i] as never)));
  }

  /** Ours: A1 holds our title (an officer's sheet of the same name is never taken). */
  static find(ss: Spreadsheet): RecordSheet | null {
    const sheet = findOwnSheet(ss, COLLECT_TEXT.recordSheet, COLLECT_TEXT.recordTitle);
    return sheet ? new RecordSheet(sheet) : null;
  }

  static open(ss: Spreadsheet): RecordSheet {
    const found = RecordSheet.find(ss);
    if (found) return found;
    const sheet = ss.insertSheet(freeSheetName(ss, COLLECT_TEXT.recordSheet), ss.getSheets().length);
    const head = [
      [COLLECT_TEXT.recordTitle, ...Array(WIDTH - 1).fill('')],
      [COLLECT_TEXT.recordHint, ...Array(WIDTH - 1).fill('')],
      [...COLLECT_TEXT.recordHead],
    ];
    sheet.getRange(1, 1, HEAD, WIDTH).setNumberFormat('@').setValues(head);
    sheet.getRange(1, 1, 1, 1).setFontWeight('bold');
    sheet.getRange(HEAD, 1, 1, WIDTH).setFontWeight('bold').setBackground('#e8f0fe');
    sheet.setFrozenRows(HEAD);
    [6, 40, 60, 40, 22, 50, 30].forEach((w, i) => sheet.setColumnWidth(i + 1, w * 7));
    return new RecordSheet(sheet);
  }

  /** Every unit's record, by folded unit name. */
  records(): Map<string, FormRecord> {
    const out = new Map<string, FormRecord>();
    for (const r of this.values) {
      if (!r[1]) continue;
      out.set(foldKey(r[1]), {
        unit: r[1],
        url: r[2],
        sharedWith: r[3]
          .split(/[;,\s]+/)
          .map((x) => x.trim())
          .filter(Boolean),
        at: r[4],
        note: r[5],
        fileId: r[6],
      });
    }
    return out;
  }

  /** The unit on a sheet row (1-based), or null. */
  unitAtRow(row: number): string | null {
    return this.values[row - HEAD - 1]?.[1] || null;
  }

  /** Updates the units' rows in place, appends the new ones: one read (made when opened) and one write. */
  write(records: FormRecord[]): void {
    if (!records.length) return;
    for (const rec of records) {
      const cells = ['', rec.unit, rec.url, rec.sharedWith.join('; '), rec.at, rec.note, rec.fileId];
      const at = this.values.findIndex((r) => r[1] && foldKey(r[1]) === foldKey(rec.unit));
      if (at >= 0) this.values[at] = cells;
      else this.values.push(cells);
    }
    const rows = this.values.map((r, i) => [i + 1, ...r.slice(1)]);
    const formats = rows.map(() => ['0', ...Array(WIDTH - 1).fill('@')]);
    const max = this.sheet.getMaxRows();
    if (max < HEAD + rows.length) this.sheet.insertRowsAfter(max, HEAD + rows.length - max);
    const range = this.sheet.getRange(HEAD + 1, 1, rows.length, WIDTH);
    range.setNumberFormats(formats);
    range.setValues(rows);
  }
}

// What the collection menus remember between calls and runs (the distribution job, the Google Form's id, the folder
// used last), in one hidden sheet: row 1 our title, then one row per key — the key, a chunk count, and the JSON in
// chunks of ≤ 40,000 characters, every cell plain text starting with “|” so that nothing is ever read as a number.
import { CHUNK } from '../job-store';
import { findOwnSheet, freeSheetName } from '../read';
import { COLLECT_TEXT } from './texts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const MARK = '|';

/** The distribution folder last used (the aggregation offers it as its default source). */
export interface FolderMemo {
  id: string;
  resourceKey: string | null;
  name: string;
}

export const FOLDER_KEY = 'distribution-folder';

/** A folder's link as the officer pastes it. */
export function folderLink(f: FolderMemo): string {
  return `https://drive.google.com/drive/folders/${f.id}${f.resourceKey ? `?resourcekey=${f.resourceKey}` : ''}`;
}

export class CollectStore {
  private rows: unknown[][];
  private constructor(private readonly sheet: Sheet) {
    this.rows = sheet.getDataRange().getValues();
  }

  /** The store (ours: A1 holds our title), or null when there is none. */
  static find(ss: Spreadsheet): CollectStore | null {
    const sheet = findOwnSheet(ss, COLLECT_TEXT.storeSheet, COLLECT_TEXT.storeTitle);
    return sheet ? new CollectStore(sheet) : null;
  }

  /** The store, created hidden when missing (an officer's sheet of that name is left alone). */
  static open(ss: Spreadsheet): CollectStore {
    const found = CollectStore.find(ss);
    if (found) return found;
    const sheet = ss.insertSheet(freeSheetName(ss, COLLECT_TEXT.storeSheet), ss.getSheets().length);
    sheet.getRange(1, 1).setNumberFormat('@').setValue(COLLECT_TEXT.storeTitle);
    sheet.hideSheet();
    return new CollectStore(sheet);
  }

  get<T>(key: string): T | null {
    const row = this.rows.find((r) => r[0] === MARK + key);
    if (!row) return null;
    const n = Number(String(row[1]).slice(1));
    let json = '';
    for (let i = 0; i < n; i++) {
      const part = row[2 + i];
      if (typeof part !== 'string' || !part.startsWith(MARK)) return null;
      json += part.slice(1);
    }
    try {
      return JSON.parse(json) as T;
    } catch {
      return null;
    }
  }

  /** Writes one key's row (one call for the values, one for their format); null removes the value. */
  set(key: string, value: unknown): void {
    const json = value === null ? '' : JSON.stringify(value);
    const chunks: string[] = [];
    for (let at = 0; at < json.length; ) {
      let end = Math.min(at + CHUNK, json.length);
      const c = json.charCodeAt(end - 1);
      if (end < json.length && c >= 0xd800 && c <= 0xdbff) end--; // never split a surrogate pair
      chunks.push(MARK + json.slice(at, end));
      at = end;
    }
    let index = this.rows.findIndex((r) => r[0] === MARK + key);
    if (index < 0) index = Math.max(this.rows.length, 1);
    const width = Math.max(2 + chunks.length, this.rows[index]?.length ?? 0);
    const cells = [MARK + key, MARK + chunks.length, ...chunks];
    while (cells.length < width) cells.push('');
    const maxCols = this.sheet.getMaxColumns();
    if (maxCols < width) this.sheet.insertColumnsAfter(maxCols, width - maxCols);
    this.sheet.getRange(index + 1, 1, 1, width).setNumberFormat('@').setValues([cells]);
    while (this.rows.length <= index) this.rows.push([]);
    this.rows[index] = cells;
  }
}

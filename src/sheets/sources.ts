// Aggregation sources in Apps Script: the other tabs of this spreadsheet, or a Drive folder of Google Sheets
// and .xlsx files. Listing is cheap; reading one source is one batched read per sheet (or one unzip).
import type { SourceInput, SourceRef } from '../domain/aggregate';
import type { Config } from '../domain/config';
import type { Grid } from '../domain/grid';
import { readMaster } from '../domain/master';
import { collator } from '../domain/text';
import { validateList } from '../domain/validate';
import { fileKind, readXlsx, visibleXlsxSheets, XLSX_PART } from '../domain/xlsx-grid';
import { CONFIG_SHEET_NAME } from '../domain/config-sheet';
import { UserError } from './errors';
import { META_SHEET } from './generate/meta-sheet';
import type { SourceItem } from './job-store';
import { readSheet } from './read';
import { TEXT } from './texts';
import { openFile, openFolder, openSpreadsheet } from './drive';
import { parseFolderId, parseFolderRef } from './ui/shared';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const MIME_SHEETS = 'application/vnd.google-apps.spreadsheet';
export const MIME_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sheets the add-in itself keeps; never read as sources. */
function isOwnSheetName(name: string): boolean {
  const own = [CONFIG_SHEET_NAME, TEXT.resultsSheet, TEXT.marksSheet, TEXT.jobSheet, META_SHEET];
  return own.some((n) => name === n || name.startsWith(`${n} (`)) || name.endsWith(TEXT.writingSuffix);
}

/** The visible tabs that may hold a list: not ours (config, results, outputs by id, temporary ones). */
export function listTabs(ss: Spreadsheet, outputIds: Set<number>): SourceItem[] {
  const items: SourceItem[] = [];
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (isOwnSheetName(name) || sheet.isSheetHidden()) continue;
    const sheetId = sheet.getSheetId();
    if (!outputIds.has(sheetId)) items.push({ kind: 'tab', sheetId, name });
  }
  return items;
}

// The dialog checks a folder link with the same function before it calls the server.
export { parseFolderId };

/** The folder's Google Sheets and .xlsx files (not sub-folders, not this spreadsheet), by name. */
export function listFolder(input: string, selfId: string): { name: string; items: SourceItem[] } {
  const ref = parseFolderRef(input);
  if (!ref) throw new UserError(TEXT.badFolder(input.trim()));
  let folder: GoogleAppsScript.Drive.Folder;
  try {
    folder = openFolder(ref);
  } catch (e) {
    throw new UserError(TEXT.folderNotOpened(ref.id, errorText(e)));
  }
  const name = folder.getName();
  const items: SourceItem[] = [];
  const files = folder.getFiles();
  while (files.hasNext()) {
    const f = files.next();
    const fileName = f.getName();
    if (fileName.startsWith('~$') || fileName.startsWith('.')) continue; // Excel lock files, hidden files
    const mime = f.getMimeType();
    const kind = mime === MIME_SHEETS ? 'sheets' : mime === MIME_XLSX || /\.xlsx$/i.test(fileName) ? 'xlsx' : null;
    if (!kind) continue;
    const fileId = f.getId();
    if (fileId === selfId) continue;
    items.push({ kind, id: fileId, name: fileName, modified: f.getLastUpdated().getTime(), resourceKey: f.getResourceKey() });
  }
  if (!items.length) throw new UserError(TEXT.folderEmpty(name));
  items.sort((a, b) => collator.compare(a.name, b.name));
  return { name, items };
}

export function errorText(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).replace(/^Exception:\s*/, '');
}

/** A master list or a list on one sheet; null when the sheet holds neither. */
function classify(grid: Grid, source: SourceRef, config: Config, hints: string[], modified: number | null): SourceInput | null {
  const rows = readMaster(grid, config);
  if (rows) return { kind: 'master', source, rows, modified };
  const result = validateList(grid, config, { hints });
  return result.header ? { kind: 'list', source, result, modified } : null;
}

const fileHint = (name: string) => name.replace(/\.xlsx$/i, '').replace(/[-_]+/g, ' ');

/**
 * Reads one source. A tab gives its list or nothing (an untouched form counts as nothing); a file gives one
 * input per sheet that holds a list, `empty` when none does, `unreadable` (naming the file) when it cannot be read.
 */
export function readSource(ss: Spreadsheet, file: string, item: SourceItem, config: Config, tz: () => string | null): SourceInput[] {
  if (item.kind === 'tab') {
    const sheet = ss.getSheetById(item.sheetId);
    if (!sheet) return [{ kind: 'unreadable', source: { file, sheet: item.name }, error: TEXT.tabGone(item.name) }];
    const name = sheet.getName();
    const input = classify(readSheet(sheet, tz).grid, { file, sheet: name }, config, [name], null);
    if (!input || (input.kind === 'list' && !input.result.models.length && !input.result.unit)) return [];
    return [input];
  }
  const unreadable = (error: string): SourceInput[] => [{ kind: 'unreadable', source: { file: item.name, sheet: null }, error }];
  const found: SourceInput[] = [];
  if (item.kind === 'sheets') {
    let other: Spreadsheet;
    try {
      other = openSpreadsheet({ id: item.id, resourceKey: item.resourceKey ?? null });
    } catch (e) {
      return unreadable(TEXT.fileNotOpened(item.name, errorText(e)));
    }
    let zone: string | null | undefined;
    const otherTz = () => (zone === undefined ? (zone = other.getSpreadsheetTimeZone() || null) : zone);
    const sheets = other.getSheets();
    const visible = sheets.filter((s) => !s.isSheetHidden());
    for (const sheet of visible.length ? visible : sheets) {
      const name = sheet.getName();
      const input = classify(readSheet(sheet, otherTz).grid, { file: item.name, sheet: name }, config, [name, fileHint(item.name)], item.modified);
      if (input) found.push(input);
    }
  } else {
    let blob: GoogleAppsScript.Base.Blob;
    try {
      blob = openFile({ id: item.id, resourceKey: item.resourceKey ?? null }).getBlob();
    } catch (e) {
      return unreadable(TEXT.fileNotOpened(item.name, errorText(e)));
    }
    let entries: GoogleAppsScript.Base.Blob[];
    try {
      entries = Utilities.unzip(blob.setContentType('application/zip'));
    } catch {
      const kind = fileKind(blob.getBytes().slice(0, 8));
      return unreadable(
        kind === 'cfb' ? TEXT.fileCfb(item.name) : kind === 'empty' ? TEXT.fileEmpty(item.name) : kind === 'zip' ? TEXT.fileCorrupt(item.name) : TEXT.fileNotXlsx(item.name),
      );
    }
    const parts: Record<string, string> = {};
    for (const entry of entries) {
      const path = entry.getName() ?? '';
      if (XLSX_PART.test(path)) parts[path] = entry.getDataAsString('UTF-8').replace(/^\uFEFF/, '');
    }
    let sheets;
    try {
      sheets = visibleXlsxSheets(readXlsx(parts));
    } catch {
      return unreadable(TEXT.fileCorrupt(item.name));
    }
    for (const s of sheets) {
      const input = classify(s.grid, { file: item.name, sheet: s.name }, config, [s.name, fileHint(item.name)], item.modified);
      if (input) found.push(input);
    }
  }
  return found.length ? found : [{ kind: 'empty', source: { file: item.name, sheet: null } }];
}

// Aggregation sources in Apps Script: the other tabs of this spreadsheet, or a Drive folder of Google Sheets
// and .xlsx files (every other item named with why it is not read). Listing is cheap; reading one source is one
// batched read per sheet (or one unzip).
import type { SourceInput, SourceRef } from '../domain/aggregate';
import type { Config } from '../domain/config';
import type { Grid } from '../domain/grid';
import { collator } from '../domain/text';
import { readWorkbook, XlsxError } from '../domain/xlsx-grid';
import { sheetSources, visibleSheets, workbookSources, type WorkbookSheet } from '../domain/workbook';
import { MASTER_SHEET } from '../domain/master';
import { NO_PHASE_TABLE, phaseOfWorkbook, type PreviousPhase } from '../domain/previous-phase';
import { FORM_MARKER_SHEET } from '../domain/form-marker';
import { fromSignedBytes } from './bytes';
import { CONFIG_SHEET_NAME } from '../domain/config-sheet';
import { isSilentSkip, skipReason, subfolderText, WORKBOOK_NAME } from '../domain/files';
import { UserError } from './errors';
import { META_SHEET } from './generate/meta-sheet';
import type { SourceItem } from './job-store';
import { readSheet } from './read';
import { TEXT } from './texts';
import { COLLECT_TEXT } from './collect/texts';
import { openFile, openFolder, openSpreadsheet } from './drive';
import { parseFileRef, parseFolderId, parseFolderRef } from './ui/shared';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const MIME_SHEETS = 'application/vnd.google-apps.spreadsheet';
export const MIME_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sheets the add-in itself keeps; never read as sources. */
function isOwnSheetName(name: string): boolean {
  const own = [CONFIG_SHEET_NAME, TEXT.resultsSheet, TEXT.marksSheet, TEXT.jobSheet, META_SHEET, COLLECT_TEXT.recordSheet, COLLECT_TEXT.storeSheet];
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

const MIME_FOLDER = 'application/vnd.google-apps.folder';
const MIME_SHORTCUT = 'application/vnd.google-apps.shortcut';
/** Google's own file types that are not spreadsheets, by the words officers see in Drive. */
const GOOGLE_KINDS: Record<string, string> = {
  'application/vnd.google-apps.document': 'Google Tài liệu',
  'application/vnd.google-apps.presentation': 'Google Trang trình bày',
  'application/vnd.google-apps.form': 'Google Biểu mẫu',
  'application/vnd.google-apps.drawing': 'Google Bản vẽ',
  'application/vnd.google-apps.jam': 'Google Jamboard',
  'application/vnd.google-apps.site': 'Google Sites',
  'application/vnd.google-apps.script': 'Apps Script',
};
/** The extension of a file type, for a file whose name has none (skipReason decides by name). */
const MIME_EXTENSIONS: Record<string, string> = {
  'application/vnd.ms-excel': 'xls',
  'application/vnd.ms-excel.sheet.binary.macroenabled.12': 'xlsb',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'text/csv': 'csv',
  'application/pdf': 'pdf',
};

/** Why a file of a folder is not read: by its type for Google's own files, else by its name as the CLI says it. */
function notReadReason(name: string, mime: string | null): string {
  const google = mime ? GOOGLE_KINDS[mime] : undefined;
  if (google) return TEXT.googleFileSkipped(name, google);
  if (mime?.startsWith('application/vnd.google-apps.')) return TEXT.googleFileSkipped(name, 'Google');
  const ext = mime && !/\.[^./\\]+$/.test(name) ? MIME_EXTENSIONS[mime.toLowerCase()] : undefined;
  if (ext) {
    // “Danh sách” typed .xls: the words for an .xls, about the name as it is.
    const withExt = `${name}.${ext}`;
    const reason = skipReason(withExt);
    if (reason) return name + reason.slice(withExt.length);
  }
  return skipReason(name) ?? `${name}: không đọc.`;
}

/** How an item of the folder is read, from its type and name: a Google Sheet, an .xlsx, or not at all. */
function kindOf(name: string, mime: string | null): 'sheets' | 'xlsx' | null {
  if (mime === MIME_SHEETS) return 'sheets';
  return mime === MIME_XLSX || WORKBOOK_NAME.test(name) ? 'xlsx' : null;
}

/**
 * Every item of the folder, by name: its Google Sheets and .xlsx files are read, and so are shortcuts to them (under
 * the shortcut's name); everything else — an old .xls, an .ods, a .csv, a PDF, another Google file, a shortcut to
 * anything else, a sub-folder, this very spreadsheet — is a `skipped` item with the reason, reported in “Kiểm tra”
 * and in the summary. Only Excel's `~$` lock files and hidden files are left out without a word (isSilentSkip).
 * A folder with nothing to read says so, listing what it holds.
 */
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
    if (isSilentSkip(fileName)) continue; // Excel lock files, hidden files
    const mime = f.getMimeType();
    if (mime === MIME_SHORTCUT) {
      items.push(shortcutItem(f, fileName, selfId));
      continue;
    }
    const kind = kindOf(fileName, mime);
    const fileId = f.getId();
    if (fileId === selfId) items.push({ kind: 'skipped', name: fileName, reason: TEXT.selfSkipped(fileName) });
    else if (kind) items.push({ kind, id: fileId, name: fileName, modified: f.getLastUpdated().getTime(), resourceKey: f.getResourceKey() });
    else items.push({ kind: 'skipped', name: fileName, reason: notReadReason(fileName, mime) });
  }
  const folders = folder.getFolders();
  while (folders.hasNext()) {
    const sub = folders.next().getName();
    if (!isSilentSkip(sub)) items.push({ kind: 'skipped', name: sub, reason: subfolderText(sub) });
  }
  items.sort((a, b) => collator.compare(a.name, b.name));
  if (!items.some((i) => i.kind !== 'skipped')) {
    const skipped = items.flatMap((i) => (i.kind === 'skipped' ? [i.reason] : []));
    throw new UserError(skipped.length ? TEXT.folderNothingToRead(name, skipped) : TEXT.folderEmpty(name));
  }
  return { name, items };
}

/** A shortcut is read as its target would be, named by the shortcut; its date is the target's when it can be seen. */
function shortcutItem(f: GoogleAppsScript.Drive.File, name: string, selfId: string): SourceItem {
  const id = f.getTargetId();
  const mime = f.getTargetMimeType();
  if (!id) return { kind: 'skipped', name, reason: TEXT.shortcutBroken(name) };
  if (id === selfId) return { kind: 'skipped', name, reason: TEXT.selfSkipped(name) };
  if (mime === MIME_FOLDER) return { kind: 'skipped', name, reason: TEXT.shortcutToFolder(name) };
  const kind = kindOf(name, mime);
  if (!kind) return { kind: 'skipped', name, reason: notReadReason(name, mime) };
  const resourceKey = f.getTargetResourceKey();
  let modified: number;
  try {
    modified = openFile({ id, resourceKey }).getLastUpdated().getTime();
  } catch {
    modified = f.getLastUpdated().getTime(); // the target cannot be opened: reading it will say why
  }
  return { kind, id, name, modified, resourceKey };
}

export function errorText(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).replace(/^Exception:\s*/, '');
}

/**
 * Reads one source. A tab gives its list or nothing (an untouched form counts as nothing); a file gives one
 * input per sheet that holds a list, `empty` when none does, `unreadable` (naming the file) when it cannot be read.
 */
export function readSource(ss: Spreadsheet, file: string, item: SourceItem, config: Config, tz: () => string | null): SourceInput[] {
  if (item.kind !== 'skipped' && item.phase) return readPhase(ss, file, item, tz);
  if (item.kind === 'skipped') return [{ kind: 'skipped', source: { file: item.name, sheet: null }, reason: item.reason }];
  if (item.kind === 'tab') {
    const sheet = ss.getSheetById(item.sheetId);
    if (!sheet) return [{ kind: 'unreadable', source: { file, sheet: item.name }, error: TEXT.tabGone(item.name) }];
    const name = sheet.getName();
    // A list, a master list, or a Google Form's responses sheet (one list per unit); an untouched form is nothing.
    return sheetSources(readSheet(sheet, tz).grid, { file, sheet: name }, config, [name], null).filter(
      (input) => !(input.kind === 'list' && !input.result.models.length && !input.result.unit),
    );
  }
  const unreadable = (error: string): SourceInput[] => [{ kind: 'unreadable', source: { file: item.name, sheet: null }, error }];
  if (item.kind === 'sheets') {
    let other: Spreadsheet;
    try {
      other = openSpreadsheet({ id: item.id, resourceKey: item.resourceKey ?? null });
    } catch (e) {
      return unreadable(TEXT.fileNotOpened(item.name, errorText(e)));
    }
    let zone: string | null | undefined;
    const otherTz = () => (zone === undefined ? (zone = other.getSpreadsheetTimeZone() || null) : zone);
    // The visible sheets (all when every one is hidden), and the marker of a form made for one unit (a hidden sheet).
    const all = other.getSheets().map((sheet) => ({ sheet, name: sheet.getName(), hidden: sheet.isSheetHidden() }));
    const allHidden = all.every((x) => x.hidden);
    const sheets: WorkbookSheet[] = all.map(({ sheet, name, hidden }) =>
      hidden && !allHidden && name !== FORM_MARKER_SHEET
        ? { name, hidden, grid: { values: [], merges: [] } } // never read: only the sheets an officer sees count
        : { name, hidden, grid: readSheet(sheet, otherTz, { merges: !hidden || allHidden }).grid },
    );
    return workbookSources(item.name, sheets, config, item.modified);
  } else {
    let blob: GoogleAppsScript.Base.Blob;
    try {
      blob = openFile({ id: item.id, resourceKey: item.resourceKey ?? null }).getBlob();
    } catch (e) {
      return unreadable(TEXT.fileNotOpened(item.name, errorText(e)));
    }
    // The same reader as the CLI, on the file's bytes: same Grid for the same bytes, sizes checked before inflating.
    let sheets;
    try {
      sheets = readWorkbook(fromSignedBytes(blob.getBytes()));
    } catch (e) {
      if (e instanceof XlsxError) return unreadable(e.text(item.name));
      throw e;
    }
    return workbookSources(item.name, sheets, config, item.modified);
  }
}


/**
 * The previous phase the officer named: a tab of this spreadsheet (by its name), or a Google Sheet or an .xlsx file on
 * Drive (by link or id). Checked when the job starts, so a wrong name is said before anything is read.
 */
export function phaseItem(ss: Spreadsheet, input: string): SourceItem {
  const text = input.trim();
  const tab = ss.getSheetByName(text);
  if (tab) return { kind: 'tab', sheetId: tab.getSheetId(), name: tab.getName(), phase: true };
  const ref = parseFileRef(text);
  if (!ref) throw new UserError(TEXT.badPhase(text));
  let f: GoogleAppsScript.Drive.File;
  try {
    f = openFile(ref);
  } catch (e) {
    throw new UserError(TEXT.phaseNotOpened(ref.id, errorText(e)));
  }
  const name = f.getName();
  if (f.getId() === ss.getId()) throw new UserError(TEXT.phaseIsSelf(name));
  const kind = kindOf(name, f.getMimeType());
  if (!kind) throw new UserError(TEXT.phaseNotWorkbook(name));
  return { kind, id: f.getId(), name, modified: f.getLastUpdated().getTime(), resourceKey: ref.resourceKey, phase: true };
}

/** Whether two items are the same tab or the same file (the previous phase is then not also a source). */
export const sameItem = (a: SourceItem, b: SourceItem) =>
  a.kind === 'tab' ? b.kind === 'tab' && a.sheetId === b.sheetId : a.kind !== 'skipped' && b.kind !== 'skipped' && b.kind !== 'tab' && a.id === b.id;

/** The previous phase's models (phaseOfWorkbook): a tab, a Google Sheet (its sheets read one by one until one holds them), or an .xlsx. */
function readPhase(ss: Spreadsheet, file: string, item: Exclude<SourceItem, { kind: 'skipped' }>, tz: () => string | null): SourceInput[] {
  const found = (phase: PreviousPhase | null, name: string): SourceInput[] =>
    phase ? [{ kind: 'phase', phase }] : [{ kind: 'unreadable', source: { file: name, sheet: null }, error: NO_PHASE_TABLE(name) }];
  if (item.kind === 'tab') {
    const sheet = ss.getSheetById(item.sheetId);
    if (!sheet) return [{ kind: 'unreadable', source: { file, sheet: item.name }, error: TEXT.tabGone(item.name) }];
    return found(phaseOfWorkbook(file, [{ name: sheet.getName(), hidden: false, grid: readSheet(sheet, tz, { merges: false }).grid }]), `${file}, trang “${sheet.getName()}”`);
  }
  const unreadable = (error: string): SourceInput[] => [{ kind: 'unreadable', source: { file: item.name, sheet: null }, error }];
  if (item.kind === 'sheets') {
    let other: Spreadsheet;
    try {
      other = openSpreadsheet({ id: item.id, resourceKey: item.resourceKey ?? null });
    } catch (e) {
      return unreadable(TEXT.fileNotOpened(item.name, errorText(e)));
    }
    const otherTz = () => other.getSpreadsheetTimeZone() || null;
    const sheets = visibleSheets(other.getSheets().map((sheet) => ({ sheet, hidden: sheet.isSheetHidden() })));
    const ordered = [...sheets.filter((s) => s.sheet.getName() === MASTER_SHEET), ...sheets.filter((s) => s.sheet.getName() !== MASTER_SHEET)];
    for (const { sheet } of ordered) {
      const phase = phaseOfWorkbook(item.name, [{ name: sheet.getName(), hidden: false, grid: readSheet(sheet, otherTz, { merges: false }).grid }]);
      if (phase) return found(phase, item.name);
    }
    return found(null, item.name);
  }
  let bytes: number[];
  try {
    bytes = openFile({ id: item.id, resourceKey: item.resourceKey ?? null }).getBlob().getBytes();
  } catch (e) {
    return unreadable(TEXT.fileNotOpened(item.name, errorText(e)));
  }
  try {
    return found(phaseOfWorkbook(item.name, readWorkbook(fromSignedBytes(bytes))), item.name);
  } catch (e) {
    if (e instanceof XlsxError) return unreadable(e.text(item.name));
    throw e;
  }
}

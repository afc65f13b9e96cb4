// The “Văn bản” sheet: the document metadata (the meta.json contract, one key–value row per key) and the dialog's
// last choices, remembered in the spreadsheet. Read back with parseMeta, so a bad value is named by its key.
import { cellText, type Cell } from '../../domain/grid';
import { findOwnSheet, fitRows, ownSheet, readSheet } from '../read';
import type { GenerateSettings } from './api';
import { KNOWN, META_KEYS, SETTING_KEYS } from './meta-fields';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const META_SHEET = 'Văn bản';
/** A1 of our sheet starts with this, so an officer's own sheet named “Văn bản” is never taken for ours. */
export const META_MARKER = 'THÔNG TIN VĂN BẢN';
const TITLE = `${META_MARKER} do công cụ “Dân vận khéo” ghi nhớ để soạn văn bản. Sửa ở cột “Giá trị”, mỗi dòng một khóa; danh sách (nơi nhận, căn cứ) mỗi dòng một mục.`;
const HEADER = ['Khóa', 'Giá trị', 'Ý nghĩa'];

/** The dialog's choices, as rows after the metadata. */
const SETTING_ROWS: { key: string; hint: string }[] = [
  { key: 'mau_van_ban', hint: 'mẫu có sẵn (ke-hoach, huong-dan, danh-sach, bao-cao, quyet-dinh) hoặc đường liên kết tệp .docx trên Google Drive' },
  { key: 'du_lieu', hint: 'tong-hop: trang “Tổng hợp”; trang-tinh: các danh sách trong các trang tính của tệp này' },
  { key: 'thu_muc_luu', hint: 'đường liên kết hoặc mã thư mục Google Drive để lưu văn bản' },
  { key: 'moi_mo_hinh_mot_van_ban', hint: 'có: mỗi mô hình một văn bản, gộp trong một tệp in' },
  { key: 'ban_google_docs', hint: 'có: lưu thêm bản Google Tài liệu' },
  { key: 'ban_pdf', hint: 'có: lưu thêm bản PDF' },
];

export const DEFAULT_SETTINGS: GenerateSettings = { template: 'danh-sach', data: 'master', folder: '', each: false, doc: false, pdf: false };

const yes = (s: string | undefined) => /^(có|co|x|true|1|yes)$/i.test((s ?? '').trim());
const yesNo = (b: boolean) => (b ? 'có' : 'không');

function settingsFrom(v: Record<string, string>): GenerateSettings {
  return {
    template: v.mau_van_ban || DEFAULT_SETTINGS.template,
    data: v.du_lieu === 'trang-tinh' ? 'tabs' : 'master',
    folder: v.thu_muc_luu ?? '',
    each: yes(v.moi_mo_hinh_mot_van_ban),
    doc: yes(v.ban_google_docs),
    pdf: yes(v.ban_pdf),
  };
}

function settingValues(s: GenerateSettings): Record<string, string> {
  return {
    mau_van_ban: s.template,
    du_lieu: s.data === 'tabs' ? 'trang-tinh' : 'tong-hop',
    thu_muc_luu: s.folder,
    moi_mo_hinh_mot_van_ban: yesNo(s.each),
    ban_google_docs: yesNo(s.doc),
    ban_pdf: yesNo(s.pdf),
  };
}

/** Our “Văn bản” sheet, or null; an officer's own sheet of that name is passed over (ours is then “Văn bản (2)”…). */
export function findMetaSheet(ss: Spreadsheet): Sheet | null {
  return findOwnSheet(ss, META_SHEET, META_MARKER);
}

/** A cell as the text the officer sees: a date cell as YYYY-MM-DD, line breaks kept. */
function valueText(c: Cell): string {
  if (typeof c === 'string') return c.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  if (typeof c === 'boolean') return yesNo(c);
  return cellText(c);
}

export interface StoredMeta {
  /** Every non-blank key of the sheet but the dialog's choices (unknown keys included, so parseMeta names them). */
  values: Record<string, string>;
  settings: GenerateSettings;
  sheetName: string | null;
}

/** One getValues of the sheet; nothing is created when there is none yet. */
export function readStoredMeta(ss: Spreadsheet, tz: () => string | null): StoredMeta {
  const sheet = findMetaSheet(ss);
  if (!sheet) return { values: {}, settings: { ...DEFAULT_SETTINGS }, sheetName: null };
  const { grid } = readSheet(sheet, tz, { merges: false });
  const all: Record<string, string> = {};
  const header = grid.values.findIndex((r) => cellText(r[0]) === HEADER[0] && cellText(r[1]) === HEADER[1]);
  for (const row of grid.values.slice(header + 1)) {
    const key = cellText(row[0]);
    const value = valueText(row[1] ?? null);
    if (key && value) all[key] = value;
  }
  const values: Record<string, string> = {};
  const settings: Record<string, string> = {};
  for (const [k, v] of Object.entries(all)) (SETTING_KEYS.has(k) ? settings : values)[k] = v;
  return { values, settings: settingsFrom(settings), sheetName: sheet.getName() };
}

/** Writes every key (blank ones too, so the officer sees them all) and the choices: a fixed number of calls. */
export function writeStoredMeta(ss: Spreadsheet, values: Record<string, string>, settings: GenerateSettings): Sheet {
  const { sheet, created } = ownSheet(ss, META_SHEET, META_MARKER);
  const extra = Object.keys(values).filter((k) => !META_KEYS.includes(k) && !SETTING_KEYS.has(k));
  const rows: string[][] = [
    [TITLE, '', ''],
    HEADER,
    ...[...META_KEYS, ...extra].map((k) => [k, values[k] ?? '', KNOWN[k] ? `${KNOWN[k].label}: ${KNOWN[k].hint}` : '']),
    ['', '', ''],
    ...Object.entries(settingValues(settings)).map(([k, v]) => [k, v, SETTING_ROWS.find((r) => r.key === k)!.hint]),
  ];
  fitRows(sheet, rows.length);
  const range = sheet.getRange(1, 1, rows.length, 3);
  range.setNumberFormat('@'); // plain text: nothing typed here is turned into a number, date or formula
  range.setValues(rows);
  if (created) {
    range.setVerticalAlignment('top');
    sheet.getRange(2, 1, 1, 3).setFontWeight('bold');
    sheet.setFrozenRows(2);
    sheet.setColumnWidth(1, 190).setColumnWidth(2, 420).setColumnWidth(3, 520);
    sheet.getRange(1, 2, rows.length, 2).setWrap(true);
  }
  return sheet;
}

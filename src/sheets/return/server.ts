// “Trả lại danh sách”: checks the active list like “Kiểm tra danh sách” (cells marked, results rewritten), then shows
// the message for the unit (returnMessage) in a dialog with a copy button. The text goes in escaped, as text.
import { returnMessage } from '../../domain/return-message';
import { FORM_MARKER_SHEET, readFormMarker } from '../../domain/form-marker';
import { unitEmails } from '../../domain/reminders';
import { foldKey } from '../../domain/text';
import { FORM_SHEET } from '../collect/distribute';
import { RecordSheet } from '../collect/record';
import { boardIfAny, logOnBoard } from '../collect/remind';
import { requireScopes, SCOPES } from '../collect/scopes';
import { COLLECT_TEXT } from '../collect/texts';
import { loadConfig } from '../config';
import { stamp } from '../dates';
import { UserError } from '../errors';
import { readSheet } from '../read';
import { errorText } from '../sources';
import { checkSheet } from '../validate';

/** The dialog's file in build/gas (made by scripts/build.mjs); its placeholders are filled here. */
export const RETURN_DIALOG_FILE = 'ReturnDialog';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export const RETURN_TEXT = {
  title: 'Trả lại danh sách cho đơn vị',
  file: (spreadsheet: string, sheet: string) => `${spreadsheet}, trang “${sheet}”`,
  summary: (sheet: string, errors: number, warnings: number) =>
    errors + warnings === 0
      ? `Trang “${sheet}” không có lỗi hay cảnh báo nào: có thể báo đơn vị là danh sách đạt yêu cầu.`
      : `Trang “${sheet}”: ${errors} lỗi, ${warnings} cảnh báo; các ô cần sửa đã được tô màu và ghi chú. Gửi kèm tệp (hoặc đường liên kết) cho đơn vị cùng nội dung dưới đây.`,
} as const;

/** The built page with the summary and the message put in as escaped text. */
export function returnPage(template: string, summary: string, message: string): string {
  for (const p of ['<!-- summary -->', '<!-- message -->']) if (!template.includes(p)) throw new Error(`${RETURN_DIALOG_FILE}.html: no ${p} placeholder`);
  return template.replace('<!-- summary -->', () => escapeHtml(summary)).replace('<!-- message -->', () => escapeHtml(message));
}

export function returnActiveList(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  // On “Tình trạng nộp” or “Phát biểu mẫu”: the unit of the selected row, returned in its own form on Drive.
  const unit = unitOfSelectedRow(ss);
  if (unit !== null) return returnUnitForm(ss, unit);
  const outcome = checkSheet(ss, ss.getActiveSheet(), { mark: true });
  const findings = outcome.result.findings;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const message = returnMessage({ unit: outcome.result.unit?.name ?? null, file: RETURN_TEXT.file(ss.getName(), outcome.name), findings });
  showReturnDialog(RETURN_TEXT.summary(outcome.name, errors, findings.length - errors), message);
}

function showReturnDialog(summary: string, message: string): void {
  const template = HtmlService.createHtmlOutputFromFile(RETURN_DIALOG_FILE).getContent();
  const html = HtmlService.createHtmlOutput(returnPage(template, summary, message)).setWidth(600).setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(html, RETURN_TEXT.title);
}

/**
 * The unit of the selected row when the active sheet is our board (“Tình trạng nộp”) or our “Phát biểu mẫu”; null on
 * any other sheet (a list is returned as before). A row that is no unit's is a UserError.
 */
function unitOfSelectedRow(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string | null {
  const sheet = ss.getActiveSheet();
  const id = sheet.getSheetId();
  const record = RecordSheet.find(ss);
  const board = boardIfAny(ss);
  const onRecord = record && record.sheet.getSheetId() === id;
  const onBoard = board && board.sheet.getSheetId() === id;
  if (!onRecord && !onBoard) return null;
  const row = ss.getActiveRange()?.getRow() ?? 0;
  const unit = onRecord ? record!.unitAtRow(row) : board!.lines.find((l) => l.row === row)?.unit ?? null;
  if (!unit) throw new UserError(COLLECT_TEXT.returnNoRow);
  return unit;
}

/**
 * “Trả lại” on a unit that has a form on Drive: its findings marked and noted in the form itself (values never
 * changed), “Đã hoàn thành” unticked (the tool's own box, so that the list no longer counts until the unit ticks it
 * again), the return message e-mailed to the unit's addresses (within the day's quota) and logged on the board.
 */
function returnUnitForm(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, unit: string): void {
  requireScopes(SCOPES.sendMail);
  const tz = () => ss.getSpreadsheetTimeZone() || null;
  const { config } = loadConfig(ss, tz);
  const rec = RecordSheet.find(ss)?.records().get(foldKey(unit));
  if (!rec?.fileId) throw new UserError(COLLECT_TEXT.returnNoForm(unit));
  const to = unitEmails(config, unit);
  const ui = SpreadsheetApp.getUi();
  if (ui.alert(RETURN_TEXT.title, COLLECT_TEXT.returnConfirm(unit, to), ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
  let form: GoogleAppsScript.Spreadsheet.Spreadsheet;
  try {
    form = SpreadsheetApp.openById(rec.fileId);
  } catch (e) {
    throw new UserError(COLLECT_TEXT.returnFormGone(unit, errorText(e)));
  }
  const markerSheet = form.getSheetByName(FORM_MARKER_SHEET);
  const marker = markerSheet ? readFormMarker([{ name: FORM_MARKER_SHEET, grid: readSheet(markerSheet, tz, { merges: false }).grid }]) : null;
  const sheet = (marker && form.getSheetByName(marker.sheet)) || form.getSheetByName(FORM_SHEET);
  if (!sheet) throw new UserError(COLLECT_TEXT.returnFormGone(unit, FORM_SHEET));
  const outcome = checkSheet(form, sheet, { mark: true, config, unit: marker?.unit ?? unit, results: false });
  if (marker?.doneCell) sheet.getRange(marker.doneCell.row, marker.doneCell.col).setValue(false);
  const findings = outcome.result.findings;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const message =
    returnMessage({ unit, file: `biểu mẫu “${form.getName()}”`, findings }).replace(
      'Các ô cần sửa đã được tô màu và ghi chú trong tệp gửi kèm.',
      'Các ô cần sửa đã được tô màu và ghi chú ngay trong biểu mẫu của đơn vị; sửa xong, đề nghị tích lại ô “Đã hoàn thành, gửi cấp trên”.',
    ) + `\n\nBiểu mẫu của đơn vị: ${rec.url}`;
  let mailed = '';
  if (to.length) {
    const quota = MailApp.getRemainingDailyQuota();
    if (quota >= to.length) {
      MailApp.sendEmail({ to: to.join(','), subject: COLLECT_TEXT.returnSubject(unit), body: message, name: 'Dân vận khéo' });
      mailed = COLLECT_TEXT.returnMailed(to);
      const board = boardIfAny(ss);
      if (board) logOnBoard(board, [{ unit, entry: `${stamp(new Date(), tz())} (trả lại)` }]);
    } else mailed = COLLECT_TEXT.returnNoQuota(quota);
  }
  showReturnDialog(COLLECT_TEXT.returnSummary(unit, errors, findings.length - errors, mailed), message);
}

// “Trả lại danh sách”: checks the active list like “Kiểm tra danh sách” (cells marked, results rewritten), then shows
// the message for the unit (returnMessage) in a dialog with a copy button. The text goes in escaped, as text.
import { returnMessage } from '../../domain/return-message';
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
  const outcome = checkSheet(ss, ss.getActiveSheet(), { mark: true });
  const findings = outcome.result.findings;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const message = returnMessage({ unit: outcome.result.unit?.name ?? null, file: RETURN_TEXT.file(ss.getName(), outcome.name), findings });
  const template = HtmlService.createHtmlOutputFromFile(RETURN_DIALOG_FILE).getContent();
  const html = HtmlService.createHtmlOutput(returnPage(template, RETURN_TEXT.summary(outcome.name, errors, findings.length - errors), message))
    .setWidth(600)
    .setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(html, RETURN_TEXT.title);
}

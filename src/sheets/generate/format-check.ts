// “Kiểm tra thể thức văn bản” (menuCheckFormat): the officer pastes the link of a .docx on Drive; the document engine
// checks it against its rule pack (the same check as `dvk check-format`) and the problems are shown in a dialog,
// every text put in escaped.
import type { FormatProblem } from '../../domain/document/format';
import { fromSignedBytes } from '../bytes';
import { openFile } from '../drive';
import { UserError } from '../errors';
import { escapeHtml } from '../return/server';
import { errorText } from '../sources';
import { parseFileRef } from '../ui/shared';
import { docEngine } from './engine-loader';
import { MIME_GDOC } from './server';
import { FORMAT_TEXT } from './texts';

const STYLE =
  '<style>body{font:14px/1.45 Arial,sans-serif;margin:0 4px;color:#202124}ol{padding-left:22px}li{margin:0 0 10px}' +
  '.rule{font:12px monospace;color:#5f6368}.src{font-size:12px;color:#5f6368}.fix{font-size:12px;color:#137333}</style>';

function item(p: FormatProblem): string {
  const where = p.paragraph === null ? '' : ` <q>${escapeHtml(p.paragraph)}</q>:`;
  const fix = p.fixable ? ` <span class="fix">(${FORMAT_TEXT.fixable})</span>` : '';
  return (
    `<li><span class="rule">${escapeHtml(p.rule)}</span>${where} ${escapeHtml(p.message)}${fix}` +
    `<div class="src">${FORMAT_TEXT.source} ${escapeHtml(p.source)}</div></li>`
  );
}

/** The dialog's page: the heading, the summary, each problem. */
export function formatPage(name: string, pack: string, guessed: boolean, problems: readonly FormatProblem[]): string {
  const fixable = problems.filter((p) => p.fixable).length;
  const summary = problems.length ? FORMAT_TEXT.some(problems.length, fixable) : FORMAT_TEXT.none;
  return (
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">${STYLE}</head><body>` +
    `<p><b>${escapeHtml(FORMAT_TEXT.heading(name, pack, guessed))}</b></p><p>${escapeHtml(summary)}</p>` +
    (problems.length ? `<ol>${problems.map(item).join('')}</ol>` : '') +
    '</body></html>'
  );
}

export function checkFormatFromDrive(): void {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(FORMAT_TEXT.title, FORMAT_TEXT.ask, ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const input = answer.getResponseText().trim();
  if (!input) throw new UserError(FORMAT_TEXT.noLink);
  const ref = parseFileRef(input);
  if (!ref) throw new UserError(FORMAT_TEXT.badLink(input));
  let file: GoogleAppsScript.Drive.File;
  try {
    file = openFile(ref);
  } catch (e) {
    throw new UserError(FORMAT_TEXT.notOpened(ref.id, errorText(e)));
  }
  const name = file.getName();
  if (file.getMimeType() === MIME_GDOC) throw new UserError(FORMAT_TEXT.isGoogleDoc(name));
  const r = docEngine().checkFormat(fromSignedBytes(file.getBlob().getBytes()));
  if (!r.ok) throw new UserError(FORMAT_TEXT.unreadable(name, r.problems.map((p) => p.message)));
  const html = HtmlService.createHtmlOutput(formatPage(name, r.report.pack.name, r.report.guessed, r.report.problems)).setWidth(640).setHeight(560);
  ui.showModalDialog(html, FORMAT_TEXT.title);
}

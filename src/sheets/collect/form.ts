// “Tạo Google Form đăng ký”: one Google Form for every unit, its questions made from the config (formQuestions in
// the domain), its responses sent to a sheet of this spreadsheet (which “Tổng hợp danh sách” reads as a source).
// Run again after the config changed, it updates the same Form — the unit and field choices, the columns' questions
// — instead of making a new one; a question whose column left the config is kept (its answers stay) and named.
import { formQuestions, type QuestionKey } from '../../domain/responses';
import { loadConfig } from '../config';
import { UserError } from '../errors';
import { requireScopes, SCOPES } from './scopes';
import { CollectStore } from './store';
import { COLLECT_TEXT } from './texts';

/** What the spreadsheet remembers of its Form: its id, the question of each key, the responses sheet. */
interface FormMemo {
  id: string;
  items: Partial<Record<QuestionKey, number>>;
  titles: Partial<Record<QuestionKey, string>>;
  sheetId: number | null;
}

const FORM_KEY = 'google-form';

const DESCRIPTION =
  'Mỗi lần gửi là một mô hình. Đơn vị có nhiều mô hình thì gửi nhiều lần. Muốn sửa một mô hình đã gửi, hãy gửi lại ' +
  'đúng tên mô hình đó (câu trả lời mới thay câu trả lời cũ), hoặc dùng đường liên kết “Chỉnh sửa câu trả lời”.';
const CONFIRMATION = 'Đã ghi nhận mô hình của đơn vị. Nếu còn mô hình khác, hãy gửi tiếp.';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;

export function buildGoogleForm(): void {
  requireScopes(SCOPES.forms);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { config } = loadConfig(ss, () => ss.getSpreadsheetTimeZone() || null);
  const questions = formQuestions(config);
  if (!questions[0].choices?.length) throw new UserError(COLLECT_TEXT.noUnits);
  const store = CollectStore.open(ss);
  let memo = store.get<FormMemo>(FORM_KEY);
  let form: Form | null = null;
  let gone = false;
  if (memo) {
    try {
      form = FormApp.openById(memo.id);
    } catch {
      gone = true;
    }
  }
  const created = !form;
  if (!form) {
    form = FormApp.create(config.title);
    memo = { id: form.getId(), items: {}, titles: {}, sheetId: null };
  }
  const m = memo!;
  form.setTitle(config.title).setDescription(DESCRIPTION).setConfirmationMessage(CONFIRMATION).setAllowResponseEdits(true);
  for (const q of questions) {
    const id = m.items[q.key];
    let item: Item | null = id === undefined ? null : form.getItemById(id);
    if (!item) {
      const made = q.kind === 'list' ? form.addListItem() : q.kind === 'choice' ? form.addMultipleChoiceItem() : form.addTextItem();
      item = made as unknown as Item;
      m.items[q.key] = made.getId();
    }
    const typed = q.kind === 'list' ? item.asListItem() : q.kind === 'choice' ? item.asMultipleChoiceItem() : item.asTextItem();
    typed.setTitle(q.title).setHelpText(q.help ?? '').setRequired(q.required);
    if (q.choices) (typed as GoogleAppsScript.Forms.ListItem).setChoiceValues(q.choices);
    m.titles[q.key] = q.title;
  }
  // Questions of columns the config no longer has: kept (their answers stay in the sheet), named.
  const keys = new Set(questions.map((q) => q.key));
  const ignored = (Object.keys(m.items) as QuestionKey[]).filter((k) => !keys.has(k)).map((k) => m.titles[k] ?? k);
  // Responses into a sheet of this spreadsheet (made by Forms, put first), found by the form it belongs to.
  let sheet = m.sheetId === null ? null : ss.getSheets().find((s) => s.getSheetId() === m.sheetId) ?? null;
  let linked = false;
  try {
    linked = form.getDestinationId() === ss.getId();
  } catch {
    linked = false;
  }
  if (!linked || !sheet) {
    if (!linked) form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    SpreadsheetApp.flush();
    const formId = form.getId();
    sheet = ss.getSheets().find((s) => (s.getFormUrl() ?? '').includes(formId)) ?? null;
    m.sheetId = sheet ? sheet.getSheetId() : null;
  }
  store.set(FORM_KEY, m);
  const ui = SpreadsheetApp.getUi();
  const text = COLLECT_TEXT.formDone({ created, url: form.getPublishedUrl(), sheet: sheet?.getName() ?? '', ignored });
  ui.alert(COLLECT_TEXT.menuForm, (gone ? `${COLLECT_TEXT.formGone}\n\n` : '') + text, ui.ButtonSet.OK);
}

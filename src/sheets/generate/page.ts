/// <reference lib="dom" />
// The “Soạn văn bản” dialog's page script (built into build/gas/GenerateDialog.html): the metadata is checked here
// with the contract's own schema (meta-fields.ts, the server runs the same check), the number and date lines are
// previewed as the document will show them, and every text is put in as text, never as HTML.
import { numberLine, placeDateLine, type NumberRules } from '../../domain/document/lines';
import party from '../../domain/document/packs/hd36-2018.json';
import state from '../../domain/document/packs/nd30-2020.json';
import { call, CallFailed, closePage } from '../ui/api';
import { byId, fill, h } from '../ui/dom';
import { parseFileId, parseFolderId } from '../ui/shared';
import type { GenerateInit, GenerateSettings, MetaField } from './api';
import { checkMeta, isoFromDmy } from './meta-fields';

const T = {
  lost: (detail: string) => `Mất kết nối với Google hoặc máy chủ không trả lời${detail ? ` (${detail})` : ''}. Hãy thử lại.`,
  working: 'Đang soạn văn bản… (nhiều mô hình có thể mất một lúc)',
  needFolder: 'Hãy dán đường liên kết hoặc mã thư mục Google Drive để lưu văn bản.',
  badFolder: 'Không phải đường liên kết hay mã thư mục Google Drive (dạng https://drive.google.com/drive/folders/…).',
  needFile: 'Hãy dán đường liên kết hoặc mã tệp .docx trên Google Drive.',
  badFile: 'Không phải đường liên kết hay mã tệp Google Drive (dạng https://drive.google.com/file/d/…).',
  fix: (n: number) => `Còn ${n} chỗ cần sửa (đánh dấu đỏ bên dưới).`,
  masterRows: (n: number) => `${n} dòng; bảng do “Tổng hợp danh sách” tạo ra, kèm cột theo dõi của cán bộ.`,
  noMaster: 'Chưa có: hãy chạy “Tổng hợp danh sách” trước.',
  fileKind: { docx: 'Word', gdoc: 'Google Tài liệu', pdf: 'PDF' } as const,
  numberPreview: 'Số: …',
} as const;

/** How each profile writes the number line: its current rule pack's rule (the packs' own files; the server is not asked). */
const STATE_NUMBER: NumberRules = { number: state.number };
const PARTY_NUMBER: NumberRules = { number: party.number };

let init: GenerateInit | null = null;
let busy = false;
const inputs = new Map<string, HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>();
const errors = new Map<string, HTMLElement>();

function showError(message: string): void {
  const el = byId('error');
  el.textContent = message;
  el.hidden = !message;
}

function fieldInput(f: MetaField, value: string): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  const common = { id: `f-${f.key}`, name: f.key, attrs: { 'aria-describedby': `f-${f.key}-hint f-${f.key}-error` } };
  if (f.kind === 'choice') {
    const sel = h('select', common, ...(f.options ?? []).map((o) => h('option', { value: o.value }, o.label)));
    sel.value = value || f.options?.[0]?.value || '';
    return sel;
  }
  if (f.kind === 'lines') return h('textarea', { ...common, rows: 3, value, spellcheck: false });
  if (f.kind === 'date') {
    const iso = isoFromDmy(value);
    // A value the date picker cannot hold (typed on the sheet) stays editable as text.
    const dateLike = iso === '' || /^\d{4}-\d{2}-\d{2}$/.test(iso);
    return h('input', { ...common, type: dateLike ? 'date' : 'text', value: iso });
  }
  const input = h('input', { ...common, type: 'text', value, autocomplete: 'off' });
  if (f.suggestions?.length) {
    const list = h('datalist', { id: `f-${f.key}-list` }, ...f.suggestions.map((s) => h('option', { value: s })));
    input.setAttribute('list', list.id);
    document.body.appendChild(list);
  }
  return input;
}

function renderFields(fields: MetaField[], values: Record<string, string>): void {
  const box = byId('fields');
  fill(box);
  for (const f of fields) {
    const input = fieldInput(f, values[f.key] ?? '');
    const error = h('span', { id: `f-${f.key}-error`, class: 'field-error', attrs: { 'aria-live': 'polite' } });
    inputs.set(f.key, input);
    errors.set(f.key, error);
    input.addEventListener('input', () => {
      input.removeAttribute('aria-invalid');
      error.textContent = '';
      preview();
    });
    const wide = f.kind === 'lines' || f.key === 'trich_yeu' || f.key === 'co_quan' || f.key === 'co_quan_chu_quan';
    box.appendChild(
      h(
        'div',
        { class: `form-group${wide ? ' wide' : ''}` },
        h('label', { class: `label${f.required ? ' required' : ''}`, htmlFor: input.id }, f.label),
        input,
        h('span', { id: `f-${f.key}-hint`, class: 'hint' }, f.hint),
        error,
      ),
    );
  }
}

function values(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, el] of inputs) out[k] = el.value;
  return out;
}

/** The number and date lines as the document shows them. */
function preview(): void {
  const v = values();
  const rules = v.the_thuc === 'dang' ? PARTY_NUMBER : STATE_NUMBER;
  const ky = v.ky_hieu?.trim();
  byId('preview-number').textContent =
    ky && rules ? numberLine(/^\d{1,7}$/.test(v.so?.trim() ?? '') ? v.so.trim() : null, ky, rules) : T.numberPreview;
  const iso = isoFromDmy(v.ngay ?? '');
  byId('preview-date').textContent = placeDateLine(v.dia_danh?.trim() || '…', /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : null);
}

function templateChoice(): string {
  const checked = document.querySelector<HTMLInputElement>('input[name=template]:checked');
  return checked && checked.value ? checked.value : byId<HTMLInputElement>('template-file').value.trim();
}

/** The data choice only matters for templates filled from the models. */
function syncData(): void {
  const t = init?.templates.find((x) => x.name === templateChoice());
  const each = byId<HTMLInputElement>('each').checked;
  const unused = !!t && !t.usesData && !each;
  byId('data-note').hidden = !unused;
  for (const id of ['data-master', 'data-tabs']) byId<HTMLInputElement>(id).disabled = unused || (id === 'data-master' && !init?.master);
}

function renderTemplates(data: GenerateInit): void {
  const box = byId('templates');
  fill(box);
  const chosen = data.settings.template;
  for (const t of data.templates) {
    const radio = h('input', { type: 'radio', name: 'template', value: t.name, id: `template-${t.name}`, checked: t.name === chosen });
    box.appendChild(
      h('label', { class: 'choice' }, radio, h('span', { class: 'choice-body' }, h('span', { class: 'choice-title' }, t.typeName), h('span', { class: 'hint' }, t.description))),
    );
  }
  const builtin = data.templates.some((t) => t.name === chosen);
  byId<HTMLInputElement>('template-drive').checked = !builtin;
  byId<HTMLInputElement>('template-file').value = builtin ? '' : chosen;
  for (const r of document.querySelectorAll<HTMLInputElement>('input[name=template]')) r.addEventListener('change', syncData);
  byId('template-file').addEventListener('input', () => {
    byId<HTMLInputElement>('template-drive').checked = true;
    byId('template-file-error').textContent = '';
    syncData();
  });
}

function render(data: GenerateInit): void {
  init = data;
  renderTemplates(data);
  renderFields(data.fields, data.values);
  const master = byId<HTMLInputElement>('data-master');
  if (data.master) {
    byId('data-master-label').textContent = `Trang “${data.master.name}”`;
    byId('data-master-hint').textContent = T.masterRows(data.master.rows);
  } else byId('data-master-hint').textContent = T.noMaster;
  master.checked = !!data.master && data.settings.data === 'master';
  byId<HTMLInputElement>('data-tabs').checked = !master.checked;
  byId<HTMLInputElement>('each').checked = data.settings.each;
  byId<HTMLInputElement>('each').addEventListener('change', syncData);
  byId<HTMLInputElement>('folder').value = data.settings.folder;
  byId<HTMLInputElement>('doc').checked = data.settings.doc;
  byId<HTMLInputElement>('pdf').checked = data.settings.pdf;
  syncData();
  preview();
  byId('loading').hidden = true;
  byId('form').hidden = false;
}

function settings(): GenerateSettings {
  return {
    template: templateChoice(),
    data: byId<HTMLInputElement>('data-master').checked ? 'master' : 'tabs',
    folder: byId<HTMLInputElement>('folder').value.trim(),
    each: byId<HTMLInputElement>('each').checked,
    doc: byId<HTMLInputElement>('doc').checked,
    pdf: byId<HTMLInputElement>('pdf').checked,
  };
}

/** Problems the page can see before asking the server; each is shown next to its field. */
function checkForm(): number {
  let n = 0;
  const mark = (input: HTMLElement, error: HTMLElement, text: string) => {
    input.setAttribute('aria-invalid', 'true');
    error.textContent = text;
    if (!n++) input.focus();
  };
  for (const [k, el] of inputs) {
    el.removeAttribute('aria-invalid');
    errors.get(k)!.textContent = '';
  }
  const s = settings();
  const fileInput = byId('template-file');
  fileInput.removeAttribute('aria-invalid');
  if (byId<HTMLInputElement>('template-drive').checked) {
    if (!s.template) mark(fileInput, byId('template-file-error'), T.needFile);
    else if (!parseFileId(s.template)) mark(fileInput, byId('template-file-error'), T.badFile);
  }
  const checked = checkMeta(values());
  if (!checked.ok)
    for (const p of checked.problems) {
      const input = inputs.get(p.key);
      if (input) mark(input, errors.get(p.key)!, p.text);
    }
  const folder = byId('folder');
  folder.removeAttribute('aria-invalid');
  if (!s.folder) mark(folder, byId('folder-error'), T.needFolder);
  else if (!parseFolderId(s.folder)) mark(folder, byId('folder-error'), T.badFolder);
  else byId('folder-error').textContent = '';
  return n;
}

function showResult(r: { summary: string; files: { kind: 'docx' | 'gdoc' | 'pdf'; name: string; url: string }[]; warnings: string[] }): void {
  byId('summary').textContent = r.summary;
  fill(
    byId('files'),
    ...r.files.map((f) => h('li', null, `${T.fileKind[f.kind]}: `, h('a', { href: f.url, target: '_blank', rel: 'noopener' }, f.name))),
  );
  byId('warnings-block').hidden = !r.warnings.length;
  byId('warnings-title').textContent = `${r.warnings.length} cảnh báo:`;
  fill(byId('warnings'), ...r.warnings.slice(0, 30).map((w) => h('li', null, w)));
  byId('result').hidden = false;
}

async function run(event: Event): Promise<void> {
  event.preventDefault();
  if (busy) return;
  showError('');
  byId('result').hidden = true;
  const problems = checkForm();
  if (problems) return showError(T.fix(problems));
  busy = true;
  const button = byId<HTMLButtonElement>('run');
  button.disabled = true;
  byId('status').textContent = T.working;
  try {
    const r = await call('generateRun', { values: values(), settings: settings() });
    if (!r.ok) showError(r.message);
    else showResult(r);
  } catch (e) {
    showError(T.lost(e instanceof CallFailed ? e.message : String(e)));
  } finally {
    busy = false;
    button.disabled = false;
    byId('status').textContent = '';
  }
}

function start(): void {
  byId('form').addEventListener('submit', (e) => void run(e));
  byId('close').addEventListener('click', () => closePage());
  call('generateInit')
    .then((r) => {
      if (!r.ok) {
        byId('loading').hidden = true;
        return showError(r.message);
      }
      render(r);
    })
    .catch((e) => showError(T.lost(e instanceof CallFailed ? e.message : String(e))));
}

start();

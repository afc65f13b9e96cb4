/// <reference lib="dom" />
// The “Kết quả kiểm tra” sidebar (built into build/gas/ResultsSidebar.html): a sheet's findings grouped by row,
// filtered by severity; a click selects the finding's cell; “Kiểm tra lại” runs the check again. Every text from
// the sheet goes in as text (see ../dom.ts).
import type { Severity } from '../../../domain/codes';
import { call, CallFailed, lostConnection } from '../api';
import { byId, fill, h } from '../dom';
import type { FindingView, ResultsView } from '../results-view';

type Filter = 'all' | Severity;

const T = {
  loading: 'Đang tải kết quả kiểm tra…',
  checking: 'Đang kiểm tra lại…',
  recheck: 'Kiểm tra lại',
  sheet: (name: string) => `Trang “${name}”`,
  unit: (name: string) => `Đơn vị: ${name}`,
  noUnit: 'Chưa nhận ra tên đơn vị ở đầu danh sách.',
  models: (n: number) => `${n} mô hình`,
  errors: (n: number) => `${n} lỗi`,
  warnings: (n: number) => `${n} cảnh báo`,
  filter: { all: 'Tất cả', error: 'Lỗi', warning: 'Cảnh báo' } as Record<Filter, string>,
  noneOf: { all: '', error: 'Không có lỗi nào.', warning: 'Không có cảnh báo nào.' } as Record<Filter, string>,
  severity: { error: 'Lỗi', warning: 'Cảnh báo' } as Record<Severity, string>,
  row: (row: number) => `Dòng ${row}`,
  items: (n: number) => `${n} mục`,
  cell: (a1: string) => `Ô ${a1}`,
  value: (v: string) => `Trong ô: ${v}`,
  select: (a1: string) => `Chọn ô ${a1}`,
  selecting: (a1: string) => `Đang chọn ô ${a1}…`,
  selected: (a1: string, sheet: string) => `Đã chọn ô ${a1} trên trang “${sheet}”.`,
  checkedAt: (at: string) => `Kiểm tra lúc ${at}`,
  loaded: (e: number, w: number) => (e + w ? `Có ${e} lỗi và ${w} cảnh báo.` : 'Không có lỗi hay cảnh báo nào.'),
  lost: (detail: string) => `${lostConnection(detail)} Hãy bấm “Kiểm tra lại” để thử lại.`,
} as const;

let view: ResultsView | null = null;
let filter: Filter = 'all';
let busy = false;

const status = (text: string) => (byId('status').textContent = text);

function showError(message: string): void {
  const box = byId('error');
  box.textContent = message;
  box.hidden = false;
  status('');
}

const failureText = (e: unknown) => (e instanceof CallFailed ? T.lost(e.message) : T.lost(String(e)));

function setBusy(on: boolean, text: string): void {
  busy = on;
  const button = byId<HTMLButtonElement>('recheck');
  button.disabled = on;
  button.textContent = on ? T.checking : T.recheck;
  byId('main').setAttribute('aria-busy', String(on));
  if (on) status(text);
}

const shown = (f: FindingView) => filter === 'all' || f.severity === filter;

function findingItem(f: FindingView, sheetId: number): HTMLLIElement {
  const parts = [
    h('span', { class: 'finding-top' }, h('span', { class: `badge ${f.severity}` }, T.severity[f.severity]), f.cell && h('span', { class: 'cell' }, T.cell(f.cell))),
    h('span', { class: 'msg' }, f.message),
    f.value && h('span', { class: 'value' }, T.value(f.value)),
  ];
  if (!f.cell) return h('li', null, h('div', { class: `finding ${f.severity}` }, ...parts));
  const cell = f.cell;
  const button = h('button', { type: 'button', class: `finding ${f.severity}`, title: T.select(cell), data: { cell } }, ...parts);
  button.addEventListener('click', () => void select(sheetId, cell, button));
  return h('li', null, button);
}

function render(): void {
  if (!view) return;
  const v = view;
  byId('head').hidden = false;
  byId('body').hidden = false;
  byId('error').hidden = true;
  byId('sheet').textContent = T.sheet(v.sheet);
  byId('unit').textContent = v.unit ? T.unit(v.unit) : T.noUnit;
  fill(
    byId('totals'),
    h('span', { class: `badge ${v.errors ? 'error' : 'neutral'}` }, T.errors(v.errors)),
    ' ',
    h('span', { class: `badge ${v.warnings ? 'warning' : 'neutral'}` }, T.warnings(v.warnings)),
    ' ',
    h('span', { class: 'secondary' }, T.models(v.models)),
  );
  byId('count-all').textContent = `${T.filter.all} (${v.errors + v.warnings})`;
  byId('count-error').textContent = `${T.filter.error} (${v.errors})`;
  byId('count-warning').textContent = `${T.filter.warning} (${v.warnings})`;
  byId('checked-at').textContent = T.checkedAt(v.checkedAt);
  const note = byId('config-note');
  note.textContent = v.configNote ?? '';
  note.hidden = !v.configNote;

  const list = v.list.filter(shown);
  fill(byId('list'), ...list.map((f) => findingItem(f, v.sheetId)));
  byId('list-section').hidden = !list.length;

  const groups = v.rows
    .map((g) => ({ ...g, findings: g.findings.filter(shown) }))
    .filter((g) => g.findings.length)
    .map((g) => {
      const worst: Severity = g.findings.some((f) => f.severity === 'error') ? 'error' : 'warning';
      return h(
        'li',
        { class: 'group' },
        h(
          'h3',
          { class: 'group-head' },
          h('span', { class: 'row-no' }, T.row(g.row)),
          g.title && h('span', { class: 'row-title' }, g.title),
          h('span', { class: `badge ${worst} count`, attrs: { 'aria-label': T.items(g.findings.length) } }, String(g.findings.length)),
        ),
        h('ul', { class: 'findings' }, ...g.findings.map((f) => findingItem(f, v.sheetId))),
      );
    });
  fill(byId('rows'), ...groups);
  byId('rows-section').hidden = !groups.length;

  const total = v.errors + v.warnings;
  byId('none').hidden = total > 0;
  const noneFiltered = byId('none-filtered');
  noneFiltered.textContent = T.noneOf[filter];
  noneFiltered.hidden = total === 0 || list.length + groups.length > 0;
}

async function select(sheetId: number, a1: string, button: HTMLButtonElement): Promise<void> {
  status(T.selecting(a1));
  try {
    const r = await call('selectCell', sheetId, a1);
    if (!r.ok) return showError(r.message);
    for (const b of document.querySelectorAll('.finding.current')) {
      b.classList.remove('current');
      b.removeAttribute('aria-current');
    }
    byId('error').hidden = true;
    button.classList.add('current');
    button.setAttribute('aria-current', 'true');
    status(T.selected(r.a1, view?.sheet ?? ''));
  } catch (e) {
    showError(failureText(e));
  }
}

async function load(kind: 'resultsLoad' | 'resultsCheck'): Promise<void> {
  if (busy) return;
  setBusy(true, kind === 'resultsLoad' ? T.loading : T.checking);
  try {
    const r = await call(kind, view?.sheetId ?? null);
    if (!r.ok) {
      showError(r.message);
      return;
    }
    view = r;
    render();
    status('');
    byId('announce').textContent = T.loaded(r.errors, r.warnings);
  } catch (e) {
    showError(failureText(e));
  } finally {
    setBusy(false, '');
  }
}

/** Up and down arrows move between the findings (Tab still goes through them one by one). */
function onKey(e: KeyboardEvent): void {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const target = e.target as HTMLElement;
  if (!target.matches('button.finding')) return;
  const all = [...document.querySelectorAll<HTMLButtonElement>('button.finding')];
  const next = all[all.indexOf(target as HTMLButtonElement) + (e.key === 'ArrowDown' ? 1 : -1)];
  if (next) {
    e.preventDefault();
    next.focus();
  }
}

function init(): void {
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name="filter"]'))
    input.addEventListener('change', () => {
      filter = input.value as Filter;
      render();
    });
  byId('recheck').addEventListener('click', () => void load('resultsCheck'));
  byId('rows').addEventListener('keydown', onKey);
  void load('resultsLoad');
}

init();

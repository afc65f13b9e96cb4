/// <reference lib="dom" />
// The “Gửi biểu mẫu cho đơn vị” page (built into build/gas/DistributeDialog.html): the folder, the unit picker, then
// short server steps until every chosen unit has its form; stopped or cut off, “Tiếp tục” resumes. Text from the
// spreadsheet (unit names, addresses) goes in as text nodes only.
import { answered, call, closePage, lostConnection } from '../ui/api';
import { byId, fill, h } from '../ui/dom';
import { parseFolderId } from '../ui/shared';
import type { DistributeJob, UnitChoice } from './api';

const T = {
  campaign: (c: string) => `Đợt: ${c}`,
  needFolder: 'Hãy dán đường liên kết thư mục Google Drive lưu các biểu mẫu.',
  notFolderLink: 'Chưa phải đường liên kết thư mục Google Drive (dạng https://drive.google.com/drive/folders/…).',
  chosen: (n: number, total: number) => `Đã chọn ${n}/${total} đơn vị.`,
  noEmail: 'chưa có địa chỉ thư (sẽ chưa chia sẻ)',
  inactive: (names: string[]) => `Không liệt kê ${names.length} đơn vị không còn hoặc chưa hoạt động vào hạn nộp: ${names.join('; ')}.`,
  hasForm: 'đã có biểu mẫu',
  starting: 'Đang chuẩn bị biểu mẫu mẫu…',
  from: (label: string) => `Lưu vào ${label}`,
  count: (done: number, total: number) => `Đã xong ${done}/${total} đơn vị`,
  pending: (j: DistributeJob) => `Lần gửi biểu mẫu trước (${j.label}) chưa xong: đã xong ${j.done}/${j.total} đơn vị.`,
  stopped: (done: number, total: number) => `Đã dừng: đã xong ${done}/${total} đơn vị. Bấm “Tiếp tục” để làm tiếp.`,
  lost: (detail: string) => `${lostConnection(detail)} Các đơn vị đã xong vẫn được giữ; hãy bấm “Tiếp tục”.`,
  stop: 'Dừng',
  stopping: 'Đang dừng…',
  finishing: 'Đang hoàn tất…',
} as const;

let units: UnitChoice[] = [];
let job: DistributeJob | null = null;
let busy = false;
let stop = false;

const input = <E extends HTMLElement = HTMLInputElement>(id: string) => byId<E>(id) as unknown as E;
const show = (id: string, on: boolean) => (byId(id).hidden = !on);

function boxes(): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>('#units input[type=checkbox]')];
}

function countChosen(): void {
  byId('chosen').textContent = T.chosen(boxes().filter((b) => b.checked).length, units.length);
}

function renderUnits(): void {
  const list = byId('units');
  fill(
    list,
    ...units.map((u, i) =>
      h(
        'li',
        { data: { name: u.name.toLowerCase() } },
        h(
          'label',
          null,
          h('input', { type: 'checkbox', checked: true, value: u.name, id: `unit-${i}` }),
          h(
            'span',
            null,
            h('span', { class: 'who' }, u.name, u.link ? h('span', { class: 'badge neutral' }, T.hasForm) : null),
            h('span', { class: u.emails.length ? 'emails' : 'emails none' }, u.emails.length ? u.emails.join(', ') : T.noEmail),
          ),
        ),
      ),
    ),
  );
  for (const b of boxes()) b.addEventListener('change', countChosen);
  countChosen();
}

function filterUnits(): void {
  const q = input('filter').value.trim().toLowerCase();
  for (const li of document.querySelectorAll<HTMLElement>('#units li')) li.hidden = !!q && !(li.dataset.name ?? '').includes(q);
}

function setBusy(on: boolean): void {
  busy = on;
  for (const id of ['start', 'resume', 'retry', 'folder', 'all', 'none']) input<HTMLButtonElement>(id).disabled = on;
}

function fail(message: string): void {
  byId('error').textContent = message;
  show('error', true);
  show('retry', !!job);
}

function progress(done: number, total: number): void {
  const bar = input<HTMLProgressElement>('bar');
  bar.max = Math.max(total, 1);
  bar.value = done;
  byId('count').textContent = T.count(done, total);
}

/** Steps until every unit is done, then finishes; stops when asked, and says what to do on a failure. */
async function run(): Promise<void> {
  if (!job) return;
  stop = false;
  setBusy(true);
  show('error', false);
  show('retry', false);
  show('pending', false);
  show('choose', false);
  show('progress', true);
  byId('source').textContent = T.from(job.label);
  const cancel = input<HTMLButtonElement>('cancel');
  cancel.disabled = false;
  cancel.textContent = T.stop;
  show('cancel', true);
  progress(job.done, job.total);
  try {
    while (job.done < job.total) {
      if (stop) {
        show('cancel', false);
        byId('pending-text').textContent = T.stopped(job.done, job.total);
        show('pending', true);
        return;
      }
      const r = await answered(call('distributeStep', job.jobId), T.lost);
      if (!r.ok) return fail(r.message);
      job.done = r.done;
      progress(r.done, r.total);
      const log = byId('log');
      for (const l of r.log) log.appendChild(h('li', null, `${l.unit}: ${l.text}`));
      log.scrollTop = log.scrollHeight;
    }
    show('cancel', false);
    byId('count').textContent = T.finishing;
    const fin = await answered(call('distributeFinish', job.jobId), T.lost);
    if (!fin.ok) return fail(fin.message);
    job = null;
    show('progress', false);
    byId('summary').textContent = fin.summary;
    show('summary', true);
  } finally {
    setBusy(false);
  }
}

function checkFolder(): void {
  const el = input('folder');
  const link = el.value.trim();
  const bad = link !== '' && parseFolderId(link) === null;
  el.setAttribute('aria-invalid', bad ? 'true' : 'false');
  byId('folder-error').textContent = bad ? T.notFolderLink : '';
}

async function start(e: Event): Promise<void> {
  e.preventDefault();
  if (busy) return;
  const folder = input('folder').value.trim();
  if (!folder) return fail(T.needFolder);
  if (parseFolderId(folder) === null) return fail(T.notFolderLink);
  const chosen = boxes()
    .filter((b) => b.checked)
    .map((b) => b.value);
  setBusy(true);
  show('error', false);
  show('progress', true);
  fill(byId('log'));
  byId('source').textContent = '';
  byId('count').textContent = T.starting;
  show('cancel', false);
  const r = await answered(call('distributeStart', { folder, units: chosen }), T.lost);
  setBusy(false);
  if (!r.ok) {
    show('progress', false);
    return fail(r.message);
  }
  job = { jobId: r.jobId, label: r.label, total: r.total, done: r.done };
  await run();
}

async function init(): Promise<void> {
  byId('choose').addEventListener('submit', (e) => void start(e));
  input('folder').addEventListener('input', checkFolder);
  input('filter').addEventListener('input', filterUnits);
  byId('all').addEventListener('click', () => {
    for (const b of boxes()) if (!b.closest('li')!.hidden) b.checked = true;
    countChosen();
  });
  byId('none').addEventListener('click', () => {
    for (const b of boxes()) if (!b.closest('li')!.hidden) b.checked = false;
    countChosen();
  });
  byId('resume').addEventListener('click', () => void run());
  byId('retry').addEventListener('click', () => void run());
  byId('cancel').addEventListener('click', () => {
    stop = true;
    input<HTMLButtonElement>('cancel').disabled = true;
    byId('cancel').textContent = T.stopping;
  });
  byId('close').addEventListener('click', () => closePage());
  const r = await answered(call('distributeInit'), T.lost);
  show('loading', false);
  if (!r.ok) return fail(r.message);
  units = r.units;
  byId('campaign').textContent = T.campaign(r.campaign);
  input('folder').value = r.folder;
  renderUnits();
  if (r.inactive.length) {
    byId('inactive').textContent = T.inactive(r.inactive);
    show('inactive', true);
  }
  show('choose', true);
  if (r.pending) {
    job = r.pending;
    byId('pending-text').textContent = T.pending(r.pending);
    show('pending', true);
  }
}

void init();

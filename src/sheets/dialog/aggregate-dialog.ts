/// <reference lib="dom" />
// The aggregation dialog's page script (built into build/gas/AggregateDialog.html). Every text from the
// spreadsheet or the server goes in with textContent, never as HTML. test/ui/aggregate-dialog.test.ts runs it in
// Chromium against the built bundle; the driver it uses is tested alone in test/sheets/driver.test.ts.
import type { JobInfo, SourceSpec } from '../aggregate-api';
import { answered, call, closePage } from '../ui/api';
import { parseFolderId } from '../ui/shared';
import { DRIVER_TEXT, JobFailed, JobStopped, runJob, type Server } from './driver';

const T = {
  needFolder: 'Hãy dán đường liên kết hoặc mã thư mục Google Drive.',
  notFolderLink: 'Chưa phải đường liên kết thư mục Google Drive (dạng https://drive.google.com/drive/folders/…).',
  starting: 'Đang liệt kê các nguồn…',
  from: (label: string) => `Tổng hợp từ ${label}`,
  count: (done: number, total: number) => `Đã đọc ${done}/${total} nguồn`,
  models: (n: number) => `${n} mô hình`,
  reading: (name: string) => `Đang đọc: ${name}`,
  writing: 'Đang ghi kết quả vào bảng tính…',
  stop: 'Dừng',
  stopping: 'Đang dừng…',
  pending: (job: JobInfo) => `Lần tổng hợp trước (${job.label}) chưa xong: đã đọc ${job.done.length}/${job.sources.length} nguồn.`,
  /** The server's reasons for a file usually start with its name already (“a.xls: là định dạng…”): never twice. */
  problem: (name: string, why: string) => (why.startsWith(`${name}: `) ? why : `${name}: ${why}`),
} as const;


const server: Server = {
  init: () => answered(call('aggregateInit'), DRIVER_TEXT.lost),
  start: (spec) => answered(call('aggregateStart', spec), DRIVER_TEXT.lost),
  step: (jobId, index) => answered(call('aggregateStep', jobId, index), DRIVER_TEXT.lost),
  finish: (jobId) => answered(call('aggregateFinish', jobId), DRIVER_TEXT.lost),
};

const $ = <E extends HTMLElement>(id: string) => document.getElementById(id) as E;
const show = (el: HTMLElement, on: boolean) => (el.hidden = !on);
const setText = (id: string, text: string) => ($(id).textContent = text);

let job: JobInfo | null = null;
let busy = false;
let stopRequested = false;

function setBusy(on: boolean): void {
  busy = on;
  for (const id of ['start', 'resume', 'retry', 'kind-tabs', 'kind-folder', 'folder', 'phase']) ($(id) as HTMLButtonElement).disabled = on;
  if (!on) ($('folder') as HTMLInputElement).disabled = !($('kind-folder') as HTMLInputElement).checked;
}

function fail(message: string): void {
  setText('error', message);
  show($('error'), true);
  show($('retry'), !!job);
}

/** Shows progress: sources read of all, models seen so far. */
function progressLine(done: number, total: number, models: number): void {
  const bar = $('bar') as HTMLProgressElement;
  bar.max = Math.max(total, 1);
  bar.value = done;
  setText('count', T.count(done, total));
  setText('models', models ? T.models(models) : '');
}

async function run(): Promise<void> {
  if (!job) return;
  stopRequested = false;
  setBusy(true);
  show($('error'), false);
  show($('retry'), false);
  show($('pending'), false);
  show($('choose'), false);
  show($('progress'), true);
  setText('source', T.from(job.label));
  const cancel = $('cancel') as HTMLButtonElement;
  cancel.disabled = false;
  cancel.textContent = T.stop;
  show(cancel, true);
  const problems = $('problems');
  let models = 0;
  try {
    const summary = await runJob(server, job, {
      reading(done, total, name) {
        progressLine(done, total, models);
        setText('status', T.reading(name));
        $('status').title = name;
      },
      read(step, done, total) {
        models += step.models;
        progressLine(done, total, models);
        if (step.problem) {
          const li = document.createElement('li');
          li.textContent = T.problem(step.name, step.problem);
          problems.appendChild(li);
        }
      },
      writing() {
        show(cancel, false);
        setText('status', T.writing);
      },
      stopRequested: () => stopRequested,
    });
    job = null;
    show($('choose'), false);
    show($('progress'), false);
    setText('summary', summary);
    show($('summary'), true);
  } catch (e) {
    show(cancel, false);
    if (e instanceof JobStopped) {
      // Stopped on purpose: offer to continue, or to start another aggregation.
      show($('progress'), false);
      show($('choose'), true);
      setText('pending-text', e.message);
      show($('pending'), true);
    } else {
      // Failed: the progress stays where it stopped, with the message and “Tiếp tục” under it.
      setText('status', '');
      fail(e instanceof JobFailed ? e.message : String(e));
    }
  } finally {
    setBusy(false);
  }
}

function checkFolderLink(): void {
  const input = $('folder') as HTMLInputElement;
  const link = input.value.trim();
  const bad = link !== '' && parseFolderId(link) === null;
  input.ariaInvalid = bad ? 'true' : 'false';
  setText('folder-error', bad ? T.notFolderLink : '');
}

async function start(event: Event): Promise<void> {
  event.preventDefault();
  if (busy) return;
  const folder = ($('kind-folder') as HTMLInputElement).checked;
  const link = ($('folder') as HTMLInputElement).value.trim();
  if (folder && !link) return fail(T.needFolder);
  const phase = ($('phase') as HTMLInputElement).value.trim();
  const spec: SourceSpec = { ...(folder ? { kind: 'folder', folder: link } : { kind: 'tabs' }), ...(phase ? { previousPhase: phase } : {}) };
  setBusy(true);
  show($('error'), false);
  show($('pending'), false);
  $('problems').textContent = '';
  setText('source', '');
  setText('count', '');
  setText('models', '');
  setText('status', T.starting);
  show($('cancel'), false);
  show($('progress'), true);
  const r = await server.start(spec);
  setBusy(false);
  if (!r.ok) {
    show($('progress'), false);
    job = null;
    return fail(r.message);
  }
  job = r;
  await run();
}

function init(): void {
  $('choose').addEventListener('submit', (e) => void start(e));
  const folderChosen = () => {
    const on = ($('kind-folder') as HTMLInputElement).checked;
    ($('folder') as HTMLInputElement).disabled = !on;
    if (on) $('folder').focus();
  };
  for (const id of ['kind-tabs', 'kind-folder']) $(id).addEventListener('change', folderChosen);
  $('folder').addEventListener('input', checkFolderLink);
  $('resume').addEventListener('click', () => void run());
  $('retry').addEventListener('click', () => void run());
  $('cancel').addEventListener('click', () => {
    stopRequested = true;
    ($('cancel') as HTMLButtonElement).disabled = true;
    setText('cancel', T.stopping);
  });
  $('close').addEventListener('click', () => closePage());
  void server.init().then((r) => {
    if (!r.ok || busy) return;
    // The folder the units' forms were sent to is the default source.
    const folder = $('folder') as HTMLInputElement;
    if (r.defaultFolder && !folder.value) {
      folder.value = r.defaultFolder;
      ($('kind-folder') as HTMLInputElement).checked = true;
      folder.disabled = false;
    }
    if (!r.pending) return;
    job = r.pending;
    setText('pending-text', T.pending(r.pending));
    show($('pending'), true);
  });
}

init();

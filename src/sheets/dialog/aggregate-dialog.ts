/// <reference lib="dom" />
// The aggregation dialog's page script (built into build/gas/AggregateDialog.html). Every text from the
// spreadsheet or the server goes in with textContent, never as HTML.
import { SERVER, type JobInfo, type Reply, type SourceSpec } from '../aggregate-api';
import { DRIVER_TEXT, JobFailed, runJob, type Server } from './driver';

interface Runner {
  withSuccessHandler(f: (r: unknown) => void): Runner;
  withFailureHandler(f: (e: { message?: string } | undefined) => void): Runner;
  [fn: string]: unknown;
}
declare const google: { script: { run: Runner; host: { close(): void } } };

const T = {
  needFolder: 'Hãy dán đường liên kết hoặc mã thư mục Google Drive.',
  starting: 'Đang liệt kê các nguồn…',
  reading: (done: number, total: number, name: string) => `Đã đọc ${done}/${total} nguồn. Đang đọc: ${name}`,
  writing: (total: number) => `Đã đọc ${total}/${total} nguồn. Đang ghi kết quả…`,
  pending: (job: JobInfo) => `Lần tổng hợp trước (${job.label}) chưa xong: đã đọc ${job.done.length}/${job.sources.length} nguồn.`,
  problem: (name: string, why: string) => `${name}: ${why}`,
} as const;

function call<R>(fn: string, ...args: unknown[]): Promise<Reply<R>> {
  return new Promise((resolve) => {
    const runner = google.script.run
      .withSuccessHandler((r) => resolve(r as Reply<R>))
      .withFailureHandler((e) => resolve({ ok: false, message: DRIVER_TEXT.lost(e?.message ?? '') }));
    (runner[fn] as (...a: unknown[]) => void)(...args);
  });
}

const server: Server = {
  init: () => call(SERVER.init),
  start: (spec) => call(SERVER.start, spec),
  step: (jobId, index) => call(SERVER.step, jobId, index),
  finish: (jobId) => call(SERVER.finish, jobId),
};

const $ = <E extends HTMLElement>(id: string) => document.getElementById(id) as E;
const show = (el: HTMLElement, on: boolean) => (el.hidden = !on);
const setText = (id: string, text: string) => ($(id).textContent = text);

let job: JobInfo | null = null;
let busy = false;

function setBusy(on: boolean): void {
  busy = on;
  for (const id of ['start', 'resume', 'retry', 'kind-tabs', 'kind-folder', 'folder']) ($(id) as HTMLButtonElement).disabled = on;
  if (!on) ($('folder') as HTMLInputElement).disabled = !($('kind-folder') as HTMLInputElement).checked;
}

function fail(message: string): void {
  setText('error', message);
  show($('error'), true);
  show($('retry'), !!job);
}

async function run(): Promise<void> {
  if (!job) return;
  setBusy(true);
  show($('error'), false);
  show($('retry'), false);
  show($('pending'), false);
  show($('progress'), true);
  const bar = $('bar') as HTMLProgressElement;
  const problems = $('problems');
  try {
    const summary = await runJob(server, job, {
      reading(done, total, name) {
        bar.max = total;
        bar.value = done;
        setText('status', T.reading(done, total, name));
      },
      read(step, done) {
        bar.value = done;
        if (step.problem) {
          const li = document.createElement('li');
          li.textContent = T.problem(step.name, step.problem);
          problems.appendChild(li);
        }
      },
      writing() {
        setText('status', T.writing(job!.sources.length));
      },
    });
    job = null;
    show($('choose'), false);
    show($('progress'), false);
    setText('summary', summary);
    show($('summary'), true);
  } catch (e) {
    fail(e instanceof JobFailed ? e.message : String(e));
  } finally {
    setBusy(false);
  }
}

async function start(event: Event): Promise<void> {
  event.preventDefault();
  if (busy) return;
  const folder = ($('kind-folder') as HTMLInputElement).checked;
  const link = ($('folder') as HTMLInputElement).value.trim();
  if (folder && !link) return fail(T.needFolder);
  const spec: SourceSpec = folder ? { kind: 'folder', folder: link } : { kind: 'tabs' };
  setBusy(true);
  show($('error'), false);
  $('problems').textContent = '';
  setText('status', T.starting);
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
  for (const id of ['kind-tabs', 'kind-folder'])
    $(id).addEventListener('change', () => (($('folder') as HTMLInputElement).disabled = !($('kind-folder') as HTMLInputElement).checked));
  $('resume').addEventListener('click', () => void run());
  $('retry').addEventListener('click', () => void run());
  $('close').addEventListener('click', () => google.script.host.close());
  void server.init().then((r) => {
    if (!r.ok || !r.pending || busy) return;
    job = r.pending;
    setText('pending-text', T.pending(r.pending));
    show($('pending'), true);
  });
}

init();

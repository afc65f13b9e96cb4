// The aggregation dialog: its driver (resume, retries, lost answers) against a scripted server, and the built
// page script (build/gas/AggregateDialog.html) run against a minimal DOM and the bundle behind google.script.run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { FinishInfo, JobInfo, Reply, StepInfo } from '../../src/sheets/aggregate-api';
import { DRIVER_TEXT, JobFailed, runJob, type Server } from '../../src/sheets/dialog/driver';
import { MIME } from './fake-gas';
import { session, type Session } from './session';

const NAMES = ['a.xlsx', 'b.xlsx', 'c.xlsx', 'd.xlsx'];

/** A server whose answers are scripted per call; it records every call. */
function scripted(opts: { failStep?: Map<number, number>; missing?: number[][]; lose?: number } = {}) {
  const calls: string[] = [];
  const fails = new Map(opts.failStep ?? []);
  const missing = [...(opts.missing ?? [])];
  let lose = opts.lose ?? -1;
  const server: Server = {
    init: async () => ({ ok: true, pending: null }),
    start: async () => ({ ok: true, jobId: 'j1', label: 'x', sources: NAMES, done: [] }),
    step: async (jobId, i): Promise<Reply<StepInfo>> => {
      calls.push(`step ${i}`);
      if (lose-- === 0) return undefined as unknown as Reply<StepInfo>;
      const n = fails.get(i) ?? 0;
      if (n > 0) {
        fails.set(i, n - 1);
        return { ok: false, message: `Lỗi khi đọc ${NAMES[i]}` };
      }
      return { ok: true, index: i, name: NAMES[i], lists: 1, models: 3, problem: null };
    },
    finish: async (): Promise<Reply<FinishInfo>> => {
      calls.push('finish');
      return { ok: true, missing: missing.shift() ?? [], summary: 'Xong.' };
    },
  };
  return { server, calls };
}

const job = (): JobInfo => ({ jobId: 'j1', label: 'x', sources: [...NAMES], done: [] });
const quiet = { reading() {}, read() {}, writing() {} };

describe('the dialog driver', () => {
  it('reads every source once, in order, then finishes', async () => {
    const { server, calls } = scripted();
    const seen: string[] = [];
    const summary = await runJob(server, job(), {
      reading: (done, total, name) => seen.push(`${done}/${total} ${name}`),
      read: (step, done) => seen.push(`✓ ${step.name} ${done}`),
      writing: () => seen.push('ghi'),
    });
    expect(summary).toBe('Xong.');
    expect(calls).toEqual(['step 0', 'step 1', 'step 2', 'step 3', 'finish']);
    expect(seen).toEqual(['0/4 a.xlsx', '✓ a.xlsx 1', '1/4 b.xlsx', '✓ b.xlsx 2', '2/4 c.xlsx', '✓ c.xlsx 3', '3/4 d.xlsx', '✓ d.xlsx 4', 'ghi']);
  });

  it('stops at a failed step with its message; running again resumes there, never re-reading done sources', async () => {
    const { server, calls } = scripted({ failStep: new Map([[2, 1]]) });
    const j = job();
    const err = await runJob(server, j, quiet).catch((e) => e);
    expect(err).toBeInstanceOf(JobFailed);
    expect(err.message).toBe('Lỗi khi đọc c.xlsx');
    expect(j.done).toEqual([0, 1]);
    expect(await runJob(server, j, quiet)).toBe('Xong.');
    expect(calls).toEqual(['step 0', 'step 1', 'step 2', 'step 2', 'step 3', 'finish']);
  });

  it('a lost answer (no reply) becomes a Vietnamese message and can be resumed', async () => {
    const { server, calls } = scripted({ lose: 1 });
    const j = job();
    const err = await runJob(server, j, quiet).catch((e) => e);
    expect(err.message).toBe(DRIVER_TEXT.lost(''));
    expect(await runJob(server, j, quiet)).toBe('Xong.');
    expect(calls.filter((c) => c === 'step 1')).toHaveLength(2);
  });

  it('reads again the sources the server says are missing, and gives up after three rounds', async () => {
    const once = scripted({ missing: [[1, 3]] });
    expect(await runJob(once.server, job(), quiet)).toBe('Xong.');
    expect(once.calls).toEqual(['step 0', 'step 1', 'step 2', 'step 3', 'finish', 'step 1', 'step 3', 'finish']);
    const never = scripted({ missing: [[0], [0], [0]] });
    await expect(runJob(never.server, job(), quiet)).rejects.toThrow(DRIVER_TEXT.stuck);
  });
});

// ---- The built page ---------------------------------------------------------------------------

interface El {
  id: string;
  hidden: boolean;
  disabled: boolean;
  checked: boolean;
  value: string | number;
  max: number;
  textContent: string;
  children: El[];
  listeners: Record<string, ((e: unknown) => void)[]>;
  addEventListener(type: string, fn: (e: unknown) => void): void;
  appendChild(child: El): El;
}

/** Elements by id, checked against the page's markup; setting HTML of any kind throws. */
function fakeDocument(html: string) {
  const els = new Map<string, El>();
  const make = (id: string): El => {
    const el = {
      id,
      hidden: new RegExp(`id="${id}"[^>]*\\shidden`).test(html),
      disabled: new RegExp(`id="${id}"[^>]*\\sdisabled`).test(html),
      checked: new RegExp(`id="${id}"[^>]*\\schecked`).test(html),
      value: '',
      max: 1,
      children: [] as El[],
      listeners: {} as El['listeners'],
      _text: '',
      get textContent() {
        return this._text + this.children.map((c) => c.textContent).join('');
      },
      set textContent(t: string) {
        this._text = String(t);
        this.children = [];
      },
      addEventListener(type: string, fn: (e: unknown) => void) {
        (this.listeners[type] ??= []).push(fn);
      },
      appendChild(child: El) {
        this.children.push(child);
        return child;
      },
    };
    for (const bad of ['innerHTML', 'outerHTML'])
      Object.defineProperty(el, bad, {
        set() {
          throw new Error(`${bad} is not allowed`);
        },
      });
    return el as unknown as El;
  };
  const document = {
    getElementById(id: string) {
      if (!html.includes(`id="${id}"`)) return null;
      if (!els.has(id)) els.set(id, make(id));
      return els.get(id)!;
    },
    createElement: () => make(''),
  };
  return { document, el: (id: string) => document.getElementById(id)! };
}

/** google.script.run in front of a bundle session: answers arrive later, as over the network. */
function scriptRun(s: Session) {
  const calls: string[] = [];
  const runner = (ok: ((r: unknown) => void) | null, fail: ((e: unknown) => void) | null): unknown =>
    new Proxy(
      {},
      {
        get(_, prop: string) {
          if (prop === 'withSuccessHandler') return (f: (r: unknown) => void) => runner(f, fail);
          if (prop === 'withFailureHandler') return (f: (e: unknown) => void) => runner(ok, f);
          return (...args: unknown[]) => {
            calls.push(prop);
            setTimeout(() => {
              try {
                ok?.(s.call(prop, ...args));
              } catch (e) {
                fail?.(e);
              }
            }, 1);
          };
        },
      },
    );
  return { calls, google: { script: { run: runner(null, null), host: { close: () => calls.push('close') } } } };
}

async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !cond(); i++) await new Promise((r) => setTimeout(r, 2));
  expect(cond()).toBe(true);
}

describe('the built dialog page', () => {
  const html = readFileSync(join(__dirname, '../../build/gas/AggregateDialog.html'), 'utf8');
  const script = /<script>([\s\S]*)<\/script>/.exec(html)![1];

  it('drives a whole aggregation of this spreadsheet’s tabs and shows the summary as text', async () => {
    const s = session();
    s.run('menuSetup()');
    const sheet = s.gas.spreadsheet._sheet('Danh sách đăng ký');
    sheet._type(1, 1, 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN HOA LƯ');
    [
      [1, 'Công đoàn cơ sở <b>Trường</b> THCS', 'Đọc sách vì cộng đồng', false, true, true, false, false],
      [2, 'Công đoàn cơ sở Công ty May', 'Bữa cơm công nhân', true, false, false, true, false],
    ].forEach((r, i) => r.forEach((v, j) => sheet._type(7 + i, j + 1, v)));
    const { document, el } = fakeDocument(html);
    const run = scriptRun(s);
    const ctx = vm.createContext({ document, google: run.google, console, setTimeout });
    vm.runInContext(script, ctx);
    await until(() => run.calls.includes('aggregateInit'));
    expect(el('pending').hidden).toBe(true); // nothing left unfinished
    expect(el('folder').disabled).toBe(true);

    for (const f of el('choose').listeners.submit) f({ preventDefault() {} });
    await until(() => !el('summary').hidden);
    expect(run.calls.filter((c) => c !== 'aggregateInit')).toEqual([
      'aggregateStart',
      'aggregateStep', // Trang tính1
      'aggregateStep', // Danh sách đăng ký
      'aggregateFinish',
    ]);
    expect(el('summary').textContent).toMatch(/^Đã tổng hợp 2 mô hình của 1 đơn vị từ các trang tính trong tệp này\./);
    expect(el('error').hidden).toBe(true);
    expect(el('choose').hidden).toBe(true);
    expect(s.gas.spreadsheet._sheet('Tổng hợp')._values()[1][3]).toBe('Công đoàn cơ sở <b>Trường</b> THCS');
    for (const f of el('close').listeners.click) f({});
    expect(run.calls.at(-1)).toBe('close');
  });

  it('asks for a folder link, shows the server’s message, and offers to continue after a failed step', async () => {
    const s = session();
    const { document, el } = fakeDocument(html);
    const run = scriptRun(s);
    const ctx = vm.createContext({ document, google: run.google, console, setTimeout });
    vm.runInContext(script, ctx);
    await until(() => run.calls.includes('aggregateInit'));

    el('kind-folder').checked = true;
    el('kind-tabs').checked = false;
    for (const f of el('choose').listeners.submit) f({ preventDefault() {} });
    expect(el('error').textContent).toBe('Hãy dán đường liên kết hoặc mã thư mục Google Drive.');
    el('folder').value = 'https://example.com/x';
    for (const f of el('choose').listeners.submit) f({ preventDefault() {} });
    await until(() => run.calls.includes('aggregateStart'));
    await until(() => !el('error').hidden && el('error').textContent.includes('không phải đường liên kết'));
    expect(el('retry').hidden).toBe(true);

    // Tabs, with the one tab's read failing once.
    el('kind-folder').checked = false;
    el('kind-tabs').checked = true;
    let failures = 1;
    s.gas.failWhen = (call) => call === 'Sheet.getDataRange' && failures-- > 0;
    for (const f of el('choose').listeners.submit) f({ preventDefault() {} });
    await until(() => !el('retry').hidden);
    expect(el('error').textContent).toMatch(/^Đã xảy ra lỗi ngoài dự kiến/);
    for (const f of el('retry').listeners.click) f({});
    await until(() => !el('error').hidden && el('error').textContent.includes('Không có danh sách nào dùng được'));
    expect(run.calls.filter((c) => c === 'aggregateStep')).toHaveLength(2);
  });

  it('names every file of a folder it does not read, once, with the reason', async () => {
    const s = session();
    const folder = s.gas.addFolder('Danh sách 2021');
    const bytes = new Uint8Array(readFileSync(join(__dirname, '../../samples/danh-sach/ldld-huyen-hoa-lu.xlsx')));
    s.gas.addFile(folder, { name: 'ldld-huyen-hoa-lu.xlsx', mimeType: MIME.xlsx, bytes });
    s.gas.addFile(folder, { name: 'ldld-huyen-kim-son.xls', mimeType: MIME.xls, bytes: new Uint8Array([1]) });
    s.gas.addFile(folder, { name: 'ghi-chu.pdf', mimeType: MIME.pdf, bytes: new Uint8Array([1]) });
    const { document, el } = fakeDocument(html);
    const run = scriptRun(s);
    vm.runInContext(script, vm.createContext({ document, google: run.google, console, setTimeout }));
    await until(() => run.calls.includes('aggregateInit'));
    el('kind-folder').checked = true;
    el('kind-tabs').checked = false;
    el('folder').value = `https://drive.google.com/drive/folders/${folder}`;
    for (const f of el('choose').listeners.submit) f({ preventDefault() {} });
    await until(() => !el('summary').hidden);
    expect(el('problems').children.map((li) => li.textContent)).toEqual([
      'ghi-chu.pdf: không phải tệp bảng tính (.pdf), không đọc.',
      'ldld-huyen-kim-son.xls: là định dạng Excel cũ (.xls), công cụ chưa đọc được. Hãy mở bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx (Excel Workbook).',
    ]);
  });

  it('offers to continue an unfinished job when opened again', async () => {
    const s = session();
    const job = s.call('aggregateStart', { kind: 'tabs' }) as JobInfo;
    expect(job.sources).toEqual(['Trang tính1']);
    const { document, el } = fakeDocument(html);
    const run = scriptRun(s);
    vm.runInContext(script, vm.createContext({ document, google: run.google, console, setTimeout }));
    await until(() => !el('pending').hidden);
    expect(el('pending-text').textContent).toBe('Lần tổng hợp trước (các trang tính trong tệp này) chưa xong: đã đọc 0/1 nguồn.');
  });
});

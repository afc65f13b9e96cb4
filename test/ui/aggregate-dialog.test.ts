// The aggregation dialog in Chromium (560 px): scripted answers from a fixture job, held back to see the progress
// bar mid-way and at the end, a failed step then “Tiếp tục”, “Dừng” then resume, the folder link checked as it is
// typed, a job left unfinished; and against the real bundle: a whole run of the tabs, the folder asked for and
// refused, a failed read resumed, a folder's unreadable files named, a job left unfinished by the server.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JobInfo } from '../../src/sheets/aggregate-api';
import { DRIVER_TEXT } from '../../src/sheets/dialog/driver';
import { TEXT } from '../../src/sheets/texts';
import { setUpList } from '../sheets/builders';
import { MIME } from '../sheets/fake-gas';
import { session, type Session } from '../sheets/session';
import { launch, openPage, skipUi, type Opened } from './harness';

const DIALOG = { width: 560, height: 540 };
const XSS_FILE = '<img src=x onerror=alert(1)>.xlsx';
const SOURCES = ['LĐLĐ huyện Hoa Lư.xlsx', 'LĐLĐ thành phố Tam Điệp.xlsx', XSS_FILE, 'Công đoàn ngành Y tế.xlsx'];
const SUMMARY = 'Đã tổng hợp 9 mô hình của 3 đơn vị từ thư mục “Danh sách 2021” trên Google Drive.';
const NO_LIST = 'không có danh sách đăng ký';

/** A fixture job over SOURCES: each source gives 3 models except the third, which holds no list. */
function fixture(opts: { pending?: JobInfo; failSteps?: Map<number, string>; startError?: string } = {}) {
  const failSteps = new Map(opts.failSteps ?? []);
  return (fn: string, args: unknown[]) => {
    switch (fn) {
      case 'aggregateInit':
        return { ok: true, pending: opts.pending ?? null };
      case 'aggregateStart':
        if (opts.startError) return { ok: false, message: opts.startError };
        return { ok: true, jobId: 'j1', label: 'thư mục “Danh sách 2021” trên Google Drive', sources: SOURCES, done: [] };
      case 'aggregateStep': {
        const i = args[1] as number;
        const message = failSteps.get(i);
        if (message !== undefined) {
          failSteps.delete(i);
          return { ok: false, message };
        }
        const empty = i === 2;
        return { ok: true, index: i, name: SOURCES[i], lists: empty ? 0 : 1, models: empty ? 0 : 3, problem: empty ? NO_LIST : null };
      }
      case 'aggregateFinish':
        return { ok: true, missing: [], summary: SUMMARY };
    }
    throw new Error(`fixture: no ${fn}`);
  };
}

const stepsCalled = (o: Opened) => o.callsOf('aggregateStep').map((a) => a[1]);
const backend = (s: Session) => (fn: string, args: unknown[]) => s.call(fn, ...args);

async function bar(o: Opened) {
  return o.page.locator('#bar').evaluate((b: HTMLProgressElement) => ({ value: b.value, max: b.max }));
}

describe.skipIf(skipUi)('the aggregation dialog', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('moves the progress bar source by source to the end, naming the current file as text', async () => {
    const o = await openPage(browser, 'AggregateDialog', DIALOG, fixture());
    const { page } = o;
    await expect.poll(() => o.callsOf('aggregateInit').length).toBe(1);
    await o.screenshot('aggregate-choose');
    const third = o.hold('aggregateStep', (a) => a[1] === 2);
    await page.getByRole('button', { name: 'Bắt đầu tổng hợp' }).click();
    await third.waiting;

    // Two read, the third (a file whose name is an HTML tag) being read.
    expect(await page.locator('#choose').isHidden()).toBe(true);
    expect(await bar(o)).toEqual({ value: 2, max: 4 });
    expect(await page.locator('#count').textContent()).toBe('Đã đọc 2/4 nguồn');
    expect(await page.locator('#models').textContent()).toBe('6 mô hình');
    expect(await page.locator('#status').textContent()).toBe(`Đang đọc: ${XSS_FILE}`);
    expect(await page.locator('#source').textContent()).toBe('Tổng hợp từ thư mục “Danh sách 2021” trên Google Drive');
    expect(await page.locator('#cancel').isVisible()).toBe(true);
    await o.screenshot('aggregate-progress');

    const finish = o.hold('aggregateFinish');
    third.release();
    await finish.waiting;
    expect(await bar(o)).toEqual({ value: 4, max: 4 });
    expect(await page.locator('#count').textContent()).toBe('Đã đọc 4/4 nguồn');
    expect(await page.locator('#models').textContent()).toBe('9 mô hình');
    expect(await page.locator('#status').textContent()).toBe('Đang ghi kết quả vào bảng tính…');
    expect(await page.locator('#cancel').isHidden()).toBe(true);
    expect(await page.locator('#problems li').allTextContents()).toEqual([`${XSS_FILE}: ${NO_LIST}`]);
    await o.screenshot('aggregate-writing');

    finish.release();
    await page.locator('#summary').waitFor();
    expect(await page.locator('#summary').textContent()).toBe(SUMMARY);
    expect(await page.locator('#progress').isHidden()).toBe(true);
    expect(await page.locator('#error').isHidden()).toBe(true);
    expect(stepsCalled(o)).toEqual([0, 1, 2, 3]);
    expect(o.callsOf('aggregateStart')).toEqual([[{ kind: 'tabs' }]]);
    expect(await page.locator('img').count()).toBe(0);
    expect(o.dialogs).toEqual([]);
    await o.screenshot('aggregate-done');

    await page.getByRole('button', { name: 'Đóng' }).click();
    await expect.poll(() => o.callsOf('host.close').length).toBe(1);
    expect(o.errors).toEqual([]);
  });

  it('sends the previous phase the officer names, and the choices fit the dialog without scrolling', async () => {
    const o = await openPage(browser, 'AggregateDialog', DIALOG, fixture());
    const { page } = o;
    await expect.poll(() => o.callsOf('aggregateInit').length).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(DIALOG.height);
    await page.getByLabel('Tổng hợp giai đoạn trước').fill('  Giai đoạn 2021-2025 ');
    await page.getByRole('button', { name: 'Bắt đầu tổng hợp' }).click();
    await page.locator('#summary').waitFor();
    expect(o.callsOf('aggregateStart')).toEqual([[{ kind: 'tabs', previousPhase: 'Giai đoạn 2021-2025' }]]);
    expect(o.errors).toEqual([]);
  });

  it('after a failed step or a lost connection, “Tiếp tục” resumes at the source that failed', async () => {
    const failed = 'Đã xảy ra lỗi ngoài dự kiến, thao tác chưa hoàn tất. (Service error: Spreadsheets failed.)';
    const o = await openPage(browser, 'AggregateDialog', DIALOG, fixture({ failSteps: new Map([[1, failed]]) }));
    const { page } = o;
    await expect.poll(() => o.callsOf('aggregateInit').length).toBe(1);
    await page.getByRole('button', { name: 'Bắt đầu tổng hợp' }).click();
    await page.locator('#error').waitFor();
    expect(await page.locator('#error').textContent()).toBe(failed);
    expect(await page.locator('#retry').isVisible()).toBe(true);
    expect(await bar(o)).toEqual({ value: 1, max: 4 });
    expect(await page.locator('#progress').isVisible()).toBe(true); // where it stopped
    expect(await page.locator('#cancel').isHidden()).toBe(true);
    expect(await page.locator('#choose').isHidden()).toBe(true);
    await o.screenshot('aggregate-failed');

    o.failNext('aggregateStep', 'NetworkError: Connection failure due to HTTP 0');
    await page.locator('#retry').click();
    await expect.poll(() => page.locator('#error').textContent()).toBe(DRIVER_TEXT.lost('NetworkError: Connection failure due to HTTP 0'));
    expect(await page.locator('#error').isVisible()).toBe(true);

    await page.locator('#retry').click();
    await page.locator('#summary').waitFor();
    expect(await page.locator('#error').isHidden()).toBe(true);
    expect(stepsCalled(o)).toEqual([0, 1, 1, 1, 2, 3]); // source 0 is never read again
    expect(o.callsOf('aggregateFinish')).toHaveLength(1);
    expect(o.errors).toEqual([]);
  });

  it('“Dừng” stops after the source being read; “Tiếp tục” reads the rest', async () => {
    const o = await openPage(browser, 'AggregateDialog', DIALOG, fixture());
    const { page } = o;
    await expect.poll(() => o.callsOf('aggregateInit').length).toBe(1);
    const second = o.hold('aggregateStep', (a) => a[1] === 1);
    await page.getByRole('button', { name: 'Bắt đầu tổng hợp' }).click();
    await second.waiting;
    await page.getByRole('button', { name: 'Dừng' }).click();
    expect(await page.locator('#cancel').textContent()).toBe('Đang dừng…');
    expect(await page.locator('#cancel').isDisabled()).toBe(true);
    second.release();
    await page.locator('#pending').waitFor();
    expect(await page.locator('#pending-text').textContent()).toBe(DRIVER_TEXT.stopped(2, 4));
    expect(await page.locator('#progress').isHidden()).toBe(true);
    expect(await page.locator('#choose').isVisible()).toBe(true);
    expect(stepsCalled(o)).toEqual([0, 1]);
    await o.screenshot('aggregate-stopped');

    await page.locator('#resume').click();
    await page.locator('#summary').waitFor();
    expect(stepsCalled(o)).toEqual([0, 1, 2, 3]);
    expect(o.errors).toEqual([]);
  });

  it('checks the folder link as it is typed, by keyboard, and shows the server’s answer', async () => {
    const denied = 'Không mở được thư mục Google Drive có mã “1AbCdEfGhIjKlMnOp” (không có quyền).';
    const o = await openPage(browser, 'AggregateDialog', DIALOG, fixture({ startError: denied }));
    const { page } = o;
    await expect.poll(() => o.callsOf('aggregateInit').length).toBe(1);
    expect(await page.locator('#folder').isDisabled()).toBe(true);

    await page.locator('#kind-tabs').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#kind-folder').isChecked()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('folder');
    await page.keyboard.type('abc');
    expect(await page.locator('#folder-error').textContent()).toBe(
      'Chưa phải đường liên kết thư mục Google Drive (dạng https://drive.google.com/drive/folders/…).',
    );
    expect(await page.locator('#folder').getAttribute('aria-invalid')).toBe('true');
    await o.screenshot('aggregate-folder-invalid');

    const link = 'https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOp?usp=sharing';
    await page.locator('#folder').fill(link);
    expect(await page.locator('#folder-error').textContent()).toBe('');
    expect(await page.locator('#folder').getAttribute('aria-invalid')).toBe('false');
    await page.keyboard.press('Enter');
    await page.locator('#error').waitFor();
    expect(await page.locator('#error').textContent()).toBe(denied);
    expect(o.callsOf('aggregateStart')).toEqual([[{ kind: 'folder', folder: link }]]);
    expect(await page.locator('#retry').isHidden()).toBe(true);
    expect(await page.locator('#choose').isVisible()).toBe(true);
    expect(o.errors).toEqual([]);
  });

  it('offers to continue a job left unfinished', async () => {
    const pending: JobInfo = { jobId: 'j1', label: 'các trang tính trong tệp này', sources: SOURCES, done: [0, 1, 2] };
    const o = await openPage(browser, 'AggregateDialog', DIALOG, fixture({ pending }));
    const { page } = o;
    await page.locator('#pending').waitFor();
    expect(await page.locator('#pending-text').textContent()).toBe('Lần tổng hợp trước (các trang tính trong tệp này) chưa xong: đã đọc 3/4 nguồn.');
    await o.screenshot('aggregate-pending');
    await page.locator('#resume').click();
    await page.locator('#summary').waitFor();
    expect(stepsCalled(o)).toEqual([3]);
    expect(o.errors).toEqual([]);

    // The real bundle: a job started and never read is offered when the dialog is opened again.
    const s = session();
    expect((s.call('aggregateStart', { kind: 'tabs' }) as JobInfo).sources).toEqual(['Trang tính1']);
    const again = await openPage(browser, 'AggregateDialog', DIALOG, backend(s));
    await again.page.locator('#pending').waitFor();
    expect(await again.page.locator('#pending-text').textContent()).toBe('Lần tổng hợp trước (các trang tính trong tệp này) chưa xong: đã đọc 0/1 nguồn.');
    expect(again.errors).toEqual([]);
  });

  it('aggregates this spreadsheet’s tabs with the real bundle behind google.script.run', async () => {
    const s = session();
    setUpList(s, 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN HOA LƯ', [
      [1, 'Công đoàn cơ sở <b>Trường</b> THCS', '<img src=x onerror=alert(1)>', false, true, true, false, false],
      [2, 'Công đoàn cơ sở Công ty May', 'Bữa cơm công nhân', true, false, false, true, false],
    ]);
    s.run('menuAggregate()');
    expect(s.gas.dialogs.map((d) => [d.title, d.width, d.height])).toEqual([['Tổng hợp danh sách đăng ký', DIALOG.width, DIALOG.height]]);
    const o = await openPage(browser, 'AggregateDialog', DIALOG, backend(s));
    const { page } = o;
    await expect.poll(() => o.callsOf('aggregateInit').length).toBe(1);
    expect(await page.locator('#pending').isHidden()).toBe(true); // nothing left unfinished
    expect(await page.locator('#folder').isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Bắt đầu tổng hợp' }).click();
    await page.locator('#summary').waitFor();
    expect(await page.locator('#summary').textContent()).toMatch(/^Đã tổng hợp 2 mô hình của 1 đơn vị từ các trang tính trong tệp này\./);
    expect(o.calls.map((c) => c.fn)).toEqual(['aggregateInit', 'aggregateStart', 'aggregateStep', 'aggregateStep', 'aggregateFinish']); // Trang tính1, Danh sách đăng ký
    expect(await bar(o)).toEqual({ value: 2, max: 2 });
    expect(await page.locator('#error').isHidden()).toBe(true);
    expect(await page.locator('#choose').isHidden()).toBe(true);
    const master = s.gas.spreadsheet._sheet('Tổng hợp')._values();
    expect(master[1][3]).toBe('Công đoàn cơ sở <b>Trường</b> THCS');
    expect(master.flat()).toContain('<img src=x onerror=alert(1)>');
    await page.getByRole('button', { name: 'Đóng' }).click();
    await expect.poll(() => o.calls.at(-1)?.fn).toBe('host.close');
    expect(o.dialogs).toEqual([]);
    expect(o.errors).toEqual([]);
  });

  it('with the real bundle: asks for a folder, shows the server’s refusal, and resumes a failed read with “Tiếp tục”', async () => {
    const s = session();
    const o = await openPage(browser, 'AggregateDialog', DIALOG, backend(s));
    const { page } = o;
    await expect.poll(() => o.callsOf('aggregateInit').length).toBe(1);

    await page.locator('#kind-folder').check();
    await page.getByRole('button', { name: 'Bắt đầu tổng hợp' }).click();
    expect(await page.locator('#error').textContent()).toBe('Hãy dán đường liên kết hoặc mã thư mục Google Drive.');
    expect(o.callsOf('aggregateStart')).toEqual([]);

    await page.locator('#folder').fill('https://example.com/x');
    await page.getByRole('button', { name: 'Bắt đầu tổng hợp' }).click();
    await expect.poll(() => page.locator('#error').textContent()).toBe(TEXT.badFolder('https://example.com/x'));
    expect(o.callsOf('aggregateStart')).toEqual([[{ kind: 'folder', folder: 'https://example.com/x' }]]);
    expect(await page.locator('#retry').isHidden()).toBe(true);

    // This spreadsheet's tabs, the one tab's read failing once.
    await page.locator('#kind-tabs').check();
    let failures = 1;
    s.gas.failWhen = (call) => call === 'Sheet.getDataRange' && failures-- > 0;
    await page.getByRole('button', { name: 'Bắt đầu tổng hợp' }).click();
    await page.locator('#retry').waitFor();
    expect(await page.locator('#error').textContent()).toMatch(/^Đã xảy ra lỗi ngoài dự kiến/);
    await page.locator('#retry').click();
    await expect.poll(() => page.locator('#error').textContent()).toMatch(/^Không có danh sách nào dùng được/);
    expect(stepsCalled(o)).toEqual([0, 0]);
    expect(o.dialogs).toEqual([]);
    expect(o.errors).toEqual([]);
  });

  it('with the real bundle: names every file of a folder it does not read, once, with the reason', async () => {
    const s = session();
    const folder = s.gas.addFolder('Danh sách 2021');
    const bytes = new Uint8Array(readFileSync(join(__dirname, '../../samples/danh-sach/ldld-huyen-hoa-lu.xlsx')));
    s.gas.addFile(folder, { name: 'ldld-huyen-hoa-lu.xlsx', mimeType: MIME.xlsx, bytes });
    s.gas.addFile(folder, { name: 'ldld-huyen-kim-son.xls', mimeType: MIME.xls, bytes: new Uint8Array([1]) });
    s.gas.addFile(folder, { name: 'ghi-chu.pdf', mimeType: MIME.pdf, bytes: new Uint8Array([1]) });
    const o = await openPage(browser, 'AggregateDialog', DIALOG, backend(s));
    const { page } = o;
    await expect.poll(() => o.callsOf('aggregateInit').length).toBe(1);
    await page.locator('#kind-folder').check();
    await page.locator('#folder').fill(`https://drive.google.com/drive/folders/${folder}`);
    await page.getByRole('button', { name: 'Bắt đầu tổng hợp' }).click();
    await page.locator('#summary').waitFor();
    expect(await page.locator('#problems li').allTextContents()).toEqual([
      'ghi-chu.pdf: không phải tệp bảng tính (.pdf), không đọc.',
      'ldld-huyen-kim-son.xls: là định dạng Excel cũ (.xls), công cụ chưa đọc được. Hãy mở bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx (Excel Workbook).',
    ]);
    expect(o.errors).toEqual([]);
  });
});

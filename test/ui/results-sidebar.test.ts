// The “Kết quả kiểm tra” sidebar in Chromium, 300 px wide, against the real bundle (node:vm, test/sheets/session.ts)
// behind google.script.run: findings grouped by row, a model name that is an HTML tag shown as text, filters, the
// cell selection, “Kiểm tra lại” after the unit fixes rows, and failures. Expectations come from the domain.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cell } from '../../src/domain/grid';
import { presetConfig } from '../../src/domain/presets';
import { validateList } from '../../src/domain/validate';
import { TEXT } from '../../src/sheets/texts';
import { setUpList, typeList } from '../sheets/builders';
import type { FakeSheet, Value } from '../sheets/fake-gas';
import { session, type Session } from '../sheets/session';
import { launch, openPage, skipUi, type Opened } from './harness';

const SIDEBAR = { width: 300, height: 700 };
const LIST = 'Danh sách đăng ký';
const XSS_MODEL = '<img src=x onerror=alert(1)>';
const XSS_MARK = '<img src=x onerror=alert(2)>';
const T = true;
const F = false;
/** Columns: STT, name, model, continue, new, VH-XH, ANQP, XD HTCT; from row 7. */
const ROWS: (Value | null)[][] = [
  [1, 'Công đoàn cơ sở Trường THCS Ninh Giang', 'Đọc sách vì cộng đồng', F, T, T, null, null],
  [2, 'Công đoàn cơ sở Công ty May Hoa Lư', XSS_MODEL, T, T, null, T, null], // both registration types
  [3, 'Công đoàn cơ sở UBND xã Ninh Hải', null, null, T, null, null, T], // no model name
  [4, 'Công đoàn cơ sở Bệnh viện huyện', 'Bữa sáng cho bệnh nhân nghèo', null, T, XSS_MARK, null, null], // odd mark
];

function setUp(): { s: Session; sheet: FakeSheet } {
  const s = session();
  return { s, sheet: setUpList(s, 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN HOA LƯ', ROWS) };
}

/** What the domain finds on the sheet now, grouped as the sidebar groups it. */
function expected(sheet: FakeSheet) {
  const findings = validateList({ values: sheet._values() as Cell[][], merges: [], sheetName: LIST }, presetConfig()!, { hints: [LIST] }).findings;
  const rows = [...new Set(findings.filter((f) => f.row !== null).map((f) => f.row!))].sort((a, b) => a - b);
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    findings,
    errors,
    warnings: findings.length - errors,
    groups: rows.map((row) => ({ row, findings: findings.filter((f) => f.row === row) })),
    list: findings.filter((f) => f.row === null),
  };
}

const backend = (s: Session) => (fn: string, args: unknown[]) => s.call(fn, ...args);

async function groups(o: Opened) {
  return o.page.locator('.group').evaluateAll((els) =>
    els.map((g) => ({
      row: g.querySelector('.row-no')!.textContent,
      title: g.querySelector('.row-title')?.textContent ?? '',
      count: g.querySelector('.count')!.textContent,
      cells: [...g.querySelectorAll('.finding')].map((f) => (f as HTMLElement).dataset.cell ?? ''),
      severities: [...g.querySelectorAll('.finding')].map((f) => (f.classList.contains('error') ? 'error' : 'warning')),
    })),
  );
}

describe.skipIf(skipUi)('the “Kết quả kiểm tra” sidebar', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens after “Kiểm tra danh sách” and shows the findings by row, sheet text as text', async () => {
    const { s, sheet } = setUp();
    s.run('menuValidate()');
    expect(s.gas.sidebars).toHaveLength(1);
    expect(s.gas.sidebars[0].title).toBe('Kết quả kiểm tra');
    const want = expected(sheet);
    expect(want.errors).toBeGreaterThan(0);
    expect(want.warnings).toBeGreaterThan(0);
    expect(want.list.length).toBeGreaterThan(0);

    const o = await openPage(browser, 'ResultsSidebar', SIDEBAR, backend(s));
    const { page } = o;
    await page.locator('#head').waitFor();
    expect(o.callsOf('resultsLoad')).toEqual([[null]]);
    await expect.poll(() => page.locator('#sheet').textContent()).toBe(`Trang “${LIST}”`);
    expect(await page.locator('#unit').textContent()).toBe('Đơn vị: Liên đoàn Lao động huyện Hoa Lư');
    expect(await page.locator('#totals').textContent()).toBe(`${want.errors} lỗi ${want.warnings} cảnh báo 4 mô hình`);
    expect(await page.locator('#count-all').textContent()).toBe(`Tất cả (${want.findings.length})`);
    expect(await page.locator('#count-error').textContent()).toBe(`Lỗi (${want.errors})`);
    expect(await page.locator('#count-warning').textContent()).toBe(`Cảnh báo (${want.warnings})`);

    // The whole-list findings (the quota), then one group per row, in sheet order, with its count.
    expect(await page.locator('#list .msg').allTextContents()).toEqual(want.list.map((f) => f.message));
    const shown = await groups(o);
    expect(shown.map((g) => [g.row, g.count])).toEqual(want.groups.map((g) => [`Dòng ${g.row}`, String(g.findings.length)]));
    expect(shown.flatMap((g) => g.cells)).toEqual(want.groups.flatMap((g) => g.findings.map((f) => `${f.column ?? 'A'}${f.row}`)));
    expect(await page.locator('.finding .msg').allTextContents()).toEqual([...want.list, ...want.groups.flatMap((g) => g.findings)].map((f) => f.message));

    // The model name that is an HTML tag is its row's title, literally; the odd mark is shown as typed.
    const row8 = shown.find((g) => g.row === 'Dòng 8')!;
    expect(row8.title).toBe(XSS_MODEL);
    expect(await page.locator('.finding .value').allTextContents()).toContain(`Trong ô: ${XSS_MARK}`);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML)).toContain('&lt;img src=x onerror=alert(1)&gt;');
    await page.waitForTimeout(100); // an injected onerror would have fired by now
    expect(o.dialogs).toEqual([]);
    expect(o.errors).toEqual([]);
    await o.screenshot('results-sidebar');
  });

  it('filters errors and warnings', async () => {
    const { s, sheet } = setUp();
    s.run('menuValidate()');
    const want = expected(sheet);
    const o = await openPage(browser, 'ResultsSidebar', SIDEBAR, backend(s));
    const { page } = o;
    await page.locator('.group').first().waitFor();

    await page.getByRole('radio', { name: `Lỗi (${want.errors})` }).click();
    let shown = await groups(o);
    expect(shown.flatMap((g) => g.severities).every((x) => x === 'error')).toBe(true);
    expect(shown.map((g) => g.row)).toEqual(want.groups.filter((g) => g.findings.some((f) => f.severity === 'error')).map((g) => `Dòng ${g.row}`));
    expect(await page.locator('.finding').count()).toBe(want.errors);
    await o.screenshot('results-sidebar-errors');

    await page.getByRole('radio', { name: `Cảnh báo (${want.warnings})` }).click();
    shown = await groups(o);
    expect(shown.flatMap((g) => g.severities).every((x) => x === 'warning')).toBe(true);
    expect(await page.locator('.finding').count()).toBe(want.warnings);

    // Keyboard: arrows move along the segmented filter like any radio group.
    await page.locator('input[name="filter"][value="warning"]').focus();
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('input[name="filter"]:checked').getAttribute('value')).toBe('error');
    expect(await page.locator('.finding').count()).toBe(want.errors);

    await page.getByRole('radio', { name: `Tất cả (${want.findings.length})` }).click();
    expect(await page.locator('.finding').count()).toBe(want.findings.length);
    expect(o.errors).toEqual([]);
  });

  it('selects a finding’s cell on its sheet, by mouse or keyboard', async () => {
    const { s, sheet } = setUp();
    s.run('menuValidate()');
    s.gas.spreadsheet._active = s.gas.spreadsheet._sheet('Cấu hình'); // the officer moved away meanwhile
    const o = await openPage(browser, 'ResultsSidebar', SIDEBAR, (fn, args) =>
      fn === 'resultsLoad' ? s.call(fn, sheet._id) : s.call(fn, ...args),
    );
    const { page } = o;
    await page.locator('.group').first().waitFor();

    await page.locator('button.finding[data-cell="D8"]').click();
    await expect.poll(() => page.locator('#status').textContent()).toBe(`Đã chọn ô D8 trên trang “${LIST}”.`);
    expect(o.callsOf('selectCell')).toEqual([[sheet._id, 'D8']]);
    expect(s.gas.spreadsheet._activeRange).toBe('D8');
    expect(s.gas.spreadsheet._active).toBe(sheet);
    expect(await page.locator('button.finding[data-cell="D8"]').getAttribute('aria-current')).toBe('true');

    // Keyboard: Tab reaches the findings, arrows move between them, Enter selects; the focus ring shows.
    await page.locator('button.finding').first().focus();
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => ({
      cell: (document.activeElement as HTMLElement).dataset.cell,
      ring: getComputedStyle(document.activeElement!).boxShadow,
    }));
    const cells = await page.locator('button.finding').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.cell));
    expect(focused.cell).toBe(cells[1]);
    expect(focused.ring).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(() => s.gas.spreadsheet._activeRange).toBe(cells[1]);
    await o.screenshot('results-sidebar-selected');
    expect(o.errors).toEqual([]);
  });

  it('“Kiểm tra lại” checks the same sheet again and refreshes the list and the marks', async () => {
    const { s, sheet } = setUp();
    s.run('menuValidate()');
    expect(sheet._cell(8, 4)?.background).toBe('#fcd5d2');
    const o = await openPage(browser, 'ResultsSidebar', SIDEBAR, backend(s));
    const { page } = o;
    await page.locator('.group').first().waitFor();
    expect((await groups(o)).map((g) => g.row)).toContain('Dòng 8');

    // The unit fixes rows 8 and 9; the officer has another tab open.
    sheet._type(8, 4, false);
    sheet._type(9, 3, 'Tổ tự quản an ninh trật tự');
    s.gas.spreadsheet._active = s.gas.spreadsheet._sheet('Cấu hình');
    const want = expected(sheet);
    const held = o.hold('resultsCheck');
    await page.getByRole('button', { name: 'Kiểm tra lại', exact: true }).click();
    await held.waiting;
    expect(await page.locator('#recheck').isDisabled()).toBe(true);
    expect(await page.locator('#recheck').textContent()).toBe('Đang kiểm tra lại…');
    expect(await page.locator('#main').getAttribute('aria-busy')).toBe('true');
    held.release();
    await expect.poll(() => page.locator('#count-all').textContent()).toBe(`Tất cả (${want.findings.length})`);
    expect(o.callsOf('resultsCheck')).toEqual([[sheet._id]]);
    const shown = await groups(o);
    expect(shown.map((g) => g.row)).toEqual(want.groups.map((g) => `Dòng ${g.row}`));
    expect(shown.map((g) => g.row)).not.toContain('Dòng 8');
    expect(await page.locator('#recheck').isDisabled()).toBe(false);
    expect(sheet._cell(8, 4)?.background).not.toBe('#fcd5d2'); // the check ran with its marks
    expect(await page.locator('#announce').textContent()).toBe(`Có ${want.errors} lỗi và ${want.warnings} cảnh báo.`);
    await o.screenshot('results-sidebar-rechecked');
    expect(o.errors).toEqual([]);
  });

  it('shows a lost connection and the server’s own messages, and recovers', async () => {
    const { s, sheet } = setUp();
    s.run('menuValidate()');
    const o = await openPage(browser, 'ResultsSidebar', SIDEBAR, backend(s));
    const { page } = o;
    await page.locator('.group').first().waitFor();

    o.failNext('selectCell', 'NetworkError: Connection failure due to HTTP 0');
    await page.locator('button.finding[data-cell="C9"]').click();
    await page.locator('#error').waitFor();
    expect(await page.locator('#error').textContent()).toBe(
      'Mất kết nối với Google hoặc máy chủ không trả lời (NetworkError: Connection failure due to HTTP 0). Hãy bấm “Kiểm tra lại” để thử lại.',
    );
    expect(await page.locator('.group').count()).toBeGreaterThan(0); // what was shown stays
    await page.locator('button.finding[data-cell="C9"]').click(); // the connection is back
    await expect.poll(() => page.locator('#error').isHidden()).toBe(true);
    expect(o.callsOf('selectCell')).toEqual([[sheet._id, 'C9'], [sheet._id, 'C9']]);

    // The sheet is deleted: its cells cannot be selected, and “Kiểm tra lại” checks the open sheet instead.
    s.gas.spreadsheet.deleteSheet(sheet);
    await page.locator('button.finding[data-cell="D8"]').click();
    await expect.poll(() => page.locator('#error').textContent()).toBe(TEXT.sheetGone);
    await o.screenshot('results-sidebar-failed');
    expect(s.gas.spreadsheet._active._name).toBe('Cấu hình');
    await page.getByRole('button', { name: 'Kiểm tra lại', exact: true }).click();
    await expect.poll(() => page.locator('#error').textContent()).toBe(TEXT.notAList('Cấu hình'));
    expect(o.callsOf('resultsCheck')).toEqual([[sheet._id]]);
    expect(o.dialogs).toEqual([]);
    expect(o.errors).toEqual([]);
  });

  it('opened from the menu on a sheet that is not a list, says so; on a clean list, says all is well', async () => {
    const s = session();
    s.run('menuSetup()');
    s.gas.spreadsheet._active = s.gas.spreadsheet._sheet('Cấu hình');
    s.run('menuResults()');
    expect(s.gas.sidebars.map((x) => x.title)).toEqual(['Kết quả kiểm tra']);
    const o = await openPage(browser, 'ResultsSidebar', SIDEBAR, backend(s));
    await o.page.locator('#error').waitFor();
    expect(await o.page.locator('#error').textContent()).toBe(TEXT.notAList('Cấu hình'));
    expect(await o.page.locator('#body').isHidden()).toBe(true);
    await o.screenshot('results-sidebar-not-a-list');

    // The officer opens the list, which is clean, and presses “Kiểm tra lại”.
    const sheet = s.gas.spreadsheet._sheet(LIST);
    const clean: (Value | null)[][] = [
      [1, 'Công đoàn cơ sở Trường THCS Ninh Giang', 'Đọc sách vì cộng đồng', F, T, T, F, F],
      [2, 'Công đoàn cơ sở Công ty May Hoa Lư', 'Bữa cơm công nhân', T, F, F, T, F],
      [3, 'Công đoàn cơ sở UBND xã Ninh Hải', 'Tổ tự quản an ninh trật tự', F, T, F, F, T],
    ];
    typeList(sheet, 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN HOA LƯ', clean);
    expect(expected(sheet).findings).toEqual([]);
    s.gas.spreadsheet._active = sheet;
    await o.page.getByRole('button', { name: 'Kiểm tra lại', exact: true }).click();
    await o.page.locator('#none').waitFor();
    expect(await o.page.locator('#none').textContent()).toBe('Không phát hiện lỗi hay cảnh báo nào.');
    expect(await o.page.locator('#error').isHidden()).toBe(true);
    expect(await o.page.locator('.finding').count()).toBe(0);
    await o.screenshot('results-sidebar-clean');
    expect(o.errors).toEqual([]);
  });
});


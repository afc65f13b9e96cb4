// The “Soạn văn bản” dialog in Chromium (680 px) against the real bundle (node:vm) of a province office's
// spreadsheet: the template picker, the number and date lines previewed as the officer types, the metadata checked
// in the page with the server's own schema, the output options sent, and the files written shown as text.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentPack } from '../../src/domain/document/packs';
import { numberLine, placeDateLine } from '../../src/domain/document/lines';
import type { GenerateRequest } from '../../src/sheets/generate/api';
import { checkMeta } from '../../src/sheets/generate/meta-fields';
import { addListTab, aggregateTabs, HOA_LU, Y_TE } from '../sheets/builders';
import { session, type Session } from '../sheets/session';
import { launch, openPage, skipUi, type Opened } from './harness';

const DIALOG = { width: 680, height: 640 };

async function office(): Promise<{ s: Session; folder: string }> {
  const s = session({ name: 'Tổng hợp Dân vận khéo 2021' });
  s.run('menuSetup()');
  addListTab(s.gas.spreadsheet, 'Hoa Lư', 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN HOA LƯ', HOA_LU);
  addListTab(s.gas.spreadsheet, 'Y tế', 'CÔNG ĐOÀN NGÀNH Y TẾ', Y_TE);
  await aggregateTabs(s);
  return { s, folder: s.gas.addFolder('Văn bản Dân vận khéo') };
}

const backend = (s: Session) => (fn: string, args: unknown[]) => s.call(fn, ...args);

const field = (o: Opened, key: string) => o.page.locator(`#f-${key}`);
const preview = async (o: Opened) => [await o.page.locator('#preview-number').textContent(), await o.page.locator('#preview-date').textContent()];

describe.skipIf(skipUi)('the “Soạn văn bản” dialog', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('previews the number and date lines as the officer types, in both profiles', async () => {
    const { s } = await office();
    s.run('menuGenerate()');
    expect(s.gas.dialogs.at(-1)).toMatchObject({ title: 'Soạn văn bản', width: DIALOG.width, height: DIALOG.height });
    const o = await openPage(browser, 'GenerateDialog', DIALOG, backend(s));
    const { page } = o;
    await page.locator('#form').waitFor();
    expect(o.callsOf('generateInit')).toEqual([[]]);

    await field(o, 'ky_hieu').fill('HD-LĐLĐ');
    await field(o, 'so').pressSequentially('29');
    await field(o, 'dia_danh').fill('Ninh Bình');
    await field(o, 'ngay').fill('2021-07-06');
    expect(await preview(o)).toEqual(['Số: 29/HD-LĐLĐ', 'Ninh Bình, ngày 06 tháng 7 năm 2021']);
    await o.screenshot('generate-preview', { fullPage: true });

    // Each keystroke updates the line, as the domain formats it.
    await field(o, 'so').fill('');
    for (const typed of ['7', '07', '7x']) {
      await field(o, 'so').fill(typed);
      expect(await page.locator('#preview-number').textContent()).toBe(numberLine(/^\d+$/.test(typed) ? typed : null, 'HD-LĐLĐ', currentPack('nha-nuoc')));
    }
    await field(o, 'ngay').fill('2024-02-05');
    expect(await page.locator('#preview-date').textContent()).toBe('Ninh Bình, ngày 05 tháng 02 năm 2024');
    expect(await page.locator('#preview-date').textContent()).toBe(placeDateLine('Ninh Bình', '2024-02-05'));

    // A Party document: “Số 09-CTr/HU”, no colon.
    await field(o, 'the_thuc').selectOption('dang');
    await field(o, 'ky_hieu').fill('CTr/HU');
    await field(o, 'so').fill('9');
    expect(await page.locator('#preview-number').textContent()).toBe('Số 09-CTr/HU');
    expect(o.callsOf('generateRun')).toEqual([]);
    expect(o.errors).toEqual([]);
  });

  it('checks the form with the server’s schema before sending anything', async () => {
    const { s } = await office();
    const o = await openPage(browser, 'GenerateDialog', DIALOG, backend(s));
    const { page } = o;
    await page.locator('#form').waitFor();
    await field(o, 'co_quan').fill('Liên đoàn Lao động tỉnh Ninh Bình');
    await field(o, 'ky_hieu').fill('29/HD-LĐLĐ');
    await field(o, 'so').fill('abc');
    await field(o, 'dia_danh').fill('Ninh Bình');
    await page.locator('#folder').fill('abc');
    await page.getByRole('button', { name: 'Tạo văn bản' }).click();

    const values = await page.locator('#fields').evaluate((box) =>
      Object.fromEntries([...box.querySelectorAll<HTMLInputElement>('[name]')].map((el) => [el.name, el.value])),
    );
    const checked = checkMeta(values);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const byKey = new Map(checked.problems.map((p) => [p.key, p.text]));
    expect([...byKey.keys()].sort()).toEqual(['ky_hieu', 'so']);
    for (const [key, text] of byKey) {
      expect(await page.locator(`#f-${key}-error`).textContent()).toBe(text);
      expect(await field(o, key).getAttribute('aria-invalid')).toBe('true');
    }
    expect(await page.locator('#folder-error').textContent()).toBe(
      'Không phải đường liên kết hay mã thư mục Google Drive (dạng https://drive.google.com/drive/folders/…).',
    );
    expect(await page.locator('#error').textContent()).toBe('Còn 3 chỗ cần sửa (đánh dấu đỏ bên dưới).');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-so'); // the first problem, in page order
    expect(o.callsOf('generateRun')).toEqual([]);
    await o.screenshot('generate-invalid', { fullPage: true });

    // Typing clears a field's mark.
    await field(o, 'so').fill('29');
    expect(await page.locator('#f-so-error').textContent()).toBe('');
    expect(await field(o, 'so').getAttribute('aria-invalid')).toBeNull();
    expect(o.errors).toEqual([]);
  });

  it('sends the template, data and output choices, writes the .docx and lists what was written as text', async () => {
    const { s, folder } = await office();
    const o = await openPage(browser, 'GenerateDialog', DIALOG, backend(s));
    const { page } = o;
    await page.locator('#form').waitFor();
    expect(await page.locator('input[name=template]').count()).toBe(6); // five built-in, one from Drive
    await page.getByRole('radio', { name: /^Danh sách/ }).check();
    await field(o, 'co_quan').fill('Liên đoàn Lao động tỉnh Ninh Bình');
    await field(o, 'ky_hieu').fill('DS-LĐLĐ');
    await field(o, 'so').fill('29');
    await field(o, 'dia_danh').fill('Ninh Bình');
    await field(o, 'ngay').fill('2021-07-06');
    await page.locator('#folder').fill(`https://drive.google.com/drive/folders/${folder}?usp=sharing`);
    const held = o.hold('generateRun');
    await page.getByRole('button', { name: 'Tạo văn bản' }).click();
    await held.waiting;
    expect(await page.locator('#run').isDisabled()).toBe(true);
    expect(await page.locator('#status').textContent()).toBe('Đang soạn văn bản… (nhiều mô hình có thể mất một lúc)');
    held.release();
    await page.locator('#result').waitFor();

    const [request] = o.callsOf('generateRun')[0] as [GenerateRequest];
    expect(request.settings).toEqual({ template: 'danh-sach', data: 'master', folder: `https://drive.google.com/drive/folders/${folder}?usp=sharing`, each: false, doc: false, pdf: false });
    expect(request.values).toMatchObject({ so: '29', ky_hieu: 'DS-LĐLĐ', ngay: '2021-07-06', dia_danh: 'Ninh Bình' });
    const files = s.gas.folders.get(folder)!.files.map((id) => s.gas.files.get(id)!.name);
    expect(files).toHaveLength(1);
    expect(await page.locator('#files a').allTextContents()).toEqual(files);
    expect(await page.locator('#summary').textContent()).toMatch(/^Đã soạn Danh sách/);
    expect(await page.locator('#error').isHidden()).toBe(true);
    await o.screenshot('generate-done', { fullPage: true });
    expect(o.errors).toEqual([]);
  });

  it('offers a template from Drive, Google Docs and PDF copies, and shows file names as text', async () => {
    const { s } = await office();
    const XSS = '<img src=x onerror=alert(1)>';
    const o = await openPage(browser, 'GenerateDialog', DIALOG, (fn, args) =>
      fn === 'generateRun'
        ? {
            ok: true,
            summary: 'Đã soạn Kế hoạch.',
            files: (['docx', 'gdoc', 'pdf'] as const).map((kind) => ({ kind, name: `${XSS}.${kind}`, url: 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view' })),
            warnings: [`Thẻ ${XSS} không có dữ liệu`],
          }
        : s.call(fn, ...args),
    );
    const { page } = o;
    await page.locator('#form').waitFor();
    await field(o, 'co_quan').fill('Liên đoàn Lao động tỉnh Ninh Bình');
    await field(o, 'ky_hieu').fill('KH-LĐLĐ');
    await field(o, 'dia_danh').fill('Ninh Bình');
    await page.locator('#folder').fill('1FoLdErIdXyZ12345');
    await page.locator('#template-file').fill('nope');
    expect(await page.locator('#template-drive').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Tạo văn bản' }).click();
    expect(await page.locator('#template-file-error').textContent()).toBe('Không phải đường liên kết hay mã tệp Google Drive (dạng https://drive.google.com/file/d/…).');
    expect(o.callsOf('generateRun')).toEqual([]);

    const link = 'https://drive.google.com/file/d/1TeMpLaTeIdAbCdEf/view?usp=sharing';
    await page.locator('#template-file').fill(link);
    await page.getByText('Thêm bản Google Tài liệu').click();
    await page.getByText('Thêm bản PDF (để ký số)').click();
    await page.getByRole('button', { name: 'Tạo văn bản' }).click();
    await page.locator('#result').waitFor();
    const [request] = o.callsOf('generateRun')[0] as [GenerateRequest];
    expect(request.settings).toMatchObject({ template: link, doc: true, pdf: true });
    expect(await page.locator('#files li').allTextContents()).toEqual([`Word: ${XSS}.docx`, `Google Tài liệu: ${XSS}.gdoc`, `PDF: ${XSS}.pdf`]);
    expect(await page.locator('#warnings li').allTextContents()).toEqual([`Thẻ ${XSS} không có dữ liệu`]);
    expect(await page.locator('img').count()).toBe(0);
    await page.waitForTimeout(100);
    expect(o.dialogs).toEqual([]);
    await o.screenshot('generate-files', { fullPage: true });
    expect(o.errors).toEqual([]);
  });
});

// The collection dialogs in Chromium: “Gửi biểu mẫu cho đơn vị” (the unit picker — addresses, units without one, a
// filter, select all/none — then steps held back to see the progress, stopped and resumed, and a whole run with the
// real bundle) and “Nhắc đơn vị” (every reminder previewed with its recipients, subject and text, the quota, sending
// what fits). Unit names that are HTML tags are shown as text. Screenshots go to test-results/ui/.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/domain/config';
import type { DistributeInit } from '../../src/sheets/collect/api';
import { campaign, distribute, fill, folderLink, formOf, HOA_LU, KIM_SON, mail, officer, three, Y_TE, YEN_MO, aggregateFolder } from '../sheets/collect-fixtures';
import { launch, openPage, skipUi } from './harness';

const DISTRIBUTE = { width: 640, height: 560 };
const REMIND = { width: 720, height: 600 };
const XSS_UNIT = 'Công đoàn <img src=x onerror=alert(1)>';

/** The default campaign with addresses, and a unit whose name is an HTML tag. */
function withOddUnit() {
  const c = campaign();
  return configSchema.parse({ ...c, units: [...c.units, { name: XSS_UNIT, type: 'cd-nganh', email: 'la@ldld.example.vn' }] });
}

describe.skipIf(skipUi)('the collection dialogs', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('picks units (addresses shown, units without one marked), filters them, and sends forms with the real bundle', async () => {
    const s = officer(withOddUnit());
    const folder = s.gas.addFolder('Biểu mẫu 2021');
    distribute(s, folderLink(folder), [HOA_LU]); // Hoa Lư already has its form
    s.run('menuDistribute()');
    expect(s.gas.dialogs.at(-1)).toMatchObject({ title: 'Gửi biểu mẫu cho đơn vị', width: DISTRIBUTE.width, height: DISTRIBUTE.height });
    const o = await openPage(browser, 'DistributeDialog', DISTRIBUTE, (fn, args) => s.call(fn, ...args));
    const { page } = o;
    await page.locator('#choose').waitFor();
    expect(await page.locator('#folder').inputValue()).toBe(`https://drive.google.com/drive/folders/${folder}`);
    expect(await page.locator('#units li').count()).toBe(17);
    expect(await page.locator('#chosen').textContent()).toBe('Đã chọn 17/17 đơn vị.');
    const hoaLu = page.locator('#units li', { hasText: HOA_LU });
    expect(await hoaLu.locator('.badge').textContent()).toBe('đã có biểu mẫu');
    expect(await hoaLu.locator('.emails').textContent()).toBe(mail(HOA_LU));
    const kimSon = page.locator('#units li', { hasText: KIM_SON });
    expect(await kimSon.locator('.emails').textContent()).toBe('chưa có địa chỉ thư (sẽ chưa chia sẻ)');
    expect(await kimSon.locator('.emails.none').count()).toBe(1);
    expect(await page.locator('#units li', { hasText: XSS_UNIT }).locator('.who').textContent()).toBe(XSS_UNIT);
    await o.screenshot('distribute-picker');

    // Filter “yên”, untick everything shown, then tick Yên Mô only; and the odd unit.
    await page.locator('#filter').fill('yên');
    expect(await page.locator('#units li:not([hidden])').count()).toBe(2);
    await page.getByRole('button', { name: 'Bỏ chọn' }).click();
    expect(await page.locator('#chosen').textContent()).toBe('Đã chọn 15/17 đơn vị.');
    await page.locator('#filter').fill('');
    await page.getByRole('button', { name: 'Bỏ chọn' }).click();
    await page.getByLabel(YEN_MO).check();
    await page.getByLabel(XSS_UNIT).check();
    await page.getByLabel(KIM_SON).check();
    expect(await page.locator('#chosen').textContent()).toBe('Đã chọn 3/17 đơn vị.');
    await page.getByRole('button', { name: 'Tạo và chia sẻ biểu mẫu' }).click();
    await page.locator('#summary').waitFor();
    expect(o.callsOf('distributeStart')).toEqual([[{ folder: `https://drive.google.com/drive/folders/${folder}`, units: [YEN_MO, KIM_SON, XSS_UNIT] }]]);
    const summary = await page.locator('#summary').textContent();
    expect(summary).toContain('tạo mới 3, đã có 0; chia sẻ thêm với 3 địa chỉ.');
    expect(summary).toContain(KIM_SON);
    expect(await page.locator('#log li').allTextContents()).toEqual([
      `${YEN_MO}: đã tạo; đã chia sẻ với ${mail(YEN_MO)}, chutich.yenmo@ldld.example.vn`,
      `${KIM_SON}: đã tạo; chưa có địa chỉ thư trong “Cấu hình”, chưa chia sẻ`,
      `${XSS_UNIT}: đã tạo; đã chia sẻ với la@ldld.example.vn`,
    ]);
    expect(await page.locator('#progress').isHidden()).toBe(true);
    await o.screenshot('distribute-done', { fullPage: true });
    expect(o.dialogs).toEqual([]);
    expect(o.errors).toEqual([]);
  });

  it('shows the progress step by step, stops on request, and resumes; a bad folder link is named as typed', async () => {
    const units = Array.from({ length: 6 }, (_, i) => ({ name: `Công đoàn ngành số ${i + 1}`, emails: [`nganh${i + 1}@x.vn`], link: null, sharedWith: [] }));
    let done = 0;
    const handler = (fn: string) => {
      switch (fn) {
        case 'distributeInit':
          return { ok: true, campaign: 'Đợt thử', units, inactive: ['Liên đoàn Lao động huyện Cũ'], folder: '', pending: null } satisfies { ok: true } & DistributeInit;
        case 'distributeStart':
          return { ok: true, jobId: 'd1', label: 'thư mục “Biểu mẫu”', total: 6, done: 0 };
        case 'distributeStep': {
          const log = [units[done], units[done + 1]].map((u) => ({ unit: u.name, text: 'đã tạo; đã chia sẻ với ' + u.emails[0] }));
          done += 2;
          return { ok: true, done, total: 6, log };
        }
        case 'distributeFinish':
          return { ok: true, summary: 'Biểu mẫu ở thư mục “Biểu mẫu”: tạo mới 6, đã có 0; chia sẻ thêm với 6 địa chỉ.' };
        case 'host.close':
          return null;
      }
      throw new Error(`fixture: no ${fn}`);
    };
    const o = await openPage(browser, 'DistributeDialog', DISTRIBUTE, handler);
    const { page } = o;
    await page.locator('#choose').waitFor();
    expect(await page.locator('#inactive').textContent()).toBe('Không liệt kê 1 đơn vị không còn hoặc chưa hoạt động vào hạn nộp: Liên đoàn Lao động huyện Cũ.');
    await page.locator('#folder').fill('drive.google.com/khong-phai');
    expect(await page.locator('#folder-error').textContent()).toContain('Chưa phải đường liên kết thư mục Google Drive');
    await page.getByRole('button', { name: 'Tạo và chia sẻ biểu mẫu' }).click();
    expect(await page.locator('#error').textContent()).toContain('Chưa phải đường liên kết thư mục');
    expect(o.callsOf('distributeStart')).toEqual([]);

    await page.locator('#folder').fill('https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOp');
    const second = o.hold('distributeStep');
    const third = o.hold('distributeStep');
    await page.getByRole('button', { name: 'Tạo và chia sẻ biểu mẫu' }).click();
    await second.waiting;
    second.release();
    await third.waiting;
    expect(await page.locator('#count').textContent()).toBe('Đã xong 2/6 đơn vị');
    expect(await page.locator('#bar').evaluate((b: HTMLProgressElement) => [b.value, b.max])).toEqual([2, 6]);
    await o.screenshot('distribute-progress');
    await page.getByRole('button', { name: 'Dừng' }).click();
    third.release();
    await page.locator('#pending').waitFor();
    expect(await page.locator('#pending-text').textContent()).toBe('Đã dừng: đã xong 4/6 đơn vị. Bấm “Tiếp tục” để làm tiếp.');
    await page.locator('#resume').click();
    await page.locator('#summary').waitFor();
    expect(o.callsOf('distributeStep')).toHaveLength(3);
    expect(await page.locator('#log li').count()).toBe(6);
    expect(o.errors).toEqual([]);
  });

  it('previews every reminder (recipients, subject, text) and sends what today’s quota allows, with the real bundle', async () => {
    const s = officer(withOddUnit());
    const folder = s.gas.addFolder('Biểu mẫu 2021');
    distribute(s, folderLink(folder));
    fill(formOf(s, folder, HOA_LU).sheet, three('HL'), true);
    fill(formOf(s, folder, YEN_MO).sheet, three('YM').slice(0, 2));
    fill(formOf(s, folder, Y_TE).sheet, three('YT').slice(0, 1), true);
    await aggregateFolder(s, folderLink(folder));
    s.run('menuRemind()');
    expect(s.gas.dialogs.at(-1)).toMatchObject({ title: 'Nhắc đơn vị', width: REMIND.width, height: REMIND.height });
    s.gas.mailQuota = 3;
    const o = await openPage(browser, 'RemindDialog', REMIND, (fn, args) => s.call(fn, ...args));
    const { page } = o;
    await page.locator('#preview').waitFor();
    expect(await page.locator('#step option').allTextContents()).toEqual(['Gửi danh sách đăng ký mô hình (15/07/2021)']);
    expect(await page.locator('#counts').textContent()).toBe('16 đơn vị cần nhắc: 14 chưa nộp, 1 đang điền, 1 cần sửa.');
    expect(await page.locator('#quota').textContent()).toContain('Hạn mức gửi thư hôm nay còn 3 người nhận');
    const yte = page.locator('article.reminder', { hasText: Y_TE });
    expect(await yte.locator('.badge').textContent()).toBe('cần sửa');
    expect(await yte.locator('.to').textContent()).toBe(`Gửi tới: ${mail(Y_TE)}`);
    expect(await yte.locator('.subject').textContent()).toBe(`[Dân vận khéo] Đề nghị sửa danh sách đăng ký mô hình – ${Y_TE}`);
    expect(await yte.locator('pre').textContent()).toContain('ít hơn chỉ tiêu tối thiểu 2 mô hình');
    const kim = page.locator('article.reminder', { hasText: KIM_SON });
    expect(await kim.locator('.to').textContent()).toBe('Chưa có địa chỉ thư trong “Cấu hình”: gửi nội dung này qua Zalo hoặc điện thoại.');
    expect(await kim.locator('input').isDisabled()).toBe(true);
    expect(await page.locator('article.reminder', { hasText: XSS_UNIT }).locator('strong').textContent()).toBe(XSS_UNIT);
    expect(await page.locator('#send').textContent()).toBe('Gửi 15 thư (16 người nhận)');
    expect(await page.locator('#over').textContent()).toContain('vượt hạn mức hôm nay (3)');
    await o.screenshot('remind-preview');

    // Only three chosen: they fit.
    await page.getByRole('button', { name: 'Bỏ chọn' }).click();
    for (const u of [Y_TE, YEN_MO]) await page.locator('article.reminder', { hasText: u }).locator('input').check();
    expect(await page.locator('#send').textContent()).toBe('Gửi 2 thư (3 người nhận)');
    expect(await page.locator('#over').isHidden()).toBe(true);
    await page.locator('#send').click();
    await page.locator('#result').waitFor();
    expect(await page.locator('#result').textContent()).toContain('Đã gửi 2 thư nhắc');
    expect(s.gas.mails.map((m) => m.to.join(',')).sort()).toEqual([`${mail(YEN_MO)},chutich.yenmo@ldld.example.vn`, mail(Y_TE)].sort());
    expect(await page.locator('#send').isDisabled()).toBe(true); // what was sent is unticked: a second click sends nothing twice
    expect(await page.locator('#quota').textContent()).toContain('còn 0 người nhận');
    await o.screenshot('remind-sent', { fullPage: true });
    expect(o.dialogs).toEqual([]);
    expect(o.errors).toEqual([]);
  });
});

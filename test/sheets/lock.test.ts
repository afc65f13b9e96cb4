// One change at a time per spreadsheet: every handler that writes holds LockService.getDocumentLock(), so a
// second click (or another officer in the same file) while one runs is told so in Vietnamese and changes nothing.
// In the built bundle (node:vm, no Node globals), against the stand-in's lock.
import { describe, expect, it } from 'vitest';
import type { JobInfo, Reply } from '../../src/sheets/aggregate-api';
import { TEXT } from '../../src/sheets/texts';
import { addListTab, aggregateTabs, HOA_LU, ok, Y_TE } from './builders';
import { session, type Session } from './session';

const BUSY = 'Một thao tác khác của Dân vận khéo đang chạy trong tệp này; hãy đợi xong rồi thử lại.';

const META = {
  co_quan: 'Liên đoàn Lao động tỉnh Ninh Bình',
  dia_danh: 'Ninh Bình',
  so: '29',
  ky_hieu: 'DS-LĐLĐ',
  ngay: '2021-07-06',
  trich_yeu: 'Danh sách mô hình',
  nguoi_ky: 'Lê Thị Mai Thủy',
};

function office(): Session {
  const s = session({ name: 'Tổng hợp Dân vận khéo 2021' });
  s.run('menuSetup()');
  addListTab(s.gas.spreadsheet, 'Hoa Lư', 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN HOA LƯ', HOA_LU);
  addListTab(s.gas.spreadsheet, 'Y tế', 'CÔNG ĐOÀN NGÀNH Y TẾ', Y_TE);
  s.gas.alerts.length = 0;
  return s;
}

/** Everything a handler could change: the sheets (names, cells, hidden), the Drive files, dialogs and sidebars. */
function state(s: Session): string {
  const ss = s.gas.spreadsheet;
  return JSON.stringify({
    sheets: ss._sheets.map((x) => ({ name: x._name, hidden: x._hidden, rows: x._rows, merges: x._merges })),
    files: [...s.gas.files.keys()],
    dialogs: s.gas.dialogs.length,
    sidebars: s.gas.sidebars.length,
  });
}

const failed = (r: unknown) => {
  const v = r as Reply<object>;
  return v.ok ? null : v.message;
};

describe('the document lock', () => {
  it('a handler that changes the spreadsheet refuses while another one runs, and changes nothing', async () => {
    const s = office();
    await aggregateTabs(s); // a job record and result sheets exist
    const job = ok<JobInfo>(s.call('aggregateStart', { kind: 'tabs' }));
    const folder = s.gas.addFolder('Văn bản');
    s.gas.spreadsheet._active = s.gas.spreadsheet._sheet('Hoa Lư');
    const hoaLu = s.gas.spreadsheet._sheet('Hoa Lư')._id;

    s.gas.lockedElsewhere = true;
    s.gas.log.reset();
    s.gas.lockWaits.length = 0;
    const before = state(s);
    for (const menu of ['menuSetup', 'menuValidate', 'menuReturn']) {
      s.run(`${menu}()`);
      expect(s.gas.alerts.at(-1)?.prompt, menu).toBe(BUSY);
    }
    expect(failed(s.call('resultsCheck', hoaLu))).toBe(BUSY);
    expect(failed(s.call('aggregateStart', { kind: 'tabs' }))).toBe(BUSY);
    expect(failed(s.call('aggregateStep', job.jobId, 0))).toBe(BUSY);
    expect(failed(s.call('aggregateFinish', job.jobId))).toBe(BUSY);
    expect(failed(s.call('generateRun', { values: META, settings: { template: 'danh-sach', data: 'master', folder, each: false, doc: false, pdf: false } }))).toBe(BUSY);
    expect(state(s)).toBe(before);
    // Nothing but the lock was asked for: no read, no write.
    expect(Object.keys(s.gas.log.snapshot()).sort()).toEqual(['Lock.tryLock', 'LockService.getDocumentLock', 'SpreadsheetApp.getUi', 'Ui.alert']);
    // A short wait for the other run, not Apps Script's whole limit.
    expect(s.gas.lockWaits.length).toBe(8);
    expect(Math.max(...s.gas.lockWaits)).toBeLessThanOrEqual(5_000);

    // Read-only calls still answer: the sidebar's first load, the dialogs' first calls, selecting a cell.
    expect(failed(s.call('resultsLoad', hoaLu))).toBeNull();
    expect(failed(s.call('aggregateInit'))).toBeNull();
    expect(failed(s.call('generateInit'))).toBeNull();
    expect(failed(s.call('selectCell', hoaLu, 'B7'))).toBeNull();
    s.run('menuResults()');
    expect(s.gas.sidebars).toHaveLength(1);

    // Once the other run is over, the same calls work, and each lets the lock go.
    s.gas.lockedElsewhere = false;
    s.run('menuValidate()');
    expect(s.gas.alerts.at(-1)?.prompt).toBe(BUSY); // no new alert
    expect(s.gas.spreadsheet._sheets.some((x) => x._name === TEXT.resultsSheet)).toBe(true);
    expect(s.gas.lockHeld).toBe(false);
    const step = s.call('aggregateStep', job.jobId, 0);
    expect(failed(step)).toBeNull();
    expect(s.gas.lockHeld).toBe(false);
    expect(failed(s.call('generateRun', { values: META, settings: { template: 'danh-sach', data: 'master', folder, each: false, doc: false, pdf: false } }))).toBeNull();
    expect(s.gas.lockHeld).toBe(false);
    expect(s.logs).toEqual([]);
  });

  it('is let go when the handler fails, so the next click works', () => {
    const s = office();
    const sheet = s.gas.spreadsheet._sheet('Hoa Lư');
    s.gas.spreadsheet._active = sheet;
    sheet._failOn = 'getDataRange';
    s.run('menuValidate()');
    expect(s.gas.alerts.at(-1)!.prompt).toMatch(/^Đã xảy ra lỗi ngoài dự kiến/);
    expect(s.gas.lockHeld).toBe(false);
    expect(failed(s.call('aggregateStep', 'no-such-job', 0))).toBe(TEXT.jobGone);
    expect(s.gas.lockHeld).toBe(false);
    sheet._failOn = null;
    s.run('menuValidate()');
    expect(s.gas.sidebars).toHaveLength(1);
    expect(s.gas.lockHeld).toBe(false);
    s.logs.length = 0;
  });
});

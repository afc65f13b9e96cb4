// Collecting the lists from the units, in the built bundle (node:vm, see session.ts): a form per unit on Drive
// (batches, resume, idempotence, protection, sharing), the distribution folder as the aggregation's source (submitted,
// being filled in, blank), “Trả lại” into a unit's own form, the Google Form and its responses sheet, reminders within
// the e-mail quota, the scopes each menu asks for, and the call counts for 300 units.
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/domain/config';
import { FORM_MARKER_SHEET } from '../../src/domain/form-marker';
import { formQuestions } from '../../src/domain/responses';
import type { DistributeInit, DistributeJob, DistributeStep, RemindInit, RemindPreview, RemindResult } from '../../src/sheets/collect/api';
import type { JobInfo } from '../../src/sheets/aggregate-api';
import { runJob } from '../../src/sheets/dialog/driver';
import { ok, serverOf } from './builders';
import { MIME } from './fake-gas';
import {
  campaign,
  distribute,
  fill,
  filesIn,
  folderLink,
  formOf,
  HOA_LU,
  KIM_SON,
  mail,
  officer,
  runSteps,
  three,
  writeConfig,
  Y_TE,
  YEN_MO,
} from './collect-fixtures';
import { GAS_DIR, session, type Session } from './session';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('Gửi biểu mẫu cho đơn vị', () => {
  it('makes each unit its form in the folder: its name, quota and deadline, a tick box, protected, shared with a Vietnamese message', () => {
    const s = officer(campaign());
    const folder = s.gas.addFolder('Biểu mẫu 2021');
    s.run('menuDistribute()');
    expect(s.gas.dialogs.at(-1)).toMatchObject({ title: 'Gửi biểu mẫu cho đơn vị' });
    const init = ok<DistributeInit>(s.call('distributeInit'));
    expect(init.units.find((u) => u.name === YEN_MO)?.emails).toEqual([mail(YEN_MO), 'chutich.yenmo@ldld.example.vn']);
    expect(init.units.find((u) => u.name === KIM_SON)?.emails).toEqual([]);
    expect(init.inactive).toEqual([]);
    const { summary } = distribute(s, folderLink(folder), [HOA_LU, YEN_MO, KIM_SON]);
    expect(s.logs).toEqual([]);

    expect(filesIn(s, folder).map((f) => f.name).sort()).toEqual([HOA_LU, KIM_SON, YEN_MO].map((u) => `${campaign().title} – ${u}`).sort());
    const { ss, sheet, id } = formOf(s, folder, HOA_LU);
    expect(sheet._value(1, 1)).toBe('LIÊN ĐOÀN LAO ĐỘNG HUYỆN HOA LƯ');
    expect(sheet._value(4, 1)).toBe('Chỉ tiêu: 3 mô hình. Hạn nộp: 15/07/2021.');
    expect(sheet._value(5, 1)).toContain('Đã hoàn thành, gửi cấp trên');
    expect(sheet._cell(5, 4)).toMatchObject({ value: false, validation: { kind: 'checkbox' } });
    expect(sheet._cell(9, 4)?.validation).toMatchObject({ kind: 'checkbox' });
    expect(sheet._value(7, 2)).toBe('Tên tập thể hoặc cá nhân xây dựng mô hình điển hình *');
    expect(sheet._cell(1, 1)?.note).toContain('Mỗi mô hình ghi trên một dòng');
    const marker = ss._sheet(FORM_MARKER_SHEET);
    expect(marker._hidden).toBe(true);
    expect(marker._value(3, 2)).toBe(HOA_LU);

    // Shared with the unit's address only, with our message; the unit can type in the data area and tick the box, nothing else.
    const email = mail(HOA_LU);
    expect(s.gas.files.get(id)!.editors).toEqual([email]);
    expect(s.gas.shareNotices.filter((n) => n.fileId === id)).toEqual([{ fileId: id, to: email, message: expect.stringContaining(`Kính gửi ${HOA_LU},`) }]);
    expect(s.gas.shareNotices[0].message).toContain('trước ngày 15/07/2021');
    expect(sheet._canEdit(email, 9, 2)).toBe(true);
    expect(sheet._canEdit(email, 400, 8)).toBe(true);
    expect(sheet._canEdit(email, 5, 4)).toBe(true);
    expect(sheet._canEdit(email, 1, 1)).toBe(false);
    expect(sheet._canEdit(email, 7, 3)).toBe(false);
    expect(sheet._canEdit(email, 4, 1)).toBe(false);
    expect(marker._canEdit(email, 3, 2)).toBe(false);
    expect(sheet._canEdit('nguoi.khac@example.vn', 9, 2)).toBe(false);
    expect(sheet._canEdit(s.gas.userEmail, 1, 1)).toBe(true);
    // Kim Sơn has no address: its form is made, not shared, and the officer is told.
    expect(s.gas.files.get(formOf(s, folder, KIM_SON).id)!.editors ?? []).toEqual([]);
    expect(summary).toContain('tạo mới 3');
    expect(summary).toContain(`Chưa có địa chỉ thư nên chưa chia sẻ (gửi đường liên kết qua Zalo):\n• ${KIM_SON}`);
    // The record, and the template made for the copies in the trash (the only file the tool removes, its own).
    const record = s.gas.spreadsheet._sheet('Phát biểu mẫu');
    expect(record._values().slice(3).map((r) => [r[1], r[3]])).toEqual([
      [HOA_LU, email],
      [YEN_MO, `${mail(YEN_MO)}; chutich.yenmo@ldld.example.vn`],
      [KIM_SON, ''],
    ]);
    expect(record._value(4, 3)).toBe(`https://docs.google.com/spreadsheets/d/${id}/edit`);
    const template = [...s.gas.files.values()].find((f) => f.name.startsWith('Dân vận khéo – mẫu tạm'))!;
    expect(s.gas.trashed.has(template.id)).toBe(true);
  });

  it('runs in short steps and resumes where the dialog was closed; the result is that of one whole run', () => {
    const c = campaign(25);
    const s = officer(c);
    const folder = s.gas.addFolder('Biểu mẫu');
    const job = ok<DistributeJob>(s.call('distributeStart', { folder: folderLink(folder), units: c.units.map((u) => u.name) }));
    const first = ok<DistributeStep>(s.call('distributeStep', job.jobId));
    expect(first).toMatchObject({ done: 20, total: 25 });
    expect(first.log[0]).toEqual({ unit: 'Công đoàn ngành số 1', text: 'đã tạo; đã chia sẻ với nganh1@ldld.example.vn' });
    // The dialog is closed; opening it again offers to continue.
    const init = ok<DistributeInit>(s.call('distributeInit'));
    expect(init.pending).toEqual({ jobId: job.jobId, label: 'thư mục “Biểu mẫu”', total: 25, done: 20 });
    expect(init.units.filter((u) => u.link).length).toBe(20);
    const rest = runSteps(s, init.pending!);
    expect(rest.steps.map((x) => x.done)).toEqual([25]);
    expect(filesIn(s, folder)).toHaveLength(25);
    expect(s.gas.shareNotices).toHaveLength(25);
    expect(rest.summary).toContain('tạo mới 25');
    expect(ok<DistributeInit>(s.call('distributeInit')).pending).toBeNull();
  });

  it('is idempotent: no second form, no second e-mail; only a changed address is shared, and a dropped one unshared', () => {
    const c = campaign();
    const s = officer(c);
    const folder = s.gas.addFolder('Biểu mẫu');
    distribute(s, folderLink(folder), [HOA_LU, YEN_MO]);
    const notices = s.gas.shareNotices.length;
    const again = distribute(s, folderLink(folder), [HOA_LU, YEN_MO]);
    expect(filesIn(s, folder)).toHaveLength(2);
    expect(s.gas.shareNotices).toHaveLength(notices);
    expect(again.summary).toContain('tạo mới 0, đã có 2; chia sẻ thêm với 0 địa chỉ');

    // Hoa Lư's address changes: the new one gets the form (and an e-mail), the old one loses it.
    const changed = configSchema.parse({ ...c, units: c.units.map((u) => (u.name === HOA_LU ? { ...u, email: 'vanphong.hoalu@ldld.example.vn' } : u)) });
    writeConfig(s.gas.spreadsheet, changed);
    const third = distribute(s, folderLink(folder), [HOA_LU, YEN_MO]);
    const hl = formOf(s, folder, HOA_LU);
    expect(s.gas.files.get(hl.id)!.editors).toEqual(['vanphong.hoalu@ldld.example.vn']);
    expect(s.gas.shareNotices.slice(notices).map((n) => n.to)).toEqual(['vanphong.hoalu@ldld.example.vn']);
    expect(third.steps[0].log[0].text).toBe(`đã có, dùng lại; đã chia sẻ với vanphong.hoalu@ldld.example.vn; đã thôi chia sẻ với ${mail(HOA_LU)} (không còn trong “Cấu hình”)`);
    expect(filesIn(s, folder)).toHaveLength(2);
  });

  it('a run cut off after the copy finds that copy by name, finishes preparing it, and never makes a second one', () => {
    const s = officer(campaign());
    const folder = s.gas.addFolder('Biểu mẫu');
    let cut = true;
    s.gas.failWhen = (call) => cut && call === 'Protection.removeEditors' && !(cut = false);
    const job = ok<DistributeJob>(s.call('distributeStart', { folder: folderLink(folder), units: [HOA_LU] }));
    const first = runSteps(s, job);
    expect(first.steps[0].log[0].text).toMatch(/^chưa tạo được biểu mẫu \(Service error: Protection\.removeEditors failed/);
    expect(first.summary).toContain(`Chưa xong (chạy lại để thử tiếp):\n• ${HOA_LU}`);
    expect(s.logs.some((l) => l.level === 'error' && l.text.includes('distribute'))).toBe(true);
    s.logs.length = 0;
    const second = distribute(s, folderLink(folder), [HOA_LU]);
    expect(filesIn(s, folder)).toHaveLength(1);
    expect(second.steps[0].log[0].text).toBe(`đã có, dùng lại; đã chia sẻ với ${mail(HOA_LU)}`);
    const { sheet } = formOf(s, folder, HOA_LU);
    expect(sheet._protections.filter((p) => p.sheet)).toHaveLength(1);
    expect(sheet._canEdit(mail(HOA_LU), 1, 1)).toBe(false);
  });

  it('refuses a bad folder, no unit, an unknown unit and a missing Drive service before making anything', () => {
    const c = campaign();
    const s = officer(configSchema.parse({ ...c, units: [...c.units, { name: 'Liên đoàn Lao động huyện Cũ', type: 'ldld-huyen', validTo: '2020-12-31' }] }));
    expect(ok<DistributeInit>(s.call('distributeInit')).inactive).toEqual(['Liên đoàn Lao động huyện Cũ']);
    const folder = s.gas.addFolder('Biểu mẫu');
    const files = s.gas.files.size;
    const bad = (spec: unknown) => s.call('distributeStart', spec) as { ok: boolean; message: string };
    expect(bad({ folder: 'abc', units: [HOA_LU] }).message).toContain('không phải đường liên kết hay mã thư mục Google Drive');
    expect(bad({ folder: folderLink(folder), units: [] }).message).toBe('Chưa chọn đơn vị nào.');
    expect(bad({ folder: folderLink(folder), units: ['Đơn vị lạ'] }).message).toContain('Không có trong trang “Cấu hình”: Đơn vị lạ');
    delete (s.ctx as Record<string, unknown>).Drive; // the Drive advanced service not enabled
    expect(bad({ folder: folderLink(folder), units: [HOA_LU] }).message).toContain('Drive API (v3)');
    expect(s.gas.files.size).toBe(files);
  });
});

describe('the distribution folder as the aggregation’s source', () => {
  function distributed(): { s: Session; folder: string } {
    const s = officer(campaign());
    const folder = s.gas.addFolder('Biểu mẫu 2021');
    distribute(s, folderLink(folder), [HOA_LU, YEN_MO, Y_TE, KIM_SON]);
    fill(formOf(s, folder, HOA_LU).sheet, three('HL'), true); // finished and ticked
    fill(formOf(s, folder, YEN_MO).sheet, three('YM').slice(0, 2)); // still filling in
    fill(formOf(s, folder, Y_TE).sheet, three('YT').slice(0, 1), true); // ticked, one model short
    return { s, folder };
  }

  it('is offered by default; a ticked form is submitted, one with rows but no tick “Đang điền”, a blank one “Chưa nộp”', async () => {
    const { s, folder } = distributed();
    const server = serverOf(s);
    const init = await server.init();
    expect(init).toMatchObject({ ok: true, defaultFolder: `https://drive.google.com/drive/folders/${folder}` });
    const job = ok<JobInfo>(await server.start({ kind: 'folder', folder: (init as { defaultFolder: string }).defaultFolder }));
    const summary = await runJob(server, job, { reading() {}, read() {}, writing() {} });
    expect(s.logs).toEqual([]);
    expect(summary).toContain('Đã tổng hợp 4 mô hình của 2 đơn vị');
    expect(summary).toContain(`Đang điền (chưa tích “Đã hoàn thành”, chưa tính): ${YEN_MO} (2).`);
    const board = s.gas.spreadsheet._sheet('Tình trạng nộp')._values();
    const status = (u: string) => board.find((r) => r[1] === u)?.[3];
    expect([status(HOA_LU), status(YEN_MO), status(Y_TE), status(KIM_SON)]).toEqual(['Đã nộp', 'Đang điền', 'Cần sửa', 'Chưa nộp']);
    const master = s.gas.spreadsheet._sheet('Tổng hợp')._values();
    expect(master.slice(1).map((r) => r[1])).toEqual([Y_TE, HOA_LU, HOA_LU, HOA_LU]);
    // Sources are never changed.
    expect(formOf(s, folder, YEN_MO).sheet._value(5, 4)).toBe(false);
  });

  it('“Trả lại” on a unit’s row marks its own form, unticks “Đã hoàn thành” and e-mails the message; values never change', async () => {
    const { s, folder } = distributed();
    const server = serverOf(s);
    await runJob(server, ok<JobInfo>(await server.start({ kind: 'folder', folder: folderLink(folder) })), { reading() {}, read() {}, writing() {} });
    const ss = s.gas.spreadsheet;
    const board = ss._sheet('Tình trạng nộp');
    const row = board._values().findIndex((r) => r[1] === Y_TE) + 1;
    ss._active = board;
    ss._activeRange = `B${row}`;
    const form = formOf(s, folder, Y_TE).sheet;
    const before = form._values();
    s.gas.answers.push('YES');
    s.gas.dialogs.length = 0;
    s.run('menuReturn()');
    expect(s.logs).toEqual([]);
    expect(s.gas.alerts.at(-1)!.prompt).toContain(`Trả lại biểu mẫu cho ${Y_TE}`);
    // The quota finding is about the whole list (no cell); the values are the unit's, except the tool's own tick box.
    expect(form._value(5, 4)).toBe(false);
    const after = form._values();
    after[4][3] = before[4][3] = '';
    expect(after).toEqual(before);
    expect(s.gas.mails).toHaveLength(1);
    expect(s.gas.mails[0]).toMatchObject({ to: [mail(Y_TE)], subject: `[Dân vận khéo] Trả lại danh sách đăng ký mô hình – ${Y_TE}` });
    expect(s.gas.mails[0].body).toContain('ít hơn chỉ tiêu tối thiểu 2 mô hình');
    expect(s.gas.mails[0].body).toContain('ngay trong biểu mẫu của đơn vị');
    expect(s.gas.dialogs.at(-1)!.content).toContain('Đã gửi thư tới');
    expect(board._value(row, 12)).toMatch(/\(trả lại\)$/);

    // A mistake in a cell is filled and noted in the unit's form.
    form._type(9, 3, null);
    ss._activeRange = `C${row}`;
    s.gas.answers.push('YES');
    s.run('menuReturn()');
    expect(form._cell(9, 3)?.background).toBe('#fcd5d2');
    expect(form._cell(9, 3)?.note).toContain('Chưa ghi tên mô hình');
    // “Không” leaves everything as it is.
    s.gas.answers.push('NO');
    const mails = s.gas.mails.length;
    s.run('menuReturn()');
    expect(s.gas.mails).toHaveLength(mails);
  });
});

describe('Tạo Google Form đăng ký', () => {
  const at = (d: number, h = 8) => new Date(Date.UTC(2021, 6, d, h));

  it('builds one Form from the config, linked to a responses sheet that aggregates like any list; later answers replace, edits update', async () => {
    const s = officer(campaign());
    s.run('menuForm()');
    expect(s.logs).toEqual([]);
    expect(s.gas.forms.size).toBe(1);
    const form = [...s.gas.forms.values()][0];
    const qs = formQuestions(campaign());
    expect(form._items.map((i) => [i.title, i.type, i.required])).toEqual(qs.map((q) => [q.title, { list: 'LIST', choice: 'MULTIPLE_CHOICE', text: 'TEXT' }[q.kind], q.required]));
    expect(form._items[0].choices).toContain(HOA_LU);
    expect(form._allowEdits).toBe(true);
    expect(s.gas.alerts.at(-1)!.prompt).toContain(form.getPublishedUrl());
    expect(s.gas.alerts.at(-1)!.prompt).toContain('Câu trả lời biểu mẫu 1');
    const responses = s.gas.spreadsheet._sheet('Câu trả lời biểu mẫu 1');
    expect(responses._values()[0]).toEqual(['Dấu thời gian', ...qs.map((q) => q.title)]);

    const answer = (unit: string, name: string, model: string, reg = 'Đăng ký xây dựng mới', field = 'Văn hóa - xã hội') => ({
      'Đơn vị': unit,
      'Tên tập thể hoặc cá nhân xây dựng mô hình': name,
      'Tên mô hình hoặc điển hình': model,
      'Hình thức đăng ký': reg,
      'Lĩnh vực': field,
    });
    form._submit(answer(Y_TE, 'CĐ Bệnh viện tỉnh', 'Nụ cười thân thiện'), at(5));
    const second = form._submit(answer(Y_TE, 'CĐ Trung tâm Y tế', 'Bác sĩ về bản'), at(6));
    form._submit(answer(Y_TE, 'CĐ Bệnh viện tỉnh', 'NỤ CƯỜI  THÂN THIỆN', 'Tiếp tục đăng ký'), at(7));
    form._submit(answer(HOA_LU, 'CĐCS Trường THCS', 'Đọc sách'), at(7));

    const aggregateTabs = async () => {
      const server = serverOf(s);
      return runJob(server, ok<JobInfo>(await server.start({ kind: 'tabs' })), { reading() {}, read() {}, writing() {} });
    };
    expect(await aggregateTabs()).toContain('Đã tổng hợp 3 mô hình của 2 đơn vị');
    const master = () => s.gas.spreadsheet._sheet('Tổng hợp')._values().slice(1);
    expect(master().map((r) => [r[1], r[4], r[5]])).toEqual([
      [Y_TE, 'Bác sĩ về bản', 'Mới'],
      [Y_TE, 'NỤ CƯỜI  THÂN THIỆN', 'Tiếp tục'],
      [HOA_LU, 'Đọc sách', 'Mới'],
    ]);
    const checks = s.gas.spreadsheet._sheet('Kiểm tra')._values();
    expect(checks.some((r) => r[1] === 'RESPONSE_REPLACED' && r[6] === 2)).toBe(true);

    // A unit edits its response: the same row, read as it is now.
    form._edit(second, answer(Y_TE, 'CĐ Trung tâm Y tế', 'Bác sĩ về bản làng', 'Đăng ký xây dựng mới', 'An ninh - quốc phòng'), at(8));
    await aggregateTabs();
    expect(master().find((r) => r[4] === 'Bác sĩ về bản làng')?.[6]).toBe('An ninh - quốc phòng');
    expect(master()).toHaveLength(3);
  });

  it('run again after the config changed, updates the same Form (choices, a new column) instead of making another', () => {
    const s = officer(campaign());
    s.run('menuForm()');
    const form = [...s.gas.forms.values()][0];
    const c = campaign();
    const more = configSchema.parse({
      ...c,
      units: [...c.units, { name: 'Công đoàn phường Nam Bình', type: 'cd-nganh', email: 'nambinh@ldld.example.vn' }],
      columns: [{ key: 'dia_diem', label: 'Địa điểm triển khai', required: true }],
    });
    writeConfig(s.gas.spreadsheet, more);
    s.run('menuForm()');
    expect(s.logs).toEqual([]);
    expect(s.gas.forms.size).toBe(1);
    expect(form._items[0].choices).toContain('Công đoàn phường Nam Bình');
    expect(form._items.map((i) => i.title).at(-1)).toBe('Địa điểm triển khai');
    expect(form._items.at(-1)!.required).toBe(true);
    expect(s.gas.spreadsheet._sheets.filter((x) => x._name.startsWith('Câu trả lời biểu mẫu'))).toHaveLength(1);
    expect(s.gas.spreadsheet._sheet('Câu trả lời biểu mẫu 1')._values()[0].at(-1)).toBe('Địa điểm triển khai');
    expect(s.gas.alerts.at(-1)!.prompt).toContain('Đã cập nhật Google Form');

    // The column leaves the config: its question stays (its answers too) and is named.
    writeConfig(s.gas.spreadsheet, campaign());
    s.run('menuForm()');
    expect(form._items.map((i) => i.title)).toContain('Địa điểm triển khai');
    expect(s.gas.alerts.at(-1)!.prompt).toContain('Câu hỏi không còn trong “Cấu hình” (chưa xóa, để giữ câu trả lời đã có; xóa trong Google Form nếu muốn): Địa điểm triển khai.');
  });

  it('“Kiểm tra danh sách” on the responses sheet checks every unit’s answers, with no false finding', () => {
    const s = officer(campaign());
    s.run('menuForm()');
    const form = [...s.gas.forms.values()][0];
    form._submit({ 'Đơn vị': Y_TE, 'Tên tập thể hoặc cá nhân xây dựng mô hình': 'CĐ Bệnh viện', 'Tên mô hình hoặc điển hình': 'Nụ cười', 'Hình thức đăng ký': 'Tiếp tục đăng ký', 'Lĩnh vực': 'Văn hóa - xã hội' }, at(5));
    form._submit({ 'Đơn vị': Y_TE, 'Tên tập thể hoặc cá nhân xây dựng mô hình': 'CĐ Trung tâm', 'Tên mô hình hoặc điển hình': 'Bác sĩ', 'Hình thức đăng ký': 'Tiếp tục đăng ký', 'Lĩnh vực': 'Văn hóa - xã hội' }, at(5));
    s.gas.spreadsheet._active = s.gas.spreadsheet._sheet('Câu trả lời biểu mẫu 1');
    s.run('menuValidate()');
    expect(s.logs).toEqual([]);
    expect(s.gas.spreadsheet._sheet('Kết quả kiểm tra')._values()[3][2]).toBe('Không phát hiện lỗi hay cảnh báo nào.');
  });
});

describe('Nhắc đơn vị', () => {
  async function aggregated(): Promise<Session> {
    const s = officer(campaign());
    const folder = s.gas.addFolder('Biểu mẫu 2021');
    distribute(s, folderLink(folder));
    fill(formOf(s, folder, HOA_LU).sheet, three('HL'), true);
    fill(formOf(s, folder, YEN_MO).sheet, three('YM').slice(0, 2));
    fill(formOf(s, folder, Y_TE).sheet, three('YT').slice(0, 1), true);
    const server = serverOf(s);
    await runJob(server, ok<JobInfo>(await server.start({ kind: 'folder', folder: folderLink(folder) })), { reading() {}, read() {}, writing() {} });
    return s;
  }

  it('previews one message per unit to remind (recipients, subject, text), sends what the quota allows and says what is left', async () => {
    const s = await aggregated();
    s.run('menuRemind()');
    expect(s.gas.dialogs.at(-1)).toMatchObject({ title: 'Nhắc đơn vị' });
    const init = ok<RemindInit>(s.call('remindInit'));
    expect(init.steps).toEqual([{ key: 'dang-ky', label: 'Gửi danh sách đăng ký mô hình', date: '2021-07-15' }]);
    const p = ok<RemindPreview>(s.call('remindPreview', 'dang-ky'));
    expect(p.quota).toBe(100);
    const byUnit = new Map(p.reminders.map((r) => [r.unit, r]));
    expect(byUnit.has(HOA_LU)).toBe(false);
    expect(byUnit.get(YEN_MO)).toMatchObject({ kind: 'filling', kindLabel: 'đang điền', to: [mail(YEN_MO), 'chutich.yenmo@ldld.example.vn'] });
    expect(byUnit.get(YEN_MO)!.body).toContain('Biểu mẫu của đơn vị: https://docs.google.com/spreadsheets/d/');
    expect(byUnit.get(Y_TE)).toMatchObject({ kind: 'needs-fix' });
    expect(byUnit.get(Y_TE)!.body).toContain('ít hơn chỉ tiêu tối thiểu 2 mô hình');
    expect(byUnit.get(KIM_SON)).toMatchObject({ kind: 'missing', to: [] });
    expect(p.reminders).toHaveLength(15); // 16 units, Hoa Lư submitted: Y tế, Yên Mô and 13 that sent nothing

    // Quota for 3 recipients: Giáo dục (1) and Y tế (1) fit, Yên Mô (2) waits for tomorrow; Kim Sơn has no address.
    s.gas.mailQuota = 3;
    const GIAO_DUC = 'Công đoàn ngành Giáo dục';
    const r = ok<RemindResult>(s.call('remindSend', 'dang-ky', [YEN_MO, Y_TE, KIM_SON, GIAO_DUC]));
    expect(s.logs).toEqual([]);
    expect(r).toMatchObject({ sent: [GIAO_DUC, Y_TE], left: [YEN_MO], noAddress: [KIM_SON], quota: 1 });
    expect(r.summary).toContain('Đã gửi 2 thư nhắc');
    expect(r.summary).toContain(`Hết hạn mức gửi thư hôm nay (còn 1 người nhận): còn 1 thư chưa gửi, hãy gửi tiếp vào ngày mai:\n• ${YEN_MO}`);
    expect(s.gas.mails.map((m) => [m.to, m.subject])).toEqual([
      [[mail(GIAO_DUC)], `[Dân vận khéo] Nhắc gửi danh sách đăng ký mô hình – ${GIAO_DUC}`],
      [[mail(Y_TE)], `[Dân vận khéo] Đề nghị sửa danh sách đăng ký mô hình – ${Y_TE}`],
    ]);
    expect(s.gas.mails[1].body).toBe(byUnit.get(Y_TE)!.body);
    const board = s.gas.spreadsheet._sheet('Tình trạng nộp')._values();
    const log = (u: string) => board.find((x) => x[1] === u)?.[11];
    expect(log(GIAO_DUC)).toMatch(/^\d\d:\d\d ngày \d\d\/\d\d\/\d{4} \(chưa nộp\)$/);
    expect(log(Y_TE)).toMatch(/\(cần sửa\)$/);
    expect(log(YEN_MO)).toBe('');
    expect(log(KIM_SON)).toBe('');

    // Tomorrow: the rest goes; the log grows; a re-aggregation keeps it.
    s.gas.mailQuota = 100;
    ok<RemindResult>(s.call('remindSend', 'dang-ky', [YEN_MO, Y_TE]));
    expect(s.gas.spreadsheet._sheet('Tình trạng nộp')._values().find((x) => x[1] === Y_TE)?.[11]).toMatch(/\(cần sửa\); .*\(cần sửa\)$/);
    const server = serverOf(s);
    await runJob(server, ok<JobInfo>(await server.start({ kind: 'folder', folder: ok<{ defaultFolder: string }>(await server.init()).defaultFolder })), { reading() {}, read() {}, writing() {} });
    expect(s.gas.spreadsheet._sheet('Tình trạng nộp')._values().find((x) => x[1] === Y_TE)?.[11]).toMatch(/\(cần sửa\); .*\(cần sửa\)$/);
    expect(s.gas.spreadsheet._sheet('Tình trạng nộp')._values().find((x) => x[1] === YEN_MO)?.[11]).toMatch(/\(đang điền\)$/);
  });

  it('says to aggregate first when there is no board', () => {
    const s = officer(campaign());
    expect(s.call('remindPreview', 'dang-ky')).toEqual({ ok: false, message: expect.stringContaining('Chưa có trang “Tình trạng nộp”') });
  });
});

describe('scopes', () => {
  const BASE_SCOPES = ['https://www.googleapis.com/auth/spreadsheets', 'https://www.googleapis.com/auth/drive', 'https://www.googleapis.com/auth/script.container.ui'];

  it('with only the base scopes granted, the other menus work, and Form and reminders ask for theirs before doing anything', () => {
    const s = officer(campaign());
    s.gas.grantedScopes = new Set(BASE_SCOPES);
    s.run('menuSetup()');
    s.run('menuValidate()');
    expect(s.logs).toEqual([]);
    const sheets = s.gas.spreadsheet._sheets.length;
    expect(() => s.run('menuForm()')).toThrow('Authorization is required');
    expect(() => s.run('menuRemind()')).toThrow('Authorization is required');
    expect(() => s.call('remindSend', 'dang-ky', [])).toThrow('Authorization is required');
    expect(s.gas.scopeRequests).toEqual([['https://www.googleapis.com/auth/forms'], ['https://www.googleapis.com/auth/script.send_mail'], ['https://www.googleapis.com/auth/script.send_mail']]);
    expect(s.gas.forms.size).toBe(0);
    expect(s.gas.spreadsheet._sheets.length).toBe(sheets);
    expect(s.gas.dialogs.filter((d) => d.title === 'Nhắc đơn vị')).toEqual([]);
    expect(s.logs).toEqual([]);
  });
});

describe('the manifest', () => {
  it('declares the collection menus’ scopes next to the base ones, and nothing else', () => {
    const manifest = JSON.parse(readFileSync(join(GAS_DIR, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets',
      'https://www.googleapis.com/auth/drive',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/forms',
      'https://www.googleapis.com/auth/script.send_mail',
    ]);
  });
});

describe('scale', () => {
  it('distributing to 300 units makes O(1) spreadsheet reads and writes per unit, and no per-cell call', () => {
    const count = (n: number) => {
      const c = campaign(n);
      const s = officer(c, `Tỉnh ${n}`);
      const folder = s.gas.addFolder('Biểu mẫu');
      s.gas.log.reset();
      distribute(s, folderLink(folder));
      expect(s.logs).toEqual([]);
      expect(filesIn(s, folder)).toHaveLength(n);
      return s.gas.log.snapshot();
    };
    const small = count(20);
    const large = count(300);
    const sheetsCalls = (snap: Record<string, number>) =>
      Object.entries(snap).filter(([k]) => /^(Spreadsheet|Sheet|Range|RangeList|Protection|SpreadsheetApp)\./.test(k)).reduce((a, [, v]) => a + v, 0);
    const perUnit = (sheetsCalls(large) - sheetsCalls(small)) / 280;
    const grow = (k: string) => ((large[k] ?? 0) - (small[k] ?? 0)) / 280;
    // Each unit: open its copy, its two sheets, one write of the title lines and one of the marker, two protections
    // with their editors set; whatever the 800 cells of the form. A per-cell call would make hundreds per unit.
    expect(perUnit).toBeLessThanOrEqual(25);
    expect(grow('Range.setValues') + grow('Range.setValue')).toBeLessThanOrEqual(2.1);
    expect(grow('Range.getValues') + grow('Range.getValue')).toBeLessThanOrEqual(0.2); // per step, not per unit
    expect(grow('SpreadsheetApp.openById')).toBe(1);
    expect(grow('File.makeCopy')).toBe(1);
    expect([large['File.makeCopy'], large['Drive.Permissions.create'], large['LockService.getDocumentLock']]).toEqual([300, 300, 17]);
  });
});

describe('the template’s form', () => {
  it('is a Google Sheet of the Drive root, never in the folder', () => {
    const s = officer(campaign());
    const folder = s.gas.addFolder('Biểu mẫu');
    distribute(s, folderLink(folder), [HOA_LU]);
    const template = [...s.gas.files.values()].find((f) => f.name.startsWith('Dân vận khéo – mẫu tạm'))!;
    expect(template.mimeType).toBe(MIME.sheets);
    expect(s.gas.folders.get(s.gas.rootFolderId)!.files).toContain(template.id);
    expect(s.gas.folders.get(folder)!.files).not.toContain(template.id);
  });
});

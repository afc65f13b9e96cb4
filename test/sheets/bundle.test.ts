// Drives the built Apps Script bundle in node:vm (see session.ts) the way an officer would: menu, setup, check.
import { describe, expect, it } from 'vitest';
import { configToGrid } from '../../src/domain/config-sheet';
import { presetConfig } from '../../src/domain/presets';
import { validateList } from '../../src/domain/validate';
import type { Cell } from '../../src/domain/grid';
import type { Reply } from '../../src/sheets/aggregate-api';
import type { ResultsView } from '../../src/sheets/ui/results-view';
import type { FakeSheet, Value } from './fake-gas';
import { setUpList } from './builders';
import { GAS_DIR, session, type Session } from './session';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ERROR_BG = '#fcd5d2';
const WARNING_BG = '#fff0bd';
const PREFIX = 'Dân vận khéo: ';
const LIST = 'Danh sách đăng ký';
const RESULTS = 'Kết quả kiểm tra';

const T = true;
const F = false;
/** The seed-004 shape with planted mistakes. Columns: STT, name, model, continue, new, VH-XH, ANQP, XD HTCT. */
const PLANTED: (Value | null)[][] = [
  [1, 'Công đoàn cơ sở Trường THCS Ninh Giang', 'Đọc sách vì cộng đồng', F, T, T, null, null],
  [2, 'Công đoàn cơ sở Công ty May Hoa Lư', 'Bữa cơm công nhân', T, T, null, T, null], // both registration types
  [3, 'Công đoàn cơ sở UBND xã Ninh Hải', null, null, T, null, null, T], // no model name
  [4, 'Công đoàn cơ sở Trường THCS Ninh Giang', 'đọc sách  vì CỘNG ĐỒNG', null, T, T, null, null], // duplicate of row 7
  [5, 'Công đoàn cơ sở Bệnh viện huyện', '=HYPERLINK("http://example.com","bấm vào đây")', null, T, 'có', null, null], // odd mark
  [6, 'Công đoàn cơ sở Bệnh viện huyện', '=HYPERLINK("http://example.com","bấm vào đây")', null, T, null, T, null], // duplicate, text starts with =
  [7, '@Công đoàn Bưu điện', '-Bưu điện xanh', null, T, null, "'+1", null], // odd mark typed as text “+1”
];

const setUpPlanted = (s: Session): FakeSheet => setUpList(s, 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN HOA LƯ', PLANTED);

function bg(sheet: FakeSheet, a1: string): string {
  const [r, c] = rc(a1);
  return sheet._cell(r, c)?.background ?? '#ffffff';
}
function note(sheet: FakeSheet, a1: string): string {
  const [r, c] = rc(a1);
  return sheet._cell(r, c)?.note ?? '';
}
function rc(a1: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  return [Number(m[2]), m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)];
}
function a1Of(row: number, col: number): string {
  return `${String.fromCharCode(64 + col)}${row}`;
}

/** Every cell of a sheet that holds a fill or a note. */
function decorations(sheet: FakeSheet): Map<string, { bg?: string; note?: string }> {
  const out = new Map<string, { bg?: string; note?: string }>();
  sheet._rows.forEach((row, r) =>
    row?.forEach((d, c) => {
      if (d && (d.background || d.note)) out.set(a1Of(r + 1, c + 1), { bg: d.background, note: d.note });
    }),
  );
  return out;
}

/** What the sidebar shows of the active sheet (its first call, resultsLoad). */
function sidebarView(s: Session): ResultsView {
  const r = s.call('resultsLoad', null) as Reply<ResultsView>;
  if (!r.ok) throw new Error(r.message);
  return r;
}

function resultRows(s: Session): Value[][] {
  return s.gas.spreadsheet._sheet(RESULTS)._values().slice(3);
}

describe('the bundle in a bare context', () => {
  it('sees no Node globals and makes no service call while loading', () => {
    const s = session();
    for (const g of ['require', 'process', 'Buffer', 'setTimeout', 'module', 'global', 'TextEncoder', 'TextDecoder'])
      expect(s.run(`typeof ${g}`), g).toBe('undefined');
    expect(s.gas.log.total).toBe(0);
  });

  it("every function src/sheets/main.ts exports has a top-level stub Apps Script can call (no list kept by hand)", () => {
    const s = session();
    const exported = JSON.parse(s.run('JSON.stringify(Object.keys(DVK))') as string) as string[];
    expect(exported).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'menuSetup', 'menuValidate', 'aggregateStep', 'generateRun', 'selectCell']));
    for (const f of exported) {
      expect(s.run(`typeof DVK.${f}`), f).toBe('function');
      // A top-level declaration (what Apps Script lists), delegating to the export.
      expect(s.run(`Object.getOwnPropertyDescriptor(globalThis, ${JSON.stringify(f)}) !== undefined && typeof ${f}`), f).toBe('function');
      expect(s.run(`String(${f})`), f).toContain(`DVK.${f}.apply`);
    }
    const code = readFileSync(join(GAS_DIR, 'Code.js'), 'utf8');
    const stubs = [...code.matchAll(/^function (\w+)\(\)\{return DVK\.(\w+)\.apply/gm)].map((m) => m[1]);
    expect([...stubs].sort()).toEqual([...exported].sort());
  });
});

describe('onOpen / onInstall', () => {
  const ITEMS: [string, string][] = [
    ['Thiết lập biểu mẫu', 'menuSetup'],
    ['Gửi biểu mẫu cho đơn vị', 'menuDistribute'],
    ['Tạo Google Form đăng ký', 'menuForm'],
    ['Kiểm tra danh sách', 'menuValidate'],
    ['Xem kết quả kiểm tra', 'menuResults'],
    ['Trả lại danh sách', 'menuReturn'],
    ['Nhắc đơn vị', 'menuRemind'],
    ['Tổng hợp danh sách', 'menuAggregate'],
    ['Soạn văn bản', 'menuGenerate'],
    ['Kiểm tra thể thức văn bản', 'menuCheckFormat'],
  ];
  const uiOnly = (s: Session) => Object.keys(s.gas.log.snapshot()).every((n) => /^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/.test(n));

  it('the add-on build (the default) always adds the add-on menu, whatever the auth mode, using the UI only', () => {
    const s = session();
    s.run('onOpen({ authMode: ScriptApp.AuthMode.NONE })'); // an add-on not yet used in this document
    s.run('onOpen({ authMode: ScriptApp.AuthMode.LIMITED })'); // used before, or bound
    s.run('onInstall({ authMode: ScriptApp.AuthMode.FULL })');
    s.run('onOpen()'); // run from the editor
    expect(s.gas.menus).toEqual(Array(4).fill({ kind: 'addon', title: null, items: ITEMS }));
    expect(uiOnly(s)).toBe(true);
    expect(s.logs).toEqual([]);
  });

  it('the bound-script build (DVK_BOUND=1) adds a top-level “Dân vận khéo” menu, using the UI only', () => {
    const s = session({ variant: 'bound' });
    s.run('onOpen({ authMode: ScriptApp.AuthMode.LIMITED })');
    s.run('onOpen()');
    expect(s.gas.menus).toEqual(Array(2).fill({ kind: 'top', title: 'Dân vận khéo', items: ITEMS }));
    expect(uiOnly(s)).toBe(true);
    expect(s.logs).toEqual([]);
    // The same handlers behind it.
    s.run('menuSetup()');
    expect(s.gas.spreadsheet._sheets.map((x) => x._name)).toContain('Danh sách đăng ký');
  });
});

describe('menuSetup', () => {
  it('creates “Cấu hình” from the default preset and a registration sheet in the seed-004 layout', () => {
    const s = session();
    s.run('menuSetup()');
    const ss = s.gas.spreadsheet;
    const config = ss._sheet('Cấu hình');
    const expected = configToGrid(presetConfig()!);
    const got = config._values();
    expected.forEach((row, i) => row.forEach((c, j) => expect(got[i][j], `Cấu hình ${a1Of(i + 1, j + 1)}`).toEqual(c ?? '')));
    expect(got).toHaveLength(expected.length);
    // Every key row's label is bold (Tên đợt, Hạn nộp, Đối tượng vận động…), whatever their number.
    const keys = expected.flatMap((r, i) => (['Tên đợt', 'Hạn nộp', 'Đối tượng vận động'].includes(String(r[0])) ? [i + 1] : []));
    expect(keys).toHaveLength(3);
    for (const r of keys) expect(config._cell(r, 1)?.bold, `Cấu hình A${r}`).toBe(true);

    const list = ss._sheet(LIST);
    const v = list._values();
    expect(v[4]).toEqual(['STT', 'Tên tập thể hoặc cá nhân xây dựng mô hình điển hình', 'Tên mô hình hoặc điển hình', 'Tiếp tục đăng ký', 'Đăng ký xây dựng mới', 'Lĩnh vực', '', '']);
    expect(v[5]).toEqual(['', '', '', '', '', 'Văn hóa - xã hội', 'An ninh - quốc phòng', 'Xây dựng hệ thống chính trị']);
    expect(v[2][0]).toBe('ĐĂNG KÝ XÂY DỰNG MÔ HÌNH, ĐIỂN HÌNH “DÂN VẬN KHÉO” GIAI ĐOẠN 2021 – 2025');
    expect(list._merges).toEqual(
      expect.arrayContaining([
        { top: 5, left: 6, bottom: 5, right: 8 }, // “Lĩnh vực” over its sub-columns
        ...[1, 2, 3, 4, 5].map((c) => ({ top: 5, left: c, bottom: 6, right: c })),
      ]),
    );
    expect(list._frozenRows).toBe(6);
    expect(list._protections).toEqual([{ range: { r1: 5, c1: 1, r2: 6, c2: 8 }, description: expect.any(String), warningOnly: true }]);
    for (let c = 4; c <= 8; c++) expect(list._cell(7, c)?.validation, `checkbox ${a1Of(7, c)}`).toMatchObject({ kind: 'checkbox' });
    for (const c of [2, 3]) expect(list._cell(500, c)?.format).toBe('@');
    expect(list._cell(7, 1)?.validation).toBeUndefined();
    expect(s.gas.alerts.at(-1)!.prompt).toContain('Đã tạo trang “Cấu hình”');
    expect(ss._active._name).toBe(LIST);
  });

  it('never overwrites: keeps an officer-edited “Cấu hình” and adds “Danh sách đăng ký (2)”', () => {
    const s = session();
    s.run('menuSetup()');
    const ss = s.gas.spreadsheet;
    const config = ss._sheet('Cấu hình');
    config._type(4, 2, 'Đăng ký mô hình năm 2026'); // the officer renames the campaign
    ss._sheet(LIST)._type(7, 2, 'Công đoàn cơ sở A');
    const before = { config: config._values(), list: ss._sheet(LIST)._values() };
    s.run('menuSetup()');
    expect(ss._sheets.map((x) => x._name)).toEqual(['Cấu hình', 'Trang tính1', LIST, `${LIST} (2)`]);
    expect(config._values()).toEqual(before.config);
    expect(ss._sheet(LIST)._values()).toEqual(before.list);
    expect(ss._sheet(`${LIST} (2)`)._values()[2][0]).toBe('ĐĂNG KÝ MÔ HÌNH NĂM 2026');
    expect(s.gas.alerts.at(-1)!.prompt).toContain('Đã dùng trang “Cấu hình” có sẵn');
  });
});

describe('menuValidate', () => {
  it('fills and notes every cell with a finding, lists them, and changes no value', () => {
    const s = session();
    const sheet = setUpPlanted(s);
    // The officer's own fill and note: one on a cell that will get a finding, one elsewhere.
    sheet._cellW(8, 4).background = '#b7e1cd';
    sheet._cellW(8, 4).note = 'Đã nhắc đơn vị qua Zalo';
    sheet._cellW(7, 2).background = '#d9ead3';
    sheet._cellW(7, 2).note = 'Mô hình điểm của huyện';
    const values = sheet._values();
    const expected = validateList({ values: values as Cell[][], merges: [], sheetName: LIST }, presetConfig()!, { hints: [LIST] }).findings;
    const before = decorations(sheet);
    s.run('menuValidate()');

    expect(sheet._values()).toEqual(values);
    expect(sheet._formulas()).toEqual([]);

    // The planted mistakes.
    const codeAt = new Map(resultRows(s).map((r) => [String(r[1]), String(r[3])]));
    expect(codeAt.get('D8')).toBe('REG_TYPE_BOTH');
    expect(codeAt.get('C9')).toBe('MISSING_MODEL_NAME');
    expect(codeAt.get('C10')).toBe('DUPLICATE_MODEL');
    expect(codeAt.get('F11')).toBe('INVALID_MARK');
    expect(codeAt.get('C12')).toBe('DUPLICATE_MODEL');
    expect(codeAt.get('G13')).toBe('INVALID_MARK');
    for (const a1 of ['D8', 'C9', 'C10', 'C12']) expect(bg(sheet, a1), a1).toBe(ERROR_BG);
    for (const a1 of ['F11', 'G13']) expect(bg(sheet, a1), a1).toBe(WARNING_BG);
    expect(note(sheet, 'C9')).toBe(`${PREFIX}Chưa ghi tên mô hình hoặc điển hình.`);
    expect(note(sheet, 'D8')).toMatch(/^Đã nhắc đơn vị qua Zalo\n\nDân vận khéo: Đánh dấu cả/);
    expect(bg(sheet, 'B7')).toBe('#d9ead3');
    expect(note(sheet, 'B7')).toBe('Mô hình điểm của huyện');

    // Exactly the cells of the domain's findings are marked, and nothing else gained a fill or a note.
    const cells = new Set(expected.filter((f) => f.row !== null).map((f) => `${f.column ?? 'A'}${f.row}`));
    const after = decorations(sheet);
    const changed = [...after.keys()].filter((a1) => JSON.stringify(after.get(a1)) !== JSON.stringify(before.get(a1)));
    expect([...before.keys()].every((a1) => after.has(a1))).toBe(true);
    expect(new Set(changed)).toEqual(cells);
    for (const a1 of changed) {
      const d = after.get(a1)!;
      expect(d.note, a1).toContain(PREFIX);
      const errors = expected.filter((f) => `${f.column ?? 'A'}${f.row}` === a1 && f.severity === 'error');
      expect(d.bg, a1).toBe(errors.length ? ERROR_BG : WARNING_BG);
    }

    // One results row per finding, in the domain's order.
    const rows = resultRows(s);
    expect(rows.map((r) => [r[0], r[1], r[2], r[3], r[4]])).toEqual(
      expected.map((f) => [f.row ?? '', f.row === null ? '' : `${f.column ?? 'A'}${f.row}`, f.severity === 'error' ? 'Lỗi' : 'Cảnh báo', f.code, f.message]),
    );
    expect(expected.some((f) => f.code === 'QUOTA_OVER')).toBe(true);
    const links = s.gas.spreadsheet._sheet(RESULTS)._formulas();
    expect(links.length).toBe(expected.filter((f) => f.row !== null).length);
    for (const l of links) expect(l.formula).toMatch(new RegExp(`^=HYPERLINK\\("#gid=${sheet._id}&range=([A-Z]+\\d+)","\\1"\\)$`));

    // No alert: the “Kết quả kiểm tra” sidebar opens, and shows the same findings with the unit and the counts.
    expect(s.gas.alerts.map((a) => a.prompt)).toEqual([expect.stringContaining('Đã tạo trang “Cấu hình”')]); // menuSetup's only
    expect(s.gas.sidebars.map((x) => x.title)).toEqual(['Kết quả kiểm tra']);
    const view = sidebarView(s);
    const errors = expected.filter((f) => f.severity === 'error').length;
    expect([view.errors, view.warnings]).toEqual([errors, expected.length - errors]);
    expect(view.list.map((f) => f.message).join('\n')).toContain('vượt chỉ tiêu tối đa 3 mô hình');
    expect(view.unit).toBe('Liên đoàn Lao động huyện Hoa Lư');
    expect(s.logs).toEqual([]);
  });

  it('never turns unit text starting with = + - @ into a formula on the results sheet', () => {
    const s = session();
    setUpPlanted(s);
    s.run('menuValidate()');
    const results = s.gas.spreadsheet._sheet(RESULTS);
    const byCell = new Map(results._values().slice(3).map((r) => [String(r[1]), r]));
    expect(byCell.get('C12')![5]).toBe('=HYPERLINK("http://example.com","bấm vào đây")');
    expect(byCell.get('G13')![5]).toBe('+1');
    expect(byCell.get('G13')![4]).toContain('“+1”');
    // The only formulas are our links, each built from a sheet id and a cell reference.
    for (const f of results._formulas()) expect(f.formula).toMatch(/^=HYPERLINK\("#gid=\d+&range=[A-Z]+\d+","[A-Z]+\d+"\)$/);
    expect(results._formulas().every((f) => f.a1.startsWith('B'))).toBe(true);
  });

  it('a second run clears its stale marks and keeps the officer’s own fills and notes', () => {
    const s = session();
    const sheet = setUpPlanted(s);
    sheet._cellW(8, 4).background = '#b7e1cd';
    sheet._cellW(8, 4).note = 'Đã nhắc đơn vị qua Zalo';
    s.run('menuValidate()');
    expect(bg(sheet, 'D8')).toBe(ERROR_BG);

    // The unit fixes two rows; the officer re-colours a flagged cell meanwhile.
    sheet._type(8, 4, false);
    sheet._type(9, 3, 'Tổ tự quản an ninh trật tự');
    sheet._cellW(11, 6).background = '#c9daf8';
    s.run('menuValidate()');
    expect(bg(sheet, 'D8')).toBe('#b7e1cd');
    expect(note(sheet, 'D8')).toBe('Đã nhắc đơn vị qua Zalo');
    expect(bg(sheet, 'C9')).toBe('#ffffff');
    expect(note(sheet, 'C9')).toBe('');
    expect(bg(sheet, 'F11')).toBe(WARNING_BG); // still odd: flagged again
    expect(resultRows(s).some((r) => r[1] === 'D8' || r[1] === 'C9')).toBe(false);

    // Once fixed, the officer's own colour comes back.
    sheet._type(11, 6, true);
    s.run('menuValidate()');
    expect(bg(sheet, 'F11')).toBe('#c9daf8');
    expect(note(sheet, 'F11')).toBe('');
    const marks = s.gas.spreadsheet._sheets.find((x) => x._hidden);
    expect(marks, 'the hidden record of filled cells').toBeDefined();
  });

  it('never gives a cell without a fill a white one: only the cells it marks or unmarks are written', () => {
    const s = session();
    const sheet = setUpPlanted(s);
    /** Every cell's fill as stored: undefined is no fill (banding shows through), '#ffffff' a real white fill. */
    const fills = () => {
      const out = new Map<string, string | undefined>();
      for (let r = 1; r <= sheet._lastRow(); r++) for (let c = 1; c <= Math.max(8, sheet._lastCol()); c++) out.set(a1Of(r, c), sheet._cell(r, c)?.background);
      return out;
    };
    // The officer's own fills: colours, and an explicit white on cells the check never flags.
    sheet._cellW(7, 2).background = '#d9ead3';
    sheet._cellW(7, 5).background = '#ffffff';
    sheet._cellW(10, 2).background = '#ffffff';
    sheet._cellW(8, 4).background = '#b7e1cd'; // flagged: comes back after the fix
    const before = fills();
    expect([...before.values()].filter((v) => v === undefined).length).toBeGreaterThan(50);

    s.run('menuValidate()');
    const marked = new Set(resultRows(s).filter((r) => r[1] !== '').map((r) => String(r[1])));
    expect(marked.size).toBeGreaterThan(3);
    const first = fills();
    for (const [a1, v] of before) {
      if (marked.has(a1)) expect(first.get(a1), a1).toMatch(/^#(fcd5d2|fff0bd)$/);
      else expect(first.get(a1), a1).toBe(v); // no fill stays no fill; the officer's fills stay as they were
    }

    // The unit fixes every row; the re-check takes all its marks away and writes nothing else.
    sheet._type(8, 4, false);
    sheet._type(9, 3, 'Tổ tự quản an ninh trật tự');
    sheet._type(10, 3, 'Đọc sách cho thiếu nhi');
    sheet._type(11, 6, true);
    sheet._type(12, 3, 'Góc thư viện bệnh viện');
    sheet._type(13, 7, true);
    const count = (name: string) => s.gas.log.byName.get(name) ?? 0;
    const writes = count('Range.setBackgrounds') + count('Range.setBackground') + count('RangeList.setBackground');
    s.run('menuValidate()');
    const again = resultRows(s);
    for (const [a1, v] of fills()) {
      if (again.some((r) => r[1] === a1)) continue; // still flagged (e.g. the quota)
      expect(v, a1).toBe(before.get(a1));
    }
    expect(count('Range.setBackgrounds') + count('Range.setBackground') + count('RangeList.setBackground') - writes).toBeLessThanOrEqual(3);
    expect(s.logs).toEqual([]);
  });

  it('clears its own marks even when the record of them is lost', () => {
    const s = session();
    const sheet = setUpPlanted(s);
    s.run('menuValidate()');
    const hidden = s.gas.spreadsheet._sheets.find((x) => x._hidden)!;
    hidden.clearContents();
    sheet._type(9, 3, 'Tổ tự quản an ninh trật tự');
    s.run('menuValidate()');
    expect(bg(sheet, 'C9')).toBe('#ffffff');
    expect(note(sheet, 'C9')).toBe('');
  });

  it('a bad “Cấu hình” stops with its problems listed and touches nothing', () => {
    const s = session();
    const sheet = setUpPlanted(s);
    const config = s.gas.spreadsheet._sheet('Cấu hình');
    const row = config._values().findIndex((r) => r[0] === 'LOẠI ĐƠN VỊ') + 3;
    config._type(row, 4, 'ba');
    s.gas.spreadsheet._active = sheet;
    const before = decorations(sheet);
    s.run('menuValidate()');
    const alert = s.gas.alerts.at(-1)!;
    expect(alert.prompt).toContain('Trang “Cấu hình” có 1 chỗ chưa đúng');
    expect(alert.prompt).toContain(`cột “Tối thiểu”: phải là số (dòng ${row}, ô D${row})`);
    expect(decorations(sheet)).toEqual(before);
    expect(s.gas.spreadsheet._sheets.some((x) => x._name === RESULTS)).toBe(false);
  });

  it('uses the default preset when there is no “Cấu hình” sheet and says so', () => {
    const s = session();
    const sheet = setUpPlanted(s);
    s.gas.spreadsheet._sheets.splice(s.gas.spreadsheet._sheets.findIndex((x) => x._name === 'Cấu hình'), 1);
    s.gas.spreadsheet._active = sheet;
    s.run('menuValidate()');
    expect(sidebarView(s).configNote).toContain('Chưa có trang “Cấu hình”: đã dùng cấu hình mặc định');
    expect(bg(sheet, 'C9')).toBe(ERROR_BG);
  });

  it('reads a deadline typed as a date in “Cấu hình” on the spreadsheet’s calendar day', () => {
    const s = session();
    const sheet = setUpPlanted(s);
    const config = s.gas.spreadsheet._sheet('Cấu hình');
    config._cellW(5, 2).format = ''; // the officer typed a real date into a date cell
    config._type(5, 2, '2025-07-01');
    expect(config._values()[4][1]).toEqual(s.gas.localMidnight(2025, 7, 1));
    s.gas.spreadsheet._active = sheet;
    s.run('menuValidate()');
    // On 1 July 2025 the district federations no longer exist; 30 June would not warn.
    expect(sidebarView(s).list.map((f) => f.message).join('\n')).toContain('ngày 01/07/2025');
  });

  it('refuses to check its own sheets', () => {
    const s = session();
    setUpPlanted(s);
    s.run('menuValidate()');
    s.gas.spreadsheet._active = s.gas.spreadsheet._sheet(RESULTS);
    s.run('menuValidate()');
    expect(s.gas.alerts.at(-1)!.prompt).toContain('Trang “Kết quả kiểm tra” do công cụ tạo ra');
  });

  it('an unexpected failure is logged with its stack and reported in Vietnamese, values untouched', () => {
    const s = session();
    const sheet = setUpPlanted(s);
    const values = sheet._values();
    sheet._failOn = 'setBackgrounds';
    s.run('menuValidate()');
    expect(s.gas.alerts.at(-1)!.prompt).toMatch(/^Đã xảy ra lỗi ngoài dự kiến/);
    expect(s.gas.alerts.at(-1)!.prompt).toContain('setBackgrounds');
    expect(s.logs).toHaveLength(1);
    expect(s.logs[0].level).toBe('error');
    expect(s.logs[0].text).toMatch(/^menuValidate: .*setBackgrounds[\s\S]*\n\s+at /);
    expect(sheet._values()).toEqual(values);
  });

  it('makes the same number of Spreadsheet calls for 20,000 rows as for 200', () => {
    const count = (n: number) => {
      const s = session();
      const rows: (Value | null)[][] = [];
      for (let i = 1; i <= n; i++)
        rows.push([
          i,
          `Công đoàn cơ sở số ${i % 50}`,
          i % 10 === 0 ? null : `Mô hình ${Math.floor(i / 3)}`,
          i % 7 === 0,
          true,
          i % 3 === 0,
          i % 3 === 1,
          i % 11 === 0 ? 'có' : i % 3 === 2,
        ]);
      setUpList(s, 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN HOA LƯ', rows);
      s.gas.log.reset();
      s.run('menuValidate()');
      const results = resultRows(s).length;
      // Sizing an output sheet is one call either way: growing it (large list) or shrinking it (small one).
      const calls: Record<string, number> = {};
      for (const [name, n] of Object.entries(s.gas.log.snapshot())) {
        const key = /^Sheet\.(insertRowsAfter|deleteRows)$/.test(name) ? 'Sheet.<resize rows>' : name;
        calls[key] = (calls[key] ?? 0) + n;
      }
      return { calls, total: s.gas.log.total, results, logs: s.logs };
    };
    const small = count(200);
    const large = count(20_000);
    expect(large.logs).toEqual([]);
    expect(large.results).toBeGreaterThan(small.results * 50);
    expect(large.calls).toEqual(small.calls);
    expect(large.total).toBe(small.total);
    expect(small.total).toBeLessThan(80);
  });
});

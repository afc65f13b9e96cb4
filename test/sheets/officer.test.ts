// The officer's columns in Sheets (issue 6), in the built bundle: dropdowns on “Tổng hợp” and “Tình trạng nộp”
// written with the outputs (calls independent of the rows), and what the officer typed surviving a re-aggregation
// in which a unit renamed one model and dropped another, the changes flagged in “Kiểm tra”.
import { describe, expect, it } from 'vitest';
import { KIND_LABEL } from '../../src/domain/kind';
import { IMPLEMENTATION_VALUES, masterHeader } from '../../src/domain/master';
import { REVIEW_VALUES } from '../../src/domain/report-tables';
import { addListTab, aggregateTabs, config, HOA_LU, manyRows, Y_TE } from './builders';
import type { FakeSheet } from './fake-gas';
import { session, type Session } from './session';

const HEADER = masterHeader(config);
const col = (label: string) => {
  const i = HEADER.indexOf(label);
  if (i < 0) throw new Error(`no master column “${label}”`);
  return i + 1;
};
const LEVELS = config.recognitionLevels!.map((l) => l.label);

async function tabsSession(rows = 0): Promise<Session> {
  const s = session({ name: 'Tổng hợp Dân vận khéo 2021' });
  s.run('menuSetup()');
  const ss = s.gas.spreadsheet;
  addListTab(ss, 'Hoa Lư', 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN HOA LƯ', HOA_LU);
  addListTab(ss, 'Y tế', 'CÔNG ĐOÀN NGÀNH Y TẾ', Y_TE);
  if (rows) addListTab(ss, 'Gia Viễn', 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN GIA VIỄN', manyRows('Gia Viễn', rows));
  await aggregateTabs(s);
  return s;
}

/** 1-based row of the model on a sheet (unit in column B, model in column E). */
function rowOf(sheet: FakeSheet, unit: string, model: string): number {
  const r = sheet._values().findIndex((x) => x[1] === unit && x[4] === model) + 1;
  if (r < 1) throw new Error(`no row for ${model}`);
  return r;
}

const HOA_LU_UNIT = 'Liên đoàn Lao động huyện Hoa Lư';
const Y_TE_UNIT = 'Công đoàn ngành Y tế';

describe('dropdowns on the officer’s columns', () => {
  it('“Tổng hợp”: Triển khai, Cấp công nhận (the config’s levels), Ngày công nhận (a date), Tập thể/Cá nhân; “Tình trạng nộp”: Duyệt', async () => {
    const s = await tabsSession();
    const ss = s.gas.spreadsheet;
    const master = ss._sheet('Tổng hợp');
    const n = master._lastRow();
    expect(n).toBe(6);
    const rule = (sheet: FakeSheet, r: number, c: number) => sheet._cell(r, c)?.validation;
    for (let r = 2; r <= n; r++) {
      expect(rule(master, r, col('Triển khai'))).toEqual({ kind: 'list', values: [...IMPLEMENTATION_VALUES], dropdown: true, allowInvalid: false, helpText: 'Chọn một trong: Đang triển khai; Hiệu quả; Dừng.' });
      expect(rule(master, r, col('Cấp công nhận'))).toMatchObject({ kind: 'list', values: LEVELS, dropdown: true, allowInvalid: false });
      expect(rule(master, r, col('Ngày công nhận'))).toMatchObject({ kind: 'date', allowInvalid: false, helpText: expect.stringContaining('15/09/2021') });
      expect(rule(master, r, col('Tập thể/Cá nhân'))).toMatchObject({ kind: 'list', values: Object.values(KIND_LABEL) });
      // Free text stays free.
      expect(rule(master, r, col('Ghi chú'))).toBeUndefined();
      expect(rule(master, r, col('Đề nghị khen thưởng'))).toBeUndefined();
    }
    expect(master._rows[0].some((d) => d?.validation)).toBe(false); // not on the header
    expect(rule(master, n + 1, col('Triển khai'))).toBeUndefined();
    const board = ss._sheet('Tình trạng nộp');
    const duyet = board._values()[0].indexOf('Duyệt') + 1;
    for (let r = 2; r <= board._lastRow(); r++) expect(rule(board, r, duyet)).toMatchObject({ kind: 'list', values: [...REVIEW_VALUES], allowInvalid: false });
    // Long text is shown whole: the model's name and the notes wrap on every data row, short columns do not.
    for (let r = 2; r <= n; r++) {
      expect(master._cell(r, col('Tên mô hình hoặc điển hình'))?.wrap, `row ${r}`).toBe(true);
      expect(master._cell(r, col('Ghi chú'))?.wrap, `row ${r}`).toBe(true);
      expect(master._cell(r, col('Triển khai'))?.wrap).toBeFalsy();
    }
    // “Ngày công nhận” takes dates: a blank cell is a date cell, not plain text.
    expect(master._cell(2, col('Ngày công nhận'))?.format).toBe('dd/mm/yyyy');
    expect(master._cell(2, col('Triển khai'))?.format).toBe('@');
    // The stand-in refuses what the rule refuses, as Sheets does for a person typing.
    expect(() => master._type(2, col('Triển khai'), 'tốt')).toThrow(/violates the data validation/);
    expect(() => master._type(2, col('Ngày công nhận'), 'tháng 9')).toThrow(/violates the data validation/);
    master._type(2, col('Triển khai'), 'Hiệu quả');
    master._type(2, col('Ngày công nhận'), '15/09/2021');
    expect(master._value(2, col('Ngày công nhận'))).toEqual(s.gas.localMidnight(2021, 9, 15));
  });

  it('the calls that set them do not grow with the rows', async () => {
    const count = async (rows: number) => {
      const s = session();
      s.run('menuSetup()');
      addListTab(s.gas.spreadsheet, 'Gia Viễn', 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN GIA VIỄN', manyRows('Gia Viễn', rows));
      s.gas.log.reset();
      await aggregateTabs(s);
      const snap = s.gas.log.snapshot();
      return {
        rows: s.gas.spreadsheet._sheet('Tổng hợp')._lastRow() - 1,
        calls: Object.fromEntries(Object.entries(snap).filter(([k]) => /^(DataValidationBuilder\.|Range\.setDataValidation|SpreadsheetApp\.newDataValidation)/.test(k))),
      };
    };
    const small = await count(4);
    const large = await count(1500);
    expect([small.rows, large.rows]).toEqual([4, 1500]);
    expect(large.calls).toEqual(small.calls);
    // One rule per column: four on “Tổng hợp”, one on “Tình trạng nộp”.
    expect(small.calls['Range.setDataValidation']).toBe(5);
    expect(small.calls['SpreadsheetApp.newDataValidation']).toBe(5);
  });
});

describe('re-aggregating keeps what the officer typed (carry-over through the Sheets services)', () => {
  it('a unit renames one model and drops another: values survive, the changes are flagged in “Kiểm tra”', async () => {
    const s = await tabsSession();
    const ss = s.gas.spreadsheet;
    let master = ss._sheet('Tổng hợp');
    // The officer follows the models up on “Tổng hợp” …
    const kept = rowOf(master, HOA_LU_UNIT, 'Đọc sách vì cộng đồng');
    master._type(kept, col('Triển khai'), 'Hiệu quả');
    master._type(kept, col('Cấp công nhận'), LEVELS[1]);
    master._type(kept, col('Ngày công nhận'), '15/09/2021');
    master._type(kept, col('Đề nghị khen thưởng'), 'Bằng khen của Ban Chấp hành LĐLĐ tỉnh');
    master._type(kept, col('Ghi chú'), '=đã kiểm tra tại cơ sở');
    master._type(kept, col('Tập thể/Cá nhân'), 'Cá nhân'); // overrides the inference
    const renamed = rowOf(master, HOA_LU_UNIT, 'Bữa cơm công nhân');
    master._type(renamed, col('Triển khai'), 'Đang triển khai');
    master._type(renamed, col('Ghi chú'), 'Hỏi lại tên mô hình');
    const dropped = rowOf(master, HOA_LU_UNIT, 'Tổ tự quản an ninh trật tự');
    master._type(dropped, col('Triển khai'), 'Dừng');
    master._type(dropped, col('Đề nghị khen thưởng'), 'Giấy khen');
    const other = rowOf(master, Y_TE_UNIT, 'Nụ cười thân thiện');
    master._type(other, col('Cấp công nhận'), LEVELS[2]);
    // … and approves Y tế's list on “Tình trạng nộp”.
    const board = ss._sheet('Tình trạng nộp');
    const [unitCol, reviewCol] = ['Đơn vị', 'Duyệt'].map((h) => board._values()[0].indexOf(h) + 1);
    board._type(board._values().findIndex((r) => r[unitCol - 1] === Y_TE_UNIT) + 1, reviewCol, 'Đã duyệt');

    // Hoa Lư sends a corrected list: one model renamed, one dropped.
    const tab = ss._sheet('Hoa Lư');
    tab._type(8, 3, 'Bữa cơm ca công nhân');
    for (let c = 1; c <= 8; c++) tab._type(9, c, null);
    const summary = await aggregateTabs(s);
    expect(summary).toContain('Đã tổng hợp 4 mô hình');

    master = ss._sheet('Tổng hợp');
    const at = (r: number, label: string) => master._value(r, col(label));
    const k = rowOf(master, HOA_LU_UNIT, 'Đọc sách vì cộng đồng');
    expect(['Triển khai', 'Cấp công nhận', 'Đề nghị khen thưởng', 'Ghi chú', 'Tập thể/Cá nhân'].map((h) => at(k, h))).toEqual([
      'Hiệu quả',
      LEVELS[1],
      'Bằng khen của Ban Chấp hành LĐLĐ tỉnh',
      '=đã kiểm tra tại cơ sở',
      'Cá nhân',
    ]);
    expect(at(k, 'Ngày công nhận')).toEqual(s.gas.localMidnight(2021, 9, 15)); // still a date, same day
    expect(master._cell(k, col('Ngày công nhận'))?.format).toBe('dd/mm/yyyy');
    const r = rowOf(master, HOA_LU_UNIT, 'Bữa cơm ca công nhân');
    expect([at(r, 'Triển khai'), at(r, 'Ghi chú')]).toEqual(['Đang triển khai', 'Hỏi lại tên mô hình']);
    expect(String(at(r, 'Mã kiểm tra'))).toContain('MODEL_RENAMED');
    expect(at(rowOf(master, Y_TE_UNIT, 'Nụ cười thân thiện'), 'Cấp công nhận')).toBe(LEVELS[2]);
    expect(master._values().some((x) => x[4] === 'Tổ tự quản an ninh trật tự')).toBe(false);
    expect(master._formulas()).toEqual([]);

    const checks = ss._sheet('Kiểm tra')._values();
    const [code, text] = ['Mã', 'Nội dung'].map((h) => checks[0].indexOf(h));
    const renamedRow = checks.find((x) => x[code] === 'MODEL_RENAMED')!;
    expect(renamedRow[text]).toContain('Bữa cơm công nhân');
    const droppedRow = checks.find((x) => x[code] === 'MODEL_DROPPED')!;
    // Never silently removed: the finding carries what the officer had typed for it.
    expect(droppedRow[text]).toContain('Tổ tự quản an ninh trật tự');
    expect(droppedRow[text]).toContain('Triển khai: Dừng');
    expect(droppedRow[text]).toContain('Đề nghị khen thưởng: Giấy khen');

    const board2 = ss._sheet('Tình trạng nộp')._values();
    expect(board2.find((x) => x[unitCol - 1] === Y_TE_UNIT)![reviewCol - 1]).toBe('Đã duyệt');
    // The new sheets have their dropdowns again.
    expect(master._cell(2, col('Triển khai'))?.validation).toMatchObject({ kind: 'list' });

    // A third run with no change keeps everything; the rename, now known, is no longer flagged.
    const withoutCodes = (rows: unknown[][]) => rows.map((x) => x.filter((_, i) => i !== col('Mã kiểm tra') - 1));
    const before = master._values();
    await aggregateTabs(s);
    const after = ss._sheet('Tổng hợp')._values();
    expect(withoutCodes(after)).toEqual(withoutCodes(before));
    expect(after.map((x) => x[col('Mã kiểm tra') - 1])).not.toContain('MODEL_RENAMED');
    expect(s.logs).toEqual([]);
  });

  it("the officer's own columns and sheets survive the swap-in; a corrected name is kept and reported", async () => {
    const s = await tabsSession();
    const ss = s.gas.spreadsheet;
    let master = ss._sheet('Tổng hợp');
    // A column of the officer's right after the model's name, with a value on two models.
    master._insertColumnBefore(col('Hình thức đăng ký'));
    master._type(1, col('Hình thức đăng ký'), 'Người theo dõi');
    master._type(rowOf(master, HOA_LU_UNIT, 'Đọc sách vì cộng đồng'), col('Hình thức đăng ký'), 'Đ/c Lan');
    master._type(rowOf(master, Y_TE_UNIT, 'Nụ cười thân thiện'), col('Hình thức đăng ký'), 'Đ/c Hùng');
    // A sheet of the officer's.
    const notes = ss.insertSheet('Ghi chép');
    notes.getRange(1, 1, 2, 2).setValues([['Họp ngày', 'Nội dung'], ['20/07/2021', 'Thống nhất danh sách']]);
    // The officer corrects a model's name typed by the unit.
    const fix = rowOf(master, HOA_LU_UNIT, 'Bữa cơm công nhân');
    master._type(fix, 5, 'Bữa cơm công nhân ấm áp');

    await aggregateTabs(s);
    master = ss._sheet('Tổng hợp');
    const head = master._values()[0];
    expect(head[head.indexOf('Tên mô hình hoặc điển hình') + 1]).toBe('Người theo dõi');
    const mine = head.indexOf('Người theo dõi');
    expect(master._values()[rowOf(master, HOA_LU_UNIT, 'Đọc sách vì cộng đồng') - 1][mine]).toBe('Đ/c Lan');
    expect(master._values()[rowOf(master, Y_TE_UNIT, 'Nụ cười thân thiện') - 1][mine]).toBe('Đ/c Hùng');
    expect(ss._sheet('Ghi chép')._values()).toEqual([
      ['Họp ngày', 'Nội dung'],
      [s.gas.localMidnight(2021, 7, 20), 'Thống nhất danh sách'],
    ]);
    expect(master._values().some((x) => x[4] === 'Bữa cơm công nhân ấm áp')).toBe(true);
    const checks = ss._sheet('Kiểm tra')._values();
    const code = checks[0].indexOf('Mã');
    expect(checks.some((x) => x[code] === 'OFFICER_EDIT_KEPT')).toBe(true);
  });
});


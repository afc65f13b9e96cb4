// Collecting lists from the units: the per-unit form (layout, marker), what a form gives the aggregation (a blank one
// is “chưa nộp”, one being filled in is “đang điền”), and a Google Form's responses sheet as a source.
import { describe, expect, it } from 'vitest';
import { aggregate, type SourceInput } from '../../src/domain/aggregate';
import { FORM_TEXT, layoutCells, registrationLayout } from '../../src/domain/form-layout';
import { FORM_MARKER_SHEET, markerCells, readFormMarker, type FormMarker } from '../../src/domain/form-marker';
import type { Cell, Grid } from '../../src/domain/grid';
import { findHeader } from '../../src/domain/header';
import { PRESETS, presetConfig } from '../../src/domain/presets';
import { boardTable, BOARD_STATUS_LABEL, readBoard, readBoardLines } from '../../src/domain/report-tables';
import { formQuestions, responsesSources } from '../../src/domain/responses';
import { validateList } from '../../src/domain/validate';
import { composeReminders, reminderSteps, remindersCsv } from '../../src/domain/reminders';
import { workbookSources, type WorkbookSheet } from '../../src/domain/workbook';

const config = presetConfig()!;
const HOA_LU = config.units.find((u) => u.name === 'Liên đoàn Lao động huyện Hoa Lư')!;

/** A unit's form as the add-in shares it, with `rows` typed into its data area. */
function unitForm(rows: Cell[][], opts: { done?: boolean | null; titleLine?: string; completion?: boolean } = {}): WorkbookSheet[] {
  const completion = opts.completion ?? true;
  const L = registrationLayout(config, { unit: HOA_LU, completion, markRequired: true });
  const values: Cell[][] = layoutCells(L);
  if (opts.titleLine !== undefined) values[0][0] = opts.titleLine;
  if (L.doneCell && opts.done !== undefined) values[L.doneCell.row - 1][L.doneCell.col - 1] = opts.done;
  rows.forEach((r) => values.push(r));
  const marker: FormMarker = { unit: HOA_LU.name, campaign: config.title, sheet: 'Danh sách đăng ký', doneCell: L.doneCell };
  return [
    { name: 'Danh sách đăng ký', hidden: false, grid: { values, merges: L.merges } },
    { name: FORM_MARKER_SHEET, hidden: true, grid: { values: markerCells(marker), merges: [] } },
  ];
}

const MODELS: Cell[][] = [
  [1, 'Công đoàn cơ sở Trường THCS Ninh Giang', 'Đọc sách vì cộng đồng', null, true, true, null, null],
  [2, 'Công đoàn cơ sở Công ty May Hoa Lư', 'Bữa cơm công nhân', true, null, null, true, null],
  [3, 'Công đoàn cơ sở UBND xã Ninh Hải', 'Tổ tự quản an ninh trật tự', null, true, null, null, true],
];

describe('the form made for one unit', () => {
  it('carries the unit, its quota and the deadline above the table, and the reader finds every column under them', () => {
    for (const name of Object.keys(PRESETS)) {
      const c = presetConfig(name)!;
      for (const completion of [true, false]) {
        const L = registrationLayout(c, { unit: c.units[0] ?? { name: 'Đơn vị thử', type: c.unitTypes[0].code }, completion, markRequired: true });
        const h = findHeader({ values: layoutCells(L), merges: L.merges }, c);
        expect(h, name).not.toBeNull();
        expect([h!.firstRow, h!.lastRow]).toEqual([L.headerRows.first, L.headerRows.last]);
        expect(Object.keys(h!.extra).sort()).toEqual((c.columns ?? []).map((k) => k.key).sort());
        expect(L.firstDataRow).toBe(L.headerRows.last + 1);
      }
    }
    const L = registrationLayout(config, { unit: HOA_LU, completion: true, markRequired: true });
    expect(L.values[0][0]).toBe('LIÊN ĐOÀN LAO ĐỘNG HUYỆN HOA LƯ');
    expect(L.values[3][0]).toBe('Chỉ tiêu: 3 mô hình. Hạn nộp: 15/07/2021.');
    expect(L.values[4][0]).toBe(FORM_TEXT.done);
    expect(L.doneCell).toEqual({ row: 5, col: 4 });
    expect(L.headerRows).toEqual({ first: 7, last: 8 });
    expect(L.values[6][1]).toBe('Tên tập thể hoặc cá nhân xây dựng mô hình điển hình *');
  });

  it('without options it is still the “Thiết lập biểu mẫu” sheet (header on rows 5–6)', () => {
    const L = registrationLayout(config);
    expect(L.headerRows).toEqual({ first: 5, last: 6 });
    expect(L.doneCell).toBeNull();
    expect(L.values[0][0]).toBe(FORM_TEXT.unitPlaceholder);
  });

  it('is that unit’s list with certainty: the marker wins over whatever the unit wrote on the first line', () => {
    const sheets = unitForm(MODELS, { done: true, titleLine: 'CÔNG ĐOÀN NGÀNH Y TẾ' });
    expect(readFormMarker(sheets)?.unit).toBe(HOA_LU.name);
    const [input] = workbookSources('hoa-lu.xlsx', sheets, config, null);
    expect(input.kind).toBe('list');
    if (input.kind !== 'list') return;
    expect(input.result.unit).toEqual({ name: HOA_LU.name, type: 'ldld-huyen' });
    expect(input.result.findings).toEqual([]);
    expect(input.form).toEqual({ done: true });
    // Without the marker, the title line would have named another unit.
    expect(validateList(sheets[0].grid, config).unit?.name).toBe('Công đoàn ngành Y tế');
  });

  it('a marker sheet that is not ours, or names no unit (the template), is no marker', () => {
    const sheets = unitForm(MODELS, { done: true });
    const m = sheets[1].grid.values;
    expect(readFormMarker([{ ...sheets[1], grid: { values: [['Ghi chú của tôi'], ...m.slice(1)], merges: [] } }])).toBeNull();
    expect(readFormMarker([{ ...sheets[1], grid: { values: m.map((r) => (r[0] === 'Đơn vị' ? ['Đơn vị', ''] : r)), merges: [] } }])).toBeNull();
  });

  it('left blank it is “chưa nộp”; with rows but not ticked it is “đang điền” and not counted; ticked it is submitted', () => {
    const blank = workbookSources('hoa-lu.xlsx', unitForm([], { done: false }), config, null);
    expect(blank).toEqual([{ kind: 'form-blank', source: { file: 'hoa-lu.xlsx', sheet: 'Danh sách đăng ký' }, unit: HOA_LU.name }]);
    const filling = workbookSources('hoa-lu.xlsx', unitForm(MODELS.slice(0, 2), { done: false }), config, null);
    const done = workbookSources('hoa-lu.xlsx', unitForm(MODELS, { done: true }), config, null);

    const board = (inputs: SourceInput[]) => aggregate(inputs, config).board.find((b) => b.unit === HOA_LU.name)!;
    expect(board(blank)).toMatchObject({ status: 'missing', models: 0 });
    expect(aggregate(blank, config).findings.map((f) => f.code)).toContain('UNIT_MISSING');

    const agg = aggregate(filling, config);
    expect(agg.summary.total).toBe(0);
    expect(board(filling)).toMatchObject({ status: 'filling', models: 2, file: 'hoa-lu.xlsx' });
    expect(agg.findings.find((f) => f.code === 'FORM_IN_PROGRESS')).toMatchObject({ unit: HOA_LU.name, params: { rows: 2 } });
    expect(agg.sources).toContainEqual({ file: 'hoa-lu.xlsx', sheet: 'Danh sách đăng ký', unit: HOA_LU.name, models: 2, form: 'filling' });
    expect(boardTable(agg, config).rows.find((r) => r[1] === HOA_LU.name)?.[3]).toBe(BOARD_STATUS_LABEL.filling);
    expect(BOARD_STATUS_LABEL.filling).toBe('Đang điền');

    expect(aggregate(done, config).summary.total).toBe(3);
    expect(board(done)).toMatchObject({ status: 'submitted', models: 3 });
  });

  it('an .xlsx form (no tick box) sent back with rows is submitted; blank it is “chưa nộp”', () => {
    const sent = workbookSources('hoa-lu.xlsx', unitForm(MODELS, { completion: false }), config, null);
    expect(sent[0]).toMatchObject({ kind: 'list', form: { done: null } });
    expect(aggregate(sent, config).summary.total).toBe(3);
    expect(workbookSources('hoa-lu.xlsx', unitForm([], { completion: false }), config, null)[0].kind).toBe('form-blank');
  });
});

describe('the board’s reminder log', () => {
  it('is written in “Nhắc nộp” and carried over by the next aggregation, like “Duyệt”', () => {
    const agg = aggregate([], config, { previousBoard: [{ unit: HOA_LU.name, review: '', reviewedList: '', reminders: '10/07/2021 08:00 (chưa nộp)' }] });
    const t = boardTable(agg, config);
    expect(t.rows[0]).toContain('Nhắc nộp');
    const grid: Grid = { values: t.rows, merges: [] };
    expect(readBoard(grid)?.find((b) => b.unit === HOA_LU.name)?.reminders).toBe('10/07/2021 08:00 (chưa nộp)');
    const line = readBoardLines(grid)!.find((b) => b.unit === HOA_LU.name)!;
    expect(line).toMatchObject({ status: 'missing', reminders: '10/07/2021 08:00 (chưa nộp)', remindersCol: 12 });
    expect(t.rows[line.row - 1][1]).toBe(HOA_LU.name);
  });
});

describe('a Google Form’s responses sheet', () => {
  const Q = formQuestions(config);
  const head = ['Dấu thời gian', ...Q.map((q) => q.title)];
  const at = (d: number, h: number) => new Date(Date.UTC(2021, 6, d, h));
  const grid = (rows: Cell[][]): Grid => ({ values: [head, ...rows], merges: [] });

  it('asks for the unit among the config’s units, the names, the type, the field and each campaign column', () => {
    expect(Q.map((q) => q.key)).toEqual(['unit', 'name', 'model', 'regType', 'field']);
    expect(Q[0].choices).toContain('Liên đoàn Lao động huyện Hoa Lư');
    expect(Q[4].choices).toEqual(['Văn hóa - xã hội', 'An ninh - quốc phòng', 'Xây dựng hệ thống chính trị']);
    const y = formQuestions(presetConfig('cdn-y-te-2017')!);
    expect(y.slice(5).map((q) => [q.title, q.required])).toEqual([
      ['Địa điểm triển khai', true],
      ['Cơ quan, đơn vị thực hiện', true],
      ['Nội dung, hình thức hoạt động', true],
    ]);
  });

  it('gives one list per unit, one model per response; a later response with the same model name replaces the earlier', () => {
    const g = grid([
      [at(5, 1), 'Liên đoàn Lao động huyện Hoa Lư', 'CĐCS Trường THCS Ninh Giang', 'Đọc sách vì cộng đồng', 'Đăng ký xây dựng mới', 'Văn hóa - xã hội'],
      [at(5, 2), 'Công đoàn ngành Y tế', 'Công đoàn Bệnh viện tỉnh', 'Nụ cười thân thiện', 'Tiếp tục đăng ký', 'Văn hóa - xã hội'],
      [at(6, 1), 'Liên đoàn Lao động huyện Hoa Lư', 'CĐCS Công ty May', 'Bữa cơm công nhân', 'Tiếp tục đăng ký', 'An ninh - quốc phòng'],
      [at(7, 1), 'Liên đoàn Lao động huyện Hoa Lư', 'CĐCS Trường THCS Ninh Giang', 'ĐỌC SÁCH VÌ  CỘNG ĐỒNG', 'Tiếp tục đăng ký', 'Văn hóa - xã hội'],
      [at(7, 2), 'Công đoàn ngành Y tế', 'Công đoàn Trung tâm Y tế Kim Sơn', 'Bác sĩ về bản', 'Đăng ký xây dựng mới', 'Lĩnh vực khác'],
    ]);
    const inputs = responsesSources(g, { file: 'Đăng ký', sheet: 'Câu trả lời biểu mẫu 1' }, config, null)!;
    expect(inputs.map((i) => i.kind === 'list' && i.result.unit?.name)).toEqual(['Liên đoàn Lao động huyện Hoa Lư', 'Công đoàn ngành Y tế']);
    const [hl, yt] = inputs.map((i) => (i.kind === 'list' ? i.result : null)!);
    expect(hl.models.map((m) => [m.row, m.model, m.regType, m.field])).toEqual([
      [4, 'Bữa cơm công nhân', 'continue', 'ANQP'],
      [5, 'ĐỌC SÁCH VÌ  CỘNG ĐỒNG', 'continue', 'VH-XH'],
    ]);
    expect(hl.date).toBe('2021-07-07');
    expect(hl.findings.map((f) => [f.code, f.row])).toEqual([
      ['QUOTA_UNDER', null],
      ['RESPONSE_REPLACED', 2],
    ]);
    expect(hl.findings[1].params).toEqual({ otherRow: 5 });
    // A field the config does not have is pointed at in the sheet's own column (F).
    expect(yt.findings.map((f) => [f.code, f.row, f.column])).toEqual([['FIELD_UNKNOWN', 6, 'F']]);

    const agg = aggregate(inputs, config);
    expect(agg.summary.total).toBe(4);
    expect(agg.board.find((b) => b.unit === 'Liên đoàn Lao động huyện Hoa Lư')).toMatchObject({ status: 'needs-fix', models: 2 });
  });

  it('is found among a workbook’s sheets (an export of the responses), and a sheet that is not one is left to the list reader', () => {
    const g = grid([[at(5, 1), 'Công đoàn ngành Y tế', 'Công đoàn Bệnh viện tỉnh', 'Nụ cười thân thiện', 'Tiếp tục đăng ký', 'Văn hóa - xã hội']]);
    const inputs = workbookSources('dang-ky.xlsx', [{ name: 'Câu trả lời biểu mẫu 1', hidden: false, grid: g }], config, null);
    expect(inputs).toHaveLength(1);
    expect(inputs[0]).toMatchObject({ kind: 'list', result: { unit: { name: 'Công đoàn ngành Y tế' } } });
    expect(responsesSources({ values: [['STT', 'Đơn vị']], merges: [] }, { file: 'x', sheet: null }, config, null)).toBeNull();
  });
});

describe('reminders', () => {
  const step = reminderSteps(config)[0];
  const states = [
    { unit: HOA_LU.name, status: 'filling' as const, file: 'hoa-lu', models: 2, findings: [] },
    { unit: 'Công đoàn ngành Y tế', status: 'missing' as const, file: null, models: 0, findings: [] },
    { unit: 'Công đoàn ngành Giáo dục', status: 'submitted' as const, file: 'gd', models: 2, findings: [] },
  ];
  const c = { ...config, units: config.units.map((u) => (u.name === HOA_LU.name ? { ...u, email: ['a@x.vn', 'b@x.vn'] } : u)) };

  it('one per unit that has not submitted or is filling in, with its addresses, the deadline and the link to its form', () => {
    expect(step).toEqual({ key: 'dang-ky', label: 'Gửi danh sách đăng ký mô hình', date: '2021-07-15' });
    const r = composeReminders(states, c, { step, asOf: '2021-07-16', links: new Map([[HOA_LU.name, 'https://docs.google.com/spreadsheets/d/abc']]) });
    expect(r.map((x) => [x.unit, x.kind, x.to])).toEqual([
      [HOA_LU.name, 'filling', ['a@x.vn', 'b@x.vn']],
      ['Công đoàn ngành Y tế', 'missing', []],
    ]);
    expect(r[0].body).toContain('(đã quá hạn 1 ngày)');
    expect(r[0].body).toContain('Biểu mẫu của đơn vị đã có 2 mô hình nhưng chưa tích ô “Đã hoàn thành, gửi cấp trên”');
    expect(r[0].body).toContain('Biểu mẫu của đơn vị: https://docs.google.com/spreadsheets/d/abc');
    expect(r[0].body).toContain('Đề nghị đơn vị hoàn thành sớm.');
    expect(r[0].subject).toBe('[Dân vận khéo] Nhắc hoàn thành biểu mẫu đăng ký mô hình – Liên đoàn Lao động huyện Hoa Lư');
  });

  it('the mail-merge file has one row per address, fields quoted as RFC 4180 wants', () => {
    const csv = remindersCsv([{ unit: 'A, “B”', kind: 'missing', to: ['a@x.vn', 'b@x.vn'], subject: 'Nhắc "A"', body: 'Dòng 1\nDòng 2' }]);
    expect(csv).toBe('\ufeffemail,subject,body\r\na@x.vn,"Nhắc ""A""","Dòng 1\r\nDòng 2"\r\nb@x.vn,"Nhắc ""A""","Dòng 1\r\nDòng 2"\r\n');
  });
});

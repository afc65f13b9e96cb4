import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/domain/codes';
import type { Grid } from '../../src/domain/grid';
import { presetConfig } from '../../src/domain/presets';
import { validateList } from '../../src/domain/validate';
import { aggregate } from '../../src/domain/aggregate';
import { HOA_LU, ok, rowOf, seedGrid, type FormRow } from './grids';

const config = presetConfig()!;
const brief = (fs: Finding[]) => fs.map((f) => `${f.code}@${f.row ?? '-'}${f.column ?? ''}`);

describe('a clean list in the seed-004 form', () => {
  const r = validateList(seedGrid(HOA_LU, [ok(1), ok(2, { new: null, cont: 'X', fields: [null, 'x'] }), ok(3, { fields: [null, null, '✓'] })]), config);

  it('has no findings and reads every model', () => {
    expect(r.findings).toEqual([]);
    expect(r.unit).toEqual({ name: 'Liên đoàn Lao động huyện Hoa Lư', type: 'ldld-huyen' });
    expect(r.models.map((m) => [m.row, m.regType, m.field])).toEqual([
      [7, 'new', 'VH-XH'],
      [8, 'continue', 'ANQP'],
      [9, 'new', 'XD-HTCT'],
    ]);
    expect(r.header).toMatchObject({ firstRow: 5, lastRow: 6, stt: 0, name: 1, model: 2, cont: 3, new: 4, fields: { 'VH-XH': 5, ANQP: 6, 'XD-HTCT': 7 } });
  });
});

describe('row rules', () => {
  const two = (row: FormRow) => [row, ok(2), ok(3)];
  it.each<[string, FormRow, string[]]>([
    ['no name', ok(1, { name: null }), ['MISSING_NAME@7B']],
    ['blank-ish name', ok(1, { name: '   ' }), ['MISSING_NAME@7B']],
    ['no model name', ok(1, { model: null }), ['MISSING_MODEL_NAME@7C']],
    ['no registration type', ok(1, { new: null }), ['REG_TYPE_NONE@7D']],
    ['both registration types', ok(1, { cont: 'x' }), ['REG_TYPE_BOTH@7D']],
    ['no field', ok(1, { fields: [] }), ['FIELD_NONE@7F']],
    ['two fields', ok(1, { fields: ['x', null, 'x'] }), ['FIELD_MULTIPLE@7F']],
    ['checkbox TRUE/FALSE', ok(1, { new: true, cont: false, fields: [false, true, false] }), []],
    ['odd mark counts, with a warning', ok(1, { new: 'có' }), ['INVALID_MARK@7E']],
    ['number 1 as mark', ok(1, { fields: [1] }), ['INVALID_MARK@7F']],
    ['dash is no mark', ok(1, { cont: '-' }), []],
    ['√ and V are marks', ok(1, { new: '√', fields: ['V'] }), []],
    ['formula-looking text is data', ok(1, { model: '=HYPERLINK("http://x","y")' }), []],
  ])('%s', (_, row, expected) => {
    const r = validateList(seedGrid(HOA_LU, two(row)), config);
    expect(brief(r.findings)).toEqual(expected);
  });

  it('the message is Vietnamese and names what is wrong', () => {
    const r = validateList(seedGrid(HOA_LU, two(ok(1, { new: 'có' }))), config);
    expect(r.findings[0]).toMatchObject({ severity: 'warning', row: 7, column: 'E' });
    expect(r.findings[0].message).toContain('“Đăng ký xây dựng mới”');
    expect(r.findings[0].message).toContain('“có”');
  });
});

describe('list rules', () => {
  it('reports a duplicate on the later row, folding case, spacing, quotes, NFD and tone placement', () => {
    const rows = [
      ok(1, { name: 'Công đoàn Trường Mầm non Hoà Bình', model: 'Mô hình “Mỗi tuần một việc làm tốt”' }),
      ok(2),
      ok(3, { name: 'CÔNG ĐOÀN TRƯỜNG MẦM NON HÒA BÌNH'.normalize('NFD'), model: ' mô hình  "mỗi tuần một việc làm tốt" ' }),
    ];
    const r = validateList(seedGrid(HOA_LU, rows), config);
    expect(brief(r.findings)).toEqual(['DUPLICATE_MODEL@9C']);
    expect(r.findings[0].message).toContain('dòng 7');
  });

  it.each<[string, number, string[]]>([
    ['under quota', 2, ['QUOTA_UNDER@-']],
    ['on quota', 3, []],
    ['over quota', 4, ['QUOTA_OVER@-']],
  ])('%s (%i models for a district federation, quota 3)', (_, n, expected) => {
    const rows = Array.from({ length: n }, (_, i) => ok(i + 1));
    expect(brief(validateList(seedGrid(HOA_LU, rows), config).findings)).toEqual(expected);
  });

  it('a sectoral union has quota 2', () => {
    const r = validateList(seedGrid('CÔNG ĐOÀN NGÀNH Y TẾ', [ok(1), ok(2), ok(3)]), config);
    expect(r.unit).toEqual({ name: 'Công đoàn ngành Y tế', type: 'cd-nganh' });
    expect(r.findings.map((f) => f.code)).toEqual(['QUOTA_OVER']);
    expect(r.findings[0].message).toBe('Đơn vị đăng ký 3 mô hình, vượt chỉ tiêu tối đa 2 mô hình của Công đoàn ngành.');
  });

  it('no header in the first 30 rows', () => {
    const grid: Grid = { values: [['Kính gửi: LĐLĐ tỉnh'], ['Đơn vị xin gửi danh sách trong tệp đính kèm.']], merges: [] };
    const r = validateList(grid, config);
    expect(brief(r.findings)).toEqual(['HEADER_NOT_FOUND@-']);
    expect(r.header).toBeNull();
  });

  it('a header below row 30 is not looked for', () => {
    const g = seedGrid(HOA_LU, [ok(1), ok(2), ok(3)]);
    g.values.splice(1, 0, ...Array.from({ length: 30 }, () => ['…']));
    expect(validateList(g, config).findings.map((f) => f.code)).toEqual(['HEADER_NOT_FOUND']);
  });
});

describe('units', () => {
  it.each<[string, string | null, string | null, string[]]>([
    ['LIÊN ĐOÀN LAO ĐỘNG HUYỆN HOA LƯ', 'Liên đoàn Lao động huyện Hoa Lư', 'ldld-huyen', []],
    ['LĐLĐ HUYỆN GIA VIỄN', 'Liên đoàn Lao động huyện Gia Viễn', 'ldld-huyen', []],
    ['LĐLĐ TP. Tam Điệp', 'Liên đoàn Lao động thành phố Tam Điệp', 'ldld-huyen', []],
    ['CĐ ngành Giáo dục', 'Công đoàn ngành Giáo dục', 'cd-nganh', ['QUOTA_OVER']],
    ['Công đoàn ngành Thông tin', 'Công đoàn ngành Thông tin', 'cd-nganh', ['UNKNOWN_UNIT', 'QUOTA_OVER']],
    ['Công đoàn Công ty TNHH ABC', 'Công đoàn Công ty TNHH ABC', null, ['UNKNOWN_UNIT']],
    ['LIÊN ĐOÀN LAO ĐỘNG HUYỆN (TP), CÔNG ĐOÀN NGÀNH.....', null, null, ['UNKNOWN_UNIT']],
  ])('%s', (line, name, type, codes) => {
    const r = validateList(seedGrid(line, [ok(1), ok(2), ok(3)]), config);
    expect(r.unit).toEqual(name === null ? null : { name, type });
    expect(r.findings.map((f) => f.code)).toEqual(codes);
  });

  it('falls back to the file or sheet name', () => {
    const r = validateList(seedGrid(null, [ok(1), ok(2), ok(3)]), config, { hints: ['Sheet1', 'ldld huyen yen mo'] });
    expect(r.unit).toEqual({ name: 'Liên đoàn Lao động huyện Yên Mô', type: 'ldld-huyen' });
    expect(r.findings).toEqual([]);
  });

  it('a unit not in force on the campaign date is flagged', () => {
    const r = validateList(seedGrid(HOA_LU, [ok(1), ok(2), ok(3)]), config, { date: '2026-03-01' });
    expect(r.findings.map((f) => f.code)).toEqual(['UNIT_INACTIVE']);
    expect(r.findings[0].message).toContain('01/03/2026');
  });
});

describe('messy lists', () => {
  it('reads header variants, extra columns and a later start', () => {
    const top = [null, 'TT', 'Tên tập thể, cá nhân', 'Tên mô hình', 'Tiếp tục ĐK', 'Đăng ký mới', 'Lĩnh vực', null, null, 'Ghi chú'];
    const sub = [null, null, null, null, null, null, 'VH - XH', 'AN - QP', 'XD HTCT', null];
    const g = seedGrid(HOA_LU, [], { top, sub, extraTitle: [['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['Độc lập - Tự do - Hạnh phúc']] });
    g.merges = [{ top: 6, left: 6, bottom: 6, right: 8 }];
    for (let i = 1; i <= 3; i++) g.values.push([null, i, `Cá nhân ${i}`, `Mô hình ${i}`, null, 'x', null, 'x', null, 'ghi chú tự do']);
    const r = validateList(g, config);
    expect(r.findings).toEqual([]);
    expect(r.header).toMatchObject({ firstRow: 7, lastRow: 8, stt: 1, name: 2, model: 3, cont: 4, new: 5, fields: { 'VH-XH': 6, ANQP: 7, 'XD-HTCT': 8 } });
    expect(r.models.map((m) => m.field)).toEqual(['ANQP', 'ANQP', 'ANQP']);
  });

  it('skips blank, placeholder, numbered-empty, section, column-number, total and footer rows', () => {
    const g = seedGrid(HOA_LU, [
      { stt: '(1)', name: '(2)', model: '(3)', cont: '(4)', new: '(5)', fields: ['(6)', '(7)', '(8)'] },
      { stt: 'I', name: 'Tập thể' },
      ok(1),
      {},
      ok(2),
      { stt: 'II.', name: 'Cá nhân' },
      ok(3, { name: 'Nguyễn Thị Hường' }),
      { stt: 4 },
      { stt: '..' },
      { stt: '…' },
      { stt: 'Tổng cộng', new: 3, fields: [3] },
      { name: 'Hoa Lư, ngày 10 tháng 7 năm 2021' },
      { name: 'NGƯỜI LẬP BIỂU', model: 'TM. BAN THƯỜNG VỤ' },
      { name: 'Nguyễn Văn A', model: 'Trần Thị B' },
    ]);
    const r = validateList(g, config);
    expect(r.findings).toEqual([]);
    expect(r.models.map((m) => m.row)).toEqual([9, 11, 13]);
  });

  it('reads a single “Lĩnh vực” column holding the field as text', () => {
    const top = ['STT', 'Tên tập thể hoặc cá nhân', 'Tên mô hình', 'Tiếp tục đăng ký', 'Đăng ký mới', 'Lĩnh vực'];
    const g: Grid = {
      values: [[HOA_LU], top, [1, 'A', 'M1', null, 'x', 'VH-XH'], [2, 'B', 'M2', null, 'x', 'An ninh - quốc phòng'], [3, 'C', 'M3', null, 'x', 'Kinh tế'], [4, 'D', 'M4', null, 'x', null]],
      merges: [],
    };
    const r = validateList(g, config);
    expect(r.models.map((m) => m.field)).toEqual(['VH-XH', 'ANQP', null, null]);
    expect(brief(r.findings)).toEqual(['QUOTA_OVER@-', 'FIELD_UNKNOWN@5F', 'FIELD_NONE@6F']);
  });

  it('reads a list typed in decomposed Unicode (NFD)', () => {
    const nfd = (c: unknown) => (typeof c === 'string' ? c.normalize('NFD') : c);
    const g = seedGrid(HOA_LU, [ok(1), ok(2), ok(3)]);
    g.values = g.values.map((row) => row.map(nfd) as typeof row);
    const r = validateList(g, config);
    expect(r.findings).toEqual([]);
    expect(r.models[0].name).toBe('Công đoàn Trường THCS số 1');
  });

  it('reports columns the form lacks once, not on every row', () => {
    const top = ['STT', 'Tên tập thể hoặc cá nhân', 'Tên mô hình', 'Đăng ký mới', 'VH-XH', 'ANQP'];
    const g: Grid = { values: [[HOA_LU], top, [1, 'A', 'M', 'x', 'x', null], [2, 'B', 'N', 'x', 'x', null], [3, 'C', 'O', 'x', null, 'x']], merges: [] };
    const codes = validateList(g, config).findings.map((f) => `${f.code}:${f.message}`);
    expect(codes).toEqual([
      'COLUMN_MISSING:Thiếu cột “Tiếp tục đăng ký” trong bảng.',
      'COLUMN_MISSING:Thiếu cột “Lĩnh vực: Xây dựng hệ thống chính trị (XD-HTCT)” trong bảng.',
    ]);
  });

  it('a required campaign column left blank is MISSING_VALUE naming the column', () => {
    const c = presetConfig('cdn-y-te-2017')!;
    const top = ['STT', 'Tên tập thể, cá nhân', 'Tên mô hình', 'Địa điểm triển khai', 'Cơ quan, đơn vị thực hiện', 'Nội dung, hình thức hoạt động', 'Tiếp tục đăng ký', 'Đăng ký mới', 'Kinh tế', 'VH-XH', 'QP-AN', 'XD HTCT'];
    const g: Grid = {
      values: [['CÔNG ĐOÀN BỆNH VIỆN ĐA KHOA TỈNH'], top, [1, 'Khoa Nhi', 'Hiến máu', 'Khoa Nhi', 'Bệnh viện', 'Vận động hiến máu', null, 'x', null, 'x', null, null], [2, 'Khoa Sản', 'Góc sữa mẹ', '', 'Bệnh viện', 'Tư vấn', null, 'x', null, 'x', null, null]],
      merges: [],
    };
    const r = validateList(g, c);
    expect(r.unit).toEqual({ name: 'CÔNG ĐOÀN BỆNH VIỆN ĐA KHOA TỈNH', type: 'cdcs' });
    expect(brief(r.findings)).toEqual(['MISSING_VALUE@4D']);
    expect(r.findings[0].message).toBe('Chưa ghi “Địa điểm triển khai” (bắt buộc).');
    expect(r.models[0].extra).toEqual({ dia_diem: 'Khoa Nhi', don_vi_thuc_hien: 'Bệnh viện', noi_dung: 'Vận động hiến máu' });
  });

  it('an empty form as downloaded: no unit, no models', () => {
    const g = seedGrid('LIÊN ĐOÀN LAO ĐỘNG HUYỆN (TP), CÔNG ĐOÀN NGÀNH.....', [{ stt: 1 }, { stt: 2 }, { stt: 3 }, { stt: '..' }, { stt: '..' }]);
    const r = validateList(g, config);
    expect(r.unit).toBeNull();
    expect(r.findings.map((f) => f.code)).toEqual(['UNKNOWN_UNIT', 'NO_MODELS']);
    expect(r.findings[0].message).toContain('ghi tên đơn vị');
  });

  it('never changes the grid it reads', () => {
    const g = seedGrid(HOA_LU, [ok(1, { name: '  Tên có  khoảng trắng '.normalize('NFD') }), ok(2, { cont: 'x' })]);
    const before = structuredClone(g);
    validateList(g, config);
    expect(g).toEqual(before);
  });
});

describe('kind (tập thể / cá nhân)', () => {
  it('is null on the list when it has no kind column; the aggregation tells it from the name', () => {
    const r = validateList(seedGrid(HOA_LU, [ok(1), ok(2, { name: 'Nguyễn Thị Hường' }), ok(3, { name: 'Xyz' })]), config);
    expect(r.models.map((m) => m.kind)).toEqual([null, null, null]);
    const agg = aggregate([{ kind: 'list', source: { file: 'a.xlsx', sheet: 'S' }, result: r, modified: null }], config);
    expect(agg.models.map((m) => m.kind)).toEqual(['tap-the', 'ca-nhan', null]);
  });

  it('is read from a “Tập thể/Cá nhân” column next to the name', () => {
    const top = ['STT', 'Tên tập thể hoặc cá nhân', 'Tập thể/Cá nhân', 'Tên mô hình', 'Tiếp tục đăng ký', 'Đăng ký mới', 'VH-XH', 'ANQP', 'XD HTCT'];
    const g: Grid = {
      values: [[HOA_LU], top, [1, 'Nguyễn Văn A', 'Tập thể', 'M1', null, 'x', 'x', null, null], [2, 'Công đoàn X', 'CN', 'M2', null, 'x', 'x', null, null], [3, 'Công đoàn Y', null, 'M3', null, 'x', 'x', null, null]],
      merges: [],
    };
    const r = validateList(g, config);
    expect(r.header!.kind).toBe(2);
    expect(r.findings).toEqual([]);
    expect(r.models.map((m) => m.kind)).toEqual(['tap-the', 'ca-nhan', null]);
  });
});

// The 2026–2030 phase end to end with `--preset mttq-phuong-2026` on samples/2026/danh-sach: what the ward's Front
// officer sees (the planted mistakes and nothing else) and the ten long-text items arriving whole in the master.
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dvk } from './run';

const LISTS = 'samples/2026/danh-sach';
const PRESET = ['--preset', 'mttq-phuong-2026'];
const TEN_ITEMS = [
  'Thực trạng, lý do',
  'Mục tiêu, tiêu chí',
  'Nội dung, cách làm',
  'Địa bàn, đối tượng',
  'Chủ thể thực hiện',
  'Nguồn lực',
  'Thời gian thực hiện',
  'Sản phẩm, kết quả kiểm chứng được',
  'Khả năng duy trì, nhân rộng',
];

type Values = (string | number | boolean | null)[][];

/** A sheet as `dvk read --json` gives it: the reader every command uses. */
function read(file: string, sheet?: string): Values {
  const r = dvk(['read', file, '--json', ...(sheet ? ['--sheet', sheet] : [])]);
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout).sheets[0].values;
}

describe('dvk validate --preset mttq-phuong-2026 on the 2026 samples', () => {
  const run = dvk(['validate', LISTS, ...PRESET, '--json']);
  const files = JSON.parse(run.stdout).files as { file: string; unit: { name: string; type: string }; models: number; findings: { code: string; row: number | null; column: string | null }[] }[];
  const byFile = Object.fromEntries(files.map((f) => [f.file.split('/').pop()!, f]));

  it('flags the two planted mistakes and nothing else: exit 1', () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(Object.fromEntries(files.map((f) => [f.file.split('/').pop(), f.findings.map((x) => [x.code, x.row, x.column])]))).toEqual({
      'chi-bo-to-dan-pho-so-3.xlsx': [],
      'chi-bo-to-dan-pho-so-5.xlsx': [],
      'chi-bo-truong-thcs-hoa-lu.xlsx': [['MISSING_VALUE', 9, 'Q']],
      'cong-an-phuong-hoa-lu.xlsx': [],
      'doan-thanh-nien-phuong-hoa-lu.xlsx': [],
      'hoi-lien-hiep-phu-nu-phuong-hoa-lu.xlsx': [
        ['COLUMN_MISSING', null, null],
        ['COLUMN_MISSING', null, null],
        ['COLUMN_MISSING', null, null],
        ['COLUMN_MISSING', null, null],
      ],
    });
  });

  it('names what is missing in Vietnamese: the blank verifiable outputs, and the old form’s missing columns', () => {
    const text = dvk(['validate', LISTS, ...PRESET]);
    expect(text.stdout).toContain('Dòng 9, ô Q9: Chưa ghi “Sản phẩm, kết quả kiểm chứng được” (bắt buộc). [MISSING_VALUE]');
    for (const column of ['Lĩnh vực: Phát triển kinh tế (KT)', 'Nội dung, cách làm', 'Chủ thể thực hiện', 'Sản phẩm, kết quả kiểm chứng được'])
      expect(text.stdout).toContain(`Toàn danh sách: Thiếu cột “${column}” trong bảng. [COLUMN_MISSING]`);
    expect(text.stdout).toContain('Tổng cộng: 6 danh sách, 5 lỗi, 0 cảnh báo.');
  });

  it('tells every unit from its title lines, abbreviations and Party headers included', () => {
    expect(Object.fromEntries(Object.entries(byFile).map(([k, f]) => [k, [f.unit.name, f.unit.type, f.models]]))).toEqual({
      'chi-bo-to-dan-pho-so-3.xlsx': ['Chi bộ tổ dân phố số 3', 'chi-bo-kdc', 1],
      'chi-bo-to-dan-pho-so-5.xlsx': ['Chi bộ tổ dân phố số 5', 'chi-bo-kdc', 2],
      'chi-bo-truong-thcs-hoa-lu.xlsx': ['Chi bộ Trường Trung học cơ sở Hoa Lư', 'chi-bo-co-quan', 2],
      'cong-an-phuong-hoa-lu.xlsx': ['Công an phường Hoa Lư', 'co-quan', 2],
      'doan-thanh-nien-phuong-hoa-lu.xlsx': ['Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Hoa Lư', 'doan-the', 1],
      'hoi-lien-hiep-phu-nu-phuong-hoa-lu.xlsx': ['Hội Liên hiệp Phụ nữ phường Hoa Lư', 'doan-the', 2],
    });
  });
});

describe('dvk aggregate --preset mttq-phuong-2026 on the 2026 samples', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dvk-2026-'));
  const out = join(dir, 'tong-hop.xlsx');
  const run = dvk(['aggregate', LISTS, ...PRESET, '--out', out]);
  const json = JSON.parse(dvk(['aggregate', LISTS, ...PRESET, '--json']).stdout);

  it('counts 10 models of 6 units, names the 6 units that sent nothing, and repeats the list mistakes: exit 1', () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Tổng hợp: 10 mô hình của 6 đơn vị (6 nguồn).');
    expect(run.stdout).toContain(
      'Theo lĩnh vực: Xây dựng Đảng, hệ thống chính trị 2; Phát triển kinh tế 1; Văn hóa - xã hội 5; Quốc phòng - an ninh 2.',
    );
    expect(run.stdout).toContain('Theo hình thức: tiếp tục đăng ký 3; đăng ký mới 7.');
    expect(run.stdout).not.toContain('Không đạt chỉ tiêu');
    const findings = (json.findings as { code: string; file?: string; params: { unit?: string } }[]).map((f) => [
      f.code,
      f.file?.split('/').pop() ?? f.params.unit,
    ]);
    expect(findings).toEqual([
      ['MISSING_VALUE', 'chi-bo-truong-thcs-hoa-lu.xlsx'],
      ['COLUMN_MISSING', 'hoi-lien-hiep-phu-nu-phuong-hoa-lu.xlsx'],
      ['COLUMN_MISSING', 'hoi-lien-hiep-phu-nu-phuong-hoa-lu.xlsx'],
      ['COLUMN_MISSING', 'hoi-lien-hiep-phu-nu-phuong-hoa-lu.xlsx'],
      ['COLUMN_MISSING', 'hoi-lien-hiep-phu-nu-phuong-hoa-lu.xlsx'],
      ...[
        'Chi bộ tổ dân phố số 8',
        'Chi bộ tổ dân phố số 12',
        'Chi bộ Trạm Y tế phường Hoa Lư',
        'Chi bộ Trường Mầm non Hoa Lư',
        'Hội Cựu chiến binh phường Hoa Lư',
        'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Hoa Lư',
      ].map((u) => ['UNIT_MISSING', u]),
    ]);
    expect(json.late).toEqual([]);
  });

  it('carries the multi-paragraph “Nội dung, cách làm” into the master exactly as typed, line breaks and blank lines kept', async () => {
    const source = read(`${LISTS}/chi-bo-to-dan-pho-so-5.xlsx`);
    const typed = source[7][11] as string;
    const lines = typed.split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatch(/^Chi ủy phân công 24 đảng viên/);
    expect([lines[1], lines[3]]).toEqual(['', '']);
    expect(lines[5]).toBe('- việc thuộc tổ dân phố thì giải quyết ngay;');

    const master = read(out, 'Tổng hợp');
    const col = master[0].indexOf('Nội dung, cách làm');
    const row = master.find((r) => r[4] === 'Mỗi đảng viên phụ trách một nhóm hộ gia đình')!;
    expect(row[col]).toBe(typed);

    // The same cell through another reader (exceljs), as Excel users' tools see it.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Tổng hợp')!;
    const excelRow = ws.getRows(2, ws.rowCount - 1)!.find((r) => r.getCell(5).value === 'Mỗi đảng viên phụ trách một nhóm hộ gia đình')!;
    expect(excelRow.getCell(col + 1).value).toBe(typed);
    // Shown as typed too: the long-text columns wrap (the row grows), wide enough to read.
    expect(excelRow.getCell(col + 1).alignment).toMatchObject({ wrapText: true });
    for (const label of TEN_ITEMS) expect(ws.getColumn(master[0].indexOf(label) + 1).width, label).toBeGreaterThanOrEqual(40);
  });

  it('carries all nine long-text items of every model, cell for cell, to the row its trace columns name', () => {
    const master = read(out, 'Tổng hợp');
    const h = master[0];
    const at = (label: string) => {
      const i = h.indexOf(label);
      expect(i, label).toBeGreaterThanOrEqual(0);
      return i;
    };
    const items = TEN_ITEMS.map(at);
    const [file, line] = [at('Tệp nguồn'), at('Dòng nguồn')];
    const sources: Record<string, Values> = {};
    const blank = (v: unknown) => (v === '' || v === undefined ? null : v);
    let cells = 0;
    for (const r of master.slice(1)) {
      const name = r[file] as string;
      const src = (sources[name] ??= read(name));
      const srcRow = src[(r[line] as number) - 1];
      // Every ten-item list has the nine items in J–R; the Women's Union's old form has none of them.
      const typed = name.endsWith('hoi-lien-hiep-phu-nu-phuong-hoa-lu.xlsx') ? items.map(() => null) : srcRow.slice(9, 18);
      expect(items.map((i) => blank(r[i])), `${name} row ${r[line]}`).toEqual(typed.map(blank));
      cells += typed.filter((t) => t !== null).length;
    }
    expect(master.length - 1).toBe(10);
    expect(cells).toBe(8 * 9 - 1); // 8 models of the new form, one blank verifiable output
  });
});

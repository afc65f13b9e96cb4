import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dvk, ROOT } from './run';

const FIXTURES = join(ROOT, 'test/fixtures/lists');
const SAMPLES = join(ROOT, 'samples/danh-sach');

/** A folder an officer might have: the sample lists, messy variants, a corrupt file and an Excel lock file. */
function officeFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dvk-agg-'));
  const inbox = join(dir, 'nhan-ve');
  mkdirSync(inbox);
  for (const f of readdirSync(SAMPLES)) copyFileSync(join(SAMPLES, f), join(inbox, f));
  for (const f of ['tieu-de-cot-bien-the.xlsx', 'ten-don-vi-viet-tat.xlsx', 'khong-doc-duoc-tai-do-dang.xlsx'])
    copyFileSync(join(FIXTURES, f), join(inbox, f));
  writeFileSync(join(inbox, '~$ldld-huyen-hoa-lu.xlsx'), 'lock');
  return dir;
}

async function sheets(path: string): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: Record<string, unknown[][]> = {};
  for (const ws of wb.worksheets) {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (r) => rows.push((r.values as unknown[]).slice(1)));
    out[ws.name] = rows;
  }
  return out;
}

describe('dvk aggregate on a folder', () => {
  const dir = officeFolder();
  const out = join(dir, 'tong-hop.xlsx');
  const run = dvk(['aggregate', join(dir, 'nhan-ve'), '--out', out]);

  it('aggregates what it can read and reports the corrupt file: exit 1', () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('khong-doc-duoc-tai-do-dang.xlsx');
    expect(run.stdout).toMatch(/^Tổng hợp: \d+ mô hình của \d+ đơn vị/);
    expect(run.stdout).toContain('Bản cũ không tính (đã có bản gửi sau):');
    expect(run.stdout).toContain(`Đã ghi ${out}.`);
  });

  it('writes Tổng hợp, Thống kê, Tình trạng nộp and Kiểm tra with bold frozen headers, ready to filter and print', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Thống kê', 'Tình trạng nộp', 'Kiểm tra']);
    const master = wb.getWorksheet('Tổng hợp')!;
    expect(master.getCell('A1').font?.bold).toBe(true);
    expect(master.getCell('E1').alignment?.wrapText).toBe(true);
    expect(master.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(master.getColumn(5).width).toBeGreaterThan(30);
    // A filter on the header row; A4 landscape, one page wide, the header repeated on every printed page.
    expect(master.autoFilter).toMatch(/^A1:[A-Z]+\d+$/);
    expect(master.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(master.pageSetup.printTitlesRow).toBe('1:1');
    // The officer's columns offer their values and take real dates; the list's date is a date, not text.
    const header = (master.getRow(1).values as unknown[]).slice(1) as string[];
    const col = (h: string) => header.indexOf(h) + 1;
    expect(master.getCell(2, col('Triển khai')).dataValidation).toMatchObject({ type: 'list', formulae: ['"Đang triển khai,Hiệu quả,Dừng"'] });
    expect(master.getCell(master.rowCount, col('Ngày công nhận')).dataValidation).toMatchObject({ type: 'date' });
    expect(master.getCell(2, col('Ngày trên danh sách')).value).toBeInstanceOf(Date);
    expect(master.getCell(2, col('Ngày trên danh sách')).numFmt).toBe('dd/mm/yyyy');
    const s = await sheets(out);
    const checks = s['Kiểm tra'].map((r) => r.join('|'));
    expect(checks.some((r) => r.includes('SOURCE_UNREADABLE') && r.includes('khong-doc-duoc-tai-do-dang.xlsx'))).toBe(true);
    expect(checks.some((r) => r.includes('LIST_SUPERSEDED') && r.includes('ldld-thanh-pho-ninh-binh.xlsx'))).toBe(true);
    // Units sorted the Vietnamese way, each row traceable to its file, sheet and row.
    const units = [...new Set(s['Tổng hợp'].slice(1).map((r) => r[1] as string))];
    expect(units).toEqual([...units].sort(new Intl.Collator('vi').compare));
    for (const r of s['Tổng hợp'].slice(1)) {
      expect(r[9]).toMatch(/\.xlsx$/);
      expect(r[11]).toBeGreaterThan(6);
    }
  });

  it('keeps the --json contract', () => {
    const r = dvk(['aggregate', join(dir, 'nhan-ve'), '--json']);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(expect.arrayContaining(['summary', 'missingUnits', 'models', 'findings', 'sources']));
    expect(Object.keys(j.summary)).toEqual(expect.arrayContaining(['total', 'byField', 'byRegistration', 'byUnit']));
    expect(j.summary.byRegistration.new + j.summary.byRegistration.continue + j.summary.byRegistration.unknown).toBe(j.summary.total);
    expect(Object.values(j.summary.byField as Record<string, number>).reduce((a, b) => a + b, 0) + j.summary.withoutField).toBe(j.summary.total);
    expect(j.summary.byUnit[0]).toEqual(expect.objectContaining({ unit: expect.any(String), type: expect.anything(), count: expect.any(Number), quota: expect.any(Object), status: expect.stringMatching(/^(ok|under|over|missing)$/) }));
    expect(j.missingUnits).toContain('Liên đoàn Lao động huyện Kim Sơn');
    expect(j.sources.find((x: { file: string }) => x.file.endsWith('khong-doc-duoc-tai-do-dang.xlsx')).error).toContain('không trọn vẹn');
    expect(j.sources.some((x: { file: string }) => x.file.includes('~$'))).toBe(false);
    const yen = j.summary.byUnit.find((u: { unit: string }) => u.unit === 'Liên đoàn Lao động huyện Yên Mô');
    expect(yen.status).toBe('under');
  });

  it('text from units that looks like a formula is written as text, never a formula', async () => {
    const own = join(mkdtempSync(join(tmpdir(), 'dvk-')), 'tong-hop.xlsx');
    expect(dvk(['aggregate', join(FIXTURES, 'ten-mo-hinh-bat-dau-bang-dau.xlsx'), '--out', own]).status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(own);
    const formulaLike: string[] = [];
    wb.getWorksheet('Tổng hợp')!.eachRow((row) =>
      row.eachCell((c) => {
        expect(c.type).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof c.value === 'string' && /^[=+\-@]/.test(c.value)) formulaLike.push(c.value);
      }),
    );
    expect(formulaLike).toHaveLength(2);
  });

  it('re-running replaces the output: identical result, no appended duplicates, nothing left behind', async () => {
    const before = await sheets(out);
    const again = dvk(['aggregate', join(dir, 'nhan-ve'), '--out', out]);
    expect(again.status).toBe(1);
    expect(await sheets(out)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['nhan-ve', 'tong-hop.xlsx']);
  });

  it('the output inside the input folder is not read back as a source', async () => {
    const inside = join(dir, 'nhan-ve', 'tong-hop.xlsx');
    dvk(['aggregate', join(dir, 'nhan-ve'), '--out', inside]);
    const second = dvk(['aggregate', join(dir, 'nhan-ve'), '--out', inside]);
    expect((await sheets(inside))['Tổng hợp']).toEqual((await sheets(out))['Tổng hợp']);
    expect(second.stdout).not.toContain('Bản cũ không tính (đã có bản gửi sau): ' + inside);
  });
});

describe('a master workbook is itself a source', () => {
  it('rolls up to the same master list and statistics', async () => {
    const dir = officeFolder();
    const first = join(dir, 'huyen.xlsx');
    dvk(['aggregate', join(dir, 'nhan-ve'), '--out', first]);
    const second = join(dir, 'tinh.xlsx');
    const r = dvk(['aggregate', first, '--out', second, '--json']);
    expect(r.status).toBe(0); // the master carries codes per row, not error findings
    const a = await sheets(first);
    const b = await sheets(second);
    expect(b['Tổng hợp']).toEqual(a['Tổng hợp']);
    expect(b['Thống kê']).toEqual(a['Thống kê']);
  });
});

describe('dvk aggregate arguments', () => {
  it('nothing usable: exit 2, in Vietnamese', () => {
    const r = dvk(['aggregate', join(FIXTURES, 'khong-doc-duoc-csv-doi-duoi.xlsx'), '--out', join(mkdtempSync(join(tmpdir(), 'dvk-')), 'x.xlsx')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Không có danh sách nào dùng được');
    expect(r.stderr).toContain('khong-doc-duoc-csv-doi-duoi.xlsx');
  });

  it('needs --out or --json, and an .xlsx output', () => {
    expect(dvk(['aggregate', SAMPLES]).stderr).toContain('Thiếu --out');
    expect(dvk(['aggregate', SAMPLES, '--out', 'x.csv']).stderr).toContain('phải có đuôi .xlsx');
    expect(dvk(['aggregate', '--help']).stdout).toContain('Cách dùng: dvk aggregate');
  });

  it('never overwrites a source', () => {
    const dir = officeFolder();
    const src = join(dir, 'nhan-ve', 'ldld-huyen-hoa-lu.xlsx');
    const before = readFileSync(src);
    const r = dvk(['aggregate', src, join(dir, 'nhan-ve', 'cd-nganh-y-te.xlsx'), '--out', src]);
    expect(r.status).toBe(2);
    expect(readFileSync(src).equals(before)).toBe(true);
    // Nor a unit's list that sits in an input folder.
    const inFolder = dvk(['aggregate', join(dir, 'nhan-ve'), '--out', src]);
    expect(inFolder.status).toBe(2);
    expect(inFolder.stderr).toContain('không phải bảng tổng hợp do công cụ này tạo; không ghi đè');
    expect(readFileSync(src).equals(before)).toBe(true);
  });
});

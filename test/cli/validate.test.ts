import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dvk, ROOT } from './run';

const FIXTURES = join(ROOT, 'test/fixtures/lists');
interface Expected {
  preset?: string;
  unreadable?: boolean;
  unit?: { name: string; type: string | null } | null;
  models?: number;
  findings?: { code: string; row: number | null; column: string | null }[];
}
const manifest: Record<string, Expected> = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8'));
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const tmp = () => mkdtempSync(join(tmpdir(), 'dvk-test-'));
const key = (f: { code: string; row: number | null; column: string | null }) => `${f.code}@${f.row ?? '-'}${f.column ?? ''}`;

describe('dvk validate on the fixture workbooks', () => {
  const readable = Object.entries(manifest).filter(([, e]) => !e.unreadable);
  it.each(readable)('%s', (file, e) => {
    const r = dvk(['validate', join(FIXTURES, file), '--json', '--preset', e.preset ?? 'ldld-ninh-binh-2021']);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.files).toHaveLength(1);
    const f = out.files[0];
    expect(f.unit).toEqual(e.unit);
    expect(f.models).toBe(e.models);
    expect(f.findings.map(key).sort()).toEqual(e.findings!.map(key).sort());
    const errors = f.findings.some((x: { severity: string }) => x.severity === 'error');
    expect(r.status).toBe(errors ? 1 : 0);
    for (const x of f.findings) expect(x.message).toMatch(/[àáảãạăâđêôơư]/i);
  });

  const unreadable = Object.entries(manifest).filter(([, e]) => e.unreadable);
  it.each(unreadable)('%s cannot be read: exit 2, the file named, no stack trace', (file) => {
    const r = dvk(['validate', join(FIXTURES, file)]);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain(file);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toMatch(/không|bị hỏng|mật khẩu/);
  });

  it('a bad file among good ones: exit 2, and the others are still checked', () => {
    const bad = unreadable[0][0];
    const good = readable.find(([, e]) => !e.findings!.length && (e.preset ?? 'ldld-ninh-binh-2021') === 'ldld-ninh-binh-2021')![0];
    const r = dvk(['validate', join(FIXTURES, bad), join(FIXTURES, good), '--json']);
    expect(r.status).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.files.map((f: { file: string }) => f.file.split('/').pop())).toEqual([bad, good]);
    expect(out.files[0].error).toContain(bad);
    expect(out.files[1].models).toBeGreaterThan(0);
  });

  it('a missing file: exit 2, named', () => {
    const r = dvk(['validate', 'khong-co-tep-nay.xlsx']);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('khong-co-tep-nay.xlsx: không tìm thấy tệp.');
  });
});

describe('dvk validate output', () => {
  const withErrors = Object.entries(manifest).find(([, e]) => e.findings?.some((f) => f.code === 'REG_TYPE_BOTH'))![0];

  it('prints findings per file in Vietnamese, then a summary line', () => {
    const r = dvk(['validate', join(FIXTURES, withErrors)]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toContain(withErrors);
    expect(r.stdout).toMatch(/Lỗi +Dòng \d+, ô D\d+: Đánh dấu cả “Tiếp tục đăng ký” và “Đăng ký xây dựng mới”/);
    expect(lines.at(-1)).toMatch(/^Tổng cộng: 1 danh sách, \d+ lỗi, \d+ cảnh báo\.$/);
  });

  it('--help in Vietnamese', () => {
    const a = dvk(['--help']);
    expect(a.status).toBe(0);
    expect(a.stdout).toContain('Cách dùng: dvk <lệnh>');
    const b = dvk(['validate', '--help']);
    expect(b.status).toBe(0);
    expect(b.stdout).toContain('--annotate');
    expect(b.stdout).toContain('Mã thoát');
  });

  it('bad arguments: exit 2 in Vietnamese', () => {
    expect(dvk([]).status).toBe(2);
    const r = dvk(['validate', 'a.xlsx', '--khong-co']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Tham số không hợp lệ');
    const p = dvk(['validate', 'a.xlsx', '--preset', 'khong-co']);
    expect(p.status).toBe(2);
    expect(p.stderr).toContain('Không có bộ cấu hình mẫu “khong-co”');
    expect(p.stderr).toContain('cdn-y-te-2017');
  });

  it('a bad config file lists every problem with its key path', () => {
    const dir = tmp();
    const cfg = join(dir, 'cau-hinh.json');
    writeFileSync(cfg, JSON.stringify({ title: 'Đợt 2026', fields: [], deadline: '2026-02-30', extra: 1 }));
    const r = dvk(['validate', join(FIXTURES, withErrors), '--config', cfg]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cấu hình không hợp lệ (3 lỗi)');
    expect(r.stderr).toContain('- fields: cần ít nhất 1 mục');
    expect(r.stderr).toContain('- deadline: không phải ngày có thật');
    expect(r.stderr).toContain('- (gốc): có khóa không hợp lệ: “extra”');
    writeFileSync(cfg, '{ "title": ');
    expect(dvk(['validate', join(FIXTURES, withErrors), '--config', cfg]).stderr).toContain('không phải JSON hợp lệ');
  });

  it('a config file is used instead of the default preset', () => {
    const dir = tmp();
    const cfg = join(dir, 'cau-hinh.json');
    writeFileSync(cfg, JSON.stringify({ title: 'Một lĩnh vực', fields: [{ code: 'VH-XH', label: 'Văn hóa - xã hội' }] }));
    const r = dvk(['validate', join(FIXTURES, withErrors), '--config', cfg, '--json']);
    const codes = JSON.parse(r.stdout).files[0].findings.map((f: { code: string }) => f.code);
    // Only VH-XH is a field of this campaign: rows marked under ANQP or XD-HTCT have no field, and there are no quotas.
    expect(codes).toContain('FIELD_NONE');
    expect(codes.filter((c: string) => c.startsWith('QUOTA'))).toEqual([]);
  });
});

describe('dvk validate --annotate', () => {
  const withErrors = Object.entries(manifest).find(([, e]) => e.findings?.some((f) => f.code === 'REG_TYPE_BOTH'))!;

  it('writes a marked copy and never touches the input', async () => {
    const dir = tmp();
    const input = join(dir, withErrors[0]);
    copyFileSync(join(FIXTURES, withErrors[0]), input);
    const before = sha(input);
    const out = join(dir, 'da-kiem-tra.xlsx');
    const r = dvk(['validate', input, '--annotate', out]);
    expect(r.status).toBe(1);
    expect(sha(input)).toBe(before);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const orig = new ExcelJS.Workbook();
    await orig.xlsx.readFile(input);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const f = withErrors[1].findings!.find((x) => x.code === 'REG_TYPE_BOTH')!;
    const ws = wb.worksheets[0];
    const cell = ws.getCell(`${f.column}${f.row}`);
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFF4C7C3');
    expect(String(typeof cell.note === 'string' ? cell.note : cell.note?.texts?.map((t) => t.text).join(''))).toContain('Đánh dấu cả');
    // Values are unchanged, cell by cell.
    orig.worksheets[0].eachRow({ includeEmpty: true }, (row, n) => {
      row.eachCell({ includeEmpty: true }, (c, col) => {
        expect(ws.getCell(n, col).value).toEqual(c.value);
      });
    });
    const results = wb.getWorksheet('Kết quả kiểm tra')!;
    expect(results.getRow(1).values).toEqual([undefined, 'Vị trí', 'Mức độ', 'Mã', 'Nội dung']);
    expect(results.rowCount - 1).toBe(withErrors[1].findings!.length);
  });

  it('refuses to overwrite the input', () => {
    const dir = tmp();
    const input = join(dir, 'ds.xlsx');
    copyFileSync(join(FIXTURES, withErrors[0]), input);
    const before = sha(input);
    const r = dvk(['validate', input, '--annotate', input]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('không bao giờ ghi đè tệp gốc');
    expect(sha(input)).toBe(before);
    // Nor another workbook that happens to have the target's name; an earlier annotated copy is replaced.
    const other = join(dir, 'khac.xlsx');
    copyFileSync(join(FIXTURES, withErrors[0]), other);
    const otherBefore = sha(other);
    expect(dvk(['validate', input, '--annotate', other]).stderr).toContain('không phải bản có đánh dấu do công cụ này tạo');
    expect(sha(other)).toBe(otherBefore);
    const copy = join(dir, 'ban-kiem-tra.xlsx');
    expect(dvk(['validate', input, '--annotate', copy]).status).toBe(1);
    expect(dvk(['validate', input, '--annotate', copy]).status).toBe(1);
  });

  it('several files: one annotated copy each in the folder', () => {
    const dir = tmp();
    const files = Object.entries(manifest).filter(([, e]) => !e.unreadable).slice(0, 3).map(([f]) => join(FIXTURES, f));
    const r = dvk(['validate', ...files, '--annotate', join(dir, 'ra')]);
    expect([0, 1]).toContain(r.status);
    expect(readdirSync(join(dir, 'ra')).sort()).toEqual(files.map((f) => f.split('/').pop()!.replace(/\.xlsx$/, '.kiem-tra.xlsx')).sort());
  });
});

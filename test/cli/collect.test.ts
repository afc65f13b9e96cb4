// `dvk forms` and `dvk remind` as an officer runs them: every generated form filled with exceljs the way a unit would,
// then validated (the unit told exactly, no false finding); a form left blank is “chưa nộp”; reminders per unit and
// the mail-merge file; and nothing the officer (or a unit) has is ever overwritten.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfig, type Config, type ConfigInput } from '../../src/domain/config';
import { registrationLayout } from '../../src/domain/form-layout';
import { presetConfig } from '../../src/domain/presets';
import { dvk } from './run';

/** A 2026 campaign with addresses, quotas by type and required campaign columns. */
const CAMPAIGN: ConfigInput = {
  title: 'Đăng ký mô hình “Dân vận khéo” năm 2026',
  fields: [
    { code: 'VH-XH', label: 'Văn hóa - xã hội' },
    { code: 'KT', label: 'Phát triển kinh tế' },
  ],
  unitTypes: [
    { code: 'xa', label: 'Công đoàn xã, phường', match: ['Công đoàn xã', 'Công đoàn phường'], quota: { min: 1, max: 3 } },
    { code: 'nganh', label: 'Công đoàn ngành', match: ['Công đoàn ngành'], quota: { min: 2, max: 2 } },
  ],
  units: [
    { name: 'Công đoàn phường Hoa Lư', type: 'xa', email: 'hoalu@example.vn', contact: 'Đ/c Lan' },
    { name: 'Công đoàn xã Gia Viễn', type: 'xa', email: ['giavien@example.vn', 'chutich.gv@example.vn'] },
    { name: 'Công đoàn ngành Y tế', type: 'nganh', email: 'yte@example.vn' },
    { name: 'Công đoàn ngành Giáo dục', type: 'nganh' },
    { name: 'Công đoàn xã Cũ', type: 'xa', validTo: '2025-06-30' },
  ],
  deadline: '2026-10-25',
  columns: [
    { key: 'dia_diem', label: 'Địa điểm triển khai', required: true },
    { key: 'ghi_chu', label: 'Ghi chú' },
  ],
};

function config(): Config {
  const r = parseConfig(CAMPAIGN);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.config;
}

const UNITS = ['Công đoàn ngành Giáo dục', 'Công đoàn ngành Y tế', 'Công đoàn phường Hoa Lư', 'Công đoàn xã Gia Viễn'];

/** Fills a form the way a unit does in Excel: opens it, types `n` models under the header, saves it. */
async function fillLikeAUnit(path: string, n: number, opts: { titleLine?: string } = {}): Promise<void> {
  const who = path.split(/[\\/]/).pop()!.replace(/\.xlsx$/, '');
  const c = config();
  const L = registrationLayout(c, { unit: c.units[0], markRequired: true });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet('Danh sách đăng ký')!;
  if (opts.titleLine) ws.getCell('A1').value = opts.titleLine;
  for (let i = 0; i < n; i++) {
    const r = ws.getRow(L.firstDataRow + i);
    r.getCell(1).value = i + 1;
    r.getCell(2).value = `Công đoàn cơ sở số ${i + 1} của ${who}`;
    r.getCell(3).value = `Mô hình “Nghĩa tình” số ${i + 1}`;
    r.getCell(i % 2 ? 4 : 5).value = 'x';
    r.getCell(6 + (i % 2)).value = 'x';
    r.getCell(8).value = `Thôn ${i + 1}`;
    r.commit();
  }
  await wb.xlsx.writeFile(path);
}

describe('dvk forms', () => {
  let dir: string;
  let cfg: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dvk-forms-'));
    cfg = join(dir, 'dot-2026.json');
    writeFileSync(cfg, JSON.stringify(CAMPAIGN));
  });

  it('writes one form per unit in force, names the units left out, and each form is read back as its unit’s, blank', () => {
    const r = dvk(['forms', '--config', cfg, '--out', join(dir, 'mau')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Đã ghi 4 biểu mẫu');
    expect(r.stdout).toContain('Công đoàn xã Cũ');
    expect(readdirSync(join(dir, 'mau')).sort()).toEqual(UNITS.map((u) => `${u}.xlsx`).sort());

    // Blank forms: every unit “chưa nộp”.
    const a = dvk(['aggregate', join(dir, 'mau'), '--config', cfg, '--json']);
    const out = JSON.parse(a.stdout);
    expect(out.missingUnits).toEqual(UNITS);
    expect(out.summary.total).toBe(0);
    expect(out.sources.map((s: { form?: string }) => s.form)).toEqual(['blank', 'blank', 'blank', 'blank']);
  });

  it('carries the unit, quota, deadline, drop-downs, marked required columns, instructions and a hidden marker', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'mau', 'Công đoàn ngành Y tế.xlsx'));
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Danh sách đăng ký', 'visible'],
      ['Hướng dẫn', 'visible'],
      ['Dân vận khéo (mã biểu mẫu)', 'veryHidden'],
    ]);
    const ws = wb.getWorksheet('Danh sách đăng ký')!;
    expect(ws.getCell('A1').value).toBe('CÔNG ĐOÀN NGÀNH Y TẾ');
    expect(ws.getCell('A4').value).toBe('Chỉ tiêu: 2 mô hình. Hạn nộp: 25/10/2026.');
    expect(ws.getCell('H6').value).toBe('Địa điểm triển khai *');
    expect(ws.getCell('I6').value).toBe('Ghi chú');
    expect(ws.getCell('D8').dataValidation).toMatchObject({ type: 'list', formulae: ['"x"'] });
    expect(ws.getCell('G107').dataValidation).toMatchObject({ type: 'list' });
    expect(ws.getCell('B8').protection).toMatchObject({ locked: false });
    expect(ws.getCell('B6').protection?.locked).not.toBe(false);
    expect(String(wb.getWorksheet('Hướng dẫn')!.getCell('A4').value)).toMatch(/^• Mỗi mô hình ghi trên một dòng/);
  });

  it('a filled form is validated as exactly its unit with no false finding, even when the unit changed the first line', async () => {
    const c = config();
    for (const u of UNITS) {
      const q = c.units.find((x) => x.name === u)!;
      const n = q.type === 'nganh' ? 2 : 1;
      await fillLikeAUnit(join(dir, 'mau', `${u}.xlsx`), n, u === 'Công đoàn ngành Y tế' ? { titleLine: 'CÔNG ĐOÀN XÃ GIA VIỄN' } : {});
    }
    const r = dvk(['validate', join(dir, 'mau'), '--config', cfg, '--json']);
    expect(r.status).toBe(0);
    const files = JSON.parse(r.stdout).files as { file: string; unit: { name: string } | null; findings: unknown[]; models: number }[];
    expect(files.map((f) => [f.file.split(/[\\/]/).pop(), f.unit?.name, f.findings])).toEqual(UNITS.map((u) => [`${u}.xlsx`, u, []]));

    const a = JSON.parse(dvk(['aggregate', join(dir, 'mau'), '--config', cfg, '--json']).stdout);
    expect(a.missingUnits).toEqual([]);
    expect(a.summary.total).toBe(6);
    expect(a.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
  });

  it('never writes over a form a unit filled in (exit 2, naming it); --force keeps it beside the new blank one', () => {
    const r = dvk(['forms', '--config', cfg, '--out', join(dir, 'mau')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Công đoàn [^:]+\.xlsx: biểu mẫu này do công cụ tạo nhưng đã được sửa sau đó; không ghi đè/);
    expect(r.stderr).toContain('--force');
    const before = readFileSync(join(dir, 'mau', 'Công đoàn ngành Giáo dục.xlsx'));
    const f = dvk(['forms', '--config', cfg, '--out', join(dir, 'mau'), '--force']);
    expect(f.status).toBe(0);
    const kept = readdirSync(join(dir, 'mau')).filter((n) => n.includes('.truoc-'));
    expect(kept).toHaveLength(4);
    expect(readFileSync(join(dir, 'mau', kept.find((k) => k.startsWith('Công đoàn ngành Giáo dục'))!))).toEqual(before);
  });

  it('replaces a blank form of its own without asking, and refuses a folder with no units to write for', () => {
    const d = join(dir, 'mau2');
    expect(dvk(['forms', '--config', cfg, '--out', d]).status).toBe(0);
    expect(dvk(['forms', '--config', cfg, '--out', d]).status).toBe(0);
    expect(readdirSync(d)).toHaveLength(4);
    const none = dvk(['forms', '--preset', 'cdn-y-te-2017', '--out', join(dir, 'mau3')]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('chưa có danh sách đơn vị');
    expect(dvk(['forms', '--config', cfg]).stderr).toContain('--out');
  });

  it('every unit of the default campaign gets a form that is read back as that unit’s', () => {
    const d = join(dir, 'ninh-binh');
    expect(dvk(['forms', '--out', d]).status).toBe(0);
    const units = presetConfig()!.units.map((u) => u.name);
    const out = JSON.parse(dvk(['aggregate', d, '--json']).stdout);
    expect(out.missingUnits.length).toBe(units.length);
    expect(out.sources.map((s: { unit: string }) => s.unit).sort()).toEqual([...units].sort());
  });
});

describe('dvk remind', () => {
  let dir: string;
  let cfg: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dvk-remind-'));
    cfg = join(dir, 'dot-2026.json');
    writeFileSync(cfg, JSON.stringify(CAMPAIGN));
    expect(dvk(['forms', '--config', cfg, '--out', join(dir, 'nhan-ve')]).status).toBe(0);
    // Y tế sent a good list, Hoa Lư one with a mistake (two models, one with no place); the others sent nothing.
    await fillLikeAUnit(join(dir, 'nhan-ve', 'Công đoàn ngành Y tế.xlsx'), 2);
    await fillLikeAUnit(join(dir, 'nhan-ve', 'Công đoàn phường Hoa Lư.xlsx'), 4);
  });

  it('writes one message per unit to remind and the mail-merge file, one row per address', () => {
    const r = dvk(['remind', join(dir, 'nhan-ve'), '--config', cfg, '--as-of', '2026-10-20', '--from', 'Ban Tuyên giáo', '--out', join(dir, 'nhac')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Đã viết 3 lời nhắc (2 chưa nộp, 1 cần sửa)');
    expect(r.stdout).toContain('Chưa có địa chỉ thư điện tử trong cấu hình (gửi lời nhắc qua Zalo hoặc điện thoại): Công đoàn ngành Giáo dục');
    const files = readdirSync(join(dir, 'nhac')).sort();
    expect(files).toEqual(['.dvk-nhac.json', 'Công đoàn ngành Giáo dục.txt', 'Công đoàn phường Hoa Lư.txt', 'Công đoàn xã Gia Viễn.txt', 'thu.csv']);
    const gv = readFileSync(join(dir, 'nhac', 'Công đoàn xã Gia Viễn.txt'), 'utf8');
    expect(gv).toContain('Kính gửi: Công đoàn xã Gia Viễn,');
    expect(gv).toContain('Hạn “Gửi danh sách đăng ký” là ngày 25/10/2026 (còn 5 ngày).');
    expect(gv).toContain('Đến ngày 20/10/2026, chúng tôi chưa nhận được danh sách');
    expect(gv.trimEnd().endsWith('Trân trọng,\r\nBan Tuyên giáo')).toBe(true);
    const hl = readFileSync(join(dir, 'nhac', 'Công đoàn phường Hoa Lư.txt'), 'utf8');
    expect(hl).toContain('(tệp Công đoàn phường Hoa Lư.xlsx) cần sửa 1 lỗi:');
    expect(hl).toContain('1. Toàn danh sách: Đơn vị đăng ký 4 mô hình, vượt chỉ tiêu tối đa 3 mô hình của Công đoàn xã, phường.');
    expect(hl).not.toContain('Công đoàn ngành Y tế');

    const csv = readFileSync(join(dir, 'nhac', 'thu.csv'), 'utf8');
    expect(csv.startsWith('\ufeffemail,subject,body\r\n')).toBe(true);
    const rows = csv.slice(1).split(/\r\n(?=[^\s"]+@|$)/).filter(Boolean).slice(1);
    expect(rows.map((x) => x.split(',')[0])).toEqual(['hoalu@example.vn', 'giavien@example.vn', 'chutich.gv@example.vn']);
    expect(rows[1]).toContain('[Dân vận khéo] Nhắc gửi danh sách đăng ký mô hình – Công đoàn xã Gia Viễn');
  });

  it('a later run removes its own reminders that are no longer needed, keeps one the officer edited, never touches other files', async () => {
    writeFileSync(join(dir, 'nhac', 'ghi-chu-cua-toi.txt'), 'của tôi');
    writeFileSync(join(dir, 'nhac', 'Công đoàn ngành Giáo dục.txt'), 'Tôi đã sửa lời nhắc này');
    await fillLikeAUnit(join(dir, 'nhan-ve', 'Công đoàn xã Gia Viễn.xlsx'), 1);
    await fillLikeAUnit(join(dir, 'nhan-ve', 'Công đoàn ngành Giáo dục.xlsx'), 2);
    const r = dvk(['remind', join(dir, 'nhan-ve'), '--config', cfg, '--as-of', '2026-10-26', '--out', join(dir, 'nhac')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Đã viết 1 lời nhắc (1 cần sửa)');
    expect(existsSync(join(dir, 'nhac', 'Công đoàn xã Gia Viễn.txt'))).toBe(false);
    expect(readFileSync(join(dir, 'nhac', 'Công đoàn ngành Giáo dục.txt'), 'utf8')).toBe('Tôi đã sửa lời nhắc này');
    expect(r.stdout).toContain('Giữ nguyên (đã được sửa sau lần trước, đơn vị nay không cần nhắc): Công đoàn ngành Giáo dục.txt');
    expect(readFileSync(join(dir, 'nhac', 'ghi-chu-cua-toi.txt'), 'utf8')).toBe('của tôi');
    expect(readFileSync(join(dir, 'nhac', 'Công đoàn phường Hoa Lư.txt'), 'utf8')).toContain('đã quá hạn 1 ngày');
  });

  it('refuses to write over a file it did not write, and names a deadline the config does not have', () => {
    const d = join(dir, 'nhac-khac');
    dvk(['remind', join(dir, 'nhan-ve'), '--config', cfg, '--as-of', '2026-10-20', '--out', d]);
    writeFileSync(join(d, 'Công đoàn phường Hoa Lư.txt'), 'thư riêng');
    const r = dvk(['remind', join(dir, 'nhan-ve'), '--config', cfg, '--as-of', '2026-10-20', '--out', d]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Công đoàn phường Hoa Lư.txt');
    expect(readFileSync(join(d, 'Công đoàn phường Hoa Lư.txt'), 'utf8')).toBe('thư riêng');
    const m = dvk(['remind', join(dir, 'nhan-ve'), '--config', cfg, '--moc', 'cong-nhan', '--out', d]);
    expect(m.status).toBe(2);
    expect(m.stderr).toContain('Cấu hình không có mốc “cong-nhan”; các mốc có: dang-ky');
  });
});

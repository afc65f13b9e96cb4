// dvk aggregate --previous-phase: the 2021–2025 master against this phase's lists.
import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dvk, ROOT } from './run';

const SAMPLES = join(ROOT, 'samples/danh-sach');
const NB = 'Liên đoàn Lao động thành phố Ninh Bình';

/** A unit's list in the seed-004 form; each row: collective, model, continued?, field column (0–2). */
async function writeList(path: string, unit: string, rows: [string, string, boolean][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow([unit]);
  ws.addRow(['DANH SÁCH']);
  ws.addRow(['ĐĂNG KÝ XÂY DỰNG MÔ HÌNH, ĐIỂN HÌNH “DÂN VẬN KHÉO” GIAI ĐOẠN 2026 – 2030']);
  ws.addRow([]);
  ws.addRow(['STT', 'Tên tập thể hoặc cá nhân xây dựng mô hình điển hình', 'Tên mô hình hoặc điển hình', 'Tiếp tục đăng ký', 'Đăng ký xây dựng mới', 'Lĩnh vực']);
  ws.addRow([null, null, null, null, null, 'VH-XH', 'ANQP', 'Xây dựng HTCT']);
  ws.mergeCells('F5:H5');
  for (const c of ['A', 'B', 'C', 'D', 'E']) ws.mergeCells(`${c}5:${c}6`);
  rows.forEach(([name, model, cont], i) => ws.addRow([i + 1, name, model, cont ? 'x' : null, cont ? null : 'x', 'x']));
  ws.addRow([]);
  ws.addRow([null, null, null, 'Ninh Bình, ngày 10 tháng 7 năm 2021']);
  await wb.xlsx.writeFile(path);
}

describe('dvk aggregate --previous-phase', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dvk-phase-'));
  const phase = join(dir, 'tong-hop-2021-2025.xlsx');
  const inbox = join(dir, 'nhan-ve');

  it('checks continuing models against the previous phase and lists the recognised ones nobody continues', async () => {
    // The previous phase: the sample lists aggregated, the officer's levels recorded on Ninh Bình's three models.
    const old = join(dir, 'cu');
    mkdirSync(old);
    for (const f of readdirSync(SAMPLES)) if (!f.includes('ban-sua')) copyFileSync(join(SAMPLES, f), join(old, f));
    expect(dvk(['aggregate', old, '--out', phase, '--as-of', '2021-07-20']).status).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(phase);
    const ws = wb.getWorksheet('Tổng hợp')!;
    const head = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const col = (h: string) => head.indexOf(h);
    ws.eachRow((r, n) => {
      if (n === 1 || r.getCell(col('Đơn vị')).value !== NB) return;
      const model = String(r.getCell(col('Tên mô hình hoặc điển hình')).value);
      if (model.startsWith('Tổ dân phố văn minh')) r.getCell(col('Cấp công nhận')).value = 'Tỉnh';
      if (model.startsWith('Camera an ninh')) r.getCell(col('Cấp công nhận')).value = 'Cơ sở';
    });
    await wb.xlsx.writeFile(phase);

    // This phase: Ninh Bình continues one model, misnames another it says it continues, and registers a new one.
    // The previous phase's file sits in the same folder: it is the reference, not a source.
    mkdirSync(inbox);
    copyFileSync(phase, join(inbox, 'tong-hop-2021-2025.xlsx'));
    await writeList(join(inbox, 'ldld-tp-ninh-binh.xlsx'), 'LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ NINH BÌNH', [
      ['Công đoàn phường Đông Thành', 'Tổ dân phố văn minh, không rác thải nhựa', true],
      ['Công đoàn Trường Mầm non Ninh Khánh', 'Vận động cha mẹ học sinh xây dựng trường học thân thiện', true],
      ['Công đoàn phường Nam Thành', 'Chợ văn minh, an toàn thực phẩm', false],
    ]);
    const r = dvk(['aggregate', inbox, '--json', '--as-of', '2021-07-20', '--previous-phase', join(inbox, 'tong-hop-2021-2025.xlsx')]);
    expect(r.stderr).toBe('');
    const agg = JSON.parse(r.stdout);
    expect(agg.sources.map((s: { file: string }) => s.file)).not.toContain(join(inbox, 'tong-hop-2021-2025.xlsx'));
    expect(agg.models.map((m: { unit: string }) => m.unit)).toEqual([NB, NB, NB]);
    const notFound = agg.findings.filter((f: { code: string }) => f.code === 'CONTINUE_NOT_FOUND');
    expect(notFound).toHaveLength(1);
    expect(notFound[0]).toMatchObject({ row: 8, unit: NB, params: { similar: 'Vận động cha mẹ học sinh cùng xây dựng trường học thân thiện' } });
    const listed = agg.findings.filter((f: { code: string }) => f.code === 'PREVIOUS_NOT_CONTINUED');
    expect(listed.map((f: { params: { model: string; level: string } }) => [f.params.model, f.params.level])).toEqual([['Camera an ninh khu dân cư', 'Cơ sở']]);
    expect(listed[0].file).toBe(join(inbox, 'tong-hop-2021-2025.xlsx'));

    // The same in words, on “Kiểm tra” of the written master.
    const out = join(dir, 'tong-hop-2026.xlsx');
    const text = dvk(['aggregate', inbox, '--out', out, '--as-of', '2021-07-20', '--previous-phase', phase]);
    expect([0, 1]).toContain(text.status);
    expect(text.stdout).toContain(`Đối chiếu với giai đoạn trước (${phase}, trang “Tổng hợp”, `);
    expect(text.stdout).toContain('1 mô hình “Tiếp tục đăng ký” không tìm thấy; 1 mô hình đã công nhận chưa được đăng ký tiếp tục.');
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    const checks: string[] = [];
    written.getWorksheet('Kiểm tra')!.eachRow((row) => checks.push((row.values as unknown[]).map((v) => String(v ?? '')).join('|')));
    expect(checks.some((c) => c.includes('PREVIOUS_NOT_CONTINUED') && c.includes('Camera an ninh khu dân cư') && c.includes('đã được công nhận (Cơ sở)'))).toBe(true);
    expect(checks.some((c) => c.includes('CONTINUE_NOT_FOUND') && c.includes('gần giống'))).toBe(true);
  });

  it('refuses a file with no table of models, and the previous phase as the output, naming the file', async () => {
    const blank = join(dir, 'trong.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Ghi chú').addRow(['Không có bảng']);
    await wb.xlsx.writeFile(blank);
    const r = dvk(['aggregate', inbox, '--json', '--previous-phase', blank]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${blank}: không tìm thấy bảng mô hình giai đoạn trước`);
    const same = dvk(['aggregate', inbox, '--out', phase, '--previous-phase', phase]);
    expect(same.status).toBe(2);
    expect(same.stderr).toContain(phase);
    expect(same.stderr).toContain('--previous-phase');
  });
});

// Issue 6 through the CLI: the officer's columns survive re-aggregation; dvk return.
import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dvk, ROOT } from './run';

const SAMPLES = join(ROOT, 'samples/danh-sach');

async function editMaster(path: string, edit: (ws: ExcelJS.Worksheet, col: (label: string) => number) => void) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet('Tổng hợp')!;
  const head = Array.from(ws.getRow(1).values as unknown[], (v) => String(v ?? ''));
  edit(ws, (label) => head.indexOf(label));
  await wb.xlsx.writeFile(path);
}

async function rows(path: string, sheet: string): Promise<Record<string, unknown>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(sheet)!;
  const head = Array.from(ws.getRow(1).values as unknown[], (v) => String(v ?? ''));
  const out: Record<string, unknown>[] = [];
  ws.eachRow((r, n) => {
    if (n > 1) out.push(Object.fromEntries(head.map((h, i) => [h, (r.values as unknown[])[i]])));
  });
  return out;
}

describe('re-aggregating keeps what the officer typed', () => {
  it('values survive a resubmitted list that renames one model and drops another; the changes are flagged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvk-carry-'));
    const inbox = join(dir, 'nhan-ve');
    mkdirSync(inbox);
    for (const f of readdirSync(SAMPLES)) if (!f.includes('ban-sua')) copyFileSync(join(SAMPLES, f), join(inbox, f));
    const out = join(dir, 'tong-hop.xlsx');
    expect(dvk(['aggregate', inbox, '--out', out, '--as-of', '2021-07-20']).status).toBe(1);

    // The officer fills in the Ninh Bình rows.
    const before = (await rows(out, 'Tổng hợp')).filter((r) => r['Đơn vị'] === 'Liên đoàn Lao động thành phố Ninh Bình');
    expect(before).toHaveLength(3);
    const [m1, m2, m3] = before.map((r) => r['Tên mô hình hoặc điển hình'] as string);
    await editMaster(out, (ws, col) => {
      ws.eachRow((r, n) => {
        if (n === 1) return;
        const model = r.getCell(col('Tên mô hình hoặc điển hình')).value;
        const values: Record<string, Record<string, string>> = {
          [m1]: { 'Triển khai': 'Hiệu quả', 'Cấp công nhận': 'Tỉnh', 'Đề nghị khen thưởng': 'Bằng khen' },
          [m2]: { 'Triển khai': 'Dừng', 'Ghi chú': 'Xin dừng' },
          [m3]: { 'Triển khai': 'Đang triển khai' },
        };
        const v = values[String(model)];
        if (v) for (const [k, val] of Object.entries(v)) r.getCell(col(k)).value = val;
      });
    });

    // The corrected list arrives: the first model unchanged, the second renamed, the third dropped.
    const resent = join(inbox, 'ldld-thanh-pho-ninh-binh-ban-sua.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(SAMPLES, 'ldld-thanh-pho-ninh-binh-ban-sua.xlsx'));
    const ws = wb.worksheets[0];
    const at = (model: string) => {
      let n = 0;
      ws.eachRow((row, i) => {
        if (row.getCell(3).value === model) n = i;
      });
      return n;
    };
    expect(at(m1) * at(m2) * at(m3)).toBeGreaterThan(0);
    ws.getCell(`C${at(m2)}`).value = `${m2} (mở rộng)`;
    const gone = at(m3);
    for (const c of 'ABCDEFGH') ws.getCell(`${c}${gone}`).value = null;
    await wb.xlsx.writeFile(resent);
    const r = dvk(['aggregate', inbox, '--out', out, '--as-of', '2021-07-20']);
    expect(r.stdout).toContain(`Đã giữ dữ liệu cán bộ nhập từ ${out}.`);
    const after = await rows(out, 'Tổng hợp');
    const checks = await rows(out, 'Kiểm tra');
    const nb = after.filter((x) => x['Đơn vị'] === 'Liên đoàn Lao động thành phố Ninh Bình');
    const newModels = nb.map((x) => x['Tên mô hình hoặc điển hình']);
    // Every officer value is either on a model of the new list or spelled out in “Kiểm tra”.
    for (const [model, value] of [[m1, 'Bằng khen'], [m2, 'Xin dừng'], [m3, 'Đang triển khai']] as const) {
      const kept = nb.find((x) => x['Tên mô hình hoặc điển hình'] === model);
      const onRow = nb.some((x) => Object.values(x).includes(value));
      const flagged = checks.some((c) => String(c['Nội dung']).includes(`“${model}”`) && String(c['Nội dung']).includes(value));
      expect(kept || onRow || flagged, `${model}: ${value}`).toBeTruthy();
    }
    expect(newModels).toEqual([m1, `${m2} (mở rộng)`]);
    const renamed = nb.find((x) => x['Tên mô hình hoặc điển hình'] === `${m2} (mở rộng)`)!;
    expect(renamed['Ghi chú']).toBe('Xin dừng');
    expect(renamed['Mã kiểm tra']).toContain('MODEL_RENAMED');
    expect(nb.find((x) => x['Tên mô hình hoặc điển hình'] === m1)!['Đề nghị khen thưởng']).toBe('Bằng khen');
    expect(checks.some((c) => c['Mã'] === 'MODEL_RENAMED' && String(c['Nội dung']).includes(`“${m2}”`))).toBe(true);
    expect(checks.some((c) => c['Mã'] === 'MODEL_DROPPED' && String(c['Nội dung']).includes(`“${m3}”`) && String(c['Nội dung']).includes('Đang triển khai'))).toBe(true);
    // Units that sent nothing new keep their rows.
    expect(after.filter((x) => x['Đơn vị'] === 'Liên đoàn Lao động huyện Hoa Lư')).toHaveLength(3);
  });
});

describe('dvk return', () => {
  it('writes the annotated copy and the message to paste; the list itself is untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvk-ret-'));
    const src = join(dir, 'ldld-thanh-pho-ninh-binh.xlsx');
    copyFileSync(join(SAMPLES, 'ldld-thanh-pho-ninh-binh.xlsx'), src);
    const before = readFileSync(src);
    const r = dvk(['return', src, '--han', '2021-07-20', '--from', 'Ban Tuyên giáo - Nữ công']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Kính gửi: Liên đoàn Lao động thành phố Ninh Bình,');
    expect(r.stdout).toContain('1. Dòng 8, ô D8: Đánh dấu cả');
    expect(r.stdout).toContain('trước ngày 20/07/2021');
    expect(readFileSync(src).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['ldld-thanh-pho-ninh-binh.tra-lai.txt', 'ldld-thanh-pho-ninh-binh.tra-lai.xlsx', 'ldld-thanh-pho-ninh-binh.xlsx']);
    expect(readFileSync(join(dir, 'ldld-thanh-pho-ninh-binh.tra-lai.txt'), 'utf8')).toContain('Ban Tuyên giáo - Nữ công');
  });
});

// Issue 9 through the built CLI: outputs never destroy what the tool did not write (§1), the master keeps what the
// officer added (§2), nothing in a folder is skipped silently (§5).
import ExcelJS from 'exceljs';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dvk, ROOT } from './run';

const SAMPLES = join(ROOT, 'samples/danh-sach');
const FIXTURES = join(ROOT, 'test/fixtures/lists');
const tmp = (p: string) => mkdtempSync(join(tmpdir(), `dvk-${p}-`));
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

describe('§2 re-aggregating keeps what the officer added to the master', () => {
  it('their sheets (values, formulas, formatting) and their columns, each value on its model', async () => {
    const dir = tmp('keep');
    const inbox = join(dir, 'nhan-ve');
    mkdirSync(inbox);
    for (const f of readdirSync(SAMPLES)) if (!f.includes('ban-sua')) copyFileSync(join(SAMPLES, f), join(inbox, f));
    const out = join(dir, 'tong-hop.xlsx');
    expect(dvk(['aggregate', inbox, '--out', out, '--as-of', '2021-07-20']).status).toBe(1);

    const wb = await load(out);
    const ws = wb.getWorksheet('Tổng hợp')!;
    const head = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const modelCol = head.indexOf('Tên mô hình hoặc điển hình');
    // An own column right after the model's name, and one at the end.
    ws.spliceColumns(modelCol + 1, 0, ['Người theo dõi']);
    const last = ws.columnCount + 1;
    ws.getCell(1, last).value = 'Kinh phí (triệu đồng)';
    const tracked: Record<string, [string, number]> = {};
    const unitCol = head.indexOf('Đơn vị');
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const model = `${row.getCell(unitCol).value}|${row.getCell(modelCol).value}`;
      tracked[model] = [`Cán bộ ${n}`, n * 1.5];
      row.getCell(modelCol + 1).value = tracked[model][0];
      row.getCell(last).value = tracked[model][1];
    });
    const notes = wb.addWorksheet('Ghi chép của cán bộ');
    notes.getCell('A1').value = 'Số mô hình';
    notes.getCell('B1').value = { formula: "COUNTA('Tổng hợp'!E:E)-1", result: Object.keys(tracked).length };
    notes.getCell('A2').value = 'Họp ngày 20/7: thống nhất danh sách';
    notes.getCell('A2').font = { bold: true, color: { argb: 'FFC00000' } };
    await wb.xlsx.writeFile(out);

    // A unit sends a corrected list; the officer re-runs the same command.
    copyFileSync(join(SAMPLES, 'ldld-thanh-pho-ninh-binh-ban-sua.xlsx'), join(inbox, 'ldld-thanh-pho-ninh-binh-ban-sua.xlsx'));
    const r = dvk(['aggregate', inbox, '--out', out, '--as-of', '2021-07-20']);
    expect(r.stderr).toBe('');
    const after = await load(out);
    const kept = after.getWorksheet('Ghi chép của cán bộ')!;
    expect((kept.getCell('B1').value as ExcelJS.CellFormulaValue).formula).toBe("COUNTA('Tổng hợp'!E:E)-1");
    expect(kept.getCell('A2').value).toBe('Họp ngày 20/7: thống nhất danh sách');
    expect(kept.getCell('A2').font?.bold).toBe(true);
    expect(after.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Thống kê', 'Tình trạng nộp', 'Kiểm tra', 'Ghi chép của cán bộ']);
    const t = after.getWorksheet('Tổng hợp')!;
    const h2 = (t.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    expect(h2[h2.indexOf('Tên mô hình hoặc điển hình') + 1]).toBe('Người theo dõi');
    expect(h2[h2.length - 1]).toBe('Kinh phí (triệu đồng)');
    let checked = 0;
    t.eachRow((row, n) => {
      if (n === 1) return;
      const model = `${row.getCell(h2.indexOf('Đơn vị')).value}|${row.getCell(h2.indexOf('Tên mô hình hoặc điển hình')).value}`;
      const want = tracked[model];
      if (!want) return; // a model of the corrected list that is new
      expect([row.getCell(h2.indexOf('Người theo dõi')).value, row.getCell(h2.length - 1).value]).toEqual(want);
      checked++;
    });
    expect(checked).toBeGreaterThan(8);
  });
});

describe('§5 every file of a folder that is not read is named, with the reason', () => {
  it('aggregate and validate name .xls, .ods, .csv, other files and sub-folders, exit 1; only hidden and ~$ files are silent', () => {
    const dir = tmp('folder');
    copyFileSync(join(SAMPLES, 'ldld-huyen-hoa-lu.xlsx'), join(dir, 'ldld-huyen-hoa-lu.xlsx'));
    copyFileSync(join(FIXTURES, 'khong-doc-duoc-excel-97-2003.xls'), join(dir, 'cu.xls'));
    writeFileSync(join(dir, 'bang-tinh.ods'), 'PK');
    writeFileSync(join(dir, 'so-lieu.csv'), 'STT,Tên\n1,a\n');
    writeFileSync(join(dir, 'huong-dan.pdf'), '%PDF-1.4');
    mkdirSync(join(dir, 'dot-2'));
    writeFileSync(join(dir, '.DS_Store'), '');
    writeFileSync(join(dir, '~$ldld-huyen-hoa-lu.xlsx'), 'lock');
    const r = dvk(['aggregate', dir, '--json']);
    expect(r.status).toBe(1);
    const j = JSON.parse(r.stdout);
    const errors = j.sources.filter((s: { error?: string }) => s.error).map((s: { error: string }) => s.error);
    expect(errors).toHaveLength(5);
    expect(errors.join('\n')).toMatch(/cu\.xls: là định dạng Excel cũ \(\.xls\)/);
    expect(errors.join('\n')).toMatch(/bang-tinh\.ods: là bảng tính OpenDocument/);
    expect(errors.join('\n')).toMatch(/so-lieu\.csv: là tệp văn bản CSV/);
    expect(errors.join('\n')).toMatch(/huong-dan\.pdf: không phải tệp bảng tính \(\.pdf\)/);
    expect(errors.join('\n')).toMatch(/dot-2: là thư mục con/);
    expect(j.findings.filter((f: { code: string }) => f.code === 'SOURCE_SKIPPED')).toHaveLength(5);
    expect(r.stdout).not.toContain('DS_Store');
    expect(r.stdout).not.toContain('~$');

    const v = dvk(['validate', dir]);
    expect(v.status).toBe(1);
    for (const name of ['cu.xls', 'bang-tinh.ods', 'so-lieu.csv', 'huong-dan.pdf', 'dot-2']) expect(v.stdout).toContain(name);
    expect(v.stdout).toContain('Liên đoàn Lao động huyện Hoa Lư');
  });

  it('a file name that is not valid UTF-8 is still read', () => {
    const dir = tmp('latin1');
    const raw = Buffer.concat([Buffer.from(join(dir, 'ldld-hoa-l')), Buffer.from([0xf9]), Buffer.from('.xlsx')]);
    writeFileSync(raw, readFileSync(join(SAMPLES, 'ldld-huyen-hoa-lu.xlsx')));
    const r = dvk(['aggregate', dir, '--json']);
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout);
    expect(j.summary.byUnit.find((u: { unit: string }) => u.unit === 'Liên đoàn Lao động huyện Hoa Lư').count).toBeGreaterThan(0);
    expect(j.sources[0].file).toContain('ldld-hoa-l\ufffd.xlsx');
  });
});

describe('§1 outputs never destroy what the tool did not write', () => {
  it('validate a/ds.xlsx b/ds.xlsx --annotate out/ writes two distinct copies', () => {
    const dir = tmp('two');
    for (const [sub, src] of [
      ['a', 'ldld-huyen-hoa-lu.xlsx'],
      ['b', 'ldld-huyen-yen-mo.xlsx'],
    ]) {
      mkdirSync(join(dir, sub));
      copyFileSync(join(SAMPLES, src), join(dir, sub, 'ds.xlsx'));
    }
    const out = join(dir, 'out');
    dvk(['validate', join(dir, 'a/ds.xlsx'), join(dir, 'b/ds.xlsx'), '--annotate', out]);
    expect(readdirSync(out).sort()).toEqual(['a-ds.kiem-tra.xlsx', 'b-ds.kiem-tra.xlsx']);
    expect(readFileSync(join(out, 'a-ds.kiem-tra.xlsx')).equals(readFileSync(join(out, 'b-ds.kiem-tra.xlsx')))).toBe(false);
  });

  it('return: an existing message or copy that is not ours is refused (exit 2, named); --force keeps it beside; our own are replaced', () => {
    const dir = tmp('return');
    const list = join(dir, 'ldld-huyen-yen-mo.xlsx');
    copyFileSync(join(SAMPLES, 'ldld-huyen-yen-mo.xlsx'), list);
    const txt = join(dir, 'ldld-huyen-yen-mo.tra-lai.txt');
    writeFileSync(txt, 'Bản nháp lời nhắn cán bộ đã tự viết.\n');
    const refused = dvk(['return', list, '--han', '2021-07-25']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(txt);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(txt, 'utf8')).toBe('Bản nháp lời nhắn cán bộ đã tự viết.\n');
    expect(existsSync(join(dir, 'ldld-huyen-yen-mo.tra-lai.xlsx'))).toBe(false);

    const forced = dvk(['return', list, '--han', '2021-07-25', '--force']);
    expect(forced.status).toBe(1);
    const kept = join(dir, `ldld-huyen-yen-mo.tra-lai.truoc-${today()}.txt`);
    expect(readFileSync(kept, 'utf8')).toBe('Bản nháp lời nhắn cán bộ đã tự viết.\n');
    expect(readFileSync(txt, 'utf8')).toContain('Kính gửi');

    // Run again (another deadline): both outputs are ours, replaced without a word.
    const again = dvk(['return', list, '--han', '2021-07-30']);
    expect(again.status).toBe(1);
    expect(readFileSync(txt, 'utf8')).toContain('30/07/2021');
    expect(readdirSync(dir).filter((f) => f.includes('.truoc-'))).toEqual([`ldld-huyen-yen-mo.tra-lai.truoc-${today()}.txt`]);

    // The officer edits the message by hand: it is theirs now.
    writeFileSync(txt, readFileSync(txt, 'utf8') + '\nGọi điện cho đ/c Lan trước.\n');
    expect(dvk(['return', list]).status).toBe(2);
    expect(readFileSync(txt, 'utf8')).toContain('Gọi điện cho đ/c Lan');
  });
});

describe('§1 generate: --out, --pdf and --each never destroy what the tool did not write', () => {
  const META = (name: string) => join(ROOT, 'samples/van-ban', `${name}.json`);
  const gen = (out: string, ...more: string[]) => dvk(['generate', 'quyet-dinh', '--meta', META('quyet-dinh'), '--data', SAMPLES, '--out', out, ...more]);

  it("the officer's own .docx is refused (exit 2, named); --force keeps it beside the new one; our own is replaced", () => {
    const dir = tmp('gen-out');
    const out = join(dir, 'qd.docx');
    writeFileSync(out, readFileSync(join(ROOT, 'templates/quyet-dinh.docx')));
    const before = readFileSync(out);
    const r = gen(out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(out);
    expect(r.stderr).toContain('--force');
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(gen(out, '--force').status).toBe(0);
    expect(readFileSync(join(dir, `qd.truoc-${today()}.docx`)).equals(before)).toBe(true);
    expect(gen(out).status).toBe(0); // ours now: replaced without a word
    expect(readdirSync(dir).filter((f) => f.includes('.truoc-'))).toHaveLength(1);
  });

  it('a document the tool wrote and the officer then edited is theirs: refused', async () => {
    const dir = tmp('gen-edit');
    const out = join(dir, 'qd.docx');
    expect(gen(out).status).toBe(0);
    const { default: PizZip } = await import('pizzip');
    const zip = new PizZip(readFileSync(out));
    zip.file('word/document.xml', zip.file('word/document.xml')!.asText().replace('QUYẾT ĐỊNH', 'QUYẾT ĐỊNH (bản đã sửa tay)'));
    writeFileSync(out, zip.generate({ type: 'nodebuffer' }));
    const r = gen(out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('đã được sửa');
  });

  it('--each never deletes a folder: foreign files stop the run (or, with --force, are kept); stale files of ours go after the new set', () => {
    const dir = tmp('gen-each');
    const out = join(dir, 'qd.docx');
    const folder = join(dir, 'qd');
    mkdirSync(folder);
    writeFileSync(join(folder, 'bien-ban-hop.docx'), 'của cán bộ');
    writeFileSync(join(folder, 'ghi-chu.txt'), 'của cán bộ');
    const refused = gen(out, '--each');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('bien-ban-hop.docx');
    expect(readdirSync(folder).sort()).toEqual(['bien-ban-hop.docx', 'ghi-chu.txt']);
    expect(existsSync(out)).toBe(false);

    expect(gen(out, '--each', '--force').status).toBe(0);
    const first = readdirSync(folder);
    expect(first).toEqual(expect.arrayContaining(['bien-ban-hop.docx', 'ghi-chu.txt']));
    const ours = first.filter((f) => /^\d+-/.test(f));
    expect(ours.length).toBeGreaterThan(0);
    // A stale document of ours from an earlier run, and one the officer edited since.
    copyFileSync(join(folder, ours[0]), join(folder, '99-mo-hinh-cu.docx'));
    expect(gen(out, '--each', '--force').status).toBe(0);
    expect(readdirSync(folder)).not.toContain('99-mo-hinh-cu.docx');
    expect(readdirSync(folder)).toEqual(expect.arrayContaining(['bien-ban-hop.docx', 'ghi-chu.txt', ...ours]));
  });

  it('a signed PDF is never replaced, --force or not; an unsigned PDF from elsewhere needs --force', () => {
    const dir = tmp('gen-pdf');
    const out = join(dir, 'qd.docx');
    const pdf = join(dir, 'qd.pdf');
    const signed = '%PDF-1.7\n1 0 obj << /Type /Sig /Filter /Adobe.PPKLite /ByteRange [0 120 400 80] /Contents <00> >> endobj\n%%EOF\n';
    writeFileSync(pdf, signed);
    for (const force of [[], ['--force']]) {
      const r = gen(out, '--pdf', ...force);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('ký số');
      expect(readFileSync(pdf, 'utf8')).toBe(signed);
    }
    writeFileSync(pdf, '%PDF-1.4\n%%EOF\n');
    expect(gen(out, '--pdf').status).toBe(2);
  });

  it('a model whose officer values came from a rename is named before signing', async () => {
    const dir = tmp('gen-renamed');
    const inbox = join(dir, 'nhan-ve');
    mkdirSync(inbox);
    copyFileSync(join(SAMPLES, 'ldld-huyen-hoa-lu.xlsx'), join(inbox, 'ldld-huyen-hoa-lu.xlsx'));
    const master = join(dir, 'tong-hop.xlsx');
    dvk(['aggregate', inbox, '--out', master, '--as-of', '2021-07-20']);
    const wb = await load(master);
    const ws = wb.getWorksheet('Tổng hợp')!;
    const head = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const model = String(ws.getRow(2).getCell(head.indexOf('Tên mô hình hoặc điển hình')).value);
    ws.getRow(2).getCell(head.indexOf('Cấp công nhận')).value = 'Tỉnh';
    await wb.xlsx.writeFile(master);
    // The unit renames that model slightly and re-sends.
    const unit = await load(join(inbox, 'ldld-huyen-hoa-lu.xlsx'));
    unit.worksheets[0].eachRow((row) => row.eachCell((c) => void (c.value === model && (c.value = `${model} mở rộng`))));
    await unit.xlsx.writeFile(join(inbox, 'ldld-huyen-hoa-lu.xlsx'));
    dvk(['aggregate', inbox, '--out', master, '--as-of', '2021-07-20']);
    const r = dvk(['generate', 'quyet-dinh', '--meta', META('quyet-dinh'), '--data', master, '--out', join(dir, 'qd.docx')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('đổi tên');
    expect(r.stdout).toContain(`“${model} mở rộng”`);
  });
});

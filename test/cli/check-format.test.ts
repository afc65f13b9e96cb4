// `dvk check-format`: the built CLI on generated documents and broken ones; --fix writes through the output checks.
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { dvk, ROOT } from './run';

const SAMPLES = join(ROOT, 'samples/danh-sach');
const META = (name: string) => join(ROOT, 'samples/van-ban', `${name}.json`);
const tmp = () => mkdtempSync(join(tmpdir(), 'dvk-fmt-'));

/** A document made by `dvk generate`, then changed in its document.xml. */
function generated(dir: string, name: string, edit: (xml: string) => string = (x) => x): string {
  const out = join(dir, `${name}.docx`);
  const r = dvk(['generate', name, '--meta', META(name), '--data', SAMPLES, '--out', out]);
  expect(r.status).toBe(0);
  const zip = new PizZip(readFileSync(out));
  zip.file('word/document.xml', edit(zip.file('word/document.xml')!.asText()));
  const changed = join(dir, `${name}.sai.docx`);
  writeFileSync(changed, zip.generate({ type: 'nodebuffer' }));
  return changed;
}

/** Left margin 20 mm, a day without its zero, a space in the number line: two fixable problems, one for the officer. */
const broken = (x: string) =>
  x
    .replace('w:left="1701"', 'w:left="1134"')
    .replace(/ngày 0(\d) tháng/, 'ngày $1 tháng')
    .replace(/Số: (\d+)\/HD-LĐLĐ/, 'Số: $1 /HD-LĐLĐ');

describe('dvk check-format', () => {
  it('a document the tool generated: no problem, exit 0', () => {
    const dir = tmp();
    const out = join(dir, 'bc.docx');
    expect(dvk(['generate', 'bao-cao', '--meta', META('bao-cao'), '--data', SAMPLES, '--out', out]).status).toBe(0);
    const r = dvk(['check-format', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${out}: kiểm tra theo Nghị định 30/2020/NĐ-CP về công tác văn thư, Phụ lục I (nhận ra từ phần đầu văn bản).\nKhông thấy chỗ nào sai thể thức.\n`);
  });

  it('lists each problem with its paragraph, the rule and its source; exit 1', () => {
    const file = generated(tmp(), 'huong-dan', broken);
    const r = dvk(['check-format', file]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Có 3 chỗ chưa đúng thể thức (2 chỗ sửa tự động được: thêm --fix ban-sua.docx):');
    expect(r.stdout).toContain('  - [le-trang]: Phần 1 của văn bản: lề trái 20 mm (quy định 30–35 mm). (sửa tự động được)\n      theo NĐ 30/2020, Phụ lục I, Mục I');
    expect(r.stdout).toMatch(/- \[so-ky-hieu\] “Số: \d+ \/HD-LĐLĐ”: Không có dấu cách giữa số và ký hiệu/);
    expect(r.stdout).toMatch(/- \[ngay-thang\] “[^”]*ngày \d tháng[^”]*”: Ngày \d nhỏ hơn 10 phải ghi “0\d”\. \(sửa tự động được\)/);
  });

  it('--json: {"problems": [{"rule", "paragraph", "message", "source", "fixable"}]}', () => {
    const file = generated(tmp(), 'huong-dan', broken);
    const r = dvk(['check-format', file, '--json']);
    expect(r.status).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.pack).toEqual({ id: 'nd30-2020', name: 'Nghị định 30/2020/NĐ-CP về công tác văn thư, Phụ lục I', the_thuc: 'nha-nuoc' });
    expect(j.problems.map((p: { rule: string }) => p.rule)).toEqual(['le-trang', 'so-ky-hieu', 'ngay-thang']);
    for (const p of j.problems) expect(Object.keys(p).sort()).toEqual(['fixable', 'message', 'paragraph', 'rule', 'source']);
    expect(j.problems[0].paragraph).toBeNull();
  });

  it('--fix writes the repaired copy beside, never over the input, and says what is left for the officer', () => {
    const dir = tmp();
    const file = generated(dir, 'huong-dan', broken);
    const before = readFileSync(file);
    const out = join(dir, 'huong-dan.sua.docx');
    const r = dvk(['check-format', file, '--fix', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`Đã ghi ${out}: sửa 2 chỗ`);
    expect(r.stdout).toContain('Còn 1 chỗ phải sửa tay:\n  - [so-ky-hieu]');
    expect(readFileSync(file).equals(before)).toBe(true);
    const again = dvk(['check-format', out, '--json']);
    expect(JSON.parse(again.stdout).problems.map((p: { rule: string }) => p.rule)).toEqual(['so-ky-hieu']);
    // Run again: the copy is the tool's own, so it is replaced without --force.
    expect(dvk(['check-format', file, '--fix', out]).status).toBe(1);
    expect(readdirSync(dir).filter((n) => n.includes('truoc'))).toEqual([]);
  });

  it('--fix refuses the input itself, and a file it did not write unless --force keeps it aside', () => {
    const dir = tmp();
    const file = generated(dir, 'huong-dan', broken);
    const same = dvk(['check-format', file, '--fix', file]);
    expect(same.status).toBe(2);
    expect(same.stderr).toContain('tệp kết quả trùng với tệp đầu vào; không bao giờ ghi đè tệp gốc');
    const foreign = join(dir, 'cua-can-bo.docx');
    writeFileSync(foreign, 'bản của cán bộ');
    const refused = dvk(['check-format', file, '--fix', foreign]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('tệp đã có và không phải văn bản do công cụ này tạo; không ghi đè');
    expect(readFileSync(foreign, 'utf8')).toBe('bản của cán bộ');
    const forced = dvk(['check-format', file, '--fix', foreign, '--force']);
    expect(forced.status).toBe(1);
    const kept = readdirSync(dir).find((n) => n.startsWith('cua-can-bo.truoc-'))!;
    expect(readFileSync(join(dir, kept), 'utf8')).toBe('bản của cán bộ');
  });

  it('--the-thuc names the pack: a state document checked as a Party one says its header is not the Party’s', () => {
    const dir = tmp();
    const out = join(dir, 'kh.docx');
    dvk(['generate', 'ke-hoach', '--meta', META('ke-hoach'), '--out', out]);
    const r = dvk(['check-format', out, '--the-thuc', 'dang', '--json']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).problems[0]).toMatchObject({ rule: 'thieu/tieu-de', message: 'Phần đầu là của văn bản hành chính nhưng đang kiểm tra theo thể thức văn bản của Đảng.' });
  });

  it('user errors in Vietnamese, exit 2, no stack', () => {
    const dir = tmp();
    const notDocx = join(dir, 'khong-phai.docx');
    writeFileSync(notDocx, 'không phải tệp zip');
    const cases: [string[], string][] = [
      [['check-format', notDocx], 'Không mở được tệp văn bản: không phải tệp .docx (Word 2007 trở lên).'],
      [['check-format', join(dir, 'khong-co.docx')], 'không tìm thấy tệp hoặc thư mục'],
      [['check-format', dir], 'là thư mục'],
      [['check-format', notDocx, '--the-thuc', 'mttq'], '--the-thuc “mttq”: chỉ nhận “nha-nuoc”'],
      [['check-format', notDocx, '--fix', join(dir, 'ra.pdf')], 'bản sửa phải có đuôi .docx'],
      [['check-format', notDocx, '--fx', 'a.docx'], 'Có phải “--fix”?'],
      [['check-format'], 'Chưa chọn văn bản cần kiểm tra.'],
    ];
    for (const [args, message] of cases) {
      const r = dvk(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(join(dir, 'ra.pdf'))).toBe(false);
    expect(dvk(['check-format', '--help']).stdout).toContain('Cách dùng: dvk check-format <van-ban.docx>');
    expect(dvk(['--help']).stdout).toContain('check-format');
  });
});

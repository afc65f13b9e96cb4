// Issue 9 through the CLI: arguments, dates, config files, folders given as outputs, closed pipes, control
// characters from the units' files, system errors — each in Vietnamese, with the right exit code, no stack.
import ExcelJS from 'exceljs';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, dvk, ROOT } from './run';

const FIXTURES = join(ROOT, 'test/fixtures/lists');
const SAMPLES = join(ROOT, 'samples/danh-sach');
const META = join(ROOT, 'samples/van-ban/bao-cao.json');
const GOOD = join(FIXTURES, 'danh-sach-hop-le.xlsx');
const tmp = () => mkdtempSync(join(tmpdir(), 'dvk-rob-'));
/** A copy of a good list, for commands that would write next to it. */
const LIST = join(tmp(), 'danh-sach.xlsx');
copyFileSync(GOOD, LIST);
const STACK = /\n\s+at |Error:|EPIPE|ERR_/;
/** Raw control characters that a terminal would act on. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('arguments', () => {
  it('a unit file whose name starts with a dash is a file, not an option', () => {
    const dir = tmp();
    copyFileSync(GOOD, join(dir, '-ob.xlsx'));
    const r = dvk(['validate', '-ob.xlsx'], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Tệp -ob.xlsx');
    const a = dvk(['aggregate', '-ob.xlsx', '--json'], dir);
    expect(a.stderr).toBe('');
    expect(JSON.parse(a.stdout).summary.total).toBe(3);
    expect(existsSync(join(dir, 'b.xlsx'))).toBe(false);
  });

  it('an unknown option: named, the closest one suggested, the help shown, exit 2', () => {
    const r = dvk(['aggregate', SAMPLES, '--ot', 'x.xlsx']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('“--ot”');
    expect(r.stderr).toContain('“--out”');
    expect(r.stderr).toContain('Cách dùng: dvk aggregate');
    expect(r.stderr).not.toMatch(STACK);
  });

  it('an unknown command: the closest one suggested, exit 2', () => {
    const r = dvk(['valdate', GOOD]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Không có lệnh “valdate”. Có phải “validate”?');
  });

  it('a missing value: exit 2 in Vietnamese', () => {
    const r = dvk(['aggregate', SAMPLES, '--out']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('thiếu giá trị sau --out');
    expect(r.stderr).not.toMatch(/parseArgs|argument|option/i);
  });

  it('--force is an option of generate and return', () => {
    for (const command of ['generate', 'return']) {
      const h = dvk([command, '--help']);
      expect(h.status).toBe(0);
      expect(h.stdout).toContain('--force');
      expect(h.stdout).toContain('.truoc-YYYY-MM-DD.');
    }
    const r = dvk(['return', 'khong-co.xlsx', '--force']);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain('Tham số không hợp lệ');
  });
});

describe('dates on the command line', () => {
  it.each([
    ['aggregate', SAMPLES, '--json', '--as-of', '9999-99-99'],
    ['aggregate', SAMPLES, '--json', '--as-of', '2021-02-30'],
    ['return', LIST, '--han', '2021-13-45'],
  ])('%s %s %s %s %s', (...args) => {
    const r = dvk(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`“${args.at(-1)}”`);
    expect(r.stderr).toContain('không phải ngày có thật');
    expect(r.stdout).toBe('');
  });
});

describe('config and JSON files', () => {
  const config = { title: 'Một lĩnh vực', fields: [{ code: 'VH-XH', label: 'Văn hóa - xã hội' }] };
  const text = JSON.stringify(config, null, 2);
  const utf16be = (s: string) => {
    const le = Buffer.from(s, 'utf16le');
    for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
    return le;
  };
  it.each([
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['UTF-16 LE with BOM (Notepad “Unicode”)', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])],
  ])('%s is read', (_, bytes) => {
    const dir = tmp();
    const cfg = join(dir, 'cau-hinh.json');
    writeFileSync(cfg, bytes);
    const r = dvk(['validate', join(FIXTURES, 'loi-danh-dau.xlsx'), '--config', cfg, '--json']);
    expect(r.stderr).toBe('');
    const codes = JSON.parse(r.stdout).files[0].findings.map((f: { code: string }) => f.code);
    expect(codes.filter((c: string) => c.startsWith('QUOTA'))).toEqual([]);
  });

  it('a folder given as --config, --meta or --data JSON says it is a folder', () => {
    const dir = tmp();
    const folder = join(dir, 'cau-hinh.json');
    mkdirSync(folder);
    const c = dvk(['validate', GOOD, '--config', folder]);
    expect(c.status).toBe(2);
    expect(c.stderr).toContain(`${folder}: là thư mục`);
    const m = dvk(['generate', 'bao-cao', '--meta', folder, '--out', join(dir, 'a.docx')]);
    expect(m.status).toBe(2);
    expect(m.stderr).toContain(`${folder}: là thư mục`);
    const d = dvk(['generate', 'bao-cao', '--meta', META, '--data', folder, '--out', join(dir, 'a.docx')]);
    expect(d.status).toBe(2);
    expect(d.stderr).toContain(`${folder}: là thư mục`);
    for (const r of [c, m, d]) expect(r.stderr).not.toMatch(/EISDIR|illegal operation/);
  });

  it('invalid JSON: in Vietnamese, with the line and column', () => {
    const dir = tmp();
    const cfg = join(dir, 'cau-hinh.json');
    writeFileSync(cfg, '{\n  "title": "Đợt 2026",\n  "fields": [],\n}\n');
    const r = dvk(['validate', GOOD, '--config', cfg]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${cfg}: `);
    expect(r.stderr).toContain('không phải JSON hợp lệ');
    expect(r.stderr).toContain('dòng 3, cột 15');
    expect(r.stderr).toContain('dấu phẩy thừa');
    const meta = join(dir, 'van-ban.json');
    writeFileSync(meta, '{ "so": 36, "ky_hieu": “BC-LĐLĐ” }');
    const g = dvk(['generate', 'bao-cao', '--meta', meta, '--out', join(dir, 'a.docx')]);
    expect(g.status).toBe(2);
    expect(g.stderr).toContain('dòng 1, cột 24');
    expect(g.stderr).toContain('ngoặc kép');
  });

  it('a config saved in a legacy 8-bit code page is named as such', () => {
    const dir = tmp();
    const cfg = join(dir, 'cau-hinh.json');
    writeFileSync(cfg, Buffer.from([...Buffer.from('{"title": "'), 0xd0, 0xe3, ...Buffer.from('"}')]));
    const r = dvk(['validate', GOOD, '--config', cfg]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('UTF-8');
  });
});

describe('an output that is an existing folder', () => {
  it.each([
    ['aggregate', SAMPLES, '--out'],
    ['generate', 'bao-cao', '--meta', META, '--out'],
    ['return', LIST, '--out'],
  ])('%s', (...args) => {
    const dir = tmp();
    const r = dvk([...args, dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${dir}: là thư mục`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('validate --annotate with one file and a folder: the copy goes into the folder', () => {
    const dir = tmp();
    const r = dvk(['validate', GOOD, '--annotate', dir]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readdirSync(dir)).toEqual(['danh-sach-hop-le.kiem-tra.xlsx']);
    // A trailing slash says “folder” even before it exists.
    const sub = join(dir, 'ra') + '/';
    expect(dvk(['validate', GOOD, '--annotate', sub]).status).toBe(0);
    expect(readdirSync(sub)).toEqual(['danh-sach-hop-le.kiem-tra.xlsx']);
  });
});

describe('a closed pipe', () => {
  const files = readdirSync(SAMPLES).map((f) => join(SAMPLES, f));
  it('stdout closed before the output is written: no EPIPE, no stack, not exit 3', async () => {
    const child = spawn(process.execPath, [CLI, 'validate', ...files, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const [code, signal] = await new Promise<[number | null, string | null]>((ok) => child.on('close', (c, s) => ok([c, s])));
    expect(signal).toBeNull();
    expect(stderr).toBe('');
    expect([0, 1, 2]).toContain(code);
  });

  it('dvk … --json | head -1', () => {
    const cmd = `"${process.execPath}" "${CLI}" aggregate "${SAMPLES}" --json | head -1; echo "status=\${PIPESTATUS[0]}" >&2`;
    const r = spawnSync('bash', ['-c', cmd], { encoding: 'utf8' });
    expect(r.stdout).toBe('{\n');
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).toMatch(/^status=[012]\n$/);
  });
});

describe('text from the files never reaches the terminal as control characters', () => {
  it('unit and model names, file names and JSON error snippets are escaped', async () => {
    const dir = tmp();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(FIXTURES, 'don-vi-khong-xac-dinh.xlsx'));
    const ws = wb.worksheets[0];
    ws.getCell('A1').value = 'Công đoàn \u001b[2JCông ty\u0007 ABC\u009b31m';
    ws.getCell('C7').value = 'Bữa cơm \u001b]0;tieu-de\u0007ca nghĩa tình\r';
    ws.getCell('C8').value = 'Bữa cơm \u001b]0;tieu-de\u0007ca nghĩa tình\r';
    const file = join(dir, 'don-vi-\u001b[31m.xlsx');
    await wb.xlsx.writeFile(file);

    const runs = [
      dvk(['validate', file]),
      dvk(['aggregate', dir, '--out', join(dir, 'tong-hop.xlsx')]),
      dvk(['return', file, '--out', join(dir, 'tra-lai.xlsx')]),
    ];
    for (const r of runs) {
      expect([0, 1]).toContain(r.status);
      expect(r.stdout + r.stderr).not.toMatch(RAW_CONTROL);
    }
    // The reader already drops C0 controls from cells; what is left (C1, the file's name) is shown escaped.
    expect(runs[0].stdout).toContain('ABC\\u009b31m');
    expect(runs[0].stdout).toContain('don-vi-\\u001b[31m.xlsx');

    // JSON stays valid JSON and keeps the exact text.
    const j = dvk(['validate', file, '--json']);
    expect(j.stdout).not.toMatch(RAW_CONTROL);
    const parsed = JSON.parse(j.stdout);
    expect(parsed.files[0].file).toBe(file);
    expect(parsed.files[0].unit.name).toContain('ABC\u009b31m');

    const cfg = join(dir, 'cau-hinh.json');
    writeFileSync(cfg, '{"title": "\u001b[2J\u0007" "fields": []}');
    const c = dvk(['validate', file, '--config', cfg]);
    expect(c.status).toBe(2);
    expect(c.stderr).toContain('không phải JSON hợp lệ');
    expect(c.stderr).not.toMatch(RAW_CONTROL);
  });
});

describe('system errors', () => {
  it('a folder that cannot be made: in Vietnamese, naming the path, exit 2, no stack', () => {
    const dir = tmp();
    const file = join(dir, 'la-tep.xlsx');
    writeFileSync(file, 'x');
    const files = readdirSync(SAMPLES).slice(0, 2).map((f) => join(SAMPLES, f));
    const r = dvk(['validate', ...files, '--annotate', join(file, 'ra')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toMatch(/không phải thư mục|đã có tệp/);
    expect(r.stderr).not.toMatch(STACK);
  });
});

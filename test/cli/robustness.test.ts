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
    ['return', GOOD, '--han', '2021-13-45'],
  ])('%s %s %s %s %s', (...args) => {
    const r = dvk(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`“${args.at(-1)}”`);
    expect(r.stderr).toContain('không phải ngày có thật');
    expect(r.stdout).toBe('');
  });
});

describe('an output that is an existing folder', () => {
  it.each([
    ['aggregate', SAMPLES, '--out'],
    ['generate', 'bao-cao', '--meta', META, '--out'],
    ['return', GOOD, '--out'],
  ])('%s', (...args) => {
    const dir = tmp();
    const r = dvk([...args, dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${dir}: là thư mục`);
    expect(readdirSync(dir)).toEqual([]);
  });
});

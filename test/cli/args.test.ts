// The command-line parser (src/cli/args.ts), called directly: options, values, positionals and its Vietnamese errors.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArgsError, OPTIONS, parseArgv } from '../../src/cli/args';
import { UserError } from '../../src/cli/errors';

const cwd = mkdtempSync(join(tmpdir(), 'dvk-args-'));
writeFileSync(join(cwd, '-ob.xlsx'), 'x');
/** A folder where even `--json` and `-h` are names of files. */
const odd = join(cwd, 'odd');
mkdirSync(odd);
writeFileSync(join(odd, '--json'), 'x');
writeFileSync(join(odd, '-h'), 'x');
mkdirSync(join(cwd, '-thu-muc'));
mkdirSync(join(cwd, 'ra'));

const parse = <C extends keyof typeof OPTIONS>(command: C, ...args: string[]) => parseArgv(command, args, OPTIONS[command], cwd);
const error = (command: keyof typeof OPTIONS, ...args: string[]): UserError => {
  try {
    parse(command, ...args);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error(`no error for ${args.join(' ')}`);
};

describe('parseArgv', () => {
  it('--name value, --name=value, -o value, booleans and repeated positionals', () => {
    expect(parse('aggregate', 'a.xlsx', '--out', 't.xlsx', 'b.xlsx', '--json', 'c/')).toEqual({
      values: { out: 't.xlsx', json: true },
      positionals: ['a.xlsx', 'b.xlsx', 'c/'],
    });
    expect(parse('aggregate', '--out=t.xlsx', 'a.xlsx').values).toEqual({ out: 't.xlsx' });
    expect(parse('aggregate', '-o', 't.xlsx', 'a.xlsx').values).toEqual({ out: 't.xlsx' });
    expect(parse('aggregate', '--as-of', '2021-07-20', 'a').values).toEqual({ 'as-of': '2021-07-20' });
    expect(parse('generate', 'bao-cao', '--pdf', '--each', '--force').values).toEqual({ pdf: true, each: true, force: true });
    expect(parse('return', 'a.xlsx', '--force').values).toEqual({ force: true });
    // A value may start with a dash when it is not an option.
    expect(parse('return', 'a.xlsx', '--from', '- Ban Tuyên giáo').values).toEqual({ from: '- Ban Tuyên giáo' });
    expect(parse('aggregate', 'a', '--out=--la.xlsx').values).toEqual({ out: '--la.xlsx' });
    // The same value twice is harmless.
    expect(parse('aggregate', 'a', '--json', '--json').values).toEqual({ json: true });
  });

  it('--help and -h', () => {
    expect(parse('validate', '--help').values.help).toBe(true);
    expect(parse('validate', 'a.xlsx', '--khong-co', '-h'.replace('-h', '--help')).values.help).toBe(true);
    expect(parse('validate', '-h').values.help).toBe(true);
  });

  it('an argument naming an existing file or folder is a positional, even when it starts with a dash', () => {
    expect(parse('aggregate', '-ob.xlsx', '--json')).toEqual({ values: { json: true }, positionals: ['-ob.xlsx'] });
    expect(parseArgv('validate', ['--json', '-h'], OPTIONS.validate, odd)).toEqual({ values: {}, positionals: ['--json', '-h'] });
    expect(parse('aggregate', '-thu-muc', '--out', 't.xlsx').positionals).toEqual(['-thu-muc']);
    // The value of an option may be such a file too.
    expect(parse('validate', 'a.xlsx', '--config', '-ob.xlsx').values).toEqual({ config: '-ob.xlsx' });
  });

  it('-- ends the options', () => {
    expect(parse('validate', '--json', '--', '--annotate', '-x.xlsx')).toEqual({ values: { json: true }, positionals: ['--annotate', '-x.xlsx'] });
  });

  it('an unknown option names it, suggests the closest one, and is an ArgsError (the help follows)', () => {
    const e = error('aggregate', 'a', '--ot', 't.xlsx');
    expect(e).toBeInstanceOf(ArgsError);
    expect(e.message).toContain('Tham số không hợp lệ');
    expect(e.message).toContain('“--ot”');
    expect(e.message).toContain('“--out”');
    expect(error('aggregate', 'a', '--as_of', '2021-07-01').message).toContain('“--as-of”');
    expect(error('return', 'a', '--hạn', '2021-07-01').message).toContain('“--han”');
    expect(error('validate', 'a', '-json').message).toContain('“--json”');
    expect(error('validate', 'a', '--JSON').message).toContain('“--json”');
    const far = error('validate', 'a.xlsx', '--khong-co').message;
    expect(far).toContain('“--khong-co”');
    expect(far).not.toContain('Có phải');
    // A dashed name that is not a file: unknown option, with a word about the file.
    const f = error('aggregate', '-xy.xlsx').message;
    expect(f).toContain('“-xy.xlsx”');
    expect(f).toContain('./-xy.xlsx');
    // Not an option of this command.
    expect(error('validate', 'a', '--force').message).toContain('“--force”');
    // A long dash pasted from a document.
    expect(error('aggregate', 'a', '—out', 't.xlsx').message).toContain('--out');
  });

  it('a missing value is an error in Vietnamese', () => {
    for (const args of [['a', '--out'], ['a', '--out', '--json'], ['a', '--out='], ['a', '--out', '-o', 'x.xlsx'], ['a', '--out', '--']]) {
      const e = error('aggregate', ...args);
      expect(e, args.join(' ')).toBeInstanceOf(ArgsError);
      expect(e.message).toContain('thiếu giá trị sau --out');
    }
    expect(error('return', 'a', '--han').message).toContain('thiếu giá trị sau --han');
  });

  it('a boolean takes no value; a string option given twice with two values is refused', () => {
    expect(error('validate', 'a', '--json=1').message).toContain('--json');
    const e = error('aggregate', 'a', '--out', 'x.xlsx', '-o', 'y.xlsx').message;
    expect(e).toContain('x.xlsx');
    expect(e).toContain('y.xlsx');
  });

  it('dates are checked: a real calendar day in YYYY-MM-DD', () => {
    for (const d of ['2021-13-45', '9999-99-99', '2021-02-30', '20/07/2021', '2021-7-20']) {
      const e = error('aggregate', 'a', '--json', '--as-of', d);
      expect(e.message).toContain(`--as-of “${d}”`);
      expect(e.message).toContain('YYYY-MM-DD');
    }
    expect(error('return', 'a.xlsx', '--han=2021-02-30').message).toContain('không phải ngày có thật');
    expect(parse('return', 'a.xlsx', '--han', '2024-02-29').values.han).toBe('2024-02-29');
  });

  it('an output that is an existing folder is refused, with a file name to use instead', () => {
    for (const [command, name] of [['aggregate', 'tong-hop.xlsx'], ['generate', '.docx'], ['return', '.xlsx']] as const) {
      const e = error(command, 'a', '--out', 'ra');
      expect(e.message).toContain('ra: là thư mục');
      expect(e.message).toContain(name);
    }
    // Not for validate --annotate: there a folder is where the copies go.
    expect(parse('validate', 'a', '--annotate', 'ra').values.annotate).toBe('ra');
  });
});

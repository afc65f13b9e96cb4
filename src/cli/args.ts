// The command line: one declarative option table per command, and the parser that reads it.
//
// Rules (see parseArgv): `--name value`, `--name=value`, `-o value` (short names only as listed), booleans without a
// value, `--help`/`-h`, positionals anywhere. An argument that names an existing file or folder (relative to the
// working folder) is a positional even when it starts with a dash: a unit's file `-ob.xlsx` expanded by the shell
// must never become `-o b.xlsx`. `--` ends the options. Every error is a Vietnamese sentence naming the argument.
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isIsoDate } from '../domain/dates';
import { UserError } from './errors';

export interface BooleanOption {
  type: 'boolean';
  short?: string;
}

export interface StringOption {
  type: 'string';
  short?: string;
  /** A value shown in the message when the value is missing (and, for an output, the file name suggested). */
  example: string;
  /** The value is a calendar day, YYYY-MM-DD. */
  date?: boolean;
  /** The value is a file the command writes: an existing folder is refused. */
  output?: boolean;
}

export type OptionSpec = BooleanOption | StringOption;
export type OptionTable = Readonly<Record<string, OptionSpec>>;

/** The parsed values: a string option gives a string, a boolean gives true; absent options are absent. */
export type OptionValues<T extends OptionTable> = {
  -readonly [K in keyof T]?: T[K] extends { type: 'boolean' } ? boolean : string;
};

export interface ParsedArgs<T extends OptionTable> {
  values: OptionValues<T>;
  positionals: string[];
}

const config = { type: 'string', example: 'cau-hinh.json' } as const;
const preset = { type: 'string', example: 'cdn-y-te-2017' } as const;
const json = { type: 'boolean' } as const;
const help = { type: 'boolean', short: 'h' } as const;
const force = { type: 'boolean' } as const;
const day = { type: 'string', example: '2021-07-20', date: true } as const;

/** The options of each command. */
export const OPTIONS = {
  validate: { config, preset, json, help, annotate: { type: 'string', example: 'ban-kiem-tra.xlsx' } },
  aggregate: {
    config,
    preset,
    json,
    help,
    out: { type: 'string', short: 'o', example: 'tong-hop.xlsx', output: true },
    previous: { type: 'string', example: 'tong-hop-cu.xlsx' },
    'previous-phase': { type: 'string', example: 'tong-hop-2021-2025.xlsx' },
    'as-of': day,
  },
  return: {
    config,
    preset,
    help,
    force,
    out: { type: 'string', short: 'o', example: 'ban-tra-lai.xlsx', output: true },
    han: day,
    from: { type: 'string', example: '"Ban Tuyên giáo"' },
  },
  generate: {
    config,
    preset,
    help,
    force,
    meta: { type: 'string', example: 'van-ban.json' },
    data: { type: 'string', example: 'tong-hop.xlsx' },
    out: { type: 'string', short: 'o', example: 'van-ban.docx', output: true },
    pdf: { type: 'boolean' },
    each: { type: 'boolean' },
    metadata: { type: 'boolean' },
  },
  read: { help, json, sheet: { type: 'string', example: '"Danh sách"' } },
  forms: { config, preset, help, force, out: { type: 'string', short: 'o', example: 'mau/' } },
  remind: {
    config,
    preset,
    help,
    force,
    out: { type: 'string', short: 'o', example: 'nhac/' },
    'as-of': day,
    moc: { type: 'string', example: 'dang-ky' },
    from: { type: 'string', example: '"Ban Tuyên giáo"' },
  },
  'check-format': {
    help,
    json,
    force,
    'the-thuc': { type: 'string', example: 'dang' },
    fix: { type: 'string', example: 'ban-sua.docx', output: true },
  },
} as const satisfies Record<string, OptionTable>;

/** A malformed command line (unknown option, missing value): the command's help follows the message. */
export class ArgsError extends UserError {
  override name = 'ArgsError';
}

const BAD = 'Tham số không hợp lệ: ';

/** Dashes that Word, Zalo or a web page put where the officer meant `--`. */
const LONG_DASH = /^[\u2010-\u2015\u2212]+/;

/** Refuses a date option whose value is not a real day in YYYY-MM-DD. */
export function assertDateArg(option: string, value: string): void {
  if (isIsoDate(value)) return;
  const why = /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'không phải ngày có thật; cần' : 'cần';
  throw new UserError(`${option} “${value}”: ${why} ngày dạng YYYY-MM-DD (năm-tháng-ngày), ví dụ 2021-07-20.`);
}

/**
 * Parses a command's arguments with its option table. `cwd` is where names of existing files are looked up.
 * Throws ArgsError for a malformed command line, UserError for a bad value (a date that does not exist, an output
 * that is a folder). `--help` or `-h` anywhere before `--` wins over any error.
 */
export function parseArgv<T extends OptionTable>(command: string, args: readonly string[], table: T, cwd = process.cwd()): ParsedArgs<T> {
  const exists = (p: string): boolean => {
    try {
      return statSync(resolve(cwd, p), { throwIfNoEntry: false }) !== undefined;
    } catch {
      return false; // a name too long or otherwise impossible is not an existing file
    }
  };
  let parsed: ParsedArgs<T>;
  try {
    parsed = parseStrict(command, args, table, exists);
  } catch (e) {
    if (e instanceof ArgsError && 'help' in table && wantsHelp(args, exists)) return { values: { help: true } as unknown as OptionValues<T>, positionals: [] };
    throw e;
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) return parsed;
  for (const [name, spec] of Object.entries(table)) {
    const value = values[name];
    if (spec.type !== 'string' || typeof value !== 'string') continue;
    if (spec.date) assertDateArg(`--${name}`, value);
    if (spec.output && isFolder(resolve(cwd, value)))
      throw new UserError(`${value}: là thư mục, không phải tệp. Hãy cho --${name} một tên tệp, ví dụ ${join(value, spec.example)}.`);
  }
  return parsed;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

function wantsHelp(args: readonly string[], exists: (p: string) => boolean): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => (a === '--help' || a === '-h') && !exists(a));
}

function parseStrict<T extends OptionTable>(command: string, args: readonly string[], table: T, exists: (p: string) => boolean): ParsedArgs<T> {
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  const names = Object.keys(table);
  const byShort = new Map<string, string>();
  for (const [name, spec] of Object.entries(table)) if (spec.short) byShort.set(spec.short, name);
  /** What cannot be an option's value: another option of this command, or `--`. */
  const isOption = (a: string) => !exists(a) && (a.startsWith('--') || (a.length === 2 && a[0] === '-' && byShort.has(a[1])));

  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-' || exists(arg)) {
      if (LONG_DASH.test(arg) && !exists(arg)) {
        const typed = arg.replace(LONG_DASH, '').split('=')[0];
        const known = names.includes(typed) ? typed : closest(typed, names);
        if (known)
          throw new ArgsError(
            `${BAD}“${arg}” bắt đầu bằng dấu gạch dài (thường do chép từ Word hoặc Zalo); hãy gõ hai dấu gạch ngang: --${known}.`,
          );
      }
      positionals.push(arg);
      continue;
    }
    let name: string;
    let shown: string;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
      shown = `--${name}`;
      if (!Object.hasOwn(table, name)) throw unknownOption(command, shown, name, names);
    } else {
      const long = byShort.get(arg.slice(1));
      if (!long) throw unknownOption(command, arg, arg.slice(1), names);
      name = long;
      shown = arg;
    }
    const spec = table[name];
    if (spec.type === 'boolean') {
      if (inline !== undefined) throw new ArgsError(`${BAD}${shown} không nhận giá trị (bỏ “=${inline}”).`);
      values[name] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = args[i + 1];
      if (next === undefined || next === '' || isOption(next)) {
        const after = next && isOption(next) ? ` (ngay sau nó là “${next}”)` : '';
        throw new ArgsError(`${BAD}thiếu giá trị sau ${shown}${after}. Ví dụ: ${shown} ${spec.example}`);
      }
      value = next;
      i++;
    }
    if (value === '') throw new ArgsError(`${BAD}thiếu giá trị sau ${shown}. Ví dụ: ${shown} ${spec.example}`);
    const before = values[name];
    if (before !== undefined && before !== value)
      throw new ArgsError(`${BAD}--${name} được cho hai lần (“${before}” và “${value}”); chỉ dùng một lần.`);
    values[name] = value;
  }
  return { values: values as OptionValues<T>, positionals };
}

function unknownOption(command: string, shown: string, name: string, names: string[]): ArgsError {
  const guess = closest(name, names);
  let message = `${BAD}lệnh ${command} không có tùy chọn “${shown}”.`;
  if (guess) message += ` Có phải “--${guess}”?`;
  else if (!shown.startsWith('--') || /[./\\]/.test(name))
    message += ` Nếu đó là tên tệp thì không tìm thấy tệp này (tên tệp bắt đầu bằng dấu gạch ngang có thể viết ./${shown}).`;
  return new ArgsError(message);
}

/** Lower case, no diacritics, `_` as `-`: how a mistyped option is compared with the real ones. */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/_/g, '-');
}

/** The option the officer most likely meant, when that is obvious; undefined otherwise. */
export function closest(typed: string, names: readonly string[]): string | undefined {
  const t = fold(typed).replace(/^-+/, '');
  if (!t) return undefined;
  const exact = names.find((n) => fold(n) === t);
  if (exact) return exact;
  const prefixed = names.filter((n) => t.length >= 2 && n.startsWith(t));
  if (prefixed.length === 1) return prefixed[0];
  const scored = names.map((n) => ({ n, d: distance(t, n) })).sort((a, b) => a.d - b.d);
  const best = scored[0];
  if (!best || best.d > (t.length <= 4 ? 1 : 2)) return undefined;
  if (scored[1] && scored[1].d === best.d) return undefined; // two as close: not obvious
  return best.n;
}

/** Edit distance with adjacent transpositions (optimal string alignment). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

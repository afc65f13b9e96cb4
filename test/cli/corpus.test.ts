// The reader corpus (scripts/make-corpus.mjs): `dvk read --json` must give the generator's ground truth for every class of
// real-world .xlsx, `dvk validate` must never crash or hang on them, and every hostile file must be refused with exit 2.
// LibreOffice opening the same workbooks checks the corpus itself: its values must be the ones expected.json states.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnLetter, parseA1Range } from '../../src/domain/grid';
import { CLI, ROOT } from './run';

type Value = string | number | boolean | null;
interface Sheet {
  name: string;
  hidden: boolean;
  values: Value[][];
  merges: string[];
}
const CORPUS = join(ROOT, 'test/fixtures/corpus');
const HOSTILE = join(ROOT, 'test/fixtures/hostile');
const expected: Record<string, { sheets: Sheet[] }> = JSON.parse(readFileSync(join(CORPUS, 'expected.json'), 'utf8'));
const hostile: Record<string, { exit: number; contains: string[] }> = JSON.parse(readFileSync(join(HOSTILE, 'hostile.json'), 'utf8'));
const corpusFiles = Object.keys(expected);

/** Generous: a correct reader takes well under a second on any of these files; a hang or a bomb is cut off here. */
const SPAWN_TIMEOUT_MS = 15_000;
const STACK = /\n\s+at /;

function dvk(args: string[]) {
  if (!existsSync(CLI)) throw new Error('dist/cli/dvk.cjs is missing: run `npm run build` first');
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: SPAWN_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', timedOut };
}

describe('dvk read --json on the corpus', () => {
  it.each(corpusFiles)('%s', (file) => {
    const path = join(CORPUS, file);
    const r = dvk(['read', path, '--json']);
    expect(r.timedOut, `finished within ${SPAWN_TIMEOUT_MS} ms`).toBe(false);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toStrictEqual({ file: path, ...expected[file] });
  });

  it('--sheet NAME prints that sheet alone, hidden ones included', () => {
    const file = 'sheet-an-va-bieu-do.xlsx';
    const path = join(CORPUS, file);
    for (const sheet of expected[file].sheets) {
      const r = dvk(['read', path, '--sheet', sheet.name, '--json']);
      expect(r.status, sheet.name).toBe(0);
      expect(JSON.parse(r.stdout)).toStrictEqual({ file: path, sheets: [sheet] });
    }
  });
});

describe('dvk validate on the corpus: no crash, no hang', () => {
  it.each(corpusFiles)('%s', (file) => {
    const r = dvk(['validate', join(CORPUS, file)]);
    expect(r.timedOut, `finished within ${SPAWN_TIMEOUT_MS} ms`).toBe(false);
    expect(r.status).not.toBe(3);
    expect(r.status).not.toBeNull();
    expect(r.stdout + r.stderr).not.toMatch(STACK);
  });
});

describe('dvk validate on hostile files: refused with exit 2, the file named', () => {
  it.each(Object.entries(hostile))('%s', (file, e) => {
    const r = dvk(['validate', join(HOSTILE, file)]);
    expect(r.timedOut, `finished within ${SPAWN_TIMEOUT_MS} ms`).toBe(false);
    expect(r.status).toBe(e.exit);
    for (const s of e.contains) expect(r.stdout + r.stderr).toContain(s);
    expect(r.stdout + r.stderr).not.toMatch(STACK);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// LibreOffice Calc as an independent reader of the corpus. Every sheet goes to CSV with raw values (not as shown, en-US):
// numbers plain, dates MM/DD/YYYY[ HH:MM:SS], booleans TRUE/FALSE, errors by name, text as typed.

const soffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
if (!soffice && process.env.CI) throw new Error('CI needs LibreOffice (soffice with Calc) for the corpus check');

/** Classes LibreOffice itself refuses to open ("source file could not be loaded"); the reader must still read them. */
const LIBREOFFICE_REFUSES: Record<string, string> = {
  // Every entry name uses “\” (PKWARE APPNOTE 4.4.17 wants “/”); LibreOffice finds no [Content_Types] parts by those names.
  'zip-dau-gach-nguoc.xlsx': 'entry names with backslashes',
  // ZIP64 records in a small package: LibreOffice refuses packages that carry them when not needed (as it does for
  // SharpCompress' ZIP64 output); Python's zipfile and Info-ZIP's unzip read the file.
  'zip64-system-io-packaging.xlsx': 'ZIP64 end record and extra fields in a small package',
};
/** Classes LibreOffice opens but reads differently from the contract: their values are not compared. */
const LIBREOFFICE_MISREADS: Record<string, string> = {
  // OPC part names are case-insensitive; LibreOffice looks them up case-sensitively and loses the shared strings.
  'ten-phan-khac-chu-hoa.xlsx': 'part names in another case',
};
/** Single cells LibreOffice shows otherwise, with the reason. */
const LIBREOFFICE_CELLS: Record<string, Record<string, string>> = {
  // WPS's own function: LibreOffice does not know _xlfn.DISPIMG and shows #NAME? instead of the saved text.
  'wps-tien-to-x.xlsx': { 'Sheet1!I7': 'DISPIMG' },
};

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted || (ch !== ',' && ch !== '\n' && ch !== '\r')) cell += ch;
    else if (ch === ',') endCell();
    else if (ch === '\n') {
      endCell();
      rows.push(row);
      row = [];
    }
  }
  if (cell !== '' || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

const ISO = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d):(\d\d)\.000Z)?$/;
/** Whether LibreOffice's raw CSV text `got` stands for the expected value. */
function sameValue(want: Value, got: string): boolean {
  if (want === null) return got === '';
  if (typeof want === 'number') return got !== '' && Number(got) === want;
  // A boolean under a number format other than its own (the ";;;" of linked checkboxes) comes out as 1 or 0.
  if (typeof want === 'boolean') return got === (want ? 'TRUE' : 'FALSE') || got === (want ? '1' : '0');
  const d = ISO.exec(want);
  if (d) {
    const [, y, m, day, hh, mm, ss] = d;
    if (got === `${m}/${day}/${y}${hh ? ` ${hh}:${mm}:${ss}` : ''}`) return true;
    // A t="d" cell under the General style stays a number in LibreOffice: its serial.
    return got !== '' && Number(got) === (Date.parse(want.length === 10 ? `${want}T00:00:00Z` : want) - Date.UTC(1899, 11, 30)) / 86_400_000;
  }
  return got === want;
}

/** Cells other than the top-left one of each merge: LibreOffice keeps and exports what they hold, readers drop it. */
function underMerges(merges: string[]): Set<string> {
  const under = new Set<string>();
  for (const m of merges) {
    const { top, left, bottom, right } = parseA1Range(m)!;
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (r !== top || c !== left) under.add(`${r + 1},${c + 1}`);
  }
  return under;
}

describe.skipIf(!soffice)('LibreOffice opens the corpus with the expected values', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dvk-corpus-'));
  const opened = corpusFiles.filter((f) => !(f in LIBREOFFICE_REFUSES));
  let calc = true;

  beforeAll(() => {
    // One LibreOffice run for all files, with its own profile so it never meets a running instance. Token 12 (-1) writes
    // every sheet to <file>-<sheet>.csv; token 9 (false) writes raw values rather than as shown; 1033 fixes the locale.
    spawnSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1',
        '--outdir',
        dir,
        ...opened.map((f) => join(CORPUS, f)),
      ],
      { stdio: 'ignore', timeout: 240_000 },
    );
    // soffice without Calc (libreoffice-writer alone) opens no spreadsheet at all.
    calc = existsSync(join(dir, 'excel-365-dydescent-Danh sách.csv'));
    if (!calc && process.env.CI) throw new Error('CI needs LibreOffice Calc (libreoffice-calc-nogui) for the corpus check');
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.for(opened)('%s', (file, ctx) => {
    if (!calc) return ctx.skip('LibreOffice Calc is not installed');
    const base = file.replace(/\.xlsx$/, '');
    const cells = LIBREOFFICE_CELLS[file] ?? {};
    for (const sheet of expected[file].sheets) {
      const csvPath = join(dir, `${base}-${sheet.name}.csv`);
      expect(existsSync(csvPath), `LibreOffice wrote sheet “${sheet.name}”`).toBe(true);
      if (file in LIBREOFFICE_MISREADS) continue;
      const csv = parseCsv(readFileSync(csvPath, 'utf8'));
      const under = underMerges(sheet.merges);
      const rows = Math.max(csv.length, sheet.values.length);
      const wrong: string[] = [];
      for (let r = 1; r <= rows; r++) {
        const cols = Math.max(csv[r - 1]?.length ?? 0, sheet.values[r - 1]?.length ?? 0);
        for (let c = 1; c <= cols; c++) {
          const at = `${sheet.name}!${columnLetter(c - 1)}${r}`;
          if (under.has(`${r},${c}`) || at in cells) continue;
          const want = sheet.values[r - 1]?.[c - 1] ?? null;
          const got = csv[r - 1]?.[c - 1] ?? '';
          if (!sameValue(want, got)) wrong.push(`${at}: expected ${JSON.stringify(want)}, LibreOffice ${JSON.stringify(got)}`);
        }
      }
      expect(wrong).toEqual([]);
    }
  });

  it.skip.each(Object.entries(LIBREOFFICE_REFUSES))('%s (LibreOffice refuses: %s)', () => {});
});

// Inputs as the officer names them: files and folders, where every file of a folder that is not read is named with
// the reason, and file names that are not valid UTF-8 (copied from old Windows machines or zip files) still open.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isSilentSkip, skipReason, subfolderText, WORKBOOK_NAME } from '../domain/files';

/** A path as Node takes it: a string, or the raw bytes of a name that is not valid UTF-8. */
export type FilePath = string | Buffer;

/** The path as the officer reads it in messages (bytes that are not UTF-8 shown as U+FFFD). */
export function displayPath(p: FilePath): string {
  return typeof p === 'string' ? p : p.toString('utf8');
}

/** What a list of inputs expands to: the workbooks to read, and every other file with why it is not read. */
export interface Collected {
  files: FilePath[];
  skipped: { file: string; reason: string }[];
}

/**
 * Expands folders into their workbooks (sorted by name); names every other file of a folder (old .xls, .ods, .csv,
 * sub-folders…), leaving out silently only hidden files and Excel's `~$` lock files. A file named directly is read
 * whatever its name (its content says what it is). `exclude` paths (the output, the previous master) are left out.
 */
export async function collectInputs(inputs: string[], exclude: (string | undefined)[] = []): Promise<Collected> {
  const files: FilePath[] = [];
  const skipped: Collected['skipped'] = [];
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch {
      isDir = false; // a missing file is read, and reported with its name
    }
    if (!isDir) {
      files.push(input);
      continue;
    }
    const entries = await readdir(input, { encoding: 'buffer', withFileTypes: true });
    const named = entries.map((e) => {
      const text = e.name.toString('utf8');
      const valid = Buffer.from(text, 'utf8').equals(e.name);
      return { e, text, path: valid ? join(input, text) : Buffer.concat([Buffer.from(join(input, 'x').slice(0, -1)), e.name]) };
    });
    named.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    for (const { e, text, path } of named) {
      if (isSilentSkip(text)) continue;
      let dir = e.isDirectory();
      if (e.isSymbolicLink()) {
        try {
          dir = (await stat(path)).isDirectory();
        } catch {
          dir = false;
        }
      }
      const shown = displayPath(path);
      if (dir) {
        skipped.push({ file: shown, reason: subfolderText(shown) });
        continue;
      }
      if (WORKBOOK_NAME.test(text)) files.push(path);
      else skipped.push({ file: shown, reason: skipReason(shown) ?? `${shown}: không đọc.` });
    }
  }
  const out = new Set(exclude.filter((x): x is string => !!x).map((x) => resolve(x)));
  const seen = new Set<string>();
  return {
    files: files.filter((f) => {
      const key = typeof f === 'string' ? resolve(f) : `\u0000${f.toString('hex')}`;
      if (out.has(key) || seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
    skipped,
  };
}

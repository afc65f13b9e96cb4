// Reads .xlsx files for the CLI through the domain's one reader (the add-in uses the same), with the file's
// size checked before a byte is read; every problem becomes a UserError that names the file in Vietnamese.
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { fileProblemText } from '../domain/files';
import { DEFAULT_XLSX_LIMITS, readWorkbook, XlsxError, type ReadOptions, type XlsxSheet } from '../domain/xlsx-grid';
import { UserError } from './errors';
import { displayPath, type FilePath } from './paths';

/** Node's zlib, stopped by `maxOutputLength` at the declared size: the same bytes as the pure inflater, natively. */
export function nodeInflate(raw: Uint8Array, size: number): Uint8Array {
  const out = inflateRawSync(raw, { maxOutputLength: Math.max(1, size) });
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/** The workbook's sheets, or a UserError naming the file. `path` may be a Buffer (a name that is not UTF-8). */
export async function readWorkbookFile(path: FilePath, opts: ReadOptions = {}): Promise<XlsxSheet[]> {
  const { bytes } = await readWorkbookBytes(path, opts);
  return parseWorkbook(displayPath(path), bytes, opts);
}

/** A workbook file's bytes and time, its size checked before a byte is read; a UserError naming the file otherwise. */
export async function readWorkbookBytes(path: FilePath, opts: ReadOptions = {}): Promise<{ bytes: Uint8Array; modified: number }> {
  const name = displayPath(path);
  let size: number;
  let modified: number;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw new UserError(fileProblemText(name, 'folder'));
    size = s.size;
    modified = s.mtimeMs;
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(fileProblemText(name, 'missing'));
  }
  if (size === 0) throw new UserError(fileProblemText(name, 'empty'));
  const max = opts.limits?.maxFileBytes ?? DEFAULT_XLSX_LIMITS.maxFileBytes;
  if (size > max) throw new UserError(fileProblemText(name, 'too-large', { limit: max }));
  try {
    // One synchronous read: open, stat, read and close in one call (the promise API costs more per file than the read).
    return { bytes: new Uint8Array(readFileSync(path)), modified };
  } catch (e) {
    throw new UserError(fileProblemText(name, 'corrupt', { cause: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
  }
}

/** Parses a workbook's bytes with the domain's reader (and Node's zlib); a UserError naming the file otherwise. */
export function parseWorkbook(name: string, bytes: Uint8Array, opts: ReadOptions = {}): XlsxSheet[] {
  try {
    return readWorkbook(bytes, { inflate: nodeInflate, ...opts });
  } catch (e) {
    if (e instanceof XlsxError) throw new UserError(e.text(name));
    throw e;
  }
}

// Reads .xlsx files for the CLI through the domain's one reader (the add-in uses the same), with the file's
// size checked before a byte is read; every problem becomes a UserError that names the file in Vietnamese.
import { readFile, stat } from 'node:fs/promises';
import { fileProblemText } from '../domain/files';
import { DEFAULT_XLSX_LIMITS, readWorkbook, XlsxError, type ReadOptions, type XlsxSheet } from '../domain/xlsx-grid';
import { UserError } from './errors';
import { displayPath, type FilePath } from './paths';

/** The workbook's sheets, or a UserError naming the file. `path` may be a Buffer (a name that is not UTF-8). */
export async function readWorkbookFile(path: FilePath, opts: ReadOptions = {}): Promise<XlsxSheet[]> {
  const name = displayPath(path);
  let size: number;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw new UserError(fileProblemText(name, 'folder'));
    size = s.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(fileProblemText(name, 'missing'));
  }
  if (size === 0) throw new UserError(fileProblemText(name, 'empty'));
  const max = opts.limits?.maxFileBytes ?? DEFAULT_XLSX_LIMITS.maxFileBytes;
  if (size > max) throw new UserError(fileProblemText(name, 'too-large', { limit: max }));
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    throw new UserError(fileProblemText(name, 'corrupt', { cause: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
  }
  try {
    return readWorkbook(bytes, opts);
  } catch (e) {
    if (e instanceof XlsxError) throw new UserError(e.text(name));
    throw e;
  }
}

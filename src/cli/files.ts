// File helpers: atomic writes and guarding inputs against being overwritten.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UserError } from './errors';

/** Writes via a temporary file in the same folder (made if missing), then renames: readers never see a half-written file. */
export async function writeAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw new UserError(`${path}: không ghi được tệp (${(e as Error).message}).`);
  }
}

export function assertNotInput(out: string, inputs: string[]): void {
  const o = resolve(out);
  if (inputs.some((i) => resolve(i) === o))
    throw new UserError(`${out}: tệp kết quả trùng với tệp đầu vào; không bao giờ ghi đè tệp gốc. Hãy chọn tên khác.`);
}

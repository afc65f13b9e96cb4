// Writing outputs without ever destroying what the tool did not write: atomic writes (a temporary file in the same
// folder, then a rename), an existing file replaced only when the tool can tell it wrote it (and nobody changed it
// since), and `--force` keeping the old file beside the new one instead of deleting it.
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { isSystemError, systemErrorText, UserError } from './errors';

/** A system error as the end of a sentence (“ổ đĩa đã đầy, …”): the words of systemErrorText, without a path. */
export function systemWhy(e: unknown): string {
  const s = systemErrorText(e, '').replace(/\.$/, '');
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Writes via a temporary file in the same folder (made if missing), then renames: readers never see a half-written file. */
export async function writeAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    if (!isSystemError(e)) throw e;
    throw new UserError(`${path}: không ghi được tệp — ${systemWhy(e)}.`);
  }
}

/** Like writeAtomic, for writers that write a file themselves: `write` gets the temporary path to write. */
export async function writeAtomicWith(path: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await mkdir(dirname(path), { recursive: true });
    await write(tmp);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    // Only the file system's errors are the officer's to fix; anything else is a bug and keeps its stack.
    if (!isSystemError(e)) throw e;
    throw new UserError(`${path}: không ghi được tệp — ${systemWhy(e)}.`);
  }
}

export function assertNotInput(out: string, inputs: string[]): void {
  const o = resolve(out);
  if (inputs.some((i) => resolve(i) === o))
    throw new UserError(`${out}: tệp kết quả trùng với tệp đầu vào; không bao giờ ghi đè tệp gốc. Hãy chọn tên khác.`);
}

/** Who wrote an existing file, as far as its content tells: us (unchanged since), us but changed since, or someone else. */
export type Ownership = 'ours' | 'edited' | 'foreign';

export interface OutputGuard {
  /** What the file is, for messages: “văn bản”, “bản PDF”, “bản có đánh dấu”, “lời nhắn”. */
  what: string;
  /** Tells from the existing file's bytes whether we wrote it; `signed` files are never replaced. */
  owner: (bytes: Uint8Array) => { owner: Ownership; signed?: boolean };
  force?: boolean;
}

/** How an output will be written: straight, or after moving the existing file aside (`--force`). */
export interface OutputPlan {
  path: string;
  /** Where the existing file goes before the new one is written (`--force` on a file we did not write). */
  keepAs: string | null;
}

/** `bc.docx` → `bc.truoc-2026-11-29.docx` (then `-2`, `-3`… when that exists too), in the same folder. */
export async function backupName(path: string, today = new Date()): Promise<string> {
  const ext = extname(path);
  const stem = path.slice(0, path.length - ext.length);
  const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  for (let i = 1; ; i++) {
    const candidate = `${stem}.truoc-${day}${i > 1 ? `-${i}` : ''}${ext}`;
    if (!(await exists(candidate))) return candidate;
  }
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decides, before anything is written, how `path` may be written: a missing file or one we wrote and nobody changed
 * is replaced; anything else is refused with a message naming it (another name, or `--force`, which keeps the old
 * file beside the new one). A signed file is never replaced.
 */
export async function planOutput(path: string, guard: OutputGuard): Promise<OutputPlan> {
  let isDir = false;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch {
    return { path, keepAs: null };
  }
  if (isDir) throw new UserError(`${path}: là một thư mục; hãy cho tên tệp ${guard.what} cần ghi (ví dụ ${join(path, `ket-qua${extname(path) || ''}`)}).`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    throw new UserError(`${path}: không đọc được tệp đang có để biết có được ghi đè hay không — ${systemWhy(e)}.`);
  }
  const { owner, signed } = guard.owner(bytes);
  if (signed)
    throw new UserError(
      `${path}: ${guard.what} này đã được ký số; công cụ không bao giờ ghi đè tệp đã ký, kể cả với --force. Hãy chọn tên khác cho bản mới.`,
    );
  if (owner === 'ours') return { path, keepAs: null };
  const keepAs = await backupName(path);
  if (guard.force) return { path, keepAs };
  const why =
    owner === 'edited'
      ? `${guard.what} này do công cụ tạo nhưng đã được sửa sau đó; không ghi đè để khỏi mất phần đã sửa`
      : `tệp đã có và không phải ${guard.what} do công cụ này tạo; không ghi đè`;
  throw new UserError(`${path}: ${why}. Hãy chọn tên khác, hoặc thêm --force để giữ tệp cũ thành ${basename(keepAs)} rồi ghi tệp mới.`);
}

/** Writes an output as planned: the existing file is first moved aside when the plan says so, never deleted. */
export async function commitOutput(plan: OutputPlan, data: Uint8Array | string): Promise<void> {
  if (plan.keepAs) {
    try {
      await rename(plan.path, plan.keepAs);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
        throw new UserError(`${plan.path}: không giữ lại được tệp cũ thành ${plan.keepAs} nên chưa ghi tệp mới — ${systemWhy(e)}.`);
    }
  }
  await writeAtomic(plan.path, data);
}

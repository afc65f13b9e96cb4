// JSON files the officer gives (--config, --meta, --data): read whatever encoding Notepad saved them in, and say
// where and why a file is not valid JSON, in Vietnamese.
import { readFile, stat } from 'node:fs/promises';
import { TextDecoder } from 'node:util';
import { systemErrorCode, systemErrorText, UserError } from './errors';

function utf16(b: Uint8Array, littleEndian: boolean): string {
  const even = Buffer.from(b.buffer, b.byteOffset, b.length & ~1);
  return (littleEndian ? even : Buffer.from(even).swap16()).toString('utf16le');
}

/**
 * The text of a file: UTF-16 LE or BE (with a BOM, as Notepad's “Unicode” saves it, or without one, told from the
 * zero bytes of the first ASCII character), or UTF-8 with or without a BOM. The BOM is dropped. Null when the bytes
 * are not UTF-8 (a file saved in an 8-bit code page: ANSI, Windows-1258, TCVN3).
 */
export function decodeText(b: Uint8Array): string | null {
  let text: string;
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) text = utf16(b.subarray(2), true);
  else if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) text = utf16(b.subarray(2), false);
  else if (b.length >= 2 && b[0] !== 0 && b[1] === 0) text = utf16(b, true);
  else if (b.length >= 2 && b[0] === 0 && b[1] !== 0) text = utf16(b, false);
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(b); // drops a UTF-8 BOM
    } catch {
      return null;
    }
  }
  return text.replace(/^\uFEFF/, '');
}

export interface JsonErrorPlace {
  /** Offset in the text (UTF-16 units). */
  offset: number;
  /** 1-based line and column (in characters), as an editor shows them. */
  line: number;
  column: number;
  /** What is wrong there, in Vietnamese. */
  reason: string;
}

const SMART_DOUBLE = new Set(['“', '”', '„', '«', '»']);
const SINGLE = new Set(["'", '‘', '’']);
const STRAIGHT = 'JSON cần dấu ngoặc kép thẳng "…"';

/** Why a value cannot start with c. */
function valueReason(text: string, i: number, c: string, afterColon: boolean): string {
  if (SMART_DOUBLE.has(c)) return `dùng dấu ngoặc kép cong “${c}”; ${STRAIGHT}`;
  if (SINGLE.has(c)) return `chuỗi đặt trong dấu nháy đơn; ${STRAIGHT}`;
  if (c === '/') return 'JSON không cho phép chú thích (// hoặc /* … */)';
  if (c === '}' || c === ']') return afterColon ? 'thiếu giá trị sau dấu hai chấm' : `thiếu giá trị trước “${c}”`;
  if (c === ',') return 'thiếu giá trị (hai dấu phẩy liền nhau?)';
  if (c === '+' || c === '.') return 'số không hợp lệ (số JSON không bắt đầu bằng “+” hay “.”)';
  const word = /^[\p{L}_$][\p{L}\p{N}_$]*/u.exec(text.slice(i, i + 40))?.[0];
  if (word && /^(true|false|null)$/i.test(word)) return `“${word}” phải viết thường: ${word.toLowerCase()}`;
  if (word) return `chữ phải đặt trong dấu ngoặc kép thẳng: "${word}"`;
  return `ký tự không hợp lệ “${c}”`;
}

/** Why a property name cannot start with c. */
function keyReason(text: string, i: number, c: string): string {
  if (SMART_DOUBLE.has(c)) return `dùng dấu ngoặc kép cong “${c}”; ${STRAIGHT}`;
  if (SINGLE.has(c)) return `tên khóa đặt trong dấu nháy đơn; ${STRAIGHT}`;
  if (c === '/') return 'JSON không cho phép chú thích (// hoặc /* … */)';
  if (c === ',') return 'thừa dấu phẩy';
  const word = /^[\p{L}_$][\p{L}\p{N}_$-]*/u.exec(text.slice(i, i + 40))?.[0];
  if (word) return `tên khóa phải đặt trong dấu ngoặc kép thẳng: "${word}"`;
  return `cần tên khóa trong dấu ngoặc kép thẳng "…", gặp “${c}”`;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WS = new Set([' ', '\t', '\n', '\r']);

/** The first place where text stops being JSON (RFC 8259) and why; null when it is valid JSON. */
function firstProblem(text: string): { offset: number; reason: string } | null {
  const n = text.length;
  const stack: ('{' | '[')[] = [];
  let i = 0;
  let lastComma = -1;
  /** value: a value is needed; first-*: just after { or [; next-*: just after a comma. */
  let state: 'value' | 'first-item' | 'next-item' | 'first-key' | 'next-key' | 'colon' | 'after' = 'value';
  const string = (): { offset: number; reason: string } | null => {
    const start = i++;
    for (;;) {
      if (i >= n) return { offset: start, reason: 'chuỗi mở ở đây chưa có dấu ngoặc kép “"” đóng' };
      const ch = text[i];
      if (ch === '"') {
        i++;
        return null;
      }
      if (ch === '\\') {
        const e = text[i + 1];
        if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else
          return {
            offset: i,
            reason: `“\\${e ?? ''}” không phải ký tự thoát hợp lệ; dấu \\ trong chuỗi phải viết thành \\\\ (ví dụ "C:\\\\thu-muc")`,
          };
        continue;
      }
      if (ch === '\n' || ch === '\r') return { offset: i, reason: 'chuỗi chưa đóng trước khi xuống dòng (thiếu dấu ngoặc kép “"”)' };
      if (ch < ' ') return { offset: i, reason: 'ký tự điều khiển trong chuỗi (dấu tab phải viết thành \\t)' };
      i++;
    }
  };
  for (;;) {
    while (i < n && WS.has(text[i])) i++;
    if (i >= n) {
      if (state === 'after' && stack.length === 0) return null;
      if (stack.length === 0) return { offset: n, reason: 'tệp không có nội dung JSON' };
      return { offset: n, reason: `tệp kết thúc giữa chừng: còn thiếu dấu “${stack[stack.length - 1] === '{' ? '}' : ']'}” đóng` };
    }
    const c = String.fromCodePoint(text.codePointAt(i)!);
    const top = stack[stack.length - 1];
    switch (state) {
      case 'first-key':
      case 'next-key':
        if (c === '}') {
          if (state === 'next-key') return { offset: lastComma, reason: 'dấu phẩy thừa trước “}”' };
          stack.pop();
          i++;
          state = 'after';
          break;
        }
        if (c !== '"') return { offset: i, reason: keyReason(text, i, c) };
        {
          const p = string();
          if (p) return p;
        }
        state = 'colon';
        break;
      case 'colon':
        if (c !== ':') return { offset: i, reason: 'thiếu dấu hai chấm “:” sau tên khóa' };
        i++;
        state = 'value';
        break;
      case 'after':
        if (!top) return { offset: i, reason: 'còn nội dung thừa sau giá trị JSON (tệp chỉ được có một khối {…})' };
        if (c === ',') {
          lastComma = i++;
          state = top === '{' ? 'next-key' : 'next-item';
          break;
        }
        if (c === (top === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          break;
        }
        if (c === '}' || c === ']') return { offset: i, reason: `dấu “${c}” không khớp: khối mở bằng “${top}” phải đóng bằng “${top === '{' ? '}' : ']'}”` };
        return {
          offset: i,
          reason: top === '{' ? 'thiếu dấu phẩy “,” giữa hai mục (hoặc thiếu dấu “}”)' : 'thiếu dấu phẩy “,” giữa hai phần tử (hoặc thiếu dấu “]”)',
        };
      default: {
        // a value
        if (c === ']' && state === 'first-item') {
          stack.pop();
          i++;
          state = 'after';
          break;
        }
        if (c === ']' && state === 'next-item') return { offset: lastComma, reason: 'dấu phẩy thừa trước “]”' };
        if (c === '{' || c === '[') {
          stack.push(c);
          i++;
          state = c === '{' ? 'first-key' : 'first-item';
          break;
        }
        if (c === '"') {
          const p = string();
          if (p) return p;
          state = 'after';
          break;
        }
        if (c === '-' || (c >= '0' && c <= '9')) {
          NUMBER.lastIndex = i;
          const m = NUMBER.exec(text);
          const end = m ? i + m[0].length : i;
          if (!m || /[0-9.eE]/.test(text[end] ?? ''))
            return { offset: i, reason: 'số không hợp lệ (dùng dấu chấm cho phần thập phân, không viết số 0 ở đầu)' };
          i = end;
          state = 'after';
          break;
        }
        const literal = ['true', 'false', 'null'].find((w) => text.startsWith(w, i) && !/[\p{L}\p{N}_]/u.test(text[i + w.length] ?? ''));
        if (literal) {
          i += literal.length;
          state = 'after';
          break;
        }
        return { offset: i, reason: valueReason(text, i, c, state === 'value' && stack.length > 0 && top === '{') };
      }
    }
  }
}

/** Where and why the text is not valid JSON; null when it is. */
export function locateJsonError(text: string): JsonErrorPlace | null {
  const p = firstProblem(text);
  if (!p) return null;
  let line = 1;
  let column = 1;
  for (let k = 0; k < p.offset && k < text.length; ) {
    const cp = text.codePointAt(k)!;
    k += cp > 0xffff ? 2 : 1;
    if (cp === 0x0a || (cp === 0x0d && text[k] !== '\n')) {
      line++;
      column = 1;
    } else if (cp !== 0x0d) column++;
  }
  return { ...p, line, column };
}

/**
 * Reads a JSON file the officer gave. `what` names it in messages (“cấu hình”, “thông tin văn bản”, “dữ liệu”).
 * Every problem is a UserError naming the file: missing, a folder, unreadable (systemErrorText), not UTF-8/UTF-16,
 * empty, or not JSON (with the line, column and reason; JSON.parse's own words follow in parentheses).
 */
export async function readJsonFile(path: string, what: string): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    if ((await stat(path)).isDirectory()) throw new UserError(`${path}: là thư mục, không phải tệp ${what} (JSON).`);
    bytes = await readFile(path);
  } catch (e) {
    if (e instanceof UserError) throw e;
    if (systemErrorCode(e) === 'ENOENT') throw new UserError(`${path}: không tìm thấy tệp ${what}.`);
    throw new UserError(systemErrorText(e, path));
  }
  const text = decodeText(bytes);
  if (text === null)
    throw new UserError(
      `${path}: tệp ${what} không được lưu bằng mã UTF-8 (có lẽ là mã ANSI, Windows-1258 hoặc TCVN3). ` +
        'Hãy mở bằng Notepad, lưu lại (Save As) với mã hóa (Encoding) UTF-8 rồi chạy lại.',
    );
  if (!text.trim()) throw new UserError(`${path}: tệp ${what} rỗng, chưa có nội dung JSON.`);
  try {
    return JSON.parse(text);
  } catch (e) {
    const at = locateJsonError(text);
    const where = at ? ` — dòng ${at.line}, cột ${at.column}: ${at.reason}` : '';
    throw new UserError(`${path}: tệp ${what} không phải JSON hợp lệ${where} (${(e as Error).message}).`);
  }
}

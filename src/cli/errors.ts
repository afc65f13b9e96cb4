// Errors the CLI shows kindly (Vietnamese, no stack); anything else is a bug and shows its stack.

/** A problem with the user's input: a file, an argument, a config. Exit code 2. */
export class UserError extends Error {
  override name = 'UserError';
}

export const EXIT = { ok: 0, findings: 1, input: 2, bug: 3 } as const;

/** What the system said, in Vietnamese, per Node error code (the path is put in front). */
const SYSTEM_ERRORS: Record<string, string> = {
  ENOENT: 'không tìm thấy tệp hoặc thư mục.',
  EACCES: 'không có quyền đọc hoặc ghi. Hãy kiểm tra quyền của tệp và thư mục chứa nó.',
  EPERM:
    'không có quyền đọc hoặc ghi (hoặc tệp đang được mở bởi chương trình khác). Hãy kiểm tra quyền của tệp, đóng tệp nếu đang mở rồi chạy lại.',
  ENOSPC: 'ổ đĩa đã đầy, không ghi được. Hãy giải phóng dung lượng rồi chạy lại.',
  EDQUOT: 'đã dùng hết dung lượng được cấp trên ổ đĩa, không ghi được. Hãy giải phóng dung lượng rồi chạy lại.',
  EROFS: 'ổ đĩa chỉ đọc, không ghi được. Hãy chọn thư mục trên ổ đĩa khác.',
  EISDIR: 'là thư mục, không phải tệp.',
  ENOTDIR: 'một phần của đường dẫn không phải thư mục (là một tệp).',
  EEXIST: 'đã có tệp hoặc thư mục cùng tên.',
  ENOTEMPTY: 'thư mục không trống.',
  EMFILE: 'đang mở quá nhiều tệp cùng lúc. Hãy đóng bớt chương trình rồi chạy lại.',
  ENFILE: 'hệ thống đang mở quá nhiều tệp cùng lúc. Hãy đóng bớt chương trình rồi chạy lại.',
  EBUSY: 'tệp đang được mở bởi chương trình khác (ví dụ Excel hoặc Word). Hãy đóng tệp rồi chạy lại.',
  ETXTBSY: 'tệp đang được mở bởi chương trình khác. Hãy đóng tệp rồi chạy lại.',
  ENAMETOOLONG: 'tên tệp hoặc đường dẫn quá dài. Hãy đặt tên ngắn hơn hoặc chuyển vào thư mục nông hơn.',
  ELOOP: 'đường dẫn có liên kết vòng (liên kết trỏ lại chính nó).',
  EFBIG: 'tệp quá lớn để ghi trên ổ đĩa này.',
  EIO: 'lỗi đọc hoặc ghi ổ đĩa (ổ đĩa có thể bị hỏng hoặc đã bị rút ra).',
  ENXIO: 'thiết bị không còn kết nối (ổ đĩa có thể đã bị rút ra).',
  ENODEV: 'thiết bị không còn kết nối (ổ đĩa có thể đã bị rút ra).',
  EINVAL: 'tên tệp hoặc đường dẫn không hợp lệ (có ký tự không được phép trong tên tệp?).',
  EAGAIN: 'tệp tạm thời không dùng được. Hãy chạy lại.',
  ETIMEDOUT: 'quá thời gian chờ khi đọc hoặc ghi (ổ mạng?). Hãy chạy lại.',
  ECONNRESET: 'mất kết nối khi đọc hoặc ghi (ổ mạng?). Hãy chạy lại.',
  EPIPE: 'chương trình nhận kết quả đã đóng.',
};

/** The Node error code (ENOENT, EACCES…) of a system error, if it is one. */
export function systemErrorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/** Whether e is an error the system raised about a file (it has an errno code and the failed call). */
export function isSystemError(e: unknown): e is NodeJS.ErrnoException {
  return systemErrorCode(e) !== undefined && typeof (e as { syscall?: unknown }).syscall === 'string';
}

/**
 * A system error about `path` as one Vietnamese sentence that names the path: “tong-hop.xlsx: ổ đĩa đã đầy…”.
 * An unknown code gives a generic sentence with the code in parentheses; something that is not a system error
 * gives the generic sentence with its message.
 */
export function systemErrorText(e: unknown, path: string): string {
  const code = systemErrorCode(e);
  const sentence =
    (code && SYSTEM_ERRORS[code]) ??
    `lỗi hệ thống khi đọc hoặc ghi (${code ?? (e instanceof Error ? e.message : String(e))}).`;
  return path ? `${path}: ${sentence}` : sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

// Vietnamese wording of zod issues and JSON key paths, shared by the campaign config and the document metadata
// (kept apart from the config schema so a page that checks only the metadata does not bundle it).
import type * as z from 'zod/mini';

export interface ConfigProblem {
  /** Key path as written in JSON: “units[3].type”. */
  path: string;
  /** Vietnamese. */
  message: string;
  /** What is wrong, as a code a program can test (“DUPLICATE”, “UNKNOWN_TYPE”, “invalid_type”…), when known. */
  reason?: string;
  /** The value at fault, when there is one. */
  value?: unknown;
}

/** The problem of one zod issue: its path, Vietnamese words, and its reason and value as data. */
export function problemOf(issue: z.core.$ZodIssue): ConfigProblem {
  const params = issue.code === 'custom' ? (issue.params as { reason?: string; value?: unknown } | undefined) : undefined;
  return {
    path: formatPath(issue.path),
    message: issueMessage(issue),
    reason: params?.reason ?? (issue.code === 'custom' || issue.code === 'invalid_format' ? issue.message : issue.code),
    ...(params && 'value' in params ? { value: params.value } : issue.input !== undefined ? { value: issue.input } : {}),
  };
}

const TYPE_NAMES: Record<string, string> = {
  string: 'chữ',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true hoặc false',
  array: 'danh sách [...]',
  object: 'đối tượng {...}',
};

export function formatPath(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${String(p)}` : String(p);
  return s || '(gốc)';
}

/** Vietnamese wording of one zod issue (also used for document metadata). */
export function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'bắt buộc nhưng đang thiếu';
      return `phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return 'không được để trống';
      if (issue.origin === 'array') return `cần ít nhất ${issue.minimum} mục`;
      return `phải lớn hơn hoặc bằng ${issue.minimum}`;
    case 'unrecognized_keys':
      return `có khóa không hợp lệ: ${issue.keys.map((k) => `“${k}”`).join(', ')}`;
    case 'invalid_format':
      if (issue.message === 'KEY_FORMAT') return 'chỉ gồm chữ thường không dấu, số và “_”, bắt đầu bằng chữ (ví dụ: dia_diem)';
      if (issue.message === 'DEADLINE_KEY') return 'chỉ gồm chữ thường không dấu, số và “-”, bắt đầu bằng chữ (ví dụ: dang-ky)';
      if (issue.message === 'EMAIL') return `“${String(issue.input ?? '')}” không phải địa chỉ thư điện tử (ví dụ: vanphong@ninhbinh.gov.vn)`;
      return 'sai định dạng ngày, cần dạng YYYY-MM-DD (ví dụ: 2021-07-15)';
    case 'custom': {
      const params = issue.params as { reason?: string; value?: unknown } | undefined;
      const reason = params?.reason ?? issue.message;
      const value = String(params?.value ?? '');
      if (reason === 'DATE_INVALID') return 'không phải ngày có thật';
      if (reason === 'QUOTA_RANGE') return 'chỉ tiêu tối thiểu (min) lớn hơn tối đa (max)';
      if (reason === 'DUPLICATE') return `“${value}” bị trùng`;
      if (reason === 'UNKNOWN_TYPE') return `loại đơn vị “${value}” không có trong unitTypes`;
      if (reason === 'VALID_RANGE') return 'ngày hết hiệu lực trước ngày bắt đầu hiệu lực';
      if (reason === 'UNKNOWN_UNIT') return `đơn vị “${value}” không có trong danh sách đơn vị (units)`;
      if (reason === 'SUCCESSOR_RING') return `đơn vị thay thế “${value}” dẫn vòng trở lại chính đơn vị này (một đơn vị không thể được thay bởi chính nó)`;
      return issue.message;
    }
    default:
      return 'giá trị không hợp lệ';
  }
}


// Vietnamese wording for every finding code; the rules produce codes and parameters, words are added here.
import { CODES, type Code, type Finding } from './codes';

export interface MessageParams {
  /** Column header as the unit wrote it. */
  label?: string;
  /** The cell's value. */
  value?: string;
  /** Converted Unicode text (LEGACY_ENCODING). */
  converted?: string;
  encoding?: string;
  /** Earlier row (DUPLICATE_MODEL). */
  otherRow?: number;
  count?: number;
  min?: number;
  max?: number;
  unit?: string;
  unitType?: string;
  labels?: string;
  date?: string;
  /** The officer's value (OFFICER_EDIT_*), and the value of the unit's list. */
  officer?: string;
  list?: string;
  /** Characters removed, or the length before cutting (INVALID_CHARACTER, VALUE_TOO_LONG). */
  detail?: string;
}

const q = (s: string | undefined) => `“${s ?? ''}”`;
const ENCODING_NAMES: Record<string, string> = { tcvn3: 'TCVN3 (ABC, phông .VnTime)', vni: 'VNI' };

const MESSAGES: { [C in Code]: (p: MessageParams) => string } = {
  HEADER_NOT_FOUND: () =>
    'Không tìm thấy dòng tiêu đề của bảng (STT, Tên tập thể hoặc cá nhân, Tên mô hình, Lĩnh vực…) trong 30 dòng đầu. Hãy dùng đúng biểu mẫu danh sách đăng ký.',
  COLUMN_MISSING: (p) => `Thiếu cột ${q(p.label)} trong bảng.`,
  MISSING_NAME: () => 'Chưa ghi tên tập thể hoặc cá nhân xây dựng mô hình.',
  MISSING_MODEL_NAME: () => 'Chưa ghi tên mô hình hoặc điển hình.',
  MISSING_VALUE: (p) => `Chưa ghi ${q(p.label)} (bắt buộc).`,
  REG_TYPE_NONE: () => 'Chưa đánh dấu hình thức đăng ký: “Tiếp tục đăng ký” hoặc “Đăng ký xây dựng mới”.',
  REG_TYPE_BOTH: () => 'Đánh dấu cả “Tiếp tục đăng ký” và “Đăng ký xây dựng mới”; chỉ chọn một.',
  FIELD_NONE: () => 'Chưa đánh dấu lĩnh vực của mô hình.',
  FIELD_MULTIPLE: (p) => `Đánh dấu nhiều lĩnh vực (${p.labels ?? ''}); mỗi mô hình chỉ thuộc một lĩnh vực.`,
  FIELD_UNKNOWN: (p) => `Lĩnh vực ${q(p.value)} không có trong đợt này; các lĩnh vực hợp lệ: ${p.labels ?? ''}.`,
  INVALID_MARK: (p) =>
    `Ô cột ${q(p.label)} ghi ${q(p.value)}, không phải dấu đánh (x, ✓ hoặc ô tích). Đã tạm coi là có đánh dấu; hãy kiểm tra lại.`,
  DUPLICATE_MODEL: (p) => `Trùng mô hình đã ghi ở dòng ${p.otherRow} (cùng tập thể/cá nhân và cùng tên mô hình).`,
  QUOTA_UNDER: (p) => `Đơn vị đăng ký ${p.count} mô hình, ít hơn chỉ tiêu tối thiểu ${p.min} mô hình của ${p.unitType ?? 'loại đơn vị này'}.`,
  QUOTA_OVER: (p) => `Đơn vị đăng ký ${p.count} mô hình, vượt chỉ tiêu tối đa ${p.max} mô hình của ${p.unitType ?? 'loại đơn vị này'}.`,
  UNKNOWN_UNIT: (p) =>
    p.unit
      ? `Đơn vị ${q(p.unit)} không có trong danh sách đơn vị của đợt này${p.unitType ? ` (nhận là ${p.unitType})` : ''}.`
      : 'Không xác định được đơn vị gửi danh sách: hãy ghi tên đơn vị ở dòng đầu, phía trên bảng.',
  UNIT_INACTIVE: (p) => `Đơn vị ${q(p.unit)} không còn hoặc chưa hoạt động vào ngày ${p.date ?? ''}.`,
  LEGACY_ENCODING: (p) =>
    `Ô này gõ bằng bảng mã cũ ${ENCODING_NAMES[p.encoding ?? ''] ?? p.encoding}; nội dung chuyển sang Unicode là ${q(p.converted)}. Hãy gõ lại bằng Unicode.`,
  NO_MODELS: () => 'Danh sách chưa có mô hình nào.',
  INVALID_CHARACTER: (p) =>
    `Ô này có ký tự điều khiển không in được (${p.detail ?? ''}); đã bỏ các ký tự đó khi đọc. Hãy xóa chúng trong tệp gốc.`,
  VALUE_TOO_LONG: (p) => `Nội dung ô dài ${p.detail ?? ''} ký tự, quá 32.767 ký tự một ô bảng tính chứa được; phần sau đã bị cắt.`,
  SOURCE_SKIPPED: (p) => p.value ?? 'Tệp không được đọc.',
  SOURCE_UNREADABLE: (p) => p.value ?? 'Không đọc được tệp.',
  SOURCE_NO_LIST: () => 'Tệp không có trang tính nào chứa danh sách đăng ký hoặc bảng tổng hợp.',
  LIST_SUPERSEDED: (p) => `Đơn vị đã gửi bản sau (${p.value}); bản này không được tính.`,
  LIST_LATE: (p) => `Danh sách ghi ngày ${p.date}, sau hạn nộp ${p.value}.`,
  UNIT_MISSING: (p) => `Đơn vị ${q(p.unit)} chưa nộp danh sách.`,
  DUPLICATE_MODEL_ACROSS: (p) => `Mô hình này cũng do ${q(p.unit)} đăng ký (${p.value}).`,
  MODEL_DROPPED: (p) =>
    `Mô hình ${q(p.value)} của ${q(p.label)} có trong bảng tổng hợp trước nhưng không còn trong danh sách mới của đơn vị` +
    (p.converted ? `; dữ liệu cán bộ đã nhập: ${p.converted}` : '') +
    '.',
  MODEL_RENAMED: (p) =>
    `Mô hình có thể đã đổi tên (trước là ${q(p.value)}); dữ liệu cán bộ đã nhập được giữ lại cho mô hình này${p.converted ? ` (${p.converted})` : ''}. Hãy kiểm tra.`,
  MODEL_RENAME_AMBIGUOUS: (p) =>
    `Mô hình ${q(p.value)} của ${q(p.label)} trong bảng tổng hợp trước giống ngang nhau với nhiều mô hình mới (${p.labels ?? ''}); ` +
    'không chuyển dữ liệu cán bộ đã nhập sang mô hình nào' +
    (p.converted ? ` (dữ liệu đó: ${p.converted})` : '') +
    '. Hãy nhập lại cho đúng mô hình.',
  MASTER_ROW_DROPPED: (p) =>
    `Dòng này của bảng tổng hợp trước không phải một mô hình (không có đơn vị và tên mô hình) nên không được chép sang bảng mới; nội dung: ${p.value ?? ''}.`,
  OFFICER_EDIT_KEPT: (p) =>
    `Cột ${q(p.label)}: cán bộ đã sửa thành ${q(p.officer)}, danh sách của đơn vị ghi ${q(p.list)}; giữ giá trị cán bộ đã sửa cho đến khi đơn vị gửi bản mới của mô hình này.`,
  OFFICER_EDIT_REPLACED: (p) =>
    `Cột ${q(p.label)}: đơn vị đã gửi bản mới ghi ${q(p.list)}, thay cho giá trị cán bộ đã sửa trước đây ${q(p.officer)}.`,
};

export function makeFinding(code: Code, row: number | null, column: string | null, params: MessageParams = {}): Finding {
  return { code, severity: CODES[code], row, column, message: MESSAGES[code](params) };
}

/** “Dòng 12, ô C12” style location, for the CLI, notes and the results sheet. */
export function locationText(f: Pick<Finding, 'row' | 'column'>): string {
  if (f.row === null) return 'Toàn danh sách';
  return f.column ? `Dòng ${f.row}, ô ${f.column}${f.row}` : `Dòng ${f.row}`;
}

export const SEVERITY_LABEL = { error: 'Lỗi', warning: 'Cảnh báo' } as const;

// Vietnamese wording for every finding code; the rules produce codes and parameters, words are added here.
import { CODES, type Code, type Finding, type Params } from './codes';
import { viNumber } from './files';

const q = (s: string | undefined) => `“${s ?? ''}”`;
const ENCODING_NAMES: Record<string, string> = { tcvn3: 'TCVN3 (ABC, phông .VnTime)', vni: 'VNI' };

/** Everything the officer typed on a row, in a few words: “Triển khai: Hiệu quả; Cấp công nhận: Tỉnh”. */
const officerText = (o: Record<string, string>) =>
  Object.entries(o)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');
const dmy = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return d && m && y ? `${d}/${m}/${y}` : iso;
};

const MESSAGES: { [C in Code]: (p: Params[C]) => string } = {
  HEADER_NOT_FOUND: () =>
    'Không tìm thấy dòng tiêu đề của bảng (STT, Tên tập thể hoặc cá nhân, Tên mô hình, Lĩnh vực…) trong 30 dòng đầu. Hãy dùng đúng biểu mẫu danh sách đăng ký.',
  COLUMN_MISSING: (p) => `Thiếu cột ${q(p.column)} trong bảng.`,
  MISSING_NAME: () => 'Chưa ghi tên tập thể hoặc cá nhân xây dựng mô hình.',
  MISSING_MODEL_NAME: () => 'Chưa ghi tên mô hình hoặc điển hình.',
  MISSING_VALUE: (p) => `Chưa ghi ${q(p.column)} (bắt buộc).`,
  REG_TYPE_NONE: () => 'Chưa đánh dấu hình thức đăng ký: “Tiếp tục đăng ký” hoặc “Đăng ký xây dựng mới”.',
  REG_TYPE_BOTH: () => 'Đánh dấu cả “Tiếp tục đăng ký” và “Đăng ký xây dựng mới”; chỉ chọn một.',
  FIELD_NONE: () => 'Chưa đánh dấu lĩnh vực của mô hình.',
  FIELD_MULTIPLE: (p) => `Đánh dấu nhiều lĩnh vực (${p.fields.join(', ')}); mỗi mô hình chỉ thuộc một lĩnh vực.`,
  FIELD_UNKNOWN: (p) => `Lĩnh vực ${q(p.value)} không có trong đợt này; các lĩnh vực hợp lệ: ${p.fields.join(', ')}.`,
  INVALID_MARK: (p) =>
    `Ô cột ${q(p.column)} ghi ${q(p.value)}, không phải dấu đánh (x, ✓ hoặc ô tích). Đã tạm coi là có đánh dấu; hãy kiểm tra lại.`,
  DUPLICATE_MODEL: (p) => `Trùng mô hình đã ghi ở dòng ${p.otherRow} (cùng tập thể/cá nhân và cùng tên mô hình).`,
  QUOTA_UNDER: (p) => `Đơn vị đăng ký ${p.count} mô hình, ít hơn chỉ tiêu tối thiểu ${p.min} mô hình của ${p.unitType ?? 'loại đơn vị này'}.`,
  QUOTA_OVER: (p) => `Đơn vị đăng ký ${p.count} mô hình, vượt chỉ tiêu tối đa ${p.max} mô hình của ${p.unitType ?? 'loại đơn vị này'}.`,
  UNKNOWN_UNIT: (p) =>
    p.unit
      ? `Đơn vị ${q(p.unit)} không có trong danh sách đơn vị của đợt này${p.unitType ? ` (nhận là ${p.unitType})` : ''}.`
      : 'Không xác định được đơn vị gửi danh sách: hãy ghi tên đơn vị ở dòng đầu, phía trên bảng.',
  UNIT_INACTIVE: (p) => `Đơn vị ${q(p.unit)} không còn hoặc chưa hoạt động vào ngày ${dmy(p.date)}.`,
  UNIT_ABOLISHED: (p) =>
    `Đơn vị ${q(p.unit)} đã thôi hoạt động sau ngày ${dmy(p.validTo)}${p.listDate ? ` (danh sách ghi ngày ${dmy(p.listDate)})` : ` (ngày xét là ${dmy(p.date)})`}; ` +
    (p.attributed
      ? `danh sách được tính cho đơn vị thay thế ${q(p.successor)}.`
      : `đơn vị thay thế là ${q(p.successor)}. Danh sách vẫn được tính cho ${q(p.unit)}; nếu đây là danh sách của ${q(p.successor)}, đánh dấu cột “Tính danh sách cho đơn vị thay thế” ở dòng ${q(p.unit)} trong cấu hình (successorTakesLists).`),
  LEGACY_ENCODING: (p) =>
    `Ô này gõ bằng bảng mã cũ ${ENCODING_NAMES[p.encoding] ?? p.encoding}; nội dung chuyển sang Unicode là ${q(p.converted)}. Hãy gõ lại bằng Unicode.`,
  NO_MODELS: () => 'Danh sách chưa có mô hình nào.',
  INVALID_CHARACTER: (p) =>
    `Ô này có ký tự điều khiển không in được (${p.characters.join(', ')}); đã bỏ các ký tự đó khi đọc. Hãy xóa chúng trong tệp gốc.`,
  VALUE_TOO_LONG: (p) => `Nội dung ô dài ${viNumber(p.length)} ký tự, quá 32.767 ký tự một ô bảng tính chứa được; phần sau đã bị cắt.`,
  SOURCE_UNREADABLE: (p) => p.reason,
  SOURCE_SKIPPED: (p) => p.reason,
  SOURCE_NO_LIST: () => 'Tệp không có trang tính nào chứa danh sách đăng ký hoặc bảng tổng hợp.',
  LIST_SUPERSEDED: (p) => `Đơn vị đã gửi bản sau (${p.file}${p.sheet ? `, trang “${p.sheet}”` : ''}); bản này không được tính.`,
  LIST_LATE: (p) => `Danh sách ghi ngày ${dmy(p.date)}, sau hạn nộp ${dmy(p.deadline)}.`,
  UNIT_MISSING: (p) => `Đơn vị ${q(p.unit)} chưa nộp danh sách.`,
  CONTINUE_NOT_FOUND: (p) =>
    `Mô hình ${q(p.model)} đăng ký “Tiếp tục đăng ký” nhưng không có trong tổng hợp giai đoạn trước (${q(p.file)}) của đơn vị này hay của đơn vị mà đơn vị này thay thế.` +
    (p.otherUnit
      ? ` Giai đoạn trước có mô hình cùng tên của ${q(p.otherUnit)}: nếu đơn vị này thay thế ${q(p.otherUnit)}, ghi tên đơn vị này ở cột “Đơn vị thay thế” của ${q(p.otherUnit)} trong cấu hình (thêm ${q(p.otherUnit)} vào danh sách đơn vị nếu chưa có).`
      : p.similar
        ? ` Giai đoạn trước đơn vị có mô hình gần giống: ${q(p.similar)}; nếu là cùng một mô hình, hãy ghi đúng tên đã đăng ký.`
        : ' Nếu đây là mô hình mới, hãy đánh dấu “Đăng ký xây dựng mới”.'),
  PREVIOUS_NOT_CONTINUED: (p) =>
    `Mô hình ${q(p.model)} của ${q(p.collective)} (${q(p.unit)}) đã được công nhận (${p.level}) ở giai đoạn trước nhưng chưa có danh sách nào đăng ký tiếp tục trong giai đoạn này.`,
  DUPLICATE_MODEL_ACROSS: (p) => `Mô hình này cũng do ${q(p.unit)} đăng ký (${p.file}${p.row ? `, dòng ${p.row}` : ''}).`,
  MODEL_DROPPED: (p) =>
    `Mô hình ${q(p.model)} của ${q(p.collective)} có trong bảng tổng hợp trước nhưng không còn trong danh sách mới của đơn vị` +
    (Object.keys(p.officer).length ? `; dữ liệu cán bộ đã nhập: ${officerText(p.officer)}` : '') +
    '.',
  MODEL_RENAMED: (p) =>
    `Mô hình có thể đã đổi tên (trước là ${q(p.previousModel)}); dữ liệu cán bộ đã nhập được giữ lại cho mô hình này` +
    (Object.keys(p.officer).length ? ` (${officerText(p.officer)})` : '') +
    '. Hãy kiểm tra.',
  MODEL_RENAME_AMBIGUOUS: (p) =>
    `Mô hình ${q(p.model)} của ${q(p.collective)} trong bảng tổng hợp trước giống ngang nhau với nhiều mô hình mới ` +
    `(${p.candidates.map((c) => `“${c.model}”${c.row ? ` (dòng ${c.row})` : ''}`).join(', ')}); ` +
    'không chuyển dữ liệu cán bộ đã nhập sang mô hình nào' +
    (Object.keys(p.officer).length ? ` (dữ liệu đó: ${officerText(p.officer)})` : '') +
    '. Hãy nhập lại cho đúng mô hình.',
  MASTER_ROW_DROPPED: (p) =>
    `Dòng này của bảng tổng hợp trước không phải một mô hình (không có đơn vị và tên mô hình) nên không được chép sang bảng mới; nội dung: ${p.text}.`,
  OFFICER_EDIT_KEPT: (p) =>
    `Cột ${q(p.column)}: cán bộ đã sửa thành ${q(p.officer)}, danh sách của đơn vị ghi ${q(p.list)}; giữ giá trị cán bộ đã sửa cho đến khi đơn vị gửi bản mới của mô hình này.`,
  OFFICER_EDIT_REPLACED: (p) =>
    `Cột ${q(p.column)}: đơn vị đã gửi bản mới ghi ${q(p.list)}, thay cho giá trị cán bộ đã sửa trước đây ${q(p.officer)}.`,
  FORM_IN_PROGRESS: (p) =>
    `Đơn vị đang điền biểu mẫu (${p.rows} mô hình) nhưng chưa tích “Đã hoàn thành, gửi cấp trên”; danh sách này chưa được tính vào tổng hợp.`,
  RESPONSE_REPLACED: (p) =>
    `Đơn vị đã gửi lại mô hình cùng tên ở dòng ${p.otherRow}; câu trả lời này được thay bằng câu trả lời gửi sau và không được tính.`,
};

/** Codes whose parameters may be left out (they have none). */
type NoParams = { [C in Code]: Params[C] extends Record<string, never> ? C : never }[Code];

/** A finding with its message, typed by its code: the parameters are those the code declares, kept on the finding. */
export function makeFinding<C extends NoParams>(code: C, row: number | null, column: string | null): Finding;
export function makeFinding<C extends Code>(code: C, row: number | null, column: string | null, params: Params[C]): Finding;
export function makeFinding<C extends Code>(code: C, row: number | null, column: string | null, params = {} as Params[C]): Finding {
  return { code, severity: CODES[code], row, column, message: MESSAGES[code](params), params } as Finding;
}

/** “Dòng 12, ô C12” style location, for the CLI, notes and the results sheet. */
export function locationText(f: Pick<Finding, 'row' | 'column'>): string {
  if (f.row === null) return 'Toàn danh sách';
  return f.column ? `Dòng ${f.row}, ô ${f.column}${f.row}` : `Dòng ${f.row}`;
}

export const SEVERITY_LABEL = { error: 'Lỗi', warning: 'Cảnh báo' } as const;

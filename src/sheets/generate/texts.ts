// Every Vietnamese word of “Soạn văn bản” (menuGenerate) on the server side: titles, problems, the summary.
import { BUILTIN_TEMPLATES } from '../../domain/document/templates';
import { bulletList } from '../texts';

export const GEN_TEXT = {
  dialogTitle: 'Soạn văn bản',
  metaProblem: (label: string, key: string, message: string) => `${label} (${key}): ${message}`,
  metaSheetProblem: (message: string) => `Trang “Văn bản”: ${message}`,
  badMeta: (problems: string[]) =>
    `Thông tin văn bản có ${problems.length} chỗ chưa đúng, chưa tạo văn bản nào (các giá trị vừa nhập đã được ghi nhớ ở trang “Văn bản”):\n` +
    bulletList(problems, 20),
  noFolder: 'Hãy dán đường liên kết (hoặc mã) thư mục Google Drive để lưu văn bản.',
  badFolder: (input: string) =>
    `“${input}” không phải đường liên kết hay mã thư mục Google Drive. Hãy mở thư mục trên Drive, bấm “Chia sẻ” → “Sao chép đường liên kết” rồi dán vào đây.`,
  folderNotOpened: (id: string, detail: string) =>
    `Không mở được thư mục Google Drive có mã “${id}” (${detail}). Kiểm tra lại đường liên kết và quyền sửa thư mục của tài khoản đang dùng.`,
  noTemplateFile: 'Hãy dán đường liên kết (hoặc mã) tệp mẫu .docx trên Google Drive, hoặc chọn một mẫu có sẵn.',
  badTemplateLink: (input: string) =>
    `“${input}” không phải mẫu có sẵn, cũng không phải đường liên kết hay mã tệp Google Drive. Mẫu có sẵn: ${Object.keys(BUILTIN_TEMPLATES).join(', ')}.`,
  templateNotOpened: (id: string, detail: string) =>
    `Không mở được tệp mẫu trên Google Drive có mã “${id}” (${detail}). Kiểm tra lại đường liên kết và quyền xem tệp.`,
  templateIsGoogleDoc: (name: string) =>
    `“${name}” là tệp Google Tài liệu, không phải tệp Word .docx. Hãy mở tệp, chọn Tệp → Tải xuống → Microsoft Word (.docx), ` +
    'tải tệp .docx đó lên Drive rồi dán đường liên kết của nó.',
  templateProblems: (name: string, problems: string[]) =>
    `Mẫu “${name}” có ${problems.length} lỗi, chưa ghi tệp nào lên Drive:\n` + bulletList(problems, 30),
  noMaster: (name: string) =>
    `Không có trang “${name}” do công cụ tạo ra. Hãy chạy “Tổng hợp danh sách” trước, hoặc chọn dữ liệu “các danh sách trong các trang tính”.`,
  masterUnreadable: (name: string) => `Trang “${name}” không phải bảng tổng hợp của công cụ (không thấy dòng tiêu đề).`,
  noLists: 'Các trang tính của tệp này không có danh sách đăng ký nào.',
  noModels: 'Không có mô hình nào để soạn “mỗi mô hình một văn bản”.',
  tooMany: (done: number, total: number) =>
    `Quá nhiều văn bản cho một lần chạy: sau 4,5 phút mới soạn được ${done}/${total} văn bản (Apps Script dừng mỗi lần chạy sau 6 phút), chưa ghi tệp nào. ` +
    'Hãy soạn bằng lệnh “dvk generate --each” trên máy tính, hoặc chia danh sách thành nhiều phần.',
  noDriveService:
    'Chưa bật dịch vụ nâng cao “Drive API” của Apps Script (cần để lưu bản Google Tài liệu và PDF). ' +
    'Người phụ trách công cụ cần bật nó (appsscript.json, enabledAdvancedServices) rồi triển khai lại.',
  conversionFailed: (what: string, detail: string) => `Không tạo được ${what} (${detail}); tệp .docx vẫn đã được lưu.`,
  dataLabel: { master: (name: string) => `trang “${name}”`, tabs: 'các trang tính của tệp này', none: 'không dùng danh sách' },
  /** `description`: what the run made (runDocument), e.g. “Danh sách (5 mô hình)”. */
  summary: (o: { description: string; data: string; folder: string; files: number }) =>
    `Đã soạn ${o.description}; dữ liệu: ${o.data}. Đã lưu ${o.files} tệp vào thư mục “${o.folder}”.`,
  warningsTitle: (n: number) => `${n} cảnh báo (thẻ không có dữ liệu được để trống):`,
  fileName: { each: 'mỗi mô hình một văn bản', number: (so: string) => `số ${so}`, date: (d: string) => `ngày ${d}` },
} as const;

/** What a run says when Apps Script's 6 minutes run short (server only: kept apart so the dialog does not bundle it). */
export const TIME_TEXT = {
  outOfTime: (used: string) =>
    `Lần chạy này đã dùng ${used} để đọc dữ liệu và mẫu văn bản, không còn đủ thời gian soạn văn bản trước giới hạn 6 phút của Apps Script; ` +
    'chưa ghi tệp nào. Hãy thử lại sau ít phút (Google Drive hoặc Apps Script có thể đang chậm).',
  noTimeForDoc: (used: string) =>
    `Chưa tạo bản Google Tài liệu: lần chạy này đã dùng ${used}, không còn đủ thời gian trước giới hạn 6 phút của Apps Script. ` +
    'Tệp .docx đã được lưu; để có bản Google Tài liệu, hãy mở tệp đó trên Google Drive và chọn “Mở bằng” → “Google Tài liệu”.',
  noTimeForPdf: (used: string, docMade: boolean) =>
    `Chưa tạo bản PDF: lần chạy này đã dùng ${used}, không còn đủ thời gian trước giới hạn 6 phút của Apps Script. ` +
    (docMade
      ? 'Để có bản PDF, hãy mở bản Google Tài liệu vừa tạo và chọn “Tệp” → “Tải xuống” → “Tài liệu PDF (.pdf)”.'
      : 'Tệp .docx đã được lưu; để có bản PDF, hãy mở tệp đó bằng Google Tài liệu rồi chọn “Tệp” → “Tải xuống” → “Tài liệu PDF (.pdf)”.'),
} as const;

/** “Kiểm tra thể thức văn bản” (menuCheckFormat): a .docx on Drive checked against its rule pack. */
export const FORMAT_TEXT = {
  menu: 'Kiểm tra thể thức văn bản',
  title: 'Kiểm tra thể thức văn bản',
  ask: 'Dán đường liên kết (hoặc mã) tệp Word .docx trên Google Drive cần kiểm tra thể thức (Nghị định 30/2020 hoặc Hướng dẫn 36-HD/VPTW):',
  noLink: 'Chưa dán đường liên kết tệp .docx nào: chưa kiểm tra.',
  badLink: (input: string) =>
    `“${input}” không phải đường liên kết hay mã tệp Google Drive. Hãy mở tệp trên Drive, bấm “Chia sẻ” → “Sao chép đường liên kết” rồi dán vào đây.`,
  notOpened: (id: string, detail: string) => `Không mở được tệp trên Google Drive có mã “${id}” (${detail}). Kiểm tra lại đường liên kết và quyền xem tệp.`,
  isGoogleDoc: (name: string) =>
    `“${name}” là tệp Google Tài liệu, không phải tệp Word .docx. Hãy mở tệp, chọn Tệp → Tải xuống → Microsoft Word (.docx), ` +
    'tải tệp .docx đó lên Drive rồi dán đường liên kết của nó.',
  unreadable: (name: string, problems: string[]) => `Không kiểm tra được “${name}”:\n${bulletList(problems, 10)}`,
  heading: (name: string, pack: string, guessed: boolean) => `“${name}” — kiểm tra theo ${pack}${guessed ? ' (nhận ra từ phần đầu văn bản)' : ''}.`,
  none: 'Không thấy chỗ nào sai thể thức.',
  some: (n: number, fixable: number) =>
    `Có ${n} chỗ chưa đúng thể thức${fixable ? `; ${fixable} chỗ sửa tự động được bằng lệnh “dvk check-format --fix” trên máy tính` : ''}:`,
  fixable: 'sửa tự động được',
  source: 'Theo',
} as const;

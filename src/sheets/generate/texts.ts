// Every Vietnamese word of “Soạn văn bản” (menuGenerate) on the server side: titles, problems, the summary.
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
    `“${input}” không phải mẫu có sẵn, cũng không phải đường liên kết hay mã tệp Google Drive. Mẫu có sẵn: ke-hoach, huong-dan, danh-sach, bao-cao, quyet-dinh.`,
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
  summary: (o: { typeName: string; models: number; each: boolean; data: string; folder: string; files: number }) =>
    `Đã soạn ${o.typeName}${o.each ? `: ${o.models} văn bản, mỗi mô hình một văn bản, gộp trong một tệp in` : ` (${o.models} mô hình)`}; ` +
    `dữ liệu: ${o.data}. Đã lưu ${o.files} tệp vào thư mục “${o.folder}”.`,
  warningsTitle: (n: number) => `${n} cảnh báo (thẻ không có dữ liệu được để trống):`,
  fileName: { each: 'mỗi mô hình một văn bản', number: (so: string) => `số ${so}`, date: (d: string) => `ngày ${d}` },
} as const;

// Every Vietnamese word the add-in shows: menu, alerts, sheet names and headers.
export const TEXT = {
  appName: 'Dân vận khéo',
  menuSetup: 'Thiết lập biểu mẫu',
  menuValidate: 'Kiểm tra danh sách',
  menuAggregate: 'Tổng hợp danh sách',
  menuResults: 'Xem kết quả kiểm tra',
  menuReturn: 'Trả lại danh sách',
  menuGenerate: 'Soạn văn bản',
  /** Help of the dropdowns on the officer's columns of the result sheets. */
  dropdownHelp: (values: readonly string[]) => `Chọn một trong: ${values.join('; ')}.`,
  dateHelp: 'Nhập một ngày, ví dụ 15/09/2021 (bấm đúp để chọn trên lịch).',

  registrationSheet: 'Danh sách đăng ký',
  resultsSheet: 'Kết quả kiểm tra',
  marksSheet: 'Dân vận khéo (dữ liệu, không sửa)',
  jobSheet: 'Dân vận khéo (tổng hợp tạm, không sửa)',
  jobTitle: 'Dữ liệu tạm của công cụ “Dân vận khéo” trong khi tổng hợp danh sách. Không sửa, không xóa.',
  /** Suffix of an output sheet while it is being written, before it replaces the previous one. */
  writingSuffix: ' (đang ghi)',

  aggregateDialogTitle: 'Tổng hợp danh sách đăng ký',
  sourceTabs: 'các trang tính trong tệp này',
  sourceFolder: (name: string) => `thư mục “${name}” trên Google Drive`,
  noTabs:
    'Tệp này không có trang tính nào khác để tổng hợp (đã bỏ qua trang “Cấu hình”, các trang kết quả của công cụ và các trang ẩn).',
  badFolder: (input: string) =>
    `“${input}” không phải đường liên kết hay mã thư mục Google Drive. Hãy mở thư mục trên Drive, bấm “Chia sẻ” → “Sao chép đường liên kết” ` +
    '(dạng https://drive.google.com/drive/folders/…) rồi dán vào đây.',
  folderNotOpened: (id: string, detail: string) =>
    `Không mở được thư mục Google Drive có mã “${id}” (${detail}). Kiểm tra lại đường liên kết và quyền xem thư mục của tài khoản đang dùng.`,
  folderEmpty: (name: string) => `Thư mục “${name}” không có tệp Google Sheets hay tệp Excel .xlsx nào.`,
  folderNothingToRead: (name: string, reasons: string[]) =>
    `Thư mục “${name}” không có tệp Google Sheets hay tệp Excel .xlsx nào để tổng hợp; ${reasons.length} mục trong thư mục không đọc:\n` +
    bulletList(reasons, 15),
  /** Items of a Drive folder that are not read (files by their name: skipReason in src/domain/files.ts). */
  googleFileSkipped: (name: string, kind: string) => `${name}: là tệp ${kind}, không phải bảng tính, không đọc.`,
  shortcutToFolder: (name: string) =>
    `${name}: là lối tắt tới một thư mục, không đọc các tệp bên trong. Nếu cần, hãy chọn riêng thư mục đó.`,
  shortcutBroken: (name: string) => `${name}: là lối tắt không còn trỏ tới tệp nào, không đọc.`,
  badPhase: (input: string) =>
    `“${input}” không phải tên một trang tính trong tệp này, cũng không phải đường liên kết tệp trên Google Drive. Hãy nhập tên trang chứa bảng tổng hợp giai đoạn trước, hoặc dán đường liên kết của tệp đó.`,
  phaseNotOpened: (id: string, why: string) => `Không mở được tệp tổng hợp giai đoạn trước (mã ${id}): ${why}`,
  phaseNotWorkbook: (name: string) => `${name}: không phải Google Sheets hay tệp Excel .xlsx; bảng tổng hợp giai đoạn trước phải là một trong hai.`,
  phaseIsSelf: (name: string) => `${name}: là chính bảng tính đang tổng hợp; hãy nhập tên trang chứa bảng tổng hợp giai đoạn trước.`,
  selfSkipped: (name: string) => `${name}: là chính bảng tính đang tổng hợp, không đọc lại.`,
  jobGone:
    'Không còn dữ liệu tạm của lần tổng hợp này (có thể đã bắt đầu một lần tổng hợp khác, hoặc trang dữ liệu tạm đã bị xóa). Hãy bắt đầu lại.',
  tabGone: (name: string) => `Trang “${name}” không còn trong tệp (đã bị xóa hoặc đổi sau khi bắt đầu tổng hợp).`,
  fileNotOpened: (name: string, detail: string) => `${name}: không mở được tệp (${detail}). Kiểm tra quyền xem tệp của tài khoản đang dùng.`,
  noListIn: 'không có danh sách đăng ký',
  formBlank: 'biểu mẫu chưa điền: đơn vị chưa nộp',
  formFilling: (n: number) => `đang điền (${n} mô hình), chưa tích “Đã hoàn thành”: chưa tính`,
  nothingUsable: (reasons: string[]) => `Không có danh sách nào dùng được, chưa ghi kết quả:\n${bulletList(reasons, 15)}`,

  busy: 'Một thao tác khác của Dân vận khéo đang chạy trong tệp này; hãy đợi xong rồi thử lại.',
  unexpected: (detail: string) =>
    'Đã xảy ra lỗi ngoài dự kiến, thao tác chưa hoàn tất. Dữ liệu trong bảng tính không bị thay đổi giá trị.\n\n' +
    'Vui lòng báo cho người phụ trách công cụ, kèm thời điểm, thao tác vừa chọn và nội dung lỗi sau:\n' +
    detail,
  notAList: (name: string) =>
    `Trang “${name}” do công cụ tạo ra, không phải danh sách đăng ký. Hãy mở trang danh sách cần kiểm tra rồi chọn lại “Kiểm tra danh sách”.`,
  badConfig: (sheet: string, problems: string[]) =>
    `Trang “${sheet}” có ${problems.length} chỗ chưa đúng, cần sửa trước khi tiếp tục:\n\n` + bulletList(problems, 15),
  setupDone: (config: { created: boolean; name: string }, list: string) =>
    (config.created
      ? `Đã tạo trang “${config.name}” theo mẫu mặc định (Hướng dẫn 29/HD-LĐLĐ tỉnh Ninh Bình); đồng chí có thể sửa lĩnh vực, đơn vị, chỉ tiêu và hạn nộp tại đó.\n\n`
      : `Đã dùng trang “${config.name}” có sẵn.\n\n`) +
    `Đã tạo trang “${list}” theo mẫu danh sách đăng ký: các đơn vị điền từ dòng 7, đánh dấu bằng ô tích. ` +
    'Dòng tiêu đề được bảo vệ (chỉ cảnh báo khi sửa).\n\nThay dòng 1 bằng tên đơn vị, rồi chọn “Kiểm tra danh sách” để kiểm tra.',
  defaultConfigUsed: (sheet: string) => `Chưa có trang “${sheet}”: đã dùng cấu hình mặc định (Hướng dẫn 29/HD-LĐLĐ tỉnh Ninh Bình).`,

  severity: { error: 'Lỗi', warning: 'Cảnh báo' } as const,
  /** A checkbox cell's value, as the sidebar shows it. */
  checkbox: { true: 'đã tích', false: 'chưa tích' },
  resultsTitle: 'KẾT QUẢ KIỂM TRA DANH SÁCH ĐĂNG KÝ “DÂN VẬN KHÉO”',
  resultsHeader: ['Dòng', 'Ô', 'Mức độ', 'Mã', 'Nội dung', 'Giá trị trong ô'],
  resultsNone: 'Không phát hiện lỗi hay cảnh báo nào.',
  resultsSubtitle: (sheet: string, models: number, errors: number, warnings: number, at: string) =>
    `Trang “${sheet}”: ${models} mô hình, ${errors} lỗi, ${warnings} cảnh báo (kiểm tra lúc ${at}).`,

  marksTitle: 'Dữ liệu nội bộ của công cụ “Dân vận khéo”: ghi nhớ các ô đã tô màu để xóa ở lần kiểm tra sau. Không sửa, không xóa.',
  marksHeader: ['Mã trang tính', 'Ô', 'Màu nền gốc', 'Màu đã tô'],

  sheetGone: 'Trang tính này không còn trong tệp (có thể đã bị xóa). Bấm “Kiểm tra lại” để kiểm tra trang đang mở.',
  badCellRef: (a1: string) => `“${a1}” không phải địa chỉ một ô (ví dụ: D8).`,

} as const;

export function bulletList(items: string[], max: number): string {
  const shown = items.slice(0, max).map((s) => `• ${s}`);
  if (items.length > max) shown.push(`… và ${items.length - max} mục khác.`);
  return shown.join('\n');
}

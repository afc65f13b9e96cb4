// Every Vietnamese word of the collection menus: sending a form to each unit, the Google Form, reminders.
import { bulletList } from '../texts';

export const COLLECT_TEXT = {
  menuDistribute: 'Gửi biểu mẫu cho đơn vị',
  menuForm: 'Tạo Google Form đăng ký',
  menuRemind: 'Nhắc đơn vị',
  distributeTitle: 'Gửi biểu mẫu cho đơn vị',
  remindTitle: 'Nhắc đơn vị',

  recordSheet: 'Phát biểu mẫu',
  recordTitle: 'PHÁT BIỂU MẪU CHO CÁC ĐƠN VỊ “DÂN VẬN KHÉO”',
  recordHint: 'Mỗi đơn vị một biểu mẫu (Google Sheets) trên Drive, do công cụ tạo và chia sẻ. Có thể ghi thêm cột của đồng chí ở bên phải.',
  recordHead: ['STT', 'Đơn vị', 'Đường liên kết', 'Đã chia sẻ với', 'Thời điểm', 'Ghi chú', 'Mã tệp'],
  storeSheet: 'Dân vận khéo (thu thập, không sửa)',
  storeTitle: 'Dữ liệu tạm của công cụ “Dân vận khéo” khi phát biểu mẫu và tạo Google Form. Không sửa, không xóa.',

  fileName: (campaign: string, unit: string) => `${campaign} – ${unit}`,
  templateName: 'Dân vận khéo – mẫu tạm để phát biểu mẫu (công cụ tự chuyển vào thùng rác)',
  protection: 'Biểu mẫu “Dân vận khéo”: đơn vị chỉ điền vào vùng dữ liệu và ô “Đã hoàn thành”.',
  markerProtection: 'Mã biểu mẫu “Dân vận khéo”: không sửa.',
  shareMessage: (unit: string, campaign: string, deadline: string | null) =>
    `Kính gửi ${unit},\n\nĐây là biểu mẫu đăng ký mô hình “Dân vận khéo” của đơn vị (${campaign}). ` +
    'Đề nghị đơn vị điền mỗi mô hình một dòng, điền xong thì tích ô “Đã hoàn thành, gửi cấp trên”' +
    (deadline ? `, trước ngày ${deadline}.` : '.') +
    '\nĐơn vị không cần gửi lại tệp: cấp trên xem trực tiếp trên biểu mẫu này.',

  noUnits: 'Trang “Cấu hình” chưa có đơn vị nào (bảng “ĐƠN VỊ”): chưa có ai để gửi biểu mẫu.',
  noneChosen: 'Chưa chọn đơn vị nào.',
  unknownUnits: (names: string[]) => `Không có trong trang “Cấu hình”: ${names.join('; ')}. Hãy mở lại hộp thoại.`,
  needDrive:
    'Cần bật dịch vụ nâng cao Drive API (v3) của dự án Apps Script để chia sẻ biểu mẫu kèm lời nhắn tiếng Việt; chưa làm gì.',
  jobGone: 'Không còn dữ liệu của lần gửi biểu mẫu này (có thể đã bắt đầu lần khác). Hãy mở lại hộp thoại.',
  folderLabel: (name: string) => `thư mục “${name}”`,
  created: 'đã tạo',
  reused: 'đã có, dùng lại',
  noEmail: 'chưa có địa chỉ thư trong “Cấu hình”, chưa chia sẻ',
  shareFailed: (emails: string, detail: string) => `chưa chia sẻ được với ${emails} (${detail})`,
  unshared: (emails: string) => `đã thôi chia sẻ với ${emails} (không còn trong “Cấu hình”)`,
  shared: (emails: string) => `đã chia sẻ với ${emails}`,
  failed: (detail: string) => `chưa tạo được biểu mẫu (${detail}); chạy lại để thử tiếp`,
  distributeDone: (o: { created: number; reused: number; shared: number; folder: string; noEmail: string[]; failed: string[]; record: string }) =>
    [
      `Biểu mẫu ở ${o.folder}: tạo mới ${o.created}, đã có ${o.reused}; chia sẻ thêm với ${o.shared} địa chỉ.`,
      ...(o.noEmail.length ? [`Chưa có địa chỉ thư nên chưa chia sẻ (gửi đường liên kết qua Zalo):\n${bulletList(o.noEmail, 10)}`] : []),
      ...(o.failed.length ? [`Chưa xong (chạy lại để thử tiếp):\n${bulletList(o.failed, 10)}`] : []),
      `Đường liên kết từng biểu mẫu ở trang “${o.record}”. Khi tổng hợp, chọn thư mục này làm nguồn.`,
    ].join('\n'),

  formDone: (o: { created: boolean; url: string; sheet: string; ignored: string[] }) =>
    (o.created ? 'Đã tạo Google Form đăng ký mô hình.' : 'Đã cập nhật Google Form theo trang “Cấu hình” (các lựa chọn đơn vị, lĩnh vực, các cột).') +
    `\n\nĐường liên kết gửi các đơn vị (qua Zalo, thư điện tử): ${o.url}\n\nCâu trả lời ghi vào trang “${o.sheet}”, là một nguồn khi “Tổng hợp danh sách”.` +
    (o.ignored.length ? `\n\nCâu hỏi không còn trong “Cấu hình” (chưa xóa, để giữ câu trả lời đã có; xóa trong Google Form nếu muốn): ${o.ignored.join('; ')}.` : ''),
  formGone: 'Google Form đã tạo trước đây không còn mở được (đã xóa hoặc không còn quyền): đã tạo Google Form mới.',

  noBoard: 'Chưa có trang “Tình trạng nộp”: hãy chạy “Tổng hợp danh sách” trước để biết đơn vị nào chưa nộp, đang điền hay cần sửa.',
  oldBoard: 'Trang “Tình trạng nộp” được tạo trước khi có cột “Nhắc nộp”: hãy chạy lại “Tổng hợp danh sách” rồi nhắc.',
  noSteps: 'Trang “Cấu hình” chưa có hạn nộp hay mốc thời hạn nào: không biết nhắc hạn nào.',
  badStep: (key: string) => `Không có mốc “${key}” trong trang “Cấu hình”.`,
  remindSent: (o: { sent: number; left: string[]; noAddress: string[]; quota: number }) =>
    [
      `Đã gửi ${o.sent} thư nhắc; ghi vào cột “Nhắc nộp” của trang “Tình trạng nộp”.`,
      ...(o.left.length
        ? [`Hết hạn mức gửi thư hôm nay (còn ${o.quota} người nhận): còn ${o.left.length} thư chưa gửi, hãy gửi tiếp vào ngày mai:\n${bulletList(o.left, 10)}`]
        : []),
      ...(o.noAddress.length ? [`Chưa có địa chỉ thư (gửi qua Zalo hoặc điện thoại):\n${bulletList(o.noAddress, 10)}`] : []),
    ].join('\n'),

  returnConfirm: (unit: string, to: string[]) =>
    `Trả lại biểu mẫu cho ${unit}: tô màu và ghi chú các ô cần sửa ngay trong biểu mẫu của đơn vị (không đổi giá trị nào), ` +
    `bỏ tích ô “Đã hoàn thành” và ${to.length ? `gửi thư tới ${to.join(', ')}` : 'hiện lời nhắn để đồng chí gửi (đơn vị chưa có địa chỉ thư)'}. Tiếp tục?`,
  returnNoForm: (unit: string) =>
    `Đơn vị “${unit}” chưa có biểu mẫu trên Drive (trang “Phát biểu mẫu”). Để trả lại một danh sách trong bảng tính này, hãy mở trang danh sách đó rồi chọn lại.`,
  returnNoRow: 'Hãy chọn một dòng đơn vị trên trang này (ô bất kỳ của dòng) rồi chọn lại “Trả lại danh sách”.',
  returnFormGone: (unit: string, detail: string) => `Không mở được biểu mẫu của “${unit}” (${detail}).`,
  returnMailed: (to: string[]) => `Đã gửi thư tới ${to.join(', ')}.`,
  returnNoQuota: (n: number) => `Chưa gửi thư: hạn mức gửi thư hôm nay chỉ còn ${n} người nhận. Hãy sao chép lời nhắn dưới đây để gửi.`,
  returnSubject: (unit: string) => `[Dân vận khéo] Trả lại danh sách đăng ký mô hình – ${unit}`,
  returnSummary: (unit: string, errors: number, warnings: number, mailed: string) =>
    `Biểu mẫu của ${unit}: ${errors} lỗi, ${warnings} cảnh báo đã được tô màu và ghi chú; đã bỏ tích “Đã hoàn thành”. ${mailed}`,
} as const;

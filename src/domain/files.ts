// Which files of a folder are read as workbooks, and the words for every file that is not read or cannot be read:
// one place for both adapters (the CLI on disk, the add-in on a Drive folder), so the officer reads the same
// sentence wherever the file came from.

/** Why a workbook could not be read. */
export type FileProblem =
  | 'missing'
  | 'folder'
  | 'empty'
  /** An OLE compound file: a password-protected .xlsx or an Excel 97–2003 .xls. */
  | 'cfb'
  | 'not-xlsx'
  | 'truncated'
  | 'corrupt'
  | 'encrypted'
  | 'too-large'
  | 'too-many-rows'
  | 'too-many-cells'
  | 'too-many-merges'
  | 'merge-too-large'
  | 'unreadable-name';

/** Extensions read as workbooks (an .xlsm or a template is the same format as an .xlsx). */
export const WORKBOOK_NAME = /\.(xlsx|xlsm|xltx|xltm)$/i;

/** Names skipped without a word: hidden files and Excel's `~$` lock files. Every other file not read is named. */
export function isSilentSkip(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
}

const OTHER_SPREADSHEETS: Record<string, string> = {
  xls: 'là định dạng Excel cũ (.xls), công cụ chưa đọc được. Hãy mở bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx (Excel Workbook).',
  xlsb: 'là định dạng Excel nhị phân (.xlsb), công cụ chưa đọc được. Hãy mở bằng Excel và lưu lại dạng .xlsx.',
  ods: 'là bảng tính OpenDocument (.ods), công cụ chưa đọc được. Hãy mở bằng LibreOffice hoặc Excel và lưu lại dạng .xlsx.',
  csv: 'là tệp văn bản CSV, không giữ được dòng tiêu đề và ô gộp của biểu mẫu. Hãy xin đơn vị gửi tệp .xlsx.',
  numbers: 'là bảng tính Apple Numbers, công cụ chưa đọc được. Hãy xuất ra dạng .xlsx.',
};

/**
 * Why a file found in a folder is not read, from its name alone; null when it is read as a workbook (or skipped
 * silently, see isSilentSkip). A shortcut or a Google Sheets file is decided by the adapter, not here.
 */
export function skipReason(name: string): string | null {
  if (isSilentSkip(name) || WORKBOOK_NAME.test(name)) return null;
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  const why = OTHER_SPREADSHEETS[ext] ?? (ext ? `không phải tệp bảng tính (.${ext}), không đọc.` : 'không có đuôi tệp .xlsx nên không đọc; nếu là danh sách, hãy đổi tên thêm đuôi .xlsx.');
  return `${name}: ${why}`;
}

/** A sub-folder inside a folder given as input: named, not read (only the folder's own files are read). */
export const subfolderText = (name: string) => `${name}: là thư mục con, không đọc các tệp bên trong. Nếu cần, hãy chọn riêng thư mục này.`;

/** Vietnamese thousands: 1048576 → “1.048.576”. */
export function viNumber(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

const mb = (bytes: number) => `${viNumber(bytes / (1024 * 1024))} MB`;

export interface ProblemDetail {
  /** The sheet concerned, when there is one. */
  sheet?: string | null;
  /** The part of the package concerned (too-large, corrupt). */
  part?: string | null;
  /** The limit passed (too-large: bytes; too-many-*: a count) and what was found, when known. */
  limit?: number;
  found?: number;
  /** Text of the original error, shown in parentheses (never alone). */
  cause?: string;
}

/** The sentence for a workbook that cannot be read, naming the file (and the sheet or part when known). */
export function fileProblemText(file: string, problem: FileProblem, d: ProblemDetail = {}): string {
  const where = d.sheet ? `${file}, trang “${d.sheet}”` : file;
  const cause = d.cause ? ` (${d.cause})` : '';
  switch (problem) {
    case 'missing':
      return `${file}: không tìm thấy tệp.`;
    case 'folder':
      return `${file}: là thư mục, không phải tệp Excel.`;
    case 'empty':
      return `${file}: tệp rỗng (0 byte).`;
    case 'cfb':
      return `${file}: tệp được đặt mật khẩu hoặc là định dạng Excel cũ (.xls). Hãy mở bằng Excel, bỏ mật khẩu và lưu lại dạng .xlsx.`;
    case 'not-xlsx':
      return `${file}: không phải tệp Excel .xlsx (nội dung không đúng định dạng).`;
    case 'truncated':
      return `${file}: tệp .xlsx không trọn vẹn (có thể tải về hoặc sao chép chưa xong). Hãy xin đơn vị gửi lại tệp.`;
    case 'encrypted':
      return `${file}: tệp .xlsx có phần bị mã hóa, không đọc được. Hãy mở bằng Excel, bỏ mật khẩu và lưu lại.`;
    case 'corrupt':
      return `${file}: tệp .xlsx bị hỏng, không đọc được${d.part ? ` (phần “${d.part}”)` : ''}${cause}. Hãy mở thử bằng Excel, lưu lại rồi gửi lại.`;
    case 'too-large':
      return (
        `${file}: tệp quá lớn để đọc an toàn${d.part ? `: phần “${d.part}”` : ''} khi giải nén vượt ${mb(d.limit ?? 0)} ` +
        '(giới hạn của công cụ). Hãy xóa bớt dữ liệu, hình ảnh thừa hoặc tách thành nhiều tệp.'
      );
    case 'too-many-rows':
      return `${where}: có dòng số ${viNumber(d.found ?? 0)}, vượt giới hạn ${viNumber(d.limit ?? 0)} dòng một trang tính. Tệp không đọc được; hãy xóa các dòng thừa ở cuối trang.`;
    case 'too-many-cells':
      return `${where}: có hơn ${viNumber(d.limit ?? 0)} ô có dữ liệu, vượt giới hạn của công cụ. Hãy xóa dữ liệu thừa hoặc tách thành nhiều tệp.`;
    case 'too-many-merges':
      return `${where}: có ${viNumber(d.found ?? 0)} vùng gộp ô (giới hạn ${viNumber(d.limit ?? 0)}). Tệp không đọc được; hãy bỏ gộp các ô thừa.`;
    case 'merge-too-large':
      return (
        `${where}: vùng gộp ô ${d.part ?? ''} trải quá ${viNumber(d.limit ?? 0)} dòng (gộp cả cột hoặc cả trang), che mất dữ liệu ở các ô bên dưới. ` +
        'Tệp không đọc được; hãy bỏ gộp vùng ô đó (Hợp nhất ô → Hủy hợp nhất), lưu lại rồi gửi lại.'
      );
    case 'unreadable-name':
      return `${file}: tên tệp có ký tự không đọc được, không mở được tệp. Hãy đổi tên tệp.`;
  }
}

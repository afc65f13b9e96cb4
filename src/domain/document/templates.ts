// The built-in templates (files in templates/, built by scripts/build-templates.mjs): name, file and document type.

export interface BuiltinTemplate {
  file: string;
  /** Type name the template lays out (used when the metadata names none). */
  typeName: string;
  /** Usual type abbreviation in the symbol. */
  abbr: string;
  /** Vietnamese description for menus and help. */
  description: string;
  /** Whether it is filled from the models (a plan or a guide needs only the config and the metadata). */
  usesData: boolean;
}

export const BUILTIN_TEMPLATES = {
  'ke-hoach': {
    file: 'ke-hoach.docx',
    usesData: false,
    typeName: 'Kế hoạch',
    abbr: 'KH',
    description: 'Kế hoạch phát động phong trào: mục đích, yêu cầu; nội dung (lĩnh vực, tiêu chí, chỉ tiêu); tổ chức thực hiện',
  },
  'huong-dan': {
    file: 'huong-dan.docx',
    usesData: false,
    typeName: 'Hướng dẫn',
    abbr: 'HD',
    description: 'Hướng dẫn tiêu chí xây dựng mô hình, kèm phụ lục mẫu danh sách đăng ký',
  },
  'danh-sach': {
    file: 'danh-sach.docx',
    usesData: true,
    typeName: 'Danh sách',
    abbr: 'DS',
    description: 'Danh sách tổng hợp các mô hình đăng ký, theo từng đơn vị',
  },
  'bao-cao': {
    file: 'bao-cao.docx',
    usesData: true,
    typeName: 'Báo cáo',
    abbr: 'BC',
    description:
      'Báo cáo kết quả: thống kê theo lĩnh vực, theo đơn vị, đơn vị chưa gửi danh sách; kết quả thực hiện (hiệu quả, công nhận, đề nghị khen thưởng) khi đã có',
  },
  'quyet-dinh': {
    file: 'quyet-dinh.docx',
    usesData: true,
    typeName: 'Quyết định',
    abbr: 'QĐ',
    description: 'Quyết định công nhận mô hình, điển hình ở một cấp (khóa cap_cong_nhan), kèm danh sách',
  },
} as const satisfies Record<string, BuiltinTemplate>;

export type BuiltinName = keyof typeof BUILTIN_TEMPLATES;

export function isBuiltinName(s: string): s is BuiltinName {
  return Object.prototype.hasOwnProperty.call(BUILTIN_TEMPLATES, s);
}

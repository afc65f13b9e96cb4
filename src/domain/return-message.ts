// The short Vietnamese message an officer pastes into an e-mail or chat when returning a list to its unit.
import type { Finding } from './codes';
import { locationText } from './messages';
import { formatDateVi } from './rules';

export interface ReturnInput {
  unit: string | null;
  /** The list's file name, as the unit knows it. */
  file: string;
  findings: Finding[];
  /** When the corrected list is due (YYYY-MM-DD). */
  dueBy?: string;
  /** Who returns it: “Ban Tuyên giáo - Nữ công”. */
  from?: string;
}

/** Errors first, then warnings; one line each, numbered, with the row and cell. */
export function returnMessage(input: ReturnInput): string {
  const errors = input.findings.filter((f) => f.severity === 'error');
  const warnings = input.findings.filter((f) => f.severity === 'warning');
  const line = (f: Finding, i: number) => `${i + 1}. ${locationText(f)}: ${f.message}`;
  const out = [`Kính gửi: ${input.unit ?? 'đơn vị'},`, ''];
  if (errors.length === 0 && warnings.length === 0) {
    out.push(`Danh sách đăng ký mô hình “Dân vận khéo” của đơn vị (tệp ${input.file}) đã đạt yêu cầu. Trân trọng cảm ơn.`);
    return out.join('\n');
  }
  out.push(`Danh sách đăng ký mô hình “Dân vận khéo” của đơn vị (tệp ${input.file}) cần sửa ${errors.length} lỗi:`);
  errors.forEach((f, i) => out.push(line(f, i)));
  if (warnings.length) {
    out.push('', `Và xem lại ${warnings.length} điểm sau:`);
    warnings.forEach((f, i) => out.push(line(f, i)));
  }
  out.push(
    '',
    `Các ô cần sửa đã được tô màu và ghi chú trong tệp gửi kèm. Đề nghị đơn vị sửa và gửi lại${input.dueBy ? ` trước ngày ${formatDateVi(input.dueBy)}` : ' sớm'}.`,
    input.from ? `Trân trọng,\n${input.from}` : 'Trân trọng.',
  );
  return out.join('\n');
}

// `dvk check-format`: checks any .docx (an officer's draft, a unit's report, one of ours) against the rule pack of its
// format profile, and with --fix writes a copy with what is safe to fix repaired (never over the input).
import { readFile, stat } from 'node:fs/promises';
import { checkFormat, docxOwnership, fixFormat, type FormatProblem, type Profile } from '../../domain/document';
import { EXIT, UserError, systemErrorText } from '../errors';
import { assertNotInput, commitOutput, planOutput } from '../files';

export const HELP = `Cách dùng: dvk check-format <van-ban.docx> [--the-thuc nha-nuoc|dang] [--json] [--fix ban-sua.docx] [--force]

Kiểm tra thể thức một văn bản Word (.docx): khổ giấy, hướng trang, lề, phông chữ, cỡ và kiểu chữ từng thành phần
(quốc hiệu, tiêu ngữ, tên cơ quan, số và ký hiệu, địa danh và ngày tháng, tên loại và trích yếu, nội dung, chữ ký,
nơi nhận), cách viết dòng số (“Số: 07/KH-SYT”, văn bản của Đảng “Số 09-CTr/ĐU”), dòng ngày tháng (ngày dưới 10 và
tháng 1, 2 thêm số 0: “ngày 05 tháng 02 năm 2024”) và “Nơi nhận:” với dòng “- Lưu: VT, …”.
Theo Nghị định 30/2020/NĐ-CP (văn bản nhà nước, công đoàn, Mặt trận) hoặc Hướng dẫn 36-HD/VPTW (văn bản của Đảng).

  --the-thuc T    nha-nuoc hoặc dang; không ghi thì nhận ra từ phần đầu văn bản (quốc hiệu hay “ĐẢNG CỘNG SẢN VIỆT NAM”)
  --json          in dạng JSON: {"file", "pack", "problems": [{"rule", "paragraph", "message", "source", "fixable"}]}
  --fix TỆP       ghi bản đã sửa những gì sửa tự động được (lề, khổ giấy, phông chữ, cỡ và kiểu chữ, số 0 ở ngày tháng
                  và số văn bản); không sửa chữ nào khác, không bao giờ ghi đè tệp đang kiểm tra
  --force         ghi đè có giữ bản cũ: tệp --fix đã có mà không do công cụ tạo (hoặc đã được sửa) được đổi tên thành
                  <tên>.truoc-YYYY-MM-DD.docx rồi mới ghi

Mã thoát: 0 không có chỗ nào sai (với --fix: bản đã sửa không còn chỗ nào sai), 1 có chỗ sai (với --fix: còn chỗ phải
sửa tay), 2 không đọc được tệp hoặc tham số sai.`;

export interface CheckFormatArgs {
  file?: string;
  'the-thuc'?: string;
  json?: boolean;
  fix?: string;
  force?: boolean;
}

const PROFILES: readonly Profile[] = ['nha-nuoc', 'dang'];

const docxGuard = (force?: boolean) => ({ what: 'văn bản', owner: (b: Uint8Array) => ({ owner: docxOwnership(b) }), force });

function line(p: FormatProblem): string {
  const where = p.paragraph === null ? '' : ` “${p.paragraph}”`;
  return `  - [${p.rule}]${where}: ${p.message}${p.fixable ? ' (sửa tự động được)' : ''}\n      theo ${p.source}`;
}

async function readDocx(path: string): Promise<Uint8Array> {
  try {
    if ((await stat(path)).isDirectory()) throw new UserError(`${path}: là thư mục; hãy chỉ một tệp .docx cần kiểm tra.`);
    return new Uint8Array(await readFile(path));
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(systemErrorText(e, path));
  }
}

export async function runCheckFormat(args: CheckFormatArgs, print: (s: string) => void): Promise<number> {
  if (!args.file) throw new UserError('Chưa chọn văn bản cần kiểm tra.\n\n' + HELP);
  const named = args['the-thuc'];
  if (named !== undefined && !PROFILES.includes(named as Profile))
    throw new UserError(`--the-thuc “${named}”: chỉ nhận “nha-nuoc” (văn bản nhà nước, công đoàn, Mặt trận) hoặc “dang” (văn bản của Đảng).`);
  const profile = named as Profile | undefined;
  // The output is checked before anything is read or written: a refusal leaves everything as it was.
  let plan = null;
  if (args.fix !== undefined) {
    if (!/\.docx$/i.test(args.fix)) throw new UserError(`${args.fix}: bản sửa phải có đuôi .docx.`);
    assertNotInput(args.fix, [args.file]);
    plan = await planOutput(args.fix, docxGuard(args.force));
  }
  const bytes = await readDocx(args.file);
  const checked = checkFormat(bytes, { profile });
  if (!checked.ok) throw new UserError(`${args.file}: ${checked.problems.map((p) => p.message).join(' ')}`);
  const { report } = checked;
  const pack = { id: report.pack.id, name: report.pack.name, the_thuc: report.pack.profile };
  const fixable = report.problems.filter((p) => p.fixable).length;

  if (!plan) {
    if (args.json) print(JSON.stringify({ file: args.file, pack, guessed: report.guessed, problems: report.problems }, null, 1));
    else {
      const lines = [`${args.file}: kiểm tra theo ${report.pack.name}${report.guessed ? ' (nhận ra từ phần đầu văn bản)' : ''}.`];
      if (!report.problems.length) lines.push('Không thấy chỗ nào sai thể thức.');
      else {
        lines.push(`Có ${report.problems.length} chỗ chưa đúng thể thức${fixable ? ` (${fixable} chỗ sửa tự động được: thêm --fix ban-sua.docx)` : ''}:`);
        lines.push(...report.problems.map(line));
      }
      print(lines.join('\n'));
    }
    return report.problems.length ? EXIT.findings : EXIT.ok;
  }

  const fixed = fixFormat(bytes, { profile });
  if (!fixed.ok) throw new UserError(`${args.file}: ${fixed.problems.map((p) => p.message).join(' ')}`);
  await commitOutput(plan, fixed.bytes);
  if (args.json)
    print(JSON.stringify({ file: args.file, pack, guessed: report.guessed, problems: report.problems, fix: { out: args.fix, fixed: fixed.fixed, left: fixed.left } }, null, 1));
  else {
    const lines = [`${args.file}: kiểm tra theo ${report.pack.name}${report.guessed ? ' (nhận ra từ phần đầu văn bản)' : ''}.`];
    if (plan.keepAs) lines.push(`Đã giữ tệp cũ ${plan.path} thành ${plan.keepAs}.`);
    lines.push(`Đã ghi ${args.fix}: sửa ${fixed.fixed.length} chỗ (lề, khổ giấy, phông chữ, cỡ và kiểu chữ, số 0), không đổi chữ nào khác.`);
    if (fixed.left.length) lines.push(`Còn ${fixed.left.length} chỗ phải sửa tay:`, ...fixed.left.map(line));
    else lines.push('Bản đã sửa không còn chỗ nào sai thể thức.');
    print(lines.join('\n'));
  }
  return fixed.left.length ? EXIT.findings : EXIT.ok;
}

// `dvk return`: sends a list back to its unit: an annotated copy and the message to paste into an e-mail or chat.
import { basename, dirname, extname, join } from 'node:path';
import { returnMessage } from '../../domain/return-message';
import { assertDateArg } from '../args';
import { loadConfig } from '../config';
import { UserError } from '../errors';
import { assertNotInput, writeAtomic } from '../files';
import { assertReplaceable, exitCodeFor, validateFile } from './validate';

export const HELP = `Cách dùng: dvk return <danh-sach.xlsx> [--out ban-tra-lai.xlsx] [--han YYYY-MM-DD] [--from "Ban Tuyên giáo"]
                  [--config cau-hinh.json | --preset TÊN] [--force]

Trả lại danh sách cho đơn vị: ghi bản sao có tô màu, ghi chú từng ô cần sửa (mặc định <tên tệp>.tra-lai.xlsx),
và in lời nhắn ngắn liệt kê những điểm cần sửa để dán vào thư điện tử hoặc Zalo (ghi cả vào tệp .txt cùng tên).

  --force          ghi đè có giữ bản cũ: tệp đã có không do công cụ tạo (hoặc đã được sửa) được đổi tên thành
                   <tên>.truoc-YYYY-MM-DD.<đuôi> rồi mới ghi tệp mới

Mã thoát: 0 danh sách không có lỗi, 1 có lỗi cần sửa, 2 không đọc được tệp hoặc tham số sai.`;

export interface ReturnArgs {
  file?: string;
  out?: string;
  han?: string;
  from?: string;
  config?: string;
  preset?: string;
  /** Keep an existing file that is not ours (or was edited) under a dated name instead of refusing. */
  force?: boolean;
}

export async function runReturn(args: ReturnArgs, print: (s: string) => void): Promise<number> {
  if (!args.file) throw new UserError('Chưa chọn danh sách cần trả lại.\n\n' + HELP);
  if (args.han) assertDateArg('--han', args.han);
  const out = args.out ?? join(dirname(args.file), `${basename(args.file, extname(args.file))}.tra-lai.xlsx`);
  if (!/\.xlsx$/i.test(out)) throw new UserError(`${out}: tệp kết quả phải có đuôi .xlsx.`);
  assertNotInput(out, [args.file]);
  await assertReplaceable(out);
  const config = await loadConfig(args);
  const reports = await validateFile(args.file, config, out);
  const report = reports[0];
  if (report.error) throw new UserError(report.error);
  const findings = reports.flatMap((r) => r.findings);
  const text = returnMessage({ unit: report.unit?.name ?? null, file: basename(args.file), findings, dueBy: args.han, from: args.from });
  const txt = out.replace(/\.xlsx$/i, '.txt');
  await writeAtomic(txt, text + '\n');
  print(text);
  print(`\n(Đã ghi bản có đánh dấu ${out} và lời nhắn ${txt}.)`);
  return exitCodeFor(reports);
}

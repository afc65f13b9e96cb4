// `dvk return`: sends a list back to its unit: an annotated copy and the message to paste into an e-mail or chat.
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { returnMessage } from '../../domain/return-message';
import { hashText } from '../../domain/text';
import { xmlText, ZipArchive } from '../../domain/zip';
import { assertDateArg } from '../args';
import { loadConfig } from '../config';
import { UserError } from '../errors';
import { assertNotInput, commitOutput, planOutput, type Ownership } from '../files';
import { annotatedGuard, exitCodeFor, validateFile } from './validate';

/** In the annotated copy's description: the fingerprint of the message written beside it, so a re-run knows the .txt is ours. */
const messageMark = (text: string) => `Dân vận khéo: bản trả lại; lời nhắn mã ${hashText(text)}`;

/** The message file is ours when the annotated copy beside it (ours) records its fingerprint. */
async function messageOwnership(xlsxPath: string, txt: Uint8Array): Promise<Ownership> {
  try {
    const core = ZipArchive.open(new Uint8Array(await readFile(xlsxPath))).read('docProps/core.xml');
    return core && xmlText(core).includes(messageMark(new TextDecoder().decode(txt))) ? 'ours' : 'foreign';
  } catch {
    return 'foreign';
  }
}

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
  /** Keep an existing output we did not write (or that was changed) beside the new one instead of refusing. */
  force?: boolean;
}

export async function runReturn(args: ReturnArgs, print: (s: string) => void): Promise<number> {
  if (!args.file) throw new UserError('Chưa chọn danh sách cần trả lại.\n\n' + HELP);
  if (args.han) assertDateArg('--han', args.han);
  const out = args.out ?? join(dirname(args.file), `${basename(args.file, extname(args.file))}.tra-lai.xlsx`);
  if (!/\.xlsx$/i.test(out)) throw new UserError(`${out}: tệp kết quả phải có đuôi .xlsx.`);
  const txt = out.replace(/\.xlsx$/i, '.txt');
  assertNotInput(out, [args.file]);
  assertNotInput(txt, [args.file]);
  const config = await loadConfig(args);
  // Both outputs are checked before anything is written: the message first, while the copy that vouches for it is there.
  let existingTxt: Uint8Array | null = null;
  try {
    existingTxt = new Uint8Array(await readFile(txt));
  } catch {
    existingTxt = null;
  }
  const txtOwner: Ownership = existingTxt ? await messageOwnership(out, existingTxt) : 'ours';
  const txtPlan = await planOutput(txt, { what: 'lời nhắn', owner: () => ({ owner: txtOwner }), force: args.force });
  const xlsxPlan = await planOutput(out, annotatedGuard(args.force));
  const probe = await validateFile(args.file, config);
  if (probe[0].error) throw new UserError(probe[0].error);
  const text = returnMessage({
    unit: probe[0].unit?.name ?? null,
    file: basename(args.file),
    findings: probe.flatMap((r) => r.findings),
    dueBy: args.han,
    from: args.from,
  });
  const reports = await validateFile(args.file, config, { plan: xlsxPlan, description: messageMark(text + '\n') });
  await commitOutput(txtPlan, text + '\n');
  print(text);
  const kept = [xlsxPlan, txtPlan].filter((p) => p.keepAs).map((p) => `${p.path} → ${p.keepAs}`);
  print(`\n(Đã ghi bản có đánh dấu ${out} và lời nhắn ${txt}.${kept.length ? ` Đã giữ tệp cũ: ${kept.join('; ')}.` : ''})`);
  for (const r of reports) if (r.note) print(`Lưu ý: ${r.note}`);
  return exitCodeFor(reports);
}

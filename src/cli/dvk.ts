// The `dvk` command: parses arguments, runs a command, and turns errors into messages and exit codes.
import { parseArgs } from 'node:util';
import { EXIT, UserError } from './errors';
// Commands are loaded when run, so `dvk validate` never loads docxtemplater and starts as fast as exceljs allows.

const HELP = `dvk — công cụ phong trào “Dân vận khéo”

Cách dùng: dvk <lệnh> [tùy chọn]

Lệnh:
  validate   kiểm tra danh sách đăng ký của đơn vị (.xlsx)
  aggregate  tổng hợp danh sách của các đơn vị, thống kê, đơn vị chưa nộp
  return     trả lại danh sách cho đơn vị: bản có đánh dấu và lời nhắn những điểm cần sửa
  generate   soạn văn bản (kế hoạch, hướng dẫn, danh sách, báo cáo, quyết định) theo Nghị định 30
  read       in những gì công cụ đọc được từ một tệp .xlsx (từng ô, từng trang)

Xem hướng dẫn từng lệnh: dvk <lệnh> --help`;

const print = (s: string) => process.stdout.write(s + '\n');

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    print(HELP);
    return command ? EXIT.ok : EXIT.input;
  }
  const parse = <T>(run: () => T, help: string): T => {
    try {
      return run();
    } catch (e) {
      throw new UserError(`Tham số không hợp lệ: ${(e as Error).message}\n\n${help}`);
    }
  };
  const common = {
    config: { type: 'string' },
    preset: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  } as const;
  if (command === 'validate') {
    const { HELP: VALIDATE_HELP, runValidate } = await import('./commands/validate');
    const options = { ...common, annotate: { type: 'string' } } as const;
    const { values, positionals } = parse(() => parseArgs({ args: rest, allowPositionals: true, options }), VALIDATE_HELP);
    if (values.help) return print(VALIDATE_HELP), EXIT.ok;
    return runValidate({ files: positionals, ...values }, print);
  }
  if (command === 'aggregate') {
    const { HELP: AGGREGATE_HELP, runAggregate } = await import('./commands/aggregate');
    const options = { ...common, out: { type: 'string', short: 'o' }, previous: { type: 'string' }, 'as-of': { type: 'string' } } as const;
    const { values, positionals } = parse(() => parseArgs({ args: rest, allowPositionals: true, options }), AGGREGATE_HELP);
    if (values.help) return print(AGGREGATE_HELP), EXIT.ok;
    return runAggregate({ inputs: positionals, ...values }, print);
  }
  if (command === 'return') {
    const { HELP: RETURN_HELP, runReturn } = await import('./commands/return');
    const options = { config: common.config, preset: common.preset, help: common.help, out: { type: 'string', short: 'o' }, han: { type: 'string' }, from: { type: 'string' }, force: { type: 'boolean' } } as const;
    const { values, positionals } = parse(() => parseArgs({ args: rest, allowPositionals: true, options }), RETURN_HELP);
    if (values.help) return print(RETURN_HELP), EXIT.ok;
    if (positionals.length > 1) throw new UserError('Mỗi lần chỉ trả lại một danh sách.');
    return runReturn({ file: positionals[0], ...values }, print);
  }
  if (command === 'generate') {
    const { HELP: GENERATE_HELP, runGenerate } = await import('./commands/generate');
    const options = {
      config: common.config,
      preset: common.preset,
      help: common.help,
      meta: { type: 'string' },
      data: { type: 'string' },
      out: { type: 'string', short: 'o' },
      pdf: { type: 'boolean' },
      each: { type: 'boolean' },
      force: { type: 'boolean' },
    } as const;
    const { values, positionals } = parse(() => parseArgs({ args: rest, allowPositionals: true, options }), GENERATE_HELP);
    if (values.help) return print(GENERATE_HELP), EXIT.ok;
    if (positionals.length > 1) throw new UserError(`Chỉ chọn một mẫu văn bản (đang có: ${positionals.join(', ')}).`);
    return runGenerate({ template: positionals[0], ...values }, print);
  }
  if (command === 'read') {
    const { HELP: READ_HELP, runRead } = await import('./commands/read');
    const options = { help: common.help, json: common.json, sheet: { type: 'string' } } as const;
    const { values, positionals } = parse(() => parseArgs({ args: rest, allowPositionals: true, options }), READ_HELP);
    if (values.help) return print(READ_HELP), EXIT.ok;
    if (positionals.length > 1) throw new UserError(`Mỗi lần chỉ đọc một tệp (đang có: ${positionals.join(', ')}).`);
    return runRead({ file: positionals[0], ...values }, print);
  }
  throw new UserError(`Không có lệnh “${command}”.\n\n${HELP}`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UserError) {
      process.stderr.write(`Lỗi: ${e.message}\n`);
      process.exitCode = EXIT.input;
    } else {
      process.stderr.write(
        `Lỗi không mong muốn — xin báo lại cho nhóm phát triển kèm nội dung dưới đây:\n${(e as Error)?.stack ?? String(e)}\n`,
      );
      process.exitCode = EXIT.bug;
    }
  },
);

// The `dvk` command: parses arguments, runs a command, and turns errors into messages and exit codes.
import { setFlagsFromString } from 'node:v8';
import { ArgsError, closest, OPTIONS, parseArgv } from './args';
import { EXIT, isSystemError, systemErrorText, UserError } from './errors';
import { createOutput } from './terminal';
// Commands are loaded when run, so `dvk validate` never loads docxtemplater and starts as fast as exceljs allows.

// A short batch run that reads lists of up to 200,000 rows: the young generation is kept at its first size instead of
// doubling up to 32 MB while the lists are read (the same time, a fifth less peak memory; see `npm run bench`).
// Set before any work, as V8 reads the factor each time it would grow the space.
setFlagsFromString('--semi-space-growth-factor=1');

const HELP = `dvk — công cụ phong trào “Dân vận khéo”

Cách dùng: dvk <lệnh> [tùy chọn]

Lệnh:
  validate   kiểm tra danh sách đăng ký của đơn vị (.xlsx)
  aggregate  tổng hợp danh sách của các đơn vị, thống kê, đơn vị chưa nộp
  return     trả lại danh sách cho đơn vị: bản có đánh dấu và lời nhắn những điểm cần sửa
  generate   soạn văn bản (kế hoạch, hướng dẫn, danh sách, báo cáo, quyết định) theo Nghị định 30
  read       in những gì công cụ đọc được từ một tệp .xlsx (từng ô, từng trang)

Xem hướng dẫn từng lệnh: dvk <lệnh> --help
Tên tệp bắt đầu bằng dấu gạch ngang vẫn là tên tệp khi tệp đó có thật; sau -- mọi tham số đều là tên tệp.`;

const output = createOutput(process.stdout, process.stderr);
const print = output.print;

/** The command's arguments by its option table; a malformed command line is followed by the command's help. */
function parse<C extends keyof typeof OPTIONS>(command: C, args: string[], help: string) {
  try {
    return parseArgv(command, args, OPTIONS[command]);
  } catch (e) {
    if (e instanceof ArgsError) throw new UserError(`${e.message}\n\n${help}`);
    throw e;
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    print(HELP);
    return command ? EXIT.ok : EXIT.input;
  }
  if (command === 'validate') {
    const { HELP: VALIDATE_HELP, runValidate } = await import('./commands/validate');
    const { values, positionals } = parse(command, rest, VALIDATE_HELP);
    if (values.help) return print(VALIDATE_HELP), EXIT.ok;
    return runValidate({ files: positionals, ...values }, print);
  }
  if (command === 'aggregate') {
    const { HELP: AGGREGATE_HELP, runAggregate } = await import('./commands/aggregate');
    const { values, positionals } = parse(command, rest, AGGREGATE_HELP);
    if (values.help) return print(AGGREGATE_HELP), EXIT.ok;
    return runAggregate({ inputs: positionals, ...values }, print);
  }
  if (command === 'return') {
    const { HELP: RETURN_HELP, runReturn } = await import('./commands/return');
    const { values, positionals } = parse(command, rest, RETURN_HELP);
    if (values.help) return print(RETURN_HELP), EXIT.ok;
    if (positionals.length > 1) throw new UserError(`Mỗi lần chỉ trả lại một danh sách (đang có: ${positionals.join(', ')}).`);
    return runReturn({ file: positionals[0], ...values }, print);
  }
  if (command === 'generate') {
    const { HELP: GENERATE_HELP, runGenerate } = await import('./commands/generate');
    const { values, positionals } = parse(command, rest, GENERATE_HELP);
    if (values.help) return print(GENERATE_HELP), EXIT.ok;
    if (positionals.length > 1) throw new UserError(`Chỉ chọn một mẫu văn bản (đang có: ${positionals.join(', ')}).`);
    return runGenerate({ template: positionals[0], ...values }, print);
  }
  if (command === 'read') {
    const { HELP: READ_HELP, runRead } = await import('./commands/read');
    const { values, positionals } = parse(command, rest, READ_HELP);
    if (values.help) return print(READ_HELP), EXIT.ok;
    if (positionals.length > 1) throw new UserError(`Mỗi lần chỉ đọc một tệp (đang có: ${positionals.join(', ')}).`);
    return runRead({ file: positionals[0], ...values }, print);
  }
  const guess = closest(command, Object.keys(OPTIONS));
  throw new UserError(`Không có lệnh “${command}”.${guess ? ` Có phải “${guess}”?` : ''}\n\n${HELP}`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = output.failed ? Math.max(code, EXIT.input) : code;
  },
  (e: unknown) => {
    if (e instanceof UserError) {
      output.error(`Lỗi: ${e.message}`);
      process.exitCode = EXIT.input;
    } else if (isSystemError(e)) {
      // A file the system refused (no permission, disk full, read-only…) is not a bug of ours.
      output.error(`Lỗi: ${systemErrorText(e, e.path ?? '')}`);
      process.exitCode = EXIT.input;
    } else {
      output.error(
        `Lỗi không mong muốn — xin báo lại cho nhóm phát triển kèm nội dung dưới đây:\n${(e as Error)?.stack ?? String(e)}`,
      );
      process.exitCode = EXIT.bug;
    }
  },
);

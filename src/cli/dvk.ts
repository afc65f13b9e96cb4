// The `dvk` command: parses arguments, runs a command, and turns errors into messages and exit codes.
import { setFlagsFromString } from 'node:v8';
import { ArgsError, closest, OPTIONS, parseArgv } from './args';
import { EXIT, isSystemError, systemErrorText, UserError } from './errors';
import { createOutput } from './terminal';

// A short batch run that reads lists of up to 200,000 rows: the young generation is kept at its first size instead of
// doubling up to 32 MB while the lists are read (the same time, a fifth less peak memory; see `npm run bench`).
// Set before any work, as V8 reads the factor each time it would grow the space.
setFlagsFromString('--semi-space-growth-factor=1');

const HELP = `dvk — công cụ phong trào “Dân vận khéo”

Cách dùng: dvk <lệnh> [tùy chọn]

Lệnh:
  validate      kiểm tra danh sách đăng ký của đơn vị (.xlsx)
  aggregate     tổng hợp danh sách của các đơn vị, thống kê, đơn vị chưa nộp
  return        trả lại danh sách cho đơn vị: bản có đánh dấu và lời nhắn những điểm cần sửa
  generate      soạn văn bản (kế hoạch, hướng dẫn, danh sách, báo cáo, quyết định) theo Nghị định 30
  read          in những gì công cụ đọc được từ một tệp .xlsx (từng ô, từng trang)
  forms         ghi cho mỗi đơn vị một biểu mẫu .xlsx điền sẵn tên đơn vị, chỉ tiêu, hạn nộp
  remind        soạn lời nhắc cho đơn vị chưa nộp, đang điền dở hoặc phải sửa danh sách (và tệp gộp thư .csv)
  check-format  kiểm tra thể thức một văn bản Word (.docx) theo Nghị định 30 hoặc Hướng dẫn 36, sửa những gì sửa được

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

type Command = keyof typeof OPTIONS;

/** A command's help and how it runs on the parsed values and positionals (its module is loaded only when run). */
interface Runner {
  help: string;
  run(values: Record<string, unknown>, positionals: string[]): Promise<number>;
}

/** A command that takes one positional (`key`): more than one is refused with `tooMany`. */
const single =
  (help: string, key: string, tooMany: string, run: (args: never, print: (s: string) => void) => Promise<number>): Runner => ({
    help,
    run: (values, positionals) => {
      if (positionals.length > 1) throw new UserError(`${tooMany} (đang có: ${positionals.join(', ')}).`);
      return run({ [key]: positionals[0], ...values } as never, print);
    },
  });

// Commands are loaded when run, so `dvk validate` never loads docxtemplater or exceljs.
const COMMANDS: Record<Command, () => Promise<Runner>> = {
  validate: async () => {
    const m = await import('./commands/validate');
    return { help: m.HELP, run: (values, files) => m.runValidate({ files, ...values }, print) };
  },
  aggregate: async () => {
    const m = await import('./commands/aggregate');
    return { help: m.HELP, run: (values, inputs) => m.runAggregate({ inputs, ...values }, print) };
  },
  return: async () => {
    const m = await import('./commands/return');
    return single(m.HELP, 'file', 'Mỗi lần chỉ trả lại một danh sách', m.runReturn);
  },
  generate: async () => {
    const m = await import('./commands/generate');
    return single(m.HELP, 'template', 'Chỉ chọn một mẫu văn bản', m.runGenerate);
  },
  read: async () => {
    const m = await import('./commands/read');
    return single(m.HELP, 'file', 'Mỗi lần chỉ đọc một tệp', m.runRead);
  },
  forms: async () => {
    const m = await import('./commands/forms');
    return {
      help: m.HELP,
      run: (values, positionals) => {
        if (positionals.length) throw new UserError(`Lệnh forms không nhận tệp nào (đang có: ${positionals.join(', ')}); thư mục ghi biểu mẫu cho bằng --out.`);
        return m.runForms(values, print);
      },
    };
  },
  remind: async () => {
    const m = await import('./commands/remind');
    return { help: m.HELP, run: (values, inputs) => m.runRemind({ inputs, ...values }, print) };
  },
  'check-format': async () => {
    const m = await import('./commands/check-format');
    return single(m.HELP, 'file', 'Mỗi lần chỉ kiểm tra một văn bản', m.runCheckFormat);
  },
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    print(HELP);
    return command ? EXIT.ok : EXIT.input;
  }
  if (Object.hasOwn(COMMANDS, command)) {
    const runner = await COMMANDS[command as Command]();
    const { values, positionals } = parse(command as Command, rest, runner.help);
    if (values.help) return print(runner.help), EXIT.ok;
    return runner.run(values as Record<string, unknown>, positionals);
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

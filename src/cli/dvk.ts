// The `dvk` command: parses arguments, runs a command, and turns errors into messages and exit codes.
import { parseArgs } from 'node:util';
import { EXIT, UserError } from './errors';
import { HELP as VALIDATE_HELP, runValidate } from './commands/validate';

const HELP = `dvk — công cụ phong trào “Dân vận khéo”

Cách dùng: dvk <lệnh> [tùy chọn]

Lệnh:
  validate   kiểm tra danh sách đăng ký của đơn vị (.xlsx)

Xem hướng dẫn từng lệnh: dvk <lệnh> --help`;

const print = (s: string) => process.stdout.write(s + '\n');

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    print(HELP);
    return command ? EXIT.ok : EXIT.input;
  }
  if (command === 'validate') {
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          config: { type: 'string' },
          preset: { type: 'string' },
          json: { type: 'boolean' },
          annotate: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      });
    } catch (e) {
      throw new UserError(`Tham số không hợp lệ: ${(e as Error).message}\n\n${VALIDATE_HELP}`);
    }
    if (parsed.values.help) {
      print(VALIDATE_HELP);
      return EXIT.ok;
    }
    return runValidate({ files: parsed.positionals, ...parsed.values }, print);
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

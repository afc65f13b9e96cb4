// Everything the CLI prints goes through here: text from the units' files (names, cells, file names) never reaches
// the terminal as a control sequence, and a closed pipe (`dvk … | head -1`) ends the output quietly.
import { EXIT, systemErrorCode, systemErrorText } from './errors';

/**
 * C0 controls but newline and tab, DEL, C1 controls (U+0080–U+009F: 8-bit CSI, OSC…) and the bidirectional
 * overrides and isolates (which reorder what the officer sees). ESC is among the C0 controls, so an escape
 * sequence loses its introducer and its remaining characters are plain text.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The text with every unsafe character written as a visible `\uXXXX` escape. The same escape is valid inside a
 * JSON string, so JSON output stays JSON with the same meaning.
 */
export function terminalSafe(s: string): string {
  return s.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface Output {
  /** One line (or several) to stdout, made terminal-safe. */
  print(s: string): void;
  /** One line (or several) to stderr, made terminal-safe. */
  error(s: string): void;
  /** Whether writing the results failed for a reason other than a closed pipe (a full disk under a redirect). */
  readonly failed: boolean;
}

const QUIET = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

/**
 * Terminal-safe writers for the two streams. A reader that went away (EPIPE) silences the stream and the command
 * goes on to its normal exit code; another write error is said once on stderr, in Vietnamese, with exit code 2.
 */
export function createOutput(stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): Output {
  let outClosed = false;
  let errClosed = false;
  let failed = false;
  stdout.on('error', (e: unknown) => {
    if (outClosed) return;
    outClosed = true;
    const code = systemErrorCode(e) ?? (e as { code?: string })?.code;
    if (code && QUIET.has(code)) return;
    failed = true;
    process.exitCode = EXIT.input;
    if (!errClosed) stderr.write(terminalSafe(`Lỗi: không ghi được kết quả — ${systemErrorText(e, 'đầu ra chuẩn (stdout)')}`) + '\n');
  });
  stderr.on('error', () => {
    errClosed = true;
  });
  return {
    print: (s) => {
      if (!outClosed) stdout.write(terminalSafe(s) + '\n');
    },
    error: (s) => {
      if (!errClosed) stderr.write(terminalSafe(s) + '\n');
    },
    get failed() {
      return failed;
    },
  };
}

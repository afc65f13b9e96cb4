/// <reference lib="dom" />
// The pages' promise-based wrapper over google.script.run. Names, arguments and answers are typed from the server
// module itself (src/sheets/main.ts, imported for its types only), so a page cannot call a function that does not
// exist, pass it the wrong arguments, or misread what it returns.
import type { Reply } from '../aggregate-api';
import type * as server from '../main';

type Exports = typeof server;

/** The server functions a page may call with google.script.run: every function main.ts exports, by name. */
export type Api = { [K in keyof Exports as Exports[K] extends (...args: never[]) => unknown ? K : never]: Exports[K] };

interface Runner {
  withSuccessHandler(f: (result: unknown) => void): Runner;
  withFailureHandler(f: (error: unknown) => void): Runner;
  [fn: string]: unknown;
}

declare const google: { script: { run: Runner; host: { close(): void } } };

/** The call did not complete: the connection was lost, or the server function threw instead of answering. */
export class CallFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CallFailed';
  }
}

function errorText(e: unknown): string {
  if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message ?? '');
  return e === undefined || e === null ? '' : String(e);
}

/** The first sentence of every page's message for a CallFailed; each page adds what to do next. */
export function lostConnection(detail: string): string {
  return `Mất kết nối với Google hoặc máy chủ không trả lời${detail ? ` (${detail})` : ''}.`;
}

/** Calls a server function; resolves with its answer, rejects with CallFailed. */
export function call<K extends keyof Api>(name: K, ...args: Parameters<Api[K]>): Promise<Awaited<ReturnType<Api[K]>>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((r) => resolve(r as Awaited<ReturnType<Api[K]>>))
      .withFailureHandler((e) => reject(new CallFailed(errorText(e))));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

/** Closes the dialog or sidebar. */
export function closePage(): void {
  google.script.host.close();
}

/**
 * A call to a server function that answers `{ok, …}` (dialogCall), made to always answer: a lost connection becomes a
 * failed reply with the page's words for it (`lost`, given the detail).
 */
export function answered<R>(reply: Promise<Reply<R>>, lost: (detail: string) => string): Promise<Reply<R>> {
  return reply.catch((e: unknown) => ({ ok: false, message: lost(e instanceof CallFailed ? e.message : errorText(e)) }) as Reply<R>);
}

// Loads the built Apps Script bundle (build/gas/, made by `npm run build`) into a bare node:vm context holding
// only the in-memory services and a console: no Node globals, as in Apps Script.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { appsScriptWire, scriptRun, type Call, type Runner } from '../support/script-run';
import { FakeGas } from './fake-gas';

export const GAS_DIR = join(__dirname, '../../build/gas');
/** The bound-script variant's Code.js (top-level menu), which `npm run build` writes next to the add-on's. */
export const BOUND_CODE = join(__dirname, '../../build/gas-bound/Code.js');

export interface Session {
  gas: FakeGas;
  ctx: vm.Context;
  logs: { level: string; text: string }[];
  run(expr: string): unknown;
  /**
   * Calls a global at once, its arguments and its answer passed as google.script.run passes them (copies, made in
   * the context's realm; a value that may not cross throws, and an answer holding one comes back null).
   */
  call(fn: string, ...args: unknown[]): unknown;
  /** The server functions a page may call: the top-level functions of the project's .js files, as Apps Script offers them. */
  functions: string[];
  /** google.script.run in front of this bundle (test/support/script-run.ts); `calls` records what was sent. */
  scriptRun(): { run: Runner; calls: Call[] };
}

let code: { name: string; text: string }[] | null = null;
let html: Map<string, string> | null = null;

/** Every .js file of the project, as Apps Script loads them all into one global scope (Code.js, DocEngine.js). */
function load(): { code: { name: string; text: string }[]; html: Map<string, string> } {
  if (code === null || html === null) {
    const file = join(GAS_DIR, 'Code.js');
    if (!existsSync(file)) throw new Error('build/gas/Code.js is missing: run `npm run build` first');
    code = readdirSync(GAS_DIR)
      .filter((n) => n.endsWith('.js'))
      .sort()
      .map((n) => ({ name: n, text: readFileSync(join(GAS_DIR, n), 'utf8') }));
    html = new Map(
      readdirSync(GAS_DIR)
        .filter((n) => n.endsWith('.html'))
        .map((n) => [n.slice(0, -5), readFileSync(join(GAS_DIR, n), 'utf8')]),
    );
  }
  return { code, html };
}

/** The top-level function declarations of the project's .js files: what google.script.run offers a page. */
function topLevelFunctions(files: { text: string }[]): string[] {
  return files.flatMap((f) => [...f.text.matchAll(/^function ([A-Za-z_$][\w$]*)\(/gm)].map((m) => m[1]));
}

/** The server functions of the built add-on (build/gas), for pages answered by scripted fixtures. */
export function serverFunctions(): string[] {
  return topLevelFunctions(load().code);
}

/**
 * A fresh spreadsheet with the bundle loaded: the add-on build (build/gas, what `npm run deploy` pushes), or with
 * `variant: 'bound'` the Code.js of the bound-script build (build/gas-bound) with the same other files.
 */
export function session(opts: { name?: string; variant?: 'addon' | 'bound' } = {}): Session {
  const loaded = load();
  const built = {
    ...loaded,
    code:
      opts.variant === 'bound'
        ? loaded.code.map((f) => (f.name === 'Code.js' ? { name: f.name, text: readFileSync(BOUND_CODE, 'utf8') } : f))
        : loaded.code,
  };
  const logs: Session['logs'] = [];
  const fakeConsole = Object.fromEntries(
    ['log', 'info', 'warn', 'error', 'debug'].map((level) => [level, (...a: unknown[]) => logs.push({ level, text: a.map(String).join(' ') })]),
  );
  const ctx = vm.createContext({ console: fakeConsole });
  // Dates and errors the fake makes must come from the context's realm, as they do in Apps Script.
  const gas = new FakeGas({ Date: vm.runInContext('Date', ctx), Error: vm.runInContext('Error', ctx), name: opts.name });
  for (const [name, content] of built.html) gas.htmlFiles.set(name, content);
  Object.assign(ctx, gas.globals());
  // Time as the bundle sees it: the real clock plus what the stand-in's slow calls added (gas.delays).
  (vm.runInContext('Date', ctx) as DateConstructor).now = () => gas.now();
  for (const f of built.code) vm.runInContext(f.text, ctx, { filename: f.name });
  const toRealm = vm.runInContext('(s) => JSON.parse(s)', ctx) as (s: string) => unknown[];
  const wire = appsScriptWire();
  const functions = topLevelFunctions(built.code);
  const call = (fn: string, ...args: unknown[]) => {
    const f = functions.includes(fn) ? (ctx[fn] as (...a: unknown[]) => unknown) : undefined;
    if (typeof f !== 'function') throw new TypeError(`${fn} is not a server function of the bundle`);
    return wire.toClient(f(...toRealm(JSON.stringify(wire.toServer(args)))));
  };
  return {
    gas,
    ctx,
    logs,
    functions,
    run: (expr) => vm.runInContext(expr, ctx),
    call,
    scriptRun: () => scriptRun(functions, (fn, args) => call(fn, ...args)),
  };
}

// The one stand-in for google.script.run, the client API a dialog or sidebar uses to call the Apps Script server:
// used in Node (test/ui/api.test.ts, the dialog driver's calls in test/sheets/builders.ts, session.call's wire rules)
// and injected into Chromium pages by test/ui/harness.ts (createScriptRun and appsScriptWire are self-contained, so
// their source can be sent to the page as it is).
//
// What the real API does, as read in Google's reference “Class google.script.run (Client-side API)” and the guide
// “HTML Service: Communicate with Server Functions” (developers.google.com/apps-script/guides/html/reference/run,
// …/guides/html/communication), and where noted in reports of its behaviour:
// - google.script.run has one method per server function, named as the function, plus withSuccessHandler(fn),
//   withFailureHandler(fn) and withUserObject(obj), each of which returns a google.script.run (so a runner with
//   handlers can be kept and reused). The object's own keys are exactly those names: enuchi/gas-client builds its
//   promise API from Object.keys(google.script.run), skipping withFailureHandler, withLogger, withSuccessHandler and
//   withUserObject. A function whose name ends in “_” is private and is not offered; a name the server does not
//   have is therefore simply not a method, and calling it throws a TypeError (“… is not a function”) in the page.
// - Calls are asynchronous: the call returns undefined at once and the page goes on; the handler runs when the
//   server answers; two calls may be answered in any order. At most 10 calls run at once; an 11th waits for a slot.
// - Legal parameters and return values: Number, Boolean, String, null, and objects and arrays made of them. A form
//   element is legal only as the sole parameter (never as a return value). Requests fail if a Date, a Function, a DOM
//   element other than a form or another prohibited type is passed, also inside objects or arrays; circular
//   references fail too; undefined inside an array becomes null. The server gets a copy: changing it there does not
//   change the page's object. Return values have the same restrictions. Reported (enuchi/React-Google-Apps-Script
//   #28, google-marketing-solutions/feedgen#21): a return value holding a Date (e.g. a getValues() with date cells)
//   reaches the success handler as null, the whole value, not only the date.
// - withSuccessHandler: the handler gets the server function's return value, and the user object as second argument.
// - withFailureHandler: if the server function throws, the handler gets an Error object, and the user object as
//   second argument. Without a failure handler, failures are logged to the JavaScript console.
// - withUserObject: an object handed to the handlers as their second argument; it is never sent to the server, so
//   it is not subject to the restrictions above.
// What this stand-in decides where the documents are silent: a prohibited argument makes the call throw at once in
// the page (nothing is sent); numbers that JSON cannot hold (NaN, ±Infinity) become null and undefined object fields
// are dropped, as JSON does; a form element is not supported (no page of ours sends one); a server exception reaches
// the failure handler as `new Error(message)` with the thrown error's message, nothing else of it.

/** What crossed the network: the server's return value, or the message of what it threw. */
export type Answer = { ok: true; value: unknown } | { ok: false; message: string };

/** Carries one call to the server and brings its answer back (in the page: window.__gas; in Node: sendTo). */
export type Send = (name: string, args: unknown[]) => Promise<Answer>;

/** Apps Script's rules for values crossing between page and server. */
export interface Wire {
  /** The arguments as the server receives them; throws on a value that may not be sent. */
  toServer(args: unknown[]): unknown[];
  /** A return value as the success handler receives it (null when it holds a value that may not be sent). */
  toClient(value: unknown): unknown;
}

export interface Runner {
  withSuccessHandler(handler: ((value: any, userObject: any) => void) | null): Runner;
  withFailureHandler(handler: ((error: Error, userObject: any) => void) | null): Runner;
  withUserObject(userObject: unknown): Runner;
  [serverFunction: string]: unknown;
}

/** Apps Script's wire rules (see the top of this file). Self-contained: its source is injected into pages. */
export function appsScriptWire(): Wire {
  class Illegal extends Error {}
  const copy = (value: unknown, path: string, seen: object[]): unknown => {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') return Number.isFinite(value) ? value : null;
    if (value === undefined) return undefined;
    if (typeof value !== 'object') throw new Illegal(`a ${typeof value} (${path})`);
    const tag = Object.prototype.toString.call(value);
    if (tag === '[object Date]') throw new Illegal(`a Date (${path})`);
    const node = value as { nodeType?: unknown; nodeName?: unknown };
    if (typeof node.nodeType === 'number' && typeof node.nodeName === 'string') throw new Illegal(`a DOM element <${String(node.nodeName).toLowerCase()}> (${path})`);
    if (seen.includes(value)) throw new Illegal(`a circular reference (${path})`);
    const inside = [...seen, value];
    if (Array.isArray(value)) return value.map((v, i) => copy(v, `${path}[${i}]`, inside) ?? null);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const v = copy((value as Record<string, unknown>)[key], `${path}.${key}`, inside);
      if (v !== undefined) out[key] = v;
    }
    return out;
  };
  return {
    toServer(args) {
      try {
        return args.map((a, i) => copy(a, `argument ${i + 1}`, []) ?? null);
      } catch (e) {
        if (e instanceof Illegal) throw new TypeError(`google.script.run: ${e.message} cannot be sent to the server`);
        throw e;
      }
    },
    toClient(value) {
      try {
        return copy(value, 'return value', []);
      } catch (e) {
        if (e instanceof Illegal) return null;
        throw e;
      }
    },
  };
}

/**
 * google.script.run over `send`, offering the server functions `functions` (see the top of this file for what it
 * imitates). Self-contained, apart from setTimeout and console: test/ui/harness.ts injects its source into pages.
 */
export function createScriptRun(functions: readonly string[], send: Send, wire: Wire): Runner {
  type State = { ok: ((value: any, userObject: any) => void) | null; fail: ((error: Error, userObject: any) => void) | null; user: unknown };
  const reserved = ['withSuccessHandler', 'withFailureHandler', 'withUserObject'];
  const offered = functions.filter((n) => !n.endsWith('_') && !reserved.includes(n));
  const LIMIT = 10;
  let running = 0;
  const waiting: (() => void)[] = [];
  const next = () => {
    while (running < LIMIT && waiting.length) {
      running++;
      waiting.shift()!();
    }
  };
  const deliver = (state: State, answer: Answer) => {
    if (answer.ok) {
      state.ok?.(wire.toClient(answer.value), state.user);
      return;
    }
    const error = new Error(answer.message);
    if (state.fail) state.fail(error, state.user);
    else console.error(error);
  };
  const runner = (state: State): Runner => {
    const r: Record<string, unknown> = {
      withSuccessHandler: (handler: State['ok']) => runner({ ...state, ok: handler }),
      withFailureHandler: (handler: State['fail']) => runner({ ...state, fail: handler }),
      withUserObject: (user: unknown) => runner({ ...state, user }),
    };
    for (const name of offered)
      r[name] = (...args: unknown[]): void => {
        const sent = wire.toServer(args);
        waiting.push(() => {
          send(name, sent)
            .then(
              (answer) => answer,
              (e: unknown): Answer => ({ ok: false, message: String((e as { message?: unknown })?.message ?? e) }),
            )
            .then((answer) =>
              setTimeout(() => {
                running--;
                next();
                deliver(state, answer);
              }, 0),
            );
        });
        next();
      };
    return r as Runner;
  };
  return runner({ ok: null, fail: null, user: undefined });
}

// ---- Node side ---------------------------------------------------------------------------------------------------

/** A server function as a test provides it: returns its answer (maybe a promise), throws its exception. */
export type Server = (name: string, args: unknown[]) => unknown;

export interface Call {
  fn: string;
  args: unknown[];
}

/** The message a failure handler gets for what the server threw. */
export function messageOf(thrown: unknown): string {
  if (thrown !== null && typeof thrown === 'object' && 'message' in thrown) return String((thrown as { message: unknown }).message ?? '');
  return thrown === undefined || thrown === null ? '' : String(thrown);
}

/** Asks `server` and wraps what it returns or throws as an Answer (the value as the wire carries it). */
export async function answerFrom(server: Server, name: string, args: unknown[], wire: Wire = appsScriptWire()): Promise<Answer> {
  try {
    return { ok: true, value: wire.toClient(await server(name, args)) };
  } catch (e) {
    return { ok: false, message: messageOf(e) };
  }
}

/** google.script.run in this process, answered by `server`; `calls` records every call that was sent. */
export function scriptRun(functions: readonly string[], server: Server): { run: Runner; calls: Call[] } {
  const calls: Call[] = [];
  const wire = appsScriptWire();
  const send: Send = (fn, args) => {
    calls.push({ fn, args });
    return answerFrom(server, fn, args, wire);
  };
  return { run: createScriptRun(functions, send, wire), calls };
}

/** One call through a runner as a promise: resolves with the success handler's value, rejects with the failure's Error. */
export function callThrough(run: Runner, fn: string, ...args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const method = run.withSuccessHandler(resolve).withFailureHandler(reject)[fn];
    (method as (...a: unknown[]) => void)(...args);
  });
}

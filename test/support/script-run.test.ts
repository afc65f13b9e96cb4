// The google.script.run stand-in behaves as the real client API is documented to (see the top of script-run.ts):
// in this process, and as the harness injects it into a Chromium page.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launch, openPage, skipUi } from '../ui/harness';
import { serverFunctions } from '../sheets/session';
import { callThrough, scriptRun, type Runner } from './script-run';

const tick = () => new Promise((r) => setTimeout(r, 0));
const FUNCTIONS = ['echo', 'boom', 'today', 'slow', 'secret_'];

/** A server that echoes its arguments, throws, returns a Date, or answers when told to. */
function server() {
  const gates: (() => void)[] = [];
  const received: unknown[][] = [];
  const s = scriptRun(FUNCTIONS, async (fn, args) => {
    received.push(args);
    if (fn === 'echo') return args;
    if (fn === 'boom') throw new Error('Không mở được thư mục');
    if (fn === 'today') return { day: new Date(Date.UTC(2021, 6, 14)), n: 1 };
    if (fn === 'slow') await new Promise<void>((r) => gates.push(r));
    return null;
  });
  return { ...s, received, gates };
}

const method = (run: Runner, fn: string) => run[fn] as (...a: unknown[]) => void;

describe('google.script.run stand-in', () => {
  it('offers one method per public server function besides the three with… methods', () => {
    const { run } = server();
    expect(Object.keys(run).sort()).toEqual(['echo', 'boom', 'today', 'slow', 'withFailureHandler', 'withSuccessHandler', 'withUserObject'].sort());
    expect(run.secret_).toBeUndefined(); // private: a name ending in “_”
    expect(() => method(run, 'nope')('x')).toThrow(TypeError); // not a server function: not a method
    expect(() => method(run, 'secret_')()).toThrow(TypeError);
  });

  it('answers later, never inside the call, with the success handler and the user object', async () => {
    const { run } = server();
    const got: unknown[][] = [];
    const user = { row: domElement() };
    const result = method(run.withSuccessHandler((v, u) => got.push([v, u])).withUserObject(user), 'echo')('a', 1);
    expect(result).toBeUndefined();
    expect(got).toEqual([]);
    await vi.waitFor(() => expect(got).toHaveLength(1));
    expect(got[0][0]).toEqual(['a', 1]);
    expect(got[0][1]).toBe(user); // the user object itself, never sent
  });

  it('each with… gives a new runner: handlers set on one chain do not reach another call', async () => {
    const { run } = server();
    const seen: string[] = [];
    const base = run.withFailureHandler(() => seen.push('base failure'));
    const withOk = base.withSuccessHandler(() => seen.push('ok'));
    method(base, 'echo')(1); // no success handler on this chain
    method(withOk, 'boom')(); // the failure handler kept from base
    method(run, 'echo')(2); // the bare runner has neither
    await callThrough(run, 'echo', 3); // answered after the three above
    expect(seen).toEqual(['base failure']);
    expect(run.withSuccessHandler(null)).not.toBe(run);
  });

  it('a server exception reaches the failure handler as an Error with its message, and the user object', async () => {
    const { run } = server();
    const failure = await new Promise<[Error, unknown]>((resolve) => method(run.withFailureHandler((e, u) => resolve([e, u])).withUserObject('ô C9'), 'boom')());
    expect(failure[0]).toBeInstanceOf(Error);
    expect(failure[0].message).toBe('Không mở được thư mục');
    expect(failure[1]).toBe('ô C9');
    await expect(callThrough(run, 'boom')).rejects.toThrow('Không mở được thư mục');
  });

  it('logs a failure nobody handles to the console, as the real client does', async () => {
    const { run } = server();
    // Caught here rather than by test/fail-on-console.ts, which fails any test that logs.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    method(run, 'boom')();
    await vi.waitFor(() => expect(logged).toHaveBeenCalledTimes(1));
    expect(String(logged.mock.calls[0][0])).toBe('Error: Không mở được thư mục');
  });

  it('sends copies: undefined in an array becomes null, undefined fields are left out, changes on the server stay there', async () => {
    const { run, received } = server();
    const spec = { kind: 'folder', folder: undefined, list: [1, undefined, 'x'], nested: { a: [null] } };
    expect(await callThrough(run, 'echo', spec, undefined)).toEqual([{ kind: 'folder', list: [1, null, 'x'], nested: { a: [null] } }, null]);
    (received[0][0] as { kind: string }).kind = 'changed';
    expect(spec.kind).toBe('folder');
  });

  it.each([
    ['a Date', [new Date()], 'a Date (argument 1)'],
    ['a Date inside an object', [{ when: { at: new Date() } }], 'a Date (argument 1.when.at)'],
    ['a function', ['x', () => 1], 'a function (argument 2)'],
    ['a circular object', [(() => { const o: Record<string, unknown> = {}; o.self = o; return o; })()], 'a circular reference (argument 1.self)'],
  ])('refuses %s at the call, sending nothing', (_, args, what) => {
    const { run, calls } = server();
    expect(() => method(run, 'echo')(...args)).toThrow(new TypeError(`google.script.run: ${what} cannot be sent to the server`));
    expect(calls).toEqual([]);
  });

  it('an answer holding a Date reaches the success handler as null, the whole of it', async () => {
    const { run } = server();
    expect(await callThrough(run, 'today')).toBeNull();
  });

  it('runs at most 10 calls at once; the 11th waits for a free slot', async () => {
    const { run, calls, gates } = server();
    for (let i = 0; i < 11; i++) method(run, 'slow')(i);
    await tick();
    expect(calls.map((c) => c.args[0])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    gates[0]();
    await vi.waitFor(() => expect(calls).toHaveLength(11));
    expect(calls[10].args).toEqual([10]);
  });
});

/** Something a page may hold but never send (a DOM element's shape: this process has no DOM). */
function domElement() {
  return { nodeType: 1, nodeName: 'TR' };
}

describe.skipIf(skipUi)('google.script.run stand-in inside a Chromium page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('offers the built bundle’s server functions, refuses a Date and a DOM element, and answers later', async () => {
    const o = await openPage(browser, 'ReturnDialog', { width: 400, height: 300 }, (fn, args) => ({ fn, args }));
    const got = await o.page.evaluate(async () => {
      const page = globalThis as unknown as { google: { script: { run: Record<string, any> } }; document: { body: object } };
      const run = page.google.script.run;
      const body = page.document.body;
      const refused = (f: () => void) => {
        try {
          f();
          return 'sent';
        } catch (e) {
          return `${(e as Error).name}: ${(e as Error).message}`;
        }
      };
      let sync = true;
      const answer = await new Promise((resolve) => {
        run.withSuccessHandler((v: unknown, u: unknown) => resolve({ v, u, sync })).withUserObject(body).resultsLoad(7, [undefined]);
        sync = false;
      });
      return {
        keys: Object.keys(run).sort(),
        missing: refused(() => run.nope()),
        date: refused(() => run.resultsLoad(new Date())),
        element: refused(() => run.resultsLoad({ row: body })),
        answer: answer as { v: unknown; u: unknown; sync: boolean },
        userIsBody: (answer as { u: unknown }).u === body,
      };
    });
    expect(got.keys).toEqual([...serverFunctions(), 'withFailureHandler', 'withSuccessHandler', 'withUserObject'].sort());
    expect(got.missing).toMatch(/^TypeError: .*not a function/);
    expect(got.date).toBe('TypeError: google.script.run: a Date (argument 1) cannot be sent to the server');
    expect(got.element).toBe('TypeError: google.script.run: a DOM element <body> (argument 1.row) cannot be sent to the server');
    expect(got.answer.v).toEqual({ fn: 'resultsLoad', args: [7, [null]] });
    expect(got.answer.sync).toBe(false);
    expect(got.userIsBody).toBe(true);
    expect(o.callsOf('resultsLoad')).toEqual([[7, [null]]]);
    expect(o.errors).toEqual([]);
  });
});

// Opens a built page (build/gas/<name>.html, served from memory) in Debian's Chromium through playwright-core, with
// google.script.run stood in by test/support/script-run.ts, injected before the page script: each call goes to a server
// handler in this process (the real bundle in node:vm, or scripted answers), can be held back or made to fail, and is
// recorded.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { answerFrom, appsScriptWire, createScriptRun, type Answer, type Call, type Server } from '../support/script-run';
import { GAS_DIR, serverFunctions } from '../sheets/session';

export const CHROMIUM = '/usr/bin/chromium';
/** Without Chromium the UI tests skip on a developer's machine; in CI (CI set) they run and fail. */
export const skipUi = !existsSync(CHROMIUM) && !process.env.CI;

export const SHOTS = join(__dirname, '../../test-results/ui');

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export type Handler = Server;
export type { Call };

/** The page's google.script.run (and google.script.host.close): the stand-in's own source, sent over window.__gas. */
function standIn(functions: string[]): string {
  const source = [createScriptRun, appsScriptWire].map(String);
  if (source.some((f) => /__vite_ssr|__name\(/.test(f))) throw new Error('test/support/script-run.ts was compiled with outside references: it cannot be sent to a page');
  return `(() => {
  const createScriptRun = ${source[0]};
  const appsScriptWire = ${source[1]};
  const run = createScriptRun(${JSON.stringify(functions)}, (name, args) => window.__gas(name, args), appsScriptWire());
  window.google = { script: { run, host: { close: () => void window.__gas('host.close', []) } } };
})();`;
}

export interface Opened {
  page: Page;
  calls: Call[];
  /** alert/confirm/prompt dialogs the page opened (none should). */
  dialogs: string[];
  /** Uncaught errors in the page, and what it logged as an error (google.script.run logs a failure nobody handles). */
  errors: string[];
  /** Makes the next call of `fn` fail as a lost connection would (google.script.run's failure handler). */
  failNext(fn: string, message: string): void;
  /**
   * Holds back the answer to the next call of `fn` (whose arguments `match`, if given) until released;
   * `waiting` resolves when that call has arrived.
   */
  hold(fn: string, match?: (args: unknown[]) => boolean): { waiting: Promise<void>; release(): void };
  /** Every call of `fn` so far. */
  callsOf(fn: string): unknown[][];
  /** Saves test-results/ui/<name>.png: what the officer sees (the viewport), or the whole page. */
  screenshot(name: string, opts?: { fullPage?: boolean }): Promise<void>;
}

/** Pages read once per test file, so another build running meanwhile in the same tree does not pull them away. */
const pages = new Map<string, string>();

function pageHtml(file: string): string {
  let html = pages.get(file);
  if (html === undefined) {
    const path = join(GAS_DIR, `${file}.html`);
    if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first`);
    html = readFileSync(path, 'utf8');
    pages.set(file, html);
  }
  return html;
}

/** Where the page is served from, as Apps Script serves it from its own origin; nothing is fetched from outside. */
const ORIGIN = 'https://dvk.invalid';

/**
 * Opens build/gas/<file>.html at the given size. `handler` answers each call (throwing makes it fail); arguments and
 * answers cross as google.script.run's do. The page may call the built bundle's server functions, no other.
 */
export async function openPage(browser: Browser, file: string, size: { width: number; height: number }, handler: Handler): Promise<Opened> {
  const html = pageHtml(file);
  const context = await browser.newContext({ viewport: size, locale: 'vi-VN', deviceScaleFactor: 1 });
  // The page is served from memory; it is self-contained, and any other request is refused.
  const url = `${ORIGIN}/${file}.html`;
  await context.route('**/*', (route) =>
    route.request().url() === url ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : route.abort(),
  );
  const page = await context.newPage();
  const calls: Call[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  const failures = new Map<string, string[]>();
  const holds: { fn: string; match?: (args: unknown[]) => boolean; gate: Promise<void>; arrived: () => void }[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  const wire = appsScriptWire();
  await page.exposeFunction('__gas', async (fn: string, args: unknown[]): Promise<Answer> => {
    calls.push({ fn, args });
    if (fn === 'host.close') return { ok: true, value: null };
    const at = holds.findIndex((h) => h.fn === fn && (!h.match || h.match(args)));
    if (at >= 0) {
      const [held] = holds.splice(at, 1);
      held.arrived();
      await held.gate;
    }
    const fail = failures.get(fn)?.shift();
    if (fail !== undefined) return { ok: false, message: fail };
    return answerFrom(handler, fn, args, wire);
  });
  await page.addInitScript(standIn(serverFunctions()));
  await page.goto(url);
  return {
    page,
    calls,
    dialogs,
    errors,
    failNext(fn, message) {
      failures.set(fn, [...(failures.get(fn) ?? []), message]);
    },
    hold(fn, match) {
      let release!: () => void;
      let arrived!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const waiting = new Promise<void>((r) => (arrived = r));
      holds.push({ fn, match, gate, arrived });
      return { waiting, release };
    },
    callsOf: (fn) => calls.filter((c) => c.fn === fn).map((c) => c.args),
    async screenshot(name, opts) {
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: opts?.fullPage ?? false, animations: 'disabled' });
    },
  };
}

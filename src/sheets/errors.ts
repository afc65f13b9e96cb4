// Error handling for every menu handler: officer mistakes become alerts, bugs are logged and reported.
import type { Reply } from './aggregate-api';
import { TEXT } from './texts';
import { isScopeStop } from './collect/scopes';

/** A problem the officer can fix (wrong sheet, bad config); its message is Vietnamese and shown as is. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

function alert(message: string): void {
  try {
    const ui = SpreadsheetApp.getUi();
    ui.alert(TEXT.appName, message, ui.ButtonSet.OK);
  } catch (e) {
    // No UI in this context (e.g. run from a trigger): the log is all there is.
    console.error(`${TEXT.appName}: ${message}\n${String(e)}`);
  }
}

/** Wraps a menu handler: a UserError becomes an alert; anything else is logged with its stack and reported in Vietnamese. */
export function guarded<A extends unknown[]>(name: string, fn: (...args: A) => void, opts: { silent?: boolean } = {}): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (e) {
      if (isScopeStop(e)) throw e;
      if (e instanceof UserError) {
        if (!opts.silent) alert(e.message);
        return;
      }
      const err = e instanceof Error ? e : new Error(String(e));
      console.error(`${name}: ${err.stack ?? err.message}`);
      if (!opts.silent) alert(TEXT.unexpected(err.message));
    }
  };
}

/**
 * Wraps a function the dialog calls with google.script.run: it always answers, `{ok: false, message}` in
 * Vietnamese when it fails (a bug is logged with its stack first), so the dialog can show it and offer to retry.
 */
export function dialogCall<A extends unknown[], R extends object>(name: string, fn: (...args: A) => R): (...args: A) => Reply<R> {
  return (...args: A) => {
    try {
      return { ok: true, ...fn(...args) } as Reply<R>;
    } catch (e) {
      if (isScopeStop(e)) throw e;
      if (e instanceof UserError) return { ok: false, message: e.message };
      const err = e instanceof Error ? e : new Error(String(e));
      console.error(`${name}: ${err.stack ?? err.message}`);
      return { ok: false, message: TEXT.unexpected(err.message) };
    }
  };
}

// One change at a time per spreadsheet: a handler that writes holds the document lock, so a second click (or another
// officer working in the same file) while one runs is told so, instead of two runs interleaving their writes.
import { UserError } from './errors';
import { TEXT } from './texts';

/** How long a second run waits for the first before saying so: a moment, not Apps Script's whole limit. */
export const LOCK_WAIT_MS = 3_000;

/**
 * Wraps a handler: it runs holding LockService.getDocumentLock(), which is always let go when it ends, failure
 * included. When another run holds it, the officer gets TEXT.busy (a UserError: an alert, or `{ok: false}` in a
 * dialog) and nothing is read or written. Outside a document (no lock to take) the handler simply runs.
 */
export function exclusive<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    const lock = LockService.getDocumentLock();
    if (lock && !lock.tryLock(LOCK_WAIT_MS)) throw new UserError(TEXT.busy);
    try {
      return fn(...args);
    } finally {
      lock?.releaseLock();
    }
  };
}

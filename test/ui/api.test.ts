// The pages' typed wrapper over google.script.run: what it sends, how answers and failures come back, and (checked by
// `tsc --noEmit`, which `npm test` runs) that a wrong name, argument or answer does not compile.
import { afterEach, describe, expect, it } from 'vitest';
import type { ResultsView } from '../../src/sheets/ui/results-view';
import { call, CallFailed, type Api } from '../../src/sheets/ui/api';
import { serverFunctions } from '../sheets/session';
import { scriptRun, type Server } from '../support/script-run';

/** google.script.run (test/support/script-run.ts) with the built bundle's server functions, answered by `server`. */
function standIn(server: Server) {
  const { run, calls } = scriptRun(serverFunctions(), server);
  (globalThis as Record<string, unknown>).google = { script: { run, host: { close() {} } } };
  return calls;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).google;
});

describe('call', () => {
  it('sends the name and arguments and resolves with the server’s answer', async () => {
    const sent = standIn((fn, args) => ({ ok: true, a1: args[1], fn }));
    const r = await call('selectCell', 7, 'D8');
    expect(sent).toEqual([{ fn: 'selectCell', args: [7, 'D8'] }]);
    expect(r).toEqual({ ok: true, a1: 'D8', fn: 'selectCell' });
  });

  it('rejects with CallFailed carrying the failure’s message, empty when it has none', async () => {
    standIn(() => {
      throw new Error('NetworkError: Connection failure due to HTTP 0');
    });
    const e = await call('resultsLoad', null).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CallFailed);
    expect((e as CallFailed).message).toBe('NetworkError: Connection failure due to HTTP 0');
    standIn(() => {
      throw undefined;
    });
    const empty = await call('resultsLoad', null).catch((x: unknown) => x);
    expect(empty).toBeInstanceOf(CallFailed);
    expect((empty as CallFailed).message).toBe('');
  });
});

// Type-level checks: each line below must fail to compile (tsc reports an unused @ts-expect-error otherwise).
export function typeChecks(view: Promise<Awaited<ReturnType<Api['resultsLoad']>>>) {
  // @ts-expect-error no server function has this name
  void call('resultsLod', null);
  // @ts-expect-error selectCell takes a sheet id and a cell, not a cell alone
  void call('selectCell', 'D8');
  // @ts-expect-error the sheet id is a number
  void call('resultsCheck', 'Danh sách đăng ký');
  return view.then((r) => {
    // @ts-expect-error an answer may be a failure: read it only after checking ok
    const rows: ResultsView['rows'] = r.rows;
    return rows;
  });
}

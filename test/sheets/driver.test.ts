// The aggregation dialog's driver (resume, retries, lost answers) against a scripted server. The page itself is
// tested in Chromium: test/ui/aggregate-dialog.test.ts.
import { describe, expect, it } from 'vitest';
import type { FinishInfo, JobInfo, Reply, StepInfo } from '../../src/sheets/aggregate-api';
import { DRIVER_TEXT, JobFailed, runJob, type Server } from '../../src/sheets/dialog/driver';

const NAMES = ['a.xlsx', 'b.xlsx', 'c.xlsx', 'd.xlsx'];

/** A server whose answers are scripted per call; it records every call. */
function scripted(opts: { failStep?: Map<number, number>; missing?: number[][]; lose?: number } = {}) {
  const calls: string[] = [];
  const fails = new Map(opts.failStep ?? []);
  const missing = [...(opts.missing ?? [])];
  let lose = opts.lose ?? -1;
  const server: Server = {
    init: async () => ({ ok: true, pending: null }),
    start: async () => ({ ok: true, jobId: 'j1', label: 'x', sources: NAMES, done: [] }),
    step: async (jobId, i): Promise<Reply<StepInfo>> => {
      calls.push(`step ${i}`);
      if (lose-- === 0) return undefined as unknown as Reply<StepInfo>;
      const n = fails.get(i) ?? 0;
      if (n > 0) {
        fails.set(i, n - 1);
        return { ok: false, message: `Lỗi khi đọc ${NAMES[i]}` };
      }
      return { ok: true, index: i, name: NAMES[i], lists: 1, models: 3, problem: null };
    },
    finish: async (): Promise<Reply<FinishInfo>> => {
      calls.push('finish');
      return { ok: true, missing: missing.shift() ?? [], summary: 'Xong.' };
    },
  };
  return { server, calls };
}

const job = (): JobInfo => ({ jobId: 'j1', label: 'x', sources: [...NAMES], done: [] });
const quiet = { reading() {}, read() {}, writing() {} };

describe('the dialog driver', () => {
  it('reads every source once, in order, then finishes', async () => {
    const { server, calls } = scripted();
    const seen: string[] = [];
    const summary = await runJob(server, job(), {
      reading: (done, total, name) => seen.push(`${done}/${total} ${name}`),
      read: (step, done) => seen.push(`✓ ${step.name} ${done}`),
      writing: () => seen.push('ghi'),
    });
    expect(summary).toBe('Xong.');
    expect(calls).toEqual(['step 0', 'step 1', 'step 2', 'step 3', 'finish']);
    expect(seen).toEqual(['0/4 a.xlsx', '✓ a.xlsx 1', '1/4 b.xlsx', '✓ b.xlsx 2', '2/4 c.xlsx', '✓ c.xlsx 3', '3/4 d.xlsx', '✓ d.xlsx 4', 'ghi']);
  });

  it('stops at a failed step with its message; running again resumes there, never re-reading done sources', async () => {
    const { server, calls } = scripted({ failStep: new Map([[2, 1]]) });
    const j = job();
    const err = await runJob(server, j, quiet).catch((e) => e);
    expect(err).toBeInstanceOf(JobFailed);
    expect(err.message).toBe('Lỗi khi đọc c.xlsx');
    expect(j.done).toEqual([0, 1]);
    expect(await runJob(server, j, quiet)).toBe('Xong.');
    expect(calls).toEqual(['step 0', 'step 1', 'step 2', 'step 2', 'step 3', 'finish']);
  });

  it('a lost answer (no reply) becomes a Vietnamese message and can be resumed', async () => {
    const { server, calls } = scripted({ lose: 1 });
    const j = job();
    const err = await runJob(server, j, quiet).catch((e) => e);
    expect(err.message).toBe(DRIVER_TEXT.lost(''));
    expect(await runJob(server, j, quiet)).toBe('Xong.');
    expect(calls.filter((c) => c === 'step 1')).toHaveLength(2);
  });

  it('reads again the sources the server says are missing, and gives up after three rounds', async () => {
    const once = scripted({ missing: [[1, 3]] });
    expect(await runJob(once.server, job(), quiet)).toBe('Xong.');
    expect(once.calls).toEqual(['step 0', 'step 1', 'step 2', 'step 3', 'finish', 'step 1', 'step 3', 'finish']);
    const never = scripted({ missing: [[0], [0], [0]] });
    await expect(runJob(never.server, job(), quiet)).rejects.toThrow(DRIVER_TEXT.stuck);
  });
});

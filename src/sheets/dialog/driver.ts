// The aggregation dialog's logic without the page: reads each source with one server call, then finishes.
// The job keeps which sources are read, so running it again after a failure resumes where it stopped.
import type { FinishInfo, JobInfo, Reply, SourceSpec, StepInfo } from '../aggregate-api';
import { lostConnection } from '../ui/api';

export interface Server {
  init(): Promise<Reply<{ pending: JobInfo | null; defaultFolder?: string }>>;
  start(spec: SourceSpec): Promise<Reply<JobInfo>>;
  step(jobId: string, index: number): Promise<Reply<StepInfo>>;
  finish(jobId: string): Promise<Reply<FinishInfo>>;
}

export interface Progress {
  /** Before reading a source: how many are read, of how many, and the one being read. */
  reading(done: number, total: number, name: string): void;
  /** After a source is read. */
  read(step: StepInfo, done: number, total: number): void;
  /** All read: the result sheets are being written. */
  writing(): void;
  /** Asked before each server call: true when the officer pressed “Dừng”. */
  stopRequested?(): boolean;
}

/** A server answer that was not ok: its Vietnamese message is shown as is. */
export class JobFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JobFailed';
  }
}

export const DRIVER_TEXT = {
  stopped: (done: number, total: number) =>
    `Đã dừng: đã đọc ${done}/${total} nguồn. Các nguồn đã đọc vẫn được giữ; bấm “Tiếp tục” để đọc tiếp.`,
  stuck: 'Một số nguồn đã đọc nhưng không lưu được kết quả. Hãy bấm “Tiếp tục” để thử lại.',
  lost: (detail: string) => `${lostConnection(detail)} Các nguồn đã đọc vẫn được giữ; hãy bấm “Tiếp tục”.`,
} as const;

/** The officer stopped the job; what is read stays stored, and running the job again resumes there. */
export class JobStopped extends Error {
  constructor(done: number, total: number) {
    super(DRIVER_TEXT.stopped(done, total));
    this.name = 'JobStopped';
  }
}

export async function unwrap<T>(reply: Promise<Reply<T>>): Promise<T> {
  const r = await reply;
  if (!r || typeof r !== 'object') throw new JobFailed(DRIVER_TEXT.lost(''));
  if (!r.ok) throw new JobFailed(r.message);
  return r;
}

/** Reads every source not read yet, then writes the result; resolves with the summary to show. */
export async function runJob(server: Server, job: JobInfo, progress: Progress): Promise<string> {
  const total = job.sources.length;
  const done = new Set(job.done);
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < total; i++) {
      if (done.has(i)) continue;
      if (progress.stopRequested?.()) throw new JobStopped(done.size, total);
      progress.reading(done.size, total, job.sources[i]);
      const step = await unwrap(server.step(job.jobId, i));
      done.add(i);
      job.done = [...done].sort((a, b) => a - b);
      progress.read(step, done.size, total);
    }
    if (progress.stopRequested?.()) throw new JobStopped(done.size, total);
    progress.writing();
    const fin = await unwrap(server.finish(job.jobId));
    if (!fin.missing.length) return fin.summary;
    for (const i of fin.missing) done.delete(i);
    job.done = [...done].sort((a, b) => a - b);
  }
  throw new JobFailed(DRIVER_TEXT.stuck);
}

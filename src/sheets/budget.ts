// Apps Script stops a run after 6 minutes (“Script runtime”), cutting it off wherever it is. A long server call
// measures its own time from its first line and leaves out what no longer fits, saying so, instead.

/** Apps Script's limit for one execution. */
export const RUN_LIMIT_MS = 6 * 60_000;

export class Budget {
  private readonly started = Date.now();

  /** Milliseconds since the call began. */
  elapsed(): number {
    return Date.now() - this.started;
  }

  /** Milliseconds before Apps Script stops the call. */
  left(): number {
    return RUN_LIMIT_MS - this.elapsed();
  }

  /** Whether `ms` more still fit before the limit. */
  fits(ms: number): boolean {
    return this.left() >= ms;
  }

  /** The time used so far in Vietnamese: “4 phút 36 giây”, “40 giây”. */
  usedText(): string {
    const s = Math.max(0, Math.floor(this.elapsed() / 1000));
    const m = Math.floor(s / 60);
    return m ? `${m} phút ${s % 60} giây` : `${s} giây`;
  }
}

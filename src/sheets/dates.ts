// Date cells from getValues() are instants at midnight in the spreadsheet's time zone; the domain reads
// a Date's UTC calendar day (as exceljs gives it), so the adapter re-bases each Date on its wall-clock time.

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

interface WallClock {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

/** Wall-clock parts of an instant in a time zone; the runtime's own zone when Intl cannot do it. */
export function wallClockIn(tz: string | null): (d: Date) => WallClock {
  let fmt: Intl.DateTimeFormat | null = null;
  if (tz) {
    try {
      fmt = new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      fmt = null;
    }
  }
  return (d) => {
    if (fmt) {
      const p: Record<string, number> = {};
      for (const part of fmt.formatToParts(d)) if (part.type !== 'literal') p[part.type] = Number(part.value);
      if (p.year && p.month && p.day) return { y: p.year, mo: p.month, d: p.day, h: p.hour % 24, mi: p.minute, s: p.second };
    }
    return { y: d.getFullYear(), mo: d.getMonth() + 1, d: d.getDate(), h: d.getHours(), mi: d.getMinutes(), s: d.getSeconds() };
  };
}

/** Replaces each Date cell, in place, by the UTC instant with the same wall-clock reading; the zone is asked for only when a Date is found. */
export function rebaseDates(values: unknown[][], timeZone: () => string | null): void {
  let clock: ((d: Date) => WallClock) | null = null;
  for (const row of values)
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (!isDate(v) || isNaN(v.getTime())) continue;
      clock ??= wallClockIn(timeZone());
      const w = clock(v);
      row[c] = new Date(Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s));
    }
}

/** “14:05 ngày 06/07/2021” in the given zone. */
export function stamp(d: Date, tz: string | null): string {
  const w = wallClockIn(tz)(d);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(w.h)}:${p(w.mi)} ngày ${p(w.d)}/${p(w.mo)}/${w.y}`;
}

/** The calendar day of an instant in the given zone, YYYY-MM-DD. */
export function isoDay(d: Date, tz: string | null): string {
  const w = wallClockIn(tz)(d);
  return `${w.y}-${String(w.mo).padStart(2, '0')}-${String(w.d).padStart(2, '0')}`;
}

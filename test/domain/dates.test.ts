import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/domain/dates';

describe('isIsoDate', () => {
  it('accepts real calendar days in YYYY-MM-DD', () => {
    for (const s of ['2021-07-15', '2024-02-29', '2000-02-29', '2021-12-31', '2021-01-01', '0001-01-01', '9999-12-31'])
      expect(isIsoDate(s), s).toBe(true);
  });

  it('refuses days that do not exist and other shapes', () => {
    for (const s of [
      '2021-13-45',
      '9999-99-99',
      '2021-02-30',
      '2021-02-29',
      '1900-02-29',
      '2021-04-31',
      '2021-00-10',
      '2021-01-00',
      '0000-01-01',
      '2021-7-15',
      '15/07/2021',
      ' 2021-07-15',
      '2021-07-15 ',
      '2021-07-15T00:00',
      '２０２１-07-15',
      '',
    ])
      expect(isIsoDate(s), s).toBe(false);
  });

  it('agrees with the calendar of Date for every day of years 1900–2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const t = new Date(Date.UTC(y, m - 1, d));
        const real = m >= 1 && m <= 12 && d >= 1 && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
        expect(isIsoDate(s)).toBe(real);
      }),
    );
  });
});

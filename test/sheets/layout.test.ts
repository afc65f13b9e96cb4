// The registration sheet layout menuSetup writes, for each campaign form, and date handling of the reader.
import { describe, expect, it } from 'vitest';
import { findHeader } from '../../src/domain/header';
import { PRESETS, presetConfig } from '../../src/domain/presets';
import type { Cell } from '../../src/domain/grid';
import { rebaseDates, stamp } from '../../src/sheets/dates';
import { registrationLayout } from '../../src/sheets/setup';

describe('registrationLayout', () => {
  it('is the seed-004 form for the default campaign', () => {
    const L = registrationLayout(presetConfig()!);
    expect(L.width).toBe(8);
    expect(L.values[4]).toEqual(['STT', 'Tên tập thể hoặc cá nhân xây dựng mô hình điển hình', 'Tên mô hình hoặc điển hình', 'Tiếp tục đăng ký', 'Đăng ký xây dựng mới', 'Lĩnh vực', '', '']);
    expect(L.values[5].slice(5)).toEqual(['Văn hóa - xã hội', 'An ninh - quốc phòng', 'Xây dựng hệ thống chính trị']);
    expect(L.merges).toContainEqual({ top: 4, left: 5, bottom: 4, right: 7 });
    expect(L.markCols).toEqual({ first: 3, last: 7 });
    expect(L.textCols).toEqual([1, 2]);
    expect(L.widths).toHaveLength(8);
  });

  it('puts the campaign’s extra columns after the fields, merged vertically and typed as text', () => {
    const L = registrationLayout(presetConfig('dang-uy-khoi-2024')!);
    expect(L.width).toBe(5 + 4 + 3);
    expect(L.values[4].slice(9)).toEqual(['Địa điểm triển khai', 'Cơ quan, đơn vị thực hiện', 'Nội dung, hình thức hoạt động']);
    expect(L.merges).toContainEqual({ top: 4, left: 9, bottom: 5, right: 9 });
    expect(L.markCols).toEqual({ first: 3, last: 8 });
    expect(L.textCols).toEqual([1, 2, 9, 10, 11]);
  });

  it.each(Object.keys(PRESETS))('the domain finds every column of the %s form it lays out', (name) => {
    const config = presetConfig(name)!;
    const L = registrationLayout(config);
    const values: Cell[][] = L.values.map((r) => r.map((c) => (c === '' ? null : c)));
    const h = findHeader({ values, merges: L.merges }, config);
    expect(h).not.toBeNull();
    expect([h!.firstRow, h!.lastRow]).toEqual([5, 6]);
    expect([h!.stt, h!.name, h!.model, h!.cont, h!.new]).toEqual([0, 1, 2, 3, 4]);
    expect(Object.keys(h!.fields).sort()).toEqual(config.fields.map((f) => f.code).sort());
    expect(Object.keys(h!.extra).sort()).toEqual((config.columns ?? []).map((c) => c.key).sort());
  });
});

describe('dates from getValues', () => {
  it('re-bases a date cell on the spreadsheet’s calendar day, asking for the zone only when a date is there', () => {
    let asked = 0;
    const zone = () => {
      asked++;
      return 'Asia/Ho_Chi_Minh';
    };
    const plain: unknown[][] = [['a', 1, true, '']];
    rebaseDates(plain, zone);
    expect(asked).toBe(0);
    // Midnight 15/7/2021 in Hà Nội is 17:00 UTC the day before.
    const values: unknown[][] = [[new Date(Date.UTC(2021, 6, 14, 17)), 'x'], [new Date(Date.UTC(2021, 6, 15, 2, 30))]];
    rebaseDates(values, zone);
    expect(asked).toBe(1);
    expect((values[0][0] as Date).toISOString()).toBe('2021-07-15T00:00:00.000Z');
    expect((values[1][0] as Date).toISOString()).toBe('2021-07-15T09:30:00.000Z');
    expect(values[0][1]).toBe('x');
  });

  it('formats a time stamp in the zone', () => {
    expect(stamp(new Date(Date.UTC(2021, 6, 5, 20, 7)), 'Asia/Ho_Chi_Minh')).toBe('03:07 ngày 06/07/2021');
  });
});

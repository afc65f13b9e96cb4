// Builds grids in the seed-004 registration form shape for tests.
import type { Cell, Grid, Merge } from '../../src/domain/grid';

export interface FormRow {
  stt?: Cell;
  name?: Cell;
  model?: Cell;
  cont?: Cell;
  new?: Cell;
  /** Marks under VH-XH, ANQP, Xây dựng HTCT. */
  fields?: [Cell?, Cell?, Cell?];
}

export const SEED_TOP = ['STT', 'Tên tập thể hoặc cá nhân xây dựng mô hình điển hình', 'Tên mô hình hoặc điển hình', 'Tiếp tục đăng ký', 'Đăng ký xây dựng mới', 'Lĩnh vực', null, null];
export const SEED_SUB = [null, null, null, null, null, 'VH-XH', 'ANQP', 'Xây dựng HTCT'];

/** The seed-004 form: unit line, titles, blank, two header rows (rows 5–6), then the model rows from row 7. */
export function seedGrid(unit: string | null, rows: FormRow[], opts: { top?: Cell[]; sub?: Cell[]; extraTitle?: Cell[][] } = {}): Grid {
  const titles: Cell[][] = [
    [unit],
    ['DANH SÁCH'],
    ['ĐĂNG KÝ XÂY DỰNG MÔ HÌNH, ĐIỂN HÌNH “DÂN VẬN KHÉO” TRONG GIAI ĐOẠN 2021 – 2025'],
    ...(opts.extraTitle ?? []),
    [],
  ];
  const h = titles.length; // 0-based index of the first header row
  const values: Cell[][] = [
    ...titles,
    opts.top ?? SEED_TOP,
    opts.sub ?? SEED_SUB,
    ...rows.map((r) => [r.stt ?? null, r.name ?? null, r.model ?? null, r.cont ?? null, r.new ?? null, r.fields?.[0] ?? null, r.fields?.[1] ?? null, r.fields?.[2] ?? null]),
  ];
  const merges: Merge[] = [
    ...[0, 1, 2, 3, 4].map((c) => ({ top: h, left: c, bottom: h + 1, right: c })),
    { top: h, left: 5, bottom: h, right: 7 },
    ...[0, 1, 2].map((r) => ({ top: r, left: 0, bottom: r, right: 7 })),
  ];
  return { values, merges, sheetName: 'Sheet1' };
}

/** A valid model row: new registration, field VH-XH. */
export const ok = (n: number, extra: Partial<FormRow> = {}): FormRow => ({
  stt: n,
  name: `Công đoàn Trường THCS số ${n}`,
  model: `Mô hình “Mỗi tuần một việc làm tốt” ${n}`,
  new: 'x',
  fields: ['x'],
  ...extra,
});

export const HOA_LU = 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN HOA LƯ';
/** The 1-based sheet row of the n-th model row (n from 1) in seedGrid without extra titles. */
export const rowOf = (n: number) => 6 + n;

// The document metadata contract: defaults, sheet-style input, Vietnamese problems with key paths.
import { describe, expect, it } from 'vitest';
import { parseMeta } from '../../../src/domain/document/meta';
import { PARTY_META, STATE_META } from './fixtures';

describe('document metadata', () => {
  it('accepts the seed-004 metadata and fills the defaults', () => {
    const r = parseMeta(STATE_META);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.meta.the_thuc).toBe('nha-nuoc');
    expect(r.meta.so).toBe('29');
    expect(r.meta.noi_nhan).toHaveLength(5);
  });

  it('accepts the Party profile', () => {
    const r = parseMeta(PARTY_META);
    expect(r.ok && r.meta.the_thuc).toBe('dang');
  });

  it('needs only the issuing body, the symbol and the place', () => {
    const r = parseMeta({ co_quan: 'Sở Y tế', ky_hieu: 'KH-SYT', dia_danh: 'Hà Tĩnh' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.meta).toMatchObject({ the_thuc: 'nha-nuoc', can_cu: [], noi_nhan: [] });
    expect(r.meta.so).toBeUndefined();
    expect(r.meta.ngay).toBeUndefined();
  });

  it('reads lists from one multi-line text (a sheet cell) and a number typed as text', () => {
    const r = parseMeta({ ...STATE_META, so: '07', noi_nhan: 'Sở Nội vụ\r\n\r\n Lãnh đạo Sở \n', can_cu: null });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.meta.so).toBe('7');
    expect(r.meta.noi_nhan).toEqual(['Sở Nội vụ', 'Lãnh đạo Sở']);
    expect(r.meta.can_cu).toEqual([]);
  });

  it('treats blank optional values as absent and normalises to NFC', () => {
    const r = parseMeta({ ...STATE_META, so: '', nguoi_ky: '  ', co_quan: 'Lie\u0302n đoa\u0300n' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.meta.so).toBeUndefined();
    expect(r.meta.nguoi_ky).toBeUndefined();
    expect(r.meta.co_quan).toBe('Liên đoàn');
  });

  it('lists every problem at once, each with its key path, in Vietnamese', () => {
    const r = parseMeta({
      co_quan: '',
      ky_hieu: '29/HD-LĐLĐ',
      ngay: '06/07/2021',
      so: 'hai chín',
      the_thuc: 'dang-uy',
      noi_nhan: ['Sở Nội vụ', 3],
      chu_ky: 'x',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.problems.map((p) => [p.path, p.message]));
    expect(byPath).toEqual({
      co_quan: 'không được để trống',
      ky_hieu: 'chỉ ghi ký hiệu, không ghi số ở đầu (ví dụ: HD-LĐLĐ); số ghi ở khóa “so”',
      dia_danh: 'bắt buộc nhưng đang thiếu',
      ngay: 'sai định dạng ngày, cần dạng YYYY-MM-DD (ví dụ: 2021-07-15)',
      so: 'phải là số văn bản gồm chữ số, lớn hơn 0 (ví dụ: 29)',
      the_thuc: 'phải là “nha-nuoc” hoặc “dang”',
      noi_nhan: 'phải là danh sách ["…", "…"] hoặc một đoạn chữ, mỗi dòng một mục',
      '(gốc)': 'có khóa không hợp lệ: “chu_ky”',
    });
  });

  it('takes the recognition level of a decision (cap_cong_nhan) as text, checked against the config when rendering', () => {
    const r = parseMeta({ ...STATE_META, cap_cong_nhan: ' Ti\u0309nh ' });
    expect(r.ok && r.meta.cap_cong_nhan).toBe('Tỉnh');
    const blank = parseMeta({ ...STATE_META, cap_cong_nhan: '' });
    expect(blank.ok && blank.meta.cap_cong_nhan).toBeUndefined();
    // Still strict: a misspelt key is a problem, not silently ignored.
    const typo = parseMeta({ ...STATE_META, cap_cong_nhân: 'tinh' });
    expect(typo.ok ? [] : typo.problems).toEqual([{ path: '(gốc)', message: 'có khóa không hợp lệ: “cap_cong_nhân”' }]);
  });

  it('rejects a date that does not exist and a zero number', () => {
    const r = parseMeta({ ...STATE_META, ngay: '2021-02-29', so: 0 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      { path: 'so', message: 'phải là số văn bản gồm chữ số, lớn hơn 0 (ví dụ: 29)' },
      { path: 'ngay', message: 'không phải ngày có thật' },
    ]);
  });
});

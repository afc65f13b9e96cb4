// Parts of “Soạn văn bản” that need no Apps Script service: signed-byte conversion, the metadata form's keys and
// check, output file names, HTML escaping of the return dialog.
import { describe, expect, it } from 'vitest';
import { metaSchema, parseMeta } from '../../src/domain/document';
import { fromSignedBytes, toSignedBytes } from '../../src/sheets/bytes';
import { checkMeta, isoFromDmy, KNOWN, META_KEYS, metaFields, SETTING_KEYS } from '../../src/sheets/generate/meta-fields';
import { DEFAULT_SETTINGS } from '../../src/sheets/generate/meta-sheet';
import { outputBaseName } from '../../src/sheets/generate/names';
import { escapeHtml, returnPage } from '../../src/sheets/return/server';

describe('signed bytes', () => {
  it('round-trips every byte value, and maps 128…255 to −128…−1', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const signed = toSignedBytes(all);
    expect(signed.slice(0, 128)).toEqual(Array.from({ length: 128 }, (_, i) => i));
    expect(signed.slice(128)).toEqual(Array.from({ length: 128 }, (_, i) => i - 128));
    expect(signed.every((b) => b >= -128 && b <= 127)).toBe(true);
    expect(fromSignedBytes(signed)).toEqual(all);
  });

  it('takes what getBytes returns (a plain array) and leaves unsigned input as it is', () => {
    expect(fromSignedBytes([80, 75, 3, 4, -1, -128, 127])).toEqual(Uint8Array.from([80, 75, 3, 4, 255, 128, 127]));
    expect(fromSignedBytes([0, 200, 255])).toEqual(Uint8Array.from([0, 200, 255]));
    const big = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 256);
    expect(fromSignedBytes(toSignedBytes(big))).toEqual(big);
  });
});

describe('metadata form', () => {
  it('offers every key of the contract, each with a Vietnamese label and hint', () => {
    expect(META_KEYS).toEqual(Object.keys(metaSchema.shape));
    for (const k of META_KEYS) {
      expect(KNOWN[k], k).toBeDefined();
      expect(KNOWN[k].label.normalize('NFC')).toBe(KNOWN[k].label);
    }
    expect(metaFields([]).filter((f) => f.required).map((f) => f.key)).toEqual(['co_quan', 'ky_hieu', 'dia_danh']);
    // Required by the schema ⇔ marked required in the form.
    const required = META_KEYS.filter((k) => !parseMeta({ co_quan: 'A', ky_hieu: 'KH', dia_danh: 'B', [k]: undefined }).ok || ['co_quan', 'ky_hieu', 'dia_danh'].includes(k));
    expect(required).toEqual(['co_quan', 'ky_hieu', 'dia_danh']);
    expect(metaFields(['Cơ sở', 'Tỉnh']).find((f) => f.key === 'cap_cong_nhan')?.suggestions).toEqual(['Cơ sở', 'Tỉnh']);
    // The dialog's choices never collide with metadata keys.
    for (const k of SETTING_KEYS) expect(META_KEYS).not.toContain(k);
    expect(DEFAULT_SETTINGS.template).toBe('danh-sach');
  });

  it('checks with the contract’s schema: blanks are absent, dd/mm/yyyy dates are taken, problems name their key', () => {
    const r = checkMeta({ co_quan: 'LĐLĐ tỉnh', ky_hieu: 'KH-LĐLĐ', dia_danh: 'Ninh Bình', ngay: '5/2/2024', so: '', trich_yeu: '  ', noi_nhan: 'A\n\nB\n' });
    expect(r.ok && r.meta).toMatchObject({ ngay: '2024-02-05', noi_nhan: ['A', 'B'], the_thuc: 'nha-nuoc' });
    expect(r.ok && r.meta.so).toBeUndefined();
    const bad = checkMeta({ co_quan: 'LĐLĐ tỉnh', ky_hieu: 'KH', dia_danh: 'Ninh Bình', ngay: '31/02/2024', the_thuc: 'tw', mau_van_ban: 'ke-hoach', la: 'x' });
    expect(bad.ok ? [] : bad.problems).toEqual([
      { key: 'the_thuc', text: 'Thể thức (the_thuc): phải là “nha-nuoc” hoặc “dang”' },
      { key: 'ngay', text: 'Ngày ban hành (ngay): không phải ngày có thật' },
      { key: '', text: 'Trang “Văn bản”: có khóa không hợp lệ: “la”' },
    ]);
    expect(isoFromDmy('06/07/2021')).toBe('2021-07-06');
    expect(isoFromDmy('2021-07-06')).toBe('2021-07-06');
    expect(isoFromDmy('ngày 6')).toBe('ngày 6');
  });
});

describe('output names', () => {
  const meta = (o: Record<string, unknown>) => {
    const r = parseMeta({ co_quan: 'A', dia_danh: 'B', ky_hieu: 'HD-LĐLĐ', ...o });
    if (!r.ok) throw new Error('bad meta');
    return r.meta;
  };
  it('type, number and symbol, date; no character a file system refuses', () => {
    expect(outputBaseName('Hướng dẫn', meta({ so: 29, ngay: '2021-07-06' }), false)).toBe('Hướng dẫn số 29-HD-LĐLĐ ngày 06-07-2021');
    expect(outputBaseName('Chương trình', meta({ so: '09', ky_hieu: 'CTr/HU' }), false)).toBe('Chương trình số 9-CTr-HU');
    expect(outputBaseName('Quyết định', meta({}), true)).toBe('Quyết định (mỗi mô hình một văn bản)');
    expect(outputBaseName('Mẫu: "A" <B>?', meta({}), false)).toBe('Mẫu- -A- -B-');
  });
});

describe('return dialog page', () => {
  it('puts the text in escaped, so it is shown as text', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')"> & </textarea>`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; &lt;/textarea&gt;');
    const page = returnPage('<p><!-- summary --></p><textarea><!-- message --></textarea>', 'a < b', '$& $1 </textarea><script>');
    expect(page).toBe('<p>a &lt; b</p><textarea>$&amp; $1 &lt;/textarea&gt;&lt;script&gt;</textarea>');
    expect(() => returnPage('<textarea></textarea>', '', '')).toThrow(/placeholder/);
  });
});

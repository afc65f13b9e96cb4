// Pure pieces of the Sheets aggregation: the job record's chunking, folder links, and how result tables become
// cell values and number formats.
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/domain/aggregate';
import { masterHeader, NO_OFFICER_VALUES } from '../../src/domain/master';
import { presetConfig } from '../../src/domain/presets';
import { aggregateTables } from '../../src/domain/report-tables';
import type { Table } from '../../src/domain/table';
import { CHUNK, decodeRecord, encodeRecord } from '../../src/sheets/job-store';
import { tableCells } from '../../src/sheets/outputs';
import { parseFolderId } from '../../src/sheets/sources';
import { parseFileRef, parseFolderRef } from '../../src/sheets/ui/shared';

describe('job records', () => {
  it('splits JSON into marked chunks below the 50,000-character cell limit, never inside a surrogate pair', () => {
    const text = 'Mô hình “Dân vận khéo” 😀 '.repeat(9000); // ≈ 240,000 characters with astral emoji
    for (let shift = 0; shift < 4; shift++) {
      const value = { pad: 'x'.repeat(shift), text, n: [1, 2.5, null, true] };
      const cells = encodeRecord('source 3', 'jabc', value);
      expect(cells.slice(0, 3)).toEqual(['|source 3', '|jabc', String(cells.length - 3)]);
      for (const c of cells.slice(3)) {
        expect(c.length).toBeLessThanOrEqual(CHUNK + 1);
        expect(c.length).toBeLessThan(50_000);
        expect(c[0]).toBe('|');
        expect(/^[\uDC00-\uDFFF]/.test(c.slice(1))).toBe(false);
      }
      expect(cells.length - 3).toBeGreaterThan(5);
      expect(decodeRecord(cells)).toEqual({ key: 'source 3', jobId: 'jabc', value });
    }
  });

  it('rejects a record that is incomplete or was altered', () => {
    const cells = encodeRecord('job', 'j1', { a: 'b'.repeat(CHUNK * 2) });
    expect(decodeRecord(cells.slice(0, -1))).toBeNull();
    expect(decodeRecord([...cells.slice(0, 3), '', ...cells.slice(4)])).toBeNull();
    expect(decodeRecord(['|job', '|j1', '1', '|{"a":'])).toBeNull();
    expect(decodeRecord(['', '', '', ''])).toBeNull();
    // Later cells (left from a longer earlier write) are ignored: the count decides.
    expect(decodeRecord([...encodeRecord('job', 'j2', [1]), '|stale', '|stale'])).toEqual({ key: 'job', jobId: 'j2', value: [1] });
  });
});

describe('parseFolderId', () => {
  const ID = '1AbC-dEf_GhIjKlMnOpQrStUvWxYz012';
  it.each([
    [`https://drive.google.com/drive/folders/${ID}`, ID],
    [`https://drive.google.com/drive/u/1/folders/${ID}?usp=sharing`, ID],
    [`https://drive.google.com/open?id=${ID}`, ID],
    [`  ${ID}  `, ID],
    ['https://example.com/', null],
    ['thư mục của tôi', null],
    ['', null],
  ])('%s', (input, id) => expect(parseFolderId(input)).toBe(id));
});

describe('Drive links with a resource key', () => {
  const ID = '1AbC-dEf_GhIjKlMnOpQrStUvWxYz012';
  it.each([
    [`https://drive.google.com/drive/folders/${ID}?resourcekey=0-abc_DEF-12`, { id: ID, resourceKey: '0-abc_DEF-12' }],
    [`https://drive.google.com/drive/u/0/folders/${ID}?usp=sharing&resourcekey=0-xyz`, { id: ID, resourceKey: '0-xyz' }],
    [`https://drive.google.com/open?id=${ID}&resourcekey=0-k`, { id: ID, resourceKey: '0-k' }],
    [`https://drive.google.com/drive/folders/${ID}?usp=sharing`, { id: ID, resourceKey: null }],
    [ID, { id: ID, resourceKey: null }],
    ['https://example.com/?resourcekey=0-abc', null],
  ])('folder %s', (input, ref) => expect(parseFolderRef(input)).toEqual(ref));
  it.each([
    [`https://drive.google.com/file/d/${ID}/view?usp=sharing&resourcekey=0-abc`, { id: ID, resourceKey: '0-abc' }],
    [`https://docs.google.com/document/d/${ID}/edit?resourcekey=0-RK#heading=h.1`, { id: ID, resourceKey: '0-RK' }],
    [`https://drive.google.com/file/d/${ID}/view`, { id: ID, resourceKey: null }],
    ['mẫu của tôi', null],
  ])('file %s', (input, ref) => expect(parseFileRef(input)).toEqual(ref));
});

describe('tableCells', () => {
  const config = presetConfig()!;
  const agg = aggregate(
    [
      {
        kind: 'master',
        source: { file: 'x.xlsx', sheet: 'Tổng hợp' },
        modified: null,
        rows: [
          {
            masterRow: 2,
            unit: { name: 'Liên đoàn Lao động huyện Hoa Lư', type: 'ldld-huyen' },
            name: '+84 912',
            model: '=1+1',
            regType: 'new',
            field: 'ANQP',
            extra: {},
            kind: null,
            officer: { ...NO_OFFICER_VALUES },
            codes: [],
            source: { file: '007.xlsx', sheet: '1/2', row: 9 },
            date: '2021-07-14',
            sourceModified: null,
            fingerprint: '',
            officerEdited: [],
            own: {},
          },
        ],
      },
    ],
    config,
  );
  const [master, stats] = aggregateTables(agg, config);

  it('makes every string plain text, keeps numbers as numbers and dates as dates', () => {
    const { width, values, formats } = tableCells(master);
    const head = masterHeader(config);
    expect(width).toBe(head.length);
    const at = (h: string) => values[1][head.indexOf(h)];
    expect(['STT', 'Đơn vị', 'Tên tập thể hoặc cá nhân', 'Tên mô hình hoặc điển hình', 'Tệp nguồn', 'Trang nguồn', 'Dòng nguồn', 'Ngày trên danh sách'].map(at)).toEqual([
      1,
      'Liên đoàn Lao động huyện Hoa Lư',
      '+84 912',
      '=1+1',
      '007.xlsx',
      '1/2',
      9,
      '2021-07-14', // a real date: Sheets reads this text as that day in the spreadsheet's own zone
    ]);
    // Numbers are the row counters, dates are dates; everything else is plain text, blanks included.
    const kind = (h: string) => (h === 'STT' || h === 'Dòng nguồn' ? '0' : h === 'Ngày trên danh sách' || h === 'Ngày công nhận' ? 'dd/mm/yyyy' : '@');
    expect(formats[1]).toEqual(head.map(kind));
    const s = tableCells(stats);
    const pct = s.values.findIndex((r) => r[0] === 'An ninh - quốc phòng');
    expect(s.values[pct].slice(0, 3)).toEqual(['An ninh - quốc phòng', 1, 100]);
    const byUnit = s.values.findIndex((r) => r[1] === 'Liên đoàn Lao động huyện Hoa Lư');
    expect(s.values[byUnit][4]).toBe('3'); // the quota “3” stays text, as in the .xlsx
    expect(s.formats[byUnit][4]).toBe('@');
    expect(s.values.every((r) => r.length === s.width)).toBe(true);
  });

  it('formats fractions with decimals and blank text cells as text; a date with a time keeps it', () => {
    const t: Table = {
      name: 't',
      rows: [['a', 12.5, null, new Date(Date.UTC(2021, 6, 14, 9, 30))], [null, 3]],
      columns: [
        { header: 'a', width: 5, kind: 'text' },
        { header: 'b', width: 5, kind: 'number' },
        { header: 'c', width: 5, kind: 'number' },
        { header: 'd', width: 5, kind: 'date', input: true },
      ],
      bold: [],
      frozen: 0,
      charts: [],
    };
    const { values, formats } = tableCells(t);
    expect(values).toEqual([['a', 12.5, '', '2021-07-14 09:30:00'], ['', 3, '', '']]);
    expect(formats).toEqual([['@', '0.0##', '0', 'dd/mm/yyyy hh:mm'], ['@', '0', '0', 'dd/mm/yyyy']]);
  });

  it('the statistics declare their charts: the block of fields and the block of units', () => {
    const [field, units] = stats.charts;
    expect(field).toMatchObject({ type: 'column', title: 'Số mô hình theo lĩnh vực', labels: 0, values: 1 });
    expect(stats.rows[field.header].slice(0, 2)).toEqual(['Lĩnh vực', 'Số mô hình']);
    expect(stats.rows.slice(field.header + 1, field.last + 1).map((r) => r[0])).toEqual(config.fields.map((f) => f.label));
    expect(units).toMatchObject({ type: 'bar', title: 'Số mô hình theo đơn vị', labels: 1, values: 3 });
    expect(units.last - units.header).toBe(config.units.length);
  });
});

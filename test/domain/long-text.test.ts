// Long text cells (the 2026 ten-item form: several paragraphs in one cell) arrive intact: read, validated, carried
// into the master and into the documents, line breaks kept and nothing cut.
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/domain/aggregate';
import { parseConfig, type Config, type ConfigInput } from '../../src/domain/config';
import { renderDocument } from '../../src/domain/document/render';
import type { Cell, Grid } from '../../src/domain/grid';
import { masterTable } from '../../src/domain/master';
import { presetConfig } from '../../src/domain/presets';
import { validateList } from '../../src/domain/validate';
import { FIXED_NOW, meta, ninhBinh } from './document/fixtures';
import { part, templateBytes } from './document/helpers';

const config: Config = (() => {
  const c = structuredClone(ninhBinh()) as ConfigInput;
  c.columns = [{ key: 'cach_lam', label: 'Nội dung, cách làm', required: true }];
  const r = parseConfig(c);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.config;
})();

const WAY = [
  '1. Thành lập tổ tự quản gồm 12 hộ, họp định kỳ ngày 15 hằng tháng tại nhà văn hóa.',
  '2. Mỗi hộ đăng ký một việc cụ thể: quét dọn ngõ, trồng hoa, phân loại rác tại nguồn.',
  '',
  '3. Kết quả được công khai trên bảng tin tổ dân phố và nhóm Zalo “Tổ 5 – Đông Thành”.',
].join('\n');
const LONG = `${'Vận động nhân dân cùng làm; '.repeat(400)}hết.`; // 11,000+ characters: far more than a line, less than a cell

function list(cells: Cell[][]): Grid {
  return {
    values: [
      ['LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ NINH BÌNH'],
      ['DANH SÁCH'],
      [],
      ['STT', 'Tên tập thể hoặc cá nhân', 'Tên mô hình hoặc điển hình', 'Tiếp tục đăng ký', 'Đăng ký xây dựng mới', 'Lĩnh vực', null, null, 'Nội dung, cách làm'],
      [null, null, null, null, null, 'VH-XH', 'ANQP', 'Xây dựng HTCT', null],
      ...cells,
    ],
    merges: [{ top: 3, left: 5, bottom: 3, right: 7 }],
  };
}

describe('a cell of several paragraphs', () => {
  const grid = list([
    [1, 'Tổ dân phố số 5,\nphường Đông Thành', 'Ngõ xanh – sạch – đẹp', null, 'x', 'x', null, null, WAY],
    [2, 'Công đoàn phường Nam Thành', 'Chợ văn minh', null, 'x', 'x', null, null, LONG],
    [3, 'Công đoàn phường Bích Đào', 'Khu dân cư an toàn', null, 'x', null, 'x', null, 'Tuần tra\r\nban đêm'],
  ]);
  const r = validateList(grid, config);

  it('is read and validated as written: no finding, every line and every character kept', () => {
    expect(r.findings).toEqual([]);
    expect(r.models.map((m) => m.extra.cach_lam)).toEqual([WAY, LONG, 'Tuần tra\r\nban đêm']);
    expect(r.models[0].name).toBe('Tổ dân phố số 5,\nphường Đông Thành');
  });

  it('loses only the characters XML forbids, each reported at its cell, also when the only one comes first', () => {
    const bad = validateList(
      list([
        [1, '\u0001Công đoàn phường Nam Thành', 'Chợ văn minh', null, 'x', 'x', null, null, 'Tuần tra\u000b ban đêm\u000b'],
      ]),
      config,
    );
    expect(bad.models[0].name).toBe('Công đoàn phường Nam Thành');
    expect(bad.models[0].extra.cach_lam).toBe('Tuần tra ban đêm');
    expect(bad.findings.filter((f) => f.code === 'INVALID_CHARACTER').map((f) => [f.row, f.column, f.message.includes(f.column === 'B' ? 'U+0001' : 'U+000B')])).toEqual([
      [6, 'B', true],
      [6, 'I', true],
    ]);
  });

  it('is carried into the master unchanged', () => {
    const agg = aggregate([{ kind: 'list', source: { file: 'ninh-binh.xlsx', sheet: 'Danh sách' }, result: r, modified: null }], config);
    const t = masterTable(agg, config);
    const col = t.rows[0].indexOf('Nội dung, cách làm');
    expect(t.rows.slice(1).map((row) => row[col])).toEqual([WAY, LONG, 'Tuần tra\r\nban đêm']);
    expect(t.columns[col].kind).toBe('text');
  });

  it('is laid out in the documents paragraph by paragraph, in order, nothing cut', () => {
    const agg = aggregate([{ kind: 'list', source: { file: 'ninh-binh.xlsx', sheet: 'Danh sách' }, result: r, modified: null }], config);
    const out = renderDocument(templateBytes('danh-sach'), { meta: meta(), config, aggregate: agg, template: 'danh-sach' }, { now: FIXED_NOW });
    expect(out.problems).toEqual([]);
    const xml = part(out.bytes!, 'word/document.xml');
    // The cell's lines, each its own text run, separated by line breaks (the blank line kept as one).
    const lines = WAY.split('\n').filter(Boolean);
    let at = 0;
    for (const line of lines) {
      const i = xml.indexOf(line, at);
      expect(i, line).toBeGreaterThan(at);
      at = i;
    }
    const cell = xml.slice(xml.indexOf('1. Thành lập'), xml.indexOf('3. Kết quả'));
    expect(cell.match(/<w:br\/>/g)).toHaveLength(3);
    expect(xml).toContain('hết.');
    expect(xml.split('Vận động nhân dân cùng làm; ').length - 1).toBe(400);
    expect(xml).toContain('Tổ dân phố số 5,');
    expect(xml).toContain('phường Đông Thành');
    expect(xml).not.toContain('\r');
  });
});

/** The table of models (its header names the model column), not the layout tables of the header and signature. */
function listTable(xml: string): string {
  const t = xml.split('<w:tbl>').slice(1).map((x) => `<w:tbl>${x.slice(0, x.indexOf('</w:tbl>'))}</w:tbl>`).find((x) => x.includes('Tên mô hình hoặc điển hình'));
  if (!t) throw new Error('no list table');
  return t;
}

describe('a campaign of many long items (the 2026 ten-item form) in the documents', () => {
  const ward = presetConfig('mttq-phuong-2026')!;
  const items = ward.columns!;
  const unitLine = 'CHI BỘ TỔ DÂN PHỐ SỐ 5';
  const header = ['STT', 'Tên tập thể hoặc cá nhân', 'Tên mô hình hoặc điển hình', 'Tiếp tục đăng ký', 'Đăng ký xây dựng mới', 'Lĩnh vực', null, null, null, ...items.map((c) => c.label)];
  const sub = [null, null, null, null, null, ...ward.fields.map((f) => f.code), ...items.map(() => null)];
  const text = (n: number, c: { label: string }) => `${c.label} của mô hình ${n}:\ndòng thứ hai.`;
  const grid: Grid = {
    values: [
      [unitLine],
      ['DANH SÁCH'],
      [],
      header,
      sub,
      ...[1, 2].map((n) => [n, `Tổ dân phố số 5 – nhóm ${n}`, `Mô hình số ${n}`, null, 'x', 'x', null, null, null, ...items.map((c) => text(n, c))]),
    ],
    merges: [{ top: 3, left: 5, bottom: 3, right: 8 }],
  };
  const result = validateList(grid, ward);
  const agg = aggregate([{ kind: 'list', source: { file: 'to-5.xlsx', sheet: 'Sheet1' }, result, modified: null }], ward);

  it('the list reads every item (the sample is right)', () => {
    expect(result.findings).toEqual([]);
    expect(result.models[1].extra[items[8].key]).toBe(text(2, items[8]));
  });

  it('keeps the list table to its own columns and sets each model’s items out below it, label by label, in order', () => {
    const out = renderDocument(templateBytes('danh-sach'), { meta: meta(), config: ward, aggregate: agg, template: 'danh-sach' }, { now: FIXED_NOW });
    expect(out.problems).toEqual([]);
    const xml = part(out.bytes!, 'word/document.xml');
    const table = listTable(xml);
    expect(table.match(/<w:gridCol /g)).toHaveLength(5 + ward.fields.length);
    expect(table).not.toContain(items[0].label);
    const after = xml.slice(xml.indexOf(table) + table.length);
    let at = 0;
    for (const n of [1, 2]) {
      const head = after.indexOf(`Mô hình số ${n}`, at);
      expect(head, `model ${n}`).toBeGreaterThan(at - 1);
      at = head;
      for (const c of items) {
        const label = after.indexOf(`${c.label}: `, at);
        expect(label, `${n} ${c.label}`).toBeGreaterThan(at);
        const body = after.indexOf(`${c.label} của mô hình ${n}:`, label);
        expect(body, `${n} ${c.label} text`).toBeGreaterThan(label);
        at = body;
      }
    }
  });

  it('a few short items (the 2017 form’s three) stay columns of the table', () => {
    const out = renderDocument(templateBytes('danh-sach'), { meta: meta(), config, aggregate: aggregate([{ kind: 'list', source: { file: 'ninh-binh.xlsx', sheet: 'Danh sách' }, result: validateList(list([[1, 'Tổ 5', 'Ngõ xanh', null, 'x', 'x', null, null, 'Trồng hoa']]), config), modified: null }], config), template: 'danh-sach' }, { now: FIXED_NOW });
    const table = listTable(part(out.bytes!, 'word/document.xml'));
    expect(table).toContain('Nội dung, cách làm');
    expect(table).toContain('Trồng hoa');
  });

  it('the blank form of a guidance lists the items to write for each model instead of fourteen narrow columns', () => {
    const out = renderDocument(templateBytes('huong-dan'), { meta: meta(), config: ward, aggregate: agg, template: 'huong-dan' }, { now: FIXED_NOW });
    expect(out.problems).toEqual([]);
    const xml = part(out.bytes!, 'word/document.xml');
    const tables = xml.split('<w:tbl>').slice(1).map((t) => t.slice(0, t.indexOf('</w:tbl>')));
    expect(tables.some((t) => t.includes(items[0].label))).toBe(false);
    let at = 0;
    for (const c of items) {
      const i = xml.indexOf(c.label, at);
      expect(i, c.label).toBeGreaterThan(at);
      at = i;
    }
  });
});

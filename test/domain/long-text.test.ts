// Long text cells (the 2026 ten-item form: several paragraphs in one cell) arrive intact: read, validated, carried
// into the master and into the documents, line breaks kept and nothing cut.
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/domain/aggregate';
import { parseConfig, type Config, type ConfigInput } from '../../src/domain/config';
import { renderDocument } from '../../src/domain/document/render';
import type { Cell, Grid } from '../../src/domain/grid';
import { masterTable } from '../../src/domain/master';
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

// “Trả lại danh sách” in the built bundle: the active list is checked like “Kiểm tra danh sách” (cells marked,
// results rewritten), and the message for the unit (returnMessage) is shown as text, with a “Sao chép” button.
import { describe, expect, it } from 'vitest';
import type { Cell, Grid } from '../../src/domain/grid';
import { returnMessage } from '../../src/domain/return-message';
import { validateList } from '../../src/domain/validate';
import { addListTab, config, HOA_LU, type Row } from './builders';
import type { FakeSheet } from './fake-gas';
import { session } from './session';

/** A sheet as readSheet gives it: values and the merges of the header area, 0-based. */
function gridOf(sheet: FakeSheet): Grid {
  const merges = sheet._merges.filter((m) => m.top <= 30).map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
  return { values: sheet._values() as Cell[][], merges, sheetName: sheet._name };
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

const XSS = '<img src=x onerror=alert(1)>';
const MISTAKES: Row[] = [
  [1, 'Công đoàn Bưu điện tỉnh', 'Bưu tá thân thiện', null, XSS, 'x', null, null], // a mark that is not a mark
  [2, 'Công đoàn cơ sở Trạm y tế xã', 'Sức khỏe là vàng', 'x', 'x', null, 'x', null], // both registration types
  [3, 'Công đoàn cơ sở Trường Tiểu học & THCS Gia Hòa', null, null, 'x', null, null, 'x'], // no model name
];

function dialogParts(content: string): { summary: string; message: string; rawMessage: string } {
  const raw = /<textarea id="message"[^>]*>([\s\S]*?)<\/textarea>/.exec(content)![1];
  const summary = /<p id="summary">([\s\S]*?)<\/p>/.exec(content)![1];
  return { summary: unescape(summary), message: unescape(raw), rawMessage: raw };
}

describe('menuReturn', () => {
  it('checks the list, marks its cells, and shows the message for the unit as text with a copy button', () => {
    const s = session({ name: 'Danh sách các đơn vị' });
    s.run('menuSetup()');
    const ss = s.gas.spreadsheet;
    const tab = addListTab(ss, 'Gia Viễn', 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN GIA VIỄN', MISTAKES);
    ss._active = tab;
    s.gas.dialogs.length = 0;
    s.gas.alerts.length = 0;
    s.run('menuReturn()');
    expect(s.logs).toEqual([]);
    expect(s.gas.alerts).toEqual([]);

    // As “Kiểm tra danh sách”: fills and notes on the list, the results sheet rewritten, no value changed.
    const result = validateList(gridOf(tab), config, { hints: ['Gia Viễn', ss.getName()] });
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.code)).toEqual(expect.arrayContaining(['REG_TYPE_BOTH', 'MISSING_MODEL_NAME']));
    expect(result.findings.map((f) => f.code)).toContain('INVALID_MARK');
    for (const f of result.findings.filter((x) => x.row && x.column)) {
      const c = f.column!.charCodeAt(0) - 64;
      expect(tab._cell(f.row!, c)?.background, `${f.column}${f.row}`).toMatch(/^#(fcd5d2|fff0bd)$/);
    }
    expect(ss._sheet('Kết quả kiểm tra')._lastRow()).toBeGreaterThan(result.findings.length);
    expect(tab._value(7, 5)).toBe(XSS);

    expect(s.gas.dialogs).toHaveLength(1);
    const d = s.gas.dialogs[0];
    expect(d.title).toBe('Trả lại danh sách cho đơn vị');
    const expected = returnMessage({ unit: result.unit!.name, file: 'Danh sách các đơn vị, trang “Gia Viễn”', findings: result.findings });
    const parts = dialogParts(d.content);
    expect(parts.message).toBe(expected);
    expect(parts.message).toMatch(/^Kính gửi: Liên đoàn Lao động huyện Gia Viễn,\n\nDanh sách đăng ký mô hình “Dân vận khéo” của đơn vị \(tệp Danh sách các đơn vị, trang “Gia Viễn”\) cần sửa \d+ lỗi:\n1\. Dòng /);
    // Text from the sheet is shown as the characters it is: nothing in it is markup.
    expect(parts.message).toContain(XSS);
    expect(parts.rawMessage).not.toContain('<');
    expect(d.content).not.toContain(XSS);
    expect(parts.summary).toBe(
      `Trang “Gia Viễn”: ${errors.length} lỗi, ${result.findings.length - errors.length} cảnh báo; các ô cần sửa đã được tô màu và ghi chú. Gửi kèm tệp (hoặc đường liên kết) cho đơn vị cùng nội dung dưới đây.`,
    );
    expect(d.content).toContain('>Sao chép</button>');
    expect(d.content).toMatch(/clipboard|execCommand/);
    expect(d.content).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('a list with nothing to fix gives the “đạt yêu cầu” message', () => {
    const s = session({ name: 'Danh sách Hoa Lư' });
    s.run('menuSetup()');
    const ss = s.gas.spreadsheet;
    ss._active = addListTab(ss, 'Hoa Lư', 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN HOA LƯ', HOA_LU);
    s.run('menuReturn()');
    const { message, summary } = dialogParts(s.gas.dialogs.at(-1)!.content);
    expect(message).toBe(
      'Kính gửi: Liên đoàn Lao động huyện Hoa Lư,\n\nDanh sách đăng ký mô hình “Dân vận khéo” của đơn vị (tệp Danh sách Hoa Lư, trang “Hoa Lư”) đã đạt yêu cầu. Trân trọng cảm ơn.',
    );
    expect(summary).toContain('không có lỗi hay cảnh báo nào');
  });

  it('refuses a sheet of the tool in Vietnamese, and shows no dialog', () => {
    const s = session();
    s.run('menuSetup()');
    const ss = s.gas.spreadsheet;
    ss._active = ss._sheet('Cấu hình');
    s.gas.dialogs.length = 0;
    s.run('menuReturn()');
    expect(s.gas.dialogs).toEqual([]);
    expect(s.gas.alerts.at(-1)!.prompt).toMatch(/^Trang “Cấu hình” do công cụ tạo ra, không phải danh sách đăng ký/);
  });
});

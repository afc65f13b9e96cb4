// “Kiểm tra thể thức văn bản” (menuCheckFormat) in the built bundle (node:vm, no Node globals): a .docx on Drive is
// read through signed-byte blobs, checked by the document engine as `dvk check-format` checks it, and its problems
// shown in a dialog, escaped.
import { describe, expect, it } from 'vitest';
import { checkFormat } from '../../src/domain/document/format';
import { renderDocument } from '../../src/domain/document/render';
import { FIXED_NOW, PARTY_META, REGISTERED, STATE_META, meta, ninhBinh } from '../domain/document/fixtures';
import { templateBytes, withPart } from '../domain/document/helpers';
import { MIME } from './fake-gas';
import { session } from './session';

const STATE = () =>
  renderDocument(templateBytes('huong-dan'), { meta: meta(STATE_META), config: ninhBinh(), aggregate: REGISTERED, template: 'huong-dan' }, { now: FIXED_NOW }).bytes!;
const PARTY = () =>
  renderDocument(templateBytes('ke-hoach'), { meta: meta(PARTY_META, { ky_hieu: 'KH/ĐU' }), config: ninhBinh(), aggregate: REGISTERED, template: 'ke-hoach' }, { now: FIXED_NOW }).bytes!;

/** A spreadsheet session with one file on Drive; the officer pastes `answer` into the prompt. */
function withFile(bytes: Uint8Array, answer: (id: string) => { button: string; text: string }, name = 'Hướng dẫn 29.docx', mimeType: string = MIME.docx) {
  const s = session();
  const folder = s.gas.addFolder('Văn bản đến');
  const id = s.gas.addFile(folder, { name, mimeType, bytes });
  s.gas.promptAnswers.push(answer(id));
  s.run('menuCheckFormat()');
  return s;
}

describe('menuCheckFormat', () => {
  it('is in the menu', () => {
    const s = session();
    s.run('onOpen()');
    expect(s.gas.menus[0].items).toContainEqual(['Kiểm tra thể thức văn bản', 'menuCheckFormat']);
  });

  it('a document of ours: the dialog says no problem, naming the pack it read from the header', () => {
    const s = withFile(STATE(), (id) => ({ button: 'OK', text: `https://drive.google.com/file/d/${id}/view?usp=sharing` }));
    expect(s.gas.prompts).toEqual([
      { title: 'Kiểm tra thể thức văn bản', prompt: expect.stringContaining('Dán đường liên kết'), buttons: 'OK_CANCEL' },
    ]);
    expect(s.gas.alerts).toEqual([]);
    expect(s.gas.dialogs).toHaveLength(1);
    const d = s.gas.dialogs[0];
    expect(d.title).toBe('Kiểm tra thể thức văn bản');
    expect(d.content).toContain('“Hướng dẫn 29.docx” — kiểm tra theo Nghị định 30/2020/NĐ-CP về công tác văn thư, Phụ lục I (nhận ra từ phần đầu văn bản).');
    expect(d.content).toContain('Không thấy chỗ nào sai thể thức.');
    expect(s.logs).toEqual([]);
  });

  it('a broken Party document: the same problems as the core finds, each with its rule and source, text escaped', () => {
    const broken = withPart(PARTY(), 'word/document.xml', (x) =>
      x.replace('>Số 09-KH/ĐU<', '>Số: 9-KH/ĐU<').replace('>Thạch Hà, ngày 26 tháng 02 năm 2021<', '>Thạch Hà, ngày 26 tháng 2 năm 2021<').replace('>- Các chi bộ trực thuộc,<', '>- Các chi bộ <script>alert(1)</script><'),
    );
    const expected = checkFormat(broken);
    if (!expected.ok) throw new Error('unreadable');
    expect(expected.report.problems.length).toBeGreaterThanOrEqual(3);
    const s = withFile(broken, (id) => ({ button: 'OK', text: id }), 'Chương trình <b>09</b>.docx');
    const d = s.gas.dialogs[0].content;
    expect(d).toContain('kiểm tra theo Hướng dẫn 36-HD/VPTW');
    expect(d).toContain(`Có ${expected.report.problems.length} chỗ chưa đúng thể thức`);
    for (const p of expected.report.problems) expect(d).toContain(`<span class="rule">${p.rule}</span>`);
    expect(d).toContain('Tháng 2 phải ghi “02”');
    expect(d).toContain('Chương trình &lt;b&gt;09&lt;/b&gt;.docx');
    expect(d).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(d).not.toContain('<script>');
  });

  it('Cancel does nothing; a bad link, a Google Doc, a file that is no .docx: an alert in Vietnamese, no dialog', () => {
    expect(withFile(STATE(), () => ({ button: 'CANCEL', text: '' })).gas.dialogs).toEqual([]);
    const cases: [ReturnType<typeof withFile>, string][] = [
      [withFile(STATE(), () => ({ button: 'OK', text: '   ' })), 'Chưa dán đường liên kết tệp .docx nào'],
      [withFile(STATE(), () => ({ button: 'OK', text: 'không phải link' })), '“không phải link” không phải đường liên kết hay mã tệp Google Drive'],
      [withFile(STATE(), (id) => ({ button: 'OK', text: id }), 'Hướng dẫn', MIME.gdoc), '“Hướng dẫn” là tệp Google Tài liệu, không phải tệp Word .docx'],
      [withFile(new TextEncoder().encode('không phải docx'), (id) => ({ button: 'OK', text: id }), 'a.docx'), 'Không kiểm tra được “a.docx”:\n• Không mở được tệp văn bản: không phải tệp .docx'],
      [withFile(STATE(), () => ({ button: 'OK', text: '1fiXXXXXXXXXXXXXXXXXXXXXXXXXXXX' })), 'Không mở được tệp trên Google Drive có mã “1fiXXXXXXXXXXXXXXXXXXXXXXXXXXXX”'],
    ];
    for (const [s, message] of cases) {
      expect(s.gas.dialogs).toEqual([]);
      expect(s.gas.alerts.map((a) => a.prompt)).toEqual([expect.stringContaining(message)]);
      expect(s.logs).toEqual([]);
    }
  });
});

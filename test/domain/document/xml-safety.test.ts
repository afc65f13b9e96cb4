// No character XML forbids ever reaches a .docx: text from units, officers, the campaign config and the
// metadata is data, and a stray control character in it neither stops the document nor corrupts it (issue 9).
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../../src/domain/config';
import { combineDocuments } from '../../../src/domain/document/combine';
import { renderDocument, renderTemplate } from '../../../src/domain/document/render';
import { BUILTIN_TEMPLATES, type BuiltinName } from '../../../src/domain/document/templates';
import { FIXED_NOW, FOLLOWED, aggregateOf, meta, ninhBinh, type ModelSpec } from './fixtures';
import { P, expectWellFormedDocx, makeDocx, paragraphs, part, templateBytes } from './helpers';

/** U+0001, U+000B, a lone surrogate and U+FFFF: what a copy from a PDF or an old program leaves in a cell. */
const BAD = '\u0001\u000b\ud800\uffff';
const dirty = (s: string) => {
  const words = s.split(' ');
  return [words[0] + BAD, ...words.slice(1)].join(' ') + BAD;
};

const clean = ninhBinh();
const config: Config = {
  ...clean,
  title: dirty(clean.title),
  fields: clean.fields.map((f) => ({ ...f, label: dirty(f.label) })),
  unitTypes: clean.unitTypes.map((t) => ({ ...t, label: dirty(t.label) })),
  columns: [{ key: 'dia_diem', label: dirty('Địa điểm thực hiện') }],
  recognitionLevels: clean.recognitionLevels?.map((l) => ({ ...l, label: dirty(l.label) })),
};
const models: ModelSpec[] = FOLLOWED.map((m) => ({
  ...m,
  unit: dirty(m.unit),
  name: dirty(m.name),
  model: dirty(m.model),
  extra: { dia_diem: dirty('Xã Yên Thành') },
  officer: m.officer && {
    ...m.officer,
    implementation: dirty(m.officer.implementation || 'Đang triển khai'),
    commendation: dirty(m.officer.commendation || 'Giấy khen'),
    note: dirty('Ghi chú của cán bộ'),
  },
}));
const aggregate = aggregateOf(config, models);
const dirtyMeta = meta(undefined, {
  co_quan_chu_quan: dirty('Tổng Liên đoàn Lao động Việt Nam'),
  co_quan: dirty('Liên đoàn Lao động tỉnh Ninh Bình'),
  dia_danh: dirty('Ninh Bình'),
  trich_yeu: dirty('Kết quả xây dựng mô hình “Dân vận khéo”'),
  can_cu: [dirty('Căn cứ Hướng dẫn số 01-HD/BCĐ')],
  noi_nhan: [dirty('Ban Dân vận Tỉnh ủy'), dirty('Website')],
  luu: dirty('VT, TG-NC'),
  quyen_han: dirty('TM. Ban Thường vụ'),
  chuc_vu: dirty('Phó Chủ tịch Thường trực'),
  nguoi_ky: dirty('Lê Thị Mai Thủy'),
});

describe('characters XML forbids, in every kind of data', () => {
  it.each(Object.keys(BUILTIN_TEMPLATES) as BuiltinName[])('%s: rendered, well-formed everywhere, the text kept without them', (name) => {
    const r = renderDocument(templateBytes(name), { meta: dirtyMeta, config, aggregate, template: name }, { now: FIXED_NOW });
    expect(r.problems).toEqual([]);
    expectWellFormedDocx(r.bytes!);
    const text = paragraphs(part(r.bytes!, 'word/document.xml')).join('\n');
    expect(text).toContain('Lê Thị Mai Thủy');
    if (name === 'danh-sach') expect(text).toContain('“Mái ấm Công đoàn” cho đoàn viên khó khăn');
    const core = part(r.bytes!, 'docProps/core.xml');
    expect(core).toContain('<dc:creator>Liên đoàn Lao động tỉnh Ninh Bình</dc:creator>');
    expect(part(r.bytes!, 'docProps/custom.xml')).toContain('name="Người ký"><vt:lpwstr>Lê Thị Mai Thủy</vt:lpwstr>');
  });

  it('one document per model, and the print file that joins them', () => {
    const docs = aggregate.models.slice(0, 3).map((m) => {
      const r = renderDocument(templateBytes('quyet-dinh'), { meta: dirtyMeta, config, aggregate, models: [m], template: 'quyet-dinh' }, { now: FIXED_NOW });
      expect(r.problems).toEqual([]);
      expectWellFormedDocx(r.bytes!);
      return r.bytes!;
    });
    expectWellFormedDocx(combineDocuments(docs)!);
  });

  it('a custom template with a loop over the models and their extra column', () => {
    const tpl = makeDocx(P('{trich_yeu}') + P('{#mo_hinh}{ten_mo_hinh} – {dia_diem} – {ghi_chu_theo_doi}{/mo_hinh}'));
    const r = renderDocument(tpl, { meta: dirtyMeta, config, aggregate }, { now: FIXED_NOW });
    expect(r.problems).toEqual([]);
    expectWellFormedDocx(r.bytes!);
    expect(paragraphs(part(r.bytes!, 'word/document.xml'))[1]).toContain('“Mái ấm Công đoàn” cho đoàn viên khó khăn – Xã Yên Thành – Ghi chú của cán bộ');
  });

  it('tag data and document properties given directly to renderTemplate', () => {
    const r = renderTemplate(makeDocx(P('{a}') + P('{#b}{.}{/b}')), { a: dirty('Chữ a'), b: [dirty('một'), dirty('hai')] }, {
      now: FIXED_NOW,
      properties: {
        title: dirty('Tiêu đề'),
        subject: dirty('Chủ đề'),
        creator: dirty('Cơ quan'),
        identifier: dirty('29/HD'),
        keywords: dirty('từ khóa'),
        description: dirty('mô tả'),
        category: dirty('loại'),
        language: 'vi-VN',
        custom: [{ name: dirty('Tên thuộc tính'), value: dirty('giá trị') }],
      },
    });
    expect(r.problems).toEqual([]);
    expectWellFormedDocx(r.bytes!);
    expect(paragraphs(part(r.bytes!, 'word/document.xml'))).toEqual(['Chữ a', 'mộthai']);
    expect(part(r.bytes!, 'docProps/custom.xml')).toContain('name="Tên thuộc tính"><vt:lpwstr>giá trị</vt:lpwstr>');
    expect(new PizZip(r.bytes!).file('docProps/core.xml')!.asText()).toContain('<dc:title>Tiêu đề</dc:title>');
  });
});

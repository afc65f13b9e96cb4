// The document run both adapters make: level → models at that level → whole document or one per model → type name and
// description; an adapter stops it through beforeRender.
import { describe, expect, it } from 'vitest';
import { runDocument, type DocumentRunRequest } from '../../../src/domain/document/run';
import { FIXED_NOW, FOLLOWED_UP, REGISTERED, meta, ninhBinh } from './fixtures';
import { P, makeDocx, paragraphs, part, templateBytes } from './helpers';

const config = ninhBinh();
const request = (over: Partial<DocumentRunRequest> = {}): DocumentRunRequest => ({
  template: templateBytes('quyet-dinh'),
  builtin: 'quyet-dinh',
  templateName: 'quyet-dinh.docx',
  meta: meta(undefined, { ky_hieu: 'QĐ-LĐLĐ', cap_cong_nhan: 'tinh' }),
  config,
  aggregate: FOLLOWED_UP,
  each: false,
  now: FIXED_NOW,
  ...over,
});

describe('runDocument', () => {
  it('a decision at one level covers exactly the models at that level, and says so', () => {
    const run = runDocument(request());
    if (run.status !== 'done') throw new Error(run.status);
    expect(run.level).toEqual({ code: 'tinh', label: 'Tỉnh' });
    expect(run.listed).toHaveLength(3);
    expect(run.documents).toBeNull();
    expect(run.typeName).toBe('Quyết định');
    expect(run.description).toBe('Quyết định (3 mô hình được công nhận cấp Tỉnh)');
    expect(run.renamed).toBeNull();
  });

  it('one document per listed model, joined into one print file; the description counts the models listed', () => {
    const steps: string[] = [];
    const run = runDocument(request({ each: true, beforeRender: (s) => steps.push(`${s.each}:${s.done}/${s.total}`) }));
    if (run.status !== 'done') throw new Error(run.status);
    expect(run.documents!.map((d) => d.model.model)).toEqual(run.listed.map((m) => m.model));
    expect(steps).toEqual(['false:0/1', 'true:0/3', 'true:1/3', 'true:2/3']);
    expect(run.description).toBe('Quyết định: 3 văn bản, mỗi mô hình một văn bản, gộp trong một tệp in (3 mô hình được công nhận cấp Tỉnh)');
    const joined = paragraphs(part(run.bytes, 'word/document.xml'));
    for (const m of run.listed) expect(joined).toContain(m.model);
  });

  it('the type name: the metadata’s, else the built-in’s, else the template file’s', () => {
    const custom = makeDocx(P('{dong_so}'));
    const named = (over: Partial<DocumentRunRequest>) => {
      const run = runDocument(request({ meta: meta(undefined, { ky_hieu: 'LĐLĐ-TG' }), ...over }));
      return run.status === 'done' ? run.typeName : run.status;
    };
    expect(named({})).toBe('Quyết định');
    expect(named({ meta: meta(undefined, { ky_hieu: 'LĐLĐ-TG', loai_van_ban: 'Công văn' }) })).toBe('Công văn');
    expect(named({ template: custom, builtin: undefined, templateName: 'Mẫu của đơn vị.docx' })).toBe('Mẫu của đơn vị');
  });

  it('stops before rendering on an unknown level, a broken template, or no model for one per model', () => {
    expect(runDocument(request({ meta: meta(undefined, { ky_hieu: 'QĐ-LĐLĐ', cap_cong_nhan: 'xã' }) })).status).toBe('bad-level');
    const broken = runDocument(request({ template: makeDocx(P('{trich_yeu')), builtin: undefined }));
    expect(broken.status).toBe('template-problems');
    expect(runDocument(request({ aggregate: REGISTERED, each: true })).status).toBe('no-models');
  });

  it('an adapter that runs out of time stops it from beforeRender, before the model it would not finish', () => {
    let rendered = 0;
    const stop = () =>
      runDocument(
        request({
          each: true,
          beforeRender: ({ each, done }) => {
            if (each && done === 2) throw new Error('time is up');
            rendered++;
          },
        }),
      );
    expect(stop).toThrow('time is up');
    expect(rendered).toBe(3);
  });
});

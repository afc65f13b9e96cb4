// The fixed wording of the plan and the guidance follows the campaign: whom the models mobilise, and what a model
// must state when the campaign's form declares its own items (config `columns`).
import { describe, expect, it } from 'vitest';
import { DEFAULT_MOBILISED, type Config } from '../../../src/domain/config';
import type { DocumentMetaInput } from '../../../src/domain/document/meta';
import { renderDocument } from '../../../src/domain/document/render';
import type { BuiltinName } from '../../../src/domain/document/templates';
import { PRESETS, presetConfig } from '../../../src/domain/presets';
import { FIXED_NOW, WARD_FRONT_META, aggregateOf, meta } from './fixtures';
import { paragraphs, part, templateBytes } from './helpers';

const SYMBOL: Record<BuiltinName, string> = {
  'ke-hoach': 'KH-MTTQ-BTT',
  'huong-dan': 'HD-MTTQ-BTT',
  'danh-sach': 'DS-MTTQ-BTT',
  'bao-cao': 'BC-MTTQ-BTT',
  'quyet-dinh': 'QĐ-MTTQ-BTT',
};

/** A built-in document for a campaign (no model listed: a plan or a guidance needs none). */
function render(name: BuiltinName, config: Config, input: DocumentMetaInput = WARD_FRONT_META) {
  const r = renderDocument(
    templateBytes(name),
    { meta: meta(input, { ky_hieu: SYMBOL[name] }), config, aggregate: aggregateOf(config, []), template: name },
    { now: FIXED_NOW },
  );
  expect(r.problems).toEqual([]);
  return { docx: r.bytes!, warnings: r.warnings.map((w) => w.message) };
}

/** Its body text, a line per paragraph. */
const text = (name: BuiltinName, config: Config, input?: DocumentMetaInput) =>
  paragraphs(part(render(name, config, input).docx, 'word/document.xml')).join('\n');

const count = (s: string, sub: string) => s.split(sub).length - 1;

describe('a ward Fatherland Front campaign (mttq-phuong-2026)', () => {
  const ward = presetConfig('mttq-phuong-2026')!;

  it.each(['huong-dan', 'ke-hoach'] as const)('%s does not mobilise the trade union’s members', (name) => {
    const t = text(name, ward);
    expect(t).not.toContain('đoàn viên, người lao động');
    expect(t).toContain('cán bộ, đảng viên, hội viên, đoàn viên và Nhân dân');
  });
});

describe('whom the models mobilise (config `mobilised`, tag {doi_tuong_van_dong})', () => {
  const WORDS: Record<string, string> = {
    'ldld-ninh-binh-2021': 'cán bộ, đoàn viên, người lao động và Nhân dân',
    'cdn-y-te-2017': 'cán bộ, đoàn viên, viên chức, người lao động và Nhân dân',
    'dang-uy-khoi-2024': 'cán bộ, đảng viên, công chức, viên chức, người lao động, đoàn viên, hội viên và Nhân dân',
    'mttq-phuong-2026': 'cán bộ, đảng viên, hội viên, đoàn viên và Nhân dân',
    'tinh-2026': 'cán bộ, đảng viên và Nhân dân',
  };

  it('every preset says it, in NFC', () => {
    expect(Object.keys(WORDS).sort()).toEqual(Object.keys(PRESETS).sort());
    for (const [name, words] of Object.entries(WORDS)) {
      expect(presetConfig(name)!.mobilised, name).toBe(words);
      expect(words).toBe(words.normalize('NFC'));
    }
  });

  it.each(Object.entries(WORDS))('%s: the plan names them twice, the guidance once per field and once in the criteria', (name, words) => {
    const config = presetConfig(name)!;
    const plan = text('ke-hoach', config);
    expect(count(plan, words)).toBe(2);
    expect(plan).toContain(`lãnh đạo cơ quan, đơn vị, ${words} về công tác dân vận`);
    expect(plan).toContain(`tham gia tích cực của ${words}.`);
    const guide = text('huong-dan', config);
    expect(count(guide, words)).toBe(config.fields.length + 1);
    expect(guide).toContain(`khéo vận động ${words} tự nguyện, tự giác`);
    expect(guide).toContain(`tham gia tích cực của ${words}.`);
    // The union's own members appear only where the campaign's words name them.
    if (!words.includes('đoàn viên, người lao động')) for (const t of [plan, guide]) expect(t).not.toContain('đoàn viên, người lao động');
  });

  it('a config that does not say gets words for any body, and the plan and the guidance warn; other documents do not', () => {
    const { mobilised: _, ...rest } = presetConfig('mttq-phuong-2026')!;
    const config: Config = rest;
    for (const name of ['ke-hoach', 'huong-dan'] as const) {
      const r = render(name, config);
      expect(paragraphs(part(r.docx, 'word/document.xml')).join('\n')).toContain(`tham gia tích cực của ${DEFAULT_MOBILISED}.`);
      expect(r.warnings).toEqual([
        `Cấu hình chưa ghi đối tượng vận động (dòng “Đối tượng vận động” của trang “Cấu hình”, khóa “mobilised”): văn bản ghi “${DEFAULT_MOBILISED}”.`,
      ]);
    }
    expect(render('danh-sach', config).warnings).toEqual([]);
    expect(render('bao-cao', config).warnings).toEqual([]);
  });

  it('is written as the config has it, in NFC, whatever Unicode form was typed', () => {
    const config = { ...presetConfig('tinh-2026')!, mobilised: 'cán bộ, đảng viên, hội viên và Nhân dân'.normalize('NFD') };
    expect(text('huong-dan', config)).toContain('khéo vận động cán bộ, đảng viên, hội viên và Nhân dân tự nguyện');
  });
});

describe('what a model must state: the campaign’s items (config `columns`) or the union’s criteria', () => {
  const UNION_CRITERIA = 'có tên gọi, địa điểm triển khai, cơ quan, đơn vị thực hiện, nội dung, hình thức hoạt động phù hợp';
  const UNION_PLAN = 'Mô hình tập thể phải nêu rõ tên gọi, địa điểm triển khai, cơ quan, đơn vị thực hiện, nội dung và hình thức hoạt động.';
  const TEN_ITEMS =
    'Mỗi mô hình đăng ký nêu rõ: tên mô hình; thực trạng, lý do; mục tiêu, tiêu chí; nội dung, cách làm; địa bàn, đối tượng; chủ thể thực hiện; nguồn lực; thời gian thực hiện; sản phẩm, kết quả kiểm chứng được; khả năng duy trì, nhân rộng. ' +
    'Bắt buộc phải ghi: tên mô hình; nội dung, cách làm; chủ thể thực hiện; sản phẩm, kết quả kiểm chứng được.';

  it.each(['huong-dan', 'ke-hoach'] as const)('%s of the ward (ten items) names its items, not the union’s criteria', (name) => {
    const t = text(name, presetConfig('mttq-phuong-2026')!);
    expect(t).not.toContain(UNION_CRITERIA);
    expect(t).not.toContain(UNION_PLAN);
    expect(t).toContain(TEN_ITEMS);
  });
});

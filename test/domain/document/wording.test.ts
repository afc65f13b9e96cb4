// The fixed wording of the plan and the guidance follows the campaign: whom the models mobilise, and what a model
// must state when the campaign's form declares its own items (config `columns`).
import { describe, expect, it } from 'vitest';
import { DEFAULT_MOBILISED, type Config } from '../../../src/domain/config';
import { buildDocumentData } from '../../../src/domain/document/data';
import { checkFormat } from '../../../src/domain/document/format';
import type { DocumentMetaInput } from '../../../src/domain/document/meta';
import { renderDocument } from '../../../src/domain/document/render';
import type { BuiltinName } from '../../../src/domain/document/templates';
import { PRESETS, presetConfig } from '../../../src/domain/presets';
import { FIXED_NOW, WARD_FRONT_META, WARD_PARTY_META, aggregateOf, meta } from './fixtures';
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
  const symbol = input.the_thuc === 'dang' ? `${SYMBOL[name].slice(0, SYMBOL[name].indexOf('-'))}/ĐU` : SYMBOL[name];
  const r = renderDocument(
    templateBytes(name),
    { meta: meta(input, { ky_hieu: symbol }), config, aggregate: aggregateOf(config, []), template: name },
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

  it('the guidance states the items once, before the collective criteria, whose first one no longer quotes the union', () => {
    const lines = text('huong-dan', presetConfig('mttq-phuong-2026')!).split('\n');
    const at = lines.indexOf(TEN_ITEMS);
    expect(at).toBeGreaterThan(0);
    expect(lines.filter((l) => l.includes('Mỗi mô hình đăng ký'))).toHaveLength(1);
    expect(lines[at - 1]).toBe('2. Tiêu chí xây dựng mô hình, điển hình “Dân vận khéo”');
    expect(lines[at + 1]).toBe('2.1. Đối với mô hình tập thể');
    expect(lines[at + 2]).toBe(
      '- Được đăng ký theo quy định; quá trình triển khai chủ động, sáng tạo, có giải pháp hữu hiệu, tiết kiệm thời gian, công sức và chi phí nhưng đem lại hiệu quả cao.',
    );
  });

  it('the plan states them as its last criterion', () => {
    const lines = text('ke-hoach', presetConfig('mttq-phuong-2026')!).split('\n');
    const at = lines.indexOf(`- ${TEN_ITEMS}`);
    expect(at).toBeGreaterThan(0);
    expect(lines[at - 1]).toBe('- Được cấp ủy, lãnh đạo cơ quan, đơn vị xác nhận hiệu quả.');
    expect(lines[at + 1]).toBe('4. Chỉ tiêu đăng ký');
  });

  it.each(['cdn-y-te-2017', 'dang-uy-khoi-2024'])('%s: every item of its form is required, so a model “phải nêu đủ” them', (name) => {
    const sentence =
      'Mỗi mô hình đăng ký phải nêu đủ: tên mô hình; địa điểm triển khai; cơ quan, đơn vị thực hiện; nội dung, hình thức hoạt động.';
    for (const doc of ['huong-dan', 'ke-hoach'] as const) {
      const t = text(doc, presetConfig(name)!);
      expect(t).toContain(sentence);
      expect(t).not.toContain(UNION_CRITERIA);
      expect(t).not.toContain(UNION_PLAN);
      expect(t).not.toContain('Bắt buộc phải ghi');
    }
  });

  it('items none of which is required: no sentence on what is required; proper nouns keep their capital', () => {
    const config: Config = {
      ...presetConfig('mttq-phuong-2026')!,
      columns: [
        { key: 'ket_qua', label: 'Kết quả đạt được' },
        { key: 'phoi_hop', label: 'Nhân dân tham gia' },
        { key: 'hoi', label: 'Hội Phụ nữ phối hợp' },
      ],
    };
    const t = text('huong-dan', config);
    expect(t).toContain('Mỗi mô hình đăng ký nêu rõ: tên mô hình; kết quả đạt được; Nhân dân tham gia; Hội Phụ nữ phối hợp.\n');
    expect(t).not.toContain('Bắt buộc phải ghi');
  });

  it('without items (the default preset) keeps the union’s criteria word for word', () => {
    const config = presetConfig('ldld-ninh-binh-2021')!;
    expect(config.columns).toBeUndefined();
    const guide = text('huong-dan', config);
    expect(guide).toContain(
      `- Được đăng ký theo quy định; ${UNION_CRITERIA}; quá trình triển khai chủ động, sáng tạo, có giải pháp hữu hiệu, tiết kiệm thời gian, công sức và chi phí nhưng đem lại hiệu quả cao.`,
    );
    expect(text('ke-hoach', config)).toContain(`- ${UNION_PLAN}`);
    for (const t of [guide, text('ke-hoach', config)]) expect(t).not.toContain('Mỗi mô hình đăng ký');
  });

  it('the tags: the items, the required ones, and each column in running text', () => {
    const config = presetConfig('mttq-phuong-2026')!;
    const { data } = buildDocumentData({ meta: meta(WARD_FRONT_META), config, aggregate: aggregateOf(config, []), template: 'huong-dan' });
    expect(data.co_noi_dung_mo_hinh).toBe(true);
    expect(data.cac_noi_dung_bat_buoc).toBe('tên mô hình; nội dung, cách làm; chủ thể thực hiện; sản phẩm, kết quả kiểm chứng được');
    expect(`Mỗi mô hình đăng ký nêu rõ: ${data.cac_noi_dung_mo_hinh}.`).toBe(TEN_ITEMS.slice(0, TEN_ITEMS.indexOf(' Bắt buộc')));
    const columns = data.cot_bo_sung as Record<string, unknown>[];
    expect(columns).toHaveLength(9);
    expect(columns[0]).toEqual({ stt: 1, ma: 'thuc_trang', ten: 'Thực trạng, lý do', ten_thuong: 'thực trạng, lý do', bat_buoc: false, dau_cuoi: ';' });
    expect(columns[8]).toMatchObject({ ten_thuong: 'khả năng duy trì, nhân rộng', bat_buoc: false, dau_cuoi: '.' });
    expect(columns.filter((c) => c.bat_buoc).map((c) => c.ma)).toEqual(['noi_dung', 'chu_the', 'san_pham']);
    const none = buildDocumentData({ meta: meta(WARD_FRONT_META), config: presetConfig()!, aggregate: aggregateOf(presetConfig()!, []) }).data;
    expect([none.co_noi_dung_mo_hinh, none.cac_noi_dung_mo_hinh, none.cac_noi_dung_bat_buoc, none.cau_noi_dung_mo_hinh, none.cot_bo_sung]).toEqual([
      false,
      '',
      '',
      '',
      [],
    ]);
  });
});

describe('check-format', () => {
  it.each(Object.keys(PRESETS).flatMap((p) => (['ke-hoach', 'huong-dan'] as const).flatMap((n) => [[p, n, 'nha-nuoc'], [p, n, 'dang']] as const)))(
    '%s: %s (%s) has no format problem with the campaign’s words',
    (preset, name, profile) => {
      const r = checkFormat(render(name, presetConfig(preset)!, profile === 'dang' ? WARD_PARTY_META : WARD_FRONT_META).docx);
      expect(r.ok && r.report.problems).toEqual([]);
      expect(r.ok && r.report.pack.profile).toBe(profile);
    },
  );
});

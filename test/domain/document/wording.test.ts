// The fixed wording of the plan and the guidance follows the campaign: whom the models mobilise, and what a model
// must state when the campaign's form declares its own items (config `columns`).
import { describe, expect, it } from 'vitest';
import type { Config } from '../../../src/domain/config';
import type { DocumentMetaInput } from '../../../src/domain/document/meta';
import { renderDocument } from '../../../src/domain/document/render';
import type { BuiltinName } from '../../../src/domain/document/templates';
import { presetConfig } from '../../../src/domain/presets';
import { FIXED_NOW, WARD_FRONT_META, aggregateOf, meta } from './fixtures';
import { paragraphs, part, templateBytes } from './helpers';

/** The body text of a built-in plan or guidance for a campaign (no model listed: neither needs any). */
function text(name: BuiltinName, config: Config, input: DocumentMetaInput = WARD_FRONT_META): string {
  const kyHieu = name === 'ke-hoach' ? 'KH-MTTQ-BTT' : 'HD-MTTQ-BTT';
  const r = renderDocument(
    templateBytes(name),
    { meta: meta(input, { ky_hieu: kyHieu }), config, aggregate: aggregateOf(config, []), template: name },
    { now: FIXED_NOW },
  );
  expect(r.problems).toEqual([]);
  return paragraphs(part(r.bytes!, 'word/document.xml')).join('\n');
}

describe('a ward Fatherland Front campaign (mttq-phuong-2026)', () => {
  const ward = presetConfig('mttq-phuong-2026')!;

  it.each(['huong-dan', 'ke-hoach'] as const)('%s does not mobilise the trade union’s members', (name) => {
    const t = text(name, ward);
    expect(t).not.toContain('đoàn viên, người lao động');
    expect(t).toContain('cán bộ, đảng viên, hội viên, đoàn viên và Nhân dân');
  });
});

// Benchmark body (bundled by scripts/bench.mjs): danh-sach with 5,000 models, ours vs a raw docxtemplater render.
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aggregate } from '../../src/domain/aggregate';
import { buildDocumentData, parseMeta, renderDocument } from '../../src/domain/document';
import { NO_OFFICER_VALUES, type MasterSheetRow } from '../../src/domain/master';
import { presetConfig } from '../../src/domain/presets';

const root = process.argv[2];
const config = presetConfig()!;
const template = new Uint8Array(readFileSync(join(root, 'templates/danh-sach.docx')));
const meta = parseMeta(JSON.parse(readFileSync(join(root, 'samples/van-ban/danh-sach.json'), 'utf8')));
if (!meta.ok) throw new Error('bad sample meta');
const units = config.units.map((u) => u.name);
const fields = config.fields.map((f) => f.code);
// The models as the aggregation of a master list holding them gives them (statistics by the aggregation's own rules).
const rows: MasterSheetRow[] = Array.from({ length: 5000 }, (_, i) => ({
  masterRow: i + 2,
  unit: { name: units[i % units.length], type: config.units[i % units.length].type },
  name: `Công đoàn Trường THCS số ${i + 1}`,
  model: `Mô hình “Mỗi tuần một việc làm tốt” số ${i + 1}`,
  regType: i % 3 ? 'new' : 'continue',
  field: fields[i % fields.length],
  extra: {},
  kind: null,
  codes: [],
  source: { file: 'tong-hop.xlsx', sheet: 'Tổng hợp', row: i + 2 },
  date: '2021-07-10',
  officer: { ...NO_OFFICER_VALUES },
  sourceModified: null,
  fingerprint: '',
  officerEdited: [],
  own: {},
}));
const agg = aggregate([{ kind: 'master', source: { file: 'tong-hop.xlsx', sheet: 'Tổng hợp' }, rows, modified: null }], config);
const input = { meta: meta.meta, config, aggregate: agg, template: 'danh-sach' as const };
const now = new Date('2021-07-20T00:00:00Z');

function time(f: () => unknown): number {
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / 1e6;
}
const data = buildDocumentData(input).data;
const raw = () =>
  new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true }).render(data).getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
const ours = () => {
  const r = renderDocument(template, input, { now });
  if (!r.bytes) throw new Error(JSON.stringify(r.problems));
};
raw();
ours(); // warm-up
const rawMs: number[] = [];
const oursMs: number[] = [];
for (let i = 0; i < 5; i++) {
  rawMs.push(time(raw));
  oursMs.push(time(ours));
}
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
process.stdout.write(JSON.stringify({ raw: median(rawMs), ours: median(oursMs), rss: process.resourceUsage().maxRSS / 1024 }));

// Benchmark body (bundled by scripts/bench.mjs): danh-sach with 5,000 models, ours vs a raw docxtemplater render.
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocumentData, parseMeta, renderDocument, type DocModel, type DocStats } from '../../src/domain/document';
import { presetConfig } from '../../src/domain/presets';

const root = process.argv[2];
const config = presetConfig()!;
const template = new Uint8Array(readFileSync(join(root, 'templates/danh-sach.docx')));
const meta = parseMeta(JSON.parse(readFileSync(join(root, 'samples/van-ban/danh-sach.json'), 'utf8')));
if (!meta.ok) throw new Error('bad sample meta');
const units = config.units.map((u) => u.name);
const fields = config.fields.map((f) => f.code);
const models: DocModel[] = Array.from({ length: 5000 }, (_, i) => ({
  unit: units[i % units.length],
  unitType: config.units[i % units.length].type,
  name: `Công đoàn Trường THCS số ${i + 1}`,
  model: `Mô hình “Mỗi tuần một việc làm tốt” số ${i + 1}`,
  regType: i % 3 ? 'new' : 'continue',
  field: fields[i % fields.length],
  extra: {},
}));
const stats: DocStats = {
  total: models.length,
  byField: Object.fromEntries(fields.map((f) => [f, models.filter((m) => m.field === f).length])),
  byRegistration: { new: models.filter((m) => m.regType === 'new').length, continue: models.filter((m) => m.regType === 'continue').length },
  byUnit: units.map((u, i) => ({ unit: u, type: config.units[i].type, count: models.filter((m) => m.unit === u).length, quota: {}, status: 'ok' })),
  missingUnits: [],
};
const input = { meta: meta.meta, config, models, stats, template: 'danh-sach' as const };
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

// `npm run bench`: performance figures and ratios against the baseline (“exceljs loads the same file”), measured in one
// run on this machine. Issue 10's goals are printed beside each figure.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeList } from './bench/make-list.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rssPreload = join(root, 'scripts/bench/rss.cjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** Runs a node script RUNS times (`before` each time); returns the median wall time (ms) and the largest peak RSS (MiB). */
function measure(args, before = () => {}, runs = RUNS) {
  const times = [];
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    before();
    const rssFile = join(tmpdir(), `dvk-bench-rss-${process.pid}-${i}`);
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['-r', rssPreload, ...args], {
      env: { ...process.env, BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 1 << 26,
    });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    peak = Math.max(peak, Number(spawnSync('cat', [rssFile]).stdout.toString() || 0) / 1024);
    spawnSync('rm', ['-f', rssFile]);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], peakMiB: peak };
}

const fmt = (m) => `${(m.ms / 1000).toFixed(2)} s, peak ${m.peakMiB.toFixed(0)} MiB`;
const verdict = (ok) => (ok ? 'OK' : 'MISSED');
const line = (label, value) => console.log(`  ${label.padEnd(30)} ${value}`);

/** Bundles a TypeScript benchmark body and runs it; returns its JSON output. */
async function runTs(entry, args, dirnameOf = null) {
  const { build } = await import('esbuild');
  const out = join(dir, entry.replace(/\W+/g, '-') + '.cjs');
  // Test helpers find the built bundle from their own folder: `dirnameOf` stands in for it inside the bundle.
  const define = dirnameOf ? { __dirname: JSON.stringify(join(root, dirnameOf)) } : {};
  await build({ entryPoints: [join(root, entry)], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error', define });
  const r = spawnSync(process.execPath, [out, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

const dir = await mkdtemp(join(tmpdir(), 'dvk-bench-'));
try {
  const cli = join(root, 'dist/cli/dvk.cjs');
  const loadOnly = join(root, 'scripts/bench/load-only.cjs');
  console.log(`Benchmark (${RUNS} runs each, median time, largest peak RSS; node ${process.version})\n`);

  // 1. validate a 20,000-row list (the whole process) vs exceljs loading the same file (the whole process).
  const l20 = join(dir, 'danh-sach-20000.xlsx');
  await writeList(l20, { rows: 20000 });
  const load20 = measure([loadOnly, l20]);
  const val20 = measure([cli, 'validate', l20, '--json']);
  const t1 = val20.ms / load20.ms;
  const m1 = val20.peakMiB / load20.peakMiB;
  console.log(`validate: 20,000-row list (${((await readFile(l20)).length / 1024).toFixed(0)} KiB)`);
  line('exceljs load alone', fmt(load20));
  line('dvk validate --json', fmt(val20));
  line('time ratio (goal ≤ 0.6)', `${t1.toFixed(2)} ${verdict(t1 <= 0.6)}`);
  line('peak RSS ratio (goal ≤ 0.6)', `${m1.toFixed(2)} ${verdict(m1 <= 0.6)}\n`);

  // 2. Three whole-column drop-downs cost no more than the same list without them.
  const l20dv = join(dir, 'danh-sach-20000-3-cot-kiem-tra.xlsx');
  await writeList(l20dv, { rows: 20000, wholeColumnDropdowns: 3 });
  const val20dv = measure([cli, 'validate', l20dv, '--json']);
  const load20dv = measure([loadOnly, l20dv], () => {}, 1);
  const t2 = val20dv.ms / val20.ms;
  console.log('validate: the same list with 3 drop-downs over whole columns (D:D, E:E, F:F)');
  line('dvk validate --json', fmt(val20dv));
  line('vs without (goal ≤ 1.10)', `${t2.toFixed(2)} ${verdict(t2 <= 1.1)}`);
  line('exceljs load, for reference', `${fmt(load20dv)} (${(load20dv.ms / load20.ms).toFixed(1)}× its load without them)\n`);

  // 3. 200,000 rows through validate: linear time, peak under 1 GB.
  const l200 = join(dir, 'danh-sach-200000.xlsx');
  await writeList(l200, { rows: 200000 });
  const val200 = measure([cli, 'validate', l200, '--json']);
  const t3 = val200.ms / val20.ms;
  console.log('validate: 200,000-row list');
  line('dvk validate --json', fmt(val200));
  line('vs 20,000 rows (goal ≤ 12)', `${t3.toFixed(1)}× ${verdict(t3 <= 12)}`);
  line('peak RSS (goal < 1024 MiB)', `${val200.peakMiB.toFixed(0)} MiB ${verdict(val200.peakMiB < 1024)}\n`);

  // 4. aggregate 300 unit files of 5 models vs exceljs loading the same files.
  const units = join(dir, 'don-vi');
  spawnSync('mkdir', ['-p', units]);
  const files = [];
  for (let i = 0; i < 300; i++) {
    const f = join(units, `don-vi-${String(i).padStart(3, '0')}.xlsx`);
    await writeList(f, { rows: 5, unit: `CÔNG ĐOÀN CƠ SỞ SỐ ${i + 1}`, seed: i + 1 });
    files.push(f);
  }
  const loadAll = measure([loadOnly, ...files]);
  const master = join(dir, 'tong-hop.xlsx');
  const agg = measure([cli, 'aggregate', units, '--out', master], () => spawnSync('rm', ['-f', master]));
  const again = measure([cli, 'aggregate', units, '--out', master]);
  const t4 = agg.ms / loadAll.ms;
  console.log('aggregate: 300 unit files × 5 models');
  line('exceljs load alone', fmt(loadAll));
  line('dvk aggregate --out', fmt(agg));
  line('time ratio (goal ≤ 0.6)', `${t4.toFixed(2)} ${verdict(t4 <= 0.6)}`);
  line('re-run (reads the master too)', `${fmt(again)} (ratio ${(again.ms / loadAll.ms).toFixed(2)})\n`);

  // 5. 200,000 rows through aggregate (written to a master): linear time, peak under 1 GB.
  const m20 = join(dir, 'tong-hop-20000.xlsx');
  const m200 = join(dir, 'tong-hop-200000.xlsx');
  const agg20 = measure([cli, 'aggregate', l20, '--out', m20], () => spawnSync('rm', ['-f', m20]));
  const agg200 = measure([cli, 'aggregate', l200, '--out', m200], () => spawnSync('rm', ['-f', m200]), 1);
  const t5 = agg200.ms / agg20.ms;
  console.log('aggregate: one list of 20,000 and of 200,000 rows, --out');
  line('20,000 rows', fmt(agg20));
  line('200,000 rows', fmt(agg200));
  line('vs 20,000 rows (goal ≤ 12)', `${t5.toFixed(1)}× ${verdict(t5 <= 12)}`);
  line('peak RSS (goal < 1024 MiB)', `${agg200.peakMiB.toFixed(0)} MiB ${verdict(agg200.peakMiB < 1024)}\n`);

  // 6. Malformed XML: the scanner's time grows linearly (4× the input: about 4× the time).
  const scan = await runTs('scripts/bench/scan.ts', []);
  console.log('XML scanner on malformed XML: 80,000 vs 320,000 repetitions');
  for (const [k, v] of Object.entries(scan)) line(k, `${v.small.toFixed(0)} ms → ${v.large.toFixed(0)} ms (${(v.large / Math.max(1, v.small)).toFixed(1)}×, linear ≈ 4×)`);
  console.log('');

  // 7. The add-in: one aggregation step reading the 20,000-row .xlsx from Drive, in the built bundle in a bare vm.
  const step = await runTs('scripts/bench/drive-step.ts', [l20, String(RUNS)], 'test/sheets');
  const BUDGET = 30_000;
  console.log('add-in: one step reading the 20,000-row .xlsx from Drive (built bundle, bare vm, pure inflate/decode)');
  line('step time', `${(step.ms / 1000).toFixed(2)} s for ${step.models} models`);
  line(`budget per step ${BUDGET / 1000} s`, `${(BUDGET / step.ms).toFixed(0)}× headroom ${verdict(step.ms < BUDGET / 5)} (Apps Script is slower than Node: 5× kept in reserve)\n`);

  // 8. Documents (issue 4): danh-sach with 5,000 models vs a raw docxtemplater render.
  const g = await runTs('scripts/bench/render.ts', [root]);
  const ratio8 = g.ours / g.raw;
  console.log('generate: danh-sach with 5,000 models (in-process, median of 5)');
  line('raw docxtemplater', `${(g.raw / 1000).toFixed(2)} s`);
  line('renderDocument', `${(g.ours / 1000).toFixed(2)} s (checks, properties, stamp included); peak ${g.rss.toFixed(0)} MiB`);
  line('ratio (goal ≤ 1.3)', `${ratio8.toFixed(2)} ${verdict(ratio8 <= 1.3)}\n`);
} finally {
  await rm(dir, { recursive: true, force: true });
}

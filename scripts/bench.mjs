// `npm run bench`: performance figures and ratios against the baseline, measured in one run on this machine.
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
function measure(args, before = () => {}) {
  const times = [];
  let peak = 0;
  for (let i = 0; i < RUNS; i++) {
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

const dir = await mkdtemp(join(tmpdir(), 'dvk-bench-'));
try {
  const cli = join(root, 'dist/cli/dvk.cjs');
  console.log(`Benchmark (${RUNS} runs each, median time; node ${process.version})\n`);

  // Issue 2: validate a 20,000-row list through the CLI vs exceljs loading the same file alone.
  const big = join(dir, 'danh-sach-20000.xlsx');
  await writeList(big, { rows: 20000 });
  const load = measure([join(root, 'scripts/bench/load-only.cjs'), big]);
  const validate = measure([cli, 'validate', big, '--json']);
  const ratio = validate.ms / load.ms;
  console.log('validate: 20,000-row list');
  console.log(`  exceljs load alone   ${fmt(load)}`);
  console.log(`  dvk validate --json  ${fmt(validate)}`);
  console.log(`  ratio                ${ratio.toFixed(2)} (goal ≤ 1.5) ${ratio <= 1.5 ? 'OK' : 'MISSED'}`);
  const size = (await readFile(big)).length;
  console.log(`  file size            ${(size / 1024).toFixed(0)} KiB\n`);

  // Issue 3: aggregate 300 unit files of 5 models each vs exceljs loading the same files alone.
  const units = join(dir, 'don-vi');
  spawnSync('mkdir', ['-p', units]);
  const files = [];
  for (let i = 0; i < 300; i++) {
    const f = join(units, `don-vi-${String(i).padStart(3, '0')}.xlsx`);
    await writeList(f, { rows: 5, unit: `CÔNG ĐOÀN CƠ SỞ SỐ ${i + 1}`, seed: i + 1 });
    files.push(f);
  }
  const loadAll = measure([join(root, 'scripts/bench/load-only.cjs'), ...files]);
  const master = join(dir, 'tong-hop.xlsx');
  // A first aggregation (no earlier output to carry the officer's columns over from)…
  const agg = measure([cli, 'aggregate', units, '--out', master], () => spawnSync('rm', ['-f', master]));
  // …and a re-run, which also reads the earlier master (1,500 rows) to keep what the officer typed.
  const again = measure([cli, 'aggregate', units, '--out', master]);
  const ratio2 = agg.ms / loadAll.ms;
  console.log('aggregate: 300 unit files × 5 models');
  console.log(`  exceljs load alone   ${fmt(loadAll)}`);
  console.log(`  dvk aggregate --out  ${fmt(agg)}`);
  console.log(`  ratio                ${ratio2.toFixed(2)} (goal ≤ 1.5) ${ratio2 <= 1.5 ? 'OK' : 'MISSED'}`);
  console.log(`  re-run, carry-over   ${fmt(again)} (ratio ${(again.ms / loadAll.ms).toFixed(2)}: reads the earlier master too)\n`);

  // Issue 4: render danh-sach with 5,000 models vs a raw docxtemplater render of the same template and data.
  const { build } = await import('esbuild');
  const renderBench = join(dir, 'render.cjs');
  await build({ entryPoints: [join(root, 'scripts/bench/render.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: renderBench, logLevel: 'error' });
  const r = spawnSync(process.execPath, [renderBench, root], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const g = JSON.parse(r.stdout);
  const ratio3 = g.ours / g.raw;
  console.log('generate: danh-sach with 5,000 models (in-process, median of 5)');
  console.log(`  raw docxtemplater    ${(g.raw / 1000).toFixed(2)} s`);
  console.log(`  renderDocument       ${(g.ours / 1000).toFixed(2)} s (data building, checks, properties included); peak ${g.rss.toFixed(0)} MiB`);
  console.log(`  ratio                ${ratio3.toFixed(2)} (goal ≤ 1.3) ${ratio3 <= 1.3 ? 'OK' : 'MISSED'}\n`);
} finally {
  await rm(dir, { recursive: true, force: true });
}

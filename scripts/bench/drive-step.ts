// Benchmark body (bundled by scripts/bench.mjs): one aggregation step of the add-in reading a .xlsx from Drive, in the
// built bundle in a bare vm (the pure inflater and UTF-8 decoder, as in Apps Script). Prints {ms, rows} as JSON.
import { readFileSync } from 'node:fs';
import { ok, serverOf } from '../../test/sheets/builders';
import { MIME } from '../../test/sheets/fake-gas';
import { session } from '../../test/sheets/session';
import type { JobInfo, StepInfo } from '../../src/sheets/aggregate-api';

const file = process.argv[2];
const runs = Number(process.argv[3] ?? 3);
const times: number[] = [];
let models = 0;
(async () => {
  for (let i = 0; i < runs; i++) {
    const s = session({ name: 'Bench' });
    const folder = s.gas.addFolder('Danh sách');
    s.gas.addFile(folder, { name: 'danh-sach-lon.xlsx', mimeType: MIME.xlsx, bytes: new Uint8Array(readFileSync(file)) });
    const server = serverOf(s);
    const job = ok<JobInfo>(await server.start({ kind: 'folder', folder }));
    const t = performance.now();
    const step = ok<StepInfo>(await server.step(job.jobId, 0));
    times.push(performance.now() - t);
    models = step.models;
  }
  times.sort((a, b) => a - b);
  process.stdout.write(JSON.stringify({ ms: times[Math.floor(times.length / 2)], models }));
})();

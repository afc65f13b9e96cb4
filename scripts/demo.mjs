// `npm run demo`: the main job on the bundled sample lists; everything it writes goes to out/.
// `npm run demo -- --preset mttq-phuong-2026`: the same job for the 2026–2030 phase (samples/2026/), into out/mttq-phuong-2026/.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/cli/dvk.cjs');

/** The campaigns that have sample lists: where they are, their documents' metadata, where the demo writes. */
const DEMOS = {
  'ldld-ninh-binh-2021': {
    lists: 'samples/danh-sach',
    meta: 'samples/van-ban',
    out: 'out',
    documents: ['ke-hoach', 'huong-dan', 'danh-sach', 'bao-cao', 'quyet-dinh'],
  },
  'mttq-phuong-2026': {
    lists: 'samples/2026/danh-sach',
    meta: 'samples/2026/van-ban',
    out: 'out/mttq-phuong-2026',
    // No recognition decision: models registered in October 2026 are recognised only after a year of work.
    documents: ['ke-hoach', 'huong-dan', 'danh-sach', 'bao-cao'],
  },
};

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/** `--preset NAME` or `--preset=NAME`; nothing else is accepted. */
function presetArg(argv) {
  let preset;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--preset') {
      if (i + 1 >= argv.length) fail('Thiếu tên bộ cấu hình sau --preset.');
      preset = argv[++i];
    } else if (a.startsWith('--preset=')) preset = a.slice('--preset='.length);
    else fail(`Không hiểu tham số “${a}”. Cách dùng: npm run demo [-- --preset TÊN]`);
  }
  if (preset !== undefined && !(preset in DEMOS))
    fail(
      `Chưa có danh sách mẫu cho bộ cấu hình “${preset}”. Các bộ chạy thử được:\n` +
        Object.entries(DEMOS)
          .map(([name, d]) => `  - ${name} (${d.lists}/)`)
          .join('\n'),
    );
  return preset;
}

const preset = presetArg(process.argv.slice(2));
const demo = DEMOS[preset ?? 'ldld-ninh-binh-2021'];
// The default run passes no --preset, exactly as an officer types the commands of the README.
const presetArgs = preset ? ['--preset', preset] : [];
const out = join(root, demo.out);

function dvk(args) {
  const r = spawnSync(process.execPath, [cli, ...args, ...presetArgs], { cwd: root, encoding: 'utf8' });
  if (r.status === 3 || r.status === null) {
    process.stderr.write(r.stderr);
    process.exit(1);
  }
  return r;
}

await rm(join(out, 'kiem-tra'), { recursive: true, force: true });
await mkdir(join(out, 'kiem-tra'), { recursive: true });
const files = (await readdir(join(root, demo.lists))).filter((f) => f.endsWith('.xlsx')).sort().map((f) => join(demo.lists, f));

if (preset) console.log(`Bộ cấu hình: ${preset}\n`);
console.log(`1. Kiểm tra ${files.length} danh sách mẫu trong ${demo.lists}/\n`);
const text = dvk(['validate', ...files, '--annotate', `${demo.out}/kiem-tra`]);
process.stdout.write(text.stdout);
await writeFile(join(out, 'kiem-tra.txt'), text.stdout);
const json = dvk(['validate', ...files, '--json']);
await writeFile(join(out, 'kiem-tra.json'), json.stdout);
console.log(
  `\nĐã ghi: ${demo.out}/kiem-tra.txt, ${demo.out}/kiem-tra.json và bản sao có đánh dấu lỗi trong ${demo.out}/kiem-tra/ (mã thoát ${text.status}).`,
);

console.log('\n2. Tổng hợp danh sách của các đơn vị\n');
const agg = dvk(['aggregate', demo.lists, '--out', `${demo.out}/tong-hop.xlsx`]);
process.stdout.write(agg.stdout);
const aggJson = dvk(['aggregate', demo.lists, '--json']);
await writeFile(join(out, 'tong-hop.json'), aggJson.stdout);
console.log(`Đã ghi: ${demo.out}/tong-hop.xlsx (Tổng hợp, Thống kê, Tình trạng nộp, Kiểm tra) và ${demo.out}/tong-hop.json (mã thoát ${agg.status}).`);

console.log('\n3. Soạn văn bản từ các mẫu có sẵn (thể thức Nghị định 30/2020)\n');
await rm(join(out, 'van-ban'), { recursive: true, force: true });
const soffice = (process.env.PATH ?? '').split(':').some((d) => d && existsSync(join(d, 'soffice')));
for (const name of demo.documents) {
  const args = ['generate', name, '--meta', `${demo.meta}/${name}.json`, '--data', demo.lists, '--out', `${demo.out}/van-ban/${name}.docx`];
  const r = dvk(soffice ? [...args, '--pdf'] : args);
  process.stdout.write(r.stdout + r.stderr);
}
if (!soffice) console.log('(Chưa cài LibreOffice nên không tạo bản PDF; cài libreoffice-writer-nogui để có PDF.)');

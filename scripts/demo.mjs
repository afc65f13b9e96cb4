// `npm run demo`: the main job on the bundled sample lists; everything it writes goes to out/.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'out');
const samples = join(root, 'samples/danh-sach');
const cli = join(root, 'dist/cli/dvk.cjs');

function dvk(args) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  if (r.status === 3 || r.status === null) {
    process.stderr.write(r.stderr);
    process.exit(1);
  }
  return r;
}

await rm(join(out, 'kiem-tra'), { recursive: true, force: true });
await mkdir(join(out, 'kiem-tra'), { recursive: true });
const files = (await readdir(samples)).filter((f) => f.endsWith('.xlsx')).sort().map((f) => join('samples/danh-sach', f));

console.log(`1. Kiểm tra ${files.length} danh sách mẫu trong samples/danh-sach/\n`);
const text = dvk(['validate', ...files, '--annotate', 'out/kiem-tra']);
process.stdout.write(text.stdout);
await writeFile(join(out, 'kiem-tra.txt'), text.stdout);
const json = dvk(['validate', ...files, '--json']);
await writeFile(join(out, 'kiem-tra.json'), json.stdout);
console.log(`\nĐã ghi: out/kiem-tra.txt, out/kiem-tra.json và bản sao có đánh dấu lỗi trong out/kiem-tra/ (mã thoát ${text.status}).`);

console.log('\n2. Tổng hợp danh sách của các đơn vị\n');
const agg = dvk(['aggregate', 'samples/danh-sach', '--out', 'out/tong-hop.xlsx']);
process.stdout.write(agg.stdout);
const aggJson = dvk(['aggregate', 'samples/danh-sach', '--json']);
await writeFile(join(out, 'tong-hop.json'), aggJson.stdout);
console.log(`Đã ghi: out/tong-hop.xlsx (Tổng hợp, Thống kê, Kiểm tra) và out/tong-hop.json (mã thoát ${agg.status}).`);

console.log('\n3. Soạn văn bản từ các mẫu có sẵn (thể thức Nghị định 30/2020)\n');
await rm(join(out, 'van-ban'), { recursive: true, force: true });
const soffice = (process.env.PATH ?? '').split(':').some((d) => d && existsSync(join(d, 'soffice')));
for (const name of ['ke-hoach', 'huong-dan', 'danh-sach', 'bao-cao', 'quyet-dinh']) {
  const args = ['generate', name, '--meta', `samples/van-ban/${name}.json`, '--data', 'samples/danh-sach', '--out', `out/van-ban/${name}.docx`];
  const r = dvk(soffice ? [...args, '--pdf'] : args);
  process.stdout.write(r.stdout + r.stderr);
}
if (!soffice) console.log('(Chưa cài LibreOffice nên không tạo bản PDF; cài libreoffice-writer-nogui để có PDF.)');

// --pdf for signing (every font embedded, the signature area clear, a blank number and date laid out) and --metadata
// (NĐ 30 Phụ lục VI record beside the document, its page count from the PDF or from LibreOffice).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, dvk, ROOT } from './run';

const META = (name: string) => join(ROOT, 'samples/van-ban', `${name}.json`);
const SAMPLES = join(ROOT, 'samples/danh-sach');
const tmp = () => mkdtempSync(join(tmpdir(), 'dvk-pdf-'));
const has = (cmd: string, arg: string) => spawnSync(cmd, [arg], { stdio: 'ignore' }).status === 0;
const available = has('soffice', '--version') && has('pdffonts', '-v') && has('pdftotext', '-v');
if (!available && process.env.CI) throw new Error('CI needs LibreOffice (soffice) and poppler-utils (pdffonts, pdftotext)');

/** Words of a PDF with their boxes (points, from the top-left of the page), page by page. */
function words(pdf: string): { page: number; x0: number; y0: number; x1: number; y1: number; text: string }[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const out: { page: number; x0: number; y0: number; x1: number; y1: number; text: string }[] = [];
  let page = 0;
  for (const m of html.matchAll(/<page\b|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (!m[1]) page++;
    else out.push({ page, x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5] });
  }
  return out;
}
const PT_MM = 25.4 / 72;

describe.skipIf(!available)('dvk generate --pdf, for digital signing', () => {
  it('embeds every font, and leaves the area between the signer’s title and name clear for the signature and seal images', () => {
    const dir = tmp();
    const out = join(dir, 'hd.docx');
    const r = dvk(['generate', 'huong-dan', '--meta', META('huong-dan'), '--out', out, '--pdf']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('bản PDF để ký số, đã nhúng phông chữ');
    const fonts = execFileSync('pdffonts', [join(dir, 'hd.pdf')], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    // name type encoding emb sub uni object ID: “emb” is the fourth column from the end but three.
    for (const f of fonts) expect(f.split(/\s+/).slice(-5, -4)[0], f).toBe('yes');
    const w = words(join(dir, 'hd.pdf'));
    const title = w.find((x) => x.text === 'PHÓ')!;
    const name = w.find((x) => x.text === 'Lê' && x.page === title.page && x.y0 > title.y1)!;
    expect(name).toBeDefined();
    // NĐ 30 (chữ ký số): the signer's signature image sits between the position and the name, the seal over its left third.
    expect((name.y0 - title.y1) * PT_MM).toBeGreaterThanOrEqual(25);
    // The signature column: as wide as the position line (the widest line of the block).
    const line = w.filter((x) => x.page === title.page && Math.abs(x.y0 - title.y0) < 1 && x.x0 >= title.x0 - 1);
    const column = { x0: Math.min(...line.map((x) => x.x0)), x1: Math.max(...line.map((x) => x.x1)) };
    const inside = w.filter((x) => x.page === title.page && x.y0 >= title.y1 && x.y1 <= name.y0 && x.x1 > column.x0 && x.x0 < column.x1);
    expect(inside.map((x) => x.text)).toEqual([]);
  });

  it('a document whose number and date are left for the records office lays out as one row: “Số:  /HD-LĐLĐ” beside “…, ngày  tháng  năm”', () => {
    const dir = tmp();
    const meta = JSON.parse(readFileSync(META('huong-dan'), 'utf8'));
    delete meta.so;
    delete meta.ngay;
    writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta));
    const out = join(dir, 'hd.docx');
    const r = dvk(['generate', 'huong-dan', '--meta', join(dir, 'meta.json'), '--out', out, '--pdf', '--metadata']);
    expect(r.status).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', join(dir, 'hd.pdf'), '-'], { encoding: 'utf8' });
    const row = text.split('\n').find((l) => l.includes('/HD-LĐLĐ'))!;
    expect(row).toMatch(/Số:\s+\/HD-LĐLĐ\s+Ninh Bình, ngày\s+tháng\s+năm\s*$/);
    // The signature area stays clear too.
    const w = words(join(dir, 'hd.pdf'));
    const title = w.find((x) => x.text === 'PHÓ')!;
    const name = w.find((x) => x.text === 'Lê' && x.page === title.page && x.y0 > title.y1)!;
    expect((name.y0 - title.y1) * PT_MM).toBeGreaterThanOrEqual(25);
    const record = JSON.parse(readFileSync(join(dir, 'hd.thong-tin.json'), 'utf8'));
    expect(record).toMatchObject({ so_ky_hieu: null, so: null, ky_hieu: 'HD-LĐLĐ', ngay_ban_hanh: null });
  });
});

describe('dvk generate --metadata', () => {
  it.skipIf(!available)('writes the NĐ 30 Phụ lục VI fields beside the document; pages from the PDF, or counted by LibreOffice', () => {
    const dir = tmp();
    const out = join(dir, 'bc.docx');
    const r = dvk(['generate', 'bao-cao', '--meta', META('bao-cao'), '--data', SAMPLES, '--out', out, '--pdf', '--metadata']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'bc.pdf')], { encoding: 'utf8' }))![1]);
    const record = JSON.parse(readFileSync(join(dir, 'bc.thong-tin.json'), 'utf8'));
    const meta = JSON.parse(readFileSync(META('bao-cao'), 'utf8'));
    expect(record).toMatchObject({
      tep: 'bc.docx',
      so_ky_hieu: `${meta.so}/${meta.ky_hieu}`,
      ky_hieu: meta.ky_hieu,
      ngay_ban_hanh: meta.ngay,
      ten_loai: 'Báo cáo',
      co_quan_ban_hanh: meta.co_quan,
      nguoi_ky: meta.nguoi_ky,
      noi_nhan: meta.noi_nhan,
      ngon_ngu: 'Tiếng Việt',
      goi_quy_tac: 'nd30-2020',
      so_trang: pages,
      nguon_so_trang: 'pdf',
      cong_cu: 'Dân vận khéo',
    });
    expect(record.chuc_vu_nguoi_ky.length).toBeGreaterThan(0);
    expect(r.stdout).toContain(`(thông tin văn bản cho văn thư, NĐ 30 Phụ lục VI; số trang ${pages}, đếm từ bản PDF)`);
    // Without --pdf, LibreOffice counts the same pages.
    const again = dvk(['generate', 'bao-cao', '--meta', META('bao-cao'), '--data', SAMPLES, '--out', join(dir, 'bc2.docx'), '--metadata']);
    expect(again.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'bc2.thong-tin.json'), 'utf8'))).toMatchObject({ so_trang: pages, nguon_so_trang: 'libreoffice' });
    expect(readdirSync(dir).filter((n) => n.startsWith('bc2'))).toEqual(['bc2.docx', 'bc2.thong-tin.json']);
  });

  it('without LibreOffice the page count is left for the clerk and said to be', () => {
    const dir = tmp();
    const out = join(dir, 'kh.docx');
    const r = spawnSync(process.execPath, [CLI, 'generate', 'ke-hoach', '--meta', META('ke-hoach'), '--out', out, '--metadata'], {
      encoding: 'utf8',
      env: { ...process.env, PATH: '/nonexistent' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'kh.thong-tin.json'), 'utf8'))).toMatchObject({ so_trang: null, nguon_so_trang: null });
    expect(r.stdout).toContain('chưa đếm được số trang (không có LibreOffice): văn thư điền khi vào sổ');
  });

  it('replaces its own record, refuses an edited one unless --force keeps it beside', () => {
    const dir = tmp();
    const out = join(dir, 'kh.docx');
    const run = (...extra: string[]) =>
      spawnSync(process.execPath, [CLI, 'generate', 'ke-hoach', '--meta', META('ke-hoach'), '--out', out, '--metadata', ...extra], {
        encoding: 'utf8',
        env: { ...process.env, PATH: '/nonexistent' },
      });
    expect(run().status).toBe(0);
    expect(run().status).toBe(0);
    const file = join(dir, 'kh.thong-tin.json');
    const edited = readFileSync(file, 'utf8').replace('"so_trang": null', '"so_trang": 3');
    writeFileSync(file, edited);
    const refused = run();
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('tệp thông tin văn bản này do công cụ tạo nhưng đã được sửa sau đó');
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(run('--force').status).toBe(0);
    const kept = readdirSync(dir).find((n) => n.startsWith('kh.thong-tin.truoc-'))!;
    expect(readFileSync(join(dir, kept), 'utf8')).toBe(edited);
  });
});

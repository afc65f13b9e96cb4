// `dvk generate`: official documents (KH, HD, danh sách, BC, QĐ) from .docx templates and the lists' data.
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { aggregate, hasListOrMaster, type Aggregate } from '../../domain/aggregate';
import type { Config } from '../../domain/config';
import {
  BUILTIN_TEMPLATES,
  docxOwnership,
  isBuiltinName,
  parseMeta,
  pdfOwnership,
  pdfPageCount,
  recordJson,
  recordOwnership,
  runDocument,
  type BuiltinName,
  type DocumentMeta,
  type TemplateMessage,
} from '../../domain/document';
import PizZip from 'pizzip';
import { foldLoose } from '../../domain/text';
import { loadConfig } from '../config';
import { EXIT, UserError } from '../errors';
import { assertNotInput, commitOutput, planOutput, type OutputGuard } from '../files';
import { isSilentSkip } from '../../domain/files';
import { readJsonFile } from '../json-file';
import { convertToPdf, findSoffice, NO_SOFFICE } from '../pdf';
import { readInputs } from './aggregate';

const NAMES = Object.keys(BUILTIN_TEMPLATES).join(', ');

export const HELP = `Cách dùng: dvk generate <tên mẫu | mau.docx> --meta van-ban.json --out van-ban.docx
                    [--data tong-hop.xlsx | danh-sach.xlsx | thư mục | du-lieu.json]
                    [--config cau-hinh.json | --preset TÊN] [--pdf] [--each] [--metadata] [--force]

Soạn văn bản (kế hoạch, hướng dẫn, danh sách, báo cáo, quyết định) theo thể thức Nghị định 30/2020
(hoặc Hướng dẫn 36-HD/VPTW với "the_thuc": "dang") từ mẫu .docx và số liệu các danh sách.

  <tên mẫu>        mẫu có sẵn: ${NAMES}; hoặc đường dẫn tới mẫu .docx của đơn vị (xem templates/README.md)
  --meta TỆP       thông tin văn bản (JSON): co_quan_chu_quan, co_quan, so, ky_hieu, dia_danh, ngay,
                   trich_yeu, noi_nhan, luu, quyen_han, chuc_vu, nguoi_ky, the_thuc; quyết định công nhận:
                   cap_cong_nhan (mã hoặc tên một cấp trong recognitionLevels của cấu hình)
  --data NGUỒN     bảng tổng hợp, danh sách đơn vị, thư mục danh sách, hoặc JSON của “dvk aggregate --json”;
                   không cần cho kế hoạch và hướng dẫn
  --out TỆP        tệp .docx kết quả (ghi đè an toàn)
  --pdf            tạo thêm bản PDF bằng LibreOffice để ký số: nhúng mọi phông chữ (bản PDF không phụ thuộc phông của
                   máy ký), giữ trống vùng chữ ký giữa chức vụ và họ tên người ký (NĐ 30, chữ ký số)
  --metadata       ghi thêm <tên>.thong-tin.json cạnh văn bản: các trường của NĐ 30 Phụ lục VI (số và ký hiệu, ngày ban hành,
                   tên loại, cơ quan ban hành, trích yếu, số trang, chức vụ và họ tên người ký, nơi nhận) để văn thư nhập
                   vào hệ thống quản lý văn bản không phải gõ lại. Số trang đếm từ bản PDF (--pdf), không có thì nhờ
                   LibreOffice đếm; không có LibreOffice thì lấy số Word ghi trong tệp (nếu có) hoặc để trống
  --each           mỗi mô hình một văn bản (trong thư mục cùng tên với --out) và một tệp in gộp tại --out
  --force          ghi đè có giữ bản cũ: tệp đã có không do công cụ tạo (hoặc đã được sửa) được đổi tên thành
                   <tên>.truoc-YYYY-MM-DD.<đuôi> rồi mới ghi tệp mới

Tệp đã có chỉ được ghi đè khi do chính công cụ tạo ra và chưa bị sửa; tệp khác được giữ nguyên (báo lỗi), trừ khi có
--force (tệp cũ được đổi tên thành …truoc-NGÀY rồi mới ghi). Bản PDF đã ký số không bao giờ bị ghi đè.
Với --each, chỉ các văn bản do công cụ tạo ở lần trước mới được thay hoặc bỏ, sau khi đã ghi xong bộ mới.

Mã thoát: 0 xong (có thể kèm cảnh báo), 1 mẫu văn bản có lỗi hoặc có tệp dữ liệu không đọc, 2 thiếu hoặc không đọc được
đầu vào, hoặc tệp kết quả đã có mà không được ghi đè.`;

export interface GenerateArgs {
  template?: string;
  meta?: string;
  data?: string;
  out?: string;
  config?: string;
  preset?: string;
  pdf?: boolean;
  each?: boolean;
  /** Also the NĐ 30 Phụ lục VI record as JSON beside the document. */
  metadata?: boolean;
  /** Keep an existing file that is not ours (or was edited) under a dated name instead of refusing. */
  force?: boolean;
}

/** The built-in templates folder, next to the package's dist/. */
export const TEMPLATES_DIR = join(__dirname, '../../templates');

async function readJson(path: string, what: string): Promise<unknown> {
  return readJsonFile(path, what);
}

async function loadMeta(path: string | undefined): Promise<DocumentMeta> {
  if (!path) throw new UserError('Thiếu --meta: tệp JSON thông tin văn bản (cơ quan ban hành, ký hiệu, địa danh, ngày…).\n\n' + HELP);
  const r = parseMeta(await readJson(path, 'thông tin văn bản'));
  if (!r.ok)
    throw new UserError(`${path}: thông tin văn bản không hợp lệ (${r.problems.length} lỗi):\n${r.problems.map((p) => `  - ${p.path}: ${p.message}`).join('\n')}`);
  return r.meta;
}

async function loadTemplate(name: string): Promise<{ bytes: Uint8Array; builtin: BuiltinName | undefined }> {
  const builtin = isBuiltinName(name) ? name : undefined;
  const path = builtin ? join(TEMPLATES_DIR, BUILTIN_TEMPLATES[builtin].file) : name;
  if (!builtin && !/\.docx$/i.test(name)) throw new UserError(`Không có mẫu “${name}”. Mẫu có sẵn: ${NAMES}; hoặc chỉ đường dẫn tới tệp .docx.`);
  try {
    return { bytes: new Uint8Array(await readFile(path)), builtin };
  } catch {
    throw new UserError(`${path}: không tìm thấy tệp mẫu.`);
  }
}

/** Models and statistics: an aggregate JSON, or workbooks aggregated now. */
async function loadData(path: string | undefined, config: Config): Promise<Aggregate> {
  if (!path) return aggregate([], config);
  if (/\.json$/i.test(path)) {
    const j = (await readJson(path, 'dữ liệu')) as Partial<Aggregate>;
    if (!j || typeof j !== 'object' || !j.summary || !Array.isArray(j.models))
      throw new UserError(`${path}: không phải dữ liệu tổng hợp (cần kết quả của “dvk aggregate --json”: summary, models).`);
    return { missingUnits: [], late: [], findings: [], sources: [], previousPhase: null, ...j } as Aggregate;
  }
  const inputs = await readInputs([path], config);
  const bad = inputs.find((i) => i.kind === 'unreadable');
  if (bad && bad.kind === 'unreadable') throw new UserError(bad.error);
  if (!hasListOrMaster(inputs)) throw new UserError(`${path}: không có danh sách đăng ký hoặc bảng tổng hợp nào.`);
  return aggregate(inputs, config);
}

const describe = (m: TemplateMessage) => `${m.tag ? `${m.tag} — ` : ''}${m.message}${m.where ? ` (${m.where})` : ''}`;

function slug(s: string): string {
  return foldLoose(s).replace(/ /g, '-').slice(0, 60) || 'mo-hinh';
}

const docxGuard = (force?: boolean): OutputGuard => ({ what: 'văn bản', owner: (b) => ({ owner: docxOwnership(b) }), force });
const recordGuard = (force?: boolean): OutputGuard => ({
  what: 'tệp thông tin văn bản',
  owner: (b) => ({ owner: recordOwnership(new TextDecoder().decode(b)) }),
  force,
});

interface PageCount {
  count: number | null;
  source: 'pdf' | 'libreoffice' | 'app.xml' | null;
  note: string;
}

/**
 * The document's pages: from its PDF when one was made (exact for that PDF), else from a PDF LibreOffice makes now (the
 * same count a --pdf would give; Word may break pages slightly differently where Times New Roman is missing), else the
 * count Word saved in docProps/app.xml (a custom template's, from its last save in Word: only a guess), else none.
 */
async function countPages(docxPath: string, docx: Uint8Array, pdf: Uint8Array | null): Promise<PageCount> {
  const fromPdf = pdf ? pdfPageCount(pdf) : null;
  if (fromPdf !== null) return { count: fromPdf, source: 'pdf', note: `số trang ${fromPdf}, đếm từ bản PDF` };
  const soffice = findSoffice();
  if (soffice) {
    const n = pdfPageCount(await convertToPdf(soffice, docxPath, docxPath.replace(/\.docx$/i, '.pdf')));
    if (n !== null) return { count: n, source: 'libreoffice', note: `số trang ${n}, đếm bằng LibreOffice` };
  }
  const app = new PizZip(docx).file('docProps/app.xml')?.asText() ?? '';
  const saved = /<(?:\w+:)?Pages>(\d{1,6})<\/(?:\w+:)?Pages>/.exec(app);
  if (saved)
    return { count: Number(saved[1]), source: 'app.xml', note: `số trang ${saved[1]} theo Word ghi trong tệp mẫu, có thể không đúng với văn bản này: hãy kiểm tra lại` };
  return { count: null, source: null, note: 'chưa đếm được số trang (không có LibreOffice): văn thư điền khi vào sổ' };
}

const pdfGuard = (force?: boolean): OutputGuard => ({
  what: 'bản PDF',
  owner: (b) => {
    const o = pdfOwnership(b);
    return { owner: o.ours ? 'ours' : 'foreign', signed: o.signed };
  },
  force,
});

/** The `--each` folder as it is: our unchanged documents (replaceable, removable once stale) and everything else. */
interface EachFolder {
  path: string;
  ours: Set<string>;
  others: string[];
}

async function inspectEachFolder(folder: string, force: boolean | undefined): Promise<EachFolder> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return { path: folder, ours: new Set(), others: [] };
  }
  const ours = new Set<string>();
  const others: string[] = [];
  for (const name of names) {
    if (isSilentSkip(name)) continue; // hidden files, Word's ~$ lock files: never touched
    const path = join(folder, name);
    let own = false;
    try {
      own = (await stat(path)).isFile() && /\.docx$/i.test(name) && docxOwnership(new Uint8Array(await readFile(path))) === 'ours';
    } catch {
      own = false;
    }
    if (own) ours.add(name);
    else others.push(name);
  }
  if (others.length && !force)
    throw new UserError(
      `${folder}: thư mục đã có tệp không do công cụ tạo hoặc đã được sửa (${others.slice(0, 5).join(', ')}${others.length > 5 ? `, … và ${others.length - 5} tệp khác` : ''}); ` +
        'không ghi vào đó. Hãy chọn tên khác cho --out, hoặc thêm --force: các tệp đó được giữ nguyên (tệp trùng tên được đổi tên thành …truoc-NGÀY).',
    );
  return { path: folder, ours, others };
}

export async function runGenerate(args: GenerateArgs, print: (s: string) => void): Promise<number> {
  if (!args.template) throw new UserError('Chưa chọn mẫu văn bản.\n\n' + HELP);
  if (!args.out) throw new UserError('Thiếu --out (tệp .docx kết quả).\n\n' + HELP);
  if (!/\.docx$/i.test(args.out)) throw new UserError(`${args.out}: tệp kết quả phải có đuôi .docx.`);
  const inputs = [args.template, args.meta, args.data].filter((x): x is string => !!x);
  const pdfPath = args.out.replace(/\.docx$/i, '.pdf');
  const recordPath = args.out.replace(/\.docx$/i, '.thong-tin.json');
  assertNotInput(args.out, inputs);
  if (args.pdf) assertNotInput(pdfPath, inputs);
  if (args.metadata) assertNotInput(recordPath, inputs);
  // Every output is checked before anything is rendered or written: a refusal leaves everything as it was.
  const outPlan = await planOutput(args.out, docxGuard(args.force));
  const pdfPlan = args.pdf ? await planOutput(pdfPath, pdfGuard(args.force)) : null;
  const recordPlan = args.metadata ? await planOutput(recordPath, recordGuard(args.force)) : null;
  const eachFolder = args.each ? await inspectEachFolder(join(dirname(args.out), basename(args.out, extname(args.out))), args.force) : null;

  const config = await loadConfig(args);
  const meta = await loadMeta(args.meta);
  const { bytes: template, builtin } = await loadTemplate(args.template);
  const agg = await loadData(args.data, config);
  const run = runDocument({ template, builtin, templateName: basename(args.template), meta, config, aggregate: agg, each: !!eachFolder, now: new Date() });
  if (run.status === 'bad-level')
    throw new UserError(
      `${args.meta}: thông tin văn bản không hợp lệ (${run.problems.length} lỗi):\n${run.problems.map((p) => `  - ${p.path}: ${p.message}`).join('\n')}`,
    );
  if (run.status === 'template-problems') {
    print(`Mẫu văn bản ${args.template} có ${run.problems.length} lỗi, chưa ghi tệp nào:\n${run.problems.map((p) => `  - ${describe(p)}`).join('\n')}`);
    return EXIT.findings;
  }
  if (run.status === 'no-models') throw new UserError('Không có mô hình nào để soạn từng văn bản (--each).');
  const lines: string[] = [];
  // Files of a --data folder that were not read: named, and the run ends with exit 1.
  const notRead = agg.sources.filter((x) => x.error).map((x) => x.error!);
  for (const why of notRead) lines.push(`Không đọc: ${why}`);
  for (const w of run.warnings) lines.push(`Cảnh báo: ${describe(w)}`);
  if (run.renamed) lines.push(`Cảnh báo: ${run.renamed}`);

  if (eachFolder && run.documents) {
    const width = String(run.documents.length).length;
    const names = run.documents.map((d, i) => `${String(i + 1).padStart(width, '0')}-${slug(d.model.model || d.model.name)}.docx`);
    // The new set is written first (each file atomically; a file of the same name that is not ours is kept aside).
    for (const [i, name] of names.entries()) {
      const path = join(eachFolder.path, name);
      const plan = eachFolder.ours.has(name) ? { path, keepAs: null } : await planOutput(path, docxGuard(true));
      await commitOutput(plan, run.documents[i].bytes);
    }
    // Only then the stale documents of an earlier run go: only files this tool wrote, unchanged since.
    const fresh = new Set(names);
    let removed = 0;
    for (const name of eachFolder.ours)
      if (!fresh.has(name)) {
        await rm(join(eachFolder.path, name), { force: true });
        removed++;
      }
    lines.push(`Đã ghi ${names.length} văn bản, mỗi mô hình một tệp, vào ${eachFolder.path}/${removed ? ` (bỏ ${removed} văn bản cũ của lần trước)` : ''}.`);
  }
  await commitOutput(outPlan, run.bytes);
  lines.push(`Đã ghi ${args.out}: ${run.description}.`);

  let code: number = notRead.length ? EXIT.findings : EXIT.ok;
  let pdf: Uint8Array | null = null;
  if (pdfPlan) {
    const soffice = findSoffice();
    if (!soffice) {
      lines.push(NO_SOFFICE);
      code = EXIT.input;
    } else {
      pdf = await convertToPdf(soffice, args.out, pdfPath);
      await commitOutput(pdfPlan, pdf);
      lines.push(`Đã ghi ${pdfPath} (bản PDF để ký số, đã nhúng phông chữ).`);
    }
  }
  if (recordPlan) {
    const pages = await countPages(args.out, run.bytes, pdf);
    await commitOutput(
      recordPlan,
      recordJson({ tep: basename(args.out), ...run.record(), so_trang: pages.count, nguon_so_trang: pages.source, ghi_chu_so_trang: pages.note }),
    );
    lines.push(`Đã ghi ${recordPath} (thông tin văn bản cho văn thư, NĐ 30 Phụ lục VI; ${pages.note}).`);
  }
  for (const p of [outPlan, pdfPlan, recordPlan]) if (p?.keepAs) lines.push(`Đã giữ tệp cũ ${p.path} thành ${p.keepAs}.`);
  print(lines.join('\n'));
  return code;
}

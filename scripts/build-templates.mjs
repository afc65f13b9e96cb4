// Builds the built-in .docx templates in templates/ from the rule packs (src/domain/document/packs/*.json): paper,
// margins, font, and the letters of every part of the header and the signature block come from the pack of each
// format profile; both profiles in one file. A change of rule is a change of the pack, then this script again.
// Run: node scripts/build-templates.mjs [--out DIR] [--packs DIR]   (deterministic: the same packs give byte-identical files)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import PizZip from 'pizzip';

const outAt = process.argv.indexOf('--out');
const OUT = outAt > 0 ? resolve(process.argv[outAt + 1]) : join(dirname(fileURLToPath(import.meta.url)), '..', 'templates');

// ---------------------------------------------------------------------------------------------
// The rule packs: the state pack (NĐ 30) and the Party pack (HD 36) the templates' two profiles follow.
const packsAt = process.argv.indexOf('--packs');
const PACKS_DIR = packsAt > 0 ? resolve(process.argv[packsAt + 1]) : join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'domain', 'document', 'packs');
const pack = (id) => JSON.parse(readFileSync(join(PACKS_DIR, `${id}.json`), 'utf8'));
const STATE = pack('nd30-2020');
const PARTY = pack('hd36-2018');
// One page setup and one font serve both profiles of a template: the packs must agree on them.
for (const k of ['widthMm', 'heightMm']) if (STATE.page[k] !== PARTY.page[k]) throw new Error(`packs differ on page.${k}`);
for (const k of ['top', 'bottom', 'left', 'right']) if (STATE.page.useMm[k] !== PARTY.page.useMm[k]) throw new Error(`packs differ on page.useMm.${k}`);
if (STATE.font.family !== PARTY.font.family) throw new Error('packs differ on the font');

/** Millimetres to twips, rounded up so that a minimum is never undercut (as packs.ts mmToTwips). */
const twips = (mm) => Math.ceil((mm / 25.4) * 1440 - 1e-9);

// Page (twips): A4 and the margins the pack uses (inside its ranges); the header and footer 10 mm from the edge.
const A4 = { w: twips(STATE.page.widthMm), h: twips(STATE.page.heightMm) };
const MARGIN = {
  top: twips(STATE.page.useMm.top),
  bottom: twips(STATE.page.useMm.bottom),
  left: twips(STATE.page.useMm.left),
  right: twips(STATE.page.useMm.right),
  header: twips(10),
  footer: twips(10),
};
const WIDTH = { portrait: A4.w - MARGIN.left - MARGIN.right, landscape: A4.h - MARGIN.left - MARGIN.right };

/** Run properties of a part as a pack sets them: weight, slant, underline, size. */
const letters = (part) => ({ b: part.bold, i: part.italic, u: part.underline, sz: part.use });
/** The properties of `part` that differ from `style` (a paragraph style both profiles share), for the run. */
function beyond(part, style) {
  const o = {};
  if (!!part.bold !== !!style.bold) o.b = part.bold;
  if (!!part.italic !== !!style.italic) o.i = part.italic;
  if (!!part.underline !== !!style.underline) o.u = part.underline;
  if (part.use !== style.use) o.sz = part.use;
  return o;
}
const CELL_MARGIN = 57;
/** 1 cm first-line indent (NĐ 30: 1–1.27 cm). */
const INDENT = 567;

// ---------------------------------------------------------------------------------------------
// OOXML helpers

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Run properties in schema order. */
function rPr(o = {}) {
  const x =
    (o.b ? '<w:b/><w:bCs/>' : '') +
    (o.i ? '<w:i/><w:iCs/>' : '') +
    (o.sz ? `<w:sz w:val="${o.sz * 2}"/><w:szCs w:val="${o.sz * 2}"/>` : '') +
    (o.u ? '<w:u w:val="single"/>' : '');
  return x ? `<w:rPr>${x}</w:rPr>` : '';
}

/** A run. */
const r = (text, o = {}) => `<w:r>${rPr(o)}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

/** Inline markup: **bold**, //italic//. Everything else (tags included) is plain text. */
function md(text, base = {}) {
  const out = [];
  const re = /\*\*(.+?)\*\*|\/\/(.+?)\/\//g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) out.push(r(text.slice(last, m.index), base));
    out.push(m[1] !== undefined ? r(m[1], { ...base, b: true }) : r(m[2], { ...base, i: true }));
    last = re.lastIndex;
  }
  if (last < text.length) out.push(r(text.slice(last), base));
  return out.join('');
}

/**
 * A paragraph. o: style, keepNext, keepLines, pageBreakBefore, border ('bottom'), before, after, line,
 * ind {left,right,firstLine}, align, mark (run props of the paragraph mark), sect (sectPr xml).
 */
function p(content = '', o = {}) {
  const runs = Array.isArray(content) ? content.join('') : content;
  const spacing =
    o.before !== undefined || o.after !== undefined || o.line !== undefined
      ? `<w:spacing${o.before !== undefined ? ` w:before="${o.before}"` : ''}${o.after !== undefined ? ` w:after="${o.after}"` : ''}${
          o.line !== undefined ? ` w:line="${o.line}" w:lineRule="auto"` : ''
        }/>`
      : '';
  const ind = o.ind
    ? `<w:ind${o.ind.left !== undefined ? ` w:left="${o.ind.left}"` : ''}${o.ind.right !== undefined ? ` w:right="${o.ind.right}"` : ''}${
        o.ind.firstLine !== undefined ? ` w:firstLine="${o.ind.firstLine}"` : ''
      }/>`
    : '';
  const border = o.border ? `<w:pBdr><w:${o.border} w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>` : '';
  const pPr =
    (o.style ? `<w:pStyle w:val="${o.style}"/>` : '') +
    (o.keepNext ? '<w:keepNext/>' : '') +
    (o.keepLines ? '<w:keepLines/>' : '') +
    (o.pageBreakBefore ? '<w:pageBreakBefore/>' : '') +
    border +
    spacing +
    ind +
    (o.align ? `<w:jc w:val="${o.align}"/>` : '') +
    (o.mark ? rPr(o.mark) : '') +
    (o.sect ?? '');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
}

/** A paragraph holding only a loop or condition tag: docxtemplater removes it when rendering. */
const ctl = (tag) => p(r(tag), { style: 'DVKDieuKhien' });

/** Body text paragraph (justified, first-line indent) with inline markup. */
const body = (text, o = {}) => p(md(text), { style: 'DVKNoiDung', ...o });
/** Heading “I. MỤC ĐÍCH, YÊU CẦU”. */
const h1 = (text) => p(r(text), { style: 'DVKMuc' });
/** Heading “1. Mục đích”. */
const h2 = (text) => p(r(text), { style: 'DVKMuc2' });
/** Heading “2.1. Đối với mô hình tập thể”. */
const h3 = (text) => p(r(text), { style: 'DVKMuc3' });
/** Centred paragraph. */
const center = (content, o = {}) => p(content, { align: 'center', ...o });

/** A horizontal rule of `len` twips centred in a column `col` twips wide (an empty paragraph with a bottom border). */
function rule(len, col, o = {}) {
  const side = Math.max(0, Math.round((col - 2 * CELL_MARGIN - len) / 2));
  return p('', { border: 'bottom', before: o.before ?? 0, after: o.after ?? 0, line: 240, ind: { left: side, right: side }, align: 'center', mark: { sz: 2 } });
}

function cell(content, o = {}) {
  const tcPr =
    `<w:tcW w:w="${o.w}" w:type="dxa"/>` +
    (o.span ? `<w:gridSpan w:val="${o.span}"/>` : '') +
    (o.vMerge ? `<w:vMerge w:val="${o.vMerge}"/>` : '') +
    `<w:vAlign w:val="${o.vAlign ?? 'top'}"/>`;
  const inner = Array.isArray(content) ? content.join('') : content;
  return `<w:tc><w:tcPr>${tcPr}</w:tcPr>${inner || p('')}</w:tc>`;
}

function row(cells, o = {}) {
  const trPr = (o.cantSplit ? '<w:cantSplit/>' : '') + (o.header ? '<w:tblHeader/>' : '');
  return `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells.join('')}</w:tr>`;
}

function table(widths, rows, o = {}) {
  const total = widths.reduce((a, b) => a + b, 0);
  const line = (side) =>
    o.grid ? `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>` : `<w:${side} w:val="nil"/>`;
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:jc w:val="center"/>` +
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(line).join('')}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    `<w:tblCellMar><w:left w:w="${CELL_MARGIN}" w:type="dxa"/><w:right w:w="${CELL_MARGIN}" w:type="dxa"/></w:tblCellMar>` +
    '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>' +
    `</w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>`
  );
}

function sectPr({ landscape = false, titlePg = true, nextPage = false } = {}) {
  const size = landscape ? `<w:pgSz w:w="${A4.h}" w:h="${A4.w}" w:orient="landscape"/>` : `<w:pgSz w:w="${A4.w}" w:h="${A4.h}"/>`;
  return (
    '<w:sectPr>' +
    '<w:headerReference w:type="default" r:id="rIdHeaderPage"/>' +
    (titlePg ? '<w:headerReference w:type="first" r:id="rIdHeaderFirst"/>' : '') +
    (nextPage ? '<w:type w:val="nextPage"/>' : '') +
    size +
    `<w:pgMar w:top="${MARGIN.top}" w:right="${MARGIN.right}" w:bottom="${MARGIN.bottom}" w:left="${MARGIN.left}" ` +
    `w:header="${MARGIN.header}" w:footer="${MARGIN.footer}" w:gutter="0"/>` +
    '<w:cols w:space="720"/>' +
    (titlePg ? '<w:titlePg/>' : '') +
    '<w:docGrid w:linePitch="360"/>' +
    '</w:sectPr>'
  );
}

// ---------------------------------------------------------------------------------------------
// Shared blocks

/** Approximate printed widths (twips) of the fixed header lines, for rules as long as the text. */
const MOTTO_WIDTH = 3300; // “Độc lập - Tự do - Hạnh phúc”, 13 pt bold
const PARTY_WIDTH = 4200; // “ĐẢNG CỘNG SẢN VIỆT NAM”, 15 pt bold

function headerColumns(width) {
  const left = width === WIDTH.portrait ? 3969 : 5670;
  return [left, width - left];
}

/** State/union header (NĐ 30): governing and issuing body | national title and motto; number | place and date; type name, subject. */
function stateHeader(width) {
  const [L, R] = headerColumns(width);
  const P = STATE.parts;
  const left = [
    ctl('{#co_quan_chu_quan_hoa}'),
    center(r('{co_quan_chu_quan_hoa}', letters(P.governingBody))),
    ctl('{/co_quan_chu_quan_hoa}'),
    center(r('{co_quan_hoa}', letters(P.issuingBody))),
    rule(1420, L),
  ];
  const [title, motto] = STATE.header.title;
  const right = [center(r(title, letters(P.title))), center(r(motto, letters(P.motto))), rule(MOTTO_WIDTH, R)];
  return (
    table([L, R], [
      row([cell(left, { w: L }), cell(right, { w: R })], { cantSplit: true }),
      row(
        [
          cell(center(r('{dong_so}', letters(P.number)), { before: 160 }), { w: L }),
          cell(center(r('{dong_ngay}', letters(P.placeDate)), { before: 160 }), { w: R }),
        ],
        { cantSplit: true },
      ),
    ]) +
    p(r('{ten_loai}', beyond(P.typeName, STATE.parts.typeName)), { style: 'DVKTenLoai' }) +
    p(r('{trich_yeu}', beyond(P.subject, STATE.parts.subject)), { style: 'DVKTrichYeu' }) +
    rule(1700, width, { before: 100, after: 240 })
  );
}

/** Party header (HD 36): issuing body with a star | “ĐẢNG CỘNG SẢN VIỆT NAM”; “Số 09-CTr/HU” | place and date. */
function partyHeader(width) {
  const [L, R] = headerColumns(width);
  const P = PARTY.parts;
  const left = [
    ctl('{#co_quan_chu_quan_hoa}'),
    center(r('{co_quan_chu_quan_hoa}', letters(P.governingBody))),
    ctl('{/co_quan_chu_quan_hoa}'),
    center(r('{co_quan_hoa}', letters(P.issuingBody))),
    center(r('*', { sz: P.issuingBody.use })),
  ];
  const right = [center(r(PARTY.header.title[0], letters(P.title))), rule(PARTY_WIDTH, R)];
  return (
    table([L, R], [
      row([cell(left, { w: L }), cell(right, { w: R })], { cantSplit: true }),
      row(
        [
          cell(center(r('{dong_so}', letters(P.number)), { before: 60 }), { w: L }),
          cell(center(r('{dong_ngay}', letters(P.placeDate)), { before: 60 }), { w: R }),
        ],
        { cantSplit: true },
      ),
    ]) +
    p(r('{ten_loai}', beyond(P.typeName, STATE.parts.typeName)), { style: 'DVKTenLoai' }) +
    p(r('{trich_yeu}', beyond(P.subject, STATE.parts.subject)), { style: 'DVKTrichYeu' }) +
    center(r('-----'), { after: 240 })
  );
}

/** Both profiles; docxtemplater keeps one. */
function header(width) {
  return ctl('{#nha_nuoc}') + stateHeader(width) + ctl('{/nha_nuoc}') + ctl('{#dang}') + partyHeader(width) + ctl('{/dang}');
}

function signatureColumns(width) {
  const left = width === WIDTH.portrait ? 4536 : 7143;
  return [left, width - left];
}

/** Signer's title lines, a clear area for the signature and seal (ký số), the signer's name. */
function signatureCell(w, pk) {
  return cell(
    [
      ctl('{#dong_ky}'),
      p(r('{dong}', beyond(pk.parts.authority, STATE.parts.authority)), { style: 'DVKChuKy' }),
      ctl('{/dong_ky}'),
      ...Array.from({ length: 5 }, () => p('', { style: 'DVKChuKy' })),
      p(r('{nguoi_ky}', beyond(pk.parts.signer, STATE.parts.authority)), { style: 'DVKChuKy' }),
    ],
    { w },
  );
}

/** “Nơi nhận:” left and the signature right, at the same level. */
function signature(width) {
  const [L, R] = signatureColumns(width);
  // “Nơi nhận:” and its lines as each pack writes them (NĐ 30: bold italic 12, lines 11; HD 36: underlined 14, lines 12).
  const recipients = (pk) => [
    p(r(pk.recipients.label, letters(pk.parts.recipientsLabel))),
    ctl('{#noi_nhan}'),
    p(r('{dong}', beyond(pk.parts.recipients, STATE.parts.recipients)), { style: 'DVKNoiNhan' }),
    ctl('{/noi_nhan}'),
  ];
  const block = (pk) => table([L, R], [row([cell(recipients(pk), { w: L }), signatureCell(R, pk)], { cantSplit: true })]);
  // The spacer also keeps a table above from merging with this one (adjacent tables become one in Word and LibreOffice).
  const spacer = p('', { before: 0, after: 120, keepNext: true });
  return spacer + ctl('{#nha_nuoc}') + block(STATE) + ctl('{/nha_nuoc}') + ctl('{#dang}') + block(PARTY) + ctl('{/dang}');
}

/** A list loop: each item one justified paragraph. */
const each = (name, text) => ctl(`{#${name}}`) + body(text) + ctl(`{/${name}}`);

const canCu = () => ctl('{#can_cu}') + body('{dong}') + ctl('{/can_cu}');

// Table text
const tc = (text, o = {}) => p(md(text), { style: o.head ? 'DVKBangTieuDe' : 'DVKBang', align: o.align, mark: o.mark });

/** Header row of a grid table. */
function headRow(labels, widths) {
  return row(labels.map((l, i) => cell(tc(l, { head: true }), { w: widths[i], vAlign: 'center' })), { header: true, cantSplit: true });
}

// ---------------------------------------------------------------------------------------------
// The five documents

function keHoach() {
  const W = WIDTH.portrait;
  return [
    header(W),
    canCu(),
    body(
      'Để phong trào thi đua “Dân vận khéo” tiếp tục được triển khai sâu rộng, thiết thực và hiệu quả, {co_quan_day_du} ban hành {loai_van_ban} {trich_yeu_thuong} như sau:',
    ),
    h1('I. MỤC ĐÍCH, YÊU CẦU'),
    h2('1. Mục đích'),
    body(
      '- Nâng cao nhận thức, trách nhiệm của cấp ủy, lãnh đạo cơ quan, đơn vị, {doi_tuong_van_dong} về công tác dân vận trong tình hình mới; tiếp tục học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về công tác dân vận.',
    ),
    body(
      '- Phát hiện, xây dựng và nhân rộng các mô hình, điển hình “Dân vận khéo” trên các lĩnh vực {cac_linh_vuc}, góp phần thực hiện thắng lợi nhiệm vụ chính trị của cơ quan, đơn vị.',
    ),
    h2('2. Yêu cầu'),
    body(
      '- Việc đăng ký, xây dựng mô hình phải thiết thực, phù hợp với chức năng, nhiệm vụ và điều kiện thực tế của cơ quan, đơn vị; tránh hình thức, chạy theo số lượng.',
    ),
    body(
      '- Mỗi mô hình thuộc một lĩnh vực, ghi rõ tên mô hình, tập thể hoặc cá nhân thực hiện và hình thức đăng ký (tiếp tục đăng ký hoặc đăng ký xây dựng mới).',
    ),
    body('- Thường xuyên theo dõi, kiểm tra, đánh giá; kịp thời biểu dương, khen thưởng và nhân rộng các mô hình có hiệu quả.'),
    h1('II. NỘI DUNG'),
    h2('1. Lĩnh vực xây dựng mô hình'),
    body('Các cơ quan, đơn vị đăng ký xây dựng mô hình, điển hình “Dân vận khéo” trên {so_linh_vuc} lĩnh vực:'),
    each('linh_vuc', '- Lĩnh vực {ten_thuong} ({ma}){dau_cuoi}'),
    h2('2. Hình thức đăng ký'),
    body('- Tiếp tục đăng ký: mô hình đã xây dựng ở giai đoạn hoặc năm trước, tiếp tục duy trì, phát triển và nâng cao hiệu quả.'),
    body('- Đăng ký xây dựng mới: mô hình lần đầu đăng ký xây dựng.'),
    body('Mô hình có thể do tập thể (cơ quan, đơn vị, tổ chức) hoặc cá nhân đăng ký thực hiện.'),
    h2('3. Tiêu chí mô hình, điển hình'),
    body(
      '- Kết hợp hài hòa lợi ích cá nhân, tập thể và xã hội; tạo được sự đồng thuận, tham gia tích cực của {doi_tuong_van_dong}.',
    ),
    body('- Có cách làm chủ động, sáng tạo; giải quyết được những vấn đề thiết thực của cơ quan, đơn vị, địa phương.'),
    body('- Có tính bền vững, có sức lan tỏa và khả năng nhân rộng.'),
    body('- Được cấp ủy, lãnh đạo cơ quan, đơn vị xác nhận hiệu quả.'),
    // What a model states: the campaign's own items when its form declares them, else the union's criteria (seed 004).
    ctl('{#co_noi_dung_mo_hinh}'),
    body('- {cau_noi_dung_mo_hinh}'),
    ctl('{/co_noi_dung_mo_hinh}'),
    ctl('{^co_noi_dung_mo_hinh}'),
    body(
      '- Mô hình tập thể phải nêu rõ tên gọi, địa điểm triển khai, cơ quan, đơn vị thực hiện, nội dung và hình thức hoạt động.',
    ),
    ctl('{/co_noi_dung_mo_hinh}'),
    h2('4. Chỉ tiêu đăng ký'),
    ctl('{#co_chi_tieu}'),
    each('loai_don_vi', '- {ten}: {chi_tieu_day_du}{dau_cuoi}'),
    ctl('{/co_chi_tieu}'),
    ctl('{^co_chi_tieu}'),
    body('Không giao chỉ tiêu cụ thể; khuyến khích mỗi cơ quan, đơn vị đăng ký ít nhất 01 mô hình.'),
    ctl('{/co_chi_tieu}'),
    h1('III. TỔ CHỨC THỰC HIỆN'),
    body(
      '1. Các cơ quan, đơn vị căn cứ {loai_van_ban} này lựa chọn, đăng ký mô hình, điển hình “Dân vận khéo” theo mẫu danh sách đăng ký, gửi về {co_quan_day_du}{#co_han_nop} **trước ngày {han_nop}**{/co_han_nop}.',
    ),
    body(
      '2. Cấp ủy, lãnh đạo các cơ quan, đơn vị chỉ đạo triển khai thực hiện mô hình đã đăng ký; định kỳ 6 tháng, một năm báo cáo kết quả về {co_quan_day_du}.',
    ),
    body(
      '3. {co_quan_day_du} tổng hợp danh sách, theo dõi, hướng dẫn, kiểm tra; tổ chức sơ kết, tổng kết, biểu dương, khen thưởng các mô hình, điển hình tiêu biểu.',
    ),
    body('Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các cơ quan, đơn vị phản ánh về {co_quan_day_du} để được hướng dẫn./.', {
      keepNext: true,
    }),
    signature(W),
  ];
}

function huongDan() {
  const W = WIDTH.portrait;
  const WL = WIDTH.landscape;
  const [L, R] = signatureColumns(WL);
  return [
    header(W),
    canCu(),
    body('{co_quan_day_du} {loai_van_ban_thuong} {trich_yeu_thuong} với những nội dung cụ thể như sau:'),
    h2('1. Nội dung xây dựng mô hình “Dân vận khéo”'),
    each(
      'linh_vuc',
      '1.{stt}. Trên lĩnh vực {ten_thuong}: mô hình phải thể hiện rõ việc khéo vận động {doi_tuong_van_dong} tự nguyện, tự giác tham gia thực hiện nhiệm vụ thuộc lĩnh vực {ten_thuong}, đem lại kết quả cụ thể, thiết thực.',
    ),
    h2('2. Tiêu chí xây dựng mô hình, điển hình “Dân vận khéo”'),
    // The campaign's own items, for every model, when its form declares them; else the union's criteria below (seed 004).
    ctl('{#co_noi_dung_mo_hinh}'),
    body('{cau_noi_dung_mo_hinh}'),
    ctl('{/co_noi_dung_mo_hinh}'),
    h3('2.1. Đối với mô hình tập thể'),
    body(
      '- Được đăng ký theo quy định; {^co_noi_dung_mo_hinh}có tên gọi, địa điểm triển khai, cơ quan, đơn vị thực hiện, nội dung, hình thức hoạt động phù hợp; {/co_noi_dung_mo_hinh}quá trình triển khai chủ động, sáng tạo, có giải pháp hữu hiệu, tiết kiệm thời gian, công sức và chi phí nhưng đem lại hiệu quả cao.',
    ),
    body(
      '- Tuân thủ chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước; phối hợp, huy động được nhiều lực lượng cùng tham gia và có sức lan tỏa rộng.',
    ),
    body(
      '- Kết hợp hài hòa lợi ích cá nhân, tập thể và xã hội; tạo được sự đồng thuận và tham gia tích cực của {doi_tuong_van_dong}.',
    ),
    h3('2.2. Đối với mô hình cá nhân'),
    body('- Thể hiện rõ cách làm của bản thân về một mô hình, cách làm đem lại hiệu quả.'),
    body('- Được lãnh đạo cơ quan, đơn vị ghi nhận hiệu quả; có khả năng ứng dụng và sức lôi cuốn để mọi người làm theo.'),
    h2('3. Các bước xây dựng mô hình, điển hình'),
    body('3.1. Xác định chủ trương, mục tiêu; lựa chọn tên mô hình, khảo sát thuận lợi, khó khăn và đăng ký xây dựng mô hình.'),
    body('3.2. Xây dựng kế hoạch thực hiện cụ thể (thời gian, cách làm, điều kiện thực hiện), phân công trách nhiệm; đa dạng hóa hình thức tuyên truyền, vận động.'),
    body('3.3. Thường xuyên kiểm tra, đánh giá hiệu quả mô hình theo tiêu chí; kịp thời tháo gỡ khó khăn, vướng mắc.'),
    body('3.4. Định kỳ sơ kết, tổng kết, rút kinh nghiệm, nhân rộng mô hình, điển hình.'),
    h2('4. Tổ chức thực hiện'),
    body('- Các cơ quan, đơn vị nghiên cứu, lựa chọn mô hình, điển hình “Dân vận khéo” phù hợp với hoạt động của đơn vị và bảo đảm tính thiết thực.'),
    ctl('{#co_chi_tieu}'),
    body('- Chỉ tiêu đăng ký: {cau_chi_tieu}.'),
    ctl('{/co_chi_tieu}'),
    body(
      '- Danh sách đăng ký lập theo mẫu tại Phụ lục kèm theo, gửi về {co_quan_day_du}{#co_han_nop} **trước ngày {han_nop}**{/co_han_nop} để tổng hợp, theo dõi./.',
      { keepNext: true },
    ),
    signature(W),
    // Annex in a landscape section: the registration form has one column per field.
    p('', { sect: sectPr({ landscape: false, titlePg: true }) }),
    center(r('Phụ lục', { b: true })),
    center(r('MẪU DANH SÁCH ĐĂNG KÝ XÂY DỰNG MÔ HÌNH, ĐIỂN HÌNH “DÂN VẬN KHÉO”', { b: true })),
    center(r('({dong_kem_theo})', { i: true })),
    rule(1700, WL, { before: 100, after: 240 }),
    p(r('TÊN CƠ QUAN, ĐƠN VỊ: ........................................................', { sz: 13 }), { after: 120 }),
    center(r('DANH SÁCH', { b: true }), { before: 120 }),
    center(r('{phong_trao_hoa}', { b: true }), { after: 200 }),
    p(r('{@bang_mau_dang_ky}')),
    p(''),
    table([L, R], [
      row(
        [
          cell([center(r('NGƯỜI LẬP DANH SÁCH', { b: true, sz: 13 }), { before: 240 })], { w: L }),
          cell(
            [
              center(r('THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ', { b: true, sz: 13 }), { before: 240 }),
              center(r('(Ký, ghi rõ họ tên, đóng dấu)', { i: true, sz: 13 })),
            ],
            { w: R },
          ),
        ],
        { cantSplit: true },
      ),
    ]),
    p(''),
  ];
}

function danhSach() {
  const W = WIDTH.landscape;
  return [
    header(W),
    center(
      r(
        '(Tổng số: {tong_so} mô hình, điển hình của {so_don_vi_co_mo_hinh} đơn vị; tiếp tục đăng ký: {so_tiep_tuc}; đăng ký xây dựng mới: {so_moi})',
        { i: true },
      ),
      { after: 200 },
    ),
    p(r('{@bang_danh_sach}')),
    signature(W),
  ];
}

/** A section number that moves down by one when the results section is there: “II” or “III”. */
const NEXT_ROMAN = (n) => {
  const next = { II: 'III', III: 'IV' }[n];
  return `{#co_ket_qua_thuc_hien}${next}{/co_ket_qua_thuc_hien}{^co_ket_qua_thuc_hien}${n}{/co_ket_qua_thuc_hien}`;
};

function baoCao() {
  const W = WIDTH.portrait;
  const fw = [700, 4954, 1850, 1850];
  const uw = [600, 3554, 900, 1000, 800, 1000, 1500];
  const fieldTable = table(
    fw,
    [
      headRow(['STT', 'Lĩnh vực', 'Số mô hình', 'Tỷ lệ'], fw),
      row(
        [
          cell(tc('{#linh_vuc}{stt}', { align: 'center' }), { w: fw[0] }),
          cell(tc('{ten}'), { w: fw[1] }),
          cell(tc('{so_luong}', { align: 'center' }), { w: fw[2] }),
          cell(tc('{ty_le}{/linh_vuc}', { align: 'center' }), { w: fw[3] }),
        ],
        { cantSplit: true },
      ),
      row(
        [
          cell(tc('Tổng cộng', { head: true }), { w: fw[0] + fw[1], span: 2 }),
          cell(tc('{tong_so}', { head: true }), { w: fw[2] }),
          cell(tc(''), { w: fw[3] }),
        ],
        { cantSplit: true },
      ),
    ],
    { grid: true },
  );
  const unitTable = table(
    uw,
    [
      headRow(['STT', 'Đơn vị', 'Chỉ tiêu', 'Số mô hình', 'Mới', 'Tiếp tục', 'Đánh giá'], uw),
      row(
        [
          cell(tc('{#don_vi}{stt}', { align: 'center' }), { w: uw[0] }),
          cell(tc('{ten}'), { w: uw[1] }),
          cell(tc('{chi_tieu}', { align: 'center' }), { w: uw[2] }),
          cell(tc('{so_mo_hinh}', { align: 'center' }), { w: uw[3] }),
          cell(tc('{so_moi}', { align: 'center' }), { w: uw[4] }),
          cell(tc('{so_tiep_tuc}', { align: 'center' }), { w: uw[5] }),
          cell(tc('{trang_thai}{/don_vi}', { align: 'center' }), { w: uw[6] }),
        ],
        { cantSplit: true },
      ),
      row(
        [
          cell(tc('Tổng cộng', { head: true }), { w: uw[0] + uw[1] + uw[2], span: 3 }),
          cell(tc('{tong_so}', { head: true }), { w: uw[3] }),
          cell(tc('{so_moi}', { head: true }), { w: uw[4] }),
          cell(tc('{so_tiep_tuc}', { head: true }), { w: uw[5] }),
          cell(tc(''), { w: uw[6] }),
        ],
        { cantSplit: true },
      ),
    ],
    { grid: true },
  );
  return [
    header(W),
    canCu(),
    body('{co_quan_day_du} báo cáo {trich_yeu_thuong} như sau:'),
    h1('I. KẾT QUẢ ĐĂNG KÝ XÂY DỰNG MÔ HÌNH, ĐIỂN HÌNH'),
    h2('1. Tình hình chung'),
    body(
      'Có {so_don_vi_nop}/{so_don_vi_giao} đơn vị gửi danh sách đăng ký với tổng số **{tong_so}** mô hình, điển hình; trong đó tiếp tục đăng ký {so_tiep_tuc} mô hình ({ty_le_tiep_tuc}), đăng ký xây dựng mới {so_moi} mô hình ({ty_le_moi}).',
    ),
    h2('2. Kết quả theo lĩnh vực'),
    fieldTable,
    p('', { after: 120 }),
    h2('3. Kết quả theo đơn vị'),
    body(
      '{so_don_vi_dat} đơn vị đăng ký đủ chỉ tiêu; {so_don_vi_chua_dat} đơn vị đăng ký chưa đủ chỉ tiêu; {so_don_vi_vuot} đơn vị đăng ký vượt chỉ tiêu; {so_don_vi_chua_nop} đơn vị chưa gửi danh sách.',
    ),
    unitTable,
    p('', { after: 120 }),
    h2('4. Đơn vị chưa gửi danh sách đăng ký'),
    each('don_vi_chua_nop', '- {ten}{dau_cuoi}'),
    ctl('{^don_vi_chua_nop}'),
    body('Tất cả các đơn vị đã gửi danh sách đăng ký.'),
    ctl('{/don_vi_chua_nop}'),
    // Results of the follow-up, once the officer has recorded any; a report made right after registration has none.
    ctl('{#co_ket_qua_thuc_hien}'),
    h1('II. KẾT QUẢ THỰC HIỆN MÔ HÌNH, ĐIỂN HÌNH'),
    h2('1. Kết quả chung'),
    body('{cau_ket_qua_thuc_hien}'),
    body('{cau_ket_qua_theo_loai}'),
    p(r('{@bang_ket_qua}')),
    p('', { after: 120 }),
    h2('2. Kết quả theo đơn vị'),
    p(r('{@bang_ket_qua_don_vi}')),
    p('', { after: 120 }),
    ctl('{/co_ket_qua_thuc_hien}'),
    h1(`${NEXT_ROMAN('II')}. ĐÁNH GIÁ CHUNG`),
    body(
      '1. Ưu điểm: các cơ quan, đơn vị quan tâm triển khai, lựa chọn mô hình phù hợp với nhiệm vụ chính trị và điều kiện thực tế; nhiều mô hình có cách làm sáng tạo, thiết thực.',
    ),
    body(
      '2. Hạn chế: {#cac_don_vi_chua_nop}còn {so_don_vi_chua_nop} đơn vị chưa gửi danh sách; {/cac_don_vi_chua_nop}{#cac_don_vi_chua_dat}một số đơn vị đăng ký chưa đủ chỉ tiêu: {cac_don_vi_chua_dat}; {/cac_don_vi_chua_dat}việc đăng ký ở một số nơi còn chậm so với yêu cầu.',
    ),
    h1(`${NEXT_ROMAN('III')}. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI`),
    body('1. Đề nghị các đơn vị chưa gửi danh sách hoặc đăng ký chưa đủ chỉ tiêu khẩn trương hoàn thiện, gửi về {co_quan_day_du}.'),
    body(
      '2. Tiếp tục theo dõi, hướng dẫn, kiểm tra việc triển khai các mô hình đã đăng ký; lựa chọn mô hình, điển hình tiêu biểu để biểu dương, khen thưởng và nhân rộng.',
    ),
    body('Trên đây là báo cáo {trich_yeu_thuong} của {co_quan_day_du}./.', { keepNext: true }),
    signature(W),
  ];
}

function quyetDinh() {
  const W = WIDTH.portrait;
  const lw = [620, 2900, 3634, 2200];
  const list = table(
    lw,
    [
      headRow(['STT', 'Tên tập thể, cá nhân', 'Tên mô hình, điển hình', 'Lĩnh vực'], lw),
      row([cell(tc('**{#don_vi_co_mo_hinh}{stt_la_ma}. {ten}**'), { w: W, span: 4 })], { cantSplit: true }),
      row(
        [
          cell(tc('{#mo_hinh}{stt}', { align: 'center' }), { w: lw[0] }),
          cell(tc('{ten_tap_the}'), { w: lw[1] }),
          cell(tc('{ten_mo_hinh}'), { w: lw[2] }),
          cell(tc('{ten_linh_vuc}{/mo_hinh}{/don_vi_co_mo_hinh}', { align: 'center' }), { w: lw[3] }),
        ],
        { cantSplit: true },
      ),
    ],
    { grid: true },
  );
  return [
    header(W),
    center(r('{tham_quyen_hoa}', { b: true }), { after: 200, keepNext: true }),
    ctl('{#can_cu}'),
    body('//{dong}//'),
    ctl('{/can_cu}'),
    center(r('QUYẾT ĐỊNH:', { b: true }), { before: 120, after: 200, keepNext: true }),
    body(
      '**Điều 1.** Công nhận {so_mo_hinh_danh_sach} mô hình, điển hình “Dân vận khéo”{#co_cap_cong_nhan} {ten_cap_cong_nhan}{/co_cap_cong_nhan} của {so_don_vi_co_mo_hinh} cơ quan, đơn vị trong đợt {phong_trao_thuong} (có danh sách kèm theo).',
    ),
    body(
      '**Điều 2.** Các tập thể, cá nhân có mô hình, điển hình được công nhận tiếp tục duy trì, phát huy hiệu quả, nhân rộng mô hình; thực hiện chế độ báo cáo theo quy định.',
    ),
    body(
      '**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký. Các cơ quan, đơn vị liên quan và các tập thể, cá nhân có tên tại Điều 1 căn cứ Quyết định thi hành./.',
      { keepNext: true },
    ),
    signature(W),
    // Attached list, from a new page.
    center(r('DANH SÁCH', { b: true }), { pageBreakBefore: true }),
    center(r('MÔ HÌNH, ĐIỂN HÌNH “DÂN VẬN KHÉO”', { b: true })),
    center(r('ĐƯỢC CÔNG NHẬN{#co_cap_cong_nhan} {cap_cong_nhan_hoa}{/co_cap_cong_nhan}', { b: true })),
    center(r('({dong_kem_theo})', { i: true })),
    rule(1700, W, { before: 100, after: 240 }),
    list,
    ctl('{^don_vi_co_mo_hinh}'),
    center(r('(Không có mô hình nào{#co_cap_cong_nhan} được công nhận {ten_cap_cong_nhan}{/co_cap_cong_nhan}.)', { i: true }), { before: 120 }),
    ctl('{/don_vi_co_mo_hinh}'),
    p(''),
  ];
}

// ---------------------------------------------------------------------------------------------
// Package parts

const NS_W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function documentXml(blocks, last) {
  return `${XML}<w:document xmlns:w="${NS_W}" xmlns:r="${NS_R}"><w:body>${blocks.join('')}${last}</w:body></w:document>`;
}

function styleXml(type, id, name, { basedOn = 'Normal', next, pPr = '', rPr: rp = '', qFormat = true } = {}) {
  return (
    `<w:style w:type="${type}" w:customStyle="1" w:styleId="${id}"><w:name w:val="${name}"/>` +
    (basedOn ? `<w:basedOn w:val="${basedOn}"/>` : '') +
    (next ? `<w:next w:val="${next}"/>` : '') +
    (qFormat ? '<w:qFormat/>' : '') +
    (pPr ? `<w:pPr>${pPr}</w:pPr>` : '') +
    (rp ? `<w:rPr>${rp}</w:rPr>` : '') +
    '</w:style>'
  );
}

const FAMILY = esc(STATE.font.family);
const FONT = `<w:rFonts w:ascii="${FAMILY}" w:hAnsi="${FAMILY}" w:eastAsia="${FAMILY}" w:cs="${FAMILY}"/>`;
/** A shared style's run properties from the state pack's part (both profiles' differences are put on their runs). */
const styleLetters = (part) =>
  (part.bold ? '<w:b/><w:bCs/>' : '') + (part.italic ? '<w:i/><w:iCs/>' : '') + SZ(part.use) + (part.underline ? '<w:u w:val="single"/>' : '');
const SZ = (pt) => `<w:sz w:val="${pt * 2}"/><w:szCs w:val="${pt * 2}"/>`;

function stylesXml() {
  const bodyPPr = `<w:spacing w:before="0" w:after="120" w:line="276" w:lineRule="auto"/><w:ind w:firstLine="${INDENT}"/><w:jc w:val="both"/>`;
  return (
    `${XML}<w:styles xmlns:w="${NS_W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${FONT}<w:color w:val="${STATE.font.color}"/>${SZ(STATE.parts.body.use)}<w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs><w:jc w:val="center"/></w:pPr></w:style>' +
    styleXml('paragraph', 'DVKNoiDung', 'DVK Nội dung', { pPr: bodyPPr }) +
    styleXml('paragraph', 'DVKMuc', 'DVK Mục', { basedOn: 'DVKNoiDung', next: 'DVKNoiDung', pPr: '<w:keepNext/>', rPr: '<w:b/><w:bCs/>' }) +
    styleXml('paragraph', 'DVKMuc2', 'DVK Mục 2', { basedOn: 'DVKNoiDung', next: 'DVKNoiDung', pPr: '<w:keepNext/>', rPr: '<w:b/><w:bCs/>' }) +
    styleXml('paragraph', 'DVKMuc3', 'DVK Mục 3', {
      basedOn: 'DVKNoiDung',
      next: 'DVKNoiDung',
      pPr: '<w:keepNext/>',
      rPr: '<w:b/><w:bCs/><w:i/><w:iCs/>',
    }) +
    styleXml('paragraph', 'DVKTenLoai', 'DVK Tên loại', {
      pPr: '<w:keepNext/><w:spacing w:before="360" w:after="0"/><w:jc w:val="center"/>',
      rPr: styleLetters(STATE.parts.typeName),
    }) +
    styleXml('paragraph', 'DVKTrichYeu', 'DVK Trích yếu', {
      pPr: '<w:keepNext/><w:spacing w:before="0" w:after="60"/><w:jc w:val="center"/>',
      rPr: styleLetters(STATE.parts.subject),
    }) +
    styleXml('paragraph', 'DVKBang', 'DVK Bảng', {
      pPr: '<w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/>',
      rPr: SZ(12),
    }) +
    styleXml('paragraph', 'DVKBangTieuDe', 'DVK Bảng tiêu đề', { basedOn: 'DVKBang', pPr: '<w:jc w:val="center"/>', rPr: '<w:b/><w:bCs/>' }) +
    styleXml('paragraph', 'DVKNoiNhan', 'DVK Nơi nhận', {
      pPr: '<w:spacing w:before="0" w:after="0"/><w:jc w:val="left"/>',
      rPr: styleLetters(STATE.parts.recipients),
    }) +
    styleXml('paragraph', 'DVKChuKy', 'DVK Chữ ký', {
      pPr: '<w:spacing w:before="0" w:after="0"/><w:jc w:val="center"/>',
      rPr: styleLetters(STATE.parts.authority),
    }) +
    styleXml('paragraph', 'DVKDieuKhien', 'DVK Thẻ điều khiển', {
      pPr: '<w:spacing w:before="0" w:after="0"/>',
      rPr: `<w:color w:val="7F7F7F"/>${SZ(10)}`,
    }) +
    '</w:styles>'
  );
}

const SETTINGS =
  `${XML}<w:settings xmlns:w="${NS_W}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>` +
  '<w:characterSpacingControl w:val="doNotCompress"/>' +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
  '<w:themeFontLang w:val="vi-VN"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/></w:settings>';

const FONT_TABLE =
  `${XML}<w:fonts xmlns:w="${NS_W}"><w:font w:name="${FAMILY}"><w:panose1 w:val="02020603050405020304"/>` +
  '<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>';

/** Page number centred in the top margin (pages 2 onward: page 1 uses the empty first-page header). */
const HEADER_PAGE =
  `${XML}<w:hdr xmlns:w="${NS_W}" xmlns:r="${NS_R}"><w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="center"/></w:pPr>` +
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
  '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>';
const HEADER_FIRST = `${XML}<w:hdr xmlns:w="${NS_W}" xmlns:r="${NS_R}"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p></w:hdr>`;

const CONTENT_TYPES =
  `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
  '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>' +
  '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>' +
  '<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
  '</Types>';

const ROOT_RELS =
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
  '</Relationships>';

const DOC_RELS =
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>' +
  '<Relationship Id="rIdFonts" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>' +
  '<Relationship Id="rIdHeaderPage" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>' +
  '<Relationship Id="rIdHeaderFirst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>' +
  '</Relationships>';

function coreXml(title) {
  return (
    `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${esc(title)}</dc:title><dc:creator>Dân vận khéo</dc:creator><dc:language>vi-VN</dc:language>` +
    '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:created>' +
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:modified>' +
    '</cp:coreProperties>'
  );
}

const APP =
  `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>dvk</Application></Properties>';

/** Fixed entry date (local fields), so rebuilding gives identical bytes. */
const DATE = new Date(2025, 0, 1, 0, 0, 0);

function docx(blocks, lastSect, title) {
  const zip = new PizZip();
  const add = (name, content) => zip.file(name, content, { date: DATE });
  add('[Content_Types].xml', CONTENT_TYPES);
  add('_rels/.rels', ROOT_RELS);
  add('docProps/core.xml', coreXml(title));
  add('docProps/app.xml', APP);
  add('word/document.xml', documentXml(blocks, lastSect));
  add('word/_rels/document.xml.rels', DOC_RELS);
  add('word/styles.xml', stylesXml());
  add('word/settings.xml', SETTINGS);
  add('word/fontTable.xml', FONT_TABLE);
  add('word/header1.xml', HEADER_PAGE);
  add('word/header2.xml', HEADER_FIRST);
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const TEMPLATES = {
  'ke-hoach': () => docx(keHoach(), sectPr(), 'Mẫu Kế hoạch – Dân vận khéo'),
  'huong-dan': () => docx(huongDan(), sectPr({ landscape: true, titlePg: false, nextPage: true }), 'Mẫu Hướng dẫn – Dân vận khéo'),
  'danh-sach': () => docx(danhSach(), sectPr({ landscape: true }), 'Mẫu Danh sách – Dân vận khéo'),
  'bao-cao': () => docx(baoCao(), sectPr(), 'Mẫu Báo cáo – Dân vận khéo'),
  'quyet-dinh': () => docx(quyetDinh(), sectPr(), 'Mẫu Quyết định – Dân vận khéo'),
};

mkdirSync(OUT, { recursive: true });
for (const [name, build] of Object.entries(TEMPLATES)) {
  writeFileSync(join(OUT, `${name}.docx`), build());
  process.stdout.write(`${join(OUT, `${name}.docx`)}\n`);
}

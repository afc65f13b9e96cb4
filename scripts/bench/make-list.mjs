// Writes a generated registration list in the seed-004 form with `rows` model rows (about 1% with mistakes),
// streamed so that 200,000 rows cost little memory; optionally with drop-downs over whole columns, as units and
// Google Sheets set up mark columns.
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const NAMES = ['Công đoàn Trường THCS Ninh Giang', 'Công đoàn Bệnh viện Đa khoa tỉnh', 'Nguyễn Thị Hường', 'Công đoàn Công ty May Nam Định', 'Trần Văn Bình'];
const MODELS = ['Mỗi tuần một việc làm tốt', 'Vận động đoàn viên hiến máu tình nguyện', 'Xây dựng nếp sống văn hóa công sở', 'Doanh nghiệp an toàn giao thông', 'Phát triển đoàn viên khu công nghiệp'];

export async function writeList(path, { rows, unit = 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN HOA LƯ', seed = 1, wholeColumnDropdowns = 0 }) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  wb.created = wb.modified = new Date('2021-07-10T00:00:00Z');
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow([unit]);
  ws.addRow(['DANH SÁCH']);
  ws.addRow(['ĐĂNG KÝ XÂY DỰNG MÔ HÌNH, ĐIỂN HÌNH “DÂN VẬN KHÉO” TRONG GIAI ĐOẠN 2021 – 2025']);
  ws.addRow([]);
  ws.addRow(['STT', 'Tên tập thể hoặc cá nhân xây dựng mô hình điển hình', 'Tên mô hình hoặc điển hình', 'Tiếp tục đăng ký', 'Đăng ký xây dựng mới', 'Lĩnh vực']);
  ws.addRow([null, null, null, null, null, 'VH-XH', 'ANQP', 'Xây dựng HTCT']);
  for (const c of ['A', 'B', 'C', 'D', 'E']) ws.mergeCells(`${c}5:${c}6`);
  ws.mergeCells('F5:H5');
  for (let r = 1; r <= 6; r++) ws.getRow(r).commit();
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 1; i <= rows; i++) {
    const field = i % 3;
    const marks = [null, null, null];
    marks[field] = 'x';
    const bad = rand() < 0.01;
    ws.addRow([
      i,
      `${NAMES[i % NAMES.length]} ${i}`,
      bad && i % 2 ? null : `Mô hình “${MODELS[i % MODELS.length]}” số ${i}`,
      i % 4 === 0 ? 'x' : null,
      i % 4 === 0 ? (bad ? 'x' : null) : 'x',
      ...marks,
    ]).commit();
  }
  ws.commit();
  await wb.commit();
  if (wholeColumnDropdowns) addWholeColumnDropdowns(path, wholeColumnDropdowns);
}

/** Adds `n` list validations over whole columns (D:D, E:E, F:F…) to the first sheet, as Sheets and Excel write them. */
function addWholeColumnDropdowns(path, n) {
  const parts = unzipSync(readFileSync(path));
  const name = Object.keys(parts).find((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
  const dv = Array.from({ length: n }, (_, i) => {
    const col = String.fromCharCode(68 + i);
    return `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${col}1:${col}1048576"><formula1>"x"</formula1></dataValidation>`;
  }).join('');
  const xml = strFromU8(parts[name]);
  const at = xml.search(/<(pageMargins|pageSetup|headerFooter|drawing|legacyDrawing|tableParts|extLst)\b|<\/worksheet>/);
  parts[name] = strToU8(`${xml.slice(0, at)}<dataValidations count="${n}">${dv}</dataValidations>${xml.slice(at)}`);
  writeFileSync(path, zipSync(parts, { level: 6 }));
}

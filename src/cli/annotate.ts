// Writes an annotated copy of a list: each cell with a finding filled and commented, plus a findings sheet.
import type ExcelJS from 'exceljs';
import type { Finding } from '../domain/codes';
import { locationText, SEVERITY_LABEL } from '../domain/messages';
import { xmlSafe } from '../domain/text';

const FILL = { error: 'FFF4C7C3', warning: 'FFFCE8B2' } as const;
export const NOTE_PREFIX = 'Dân vận khéo: ';
export const RESULTS_SHEET = 'Kết quả kiểm tra';
/** In the core properties (keywords) of every annotated copy: tells a copy of ours from anything else. */
export const ANNOTATED_KEYWORD = 'DVK-ban-kiem-tra';

export function annotateSheet(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, findings: Finding[]): void {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.row === null || f.column === null) continue;
    const addr = `${f.column}${f.row}`;
    const list = byCell.get(addr) ?? [];
    list.push(f);
    byCell.set(addr, list);
  }
  for (const [addr, list] of byCell) {
    const cell = ws.getCell(addr);
    const severity = list.some((f) => f.severity === 'error') ? 'error' : 'warning';
    // A fresh style object: exceljs shares style objects between cells.
    cell.style = {
      ...cell.style,
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[severity] } },
    };
    const ours = NOTE_PREFIX + list.map((f) => `[${SEVERITY_LABEL[f.severity]}] ${f.message}`).join('\n');
    const existing = cell.note;
    const previous = typeof existing === 'string' ? existing : existing?.texts?.map((t) => t.text).join('') ?? '';
    cell.note = xmlSafe(previous ? `${previous}\n\n${ours}` : ours);
  }
  let name = RESULTS_SHEET;
  for (let i = 2; wb.getWorksheet(name); i++) name = `${RESULTS_SHEET} (${i})`;
  const out = wb.addWorksheet(name);
  out.columns = [
    { header: 'Vị trí', key: 'loc', width: 22 },
    { header: 'Mức độ', key: 'sev', width: 11 },
    { header: 'Mã', key: 'code', width: 20 },
    { header: 'Nội dung', key: 'msg', width: 90 },
  ];
  out.getRow(1).font = { bold: true };
  out.views = [{ state: 'frozen', ySplit: 1 }];
  for (const f of findings)
    out.addRow({ loc: xmlSafe(`${ws.name}: ${locationText(f)}`), sev: SEVERITY_LABEL[f.severity], code: f.code, msg: xmlSafe(f.message) });
  out.getColumn('msg').alignment = { wrapText: true, vertical: 'top' };
}

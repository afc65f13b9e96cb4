// `dvk read`: what the tool read from a workbook, cell by cell — what an officer sends when asking why a list was
// read the way it was, and what the tests compare. The same reader as every other command and the add-in.
import { columnLetter, type Cell, type Merge } from '../../domain/grid';
import { EXIT, UserError } from '../errors';
import { readWorkbookFile } from '../workbook';

export const HELP = `Cách dùng: dvk read <tệp.xlsx> [--sheet TÊN] [--json]

In ra những gì công cụ đọc được từ tệp: từng trang tính (kể cả trang ẩn), giá trị từng ô, các vùng gộp ô.
Dùng khi cần biết vì sao một danh sách được đọc như vậy (gửi kèm kết quả này khi hỏi nhóm phát triển).

  --sheet TÊN   chỉ in trang tính này
  --json        in dạng JSON: {"file", "sheets": [{"name", "hidden", "values", "merges"}]}; ô trống là null,
                ngày là "YYYY-MM-DD" (hoặc đủ giờ theo ISO khi có giờ), vùng gộp dạng "A1:C2"

Mã thoát: 0 đọc được, 2 không đọc được tệp hoặc tham số sai.`;

export interface ReadArgs {
  file?: string;
  sheet?: string;
  json?: boolean;
}

/** A cell as JSON: text, number, boolean, null; a date as YYYY-MM-DD, or the full ISO instant when it has a time. */
export function jsonCell(c: Cell): string | number | boolean | null {
  if (c === null || c === undefined) return null;
  if (c instanceof Date) {
    if (isNaN(c.getTime())) return null;
    const iso = c.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return c;
}

const a1 = (m: Merge) => `${columnLetter(m.left)}${m.top + 1}:${columnLetter(m.right)}${m.bottom + 1}`;

export async function runRead(args: ReadArgs, print: (s: string) => void): Promise<number> {
  if (!args.file) throw new UserError('Chưa chọn tệp cần đọc.\n\n' + HELP);
  const all = await readWorkbookFile(args.file);
  const sheets = args.sheet === undefined ? all : all.filter((s) => s.name === args.sheet);
  if (!sheets.length)
    throw new UserError(`${args.file}: không có trang tính “${args.sheet}”. Các trang có trong tệp: ${all.map((s) => `“${s.name}”`).join(', ') || '(không có)'}.`);
  const shaped = sheets.map((s) => ({ name: s.name, hidden: s.hidden, values: s.grid.values.map((r) => r.map(jsonCell)), merges: s.grid.merges.map(a1) }));
  if (args.json) {
    print(JSON.stringify({ file: args.file, sheets: shaped }, null, 1));
    return EXIT.ok;
  }
  const lines: string[] = [];
  for (const s of shaped) {
    lines.push(`Trang “${s.name}”${s.hidden ? ' (ẩn)' : ''}: ${s.values.length} dòng${s.merges.length ? `; gộp ô ${s.merges.join(', ')}` : ''}`);
    s.values.forEach((row, r) => {
      const cells = row.flatMap((v, c) => (v === null ? [] : [`${columnLetter(c)}${r + 1}: ${typeof v === 'string' ? `“${v}”` : String(v)}`]));
      if (cells.length) lines.push(`  ${cells.join(' · ')}`);
    });
    lines.push('');
  }
  print(lines.join('\n').trimEnd());
  return EXIT.ok;
}

// The “Cấu hình” sheet: the campaign config laid out for an officer to read and edit, and read back.
import { parseConfig, type Config, type ConfigProblem, type ConfigResult } from './config';
import { cellText, columnLetter, isBlank, type Cell, type Grid } from './grid';
import { foldLoose } from './text';

export const CONFIG_SHEET_NAME = 'Cấu hình';
export const CONFIG_SHEET_TITLE = 'CẤU HÌNH ĐỢT ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO”';
const GUIDE =
  'Sửa giá trị trong các bảng dưới đây; giữ nguyên tên bảng và dòng tiêu đề cột. Nhiều giá trị trong một ô thì phân cách bằng dấu “;”.';

/** A column of one of the sheet's tables: where it goes in the config object and how its cell is read. */
interface ColumnSpec {
  /** Property path inside one item, e.g. ['quota', 'min']. */
  prop: string[];
  label: string;
  /** Folded header texts that name this column (the label's own folded text is always included). */
  names: string[];
  kind: 'text' | 'list' | 'count' | 'date' | 'flag';
  required?: boolean;
}

interface TableSpec {
  key: 'fields' | 'unitTypes' | 'units' | 'columns' | 'deadlines' | 'recognitionLevels';
  title: string;
  columns: ColumnSpec[];
}

const LIST_HINT = ' (phân cách bằng ;)';

const TABLES: TableSpec[] = [
  {
    key: 'fields',
    title: 'LĨNH VỰC',
    columns: [
      { prop: ['code'], label: 'Mã', names: ['ma', 'ma linh vuc', 'code'], kind: 'text', required: true },
      { prop: ['label'], label: 'Tên', names: ['ten', 'ten linh vuc', 'label'], kind: 'text', required: true },
      { prop: ['aliases'], label: 'Tên khác' + LIST_HINT, names: ['ten khac', 'cach viet khac', 'aliases'], kind: 'list' },
    ],
  },
  {
    key: 'unitTypes',
    title: 'LOẠI ĐƠN VỊ',
    columns: [
      { prop: ['code'], label: 'Mã', names: ['ma', 'ma loai', 'code'], kind: 'text', required: true },
      { prop: ['label'], label: 'Tên', names: ['ten', 'ten loai', 'label'], kind: 'text', required: true },
      { prop: ['match'], label: 'Nhận diện' + LIST_HINT, names: ['nhan dien', 'nhan biet', 'match'], kind: 'list' },
      { prop: ['quota', 'min'], label: 'Tối thiểu', names: ['toi thieu', 'chi tieu toi thieu', 'min'], kind: 'count' },
      { prop: ['quota', 'max'], label: 'Tối đa', names: ['toi da', 'chi tieu toi da', 'max'], kind: 'count' },
    ],
  },
  {
    key: 'units',
    title: 'ĐƠN VỊ',
    columns: [
      { prop: ['name'], label: 'Tên', names: ['ten', 'ten don vi', 'name'], kind: 'text', required: true },
      { prop: ['type'], label: 'Loại', names: ['loai', 'loai don vi', 'type'], kind: 'text', required: true },
      { prop: ['validFrom'], label: 'Hiệu lực từ', names: ['hieu luc tu', 'tu ngay', 'validfrom'], kind: 'date' },
      { prop: ['validTo'], label: 'Hiệu lực đến', names: ['hieu luc den', 'den ngay', 'validto'], kind: 'date' },
      { prop: ['aliases'], label: 'Tên khác' + LIST_HINT, names: ['ten khac', 'ten cu', 'aliases'], kind: 'list' },
      { prop: ['parent'], label: 'Đơn vị cấp trên', names: ['don vi cap tren', 'cap tren', 'parent'], kind: 'text' },
      { prop: ['quota', 'min'], label: 'Tối thiểu', names: ['toi thieu', 'min'], kind: 'count' },
      { prop: ['quota', 'max'], label: 'Tối đa', names: ['toi da', 'max'], kind: 'count' },
      { prop: ['replacedBy'], label: 'Đơn vị thay thế', names: ['don vi thay the', 'thay the boi', 'don vi moi', 'replacedby'], kind: 'text' },
      {
        prop: ['successorTakesLists'],
        label: 'Tính danh sách cho đơn vị thay thế',
        names: ['tinh danh sach cho don vi thay the', 'tinh cho don vi thay the', 'successortakeslists'],
        kind: 'flag',
      },
      { prop: ['email'], label: 'Thư điện tử' + LIST_HINT, names: ['thu dien tu', 'email', 'e mail', 'dia chi thu'], kind: 'list' },
      { prop: ['contact'], label: 'Người liên hệ', names: ['nguoi lien he', 'lien he', 'can bo phu trach', 'contact'], kind: 'text' },
      { prop: ['phone'], label: 'Điện thoại', names: ['dien thoai', 'so dien thoai', 'phone'], kind: 'text' },
    ],
  },
  {
    key: 'columns',
    title: 'CỘT BỔ SUNG',
    columns: [
      { prop: ['key'], label: 'Khóa', names: ['khoa', 'ma', 'key'], kind: 'text', required: true },
      { prop: ['label'], label: 'Tên cột', names: ['ten cot', 'ten', 'label'], kind: 'text', required: true },
      { prop: ['aliases'], label: 'Tên khác' + LIST_HINT, names: ['ten khac', 'aliases'], kind: 'list' },
      { prop: ['required'], label: 'Bắt buộc', names: ['bat buoc', 'required'], kind: 'flag' },
    ],
  },
  {
    key: 'deadlines',
    title: 'CÁC MỐC THỜI HẠN',
    columns: [
      { prop: ['key'], label: 'Khóa', names: ['khoa', 'ma', 'key'], kind: 'text', required: true },
      { prop: ['label'], label: 'Việc', names: ['viec', 'ten', 'noi dung', 'label'], kind: 'text', required: true },
      { prop: ['date'], label: 'Hạn', names: ['han', 'ngay', 'thoi han', 'date'], kind: 'date', required: true },
    ],
  },
  {
    key: 'recognitionLevels',
    title: 'CẤP CÔNG NHẬN',
    columns: [
      { prop: ['code'], label: 'Mã', names: ['ma', 'code'], kind: 'text', required: true },
      { prop: ['label'], label: 'Tên', names: ['ten', 'ten cap', 'label'], kind: 'text', required: true },
    ],
  },
];

/** Titles of the sheet's tables, in order. */
export const CONFIG_TABLE_TITLES: readonly string[] = TABLES.map((t) => t.title);

/** Columns the “Cấu hình” sheet uses: its widest table's. */
export const CONFIG_WIDTH = Math.max(2, ...TABLES.map((t) => t.columns.length));

const SCALARS = [
  { key: 'title', label: 'Tên đợt', names: ['ten dot', 'ten dot dang ky', 'tieu de', 'title'], kind: 'text' },
  { key: 'deadline', label: 'Hạn nộp', names: ['han nop', 'han nop danh sach', 'han', 'deadline'], kind: 'date' },
  { key: 'mobilised', label: 'Đối tượng vận động', names: ['doi tuong van dong', 'doi tuong duoc van dong', 'mobilised'], kind: 'text' },
] as const;

/** The labels of the key rows (Tên đợt, Hạn nộp, …), as configToGrid lays them out, for the add-in to set in bold. */
export const CONFIG_KEY_LABELS: readonly string[] = SCALARS.map((s) => s.label);

const YES = new Set(['co', 'x', 'v', '✓', '✔', 'true', 'yes', '1', 'bat buoc']);
const NO = new Set(['khong', 'false', 'no', '0']);

/** Folded header/title text; a leading “1.”, “I.”, “a)” numbering is dropped. */
function fold(c: Cell | undefined): string {
  return foldLoose(cellText(c)).replace(/^(?:\d+|[ivx]+|[a-z]) (?=\S)/, '');
}

/** A list cell: its items joined by “; ” (a key that also takes a single value, like a unit's `email`, may hold a string). */
function listText(items: readonly string[] | string | undefined): Cell {
  if (typeof items === 'string') return items;
  return items && items.length ? items.join('; ') : null;
}

/** Lays a config out as the “Cấu hình” sheet. Dates are YYYY-MM-DD text; quotas are numbers. */
export function configToGrid(config: Config): Cell[][] {
  const rows: Cell[][] = [
    [CONFIG_SHEET_TITLE],
    [GUIDE],
    [],
    [SCALARS[0].label, config.title],
    [SCALARS[1].label, config.deadline ?? null],
    [SCALARS[2].label, config.mobilised ?? null],
  ];
  const get = (item: Record<string, unknown>, prop: string[]): unknown =>
    prop.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), item);
  for (const t of TABLES) {
    const items = (config[t.key] ?? []) as unknown as Record<string, unknown>[];
    rows.push([], [t.title], t.columns.map((c) => c.label));
    for (const item of items) {
      rows.push(
        t.columns.map((c): Cell => {
          const v = get(item, c.prop);
          if (v === undefined || v === null) return null;
          if (c.kind === 'list') return listText(v as string[] | string);
          if (c.kind === 'flag') return v ? 'Có' : 'Không';
          return v as Cell;
        }),
      );
    }
  }
  return rows;
}

/** Where a config item came from, to point the officer at the sheet row. */
interface Origin {
  row: number;
  cols: Map<string, number>;
}

function dateText(c: Cell): string | Cell {
  if (c instanceof Date) return cellText(c);
  if (typeof c === 'number') {
    // A date serial (days since 1899-12-30), as a date cell formatted as a number gives it.
    if (Number.isInteger(c) && c > 0 && c < 2958466) return new Date(Date.UTC(1899, 11, 30) + c * 86400000).toISOString().slice(0, 10);
    return c;
  }
  const t = cellText(c);
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return t;
}

function countValue(c: Cell): unknown {
  if (typeof c === 'number') return c;
  const t = cellText(c);
  return /^[+-]?\d+(?:[.,]0+)?$/.test(t) ? Number(t.replace(/[.,]0+$/, '')) : t;
}

function listValue(c: Cell): string[] | undefined {
  const items = cellText(c)
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}

/** The column spec a header cell names: exact folded match first, else the longest name it starts with. */
function matchHeader(text: string, columns: ColumnSpec[]): ColumnSpec | null {
  if (!text) return null;
  let best: ColumnSpec | null = null;
  let bestLen = -1;
  for (const c of columns) {
    for (const n of [foldLoose(c.label), ...c.names]) {
      if (text === n) return c;
      if (text.startsWith(n + ' ') && n.length > bestLen) {
        best = c;
        bestLen = n.length;
      }
    }
  }
  return best;
}

function setPath(obj: Record<string, unknown>, prop: string[], value: unknown): void {
  let o = obj;
  for (const k of prop.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
  o[prop[prop.length - 1]] = value;
}

function firstCell(row: Cell[]): number {
  return row.findIndex((c) => !isBlank(c));
}

function tableOfTitle(row: Cell[]): TableSpec | null {
  const i = firstCell(row);
  if (i < 0 || row.some((c, j) => j !== i && !isBlank(c))) return null;
  const t = fold(row[i]);
  return TABLES.find((s) => foldLoose(s.title) === t) ?? null;
}

function scalarOfRow(row: Cell[]): (typeof SCALARS)[number] | null {
  const t = fold(row[0]);
  return SCALARS.find((s) => (s.names as readonly string[]).includes(t) || foldLoose(s.label) === t) ?? null;
}

const at = (row: number, col?: number) => (col === undefined ? `dòng ${row}` : `dòng ${row}, ô ${columnLetter(col)}${row}`);

/** Reads the “Cấu hình” sheet into the config object and checks it with the one schema. */
export function configFromGrid(grid: Grid): ConfigResult {
  const values = grid.values;
  const raw: Record<string, unknown> = {};
  const problems: ConfigProblem[] = [];
  const scalarRows = new Map<string, { row: number; col: number }>();
  const tableRows = new Map<string, Origin[]>();
  const seenTables = new Map<string, number>();

  /** The table being read; `header` is null until its column-header row, empty when its rows are skipped. */
  let current: { spec: TableSpec; header: Map<number, ColumnSpec> | null } | null = null;
  for (let r = 0; r < values.length; r++) {
    const row = values[r] ?? [];
    const sheetRow = r + 1;
    if (firstCell(row) < 0) continue;

    const table = tableOfTitle(row);
    if (table) {
      if (seenTables.has(table.key)) {
        problems.push({
          path: table.key,
          message: `Bảng “${table.title}” xuất hiện hai lần, ở dòng ${seenTables.get(table.key)} và dòng ${sheetRow}; chỉ giữ một bảng (dòng ${sheetRow})`,
        });
        current = { spec: table, header: new Map() }; // skip its rows: the first table is the one read
        continue;
      }
      seenTables.set(table.key, sheetRow);
      raw[table.key] = [];
      tableRows.set(table.key, []);
      current = { spec: table, header: null };
      continue;
    }

    const scalar = scalarOfRow(row);
    if (scalar) {
      current = null;
      const col = row.slice(1).findIndex((c) => !isBlank(c));
      const c = col < 0 ? 1 : col + 1;
      scalarRows.set(scalar.key, { row: sheetRow, col: c });
      const cell = row[c] ?? null;
      if (isBlank(cell)) continue;
      raw[scalar.key] = scalar.kind === 'date' ? dateText(cell) : cellText(cell);
      continue;
    }

    if (!current) continue; // title, guide text, notes outside the tables
    const { spec } = current;
    if (current.header === null) {
      const header = new Map<number, ColumnSpec>();
      row.forEach((c, i) => {
        const s = matchHeader(fold(c), spec.columns);
        if (s && ![...header.values()].includes(s)) header.set(i, s);
      });
      const missing = spec.columns.filter((c) => c.required && ![...header.values()].includes(c));
      if (header.size === 0 || missing.length) {
        problems.push({
          path: spec.key,
          message:
            `Bảng “${spec.title}” thiếu cột ${(missing.length ? missing : spec.columns.filter((c) => c.required)).map((c) => `“${c.label}”`).join(', ')}` +
            ` ở dòng tiêu đề cột (dòng ${sheetRow})`,
        });
        current.header = new Map(); // the rows of this table cannot be read
        if (header.size === 0) delete raw[spec.key];
        continue;
      }
      current.header = header;
      continue;
    }
    if (current.header.size === 0) continue;

    const item: Record<string, unknown> = {};
    const origin: Origin = { row: sheetRow, cols: new Map() };
    for (const [i, s] of current.header) {
      origin.cols.set(s.prop.join('.'), i);
      const cell = row[i] ?? null;
      if (isBlank(cell)) continue;
      switch (s.kind) {
        case 'text':
          setPath(item, s.prop, cellText(cell));
          break;
        case 'list': {
          const l = listValue(cell);
          if (l) setPath(item, s.prop, l);
          break;
        }
        case 'count':
          setPath(item, s.prop, countValue(cell));
          break;
        case 'date':
          setPath(item, s.prop, dateText(cell));
          break;
        case 'flag': {
          const t = typeof cell === 'boolean' ? String(cell) : foldLoose(cellText(cell));
          if (YES.has(t)) setPath(item, s.prop, true);
          else if (NO.has(t)) setPath(item, s.prop, false);
          else
            problems.push({
              path: `${spec.key}[${(raw[spec.key] as unknown[]).length}].${s.prop.join('.')}`,
              message: `Bảng “${spec.title}”, cột “${s.label}”: cần ghi “Có” hoặc “Không”, đang là “${cellText(cell)}” (${at(sheetRow, i)})`,
            });
        }
      }
    }
    if (Object.keys(item).length === 0) continue; // a row with text only in unknown columns
    (raw[spec.key] as unknown[]).push(item);
    tableRows.get(spec.key)!.push(origin);
  }

  // An empty “CỘT BỔ SUNG” table means the form has no extra columns.
  if (Array.isArray(raw.columns) && raw.columns.length === 0) delete raw.columns;

  // A unit's type may be written as the type's label instead of its code.
  const types = (raw.unitTypes as { code?: string; label?: string }[] | undefined) ?? [];
  for (const u of (raw.units as { type?: string }[] | undefined) ?? []) {
    if (!u.type || types.some((t) => t.code === u.type)) continue;
    const byLabel = types.filter((t) => t.label && foldLoose(t.label) === foldLoose(u.type!));
    if (byLabel.length === 1 && byLabel[0].code) u.type = byLabel[0].code;
  }

  /** “Bảng “LĨNH VỰC”, cột “Mã”: ” and “(dòng 9, ô A9)” for a schema problem's key path. */
  const locate = (path: string): { prefix: string; loc: string | null } => {
    const scalar = SCALARS.find((s) => s.key === path);
    if (scalar) {
      const pos = scalarRows.get(scalar.key);
      return {
        prefix: `“${scalar.label}”: `,
        loc: pos ? at(pos.row, pos.col) : `thiếu dòng “${scalar.label}”: ghi “${scalar.label}” ở cột A, giá trị ở cột B`,
      };
    }
    const m = /^(\w+)(?:\[(\d+)\](?:\.(.+))?)?$/.exec(path);
    const spec = m && TABLES.find((t) => t.key === m[1]);
    if (!m || !spec) return { prefix: '', loc: null };
    const [, , index, prop] = m;
    if (index === undefined) {
      const titleRow = seenTables.get(spec.key);
      return { prefix: `Bảng “${spec.title}”: `, loc: titleRow ? at(titleRow) : `không thấy bảng “${spec.title}”` };
    }
    const col = prop ? spec.columns.find((c) => c.prop.join('.') === prop) : undefined;
    const prefix = `Bảng “${spec.title}”${col ? `, cột “${col.label.replace(LIST_HINT, '')}”` : ''}: `;
    const origin = tableRows.get(spec.key)?.[Number(index)];
    if (!origin) return { prefix, loc: null };
    return { prefix, loc: at(origin.row, col ? origin.cols.get(prop!) : undefined) };
  };

  const r = parseConfig(raw);
  if (r.ok && problems.length === 0) return r;
  const all = [...problems];
  if (!r.ok)
    for (const p of r.problems) {
      const { prefix, loc } = locate(p.path);
      all.push({ path: p.path, message: `${prefix}${p.message}${loc ? ` (${loc})` : ''}` });
    }
  return { ok: false, problems: all };
}

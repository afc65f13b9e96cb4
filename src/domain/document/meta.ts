// Document metadata (a contract: a JSON file in the CLI, a “Văn bản” sheet in the add-in), checked with a strict zod schema.
// zod/mini keeps the Apps Script bundle small (see config.ts).
import * as z from 'zod/mini';
import { formatPath, issueMessage, type ConfigProblem } from '../issues';
import { parseIsoDate } from './lines';

export const PROFILES = ['nha-nuoc', 'dang'] as const;

/** Trimmed text; blank or null counts as absent. */
const optionalText = z.pipe(
  z.nullish(z.string()),
  z.transform((v) => {
    const t = v?.normalize('NFC').trim();
    return t ? t : undefined;
  }),
);

const text = z.pipe(
  z.string().check(z.trim(), z.minLength(1)),
  z.transform((v) => v.normalize('NFC')),
);

/** Same messages as the campaign config's dates (DATE_FORMAT, DATE_INVALID). */
const isoDate = z.string().check(
  z.trim(),
  z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'DATE_FORMAT', abort: true }),
  z.refine((s) => parseIsoDate(s) !== null, { message: 'DATE_INVALID' }),
);

const NUMBER_MESSAGE = 'phải là số văn bản gồm chữ số, lớn hơn 0 (ví dụ: 29)';

/** Document number: 29 or "29" or "09"; blank means “not numbered yet”. */
const docNumber = z.pipe(
  z.union([z.number(), z.string()]),
  z.transform((v, ctx) => {
    const s = String(v).trim();
    if (s === '') return undefined;
    if (!/^\d{1,7}$/.test(s) || Number(s) === 0) {
      ctx.issues.push({ code: 'custom', message: NUMBER_MESSAGE, input: v });
      return z.NEVER;
    }
    return String(Number(s));
  }),
);

/** A list of lines: a JSON array, or one text with a line per item (a sheet cell). */
const lines = z.pipe(
  z.nullish(z.union([z.array(z.string()), z.string()])),
  z.transform((v) => {
    const items = v == null ? [] : typeof v === 'string' ? v.split(/\r?\n/) : v;
    return items.map((s) => s.normalize('NFC').trim()).filter(Boolean);
  }),
);

const LINES_MESSAGE = 'phải là danh sách ["…", "…"] hoặc một đoạn chữ, mỗi dòng một mục';

/**
 * the_thuc: nha-nuoc (NĐ 30/2020) or dang (HD 36-HD/VPTW). loai_van_ban: type name (Kế hoạch…), by default from
 * ky_hieu. so: blank while the records office has not numbered it. ky_hieu: HD-LĐLĐ (state), CTr/HU (Party), no
 * number. trich_yeu: by default the campaign title. can_cu: opening “Căn cứ…” lines. noi_nhan: recipients without
 * the “Lưu” line. luu: what follows “Lưu:”. quyen_han: TM. Ban Thường vụ, KT. Giám đốc… (blank when signing in
 * one's own right). tham_quyen: the authority line of a decision, by default from quyen_han and co_quan.
 * cap_cong_nhan: the recognition level of a decision (a config recognitionLevels code or label): its list holds
 * only the models recognised at that level.
 */
export const metaSchema = z.strictObject({
  the_thuc: z._default(z.enum(PROFILES), 'nha-nuoc'),
  loai_van_ban: optionalText,
  co_quan_chu_quan: optionalText,
  co_quan: text,
  so: z.optional(docNumber),
  ky_hieu: text.check(
    z.refine((s) => !/^\s*\d+\s*[/-]/.test(s), {
      message: 'chỉ ghi ký hiệu, không ghi số ở đầu (ví dụ: HD-LĐLĐ); số ghi ở khóa “so”',
    }),
  ),
  dia_danh: text,
  ngay: z.optional(isoDate),
  trich_yeu: optionalText,
  can_cu: lines,
  noi_nhan: lines,
  luu: optionalText,
  quyen_han: optionalText,
  chuc_vu: optionalText,
  nguoi_ky: optionalText,
  tham_quyen: optionalText,
  cap_cong_nhan: optionalText,
});

export type DocumentMeta = z.output<typeof metaSchema>;
export type DocumentMetaInput = z.input<typeof metaSchema>;

export type MetaResult = { ok: true; meta: DocumentMeta } | { ok: false; problems: ConfigProblem[] };

function metaIssueMessage(issue: z.core.$ZodIssue): string {
  const key = issue.path[0];
  if (issue.code === 'invalid_value' && key === 'the_thuc') return 'phải là “nha-nuoc” hoặc “dang”';
  if (issue.code === 'invalid_union' || (issue.code === 'invalid_type' && issue.input !== undefined)) {
    if (key === 'so') return NUMBER_MESSAGE;
    if (key === 'can_cu' || key === 'noi_nhan') return LINES_MESSAGE;
  }
  return issueMessage(issue);
}

/** Checks a parsed JSON value (or a sheet's key–value pairs); every problem is listed at once, each with its key path. */
export function parseMeta(input: unknown): MetaResult {
  const r = metaSchema.safeParse(input, { reportInput: true });
  if (r.success) return { ok: true, meta: r.data };
  return {
    ok: false,
    problems: r.error.issues.map((i) => ({ path: formatPath(i.path), message: metaIssueMessage(i) })),
  };
}

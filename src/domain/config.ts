// The campaign configuration: one zod schema, read from a JSON file (CLI) or a “Cấu hình” sheet (add-in).
// zod/mini: the tree-shakable build keeps the Apps Script bundle small (full zod with its locales is ~450 KiB).
import * as z from 'zod/mini';
import { formatPath, issueMessage, problemOf, type ConfigProblem } from './issues';

export { formatPath, issueMessage, type ConfigProblem };

const text = z.string().check(z.trim(), z.minLength(1));
/** YYYY-MM-DD of a day that exists. */
export const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'DATE_FORMAT' }),
  z.refine((s) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return true; // the format issue is already reported
    const d = new Date(`${s}T00:00:00Z`);
    return !isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, { message: 'DATE_INVALID' }),
);
const count = z.number().check(z.int(), z.minimum(0));
const texts = z.optional(z.array(text));

/** Fewest and most models a unit registers. */
const quota = z
  .strictObject({ min: z.optional(count), max: z.optional(count) })
  .check(z.refine((q) => q.min === undefined || q.max === undefined || q.min <= q.max, { message: 'QUOTA_RANGE' }));

/** A field (lĩnh vực): code (VH-XH), full label, and other ways units write its column header. */
export const fieldSchema = z.strictObject({ code: text, label: text, aliases: texts });

/** `match`: name patterns that identify the type when a unit is not listed. */
export const unitTypeSchema = z.strictObject({
  code: text,
  label: text,
  match: texts,
  quota: z._default(quota, {}),
});

/** An e-mail address, as a unit's contact gives it (checked loosely: one @, a dot in the domain, no spaces). */
const email = z.string().check(z.trim(), z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { message: 'EMAIL' }));

/**
 * `type` is a unitTypes code; `aliases` are old names and abbreviations; `quota` overrides the type's.
 * `validFrom`/`validTo`: when the unit exists (since 1 July 2025 there is no district level); `replacedBy`: the unit
 * that took over its area or work; `successorTakesLists`: a list this unit sends after it ended counts for that
 * successor (the officer's choice: a merged commune still writing its old name). `email` (one address or several), `contact` and `phone`: whom to send the form
 * and reminders to.
 */
export const unitSchema = z.strictObject({
  name: text,
  type: text,
  aliases: texts,
  parent: z.optional(text),
  quota: z.optional(quota),
  validFrom: z.optional(isoDate),
  validTo: z.optional(isoDate),
  replacedBy: z.optional(text),
  successorTakesLists: z.optional(z.boolean()),
  email: z.optional(z.union([email, z.array(email)])),
  contact: z.optional(text),
  phone: z.optional(text),
});

/** An extra column of the campaign's form; a blank `required` one is MISSING_VALUE. */
export const columnSchema = z.strictObject({
  key: z.string().check(z.regex(/^[a-z][a-z0-9_]*$/, { message: 'KEY_FORMAT' })),
  label: text,
  aliases: texts,
  required: z.optional(z.boolean()),
});

/** A step's due date; keys the tool knows: dang-ky (lists), cong-nhan (recognition), de-nghi (proposals), bao-cao (reports). */
export const deadlineSchema = z.strictObject({
  key: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, { message: 'DEADLINE_KEY' })),
  label: text,
  date: isoDate,
});

/** A level at which models are recognised (cơ sở, xã/phường, tỉnh, ngành…), lowest first. */
export const levelSchema = z.strictObject({ code: text, label: text });

/**
 * Whom a campaign's models mobilise, as the plan and the guidance write it in running text; used when a config does not
 * say (`mobilised`): words that fit any body of the political system.
 */
export const DEFAULT_MOBILISED = 'cán bộ, đảng viên, đoàn viên, hội viên và Nhân dân';

export const configSchema = z
  .strictObject({
    title: text,
    /** Whom the models mobilise, in running text: “cán bộ, đoàn viên, người lao động và Nhân dân” (a trade union). */
    mobilised: z.optional(text),
    fields: z.array(fieldSchema).check(z.minLength(1)),
    unitTypes: z._default(z.array(unitTypeSchema), []),
    units: z._default(z.array(unitSchema), []),
    deadline: z.optional(isoDate),
    columns: z.optional(z.array(columnSchema)),
    deadlines: z.optional(z.array(deadlineSchema)),
    recognitionLevels: z.optional(z.array(levelSchema)),
  })
  .check(
    z.superRefine((c, ctx) => {
      const dup = (items: string[], path: (i: number) => (string | number)[]) => {
        const seen = new Set<string>();
        items.forEach((v, i) => {
          const k = v.toLowerCase();
          if (seen.has(k)) ctx.issues.push({ code: 'custom', path: path(i), message: 'DUPLICATE', input: v, params: { reason: 'DUPLICATE', value: v } });
          seen.add(k);
        });
      };
      dup(c.fields.map((f) => f.code), (i) => ['fields', i, 'code']);
      dup(c.unitTypes.map((t) => t.code), (i) => ['unitTypes', i, 'code']);
      dup(c.units.map((u) => u.name), (i) => ['units', i, 'name']);
      dup((c.columns ?? []).map((k) => k.key), (i) => ['columns', i, 'key']);
      dup((c.deadlines ?? []).map((d) => d.key), (i) => ['deadlines', i, 'key']);
      dup((c.recognitionLevels ?? []).map((l) => l.code), (i) => ['recognitionLevels', i, 'code']);
      const types = new Set(c.unitTypes.map((t) => t.code));
      const names = new Set(c.units.map((u) => u.name.toLowerCase()));
      c.units.forEach((u, i) => {
        if (!types.has(u.type))
          ctx.issues.push({ code: 'custom', path: ['units', i, 'type'], message: 'UNKNOWN_TYPE', input: u.type, params: { reason: 'UNKNOWN_TYPE', value: u.type } });
        if (u.validFrom && u.validTo && u.validFrom > u.validTo)
          ctx.issues.push({ code: 'custom', path: ['units', i, 'validTo'], message: 'VALID_RANGE', input: u.validTo, params: { reason: 'VALID_RANGE', value: u.validTo } });
        if (u.replacedBy && !names.has(u.replacedBy.toLowerCase()))
          ctx.issues.push({ code: 'custom', path: ['units', i, 'replacedBy'], message: 'UNKNOWN_UNIT', input: u.replacedBy, params: { reason: 'UNKNOWN_UNIT', value: u.replacedBy } });
        else if (u.replacedBy && successorChain(c.units, u) === null)
          ctx.issues.push({ code: 'custom', path: ['units', i, 'replacedBy'], message: 'SUCCESSOR_RING', input: u.replacedBy, params: { reason: 'SUCCESSOR_RING', value: u.replacedBy } });
      });
    }),
  );

export type Config = z.output<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: ConfigProblem[] };

/** Checks a parsed JSON value; every problem is listed at once, each with its key path. */
export function parseConfig(input: unknown): ConfigResult {
  const r = configSchema.safeParse(input, { reportInput: true });
  if (r.success) return { ok: true, config: r.data };
  return {
    ok: false,
    problems: r.error.issues.map((i) => problemOf(i)),
  };
}

/** The quota that applies to a unit: its own, else its type's. */
export function quotaOf(config: Config, unit: { name: string; type: string | null }): { min?: number; max?: number } {
  const own = config.units.find((u) => u.name === unit.name)?.quota;
  if (own) return own;
  return config.unitTypes.find((t) => t.code === unit.type)?.quota ?? {};
}

type UnitConfig = Config['units'][number];

/** The units that took over from `unit`, in order (`replacedBy`, then its own…); null when the chain comes back on itself. */
export function successorChain(units: readonly UnitConfig[], unit: UnitConfig): UnitConfig[] | null {
  const byName = new Map(units.map((u) => [u.name.toLowerCase(), u]));
  const chain: UnitConfig[] = [];
  const seen = new Set([unit.name.toLowerCase()]);
  for (let u = unit; u.replacedBy; ) {
    const next = byName.get(u.replacedBy.toLowerCase());
    if (!next) break;
    if (seen.has(next.name.toLowerCase())) return null;
    seen.add(next.name.toLowerCase());
    chain.push(next);
    u = next;
  }
  return chain;
}

/** Whether a unit exists on a day (YYYY-MM-DD) by its validFrom/validTo; every unit does when there is no day. */
export function inForce(unit: Pick<UnitConfig, 'validFrom' | 'validTo'>, day: string | undefined): boolean {
  return !day || ((!unit.validFrom || unit.validFrom <= day) && (!unit.validTo || unit.validTo >= day));
}

/** The date lists are due: `deadline`, else the `dang-ky` step of `deadlines`. */
export function registrationDeadline(config: Config): string | undefined {
  return config.deadline ?? config.deadlines?.find((d) => d.key === 'dang-ky')?.date;
}

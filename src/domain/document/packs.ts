// Rule packs: the layout rules of each format profile as data (packs/*.json), each rule with where it comes from
// (article, section) and whether that text was read (`cited`). A document chooses its pack by the_thuc and, where two
// packs apply to one kind of body, by its date. The templates are built from the packs (scripts/build-templates.mjs),
// the number, date, signature and recipient lines are written by them (lines.ts), and check-format checks against them.
import * as z from 'zod/mini';
import hd36 from './packs/hd36-2018.json';
import nd30 from './packs/nd30-2020.json';

export type Profile = 'nha-nuoc' | 'dang';

/** The parts of a document whose letters a pack sets. */
export type PartName =
  | 'title'
  | 'motto'
  | 'governingBody'
  | 'issuingBody'
  | 'number'
  | 'placeDate'
  | 'typeName'
  | 'subject'
  | 'body'
  | 'authority'
  | 'signer'
  | 'recipientsLabel'
  | 'recipients';

export interface PartRule {
  /** The part as the officer calls it. */
  label: string;
  /** Allowed sizes in points, [min, max]. */
  size: [number, number];
  /** The size the built-in templates use. */
  use: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Written in capitals (checked on the text, never changed). */
  caps?: boolean;
  source: string;
  /** Whether the source's own text (or a faithful copy of its table) was read; false: from secondary accounts. */
  cited: boolean;
}

type Margins = { top: number; bottom: number; left: number; right: number };

export interface RulePack {
  id: string;
  name: string;
  profile: Profile;
  /** YYYY-MM-DD: the first day the pack's rules apply. */
  validFrom: string;
  /** YYYY-MM-DD: the last day, when a later pack replaces it. */
  validTo?: string;
  /** “Thể thức” as the document properties name it. */
  propertyName: string;
  scope: string;
  sources: Record<string, { title: string; seen: string[] }>;
  page: {
    widthMm: number;
    heightMm: number;
    landscape: string;
    marginsMm: { [K in keyof Margins]: [number, number] };
    useMm: Margins;
    source: string;
    cited: boolean;
  };
  font: { family: string; color: string; source: string; cited: boolean };
  header: { title: string[]; underIssuer: 'rule' | 'star'; source: string; cited: boolean };
  parts: Partial<Record<PartName, PartRule>>;
  number: { prefix: string; join: string; typeSeparator: string; example: string; source: string; cited: boolean };
  date: { example: string; source: string; cited: boolean };
  signature: { prefixes: Record<'TM' | 'KT' | 'TL' | 'TUQ' | 'Q', string>; source: string; cited: boolean };
  recipients: {
    label: string;
    lineEnd: string;
    /** The archive line, `{luu}` standing for what is kept (“VT, TG-NC”). */
    archive: string;
    archiveStart: string;
    /** What the archive line must name (“VT”: the records office), or null. */
    archiveNeeds: string | null;
    example: string;
    source: string;
    cited: boolean;
  };
}

const range = z.tuple([z.number(), z.number()]);
const partRule = z.strictObject({
  label: z.string(),
  size: range,
  use: z.number(),
  bold: z.optional(z.boolean()),
  italic: z.optional(z.boolean()),
  underline: z.optional(z.boolean()),
  caps: z.optional(z.boolean()),
  source: z.string(),
  cited: z.boolean(),
});
const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const cited = { source: z.string(), cited: z.boolean() };
/** The shape of a pack file: a pack that does not fit is a bug of ours, caught by the tests and at load. */
export const packSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  profile: z.enum(['nha-nuoc', 'dang']),
  validFrom: day,
  validTo: z.optional(day),
  propertyName: z.string(),
  scope: z.string(),
  sources: z.record(z.string(), z.strictObject({ title: z.string(), seen: z.array(z.string()) })),
  page: z.strictObject({
    widthMm: z.number(),
    heightMm: z.number(),
    landscape: z.string(),
    marginsMm: z.strictObject({ top: range, bottom: range, left: range, right: range }),
    useMm: z.strictObject({ top: z.number(), bottom: z.number(), left: z.number(), right: z.number() }),
    ...cited,
  }),
  font: z.strictObject({ family: z.string(), color: z.string(), ...cited }),
  header: z.strictObject({ title: z.array(z.string()), underIssuer: z.enum(['rule', 'star']), ...cited }),
  parts: z.partialRecord(
    z.enum(['title', 'motto', 'governingBody', 'issuingBody', 'number', 'placeDate', 'typeName', 'subject', 'body', 'authority', 'signer', 'recipientsLabel', 'recipients']),
    partRule,
  ),
  number: z.strictObject({ prefix: z.string(), join: z.string(), typeSeparator: z.string(), example: z.string(), ...cited }),
  date: z.strictObject({ example: z.string(), ...cited }),
  signature: z.strictObject({
    prefixes: z.strictObject({ TM: z.string(), KT: z.string(), TL: z.string(), TUQ: z.string(), Q: z.string() }),
    ...cited,
  }),
  recipients: z.strictObject({
    label: z.string(),
    lineEnd: z.string(),
    archive: z.string(),
    archiveStart: z.string(),
    archiveNeeds: z.nullable(z.string()),
    example: z.string(),
    ...cited,
  }),
});

let loaded: readonly RulePack[] | null = null;

/** Every pack, checked against the schema when first asked for (not when a bundle loads). */
export function rulePacks(): readonly RulePack[] {
  return (loaded ??= [hd36, nd30].map((p) => packSchema.parse(p) as RulePack));
}

/**
 * The pack for a profile on a date (YYYY-MM-DD): the latest one in force that day; without a date, or for a date
 * before every pack, the latest one of the profile (`before` tells the second case).
 */
export function choosePack(profile: Profile, date?: string | null, packs: readonly RulePack[] = rulePacks()): { pack: RulePack; before: boolean } {
  const mine = packs.filter((p) => p.profile === profile).sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0));
  if (!mine.length) throw new Error(`no rule pack for ${profile}`);
  const latest = mine[mine.length - 1];
  if (!date) return { pack: latest, before: false };
  const inForce = mine.filter((p) => p.validFrom <= date && (!p.validTo || date <= p.validTo));
  if (inForce.length) return { pack: inForce[inForce.length - 1], before: false };
  return { pack: date < mine[0].validFrom ? mine[0] : latest, before: date < mine[0].validFrom };
}

/** The pack a profile's documents use today (the one the built-in templates are built from). */
export function currentPack(profile: Profile): RulePack {
  return choosePack(profile).pack;
}

export function packById(id: string): RulePack | undefined {
  return rulePacks().find((p) => p.id === id);
}

/** Millimetres to twips (1/1440 inch), rounded up so that a minimum in millimetres is never undercut. */
export const mmToTwips = (mm: number) => Math.ceil((mm / 25.4) * 1440 - 1e-9);

// check-format: any .docx (an officer's draft, a unit's report, one of ours) checked against a rule pack, and the safe
// fixes applied. The .docx is untrusted: it is read with the bounded package reader (openTemplate), like a template.
import { nfc } from '../../text';
import { nounFor, openTemplate } from '../package';
import { choosePack, type Profile, type RulePack } from '../packs';
import { entryName } from '../props';
import { stampZip } from '../stamp';
import type { TemplateMessage } from '../template-errors';
import type PizZip from '../zip';
import { runChecks, type Finding, type FormatProblem } from './check';
import { applyFixes, fixStyleFonts } from './fix';
import { readDocument, readStyles } from './model';
import { plain, recognize } from './recognize';

export type { FormatProblem };

export interface FormatReport {
  pack: RulePack;
  /** The profile was read from the header (or taken by default), not named by the officer. */
  guessed: boolean;
  problems: FormatProblem[];
}

export type FormatResult = { ok: true; report: FormatReport } | { ok: false; problems: TemplateMessage[] };

const DOCUMENT = nounFor('tệp văn bản');

interface Analysis {
  zip: PizZip;
  pack: RulePack;
  guessed: boolean;
  findings: Finding[];
  model: ReturnType<typeof readDocument>;
}

interface Options {
  /** The profile to check against; by default the one the header shows. */
  profile?: Profile;
  /** The rule packs to choose from (by default every pack of packs/), or the one pack to use. */
  packs?: readonly RulePack[];
  pack?: RulePack;
}

function analyse(bytes: Uint8Array, { profile, packs, pack: given }: Options): { ok: true; a: Analysis } | { ok: false; problems: TemplateMessage[] } {
  const opened = openTemplate(bytes, DOCUMENT);
  if (!opened.zip) return { ok: false, problems: opened.problems };
  const zip = opened.zip;
  const text = (name: string) => zip.file(entryName(zip, name))?.asText() ?? null;
  const styles = readStyles(text('word/styles.xml'), text('word/theme/theme1.xml'));
  const model = readDocument(text('word/document.xml') ?? '', styles);
  const parts = recognize(model);
  // The pack: named by the officer, else the one the header shows (the state one when it shows neither), by the date.
  const iso = parts.placeDate ? isoOf(plain(parts.placeDate.text)) : null;
  const pack = given ?? choosePack(profile ?? parts.shows ?? 'nha-nuoc', iso, packs).pack;
  const named = profile !== undefined || given !== undefined;
  const findings = runChecks(model, parts, pack, named);
  return { ok: true, a: { zip, pack, guessed: !named, findings, model } };
}

/** “ngày 05 tháng 02 năm 2024” → “2024-02-05”; null when the line holds no whole date. */
function isoOf(line: string): string | null {
  const m = /ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/u.exec(nfc(line));
  return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : null;
}

/** The problems of a .docx against its pack (named by `profile`, else read from its header). */
export function checkFormat(bytes: Uint8Array, opts: Options = {}): FormatResult {
  const r = analyse(bytes, opts);
  if (!r.ok) return r;
  return { ok: true, report: { pack: r.a.pack, guessed: r.a.guessed, problems: r.a.findings.map((f) => f.problem) } };
}

export type FixResult =
  | { ok: true; bytes: Uint8Array; pack: RulePack; fixed: FormatProblem[]; left: FormatProblem[] }
  | { ok: false; problems: TemplateMessage[] };

/**
 * The .docx with every safe fix applied (margins, paper, fonts, sizes and letters of the recognised parts, leading
 * zeros), stamped as written by the tool; `left` are the problems that remain, found again on the fixed file.
 */
export function fixFormat(bytes: Uint8Array, opts: Options = {}): FixResult {
  const r = analyse(bytes, opts);
  if (!r.ok) return r;
  const { zip, pack, findings, model } = r.a;
  applyAll(zip, pack, findings, model);
  stampZip(zip);
  const out = zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
  const again = checkFormat(out, { profile: opts.profile ?? pack.profile, pack: opts.pack, packs: opts.packs });
  const left = again.ok ? again.report.problems : findings.filter((f) => !f.problem.fixable).map((f) => f.problem);
  return { ok: true, bytes: out, pack, fixed: findings.filter((f) => f.problem.fixable).map((f) => f.problem), left };
}

function applyAll(zip: PizZip, pack: RulePack, findings: readonly Finding[], model: Analysis['model']): void {
  const fixes = findings.filter((f) => f.problem.fixable).flatMap((f) => f.fixes);
  if (!fixes.length) return;
  zip.file(entryName(zip, 'word/document.xml'), applyFixes(model, fixes));
  const family = fixes.find((f) => f.kind === 'fonts');
  const stylesName = entryName(zip, 'word/styles.xml');
  const styles = zip.file(stylesName)?.asText();
  if (family && styles) zip.file(stylesName, fixStyleFonts(styles, pack.font.family));
}

/**
 * A rendered document laid out as `pack` says, where a rule it can fix safely differs (margins, paper, fonts, sizes
 * and letters of the recognised parts): a built-in template follows the current pack of its profile, and a document
 * dated under another pack takes that pack's layout. Not stamped; the bytes as they were when nothing differs.
 */
export function layoutAs(zip: PizZip, pack: RulePack): boolean {
  const text = (name: string) => zip.file(entryName(zip, name))?.asText() ?? null;
  const styles = readStyles(text('word/styles.xml'), text('word/theme/theme1.xml'));
  const model = readDocument(text('word/document.xml') ?? '', styles);
  const findings = runChecks(model, recognize(model), pack, true).filter((f) => f.problem.fixable);
  applyAll(zip, pack, findings, model);
  return findings.length > 0;
}

// “Soạn văn bản” (menuGenerate): a dialog fills the metadata and choices; one server call renders the document
// with docxtemplater inside Apps Script and writes it to Drive (.docx, and on request a Google Docs copy and a PDF).
// Many documents (one per model) are joined into one file, so the Drive writes do not grow with the models.
import { aggregate, hasListOrMaster, type Aggregate, type SourceInput } from '../../domain/aggregate';
import type { Config } from '../../domain/config';
import type { TemplateMessage } from '../../domain/document/render';
import { BUILTIN_TEMPLATES, isBuiltinName, type BuiltinName } from '../../domain/document/templates';
import { MASTER_SHEET, readMaster } from '../../domain/master';
import { Budget } from '../budget';
import { toSignedBytes, fromSignedBytes } from '../bytes';
import { loadConfig } from '../config';
import { UserError } from '../errors';
import { JobStore } from '../job-store';
import { ourSheet } from '../outputs';
import { readSheet } from '../read';
import { errorText, listTabs, readSource } from '../sources';
import { openFile, openFolder } from '../drive';
import { parseFileRef, parseFolderRef } from '../ui/shared';
import type { GenerateInit, GenerateRequest, GenerateResult, GenerateSettings, WrittenFile } from './api';
import { checkMeta, metaFields } from './meta-fields';
import { DEFAULT_SETTINGS, readStoredMeta, writeStoredMeta } from './meta-sheet';
import { outputBaseName } from './names';
import { docEngine } from './engine-loader';
import { GEN_TEXT, TIME_TEXT } from './texts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The dialog's file in build/gas (made by scripts/build.mjs). */
export const GENERATE_DIALOG_FILE = 'GenerateDialog';

export const MIME_DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const MIME_GDOC = 'application/vnd.google-apps.document';
export const MIME_PDF = 'application/pdf';

/**
 * Time budget of one run, counted from the start of the call (Apps Script stops it at 6 minutes): reading, loading
 * the engine and rendering must be done by 4.5 minutes, so that the .docx is written; the Google Doc (a Drive
 * conversion) and the PDF (an export) are each made only while the time they may take is still left, with a margin
 * for the answer to reach the dialog. What no longer fits is skipped and said to be.
 */
const RENDER_BY_MS = 4.5 * 60_000;
const CONVERT_MS = 60_000;
const EXPORT_MS = 45_000;
const MARGIN_MS = 20_000;

export function showGenerateDialog(): void {
  const html = HtmlService.createHtmlOutputFromFile(GENERATE_DIALOG_FILE).setWidth(680).setHeight(640);
  SpreadsheetApp.getUi().showModalDialog(html, GEN_TEXT.dialogTitle);
}

const zoneOf = (ss: Spreadsheet) => {
  let zone: string | null | undefined;
  return () => (zone === undefined ? (zone = ss.getSpreadsheetTimeZone() || null) : zone);
};

/** Our “Tổng hợp” (known by id from the last aggregation), else a sheet of that name. */
function masterSheet(ss: Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet | null {
  const store = JobStore.find(ss);
  return (store && ourSheet(ss, store.outputs(), MASTER_SHEET)) || ss.getSheetByName(MASTER_SHEET);
}

export function generateInit(): GenerateInit {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const tz = zoneOf(ss);
  const { config } = loadConfig(ss, tz);
  const stored = readStoredMeta(ss, tz);
  const master = masterSheet(ss);
  return {
    templates: (Object.keys(BUILTIN_TEMPLATES) as BuiltinName[]).map((name) => ({
      name,
      typeName: BUILTIN_TEMPLATES[name].typeName,
      description: BUILTIN_TEMPLATES[name].description,
      usesData: BUILTIN_TEMPLATES[name].usesData,
    })),
    fields: metaFields((config.recognitionLevels ?? []).map((l) => l.label)),
    values: stored.values,
    settings: stored.settings,
    master: master ? { name: master.getName(), rows: Math.max(0, master.getLastRow() - 1) } : null,
  };
}

interface Template {
  bytes: Uint8Array;
  builtin: BuiltinName | undefined;
  /** For messages and file names: the built-in's type name, or the file's name. */
  name: string;
}

function loadTemplate(choice: string): Template {
  const t = choice.trim();
  if (isBuiltinName(t)) return { bytes: docEngine().builtinTemplateBytes(t), builtin: t, name: BUILTIN_TEMPLATES[t].typeName };
  if (!t) throw new UserError(GEN_TEXT.noTemplateFile);
  const ref = parseFileRef(t);
  if (!ref) throw new UserError(GEN_TEXT.badTemplateLink(t));
  let file: GoogleAppsScript.Drive.File;
  try {
    file = openFile(ref);
  } catch (e) {
    throw new UserError(GEN_TEXT.templateNotOpened(ref.id, errorText(e)));
  }
  const name = file.getName();
  if (file.getMimeType() === MIME_GDOC) throw new UserError(GEN_TEXT.templateIsGoogleDoc(name));
  return { bytes: fromSignedBytes(file.getBlob().getBytes()), builtin: undefined, name };
}

function outputFolder(input: string): GoogleAppsScript.Drive.Folder {
  const t = input.trim();
  if (!t) throw new UserError(GEN_TEXT.noFolder);
  const ref = parseFolderRef(t);
  if (!ref) throw new UserError(GEN_TEXT.badFolder(t));
  try {
    return openFolder(ref);
  } catch (e) {
    throw new UserError(GEN_TEXT.folderNotOpened(ref.id, errorText(e)));
  }
}

/** The models and statistics: our master list (one read), or the lists on this spreadsheet's tabs. */
function loadData(ss: Spreadsheet, config: Config, choice: GenerateSettings['data'], tz: () => string | null): { agg: Aggregate; label: string } {
  const file = ss.getName();
  if (choice === 'master') {
    const sheet = masterSheet(ss);
    if (!sheet) throw new UserError(GEN_TEXT.noMaster(MASTER_SHEET));
    const rows = readMaster(readSheet(sheet, tz, { merges: false }).grid, config);
    if (!rows) throw new UserError(GEN_TEXT.masterUnreadable(sheet.getName()));
    const input: SourceInput = { kind: 'master', source: { file, sheet: sheet.getName() }, rows, modified: null };
    return { agg: aggregate([input], config), label: GEN_TEXT.dataLabel.master(sheet.getName()) };
  }
  const store = JobStore.find(ss);
  const outputs = new Set(Object.values(store?.outputs() ?? {}).map((o) => o.id));
  const inputs = listTabs(ss, outputs).flatMap((item) => readSource(ss, file, item, config, tz));
  if (!hasListOrMaster(inputs)) throw new UserError(GEN_TEXT.noLists);
  return { agg: aggregate(inputs, config), label: GEN_TEXT.dataLabel.tabs };
}

const noData = (config: Config) => ({ agg: aggregate([], config), label: GEN_TEXT.dataLabel.none });

/**
 * Built-in templates that are filled from the models get the chosen data (it must be there); a plan or a guide
 * needs none. A user's template may or may not use the models: it gets them when there are some.
 */
function dataFor(ss: Spreadsheet, config: Config, settings: GenerateSettings, template: Template, tz: () => string | null): { agg: Aggregate; label: string } {
  if (template.builtin && !BUILTIN_TEMPLATES[template.builtin].usesData && !settings.each) return noData(config);
  if (template.builtin || settings.each) return loadData(ss, config, settings.data, tz);
  try {
    return loadData(ss, config, settings.data, tz);
  } catch (e) {
    if (e instanceof UserError) return noData(config);
    throw e;
  }
}

const describe = (m: TemplateMessage) => `${m.tag ? `${m.tag} — ` : ''}${m.message}${m.where ? ` (${m.where})` : ''}`;

/** The Drive advanced service (v3), when enabled in appsscript.json. */
function driveService(): GoogleAppsScript.Drive | null {
  return typeof Drive === 'undefined' || !Drive ? null : Drive;
}

export function generateRun(request: GenerateRequest): GenerateResult {
  const budget = new Budget();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const tz = zoneOf(ss);
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(request?.values ?? {})) if (typeof v === 'string' || typeof v === 'number') values[k] = String(v);
  const settings: GenerateSettings = { ...DEFAULT_SETTINGS, ...(request?.settings ?? {}) };
  settings.data = settings.data === 'tabs' ? 'tabs' : 'master';

  // Remembered first, so nothing typed is lost even when something below is wrong.
  writeStoredMeta(ss, values, settings);
  const checked = checkMeta(values);
  if (!checked.ok) throw new UserError(GEN_TEXT.badMeta(checked.problems.map((p) => p.text)));
  const meta = checked.meta;
  const { config } = loadConfig(ss, tz);
  const folder = outputFolder(settings.folder);
  const drive = settings.doc || settings.pdf ? driveService() : null;
  if ((settings.doc || settings.pdf) && !drive) throw new UserError(GEN_TEXT.noDriveService);
  const template = loadTemplate(settings.template);

  const { agg, label } = dataFor(ss, config, settings, template, tz);
  const run = docEngine().runDocument({
    template: template.bytes,
    builtin: template.builtin,
    templateName: template.name,
    meta,
    config,
    aggregate: agg,
    each: settings.each,
    now: new Date(),
    // Stop in time to say so, with nothing written, rather than being cut off.
    beforeRender: ({ each, done, total }) => {
      if (budget.elapsed() <= RENDER_BY_MS) return;
      throw new UserError(each ? GEN_TEXT.tooMany(done, total) : TIME_TEXT.outOfTime(budget.usedText()));
    },
  });
  if (run.status === 'bad-level') throw new UserError(GEN_TEXT.badMeta(run.problems.map((p) => `${p.path}: ${p.message}`)));
  if (run.status === 'template-problems') throw new UserError(GEN_TEXT.templateProblems(template.name, run.problems.map(describe)));
  if (run.status === 'no-models') throw new UserError(GEN_TEXT.noModels);
  const bytes = run.bytes;

  // Drive: one .docx; a Google Docs copy converted from it; a PDF exported from that copy.
  const name = outputBaseName(run.typeName, meta, settings.each);
  const files: WrittenFile[] = [];
  const warnings = run.warnings.map(describe);
  if (run.renamed) warnings.unshift(run.renamed);
  const blob = Utilities.newBlob(toSignedBytes(bytes), MIME_DOCX, `${name}.docx`);
  const docx = folder.createFile(blob);
  files.push({ kind: 'docx', name: docx.getName(), url: docx.getUrl() });
  if (drive) {
    // The PDF is exported from the Google Doc: asked for alone, it needs the time of both.
    const notes: string[] = [];
    let docId: string | null = null;
    let docUrl = '';
    if (!budget.fits(MARGIN_MS + CONVERT_MS + (settings.doc ? 0 : EXPORT_MS))) {
      if (settings.doc) notes.push(TIME_TEXT.noTimeForDoc(budget.usedText()));
      if (settings.pdf) notes.push(TIME_TEXT.noTimeForPdf(budget.usedText(), false));
    } else {
      try {
        const created = drive.Files!.create({ name, mimeType: MIME_GDOC, parents: [folder.getId()] }, blob, { supportsAllDrives: true, fields: 'id,name,webViewLink' });
        docId = created.id ?? null;
        docUrl = created.webViewLink ?? `https://docs.google.com/document/d/${docId}/edit`;
        if (settings.doc && docId) files.push({ kind: 'gdoc', name, url: docUrl });
      } catch (e) {
        notes.push(GEN_TEXT.conversionFailed('bản Google Tài liệu', errorText(e)));
      }
    }
    if (settings.pdf && docId) {
      if (!budget.fits(MARGIN_MS + EXPORT_MS)) {
        // The Google Doc made for the PDF stays, listed: the officer exports the PDF from it in two clicks.
        notes.push(TIME_TEXT.noTimeForPdf(budget.usedText(), true));
        if (!settings.doc) files.push({ kind: 'gdoc', name, url: docUrl });
      } else {
        try {
          const gdoc = DriveApp.getFileById(docId);
          const pdf = folder.createFile(gdoc.getAs(MIME_PDF).setName(`${name}.pdf`));
          files.push({ kind: 'pdf', name: pdf.getName(), url: pdf.getUrl() });
          if (!settings.doc) gdoc.setTrashed(true); // only made to export the PDF
        } catch (e) {
          notes.push(GEN_TEXT.conversionFailed('bản PDF', errorText(e)));
          if (!settings.doc) files.push({ kind: 'gdoc', name, url: docUrl }); // made for the PDF: kept, and said to be
        }
      }
    }
    warnings.unshift(...notes);
  }
  const summary = GEN_TEXT.summary({ description: run.description, data: label, folder: folder.getName(), files: files.length });
  return { summary, files, warnings };
}

// “Gửi biểu mẫu cho đơn vị”: a Google Sheet per unit, made from the campaign's form in a Drive folder the officer
// chooses, named “<campaign> – <unit>”, filled with the unit's name, quota and deadline, protected so that the unit can
// only type in the data area and tick “Đã hoàn thành”, and shared with the unit's addresses with a Vietnamese message.
// 300 units do not fit one six-minute run: the dialog drives short steps (a few units each), which resume where a
// failed or closed run stopped. Idempotent: a unit with a form gets no second one (the record, else a file of that
// name in the folder), and is shared again only with addresses the config added (and no longer with ones it removed).
import type { Config } from '../../domain/config';
import { formInstructions, infoLine, registrationLayout, type RegistrationLayout } from '../../domain/form-layout';
import { FORM_MARKER_SHEET, markerCells } from '../../domain/form-marker';
import { unitEmails } from '../../domain/reminders';
import { formUnits } from '../../domain/responses';
import { formatDateVi } from '../../domain/rules';
import { registrationDeadline } from '../../domain/config';
import { foldKey } from '../../domain/text';
import { columnLetter } from '../../domain/grid';
import { loadConfig } from '../config';
import { stamp } from '../dates';
import { openFile, openFolder } from '../drive';
import { UserError } from '../errors';
import { writeFormSheet } from '../setup';
import { errorText } from '../sources';
import { parseFolderRef } from '../ui/shared';
import { TEXT } from '../texts';
import type { DistributeInit, DistributeJob, DistributeSpec, DistributeStep } from './api';
import { RecordSheet, type FormRecord } from './record';
import { CollectStore, folderLink, FOLDER_KEY, type FolderMemo } from './store';
import { COLLECT_TEXT } from './texts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const DISTRIBUTE_DIALOG = 'DistributeDialog';
/** The form's sheet in every unit's copy. */
export const FORM_SHEET = 'Danh sách đăng ký';
/** Rows prepared with checkboxes (the unit may add more). */
export const FORM_DATA_ROWS = 100;
/** One step stops taking new units after this long, or after this many units: each call stays far below six minutes. */
export const STEP_MS = 30_000;
export const STEP_UNITS = 20;


/** The job between calls (in the hidden store). */
interface JobState {
  id: string;
  folder: FolderMemo;
  templateId: string;
  config: Config;
  units: string[];
  next: number;
  created: number;
  reused: number;
  shared: number;
  noEmail: string[];
  failed: string[];
}

const JOB_KEY = 'distribution';
const FAILED_PREFIX = COLLECT_TEXT.failed('').split('(')[0];

export function showDistributeDialog(): void {
  const html = HtmlService.createHtmlOutputFromFile(DISTRIBUTE_DIALOG).setWidth(640).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, COLLECT_TEXT.distributeTitle);
}


const tzOf = (ss: Spreadsheet) => {
  let zone: string | null | undefined;
  return () => (zone === undefined ? (zone = ss.getSpreadsheetTimeZone() || null) : zone);
};

/** The units of the config a form can be sent to, with their addresses and their form (if any): the dialog's list. */
export function distributeInit(): DistributeInit {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { config } = loadConfig(ss, tzOf(ss));
  const records = RecordSheet.find(ss)?.records() ?? new Map<string, FormRecord>();
  const store = CollectStore.find(ss);
  const folder = store?.get<FolderMemo>(FOLDER_KEY) ?? null;
  const job = store?.get<JobState>(JOB_KEY) ?? null;
  const offered = formUnits(config);
  return {
    campaign: config.title,
    inactive: config.units.filter((u) => !offered.includes(u.name)).map((u) => u.name),
    units: offered.map((name) => {
      const rec = records.get(foldKey(name));
      return { name, emails: unitEmails(config, name), link: rec?.url || null, sharedWith: rec?.sharedWith ?? [] };
    }),
    folder: folder ? folderLink(folder) : '',
    pending: job && job.next < job.units.length ? { jobId: job.id, label: COLLECT_TEXT.folderLabel(job.folder.name), total: job.units.length, done: job.next } : null,
  };
}

/** Advanced Drive service (v3): sharing with a message of ours. */
function driveService(): GoogleAppsScript.Drive | null {
  return typeof Drive === 'undefined' || !Drive ? null : Drive;
}

/** Starts a job: checks everything first (config, units, folder, Drive service), then makes the template. */
export function distributeStart(spec: DistributeSpec): DistributeJob {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { config } = loadConfig(ss, tzOf(ss));
  const offered = formUnits(config);
  if (!offered.length) throw new UserError(COLLECT_TEXT.noUnits);
  const wanted = Array.isArray(spec?.units) ? spec.units.map(String) : [];
  if (!wanted.length) throw new UserError(COLLECT_TEXT.noneChosen);
  const byKey = new Map(offered.map((u) => [foldKey(u), u]));
  const unknown = wanted.filter((u) => !byKey.has(foldKey(u)));
  if (unknown.length) throw new UserError(COLLECT_TEXT.unknownUnits(unknown));
  const units = [...new Set(wanted.map((u) => byKey.get(foldKey(u))!))];
  if (!driveService()) throw new UserError(COLLECT_TEXT.needDrive);
  const input = String(spec?.folder ?? '');
  const ref = parseFolderRef(input);
  if (!ref) throw new UserError(TEXT.badFolder(input.trim()));
  let folderName: string;
  try {
    folderName = openFolder(ref).getName();
  } catch (e) {
    throw new UserError(TEXT.folderNotOpened(ref.id, errorText(e)));
  }
  const store = CollectStore.open(ss);
  const old = store.get<JobState>(JOB_KEY);
  if (old) trashTemplate(old.templateId);
  const folder: FolderMemo = { id: ref.id, resourceKey: ref.resourceKey, name: folderName };
  const job: JobState = {
    id: `d${Date.now().toString(36)}${Math.floor(Math.random() * 0x10000).toString(36)}`,
    folder,
    templateId: makeTemplate(config, units[0]),
    config,
    units,
    next: 0,
    created: 0,
    reused: 0,
    shared: 0,
    noEmail: [],
    failed: [],
  };
  store.set(JOB_KEY, job);
  store.set(FOLDER_KEY, folder);
  return { jobId: job.id, label: COLLECT_TEXT.folderLabel(folderName), total: units.length, done: 0 };
}

/** The campaign's form, once, in a temporary spreadsheet of the officer's Drive: every unit's copy is made from it. */
function makeTemplate(config: Config, firstUnit: string): string {
  const unit = config.units.find((u) => u.name === firstUnit)!;
  const L = registrationLayout(config, { unit, completion: true, markRequired: true });
  const ss = SpreadsheetApp.create(COLLECT_TEXT.templateName);
  const sheet = ss.getSheets()[0];
  sheet.setName(FORM_SHEET);
  writeFormSheet(sheet, L, FORM_DATA_ROWS);
  sheet.getRange(1, 1).setNote(formInstructions(config, L).join('\n'));
  const required = L.requiredCols.map((c) => `${columnLetter(c)}${L.headerRows.first}`);
  sheet.getRangeList(required).setFontColor('#c00000');
  // The marker: hidden, plain text, naming no unit yet (each copy gets its own unit).
  const marker = ss.insertSheet(FORM_MARKER_SHEET);
  const cells = markerCells({ unit: '', campaign: config.title, sheet: FORM_SHEET, doneCell: L.doneCell });
  marker.getRange(1, 1, cells.length, 2).setNumberFormat('@').setValues(cells);
  marker.hideSheet();
  sheet.activate();
  return ss.getId();
}

function trashTemplate(id: string): void {
  try {
    DriveApp.getFileById(id).setTrashed(true);
  } catch {
    // Already gone: nothing of the officer's is concerned.
  }
}

function currentJob(jobId: string): { ss: Spreadsheet; store: CollectStore; job: JobState } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const store = CollectStore.find(ss);
  const job = store?.get<JobState>(JOB_KEY) ?? null;
  if (!store || !job || job.id !== String(jobId)) throw new UserError(COLLECT_TEXT.jobGone);
  return { ss, store, job };
}

/** A few units: each made (or found) and shared; the record written once at the end of the step. */
export function distributeStep(jobId: string): DistributeStep {
  const started = Date.now();
  const { ss, store, job } = currentJob(jobId);
  const record = RecordSheet.open(ss);
  const records = record.records();
  const folder = openFolder(job.folder);
  const template = DriveApp.getFileById(job.templateId);
  const drive = driveService();
  if (!drive) throw new UserError(COLLECT_TEXT.needDrive);
  const L = registrationLayout(job.config, { unit: job.config.units.find((u) => u.name === job.units[0]), completion: true, markRequired: true });
  const when = stamp(new Date(), tzOf(ss)());
  const written: FormRecord[] = [];
  const log: { unit: string; text: string }[] = [];
  let n = 0;
  while (job.next < job.units.length && n < STEP_UNITS && (n === 0 || Date.now() - started < STEP_MS)) {
    const unit = job.units[job.next];
    const rec = oneUnit(job, unit, records.get(foldKey(unit)) ?? null, { folder, template, drive, L, when });
    written.push(rec.record);
    log.push({ unit, text: rec.record.note });
    job.next++;
    n++;
  }
  record.write(written);
  store.set(JOB_KEY, job);
  return { done: job.next, total: job.units.length, log };
}

interface Tools {
  folder: GoogleAppsScript.Drive.Folder;
  template: GoogleAppsScript.Drive.File;
  drive: GoogleAppsScript.Drive;
  L: RegistrationLayout;
  when: string;
}

/** One unit: its form found or made, prepared, and shared as the config says. Never throws for a Drive refusal: it is noted. */
function oneUnit(job: JobState, unit: string, previous: FormRecord | null, t: Tools): { record: FormRecord } {
  const config = job.config;
  const notes: string[] = [];
  let file: GoogleAppsScript.Drive.File | null = null;
  try {
    // 1. The unit's form: the one recorded, else a file of that name in the folder (a run cut off after the copy).
    if (previous?.fileId) {
      try {
        const f = openFile({ id: previous.fileId, resourceKey: null });
        if (!f.isTrashed()) file = f;
      } catch {
        file = null; // deleted: a new one is made
      }
    }
    // A form the last run could not finish preparing is prepared again (values and protections are idempotent).
    let fresh = !!file && !!previous && previous.note.startsWith(FAILED_PREFIX);
    if (!file) {
      const name = COLLECT_TEXT.fileName(config.title, unit);
      const same = t.folder.getFilesByName(name);
      while (same.hasNext()) {
        const f = same.next();
        if (!f.isTrashed()) {
          file = f;
          break;
        }
      }
      if (!file) {
        file = t.template.makeCopy(name, t.folder);
        job.created++;
        notes.push(COLLECT_TEXT.created);
      } else {
        job.reused++;
        notes.push(COLLECT_TEXT.reused);
      }
      fresh = true;
    } else {
      job.reused++;
      notes.push(COLLECT_TEXT.reused);
    }
    if (fresh) prepare(file, config, unit, t.L);
    // 2. Sharing: only the addresses the form is not shared with yet; no longer with those the config dropped.
    const wanted = unitEmails(config, unit);
    const current = file.getEditors().map((u) => u.getEmail().toLowerCase());
    const add = wanted.filter((e) => !current.includes(e.toLowerCase()));
    const drop = (previous?.sharedWith ?? []).filter((e) => current.includes(e.toLowerCase()) && !wanted.some((w) => w.toLowerCase() === e.toLowerCase()));
    const deadline = registrationDeadline(config);
    const message = COLLECT_TEXT.shareMessage(unit, config.title, deadline ? formatDateVi(deadline) : null);
    const added: string[] = [];
    const refused: string[] = [];
    let why = '';
    for (const email of add) {
      try {
        t.drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: email }, file.getId(), { sendNotificationEmail: true, emailMessage: message });
        added.push(email);
      } catch (e) {
        refused.push(email);
        why = errorText(e);
      }
    }
    for (const email of drop) file.removeEditor(email);
    job.shared += added.length;
    if (!wanted.length) {
      notes.push(COLLECT_TEXT.noEmail);
      if (!job.noEmail.includes(unit)) job.noEmail.push(unit);
    }
    if (added.length) notes.push(COLLECT_TEXT.shared(added.join(', ')));
    if (drop.length) notes.push(COLLECT_TEXT.unshared(drop.join(', ')));
    if (refused.length) {
      notes.push(COLLECT_TEXT.shareFailed(refused.join(', '), why));
      if (!job.failed.includes(unit)) job.failed.push(unit);
    }
    const sharedWith = wanted.filter((e) => !refused.includes(e));
    return { record: { unit, url: file.getUrl(), sharedWith, at: t.when, note: notes.join('; '), fileId: file.getId() } };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    console.error(`distribute ${unit}: ${err.stack ?? err.message}`);
    if (!job.failed.includes(unit)) job.failed.push(unit);
    return {
      record: {
        unit,
        url: file?.getUrl() ?? previous?.url ?? '',
        sharedWith: previous?.sharedWith ?? [],
        at: t.when,
        note: COLLECT_TEXT.failed(errorText(e)),
        fileId: file?.getId() ?? previous?.fileId ?? '',
      },
    };
  }
}

/**
 * A new copy made the unit's: its name, quota and deadline on the title lines, its name in the marker, and the sheets
 * protected so that only the owner may edit outside the data area and the “Đã hoàn thành” box (a protection mirrors
 * the file's sharing until its editors are set, so they are set). Done again on a copy found by name, which a run
 * cut off may have left half-prepared.
 */
function prepare(file: GoogleAppsScript.Drive.File, config: Config, unitName: string, L: RegistrationLayout): void {
  const unit = config.units.find((u) => u.name === unitName)!;
  const ss = SpreadsheetApp.openById(file.getId());
  const sheet = ss.getSheetByName(FORM_SHEET);
  const marker = ss.getSheetByName(FORM_MARKER_SHEET);
  if (!sheet || !marker) throw new Error(`${file.getName()}: not a form of ours`);
  const titles = registrationLayout(config, { unit, completion: true, markRequired: true }).values.slice(0, 4).map((r) => [r[0]]);
  titles[3] = [infoLine(config, unit)];
  sheet.getRange(1, 1, 4, 1).setValues(titles);
  marker.getRange(3, 2).setValue(unit.name);
  // Our protections (found by their description on a copy a cut-off run left), their editors set every time: a
  // protection whose editors were never set lets every editor of the file through.
  const ours = (sh: GoogleAppsScript.Spreadsheet.Sheet, description: string) =>
    sh.getProtections(SpreadsheetApp.ProtectionType.SHEET).find((p) => p.getDescription() === description) ?? null;
  let p = ours(sheet, COLLECT_TEXT.protection);
  if (!p) {
    p = sheet.protect().setDescription(COLLECT_TEXT.protection);
    const open = [sheet.getRange(L.firstDataRow, 1, sheet.getMaxRows() - L.firstDataRow + 1, L.width)];
    if (L.doneCell) open.push(sheet.getRange(L.doneCell.row, L.doneCell.col));
    p.setUnprotectedRanges(open);
  }
  const m = ours(marker, COLLECT_TEXT.markerProtection) ?? marker.protect().setDescription(COLLECT_TEXT.markerProtection);
  for (const x of [p, m]) {
    x.removeEditors(x.getEditors());
    if (x.canDomainEdit()) x.setDomainEdit(false);
  }
}

/** Ends the job: the template goes to the trash (the only file the tool deletes, and its own), the summary. */
export function distributeFinish(jobId: string): { summary: string } {
  const { store, job } = currentJob(jobId);
  if (job.next < job.units.length) throw new UserError(COLLECT_TEXT.jobGone);
  trashTemplate(job.templateId);
  store.set(JOB_KEY, null);
  return {
    summary: COLLECT_TEXT.distributeDone({
      created: job.created,
      reused: job.reused,
      shared: job.shared,
      folder: COLLECT_TEXT.folderLabel(job.folder.name),
      noEmail: job.noEmail,
      failed: job.failed,
      record: COLLECT_TEXT.recordSheet,
    }),
  };
}

// An in-memory stand-in for SpreadsheetApp, Ui, PropertiesService, ScriptApp, DriveApp, Utilities (blobs, unzip),
// HtmlService, Charts and LockService that counts every service call (and can make some of them slow). Behaves like
// Sheets where the add-in depends on it: typed-input parsing (formulas, numbers, dates) unless the cell is plain
// text (“@”), merges keep only the top-left value, range sizes are checked, sheet names are unique, blobs hold
// signed bytes, no fill is not a white fill, and so on.
import PizZip from 'pizzip';

export type Value = string | number | boolean | Date;

interface CellData {
  value?: Value;
  formula?: string;
  format?: string;
  background?: string;
  note?: string;
  validation?: DataValidation;
  bold?: boolean;
}

/** A data validation rule: a checkbox, a dropdown (value in list) or a date. */
export type DataValidation =
  | { kind: 'checkbox'; allowInvalid: boolean; helpText?: string }
  | { kind: 'list'; values: string[]; dropdown: boolean; allowInvalid: boolean; helpText?: string }
  | { kind: 'date'; allowInvalid: boolean; helpText?: string };

export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeOptions {
  /** Date and Error constructors of the realm the code under test runs in (a vm context has its own). */
  Date?: DateConstructor;
  Error?: ErrorConstructor;
  timeZone?: string;
  /** UTC offset of `timeZone` in hours, used to turn a typed date into the instant of its midnight. */
  utcOffsetHours?: number;
  name?: string;
}

export interface Alert {
  title: string;
  prompt: string;
  buttons: string | null;
}

export interface DialogRecord {
  title: string;
  content: string;
  width: number | null;
  height: number | null;
}

export interface ChartRecord {
  type: string;
  /** A1 notations of the ranges, in the order added. */
  ranges: string[];
  numHeaders: number | null;
  position: [number, number, number, number] | null;
  options: Record<string, unknown>;
}

/** A file in the fake Drive: bytes for uploaded files, a spreadsheet for Google Sheets, a target for a shortcut. */
export interface DriveFileSpec {
  name: string;
  mimeType: string;
  updated?: Date;
  bytes?: Uint8Array;
  spreadsheet?: FakeSpreadsheet;
  /**
   * A file shared by link since Drive's 2021 security update: a user who has not opened it before must give this key
   * with its id (getFileByIdAndResourceKey); by id alone it is not found, and SpreadsheetApp.openById is refused.
   */
  resourceKey?: string;
  /** A shortcut (mimeType MIME.shortcut): what it points to, as getTargetId / getTargetMimeType / getTargetResourceKey give. */
  target?: { id: string | null; mimeType: string | null; resourceKey?: string };
}

/** A folder in the fake Drive: its files and sub-folders by id, and its resource key (see DriveFileSpec). */
export interface DriveFolderRecord {
  name: string;
  files: string[];
  folders: string[];
  resourceKey?: string;
}

export const MIME = {
  sheets: 'application/vnd.google-apps.spreadsheet',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  folder: 'application/vnd.google-apps.folder',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  gdoc: 'application/vnd.google-apps.document',
  shortcut: 'application/vnd.google-apps.shortcut',
  xls: 'application/vnd.ms-excel',
  csv: 'text/csv',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
} as const;

export interface MenuRecord {
  kind: 'top' | 'addon';
  title: string | null;
  items: [string, string][];
}

const DEFAULT_BG = '#ffffff';
const HIDDEN = Symbol('raw');

/** Counts calls per “Class.method”. */
export class CallLog {
  byName = new Map<string, number>();
  total = 0;
  add(name: string): void {
    this.total++;
    this.byName.set(name, (this.byName.get(name) ?? 0) + 1);
  }
  reset(): void {
    this.byName.clear();
    this.total = 0;
  }
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.byName].sort(([a], [b]) => (a < b ? -1 : 1)));
  }
}

/** Wraps an object so that each call of a public method (not starting with “_”) is logged (and may be made to fail). */
function counted<T extends object>(obj: T, kind: string, gas: FakeGas): T {
  return new Proxy(obj, {
    get(target, prop, receiver) {
      if (prop === HIDDEN) return target;
      const v = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function' || typeof prop !== 'string' || prop.startsWith('_') || prop === 'constructor') return v;
      return (...args: unknown[]) => {
        const name = `${kind}.${prop}`;
        gas.log.add(name);
        gas.elapsed += gas.delays.get(name) ?? 0;
        if (gas.failWhen?.(name, target, args)) gas.fail(`Service error: ${name} failed. Please try again later.`);
        return v.apply(target, args);
      };
    },
  });
}

export function raw<T>(o: T): T {
  return ((o as unknown as Record<symbol, T>)[HIDDEN] ?? o) as T;
}

function letters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function parseA1(a1: string): { r1: number; c1: number; r2: number; c2: number } {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1.replace(/\$/g, ''));
  if (!m) throw new Error(`Range not found: ${a1}`);
  const col = (s: string) => s.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const r1 = Number(m[2]);
  const c1 = col(m[1]);
  return { r1, c1, r2: m[4] ? Number(m[4]) : r1, c2: m[3] ? col(m[3]) : c1 };
}

export class FakeGas {
  readonly log = new CallLog();
  readonly alerts: Alert[] = [];
  readonly menus: MenuRecord[] = [];
  /** Answers ui.alert returns for YES_NO / OK_CANCEL prompts, in order; OK otherwise. */
  readonly answers: string[] = [];
  /** ui.prompt: the prompts shown, and what the officer answers to each in turn (CANCEL when none is left). */
  readonly prompts: { title: string; prompt: string; buttons: string | null }[] = [];
  readonly promptAnswers: { button: string; text: string }[] = [];
  readonly properties = new Map<string, string>();
  readonly DateCtor: DateConstructor;
  readonly ErrorCtor: ErrorConstructor;
  readonly timeZone: string;
  readonly utcOffsetHours: number;
  readonly spreadsheet: FakeSpreadsheet;
  /** Every spreadsheet SpreadsheetApp.openById can open (the active one first). */
  readonly spreadsheets: FakeSpreadsheet[] = [];
  /** Spreadsheet ids openById refuses (no permission). */
  readonly noAccess = new Set<string>();
  readonly folders = new Map<string, DriveFolderRecord>();
  readonly files = new Map<string, DriveFileSpec & { id: string }>();
  /** HTML files of the script project, by name without .html (what createHtmlOutputFromFile serves). */
  readonly htmlFiles = new Map<string, string>();
  readonly dialogs: DialogRecord[] = [];
  /** Sidebars shown (title from setTitle), in order. */
  readonly sidebars: { title: string | null; content: string }[] = [];
  /** Makes a service call throw when it returns true (a transient failure, a timeout…). */
  failWhen: ((call: string, target: object, args: unknown[]) => boolean) | null = null;
  /** Whether the Drive advanced service (the `Drive` global, v3) is enabled. */
  advancedDrive = true;
  /** Files moved to the trash (File.setTrashed(true)), by id. */
  readonly trashed = new Set<string>();
  /**
   * Simulated time, in milliseconds added to the real clock: each service call named in `delays` moves it on (a
   * slow Drive, a slow conversion), as does a lock wait. The session makes the bundle's Date.now() read `now()`.
   */
  elapsed = 0;
  readonly delays = new Map<string, number>();
  /** The document lock: held by another execution (a second click, another user) when set. */
  lockedElsewhere = false;
  /** Whether this execution holds the document lock. */
  lockHeld = false;
  /** The waits passed to Lock.tryLock, in order. */
  readonly lockWaits: number[] = [];
  private nextSheetId = 0;
  private nextDriveId = 0;

  constructor(opts: FakeOptions = {}) {
    this.DateCtor = opts.Date ?? Date;
    this.ErrorCtor = opts.Error ?? Error;
    this.timeZone = opts.timeZone ?? 'Asia/Ho_Chi_Minh';
    this.utcOffsetHours = opts.utcOffsetHours ?? 7;
    this.spreadsheet = this.newSpreadsheet(opts.name ?? 'Danh sách Dân vận khéo 2021');
  }

  /** A spreadsheet with one empty sheet, as Sheets creates it. */
  newSpreadsheet(name: string): FakeSpreadsheet {
    const ss = new FakeSpreadsheet(this, name, `1ss${String(this.spreadsheets.length).padStart(3, '0')}xxxxxxxxxxxxxxxxxxxxxxxxxxxx`);
    ss._add('Trang tính1');
    this.spreadsheets.push(ss);
    return ss;
  }

  /** A folder (inside `parent` when given); with `resourceKey`, one that must be opened with its key. */
  addFolder(name: string, opts: { parent?: string; resourceKey?: string } = {}): string {
    const id = `1fo${String(this.nextDriveId++).padStart(3, '0')}xxxxxxxxxxxxxxxxxxxxxxxxxxxx`;
    this.folders.set(id, { name, files: [], folders: [], ...(opts.resourceKey ? { resourceKey: opts.resourceKey } : {}) });
    if (opts.parent) this.folders.get(opts.parent)!.folders.push(id);
    return id;
  }

  /** A Drive shortcut in `folderId` named `name`, pointing to a file or a folder of the fake Drive. */
  addShortcut(folderId: string, name: string, targetId: string): string {
    const file = this.files.get(targetId);
    const folder = this.folders.get(targetId);
    if (!file && !folder) throw new Error(`fake: no Drive item ${targetId}`);
    const target = { id: targetId, mimeType: file ? file.mimeType : MIME.folder, ...((file ?? folder)!.resourceKey ? { resourceKey: (file ?? folder)!.resourceKey } : {}) };
    return this.addFile(folderId, { name, mimeType: MIME.shortcut, target });
  }

  /** Puts a file into a folder; a Google Sheets file takes its spreadsheet's id. */
  addFile(folderId: string, spec: DriveFileSpec): string {
    const id = spec.spreadsheet ? spec.spreadsheet.getId() : `1fi${String(this.nextDriveId++).padStart(3, '0')}xxxxxxxxxxxxxxxxxxxxxxxxxxxx`;
    this.files.set(id, { ...spec, id });
    this.folders.get(folderId)!.files.push(id);
    return id;
  }

  /** The time the code under test sees (Date.now()): the real clock plus the simulated delays. */
  now(): number {
    return Date.now() + this.elapsed;
  }

  _newSheetId(): number {
    return this.nextSheetId++;
  }

  fail(message: string): never {
    throw new this.ErrorCtor(message);
  }

  wrap<T extends object>(obj: T, kind: string): T {
    return counted(obj, kind, this);
  }

  /** The globals Apps Script code sees. */
  globals(): Record<string, unknown> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const gas = this;
    const ui = this.wrap(new FakeUi(this), 'Ui');
    const spreadsheetApp = {
      openById: (id: string) => {
        const ss = gas.spreadsheets.find((x) => x.getId() === id);
        // A link-shared file that needs its resource key cannot be opened by id alone.
        if (!ss || gas.noAccess.has(id) || gas.files.get(id)?.resourceKey) gas.fail('You do not have permission to access the requested document.');
        return gas.wrap(ss!, 'Spreadsheet');
      },
      /** Opens the spreadsheet of a Drive File (e.g. one got with its resource key). */
      open: (file: FakeFile) => {
        const f = raw(file);
        if (!(f instanceof FakeFile)) gas.fail('fake: SpreadsheetApp.open needs a File');
        const ss = gas.spreadsheets.find((x) => x.getId() === f.getId());
        if (!ss || f.getMimeType() !== MIME.sheets) gas.fail('fake: not a Google Sheets file');
        if (gas.noAccess.has(f.getId())) gas.fail('You do not have permission to access the requested document.');
        return gas.wrap(ss!, 'Spreadsheet');
      },
      getUi: () => ui,
      getActiveSpreadsheet: () => gas.wrap(gas.spreadsheet, 'Spreadsheet'),
      getActive: () => gas.wrap(gas.spreadsheet, 'Spreadsheet'),
      getActiveSheet: () => gas.wrap(gas.spreadsheet._active, 'Sheet'),
      newDataValidation: () => gas.wrap(new FakeValidationBuilder(), 'DataValidationBuilder'),
      newRichTextValue: () => gas.wrap(new FakeRichTextBuilder(), 'RichTextValueBuilder'),
      flush: () => undefined,
    };
    const properties = this.wrap(
      {
        getProperty: (k: string) => gas.properties.get(k) ?? null,
        setProperty(k: string, v: string) {
          gas.properties.set(k, String(v));
          return this;
        },
        deleteProperty(k: string) {
          gas.properties.delete(k);
          return this;
        },
        getProperties: () => Object.fromEntries(gas.properties),
      },
      'Properties',
    );
    const notFound = () => gas.fail('No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.');
    // An item with a resource key is not found by id alone (the user has not opened it before), only with its key;
    // a key given for an item that has none is ignored.
    const keyOk = (item: { resourceKey?: string }, key: string | null) => !item.resourceKey || item.resourceKey === key;
    const folder = (id: string, key: string | null) => {
      const f = gas.folders.get(id);
      if (!f || !keyOk(f, key)) notFound();
      return gas.wrap(new FakeFolder(gas, id, f!), 'Folder');
    };
    const file = (id: string, key: string | null) => {
      const f = gas.files.get(id);
      if (!f || !keyOk(f, key)) notFound();
      return gas.wrap(new FakeFile(gas, f!), 'File');
    };
    const driveApp = {
      getFolderById: (id: string) => folder(id, null),
      getFolderByIdAndResourceKey: (id: string, key: string) => folder(id, String(key)),
      getFileById: (id: string) => file(id, null),
      getFileByIdAndResourceKey: (id: string, key: string) => file(id, String(key)),
    };
    const utilities = {
      unzip: (blob: FakeBlob) => {
        const b = raw(blob);
        // Apps Script unzips a blob typed as a zip; an .xlsx blob has to be re-typed first.
        if (b._type !== 'application/zip') gas.fail('Invalid argument: blob (not a zip file)');
        let zip: PizZip;
        try {
          zip = new PizZip(b._bytes);
        } catch {
          gas.fail('Could not unzip the blob: it is not a valid zip file.');
        }
        return Object.values(zip!.files)
          .filter((f) => !f.dir)
          .map((f) => gas.wrap(new FakeBlob(gas, f.asUint8Array(), 'application/octet-stream', f.name), 'Blob'));
      },
      newBlob: (data: string | number[], contentType?: string, name?: string) => {
        // Byte arrays are Java bytes: signed, −128…127 (what getBytes and base64Decode give).
        const bad = typeof data === 'string' ? undefined : data.find((x) => !Number.isInteger(x) || x < -128 || x > 127);
        if (bad !== undefined) gas.fail(`fake: Utilities.newBlob takes signed bytes (−128…127), got ${bad}`);
        return gas.wrap(
          new FakeBlob(gas, typeof data === 'string' ? new TextEncoder().encode(data) : Uint8Array.from(data, (x) => x & 0xff), contentType ?? 'application/octet-stream', name ?? null),
          'Blob',
        );
      },
      /** Signed bytes, as Apps Script returns them. */
      base64Decode: (s: string) => Array.from(Buffer.from(s, 'base64'), (b) => (b > 127 ? b - 256 : b)),
    };
    const htmlService = {
      createHtmlOutputFromFile: (name: string) => {
        const content = gas.htmlFiles.get(name);
        if (content === undefined) gas.fail(`No HTML file named ${name} was found.`);
        return gas.wrap(new FakeHtmlOutput(content!), 'HtmlOutput');
      },
      createHtmlOutput: (html: string) => gas.wrap(new FakeHtmlOutput(String(html)), 'HtmlOutput'),
    };
    // The Drive advanced service (v3): files.create, converting an uploaded .docx when asked for a Google Doc.
    const drive = {
      Files: this.wrap(
        {
          create: (resource: { name?: string; mimeType?: string; parents?: string[] }, media?: FakeBlob) => {
            const parent = resource.parents?.[0];
            if (!parent || !gas.folders.has(parent)) gas.fail(`GoogleJsonResponseException: API call to drive.files.create failed with error: File not found: ${parent}.`);
            const b = media ? raw(media) : null;
            if (resource.mimeType === MIME.gdoc && b?._type !== MIME.docx) gas.fail('fake: only .docx → Google Docs conversion is modelled');
            const id = gas.addFile(parent!, { name: resource.name ?? 'Untitled', mimeType: resource.mimeType ?? b?._type ?? 'application/octet-stream', bytes: b?._bytes });
            return { id, name: resource.name, mimeType: resource.mimeType, webViewLink: `https://docs.google.com/document/d/${id}/edit` };
          },
        },
        'Drive.Files',
      ),
    };
    // LockService.getDocumentLock(): one lock per document; tryLock waits up to its timeout, then answers false.
    const checkWait = (ms: unknown) => {
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) gas.fail(`fake: bad lock timeout ${String(ms)}`);
      return ms as number;
    };
    const lockService = {
      getDocumentLock: () =>
        gas.wrap(
          {
            tryLock(ms: number): boolean {
              gas.lockWaits.push(checkWait(ms));
              if (gas.lockedElsewhere) {
                gas.elapsed += ms;
                return false;
              }
              gas.lockHeld = true;
              return true;
            },
            waitLock(ms: number): void {
              checkWait(ms);
              if (gas.lockedElsewhere) {
                gas.elapsed += ms;
                gas.fail('Lock timeout: another process was holding the lock for too long.');
              }
              gas.lockHeld = true;
            },
            hasLock: () => gas.lockHeld,
            releaseLock(): void {
              gas.lockHeld = false;
            },
          },
          'Lock',
        ),
    };
    return {
      SpreadsheetApp: this.wrap(spreadsheetApp, 'SpreadsheetApp'),
      LockService: this.wrap(lockService, 'LockService'),
      PropertiesService: this.wrap({ getDocumentProperties: () => properties }, 'PropertiesService'),
      ScriptApp: { AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' } },
      DriveApp: this.wrap(driveApp, 'DriveApp'),
      Utilities: this.wrap(utilities, 'Utilities'),
      HtmlService: this.wrap(htmlService, 'HtmlService'),
      Charts: { ChartType: { AREA: 'AREA', BAR: 'BAR', COLUMN: 'COLUMN', LINE: 'LINE', PIE: 'PIE', SCATTER: 'SCATTER', TABLE: 'TABLE' } },
      ...(this.advancedDrive ? { Drive: drive } : {}),
    };
  }

  /** Parses typed input the way Sheets does: formulas, numbers, booleans, dates; a leading ' forces text. */
  parseInput(s: string): { value?: Value; formula?: string } {
    if (s === '') return {};
    if (s.startsWith("'")) return { value: s.slice(1) };
    if (s.startsWith('=') && s.length > 1) return { formula: s };
    if (/^[+-]?\d+(\.\d+)?$/.test(s.trim())) return { value: Number(s) };
    if (/^(true|false)$/i.test(s.trim())) return { value: s.trim().toLowerCase() === 'true' };
    let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s.trim());
    let ymd: [number, number, number] | null = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
    m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s.trim());
    if (m) ymd = [Number(m[3]), Number(m[2]), Number(m[1])];
    if (ymd) return { value: this.localMidnight(...ymd) };
    return { value: s };
  }

  /** Midnight of a calendar day in the spreadsheet's zone, as getValues returns a date cell. */
  localMidnight(y: number, m: number, d: number): Date {
    return new this.DateCtor(Date.UTC(y, m - 1, d) - this.utcOffsetHours * 3600_000);
  }
}

class FakeUi {
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' };
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
  constructor(private gas: FakeGas) {}
  alert(a: string, b?: string, c?: string): string {
    const alert: Alert = b === undefined ? { title: '', prompt: a, buttons: null } : c === undefined ? { title: '', prompt: a, buttons: b } : { title: a, prompt: b, buttons: c };
    this.gas.alerts.push(alert);
    return alert.buttons && alert.buttons !== 'OK' ? (this.gas.answers.shift() ?? 'CANCEL') : 'OK';
  }
  createMenu(title: string) {
    return this.gas.wrap(new FakeMenu(this.gas, 'top', title), 'Menu');
  }
  prompt(title: string, prompt?: string, buttons?: string) {
    this.gas.prompts.push({ title, prompt: prompt ?? '', buttons: buttons ?? null });
    const a = this.gas.promptAnswers.shift() ?? { button: 'CANCEL', text: '' };
    return this.gas.wrap({ getSelectedButton: () => a.button, getResponseText: () => a.text }, 'PromptResponse');
  }
  showModalDialog(output: FakeHtmlOutput, title: string): void {
    const o = raw(output);
    if (!(o instanceof FakeHtmlOutput)) this.gas.fail('fake: showModalDialog needs an HtmlOutput');
    this.gas.dialogs.push({ title, content: o._content, width: o._width, height: o._height });
  }
  showSidebar(output: FakeHtmlOutput): void {
    const o = raw(output);
    if (!(o instanceof FakeHtmlOutput)) this.gas.fail('fake: showSidebar needs an HtmlOutput');
    this.gas.sidebars.push({ title: o._title, content: o._content });
  }
  createAddonMenu() {
    return this.gas.wrap(new FakeMenu(this.gas, 'addon', null), 'Menu');
  }
}

class FakeMenu {
  private items: [string, string][] = [];
  constructor(private gas: FakeGas, private kind: 'top' | 'addon', private title: string | null) {}
  addItem(caption: string, fn: string) {
    this.items.push([caption, fn]);
    return this.gas.wrap(this, 'Menu');
  }
  addSeparator() {
    return this.gas.wrap(this, 'Menu');
  }
  addToUi(): void {
    this.gas.menus.push({ kind: this.kind, title: this.title, items: this.items });
  }
}

class FakeValidationBuilder {
  private rule: DataValidation = { kind: 'checkbox', allowInvalid: true };
  private kindSet = false;
  requireCheckbox(...args: unknown[]) {
    if (args.length) throw new Error('fake: custom checkbox values are not modelled');
    this.rule = { ...this.rule, kind: 'checkbox' };
    this.kindSet = true;
    return this;
  }
  requireValueInList(values: string[], showDropdown = true) {
    if (!Array.isArray(values) || !values.length || values.some((v) => typeof v !== 'string')) throw new Error('fake: a list rule needs strings');
    this.rule = { kind: 'list', values: [...values], dropdown: showDropdown, allowInvalid: this.rule.allowInvalid, helpText: this.rule.helpText };
    this.kindSet = true;
    return this;
  }
  requireDate() {
    this.rule = { kind: 'date', allowInvalid: this.rule.allowInvalid, helpText: this.rule.helpText };
    this.kindSet = true;
    return this;
  }
  setAllowInvalid(b: boolean) {
    this.rule.allowInvalid = b;
    return this;
  }
  setHelpText(t: string) {
    this.rule.helpText = t;
    return this;
  }
  build(): DataValidation {
    if (!this.kindSet) throw new Error('fake: only checkbox, list and date rules are modelled');
    const rule = { ...this.rule };
    if (rule.helpText === undefined) delete rule.helpText;
    return rule;
  }
}

class FakeRichTextBuilder {
  private text = '';
  private link: string | null = null;
  setText(t: string) {
    this.text = t;
    return this;
  }
  setLinkUrl(u: string) {
    this.link = u;
    return this;
  }
  build() {
    return { text: this.text, link: this.link };
  }
}

export class FakeHtmlOutput {
  _width: number | null = null;
  _height: number | null = null;
  _title: string | null = null;
  constructor(readonly _content: string) {}
  setTitle(t: string) {
    this._title = t;
    return this;
  }
  setWidth(w: number) {
    this._width = w;
    return this;
  }
  setHeight(h: number) {
    this._height = h;
    return this;
  }
  getContent(): string {
    return this._content;
  }
}

/** A blob: bytes come back signed (−128…127), as Apps Script's getBytes() returns them. */
export class FakeBlob {
  constructor(private gas: FakeGas, readonly _bytes: Uint8Array, public _type: string, private name: string | null) {}
  getBytes(): number[] {
    return Array.from(this._bytes, (b) => (b > 127 ? b - 256 : b));
  }
  getDataAsString(charset?: string): string {
    return new TextDecoder(charset ?? 'utf-8').decode(this._bytes);
  }
  getContentType(): string {
    return this._type;
  }
  setContentType(t: string) {
    this._type = t;
    return this.gas.wrap(this, 'Blob');
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string) {
    this.name = name;
    return this.gas.wrap(this, 'Blob');
  }
}

export class FakeFile {
  constructor(private gas: FakeGas, private f: DriveFileSpec & { id: string }) {}
  getId(): string {
    return this.f.id;
  }
  getName(): string {
    return this.f.name;
  }
  getMimeType(): string {
    return this.f.mimeType;
  }
  getLastUpdated(): Date {
    return new this.gas.DateCtor((this.f.updated ?? new Date(Date.UTC(2021, 6, 10))).getTime());
  }
  getResourceKey(): string | null {
    return this.f.resourceKey ?? null;
  }
  /** A shortcut's target (null for any other file), as recorded when the shortcut was made. */
  getTargetId(): string | null {
    return this.f.target?.id ?? null;
  }
  getTargetMimeType(): string | null {
    return this.f.target?.mimeType ?? null;
  }
  getTargetResourceKey(): string | null {
    return this.f.target?.resourceKey ?? null;
  }
  getBlob() {
    if (this.f.mimeType === MIME.shortcut) this.gas.fail('fake: a shortcut has no content of its own (open its target)');
    if (!this.f.bytes || this.f.mimeType === MIME.gdoc) this.gas.fail('fake: converting a Google file to a blob is not modelled');
    return this.gas.wrap(new FakeBlob(this.gas, this.f.bytes!, this.f.mimeType, this.f.name), 'Blob');
  }
  getUrl(): string {
    return this.f.mimeType === MIME.gdoc ? `https://docs.google.com/document/d/${this.f.id}/edit` : `https://drive.google.com/file/d/${this.f.id}/view`;
  }
  /** A Google Doc exported as PDF: a stand-in PDF that names the document and the .docx it was converted from. */
  getAs(contentType: string) {
    if (this.f.mimeType !== MIME.gdoc || contentType !== MIME.pdf) this.gas.fail(`fake: converting ${this.f.mimeType} to ${contentType} is not modelled`);
    const text = `%PDF-1.4\n% fake export of “${this.f.name}” (${this.f.bytes?.length ?? 0} bytes of .docx)\n%%EOF\n`;
    return this.gas.wrap(new FakeBlob(this.gas, new TextEncoder().encode(text), MIME.pdf, `${this.f.name}.pdf`), 'Blob');
  }
  setTrashed(trashed: boolean) {
    if (trashed) this.gas.trashed.add(this.f.id);
    else this.gas.trashed.delete(this.f.id);
    return this.gas.wrap(this, 'File');
  }
}

class FakeFolder {
  constructor(private gas: FakeGas, private id: string, private rec: DriveFolderRecord) {}
  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.rec.name;
  }
  getResourceKey(): string | null {
    return this.rec.resourceKey ?? null;
  }
  /** Adds a file made from the blob (its bytes, type and name), as Folder.createFile does. */
  createFile(blob: FakeBlob) {
    const b = raw(blob);
    if (!(b instanceof FakeBlob)) this.gas.fail('fake: createFile needs a Blob');
    const id = this.gas.addFile(this.id, { name: b.getName() ?? 'Untitled', mimeType: b._type, bytes: b._bytes });
    return this.gas.wrap(new FakeFile(this.gas, this.gas.files.get(id)!), 'File');
  }
  /** Its files (shortcuts included: they are files), not its sub-folders. */
  getFiles() {
    const gas = this.gas;
    const ids = [...this.rec.files];
    let i = 0;
    return gas.wrap(
      {
        hasNext: () => i < ids.length,
        next: () => {
          if (i >= ids.length) gas.fail('Cannot retrieve the next object: iterator has reached the end.');
          return gas.wrap(new FakeFile(gas, gas.files.get(ids[i++])!), 'File');
        },
      },
      'FileIterator',
    );
  }
  getFolders() {
    const gas = this.gas;
    const ids = [...this.rec.folders];
    let i = 0;
    return gas.wrap(
      {
        hasNext: () => i < ids.length,
        next: () => {
          if (i >= ids.length) gas.fail('Cannot retrieve the next object: iterator has reached the end.');
          const id = ids[i++];
          return gas.wrap(new FakeFolder(gas, id, gas.folders.get(id)!), 'Folder');
        },
      },
      'FolderIterator',
    );
  }
}

class FakeChartBuilder {
  private chart: ChartRecord = { type: 'COLUMN', ranges: [], numHeaders: null, position: null, options: {} };
  constructor(private sheet: FakeSheet) {}
  private self() {
    return this.sheet._gas.wrap(this, 'EmbeddedChartBuilder');
  }
  setChartType(t: string) {
    this.chart.type = t;
    return this.self();
  }
  addRange(range: FakeRange) {
    const r = raw(range);
    if (r._sheet !== this.sheet) this.sheet._gas.fail('fake: chart range on another sheet');
    this.chart.ranges.push(r.getA1Notation());
    return this.self();
  }
  setNumHeaders(n: number) {
    this.chart.numHeaders = n;
    return this.self();
  }
  setPosition(row: number, col: number, x: number, y: number) {
    this.chart.position = [row, col, x, y];
    return this.self();
  }
  setOption(k: string, v: unknown) {
    this.chart.options[k] = v;
    return this.self();
  }
  build(): ChartRecord {
    if (!this.chart.ranges.length) this.sheet._gas.fail('fake: a chart needs a range');
    return structuredClone(this.chart);
  }
}

export class FakeSpreadsheet {
  readonly _sheets: FakeSheet[] = [];
  _active!: FakeSheet;
  /** The range last selected with Range.activate, in A1 notation. */
  _activeRange: string | null = null;
  constructor(private gas: FakeGas, private name: string, private id: string) {}

  _add(name: string, index?: number): FakeSheet {
    if (this._sheets.some((s) => s._name === name)) this.gas.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const s = new FakeSheet(this.gas, this, name, this.gas._newSheetId());
    this._sheets.splice(index ?? this._sheets.length, 0, s);
    this._active = s;
    return s;
  }
  _sheet(name: string): FakeSheet {
    const s = this._sheets.find((x) => x._name === name);
    if (!s) throw new Error(`fake: no sheet “${name}”`);
    return s;
  }

  getName(): string {
    return this.name;
  }
  getId(): string {
    return this.id;
  }
  getSheetById(id: number) {
    const s = this._sheets.find((x) => x._id === id);
    return s ? this.gas.wrap(s, 'Sheet') : null;
  }
  deleteSheet(sheet: FakeSheet): void {
    const s = raw(sheet);
    const i = this._sheets.indexOf(s);
    if (i < 0) this.gas.fail('fake: the sheet is not in this spreadsheet');
    if (this._sheets.length === 1) this.gas.fail("You can't remove all the sheets in a document.");
    this._sheets.splice(i, 1);
    if (this._active === s) this._active = this._sheets[0];
  }
  getSpreadsheetTimeZone(): string {
    return this.gas.timeZone;
  }
  getSheets() {
    return this._sheets.map((s) => this.gas.wrap(s, 'Sheet'));
  }
  getSheetByName(name: string) {
    const s = this._sheets.find((x) => x._name === name);
    return s ? this.gas.wrap(s, 'Sheet') : null;
  }
  insertSheet(name: string, index?: number) {
    return this.gas.wrap(this._add(name, index), 'Sheet');
  }
  getActiveSheet() {
    return this.gas.wrap(this._active, 'Sheet');
  }
  setActiveSheet(sheet: FakeSheet) {
    this._active = raw(sheet);
    return this.gas.wrap(this._active, 'Sheet');
  }
  toast(): void {}
}

export interface Protection {
  range: { r1: number; c1: number; r2: number; c2: number };
  description: string;
  warningOnly: boolean;
}

export class FakeSheet {
  _rows: (CellData | undefined)[][] = [];
  _maxRows = 1000;
  _maxCols = 26;
  _merges: Merge[] = [];
  _frozenRows = 0;
  _hidden = false;
  _protections: Protection[] = [];
  _columnWidths = new Map<number, number>();
  _charts: ChartRecord[] = [];
  /** Set to a method name to make that call throw (to test unexpected errors). */
  _failOn: string | null = null;

  constructor(readonly _gas: FakeGas, readonly _ss: FakeSpreadsheet, public _name: string, readonly _id: number) {}

  _cell(r: number, c: number): CellData | undefined {
    return this._rows[r - 1]?.[c - 1];
  }
  _cellW(r: number, c: number): CellData {
    const row = (this._rows[r - 1] ??= []);
    return (row[c - 1] ??= {});
  }
  /** What getValues gives for one cell. */
  _value(r: number, c: number): Value {
    const d = this._cell(r, c);
    if (!d) return '';
    if (d.formula) {
      const m = /^=HYPERLINK\("[^"]*","([^"]*)"\)$/.exec(d.formula);
      return m ? m[1] : '#ERROR!';
    }
    return d.value ?? '';
  }
  /** The officer inserts an empty column before column `c` (1-based) in the UI: cells from there move right. */
  _insertColumnBefore(c: number): void {
    for (const row of this._rows) if (row && row.length >= c) row.splice(c - 1, 0, undefined);
    this._maxCols += 1;
  }
  /** Types text into a cell as a person would: parsed unless the cell is plain text. */
  _type(r: number, c: number, input: Value | null): void {
    this._check(r, c, 1, 1);
    const d = this._cellW(r, c);
    delete d.formula;
    delete d.value;
    if (input === null || input === '') return;
    if (typeof input !== 'string' || d.format === '@') d.value = input;
    else Object.assign(d, this._gas.parseInput(input));
    // A rule that rejects input refuses what a person types (scripts' setValues are not checked, as in Sheets).
    const rule = d.validation;
    if (rule && !rule.allowInvalid) {
      const v = d.value;
      const ok = rule.kind === 'list' ? typeof v === 'string' && rule.values.includes(v) : rule.kind === 'date' ? Object.prototype.toString.call(v) === '[object Date]' : typeof v === 'boolean';
      if (!ok) {
        delete d.value;
        delete d.formula;
        this._gas.fail(`fake: input “${String(input)}” violates the data validation rules set on ${letters(c)}${r}`);
      }
    }
  }
  /** Every value of the used area (A1 to the last row and column with content), as getValues would give. */
  _values(): Value[][] {
    const rows = this._lastRow();
    const cols = this._lastCol();
    const out: Value[][] = [];
    for (let r = 1; r <= rows; r++) {
      const row: Value[] = [];
      for (let c = 1; c <= cols; c++) row.push(this._value(r, c));
      out.push(row);
    }
    return out;
  }
  _formulas(): { a1: string; formula: string }[] {
    const out: { a1: string; formula: string }[] = [];
    this._rows.forEach((row, r) => row?.forEach((d, c) => d?.formula && out.push({ a1: `${letters(c + 1)}${r + 1}`, formula: d.formula })));
    return out;
  }
  _hasContent(d: CellData | undefined): boolean {
    return !!d && (d.formula !== undefined || (d.value !== undefined && d.value !== ''));
  }
  _lastRow(): number {
    for (let r = this._rows.length; r >= 1; r--) if (this._rows[r - 1]?.some((d) => this._hasContent(d))) return r;
    return 0;
  }
  _lastCol(): number {
    let last = 0;
    for (const row of this._rows) if (row) for (let c = row.length; c > last; c--) if (this._hasContent(row[c - 1])) last = c;
    return last;
  }
  _check(r: number, c: number, nr: number, nc: number): void {
    if (!Number.isInteger(r) || !Number.isInteger(c) || r < 1 || c < 1) this._gas.fail(`fake: bad range start ${r},${c}`);
    if (nr < 1) this._gas.fail('The number of rows in the range must be at least 1.');
    if (nc < 1) this._gas.fail('The number of columns in the range must be at least 1.');
    if (r + nr - 1 > this._maxRows || c + nc - 1 > this._maxCols) this._gas.fail('The coordinates of the range are outside the dimensions of the sheet.');
  }
  _maybeFail(method: string): void {
    if (this._failOn === method) this._gas.fail(`Service Spreadsheets failed while accessing document (${method}).`);
  }
  _range(r: number, c: number, nr: number, nc: number) {
    this._check(r, c, nr, nc);
    return this._gas.wrap(new FakeRange(this, r, c, nr, nc), 'Range');
  }

  getName(): string {
    return this._name;
  }
  setName(name: string) {
    this._maybeFail('setName');
    if (this._ss._sheets.some((x) => x !== this && x._name.toLowerCase() === name.toLowerCase()))
      this._gas.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this._name = name;
    return this._gas.wrap(this, 'Sheet');
  }
  getIndex(): number {
    return this._ss._sheets.indexOf(this) + 1;
  }
  newChart() {
    return this._gas.wrap(new FakeChartBuilder(this), 'EmbeddedChartBuilder');
  }
  insertChart(chart: ChartRecord): void {
    this._charts.push(chart);
  }
  getCharts(): ChartRecord[] {
    return [...this._charts];
  }
  getSheetId(): number {
    return this._id;
  }
  getParent() {
    return this._gas.wrap(this._ss, 'Spreadsheet');
  }
  getRange(a: number | string, c?: number, nr?: number, nc?: number) {
    if (typeof a === 'string') {
      const p = parseA1(a);
      return this._range(p.r1, p.c1, p.r2 - p.r1 + 1, p.c2 - p.c1 + 1);
    }
    return this._range(a, c!, nr ?? 1, nc ?? 1);
  }
  getRangeList(a1s: string[]) {
    const ranges = a1s.map((a) => raw(this.getRange(a)));
    return this._gas.wrap(new FakeRangeList(this._gas, ranges), 'RangeList');
  }
  getDataRange() {
    this._maybeFail('getDataRange');
    return this._range(1, 1, Math.max(1, this._lastRow()), Math.max(1, this._lastCol()));
  }
  getLastRow(): number {
    return this._lastRow();
  }
  getLastColumn(): number {
    return this._lastCol();
  }
  getMaxRows(): number {
    return this._maxRows;
  }
  getMaxColumns(): number {
    return this._maxCols;
  }
  insertRowsAfter(after: number, n: number) {
    if (after !== this._maxRows) this._rows.splice(after, 0, ...Array<(CellData | undefined)[]>(n).fill(undefined as never));
    this._maxRows += n;
    return this._gas.wrap(this, 'Sheet');
  }
  insertColumnsAfter(after: number, n: number) {
    if (after !== this._maxCols) throw new Error('fake: only appending columns is modelled');
    this._maxCols += n;
    return this._gas.wrap(this, 'Sheet');
  }
  deleteRows(from: number, n: number): void {
    if (n >= this._maxRows) this._gas.fail('Sorry, it is not possible to delete all non-frozen rows.');
    this._rows.splice(from - 1, n);
    this._maxRows -= n;
  }
  setFrozenRows(n: number): void {
    this._frozenRows = n;
  }
  getFrozenRows(): number {
    return this._frozenRows;
  }
  setColumnWidth(c: number, w: number) {
    this._columnWidths.set(c, w);
    return this._gas.wrap(this, 'Sheet');
  }
  setColumnWidths(c: number, n: number, w: number) {
    for (let i = 0; i < n; i++) this._columnWidths.set(c + i, w);
    return this._gas.wrap(this, 'Sheet');
  }
  hideSheet() {
    this._hidden = true;
    return this._gas.wrap(this, 'Sheet');
  }
  isSheetHidden(): boolean {
    return this._hidden;
  }
  activate() {
    this._ss._active = this;
    return this._gas.wrap(this, 'Sheet');
  }
  clear() {
    this._rows = [];
    return this._gas.wrap(this, 'Sheet');
  }
  clearContents() {
    for (const row of this._rows)
      for (const d of row ?? []) {
        if (!d) continue;
        delete d.value;
        delete d.formula;
      }
    return this._gas.wrap(this, 'Sheet');
  }
  clearNotes() {
    for (const row of this._rows) for (const d of row ?? []) if (d) delete d.note;
    return this._gas.wrap(this, 'Sheet');
  }
}

class FakeRangeList {
  constructor(private gas: FakeGas, private ranges: FakeRange[]) {}
  setNumberFormat(f: string) {
    for (const r of this.ranges) r.setNumberFormat(f);
    return this.gas.wrap(this, 'RangeList');
  }
  setFontWeight(w: string | null) {
    for (const r of this.ranges) r.setFontWeight(w);
    return this.gas.wrap(this, 'RangeList');
  }
  setBackground(color: string | null) {
    for (const r of this.ranges) r.setBackground(color);
    return this.gas.wrap(this, 'RangeList');
  }
}

type Grid<T> = T[][];

export class FakeRange {
  constructor(readonly _sheet: FakeSheet, readonly _r: number, readonly _c: number, readonly _nr: number, readonly _nc: number) {}

  private self() {
    return this._sheet._gas.wrap(this, 'Range');
  }
  private each(fn: (d: CellData, i: number, j: number) => void): void {
    for (let i = 0; i < this._nr; i++) for (let j = 0; j < this._nc; j++) fn(this._sheet._cellW(this._r + i, this._c + j), i, j);
  }
  private read<T>(fn: (r: number, c: number) => T): Grid<T> {
    const out: Grid<T> = [];
    for (let i = 0; i < this._nr; i++) {
      const row: T[] = [];
      for (let j = 0; j < this._nc; j++) row.push(fn(this._r + i, this._c + j));
      out.push(row);
    }
    return out;
  }
  private checkShape(data: unknown[][], what: string): void {
    const gas = this._sheet._gas;
    if (!Array.isArray(data) || data.length !== this._nr)
      gas.fail(`The number of rows in the data does not match the number of rows in the range. The data has ${data?.length} but the range has ${this._nr}. (${what})`);
    for (const row of data)
      if (!Array.isArray(row) || row.length !== this._nc)
        gas.fail(`The number of columns in the data does not match the number of columns in the range. The data has ${row?.length} but the range has ${this._nc}. (${what})`);
  }

  getRow(): number {
    return this._r;
  }
  getColumn(): number {
    return this._c;
  }
  getNumRows(): number {
    return this._nr;
  }
  getNumColumns(): number {
    return this._nc;
  }
  getLastRow(): number {
    return this._r + this._nr - 1;
  }
  getLastColumn(): number {
    return this._c + this._nc - 1;
  }
  getA1Notation(): string {
    const a = `${letters(this._c)}${this._r}`;
    return this._nr === 1 && this._nc === 1 ? a : `${a}:${letters(this._c + this._nc - 1)}${this._r + this._nr - 1}`;
  }
  getSheet() {
    return this._sheet._gas.wrap(this._sheet, 'Sheet');
  }
  /** Selects the range, switching to its sheet, as Range.activate does. */
  activate() {
    this._sheet._ss._active = this._sheet;
    this._sheet._ss._activeRange = this.getA1Notation();
    return this.self();
  }

  getValue(): Value {
    return this._sheet._value(this._r, this._c);
  }
  getValues(): Value[][] {
    this._sheet._maybeFail('getValues');
    return this.read((r, c) => this._sheet._value(r, c));
  }
  getDisplayValues(): string[][] {
    return this.read((r, c) => String(this._sheet._value(r, c)));
  }
  getFormulas(): string[][] {
    return this.read((r, c) => this._sheet._cell(r, c)?.formula ?? '');
  }
  setValue(v: Value | null) {
    return this.setValues([[v]]);
  }
  setValues(values: (Value | null)[][]) {
    this._sheet._maybeFail('setValues');
    this.checkShape(values, 'setValues');
    const gas = this._sheet._gas;
    this.each((d, i, j) => {
      const v = values[i][j];
      if (v !== null && v !== undefined && !['string', 'number', 'boolean'].includes(typeof v) && Object.prototype.toString.call(v) !== '[object Date]')
        gas.fail(`fake: cannot write ${Object.prototype.toString.call(v)} to a cell`);
      delete d.formula;
      delete d.value;
      if (v === null || v === undefined || v === '') return;
      if (typeof v === 'string' && d.format !== '@') Object.assign(d, gas.parseInput(v));
      else d.value = v;
    });
    return this.self();
  }
  setFormulas(formulas: string[][]) {
    this.checkShape(formulas, 'setFormulas');
    this.each((d, i, j) => {
      const f = formulas[i][j];
      delete d.value;
      delete d.formula;
      if (f) {
        if (!f.startsWith('=')) this._sheet._gas.fail(`fake: not a formula: ${f}`);
        d.formula = f;
      }
    });
    return this.self();
  }
  /** As in Sheets: a cell with no fill reads '#ffffff', exactly like a cell filled white. */
  getBackgrounds(): string[][] {
    this._sheet._maybeFail('getBackgrounds');
    return this.read((r, c) => this._sheet._cell(r, c)?.background ?? DEFAULT_BG);
  }
  /**
   * As in Sheets: null resets a cell to no fill; any colour, '#ffffff' included, becomes a real fill (which hides
   * alternating colours). So writing back what getBackgrounds read turns every cell without a fill into a white one.
   */
  setBackgrounds(colors: (string | null)[][]) {
    this._sheet._maybeFail('setBackgrounds');
    this.checkShape(colors, 'setBackgrounds');
    this.each((d, i, j) => {
      const v = colors[i][j];
      if (v === null) delete d.background;
      else if (typeof v !== 'string' || !/^#[0-9a-f]{6}$/i.test(v)) this._sheet._gas.fail(`fake: colour ${JSON.stringify(v)} is not modelled (use #rrggbb, or null for no fill)`);
      else d.background = v.toLowerCase();
    });
    return this.self();
  }
  setBackground(color: string | null) {
    return this.setBackgrounds(this.read(() => color));
  }
  getNotes(): string[][] {
    return this.read((r, c) => this._sheet._cell(r, c)?.note ?? '');
  }
  setNotes(notes: (string | null)[][]) {
    this.checkShape(notes, 'setNotes');
    this.each((d, i, j) => {
      const n = notes[i][j];
      if (n === null || n === '') delete d.note;
      else d.note = String(n);
    });
    return this.self();
  }
  setNote(note: string | null) {
    return this.setNotes(this.read(() => note));
  }
  getNumberFormats(): string[][] {
    return this.read((r, c) => this._sheet._cell(r, c)?.format ?? '');
  }
  setNumberFormat(f: string) {
    this.each((d) => (d.format = f));
    return this.self();
  }
  setNumberFormats(formats: string[][]) {
    this.checkShape(formats, 'setNumberFormats');
    this.each((d, i, j) => (d.format = formats[i][j]));
    return this.self();
  }
  clearContent() {
    this.each((d) => {
      delete d.value;
      delete d.formula;
    });
    return this.self();
  }
  getDataValidations(): (DataValidation | null)[][] {
    return this.read((r, c) => this._sheet._cell(r, c)?.validation ?? null);
  }
  setDataValidation(rule: DataValidation | null) {
    this.each((d) => {
      if (rule) d.validation = rule;
      else delete d.validation;
    });
    return this.self();
  }
  merge() {
    const s = this._sheet;
    const m: Merge = { top: this._r, left: this._c, bottom: this._r + this._nr - 1, right: this._c + this._nc - 1 };
    if (s._merges.some((x) => x.top <= m.bottom && m.top <= x.bottom && x.left <= m.right && m.left <= x.right))
      s._gas.fail('You must select all cells in a merged range to merge or unmerge them.');
    // Merging keeps the top-left value only, as Sheets does.
    this.each((d, i, j) => {
      if (i || j) {
        delete d.value;
        delete d.formula;
      }
    });
    s._merges.push(m);
    return this.self();
  }
  getMergedRanges() {
    const s = this._sheet;
    const r2 = this._r + this._nr - 1;
    const c2 = this._c + this._nc - 1;
    return s._merges
      .filter((m) => m.top <= r2 && this._r <= m.bottom && m.left <= c2 && this._c <= m.right)
      .map((m) => s._gas.wrap(new FakeRange(s, m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1), 'Range'));
  }
  protect() {
    const p: Protection = { range: { r1: this._r, c1: this._c, r2: this._r + this._nr - 1, c2: this._c + this._nc - 1 }, description: '', warningOnly: false };
    this._sheet._protections.push(p);
    const gas = this._sheet._gas;
    const api = {
      setDescription(d: string) {
        p.description = d;
        return wrapped;
      },
      setWarningOnly(b: boolean) {
        p.warningOnly = b;
        return wrapped;
      },
      isWarningOnly: () => p.warningOnly,
    };
    const wrapped = gas.wrap(api, 'Protection');
    return wrapped;
  }
  setFontWeight(w: string | null) {
    this.each((d) => (d.bold = w === 'bold'));
    return this.self();
  }
  // Formatting the add-in applies but the tests do not inspect.
  setFontSize() {
    return this.self();
  }
  setHorizontalAlignment() {
    return this.self();
  }
  setVerticalAlignment() {
    return this.self();
  }
  setWrap() {
    return this.self();
  }
  setBorder() {
    return this.self();
  }
}

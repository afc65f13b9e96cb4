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
  wrap?: boolean;
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
  /** Who owns it (the running user when absent) and whom it is shared with as editors. */
  owner?: string;
  editors?: string[];
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
  form: 'application/vnd.google-apps.form',
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
/** An address Drive and MailApp accept. */
const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;
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
  /** The account the script runs as (the officer): owner of everything it creates. */
  readonly userEmail = 'can-bo@ldld.example.vn';
  /** “My Drive”, where SpreadsheetApp.create and FormApp.create put new files. */
  readonly rootFolderId: string;
  /**
   * The scopes the user granted (granular consent); null: every scope of the manifest. ScriptApp.requireScopes stops
   * the run when one it asks for is missing, and so does a MailApp or FormApp call without its scope.
   */
  grantedScopes: Set<string> | null = null;
  /** The scopes each ScriptApp.requireScopes call asked for, in order. */
  readonly scopeRequests: string[][] = [];
  /** MailApp: recipients the user may still send to today (Google counts recipients, not messages). */
  mailQuota = 100;
  /** Messages MailApp sent, in order. */
  readonly mails: { to: string[]; cc: string[]; bcc: string[]; subject: string; body: string; name?: string; replyTo?: string }[] = [];
  /** Share notifications Drive e-mailed (Drive.Permissions.create with sendNotificationEmail), with their message. */
  readonly shareNotices: { fileId: string; to: string; message: string | null }[] = [];
  /** Google Forms, by id. */
  readonly forms = new Map<string, FakeForm>();
  /** The language of the spreadsheet: Google names a responses sheet and its first column in it. */
  locale: 'vi' | 'en' = 'vi';
  private nextSheetId = 0;
  private nextDriveId = 0;

  constructor(opts: FakeOptions = {}) {
    this.DateCtor = opts.Date ?? Date;
    this.ErrorCtor = opts.Error ?? Error;
    this.timeZone = opts.timeZone ?? 'Asia/Ho_Chi_Minh';
    this.utcOffsetHours = opts.utcOffsetHours ?? 7;
    this.rootFolderId = this.addFolder('Drive của tôi');
    this.spreadsheet = this.newSpreadsheet(opts.name ?? 'Danh sách Dân vận khéo 2021');
  }

  /** Whether the user granted `scope` (every scope when none was withheld). */
  hasScope(scope: string): boolean {
    return this.grantedScopes === null || this.grantedScopes.has(scope);
  }

  /** Stops the run as Apps Script does when a service is called without its scope. */
  needScope(scope: string): void {
    if (!this.hasScope(scope)) this.fail('Authorization is required to perform that action.');
  }

  _newDriveId(prefix: string): string {
    return `${prefix}${String(this.nextDriveId++).padStart(3, '0')}xxxxxxxxxxxxxxxxxxxxxxxxxxxx`;
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
    const id = this._newDriveId('1fo');
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
    const id = spec.spreadsheet ? spec.spreadsheet.getId() : this._newDriveId('1fi');
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
      /** A new spreadsheet (one sheet) in the user's Drive root. */
      create: (name: string) => {
        const ss = gas.newSpreadsheet(String(name));
        gas.addFile(gas.rootFolderId, { name: String(name), mimeType: MIME.sheets, spreadsheet: ss });
        return gas.wrap(ss, 'Spreadsheet');
      },
      ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' },
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
      // Sharing one file with one person; Drive e-mails them (with `emailMessage`) unless sendNotificationEmail is false.
      Permissions: this.wrap(
        {
          create: (resource: { type?: string; role?: string; emailAddress?: string }, fileId: string, opts: { sendNotificationEmail?: boolean; emailMessage?: string } = {}) => {
            const f = gas.files.get(fileId);
            if (!f) gas.fail(`GoogleJsonResponseException: API call to drive.permissions.create failed with error: File not found: ${fileId}.`);
            if (resource.type !== 'user' || !['writer', 'reader', 'commenter'].includes(resource.role ?? ''))
              gas.fail('fake: only user permissions (reader, commenter, writer) are modelled');
            const email = String(resource.emailAddress ?? '');
            if (!EMAIL.test(email))
              gas.fail(`GoogleJsonResponseException: API call to drive.permissions.create failed with error: Invalid sharing request (${email}).`);
            if (resource.role === 'writer') f!.editors = [...new Set([...(f!.editors ?? []), email])];
            if (opts.sendNotificationEmail !== false) gas.shareNotices.push({ fileId, to: email, message: opts.emailMessage ?? null });
            return { id: `perm-${email}`, type: 'user', role: resource.role, emailAddress: email };
          },
          list: (fileId: string) => {
            const f = gas.files.get(fileId);
            if (!f) gas.fail(`GoogleJsonResponseException: API call to drive.permissions.list failed with error: File not found: ${fileId}.`);
            const owner = { id: `perm-${f!.owner ?? gas.userEmail}`, type: 'user', role: 'owner', emailAddress: f!.owner ?? gas.userEmail };
            return { permissions: [owner, ...(f!.editors ?? []).map((e) => ({ id: `perm-${e}`, type: 'user', role: 'writer', emailAddress: e }))] };
          },
        },
        'Drive.Permissions',
      ),
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
    // MailApp: the quota counts recipients (to, cc and bcc); past it the call fails, as Apps Script's does.
    const MAIL = 'https://www.googleapis.com/auth/script.send_mail';
    const recipients = (v: unknown) =>
      String(v ?? '')
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
    const mailApp = {
      getRemainingDailyQuota: () => {
        gas.needScope(MAIL);
        return gas.mailQuota;
      },
      sendEmail: (...args: unknown[]) => {
        gas.needScope(MAIL);
        const m = (typeof args[0] === 'object' && args[0] !== null ? args[0] : { to: args[0], subject: args[1], body: args[2], ...((args[3] as object) ?? {}) }) as Record<string, unknown>;
        const to = recipients(m.to);
        const cc = recipients(m.cc);
        const bcc = recipients(m.bcc);
        const all = [...to, ...cc, ...bcc];
        if (!all.length) gas.fail('Failed to send email: no recipient');
        for (const a of all) if (!EMAIL.test(a)) gas.fail(`Invalid email: ${a}`);
        if (all.length > gas.mailQuota) gas.fail('Service invoked too many times for one day: email.');
        gas.mailQuota -= all.length;
        gas.mails.push({ to, cc, bcc, subject: String(m.subject ?? ''), body: String(m.body ?? ''), ...(m.name ? { name: String(m.name) } : {}), ...(m.replyTo ? { replyTo: String(m.replyTo) } : {}) });
      },
    };
    const FORMS = 'https://www.googleapis.com/auth/forms';
    const formApp = {
      DestinationType: { SPREADSHEET: 'SPREADSHEET' },
      ItemType: { LIST: 'LIST', MULTIPLE_CHOICE: 'MULTIPLE_CHOICE', TEXT: 'TEXT', PARAGRAPH_TEXT: 'PARAGRAPH_TEXT' },
      create: (title: string) => {
        gas.needScope(FORMS);
        const form = new FakeForm(gas, gas._newDriveId('1fm'), String(title));
        gas.forms.set(form._id, form);
        // Its Drive file has the form's id, in the user's Drive root.
        gas.files.set(form._id, { name: String(title), mimeType: MIME.form, id: form._id });
        gas.folders.get(gas.rootFolderId)!.files.push(form._id);
        return gas.wrap(form, 'Form');
      },
      openById: (id: string) => {
        gas.needScope(FORMS);
        const form = gas.forms.get(id);
        if (!form || gas.trashed.has(id)) gas.fail('No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.');
        return gas.wrap(form!, 'Form');
      },
    };
    const scriptApp = {
      AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' },
      /** Ends the run (the user is then asked for consent) when one of the scopes was not granted. */
      requireScopes: (_mode: string, scopes: string[]) => {
        if (!Array.isArray(scopes) || !scopes.length) gas.fail('fake: requireScopes needs scopes');
        gas.scopeRequests.push([...scopes]);
        for (const sc of scopes) gas.needScope(sc);
      },
    };
    return {
      SpreadsheetApp: this.wrap(spreadsheetApp, 'SpreadsheetApp'),
      MailApp: this.wrap(mailApp, 'MailApp'),
      FormApp: this.wrap(formApp, 'FormApp'),
      LockService: this.wrap(lockService, 'LockService'),
      PropertiesService: this.wrap({ getDocumentProperties: () => properties }, 'PropertiesService'),
      ScriptApp: this.wrap(scriptApp, 'ScriptApp'),
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
    if (this.f.mimeType === MIME.sheets) return `https://docs.google.com/spreadsheets/d/${this.f.id}/edit`;
    if (this.f.mimeType === MIME.form) return `https://docs.google.com/forms/d/${this.f.id}/edit`;
    return this.f.mimeType === MIME.gdoc ? `https://docs.google.com/document/d/${this.f.id}/edit` : `https://drive.google.com/file/d/${this.f.id}/view`;
  }
  isTrashed(): boolean {
    return this.gas.trashed.has(this.f.id);
  }
  getOwner() {
    return this.gas.wrap(new FakeUser(this.f.owner ?? this.gas.userEmail), 'User');
  }
  /** The people it is shared with as editors (the owner is not listed). */
  getEditors() {
    return (this.f.editors ?? []).map((e) => this.gas.wrap(new FakeUser(e), 'User'));
  }
  /** Shares it as editor; Drive then e-mails its own (English or Vietnamese, not ours) notification, with no custom message. */
  addEditor(email: string) {
    return this.addEditors([email]);
  }
  addEditors(emails: string[]) {
    for (const e of emails) if (!EMAIL.test(String(e))) this.gas.fail(`Invalid argument: ${e}`);
    this.f.editors = [...new Set([...(this.f.editors ?? []), ...emails.map(String)])];
    for (const e of emails) this.gas.shareNotices.push({ fileId: this.f.id, to: String(e), message: null });
    return this.gas.wrap(this, 'File');
  }
  /** Takes away an editor's access (no e-mail); refused for someone who is not an editor. */
  removeEditor(user: string | FakeUser) {
    const email = typeof user === 'string' ? user : raw(user).getEmail();
    if (!(this.f.editors ?? []).includes(email)) this.gas.fail(`Invalid argument: ${email} is not an editor`);
    this.f.editors = (this.f.editors ?? []).filter((e) => e !== email);
    return this.gas.wrap(this, 'File');
  }
  /**
   * A copy in `destination` (My Drive without one), owned by the user and shared with nobody: sharing is not copied.
   * A Google Sheet's copy holds the same sheets, values, formats, notes, checkboxes, merges, protections and hidden state.
   */
  makeCopy(name?: string | FakeFolder, destination?: FakeFolder) {
    const folderArg = typeof name === 'object' ? name : destination;
    const copyName = typeof name === 'string' ? name : `Bản sao của ${this.f.name}`;
    const folderId = folderArg ? raw(folderArg).getId() : this.gas.rootFolderId;
    if (!this.gas.folders.has(folderId)) this.gas.fail('fake: no such folder');
    let id: string;
    if (this.f.mimeType === MIME.sheets && this.f.spreadsheet) {
      const ss = this.f.spreadsheet._copy(copyName);
      id = this.gas.addFile(folderId, { name: copyName, mimeType: MIME.sheets, spreadsheet: ss });
    } else if (this.f.bytes) id = this.gas.addFile(folderId, { name: copyName, mimeType: this.f.mimeType, bytes: new Uint8Array(this.f.bytes) });
    else this.gas.fail(`fake: copying ${this.f.mimeType} is not modelled`);
    return this.gas.wrap(new FakeFile(this.gas, this.gas.files.get(id!)!), 'File');
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
  /** Its files with exactly this name. */
  getFilesByName(name: string) {
    return this.iterate(this.rec.files.filter((id) => this.gas.files.get(id)?.name === name));
  }
  /** Its files (shortcuts included: they are files), not its sub-folders. */
  getFiles() {
    return this.iterate([...this.rec.files]);
  }
  private iterate(fileIds: string[]) {
    const gas = this.gas;
    const ids = fileIds;
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
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  /** Who owns the file and whom it is shared with, from its Drive entry (the user alone when it has none). */
  _access(): { owner: string; editors: string[] } {
    const f = this.gas.files.get(this.id);
    return { owner: f?.owner ?? this.gas.userEmail, editors: f?.editors ?? [] };
  }
  /** A copy of the whole spreadsheet under a new id (File.makeCopy). */
  _copy(name: string): FakeSpreadsheet {
    const ss = this.gas.newSpreadsheet(name);
    ss._sheets.length = 0;
    const D = this.gas.DateCtor;
    const cell = (d: CellData | undefined): CellData | undefined =>
      d && { ...d, ...(Object.prototype.toString.call(d.value) === '[object Date]' ? { value: new D((d.value as Date).getTime()) } : {}), ...(d.validation ? { validation: structuredClone(d.validation) } : {}) };
    for (const src of this._sheets) {
      const dst = ss._add(src._name);
      dst._rows = src._rows.map((row) => row && row.map(cell));
      Object.assign(dst, { _maxRows: src._maxRows, _maxCols: src._maxCols, _frozenRows: src._frozenRows, _hidden: src._hidden });
      dst._merges = src._merges.map((m) => ({ ...m }));
      dst._protections = src._protections.map((p) => structuredClone(p));
      dst._columnWidths = new Map(src._columnWidths);
    }
    ss._active = ss._sheets[0];
    return ss;
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
  /** The selection on the active sheet (A1 when none was made). */
  getActiveRange() {
    return this._active.getRange(this._activeRange ?? 'A1');
  }
  setActiveSheet(sheet: FakeSheet) {
    this._active = raw(sheet);
    return this.gas.wrap(this._active, 'Sheet');
  }
  toast(): void {}
}

export interface CellBox {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/**
 * A protected range or sheet, as Sheets keeps it. Until the script changes its editors (removeEditor(s), addEditor(s)),
 * its permissions mirror the spreadsheet's, i.e. every editor of the file may still edit it (Range.protect's
 * documentation); the owner can always edit. A sheet protection may leave unprotected ranges.
 */
export interface Protection {
  range: CellBox;
  description: string;
  warningOnly: boolean;
  /** Whole-sheet protection (Sheet.protect). */
  sheet?: boolean;
  /** The editors list was set by the script: only they (and the owner) may edit. */
  restricted?: boolean;
  editors?: string[];
  domainEdit?: boolean;
  unprotected?: CellBox[];
}

export class FakeSheet {
  _rows: (CellData | undefined)[][] = [];
  _maxRows = 1000;
  _maxCols = 26;
  _merges: Merge[] = [];
  _frozenRows = 0;
  /** The sheet's filter (Range.createFilter): its A1 range; a sheet has at most one. */
  _filter: string | null = null;
  _hidden = false;
  _protections: Protection[] = [];
  _columnWidths = new Map<number, number>();
  _charts: ChartRecord[] = [];
  /** Set to a method name to make that call throw (to test unexpected errors). */
  _failOn: string | null = null;
  /** A Form's responses sheet: the form's URL. */
  _formUrl: string | null = null;

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
  /** What getDisplayValues gives for one cell: a date is shown in the spreadsheet's zone with the cell's format (d/m/y by default, as in a Vietnamese-locale spreadsheet). */
  _display(r: number, c: number): string {
    const v = this._value(r, c);
    if (Object.prototype.toString.call(v) !== '[object Date]') return String(v);
    const local = new Date((v as Date).getTime() + this._gas.utcOffsetHours * 3600_000);
    const two = (n: number) => String(n).padStart(2, '0');
    const [d, m, y] = [local.getUTCDate(), local.getUTCMonth() + 1, local.getUTCFullYear()];
    const format = this._cell(r, c)?.format ?? '';
    if (/^yyyy-mm-dd$/i.test(format)) return `${y}-${two(m)}-${two(d)}`;
    if (/^dd\/mm\/yyyy$/i.test(format)) return `${two(d)}/${two(m)}/${y}`;
    return `${d}/${m}/${y}`;
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
  /** A new protection of `range` (the whole sheet with `sheet`), with the Protection API over it. */
  _protect(range: CellBox, sheet: boolean) {
    const p: Protection = { range, description: '', warningOnly: false };
    if (sheet) p.sheet = true;
    this._protections.push(p);
    return this._gas.wrap(new FakeProtection(this, p), 'Protection');
  }
  protect() {
    return this._protect({ r1: 1, c1: 1, r2: this._maxRows, c2: this._maxCols }, true);
  }
  getProtections(type: string) {
    return this._protections.filter((p) => (type === 'SHEET') === !!p.sheet).map((p) => this._gas.wrap(new FakeProtection(this, p), 'Protection'));
  }
  /**
   * Whether `email` may type into a cell: an editor of the file (or its owner), and no protection that covers the cell
   * (outside its unprotected ranges) keeps them out.
   */
  _canEdit(email: string, r: number, c: number): boolean {
    const access = this._ss._access();
    if (email === access.owner) return true;
    if (!access.editors.includes(email)) return false;
    const inside = (b: CellBox) => r >= b.r1 && r <= b.r2 && c >= b.c1 && c <= b.c2;
    for (const p of this._protections) {
      if (p.warningOnly || !p.restricted || !inside(p.range) || (p.unprotected ?? []).some(inside)) continue;
      if (!(p.editors ?? []).includes(email)) return false;
    }
    return true;
  }
  getParent() {
    return this._gas.wrap(this._ss, 'Spreadsheet');
  }
  /** The form that sends its responses to this sheet, or null. */
  getFormUrl(): string | null {
    return this._formUrl;
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

/** The Protection service object over one recorded protection. */
export class FakeProtection {
  constructor(readonly _sheet: FakeSheet, readonly _p: Protection) {}
  private self() {
    return this._sheet._gas.wrap(this, 'Protection');
  }
  private users(list: unknown[]): string[] {
    return list.map((u) => (typeof u === 'string' ? u : (raw(u) as FakeUser).getEmail()));
  }
  setDescription(d: string) {
    this._p.description = d;
    return this.self();
  }
  getDescription(): string {
    return this._p.description;
  }
  setWarningOnly(b: boolean) {
    this._p.warningOnly = b;
    return this.self();
  }
  isWarningOnly(): boolean {
    return this._p.warningOnly;
  }
  /** Who may edit: the file's editors and owner while the list mirrors the spreadsheet's, else the list and the owner. */
  getEditors() {
    const access = this._sheet._ss._access();
    const emails = this._p.restricted ? [access.owner, ...(this._p.editors ?? [])] : [access.owner, ...access.editors];
    return [...new Set(emails)].map((e) => this._sheet._gas.wrap(new FakeUser(e), 'User'));
  }
  removeEditors(list: unknown[]) {
    if (!Array.isArray(list)) this._sheet._gas.fail('fake: removeEditors takes an array');
    const access = this._sheet._ss._access();
    const gone = new Set(this.users(list));
    const current = this._p.restricted ? this._p.editors ?? [] : access.editors;
    this._p.restricted = true;
    this._p.editors = current.filter((e) => !gone.has(e));
    return this.self();
  }
  removeEditor(user: unknown) {
    return this.removeEditors([user]);
  }
  addEditor(user: unknown) {
    const access = this._sheet._ss._access();
    const current = this._p.restricted ? this._p.editors ?? [] : access.editors;
    this._p.restricted = true;
    this._p.editors = [...new Set([...current, ...this.users([user])])];
    return this.self();
  }
  canDomainEdit(): boolean {
    return this._p.domainEdit ?? false;
  }
  setDomainEdit(b: boolean) {
    this._p.domainEdit = b;
    return this.self();
  }
  canEdit(): boolean {
    return true; // the script runs as the owner
  }
  setUnprotectedRanges(ranges: FakeRange[]) {
    if (!this._p.sheet) this._sheet._gas.fail('fake: only a sheet protection has unprotected ranges');
    this._p.unprotected = ranges.map((x) => {
      const r = raw(x);
      if (r._sheet !== this._sheet) this._sheet._gas.fail('fake: an unprotected range must be on the protected sheet');
      return { r1: r._r, c1: r._c, r2: r._r + r._nr - 1, c2: r._c + r._nc - 1 };
    });
    return this.self();
  }
  getUnprotectedRanges() {
    return (this._p.unprotected ?? []).map((b) => this._sheet._range(b.r1, b.c1, b.r2 - b.r1 + 1, b.c2 - b.c1 + 1));
  }
  remove(): void {
    const i = this._sheet._protections.indexOf(this._p);
    if (i >= 0) this._sheet._protections.splice(i, 1);
  }
}

/** A user (Drive, Protection): just an address. */
export class FakeUser {
  constructor(private email: string) {}
  getEmail(): string {
    return this.email;
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
  setFontColor() {
    return this.gas.wrap(this, 'RangeList');
  }
  setWrap(on: boolean) {
    for (const r of this.ranges) r.setWrap(on);
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
  getDisplayValue(): string {
    return this._sheet._display(this._r, this._c);
  }
  getDisplayValues(): string[][] {
    return this.read((r, c) => this._sheet._display(r, c));
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
  /** As Sheets: one filter per sheet; creating a second one fails. */
  createFilter() {
    if (this._sheet._filter !== null) this._sheet._gas.fail("You can't create a filter in a sheet that already has a filter.");
    this._sheet._filter = this.getA1Notation();
    return { getRange: () => this.self(), remove: () => void (this._sheet._filter = null) };
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
    return this._sheet._protect({ r1: this._r, c1: this._c, r2: this._r + this._nr - 1, c2: this._c + this._nc - 1 }, false);
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
  /** Whether text wraps in the cells (what the tests check: long text is shown whole). */
  setWrap(on: boolean) {
    this.each((d) => (d.wrap = on));
    return this.self();
  }
  setBorder() {
    return this.self();
  }
  setFontColor() {
    return this.self();
  }
}

/** A question of a fake Google Form. */
export interface FormItemRecord {
  id: number;
  type: 'LIST' | 'MULTIPLE_CHOICE' | 'TEXT' | 'PARAGRAPH_TEXT';
  title: string;
  help: string;
  required: boolean;
  choices: string[];
}

/**
 * A Google Form. Linked to a spreadsheet (setDestination), it adds a responses sheet there — “Câu trả lời biểu mẫu 1”
 * (“Form Responses 1” in English), put first, row 1 the timestamp column then one column per question — and keeps
 * that header in step with the questions: a new question adds a column at the end, a renamed one renames its column,
 * a deleted one keeps its column (its answers stay in the sheet). A submitted response is a new row; an edited one
 * is the same row, its timestamp updated.
 */
export class FakeForm {
  _items: FormItemRecord[] = [];
  _description = '';
  _confirmation = '';
  _allowEdits = false;
  _destination: { ssId: string; sheetId: number } | null = null;
  /** Columns of the responses sheet, by question id (1-based). */
  _columns = new Map<number, number>();
  private nextItem = 1;
  constructor(readonly _gas: FakeGas, readonly _id: string, public _title: string) {}

  private self() {
    return this._gas.wrap(this, 'Form');
  }
  private item(rec: FormItemRecord) {
    return this._gas.wrap(new FakeFormItem(this, rec), 'Item');
  }
  getId(): string {
    return this._id;
  }
  getTitle(): string {
    return this._title;
  }
  setTitle(t: string) {
    this._title = String(t);
    return this.self();
  }
  setDescription(d: string) {
    this._description = String(d);
    return this.self();
  }
  getDescription(): string {
    return this._description;
  }
  setConfirmationMessage(m: string) {
    this._confirmation = String(m);
    return this.self();
  }
  setAllowResponseEdits(b: boolean) {
    this._allowEdits = !!b;
    return this.self();
  }
  setCollectEmail(_b: boolean) {
    return this.self();
  }
  getPublishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this._id}/viewform`;
  }
  getEditUrl(): string {
    return `https://docs.google.com/forms/d/${this._id}/edit`;
  }
  private add(type: FormItemRecord['type']) {
    const rec: FormItemRecord = { id: this.nextItem++, type, title: '', help: '', required: false, choices: [] };
    this._items.push(rec);
    this._syncColumn(rec);
    return this.item(rec);
  }
  addListItem() {
    return this.add('LIST');
  }
  addMultipleChoiceItem() {
    return this.add('MULTIPLE_CHOICE');
  }
  addTextItem() {
    return this.add('TEXT');
  }
  addParagraphTextItem() {
    return this.add('PARAGRAPH_TEXT');
  }
  getItems() {
    return this._items.map((r) => this.item(r));
  }
  getItemById(id: number) {
    const rec = this._items.find((r) => r.id === Number(id));
    return rec ? this.item(rec) : null;
  }
  deleteItem(item: FakeFormItem | number) {
    const rec = typeof item === 'number' ? this._items[item] : raw(item)._rec;
    const i = this._items.indexOf(rec);
    if (i < 0) this._gas.fail('fake: no such item');
    this._items.splice(i, 1);
  }
  /** Sends the responses to a new sheet of the spreadsheet `ssId`. */
  setDestination(type: string, ssId: string) {
    if (type !== 'SPREADSHEET') this._gas.fail('fake: only a spreadsheet destination is modelled');
    const ss = this._gas.spreadsheets.find((x) => x.getId() === ssId);
    if (!ss) this._gas.fail('No item with the given ID could be found.');
    const base = this._gas.locale === 'vi' ? 'Câu trả lời biểu mẫu' : 'Form Responses';
    let n = 1;
    while (ss!._sheets.some((x) => x._name === `${base} ${n}`)) n++;
    const active = ss!._active;
    const sheet = ss!._add(`${base} ${n}`, 0);
    ss!._active = active;
    sheet._formUrl = this.getEditUrl();
    this._destination = { ssId: ssId, sheetId: sheet._id };
    this._columns.clear();
    sheet._cellW(1, 1).value = this._gas.locale === 'vi' ? 'Dấu thời gian' : 'Timestamp';
    for (const rec of this._items) this._syncColumn(rec);
    return this.self();
  }
  getDestinationId(): string {
    if (!this._destination) this._gas.fail('The form currently has no response destination.');
    return this._destination!.ssId;
  }
  getDestinationType(): string {
    if (!this._destination) this._gas.fail('The form currently has no response destination.');
    return 'SPREADSHEET';
  }
  /** The responses sheet, when it still exists. */
  _sheet(): FakeSheet | null {
    if (!this._destination) return null;
    const ss = this._gas.spreadsheets.find((x) => x.getId() === this._destination!.ssId);
    return ss?._sheets.find((x) => x._id === this._destination!.sheetId) ?? null;
  }
  /** Keeps the responses sheet's header in step with a question (a column for a new one, its title for a renamed one). */
  _syncColumn(rec: FormItemRecord): void {
    const sheet = this._sheet();
    if (!sheet) return;
    let col = this._columns.get(rec.id);
    if (col === undefined) {
      col = Math.max(1, sheet._lastCol()) + 1;
      this._columns.set(rec.id, col);
    }
    sheet._cellW(1, col).value = rec.title;
  }
  /** A unit submits: one row at the end, answers by question title. Returns its row. */
  _submit(answers: Record<string, string>, at: Date): number {
    const sheet = this._sheet();
    if (!sheet) throw new Error('fake: the form has no destination');
    const row = sheet._lastRow() + 1;
    this._write(sheet, row, answers, at);
    return row;
  }
  /** A unit edits its response (the form allows it): the same row, updated, with a new timestamp. */
  _edit(row: number, answers: Record<string, string>, at: Date): void {
    if (!this._allowEdits) throw new Error('fake: the form does not allow editing responses');
    this._write(this._sheet()!, row, answers, at);
  }
  private _write(sheet: FakeSheet, row: number, answers: Record<string, string>, at: Date): void {
    sheet._cellW(row, 1).value = new this._gas.DateCtor(at.getTime());
    for (const [title, v] of Object.entries(answers)) {
      const rec = this._items.find((r) => r.title === title);
      if (!rec) throw new Error(`fake: no question “${title}”`);
      if (rec.choices.length && !rec.choices.includes(v)) throw new Error(`fake: “${v}” is not a choice of “${title}”`);
      sheet._cellW(row, this._columns.get(rec.id)!).value = v;
    }
    for (const rec of this._items) if (rec.required && !(rec.title in answers)) throw new Error(`fake: “${rec.title}” is required`);
  }
}

/** A question of a FakeForm, as Item and as its typed item (ListItem, MultipleChoiceItem, TextItem…). */
export class FakeFormItem {
  constructor(readonly _form: FakeForm, readonly _rec: FormItemRecord) {}
  private self() {
    return this._form._gas.wrap(this, 'Item');
  }
  private as(...types: FormItemRecord['type'][]) {
    if (!types.includes(this._rec.type)) this._form._gas.fail(`Item can't be cast to ${types[0]}.`);
    return this.self();
  }
  getId(): number {
    return this._rec.id;
  }
  getType(): string {
    return this._rec.type;
  }
  getIndex(): number {
    return this._form._items.indexOf(this._rec);
  }
  getTitle(): string {
    return this._rec.title;
  }
  setTitle(t: string) {
    this._rec.title = String(t);
    this._form._syncColumn(this._rec);
    return this.self();
  }
  getHelpText(): string {
    return this._rec.help;
  }
  setHelpText(t: string) {
    this._rec.help = String(t);
    return this.self();
  }
  isRequired(): boolean {
    return this._rec.required;
  }
  setRequired(b: boolean) {
    this._rec.required = !!b;
    return this.self();
  }
  setChoiceValues(values: string[]) {
    if (this._rec.type !== 'LIST' && this._rec.type !== 'MULTIPLE_CHOICE') this._form._gas.fail('fake: this item has no choices');
    if (!Array.isArray(values) || !values.length) this._form._gas.fail('Invalid data updating form.');
    this._rec.choices = values.map(String);
    return this.self();
  }
  getChoices() {
    return this._rec.choices.map((v) => ({ getValue: () => v }));
  }
  asListItem() {
    return this.as('LIST');
  }
  asMultipleChoiceItem() {
    return this.as('MULTIPLE_CHOICE');
  }
  asTextItem() {
    return this.as('TEXT');
  }
  asParagraphTextItem() {
    return this.as('PARAGRAPH_TEXT');
  }
}

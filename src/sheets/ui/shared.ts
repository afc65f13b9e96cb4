// Checks a page makes before calling the server and the server makes again on what arrives: one definition for
// both sides. Light on purpose (it is bundled into pages); the document metadata is checked by the domain's own
// schema, parseMeta in src/domain/document/meta.ts, imported by the document page and the server alike.

/** A Drive item as a link names it: its id, and the resource key of a link shared before Drive's 2021 update. */
export interface DriveRef {
  id: string;
  /** `resourcekey=` of the link (“0-abc…”): needed to open the item by a user who has not opened it before. */
  resourceKey: string | null;
}

const resourceKey = (s: string) => /[?&#]resourcekey=([-\w]+)/i.exec(s)?.[1] ?? null;

/** The folder in a Drive link (…/folders/ID, …?id=ID, with its `resourcekey` if any) or a bare id; null when none. */
export function parseFolderRef(input: string): DriveRef | null {
  const s = input.trim();
  const m = /\/folders\/([-\w]{10,})/.exec(s) ?? /[?&]id=([-\w]{10,})/.exec(s) ?? /^([-\w]{10,})$/.exec(s);
  return m ? { id: m[1], resourceKey: resourceKey(s) } : null;
}

/** The file in a Drive file link (…/d/ID/…, …?id=ID, with its `resourcekey` if any) or a bare id; null when none. */
export function parseFileRef(input: string): DriveRef | null {
  const s = input.trim();
  const m = /\/d\/([-\w]{10,})/.exec(s) ?? /[?&]id=([-\w]{10,})/.exec(s) ?? /^([-\w]{10,})$/.exec(s);
  return m ? { id: m[1], resourceKey: resourceKey(s) } : null;
}

/** The folder id in a Drive link or a bare id; null when there is none. */
export function parseFolderId(input: string): string | null {
  return parseFolderRef(input)?.id ?? null;
}

/** The file id in a Drive file link or a bare id; null when there is none. */
export function parseFileId(input: string): string | null {
  return parseFileRef(input)?.id ?? null;
}

/** One cell in A1 notation (“D8”, “AB120”), the only reference selectCell accepts. */
export function isCellRef(a1: unknown): a1 is string {
  return typeof a1 === 'string' && /^[A-Z]{1,3}[1-9]\d{0,6}$/.test(a1);
}

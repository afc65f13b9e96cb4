// Checks a page makes before calling the server and the server makes again on what arrives: one definition for
// both sides. Light on purpose (it is bundled into pages); the document metadata is checked by the domain's own
// schema, parseMeta in src/domain/document/meta.ts, imported by the document page and the server alike.

/** The folder id in a Drive link (…/folders/ID, …?id=ID) or a bare id; null when there is none. */
export function parseFolderId(input: string): string | null {
  const s = input.trim();
  const m = /\/folders\/([-\w]{10,})/.exec(s) ?? /[?&]id=([-\w]{10,})/.exec(s) ?? /^([-\w]{10,})$/.exec(s);
  return m ? m[1] : null;
}

/** The file id in a Drive file link (…/d/ID/…, …?id=ID) or a bare id; null when there is none. */
export function parseFileId(input: string): string | null {
  const s = input.trim();
  const m = /\/d\/([-\w]{10,})/.exec(s) ?? /[?&]id=([-\w]{10,})/.exec(s) ?? /^([-\w]{10,})$/.exec(s);
  return m ? m[1] : null;
}

/** One cell in A1 notation (“D8”, “AB120”), the only reference selectCell accepts. */
export function isCellRef(a1: unknown): a1 is string {
  return typeof a1 === 'string' && /^[A-Z]{1,3}[1-9]\d{0,6}$/.test(a1);
}

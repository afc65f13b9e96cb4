// A forgiving pull scanner for the XML of OOXML parts: one pass, each character looked at a bounded number of
// times, whatever the input (unclosed tags, quotes, comments or CDATA end the scan instead of rescanning).
// Element names are compared without their namespace prefix (`x:c` is `c`). No DTD, no entity expansion
// beyond the five predefined entities and character references.

export const EOF = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const QUOT = 34;
const APOS = 39;
const COLON = 58;
const EQ = 61;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

export class XmlScanner {
  /** EOF, OPEN, CLOSE or TEXT. */
  type = EOF;
  /** OPEN and CLOSE: the local name as [nameStart, nameEnd) of `src`. */
  nameStart = 0;
  nameEnd = 0;
  /** OPEN: the attributes as [attrStart, attrEnd) of `src`; whether the tag closes itself (`<a/>`). */
  attrStart = 0;
  attrEnd = 0;
  selfClosing = false;
  /** TEXT: [textStart, textEnd) of `src`; `cdata` when it is a CDATA section (taken verbatim). */
  textStart = 0;
  textEnd = 0;
  cdata = false;
  private pos: number;

  constructor(
    readonly src: string,
    start = 0,
    private readonly end = src.length,
  ) {
    this.pos = start;
  }

  /** Moves to the next token and returns its type. */
  next(): number {
    const s = this.src;
    const end = this.end;
    for (;;) {
      let p = this.pos;
      if (p >= end) return (this.type = EOF);
      if (s.charCodeAt(p) !== LT) {
        let lt = s.indexOf('<', p);
        if (lt < 0 || lt > end) lt = end;
        this.textStart = p;
        this.textEnd = lt;
        this.cdata = false;
        this.pos = lt;
        return (this.type = TEXT);
      }
      const c1 = s.charCodeAt(p + 1);
      if (c1 === 33 /* ! */) {
        if (s.startsWith('<!--', p)) {
          const close = s.indexOf('-->', p + 4);
          this.pos = close < 0 ? end : close + 3;
          continue;
        }
        if (s.startsWith('<![CDATA[', p)) {
          const close = s.indexOf(']]>', p + 9);
          this.textStart = p + 9;
          this.textEnd = close < 0 ? end : close;
          this.cdata = true;
          this.pos = close < 0 ? end : close + 3;
          return (this.type = TEXT);
        }
        // <!DOCTYPE …> with an optional internal subset […]: skipped, never expanded.
        const gt = s.indexOf('>', p + 2);
        let bracket = -1;
        for (let k = p + 2, stop = gt < 0 ? end : gt; k < stop; k++)
          if (s.charCodeAt(k) === 91 /* [ */) {
            bracket = k;
            break;
          }
        if (bracket >= 0) {
          const close = s.indexOf(']', bracket);
          const after = close < 0 ? -1 : s.indexOf('>', close);
          this.pos = after < 0 ? end : after + 1;
        } else this.pos = gt < 0 ? end : gt + 1;
        continue;
      }
      if (c1 === 63 /* ? */) {
        const close = s.indexOf('?>', p + 2);
        this.pos = close < 0 ? end : close + 2;
        continue;
      }
      if (c1 === SLASH) {
        let gt = s.indexOf('>', p + 2);
        if (gt < 0 || gt > end) gt = end;
        let a = p + 2;
        let b = gt;
        while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
        // The prefix ends at the last colon inside the name (searched within the name only: linear overall).
        for (let k = b - 1; k >= a; k--)
          if (s.charCodeAt(k) === COLON) {
            a = k + 1;
            break;
          }
        this.nameStart = a;
        this.nameEnd = b;
        this.pos = gt + 1;
        return (this.type = CLOSE);
      }
      // A start tag: its name, then attributes up to the `>` that is not inside a quoted value.
      p++;
      const nameFrom = p;
      let colon = -1;
      for (; p < end; p++) {
        const c = s.charCodeAt(p);
        if (isSpace(c) || c === GT || c === SLASH) break;
        if (c === COLON) colon = p;
      }
      this.nameStart = colon >= 0 ? colon + 1 : nameFrom;
      this.nameEnd = p;
      this.attrStart = p;
      let quote = 0;
      for (; p < end; p++) {
        const c = s.charCodeAt(p);
        if (quote) {
          if (c === quote) quote = 0;
        } else if (c === QUOT || c === APOS) quote = c;
        else if (c === GT) break;
      }
      this.selfClosing = p > this.attrStart && s.charCodeAt(p - 1) === SLASH;
      this.attrEnd = this.selfClosing ? p - 1 : p;
      this.pos = p + 1;
      return (this.type = OPEN);
    }
  }

  /** Whether the current OPEN or CLOSE token's local name is `name`. */
  is(name: string): boolean {
    return this.nameEnd - this.nameStart === name.length && this.src.startsWith(name, this.nameStart);
  }

  /** The current local name (allocates; for rare elements). */
  name(): string {
    return this.src.slice(this.nameStart, this.nameEnd);
  }

  /** The current TEXT token's characters, entities decoded (CDATA verbatim), line ends normalised. */
  text(): string {
    const raw = this.src.slice(this.textStart, this.textEnd);
    return this.cdata ? raw.replace(/\r\n?/g, '\n') : decodeXml(raw);
  }

  /** Attributes of the current OPEN token by local name (prefix dropped; `r:id` is also kept whole), decoded. */
  attrs(): Record<string, string> {
    return parseAttrs(this.src, this.attrStart, this.attrEnd);
  }

  /** Skips to the token after the end of the element just opened (or does nothing for a self-closing one). */
  skipElement(): void {
    if (this.type !== OPEN || this.selfClosing) return;
    let depth = 1;
    while (depth > 0) {
      const t = this.next();
      if (t === EOF) return;
      if (t === OPEN && !this.selfClosing) depth++;
      else if (t === CLOSE) depth--;
    }
  }
}

/** Attributes in [from, to) of `s`: by local name, and by full name when prefixed. Values decoded. */
export function parseAttrs(s: string, from: number, to: number): Record<string, string> {
  const out: Record<string, string> = {};
  let p = from;
  while (p < to) {
    while (p < to && isSpace(s.charCodeAt(p))) p++;
    const nameFrom = p;
    while (p < to) {
      const c = s.charCodeAt(p);
      if (c === EQ || isSpace(c)) break;
      p++;
    }
    const name = s.slice(nameFrom, p);
    while (p < to && isSpace(s.charCodeAt(p))) p++;
    if (s.charCodeAt(p) !== EQ) {
      p++;
      continue;
    }
    p++;
    while (p < to && isSpace(s.charCodeAt(p))) p++;
    const q = s.charCodeAt(p);
    if (q !== QUOT && q !== APOS) continue;
    let close = s.indexOf(q === QUOT ? '"' : "'", p + 1);
    if (close < 0 || close > to) close = to;
    const value = decodeXml(s.slice(p + 1, close));
    p = close + 1;
    if (!name) continue;
    const colon = name.indexOf(':');
    out[name] = value;
    if (colon >= 0 && !name.startsWith('xmlns')) {
      const local = name.slice(colon + 1);
      if (!(local in out)) out[local] = value;
    }
  }
  return out;
}

const RE_ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Character data as an XML parser gives it: line ends normalised, predefined entities and character references decoded. */
export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0 && s.indexOf('\r') < 0) return s;
  return s.replace(/\r\n?/g, '\n').replace(RE_ENTITY, (whole, hex: string, dec: string, name: string) => {
    if (name) return NAMED[name];
    const cp = parseInt(hex ?? dec, hex ? 16 : 10);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
  });
}

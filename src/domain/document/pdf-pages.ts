// How many pages a PDF has: the /Count of its page tree's root (the largest /Count of a /Type /Pages node), read
// from the raw bytes. LibreOffice writes its page tree uncompressed; a PDF whose page tree sits in object streams
// gives null, and the caller says the count is unknown.

const PAGES = /\/Type\s*\/Pages\b/g;
const COUNT = /\/Count\s+(\d{1,7})\b/;

export function pdfPageCount(bytes: Uint8Array): number | null {
  // Latin-1 text of the bytes, in slices: PDF syntax is ASCII.
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, Math.min(bytes.length, i + 8192))));
  let best: number | null = null;
  for (const m of text.matchAll(PAGES)) {
    // The dictionary around this /Type /Pages: from its opening “<<” to its closing “>>”.
    const open = text.lastIndexOf('<<', m.index);
    const close = text.indexOf('>>', m.index);
    if (open < 0 || close < 0) continue;
    const count = COUNT.exec(text.slice(open, close));
    if (count) best = Math.max(best ?? 0, Number(count[1]));
  }
  return best;
}

// Benchmark body: the XML scanner over malformed XML (cells never closed, quotes never closed, comments never ended)
// at two sizes; prints {small, large} in ms for each kind, to show the time grows linearly.
import { EOF, XmlScanner } from '../../src/domain/xml-scan';

const kinds: Record<string, (n: number) => string> = {
  'thẻ <c> không đóng': (n) => '<sheetData><row r="1">' + '<c r="A1" t="inlineStr"><is><t>x</t></is>'.repeat(n),
  'thẻ đóng thiếu >': (n) => '</c'.repeat(n),
  'DOCTYPE lặp lại': (n) => '<!DOCTYPE a>'.repeat(n) + '[',
  'dấu nháy không đóng': (n) => '<a b="1">'.repeat(n) + '<a b="',
};
const time = (s: string) => {
  const t = performance.now();
  const sc = new XmlScanner(s);
  while (sc.next() !== EOF) if (sc.type === 1) sc.attrs();
  return performance.now() - t;
};
const out: Record<string, { small: number; large: number }> = {};
for (const [k, make] of Object.entries(kinds)) {
  const small = make(80_000);
  const large = make(320_000);
  time(small);
  out[k] = { small: Math.min(time(small), time(small)), large: Math.min(time(large), time(large)) };
}
process.stdout.write(JSON.stringify(out));

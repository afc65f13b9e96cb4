// Builds the CLI (dist/cli/dvk.cjs) and the Apps Script bundle (build/gas/, what clasp pushes).
import { build } from 'esbuild';
import { mkdir, copyFile, writeFile, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const gasDir = join(root, 'build/gas');
/**
 * build/gas is the add-on (menu under Extensions), unless DVK_BOUND=1: then a script bound to one spreadsheet, with
 * a top-level “Dân vận khéo” menu. The other files are the same; the bound variant's Code.js is always also written
 * to build/gas-bound/ (for the tests, which load both).
 */
const BOUND = process.env.DVK_BOUND === '1';
const boundDir = join(root, 'build/gas-bound');

/**
 * Dialogs and sidebars: page script + body markup (+ CSS, whose @imports are bundled, e.g. src/sheets/ui/addon.css)
 * → one self-contained build/gas/<name>.html for HtmlService, script and styles inlined.
 */
const DIALOGS = [
  { name: 'AggregateDialog', title: 'Tổng hợp danh sách đăng ký', script: 'src/sheets/dialog/aggregate-dialog.ts', html: 'src/sheets/dialog/aggregate.html', css: 'src/sheets/dialog/aggregate.css' },
  { name: 'ResultsSidebar', title: 'Kết quả kiểm tra', script: 'src/sheets/ui/results/page.ts', html: 'src/sheets/ui/results/page.html', css: 'src/sheets/ui/results/page.css' },
  { name: 'GenerateDialog', title: 'Soạn văn bản', script: 'src/sheets/generate/page.ts', html: 'src/sheets/generate/page.html', css: 'src/sheets/generate/page.css' },
  { name: 'ReturnDialog', title: 'Trả lại danh sách', script: 'src/sheets/return/page.ts', html: 'src/sheets/return/page.html', css: 'src/sheets/return/page.css' },
  { name: 'RemindDialog', title: 'Nhắc đơn vị', script: 'src/sheets/collect/remind-page.ts', html: 'src/sheets/collect/remind.html', css: 'src/sheets/collect/remind.css' },
  { name: 'DistributeDialog', title: 'Gửi biểu mẫu cho đơn vị', script: 'src/sheets/collect/distribute-page.ts', html: 'src/sheets/collect/distribute.html', css: 'src/sheets/collect/distribute.css' },
];

async function buildCli() {
  await build({
    entryPoints: [join(root, 'src/cli/dvk.ts')],
    outfile: join(root, 'dist/cli/dvk.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

/** Sizes of the built pages, for the build's last line. */
const pageSizes = [];

/**
 * The functions Apps Script must see by name (triggers, menu handlers, google.script.run calls) are main.ts's exports,
 * read from esbuild's metafile of an ESM build of it: nothing to list by hand.
 */
async function entryPoints() {
  const r = await build({
    entryPoints: [join(root, 'src/sheets/main.ts')],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    mainFields: ['browser', 'module', 'main'],
    format: 'esm',
    outdir: join(root, 'build/.entry'),
    logLevel: 'warning',
    define: { __DVK_ADDON__: 'true' },
  });
  const out = Object.values(r.metafile.outputs).find((o) => o.entryPoint);
  if (!out?.exports?.length) throw new Error('build: src/sheets/main.ts exports nothing');
  return out.exports;
}

/** Apps Script only sees top-level function declarations: one stub per export of main.ts after the bundle. */
const stubs = (await entryPoints()).map((n) => `function ${n}(){return DVK.${n}.apply(this,arguments)}`).join('\n');

/** Code.js: the bundle of src/sheets/main.ts, for the add-on or for a bound script (src/sheets/menu.ts). */
async function buildCode(addon) {
  const result = await build({
    entryPoints: [join(root, 'src/sheets/main.ts')],
    bundle: true,
    write: false,
    // Browser resolution: pizzip's package.json `browser` map swaps out its node:stream/fs parts (esbuild applies
    // that map only for this platform), so docxtemplater and pizzip run in Apps Script, which has no Node APIs.
    platform: 'browser',
    mainFields: ['browser', 'module', 'main'],
    // The built-in templates (templates/*.docx) are embedded as base64 strings, decoded only when used.
    format: 'iife',
    globalName: 'DVK',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    define: { __DVK_ADDON__: JSON.stringify(addon) },
  });
  return result.outputFiles[0].text + stubs + '\n';
}

async function buildGas() {
  await rm(gasDir, { recursive: true, force: true });
  await rm(boundDir, { recursive: true, force: true });
  await mkdir(gasDir, { recursive: true });
  await mkdir(boundDir, { recursive: true });
  await writeFile(join(gasDir, 'Code.js'), await buildCode(!BOUND));
  await writeFile(join(boundDir, 'Code.js'), await buildCode(false));
  // The document engine (docxtemplater, pizzip, the built-in templates) is a string in DocEngine.js, evaluated
  // only when a document is made (src/sheets/generate/engine-loader.ts): scanning a string literal costs far
  // less than parsing the code, so the other menu clicks stay light.
  const engine = await build({
    entryPoints: [join(root, 'src/sheets/generate/engine.ts')],
    bundle: true,
    write: false,
    platform: 'browser',
    mainFields: ['browser', 'module', 'main'],
    loader: { '.docx': 'base64' },
    format: 'iife',
    globalName: 'DVK_ENGINE',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const engineSource = engine.outputFiles[0].text;
  await writeFile(join(gasDir, 'DocEngine.js'), `var DVK_ENGINE_SOURCE=${JSON.stringify(engineSource)};\n`);
  pageSizes.push(`DocEngine.js ${(engineSource.length / 1024).toFixed(1)} KiB`);
  await copyFile(join(root, 'appsscript.json'), join(gasDir, 'appsscript.json'));
  for (const d of DIALOGS) {
    const js = await build({
      entryPoints: [join(root, d.script)],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'iife',
      target: 'es2019',
      minify: true,
      legalComments: 'none',
      logLevel: 'warning',
    });
    const script = js.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
    const body = (await readFile(join(root, d.html), 'utf8')).replace(/^<!--.*?-->\n/, '');
    let style = '';
    if (d.css) {
      const css = await build({ entryPoints: [join(root, d.css)], bundle: true, write: false, minify: true, target: 'chrome100', logLevel: 'warning' });
      style = `<style>${css.outputFiles[0].text.replace(/<\/(style)/gi, '<\\/$1')}</style>`;
    }
    // One shell for every page: the files under src/sheets hold only their body markup.
    const page =
      '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<base target="_top">\n<meta charset="utf-8">\n' +
      `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${d.title}</title>\n${style}\n</head>\n<body>\n` +
      `${body}<script>${script}</script>\n</body>\n</html>\n`;
    pageSizes.push(`${d.name}.html ${(Buffer.byteLength(page) / 1024).toFixed(1)} KiB`);
    await writeFile(join(gasDir, `${d.name}.html`), page);
  }
}

await mkdir(join(root, 'dist/cli'), { recursive: true });
await Promise.all([buildCli(), buildGas()]);
const size = (await readFile(join(gasDir, 'Code.js'))).length;
console.log(
  `build: dist/cli/dvk.cjs, build/gas/Code.js (${BOUND ? 'bound script, top-level menu' : 'add-on'}, ${(size / 1024).toFixed(1)} KiB), ${pageSizes.join(', ')}`,
);

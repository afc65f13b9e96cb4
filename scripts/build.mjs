// Builds the CLI (dist/cli/dvk.cjs) and the Apps Script bundle (build/gas/, what clasp pushes).
import { build } from 'esbuild';
import { mkdir, copyFile, writeFile, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const gasDir = join(root, 'build/gas');

/** Global functions Apps Script must see by name (menu handlers, triggers, sidebar calls). */
export const GAS_GLOBALS = [
  'onOpen',
  'onInstall',
  'menuSetup',
  'menuValidate',
  'menuAggregate',
  // called by the aggregation dialog (google.script.run)
  'aggregateInit',
  'aggregateStart',
  'aggregateStep',
  'aggregateFinish',
];

/** Dialogs: page script + HTML template → one self-contained build/gas/<name>.html for HtmlService. */
const DIALOGS = [{ name: 'AggregateDialog', script: 'src/sheets/dialog/aggregate-dialog.ts', html: 'src/sheets/dialog/aggregate.html' }];

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

async function buildGas() {
  await rm(gasDir, { recursive: true, force: true });
  await mkdir(gasDir, { recursive: true });
  const result = await build({
    entryPoints: [join(root, 'src/sheets/main.ts')],
    bundle: true,
    write: false,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    format: 'iife',
    globalName: 'DVK',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  // Apps Script only sees top-level function declarations: emit one stub per global.
  const stubs = GAS_GLOBALS.map((n) => `function ${n}(){return DVK.${n}.apply(this,arguments)}`).join('\n');
  await writeFile(join(gasDir, 'Code.js'), result.outputFiles[0].text + stubs + '\n');
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
    const template = await readFile(join(root, d.html), 'utf8');
    if (!template.includes('<!-- script -->')) throw new Error(`${d.html}: no <!-- script --> placeholder`);
    await writeFile(join(gasDir, `${d.name}.html`), template.replace('<!-- script -->', () => `<script>${script}</script>`));
  }
}

await mkdir(join(root, 'dist/cli'), { recursive: true });
await Promise.all([buildCli(), buildGas()]);
const size = (await readFile(join(gasDir, 'Code.js'))).length;
console.log(`build: dist/cli/dvk.cjs, build/gas/Code.js (${(size / 1024).toFixed(1)} KiB)`);

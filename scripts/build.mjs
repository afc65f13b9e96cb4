// Builds the CLI (dist/cli/dvk.cjs) and the Apps Script bundle (build/gas/, what clasp pushes).
import { build } from 'esbuild';
import { mkdir, copyFile, writeFile, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const gasDir = join(root, 'build/gas');

/** Global functions Apps Script must see by name (menu handlers, triggers, sidebar calls). */
export const GAS_GLOBALS = ['onOpen', 'onInstall', 'menuSetup', 'menuValidate'];

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
  const html = join(root, 'build/html');
  void html;
}

await mkdir(join(root, 'dist/cli'), { recursive: true });
await Promise.all([buildCli(), buildGas()]);
const size = (await readFile(join(gasDir, 'Code.js'))).length;
console.log(`build: dist/cli/dvk.cjs, build/gas/Code.js (${(size / 1024).toFixed(1)} KiB)`);

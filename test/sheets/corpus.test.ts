// Issue 10 §4: the add-in reads Drive .xlsx files with the same reader as the CLI. In the built bundle, in the bare vm
// (no TextDecoder, no zlib: the pure inflater and decoder), every corpus workbook gives exactly the sources the CLI gives
// for the same bytes, and every hostile file the same Vietnamese refusal, without a stack.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceInput } from '../../src/domain/aggregate';
import { workbookSources } from '../../src/domain/workbook';
import { readWorkbookFile } from '../../src/cli/workbook';
import type { JobInfo } from '../../src/sheets/aggregate-api';
import { JobStore } from '../../src/sheets/job-store';
import { config, ok, serverOf } from './builders';
import { MIME } from './fake-gas';
import { session } from './session';

const ROOT = join(__dirname, '../..');
const CORPUS = join(ROOT, 'test/fixtures/corpus');
const HOSTILE = join(ROOT, 'test/fixtures/hostile');
const UPDATED = new Date(Date.UTC(2021, 6, 12, 3));

/** Runs start and every step of a folder job in the bundle; returns what each step stored, by file name. */
async function stepsOf(dir: string, names: string[]): Promise<Map<string, SourceInput[]>> {
  const s = session({ name: 'Kho tệp thật' });
  const folder = s.gas.addFolder('Tệp từ các đơn vị');
  for (const name of names) s.gas.addFile(folder, { name, mimeType: MIME.xlsx, bytes: new Uint8Array(readFileSync(join(dir, name))), updated: UPDATED });
  const server = serverOf(s);
  const job = ok<JobInfo>(await server.start({ kind: 'folder', folder }));
  for (let i = 0; i < job.sources.length; i++) ok(await server.step(job.jobId, i));
  const store = JobStore.find(s.gas.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet)!;
  const all = store.readAll();
  expect(s.logs).toEqual([]);
  return new Map(all.meta!.sources.map((item, i) => [item.name, all.sources[i]!]));
}

/** What the CLI gives for the same file, as the job store keeps it (JSON). */
async function cliSources(dir: string, name: string): Promise<unknown> {
  let inputs: SourceInput[];
  try {
    inputs = workbookSources(name, await readWorkbookFile(join(dir, name)), config, UPDATED.getTime());
  } catch (e) {
    inputs = [{ kind: 'unreadable', source: { file: name, sheet: null }, error: (e as Error).message.replace(join(dir, name), name) }];
  }
  return JSON.parse(JSON.stringify(inputs));
}

describe('the Drive reader in the bare vm is the CLI reader', () => {
  const corpus = readdirSync(CORPUS).filter((n) => n.endsWith('.xlsx'));
  const hostile = readdirSync(HOSTILE).filter((n) => n.endsWith('.xlsx'));

  it('every corpus workbook gives the same sources (lists, units, models, findings)', async () => {
    expect(corpus.length).toBeGreaterThan(20);
    const stored = await stepsOf(CORPUS, corpus);
    for (const name of corpus) expect(stored.get(name), name).toEqual(await cliSources(CORPUS, name));
  });

  it('every hostile file gets the same Vietnamese refusal, bounded, no stack', async () => {
    const stored = await stepsOf(HOSTILE, hostile);
    for (const name of hostile) {
      const got = stored.get(name)!;
      expect(got, name).toEqual(await cliSources(HOSTILE, name));
      expect(got[0].kind, name).toBe('unreadable');
      expect(JSON.stringify(got)).not.toMatch(/\bat .+:\d+:\d+|Error:/);
    }
  });
});

// Spawns the built CLI (dist/cli/dvk.cjs, made by `npm run build`) the way an officer runs it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../..');
export const CLI = join(ROOT, 'dist/cli/dvk.cjs');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function dvk(args: string[], cwd = ROOT): Run {
  if (!existsSync(CLI)) throw new Error('dist/cli/dvk.cjs is missing: run `npm run build` first');
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

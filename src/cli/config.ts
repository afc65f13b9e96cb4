// Loads the campaign config for a CLI command: --config file.json or --preset NAME (default preset otherwise).
import { parseConfig, type Config } from '../domain/config';
import { DEFAULT_PRESET, PRESETS, presetConfig } from '../domain/presets';
import { UserError } from './errors';
import { readJsonFile } from './json-file';

export async function loadConfig(opts: { config?: string; preset?: string }): Promise<Config> {
  if (opts.config && opts.preset) throw new UserError('Chỉ dùng một trong hai: --config hoặc --preset.');
  if (opts.config) {
    const json = await readJsonFile(opts.config, 'cấu hình');
    const r = parseConfig(json);
    if (!r.ok)
      throw new UserError(
        `${opts.config}: cấu hình không hợp lệ (${r.problems.length} lỗi):\n` +
          r.problems.map((p) => `  - ${p.path}: ${p.message}`).join('\n'),
      );
    return r.config;
  }
  const name = opts.preset ?? DEFAULT_PRESET;
  const c = presetConfig(name);
  if (!c)
    throw new UserError(
      `Không có bộ cấu hình mẫu “${name}”. Các bộ có sẵn:\n` +
        Object.entries(PRESETS)
          .map(([k, p]) => `  - ${k}: ${p.description}`)
          .join('\n'),
    );
  return c;
}

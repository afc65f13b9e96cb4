// Validation of one registration list: read the grid, run the rules, add the Vietnamese words.
import type { Config } from './config';
import type { Grid } from './grid';
import type { ListResult } from './model';

export interface ValidateOptions {
  /** Extra names that may identify the submitting unit when the title lines do not (sheet name, file name). */
  hints?: string[];
  /** Reference date (YYYY-MM-DD) for units' validFrom/validTo; defaults to the config deadline. */
  date?: string;
}

export function validateList(grid: Grid, config: Config, opts: ValidateOptions = {}): ListResult {
  void grid; void config; void opts;
  throw new Error('not implemented yet');
}

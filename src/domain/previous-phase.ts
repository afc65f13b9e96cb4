// The previous phase (2021–2025) against this one (2026–2030): a model registered as “Tiếp tục đăng ký” must be one of
// the previous phase's models of the same unit or of a unit it replaced (the config's replacedBy, so a ward continues
// the models of the communes merged into it); models recognised then that no list continues are listed for the officer.
import { successorChain, type Config } from './config';
import { markerUnit } from './form-marker';
import { cellText, type Grid } from './grid';
import { HEADER_SEARCH_ROWS } from './header';
import { MASTER_SHEET } from './master';
import { dice, RENAME_THRESHOLD } from './similarity';
import { foldCompact, foldKey } from './text';
import { visibleSheets } from './workbook';

/** A model of the previous phase, as its master list (ours, or one an office made by hand) gives it. */
export interface PhaseModel {
  unit: string;
  name: string;
  model: string;
  /** The level it was recognised at (“Cấp công nhận”), '' when it was not. */
  level: string;
  /** 1-based row in that sheet. */
  row: number;
}

export interface PreviousPhase {
  source: { file: string; sheet: string | null };
  models: PhaseModel[];
}

/** Folded, without spaces, the header words of each column (the tool's own master first, then what offices write). */
const HEADERS = {
  unit: ['donvi', 'tendonvi', 'donvidangky', 'donvigui', 'coquandonvi'],
  name: ['tentapthehoaccanhan', 'tentapthecanhan', 'tapthecanhan', 'tentapthehoaccanhanxaydungmohinhdienhinh', 'tentapthe'],
  model: ['tenmohinhhoacdienhinh', 'tenmohinh', 'tenmohinhdienhinh', 'mohinhdienhinh', 'mohinh'],
  level: ['capcongnhan', 'ketquacongnhan', 'capdacongnhan', 'dacongnhancap'],
};

/** The models of a previous phase's master: a header with a unit and a model column among the first rows; null when none. */
export function readPhaseTable(grid: Grid): PhaseModel[] | null {
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, grid.values.length); r++) {
    const row = grid.values[r].map((c) => foldCompact(cellText(c)));
    const at = (names: string[]) => {
      for (const n of names) {
        const i = row.indexOf(n);
        if (i >= 0) return i;
      }
      return -1;
    };
    const [unit, name, model, level] = [at(HEADERS.unit), at(HEADERS.name), at(HEADERS.model), at(HEADERS.level)];
    if (unit < 0 || model < 0) continue;
    const out: PhaseModel[] = [];
    for (let i = r + 1; i < grid.values.length; i++) {
      const v = grid.values[i];
      const get = (c: number) => (c < 0 ? '' : cellText(v[c]));
      if (!get(model)) continue;
      out.push({ unit: get(unit), name: get(name), model: get(model), level: get(level), row: i + 1 });
    }
    return out;
  }
  return null;
}

/** A model of this phase, as the aggregation has it. */
export interface CurrentModel {
  unit: string;
  model: string;
  regType: 'new' | 'continue' | null;
}

export interface Continuation {
  /** Continuing models (by index) that are none of the previous phase's, with a hint. */
  notFound: { index: number; similar?: string; otherUnit?: string }[];
  /** Models recognised in the previous phase that no model of this phase continues (same model of the same or a successor unit). */
  notContinued: PhaseModel[];
}

export function continuation(current: readonly CurrentModel[], previous: readonly PhaseModel[], config: Config): Continuation {
  // Each previous model belongs to its unit and to every unit that replaced it since.
  const familyOf = new Map<string, Set<string>>();
  const family = (unit: string): Set<string> => {
    const key = foldKey(unit);
    let f = familyOf.get(key);
    if (!f) {
      f = new Set([key]);
      const configured = markerUnit(unit, config).configured;
      if (configured) {
        f.add(foldKey(configured.name));
        for (const s of successorChain(config.units, configured) ?? []) f.add(foldKey(s.name));
      }
      familyOf.set(key, f);
    }
    return f;
  };
  const byModel = new Map<string, PhaseModel[]>();
  const byUnit = new Map<string, PhaseModel[]>(); // by every unit of the family
  const add = (map: Map<string, PhaseModel[]>, key: string, p: PhaseModel) => {
    const list = map.get(key);
    if (list) list.push(p);
    else map.set(key, [p]);
  };
  for (const p of previous) {
    add(byModel, foldKey(p.model), p);
    for (const u of family(p.unit)) add(byUnit, u, p);
  }
  const continued = new Set<PhaseModel>();
  const notFound: Continuation['notFound'] = [];
  current.forEach((m, index) => {
    const unit = foldKey(m.unit);
    const same = byModel.get(foldKey(m.model)) ?? [];
    const mine = same.filter((p) => family(p.unit).has(unit));
    for (const p of mine) continued.add(p);
    if (mine.length || m.regType !== 'continue' || !m.model) return;
    if (same.length) {
      notFound.push({ index, otherUnit: same[0].unit });
      return;
    }
    let best: PhaseModel | null = null;
    let score = RENAME_THRESHOLD;
    for (const p of byUnit.get(unit) ?? []) {
      const s = dice(p.model, m.model);
      if (s >= score) [best, score] = [p, s];
    }
    notFound.push(best ? { index, similar: best.model } : { index });
  });
  return { notFound, notContinued: previous.filter((p) => p.level && !continued.has(p)) };
}

/** The previous phase in a workbook: its “Tổng hợp” sheet, else the first visible sheet with such a table; null when none. */
export function phaseOfWorkbook(file: string, sheets: { name: string; grid: Grid; hidden: boolean }[]): PreviousPhase | null {
  const visible = visibleSheets(sheets);
  const ordered = [...visible.filter((s) => s.name === MASTER_SHEET), ...visible.filter((s) => s.name !== MASTER_SHEET)];
  for (const s of ordered) {
    const models = readPhaseTable(s.grid);
    if (models) return { source: { file, sheet: s.name }, models };
  }
  return null;
}

/** Why a previous phase could not be used (both adapters). */
export const NO_PHASE_TABLE = (file: string) =>
  `${file}: không tìm thấy bảng mô hình giai đoạn trước (cần một dòng tiêu đề có cột “Đơn vị” và cột “Tên mô hình hoặc điển hình”).`;

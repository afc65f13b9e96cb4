// What the sections of a document's tag data share: the input, the models the document lists (grouped by unit), the
// results of the follow-up, and the small formatting rules more than one section uses.
import type { Aggregate, FunnelCounts, AggregatedModel, UnitSummary } from '../../aggregate';
import { DEFAULT_MOBILISED, type Config } from '../../config';
import { KIND_LABEL } from '../../kind';
import { collator, foldLoose, nfc } from '../../text';
import { lowerFirst, padCount, parseIsoDate, roman, shortDate, typeNameOf } from '../lines';
import type { DocumentMeta } from '../meta';
import { choosePack, type RulePack } from '../packs';
import { chosenLevel, levelList, levelOfModel, levelPhrase, modelsAtLevel, type Level } from '../recognition-level';
import type { TableGroup } from '../tables';
import { BUILTIN_TEMPLATES, type BuiltinName } from '../templates';

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };
export type TagData = { [key: string]: Value };

/** A model as a document lists it: a row of the aggregation's master list. */
export type DocumentModel = Pick<AggregatedModel, 'unit' | 'unitType' | 'name' | 'model' | 'regType' | 'field' | 'extra' | 'kind' | 'officer'>;

/** What the aggregation hands the documents, as it is: its statistics, the units that sent nothing, its models. */
export type DocumentAggregate = Pick<Aggregate, 'summary' | 'missingUnits'> & { models: readonly DocumentModel[] };

export interface DocumentInput {
  meta: DocumentMeta;
  config: Config;
  aggregate: DocumentAggregate;
  /** The models this document lists when not all of the aggregate's (one document per model); the statistics stay the aggregate's. */
  models?: readonly DocumentModel[];
  /** The built-in template being filled, if any: gives the type name when the metadata has none. */
  template?: BuiltinName;
  /** The rule packs to choose from (by default every pack of packs/). */
  packs?: readonly RulePack[];
}

/** “;” after every item but the last, which gets “.”. */
export const endMark = (i: number, n: number) => (i === n - 1 ? '.' : ';');

/** Quota as a table cell (“3”, “≥ 1”) and as prose (“03 mô hình”; per unit type: “mỗi đơn vị 03 mô hình”). */
export function quotaTexts(q: { min?: number; max?: number }, perUnit = false): { short: string; full: string } {
  const { min, max } = q;
  const each = perUnit ? 'mỗi đơn vị ' : '';
  if (min !== undefined && max !== undefined) {
    if (min === max) return { short: String(min), full: `${each}${padCount(min)} mô hình` };
    return { short: `${min}–${max}`, full: `${each}từ ${padCount(min)} đến ${padCount(max)} mô hình` };
  }
  if (min !== undefined) return { short: `≥ ${min}`, full: `${each}ít nhất ${padCount(min)} mô hình` };
  if (max !== undefined) return { short: `≤ ${max}`, full: `${each}tối đa ${padCount(max)} mô hình` };
  return { short: '', full: perUnit ? 'không giao chỉ tiêu' : 'không có chỉ tiêu' };
}

export function statusText(s: Pick<UnitSummary, 'count' | 'quota' | 'status'>): string {
  const { min, max } = s.quota;
  switch (s.status) {
    case 'ok':
      return 'Đạt';
    case 'under':
      return min !== undefined ? `Thiếu ${Math.max(min - s.count, 0)}` : 'Thiếu';
    case 'over':
      return max !== undefined ? `Vượt ${Math.max(s.count - max, 0)}` : 'Vượt';
    case 'missing':
      return 'Chưa gửi';
  }
}

const REG_TEXT = { new: 'Đăng ký xây dựng mới', continue: 'Tiếp tục đăng ký' } as const;
/** The built-in templates whose fixed text names whom the models mobilise (`doi_tuong_van_dong`). */
const NAMES_MOBILISED: ReadonlySet<BuiltinName> = new Set(['ke-hoach', 'huong-dan']);

/** Keys of a campaign's extra columns that can be tags. */
export const KEY = /^[a-z][a-z0-9_]*$/;

const recognisedOn = (s: string) => (parseIsoDate(s) ? shortDate(s) : nfc(s.trim()));

/** The follow-up results a report shows, or null when there are none yet; rows by kind, field and unit. */
export interface Results {
  counts: Aggregate['summary']['funnel'];
  /** Recognition levels as columns: the config's, and “Cấp khác” when some model names another. */
  levelCols: Level[];
  kindRows: [string, FunnelCounts][];
  fieldRows: [string, FunnelCounts][];
  unitRows: [string, FunnelCounts][];
}

/** What every section may read: the input, the type name, the level, the models listed and their grouping. */
export interface DocumentContext {
  meta: DocumentMeta;
  config: Config;
  summary: Aggregate['summary'];
  missingUnits: readonly string[];
  /** The rule pack the document follows: its profile's, in force on its date. */
  pack: RulePack;
  /** The recognition levels of the config. */
  levels: readonly Level[];
  /** Metadata, else the built-in template's, else the symbol's; '' when none. */
  typeName: string;
  /** The subject: the metadata's, else the campaign title. */
  subject: string;
  /** Whom the models mobilise, in running text: the config's `mobilised`, else DEFAULT_MOBILISED. */
  mobilised: string;
  /** The recognition level the metadata chooses (cap_cong_nhan), if any. */
  level: Level | null;
  /** The models the document lists: all of them, or those recognised at the chosen level. */
  models: readonly DocumentModel[];
  /** Units of the listed models, in Vietnamese order, with their models as items of the `mo_hinh` loop. */
  unitNames: string[];
  byUnit: Map<string, DocumentModel[]>;
  modelItems: Map<string, TagData[]>;
  /** The listed models as the list table's groups. */
  tableGroups: TableGroup[];
  results: Results | null;
  fieldLabel: (code: string | null) => string;
  typeLabel: (code: string | null) => string;
  warnings: string[];
  problems: string[];
}

export function documentContext(input: DocumentInput): DocumentContext {
  const { meta, config } = input;
  const summary = input.aggregate.summary;
  const documentModels = input.models ?? input.aggregate.models;
  const warnings: string[] = [];
  const problems: string[] = [];
  const { pack, before } = choosePack(meta.the_thuc, meta.ngay, input.packs);
  const builtin = input.template ? BUILTIN_TEMPLATES[input.template] : undefined;
  const levels = config.recognitionLevels ?? [];

  // Type name: metadata, else the built-in template's, else the symbol's.
  const symbolType = typeNameOf(meta.ky_hieu);
  const typeName = meta.loai_van_ban ?? builtin?.typeName ?? symbolType ?? '';
  if (!typeName) warnings.push(`Chưa rõ tên loại văn bản: ký hiệu “${meta.ky_hieu}” không bắt đầu bằng chữ viết tắt tên loại; ghi khóa “loai_van_ban”.`);
  if (builtin && !meta.loai_van_ban && symbolType && symbolType !== builtin.typeName)
    warnings.push(`Ký hiệu “${meta.ky_hieu}” là của ${lowerFirst(symbolType)} nhưng mẫu là ${lowerFirst(builtin.typeName)} (thường dùng “${builtin.abbr}${pack.number.typeSeparator}…”).`);
  if (meta.so === undefined) warnings.push('Chưa có số văn bản: để trống để văn thư ghi khi vào sổ.');
  if (!meta.ngay) warnings.push('Chưa có ngày ban hành: để trống ngày, tháng, năm.');
  if (before) warnings.push(`Ngày ban hành ${meta.ngay} có trước ${pack.name} (hiệu lực từ ${pack.validFrom}): văn bản vẫn được trình bày theo quy định này.`);
  const subject = meta.trich_yeu ?? config.title;
  if (!meta.trich_yeu) warnings.push(`Chưa có trích yếu: dùng tên đợt trong cấu hình (“${config.title}”).`);
  const mobilised = nfc(config.mobilised ?? DEFAULT_MOBILISED);
  if (!config.mobilised && input.template && NAMES_MOBILISED.has(input.template))
    warnings.push(
      `Cấu hình chưa ghi đối tượng vận động (dòng “Đối tượng vận động” của trang “Cấu hình”, khóa “mobilised”): văn bản ghi “${mobilised}”.`,
    );

  // A decision at one recognition level lists exactly the models recognised at that level.
  const chosen = chosenLevel(meta, config);
  const level = chosen.level;
  for (const p of chosen.problems) problems.push(`Khóa “${p.path}”: ${p.message}.`);
  let models = documentModels;
  if (level) {
    models = modelsAtLevel(documentModels, levels, level);
    if (!models.length)
      warnings.push(
        `Chưa có mô hình nào được công nhận ${levelPhrase(level.label)} (cột “Cấp công nhận” của bảng tổng hợp): danh sách kèm theo để trống.`,
      );
  } else if (!meta.cap_cong_nhan && (input.template === 'quyet-dinh' || (!builtin && foldLoose(typeName) === 'quyet dinh'))) {
    warnings.push(
      `Chưa chọn cấp công nhận (khóa “cap_cong_nhan”): quyết định và danh sách kèm theo gồm tất cả ${documentModels.length} mô hình, kể cả mô hình chưa được công nhận` +
        (levels.length ? `; các cấp: ${levelList(levels)}.` : '.'),
    );
  }

  const labels = new Map(config.fields.map((f) => [f.code, f.label]));
  const fieldLabel = (code: string | null) => (code ? (labels.get(code) ?? code) : '');
  const typeLabel = (code: string | null) => config.unitTypes.find((t) => t.code === code)?.label ?? '';

  // Models, grouped by unit in Vietnamese order; numbering runs through the whole list.
  const byUnit = new Map<string, DocumentModel[]>();
  for (const m of models) {
    const key = nfc(m.unit.trim());
    const list = byUnit.get(key) ?? [];
    list.push(m);
    byUnit.set(key, list);
  }
  const unitNames = [...byUnit.keys()].sort(collator.compare);
  let stt = 0;
  const modelItems = new Map<string, TagData[]>();
  const tableGroups: TableGroup[] = [];
  for (const [gi, unit] of unitNames.entries()) {
    const list = byUnit.get(unit)!;
    const items = list.map((m, i): TagData => {
      stt++;
      const extras: TagData = {};
      for (const [k, v] of Object.entries(m.extra)) if (KEY.test(k)) extras[k] = nfc(v);
      return {
        ...extras,
        stt,
        stt_trong_don_vi: i + 1,
        ten_don_vi: unit,
        ten_tap_the: nfc(m.name),
        ten_mo_hinh: nfc(m.model),
        tiep_tuc: m.regType === 'continue' ? 'x' : '',
        moi: m.regType === 'new' ? 'x' : '',
        hinh_thuc: m.regType ? REG_TEXT[m.regType] : '',
        ma_linh_vuc: m.field ?? '',
        ten_linh_vuc: fieldLabel(m.field),
        tap_the_ca_nhan: m.kind ? KIND_LABEL[m.kind] : '',
        trien_khai: nfc(m.officer?.implementation ?? ''),
        cap_duoc_cong_nhan: levelOfModel(levels, m)?.label ?? nfc(m.officer?.level ?? ''),
        ngay_cong_nhan: recognisedOn(m.officer?.recognisedOn ?? ''),
        de_nghi_khen_thuong: nfc(m.officer?.commendation ?? ''),
        ghi_chu_theo_doi: nfc(m.officer?.note ?? ''),
        dau_cuoi: endMark(i, list.length),
      };
    });
    modelItems.set(unit, items);
    tableGroups.push({
      heading: `${roman(gi + 1)}. ${unit} (${padCount(list.length)} mô hình)`,
      models: list.map((m, i) => ({
        stt: items[i].stt as number,
        name: nfc(m.name),
        model: nfc(m.model),
        regType: m.regType,
        field: m.field,
        extra: m.extra,
      })),
    });
  }

  // Results of the follow-up: registered → effective → recognised (per level) → proposed. A report made right
  // after registration has none yet (no officer value at all): then no results section and no empty table.
  const funnel = summary.funnel;
  const followed = documentModels.some((m) => m.officer && (m.officer.implementation || m.officer.level || m.officer.commendation));
  const counts = funnel && (funnel.effective + funnel.recognised + funnel.proposed > 0 || followed) ? funnel : null;
  const results: Results | null = counts
    ? {
        counts,
        levelCols: [...levels, ...(counts.byLevel.khac ? [{ code: 'khac', label: 'Cấp khác' }] : [])],
        kindRows: [
          [KIND_LABEL['tap-the'], counts.byKind['tap-the']],
          [KIND_LABEL['ca-nhan'], counts.byKind['ca-nhan']],
          ...(counts.byKind.unknown.registered ? [['Chưa xác định tập thể, cá nhân', counts.byKind.unknown] as [string, FunnelCounts]] : []),
        ],
        fieldRows: config.fields.filter((f) => counts.byField[f.code]).map((f) => [f.label, counts.byField[f.code]]),
        unitRows: [...counts.byUnit]
          .filter((u) => u.registered > 0)
          .sort((a, b) => collator.compare(a.unit, b.unit))
          .map((u) => [nfc(u.unit), u]),
      }
    : null;

  return {
    meta,
    config,
    summary,
    missingUnits: input.aggregate.missingUnits,
    pack,
    levels,
    typeName,
    subject,
    mobilised,
    level,
    models,
    unitNames,
    byUnit,
    modelItems,
    tableGroups,
    results,
    fieldLabel,
    typeLabel,
    warnings,
    problems,
  };
}

// Builds the full tag data of a document from its metadata, the campaign config, the models and their statistics.
// Every formatted line is derived here so template authors never compute anything.
import type { Aggregate, FunnelCounts, MasterModel, UnitSummary } from '../aggregate';
import type { Config } from '../config';
import { KIND_LABEL } from '../kind';
import { collator, foldLoose, nfc } from '../text';
import {
  archiveLine,
  authorityLine,
  dateWords,
  issuingAuthority,
  joinVi,
  lowerFirst,
  normalizeSymbol,
  numberAndSymbol,
  numberLine,
  padCount,
  padNumber,
  parseIsoDate,
  percent,
  placeDateLine,
  recipientLines,
  roman,
  shortDate,
  signatureTitleLines,
  typeNameOf,
  upperFirst,
  upperVi,
} from './lines';
import { chosenLevel, levelList, levelOfModel, levelPhrase, modelsAtLevel, type Level } from './recognition-level';
import type { DocumentMeta } from './meta';
import { formTableXml, listTableXml, resultTableXml, type ResultRow, type TableGroup } from './tables';
import { tagsWithExtras, type TagSpec } from './tags';
import { BUILTIN_TEMPLATES, type BuiltinName } from './templates';

/** A model as a document lists it: a row of the aggregation's master list. */
export type DocumentModel = Pick<MasterModel, 'unit' | 'unitType' | 'name' | 'model' | 'regType' | 'field' | 'extra' | 'kind' | 'officer'>;

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
}

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };
export type TagData = { [key: string]: Value };

export interface DocumentData {
  data: TagData;
  /** The tag catalogue for this campaign (extra columns included), for the unknown-tag check. */
  tags: TagSpec[];
  /** Vietnamese notes about defaults taken (no number yet, no date yet…). */
  warnings: string[];
  /** Vietnamese problems with the metadata that stop the document (an unknown recognition level). */
  problems: string[];
}

const LINE_END = /[;,.:!?]$/;

/** “;” after every item but the last, which gets “.”. */
const endMark = (i: number, n: number) => (i === n - 1 ? '.' : ';');

/** Quota as a table cell (“3”, “≥ 1”) and as prose (“03 mô hình”; per unit type: “mỗi đơn vị 03 mô hình”). */
function quotaTexts(q: { min?: number; max?: number }, perUnit = false): { short: string; full: string } {
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

function statusText(s: Pick<UnitSummary, 'count' | 'quota' | 'status'>): string {
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
const KEY = /^[a-z][a-z0-9_]*$/;

/** The results in a sentence or two, for the report's body: what was reached first, then what was not. */
function resultSentence(f: FunnelCounts, levels: readonly Level[]): string {
  const steps: [number, string][] = [
    [f.effective, 'triển khai hiệu quả'],
    [f.recognised, 'được công nhận'],
    [f.proposed, 'được đề nghị khen thưởng'],
  ];
  const reached = steps.filter(([n]) => n > 0).map(([n, what]) => `${n} mô hình ${what} (${percent(n, f.registered)})`);
  const not = steps.filter(([n]) => n === 0).map(([, what]) => what);
  const notText = not.length > 1 ? `${not.slice(0, -1).join(', ')} hoặc ${not[not.length - 1]}` : (not[0] ?? '');
  const clauses = [...(reached.length ? [`có ${joinVi(reached)}`] : []), ...(not.length ? [`chưa có mô hình nào ${notText}`] : [])];
  let s = `Trong tổng số ${f.registered} mô hình, điển hình đã đăng ký, ${clauses.join('; ')}.`;
  const byLevel = [
    ...levels.map((l) => ({ n: f.byLevel[l.code] ?? 0, phrase: levelPhrase(l.label) })),
    { n: f.byLevel.khac ?? 0, phrase: 'cấp khác (không có trong cấu hình)' },
  ].filter((x) => x.n > 0);
  if (byLevel.length) s += ` Các mô hình được công nhận gồm: ${byLevel.map((x) => `${x.n} mô hình ${x.phrase}`).join('; ')}.`;
  return s;
}

/** Counts added up, level by level. */
function sumCounts(list: readonly FunnelCounts[]): FunnelCounts {
  const out: FunnelCounts = { registered: 0, effective: 0, recognised: 0, byLevel: {}, proposed: 0 };
  for (const c of list) {
    out.registered += c.registered;
    out.effective += c.effective;
    out.recognised += c.recognised;
    out.proposed += c.proposed;
    for (const [k, v] of Object.entries(c.byLevel)) out.byLevel[k] = (out.byLevel[k] ?? 0) + v;
  }
  return out;
}

const recognisedOn = (s: string) => (parseIsoDate(s) ? shortDate(s) : nfc(s.trim()));

const kindSentence = (label: string, c: FunnelCounts) =>
  `${label}: ${c.registered} mô hình đăng ký, ${c.effective} triển khai hiệu quả, ${c.recognised} được công nhận, ${c.proposed} được đề nghị khen thưởng`;

export function buildDocumentData(input: DocumentInput): DocumentData {
  const { meta, config } = input;
  const stats = input.aggregate.summary;
  const documentModels = input.models ?? input.aggregate.models;
  const warnings: string[] = [];
  const problems: string[] = [];
  const profile = meta.the_thuc;
  const builtin = input.template ? BUILTIN_TEMPLATES[input.template] : undefined;
  const levels = config.recognitionLevels ?? [];

  // Type name: metadata, else the built-in template's, else the symbol's.
  const symbolType = typeNameOf(meta.ky_hieu);
  const typeName = meta.loai_van_ban ?? builtin?.typeName ?? symbolType ?? '';
  if (!typeName) warnings.push(`Chưa rõ tên loại văn bản: ký hiệu “${meta.ky_hieu}” không bắt đầu bằng chữ viết tắt tên loại; ghi khóa “loai_van_ban”.`);
  if (builtin && !meta.loai_van_ban && symbolType && symbolType !== builtin.typeName)
    warnings.push(`Ký hiệu “${meta.ky_hieu}” là của ${lowerFirst(symbolType)} nhưng mẫu là ${lowerFirst(builtin.typeName)} (thường dùng “${builtin.abbr}${profile === 'dang' ? '/' : '-'}…”).`);
  if (meta.so === undefined) warnings.push('Chưa có số văn bản: để trống để văn thư ghi khi vào sổ.');
  if (!meta.ngay) warnings.push('Chưa có ngày ban hành: để trống ngày, tháng, năm.');
  const trichYeu = meta.trich_yeu ?? config.title;
  if (!meta.trich_yeu) warnings.push(`Chưa có trích yếu: dùng tên đợt trong cấu hình (“${config.title}”).`);

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

  const fieldLabel = new Map(config.fields.map((f) => [f.code, f.label]));
  const typeLabel = (code: string | null) => config.unitTypes.find((t) => t.code === code)?.label ?? '';
  const extraCols = config.columns ?? [];

  // Campaign
  const fields = config.fields.map((f, i, all) => {
    const n = stats.byField[f.code] ?? 0;
    return {
      stt: i + 1,
      ma: f.code,
      ten: f.label,
      ten_thuong: lowerFirst(f.label),
      so_luong: n,
      ty_le: percent(n, stats.total),
      dau_cuoi: endMark(i, all.length),
    };
  });
  const unitTypes = config.unitTypes.map((t, i, all) => {
    const q = quotaTexts(t.quota, true);
    return {
      stt: i + 1,
      ma: t.code,
      ten: t.label,
      chi_tieu: q.short,
      chi_tieu_day_du: q.full,
      so_don_vi: config.units.filter((u) => u.type === t.code).length,
      dau_cuoi: endMark(i, all.length),
    };
  });
  const withQuota = config.unitTypes.filter((t) => t.quota.min !== undefined || t.quota.max !== undefined);

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
        ten_linh_vuc: m.field ? (fieldLabel.get(m.field) ?? m.field) : '',
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
  const allModels = unitNames.flatMap((u) => modelItems.get(u)!);

  const unitItem = (
    name: string,
    type: string | null,
    count: number,
    quota: { min?: number; max?: number },
    status: UnitSummary['status'] | null,
    i: number,
    n: number,
  ): TagData => {
    const list = byUnit.get(name) ?? [];
    const q = quotaTexts(quota);
    return {
      stt: i + 1,
      stt_la_ma: roman(i + 1),
      ten: name,
      ten_hoa: upperVi(name),
      loai: typeLabel(type),
      so_mo_hinh: count,
      so_moi: list.filter((m) => m.regType === 'new').length,
      so_tiep_tuc: list.filter((m) => m.regType === 'continue').length,
      chi_tieu: q.short,
      chi_tieu_day_du: q.full,
      trang_thai: status ? statusText({ count, quota, status }) : '',
      dat: status === 'ok',
      dau_cuoi: endMark(i, n),
      mo_hinh: modelItems.get(name) ?? [],
    };
  };
  const statUnits = [...stats.byUnit].sort((a, b) => collator.compare(a.unit, b.unit));
  const statOf = new Map(statUnits.map((s) => [nfc(s.unit), s]));
  const units = statUnits.map((s, i, all) => unitItem(nfc(s.unit), s.type, s.count, s.quota, s.status, i, all.length));
  const unitsWithModels = unitNames.map((name, i, all) => {
    const s = statOf.get(name);
    const type = s?.type ?? byUnit.get(name)![0].unitType;
    return unitItem(name, type, byUnit.get(name)!.length, s?.quota ?? {}, s?.status ?? null, i, all.length);
  });
  const missing = [...input.aggregate.missingUnits].map(nfc).sort(collator.compare);
  const configType = (name: string) => config.units.find((u) => nfc(u.name) === name)?.type ?? statOf.get(name)?.type ?? null;
  const under = statUnits.filter((s) => s.status === 'under');

  // Results of the follow-up: registered → effective → recognised (per level) → proposed. A report made right
  // after registration has none yet (no officer value at all): then no results section and no empty table.
  const funnel = stats.funnel;
  const followed = documentModels.some((m) => m.officer && (m.officer.implementation || m.officer.level || m.officer.commendation));
  const results = funnel && (funnel.effective + funnel.recognised + funnel.proposed > 0 || followed) ? funnel : null;
  const levelCols: Level[] = [...levels, ...(results?.byLevel.khac ? [{ code: 'khac', label: 'Cấp khác' }] : [])];
  const resultRow = (label: string, c: FunnelCounts): ResultRow => ({
    label,
    registered: c.registered,
    effective: c.effective,
    recognised: c.recognised,
    byLevel: levelCols.map((l) => c.byLevel[l.code] ?? 0),
    proposed: c.proposed,
  });
  const resultItem = (ten: string, c: FunnelCounts, i: number, n: number): TagData => ({
    stt: i + 1,
    ten,
    dang_ky: c.registered,
    hieu_qua: c.effective,
    ty_le_hieu_qua: percent(c.effective, c.registered),
    cong_nhan: c.recognised,
    ty_le_cong_nhan: percent(c.recognised, c.registered),
    de_nghi: c.proposed,
    ty_le_de_nghi: percent(c.proposed, c.registered),
    theo_cap: levelCols.map((l) => ({ ma: l.code, ten: l.label, so_luong: c.byLevel[l.code] ?? 0 })),
    dau_cuoi: endMark(i, n),
  });
  const kindRows: [string, FunnelCounts][] = results
    ? [
        [KIND_LABEL['tap-the'], results.byKind['tap-the']],
        [KIND_LABEL['ca-nhan'], results.byKind['ca-nhan']],
        ...(results.byKind.unknown.registered ? [['Chưa xác định tập thể, cá nhân', results.byKind.unknown] as [string, FunnelCounts]] : []),
      ]
    : [];
  const fieldRows: [string, FunnelCounts][] = results
    ? config.fields.filter((f) => results.byField[f.code]).map((f) => [f.label, results.byField[f.code]])
    : [];
  const unitRows: [string, FunnelCounts][] = results
    ? [...results.byUnit]
        .filter((u) => u.registered > 0)
        .sort((a, b) => collator.compare(a.unit, b.unit))
        .map((u) => [nfc(u.unit), u])
    : [];
  const items = (rows: [string, FunnelCounts][]) => rows.map(([ten, c], i) => resultItem(ten, c, i, rows.length));

  // Header lines
  const so = meta.so === undefined ? '' : padNumber(meta.so);
  const kyHieu = normalizeSymbol(meta.ky_hieu, profile);
  const soKyHieu = numberAndSymbol(meta.so, meta.ky_hieu, profile);
  const ngay = meta.ngay ? shortDate(meta.ngay) : null;
  const coQuan = meta.co_quan;
  const kemTheo = `Kèm theo ${typeName || 'văn bản'} số ${soKyHieu} ngày ${ngay ?? '\u00a0'.repeat(6)} của ${coQuan}`;

  const lineItems = (lines: string[]) => lines.map((dong) => ({ dong }));
  const canCu = meta.can_cu.map((s) => (LINE_END.test(s) ? s : `${s};`));

  const data: TagData = {
    nha_nuoc: profile === 'nha-nuoc',
    dang: profile === 'dang',

    co_quan_chu_quan: meta.co_quan_chu_quan ?? '',
    co_quan_chu_quan_hoa: upperVi(meta.co_quan_chu_quan ?? ''),
    co_quan: coQuan,
    co_quan_hoa: upperVi(coQuan),
    so,
    ky_hieu: kyHieu,
    so_ky_hieu: soKyHieu,
    dong_so: numberLine(meta.so, meta.ky_hieu, profile),
    dia_danh: meta.dia_danh,
    ngay,
    ngay_iso: meta.ngay ?? null,
    ngay_thang_nam: dateWords(meta.ngay),
    dong_ngay: placeDateLine(meta.dia_danh, meta.ngay),
    nam: meta.ngay ? meta.ngay.slice(0, 4) : null,
    loai_van_ban: typeName ? upperFirst(typeName) : '',
    loai_van_ban_thuong: typeName ? lowerFirst(typeName) : '',
    ten_loai: upperVi(typeName),
    trich_yeu: upperFirst(trichYeu),
    trich_yeu_thuong: lowerFirst(trichYeu),
    trich_yeu_hoa: upperVi(trichYeu),
    dong_kem_theo: kemTheo,
    tham_quyen_hoa: meta.tham_quyen ? upperVi(meta.tham_quyen) : issuingAuthority(coQuan, meta.quyen_han, meta.chuc_vu),
    can_cu: lineItems(canCu),

    quyen_han_hoa: authorityLine(meta.quyen_han, profile),
    chuc_vu: meta.chuc_vu ?? null,
    chuc_vu_hoa: meta.chuc_vu ? upperVi(meta.chuc_vu) : null,
    nguoi_ky: meta.nguoi_ky ?? null,
    dong_ky: lineItems(signatureTitleLines(meta.quyen_han, meta.chuc_vu, profile)),
    noi_nhan: lineItems(recipientLines(meta.noi_nhan, meta.luu, profile)),
    dong_luu: archiveLine(meta.luu, profile),

    phong_trao: config.title,
    phong_trao_hoa: upperVi(config.title),
    phong_trao_thuong: lowerFirst(config.title),
    so_linh_vuc: config.fields.length,
    cac_linh_vuc: joinVi(fields.map((f) => f.ten_thuong)),
    cau_chi_tieu: withQuota.map((t) => `${t.label}: ${quotaTexts(t.quota, true).full}`).join('; '),
    han_nop: config.deadline ? shortDate(config.deadline) : null,
    han_nop_day_du: config.deadline ? dateWords(config.deadline) : null,
    co_han_nop: Boolean(config.deadline),
    co_chi_tieu: withQuota.length > 0,
    linh_vuc: fields,
    loai_don_vi: unitTypes,
    cot_bo_sung: extraCols.map((k, i) => ({ stt: i + 1, ma: k.key, ten: k.label })),

    tong_so: stats.total,
    so_moi: stats.byRegistration.new,
    so_tiep_tuc: stats.byRegistration.continue,
    ty_le_moi: percent(stats.byRegistration.new, stats.total),
    ty_le_tiep_tuc: percent(stats.byRegistration.continue, stats.total),
    so_don_vi_giao: stats.byUnit.length,
    so_don_vi_nop: stats.byUnit.filter((s) => s.status !== 'missing').length,
    so_don_vi_chua_nop: missing.length,
    so_don_vi_co_mo_hinh: unitNames.length,
    so_don_vi_dat: stats.byUnit.filter((s) => s.status === 'ok').length,
    so_don_vi_chua_dat: under.length,
    so_don_vi_vuot: stats.byUnit.filter((s) => s.status === 'over').length,
    cac_don_vi_chua_nop: missing.join('; '),
    cac_don_vi_chua_dat: under.map((s) => `${s.unit} (${statusText(s).toLowerCase()})`).join('; '),
    don_vi: units,
    don_vi_co_mo_hinh: unitsWithModels,
    mo_hinh: allModels,
    don_vi_chua_nop: missing.map((ten, i) => ({
      stt: i + 1,
      ten,
      loai: typeLabel(configType(ten)),
      dau_cuoi: endMark(i, missing.length),
    })),
    so_mo_hinh_danh_sach: models.length,
    co_cap_cong_nhan: level !== null,
    cap_cong_nhan: level?.label ?? '',
    ma_cap_cong_nhan: level?.code ?? '',
    ten_cap_cong_nhan: level ? levelPhrase(level.label) : '',
    cap_cong_nhan_hoa: level ? upperVi(levelPhrase(level.label)) : '',
    cac_cap_cong_nhan: levels.map((l, i) => ({
      stt: i + 1,
      ma: l.code,
      ten: l.label,
      ten_cap: levelPhrase(l.label),
      so_luong: funnel?.byLevel[l.code] ?? 0,
      dau_cuoi: endMark(i, levels.length),
    })),

    co_ket_qua_thuc_hien: results !== null,
    so_hieu_qua: results?.effective ?? 0,
    ty_le_hieu_qua: percent(results?.effective ?? 0, results?.registered ?? 0),
    so_cong_nhan: results?.recognised ?? 0,
    ty_le_cong_nhan: percent(results?.recognised ?? 0, results?.registered ?? 0),
    so_de_nghi: results?.proposed ?? 0,
    ty_le_de_nghi: percent(results?.proposed ?? 0, results?.registered ?? 0),
    cau_ket_qua_thuc_hien: results ? resultSentence(results, levels) : '',
    cau_ket_qua_theo_loai: results
      ? `${kindRows
          .slice(0, 2)
          .map(([label, c], i) => kindSentence(i ? lowerFirst(label) : label, c))
          .join('; ')}.`
      : '',
    ket_qua_theo_loai: items(kindRows),
    ket_qua_theo_linh_vuc: items(fieldRows),
    ket_qua_theo_don_vi: items(unitRows),
    don_vi_chua_dat: under.map((s, i) => ({
      stt: i + 1,
      ten: nfc(s.unit),
      so_mo_hinh: s.count,
      chi_tieu: quotaTexts(s.quota).short,
      thieu: s.quota.min !== undefined ? Math.max(s.quota.min - s.count, 0) : 0,
      dau_cuoi: endMark(i, under.length),
    })),

    bang_danh_sach: listTableXml(
      tableGroups,
      config.fields,
      extraCols.map((k) => ({ key: k.key, label: k.label })),
    ),
    bang_mau_dang_ky: formTableXml(
      config.fields,
      extraCols.map((k) => ({ key: k.key, label: k.label })),
    ),
    bang_ket_qua: results
      ? resultTableXml({
          head: 'Nội dung',
          levels: levelCols.map((l) => l.label),
          rows: [
            'Chia theo tập thể, cá nhân',
            ...kindRows.map(([l, c]) => resultRow(l, c)),
            ...(fieldRows.length ? ['Chia theo lĩnh vực', ...fieldRows.map(([l, c]) => resultRow(l, c))] : []),
          ],
          total: resultRow('Tổng số', results),
          totalAt: 'first',
          numbered: false,
        })
      : '',
    bang_ket_qua_don_vi: results
      ? resultTableXml({
          head: 'Đơn vị',
          levels: levelCols.map((l) => l.label),
          rows: unitRows.map(([l, c]) => resultRow(l, c)),
          total: resultRow('Tổng cộng', sumCounts(unitRows.map(([, c]) => c))),
          totalAt: 'last',
          numbered: true,
        })
      : '',
  };

  const extraKeys = [...new Set([...extraCols.map((k) => k.key), ...models.flatMap((m) => Object.keys(m.extra))])].filter((k) =>
    KEY.test(k),
  );
  return { data, tags: tagsWithExtras(extraKeys), warnings, problems };
}


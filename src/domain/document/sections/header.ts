// The head of a document: format profile, issuing bodies, number and symbol, place and date, type name and subject,
// the opening “Căn cứ…” lines, the authority line of a decision.
import { dateWords, fullBodyName, issuingAuthority, lowerFirst, normalizeSymbol, numberAndSymbol, numberLine, padNumber, placeDateLine, shortDate, upperFirst, upperVi } from '../lines';
import { LINE_ITEM, cond, loop, text, type TagSpec } from '../tag-spec';
import type { DocumentContext, TagData } from './shared';

export const PROFILE_TAGS: TagSpec[] = cond('nha_nuoc', 'dang');

export const HEADER_TAGS: TagSpec[] = [
  ...text(
    'co_quan_chu_quan',
    'co_quan_chu_quan_hoa',
    'co_quan',
    'co_quan_hoa',
    'co_quan_day_du',
    'so',
    'ky_hieu',
    'so_ky_hieu',
    'dong_so',
    'dia_danh',
    'ngay',
    'ngay_iso',
    'ngay_thang_nam',
    'dong_ngay',
    'nam',
    'loai_van_ban',
    'loai_van_ban_thuong',
    'ten_loai',
    'trich_yeu',
    'trich_yeu_thuong',
    'trich_yeu_hoa',
    'dong_kem_theo',
    'tham_quyen_hoa',
  ),
  loop('can_cu', LINE_ITEM),
];

const LINE_END = /[;,.:!?]$/;

export function profileData({ meta }: DocumentContext): TagData {
  return { nha_nuoc: meta.the_thuc === 'nha-nuoc', dang: meta.the_thuc === 'dang' };
}

export function headerData({ meta, pack, typeName, subject }: DocumentContext): TagData {
  const soKyHieu = numberAndSymbol(meta.so, meta.ky_hieu, pack);
  const ngay = meta.ngay ? shortDate(meta.ngay) : null;
  const coQuan = meta.co_quan;
  const fullName = fullBodyName(coQuan, meta.co_quan_chu_quan);
  return {
    co_quan_chu_quan: meta.co_quan_chu_quan ?? '',
    co_quan_chu_quan_hoa: upperVi(meta.co_quan_chu_quan ?? ''),
    co_quan: coQuan,
    co_quan_hoa: upperVi(coQuan),
    co_quan_day_du: fullName,
    so: meta.so === undefined ? '' : padNumber(meta.so),
    ky_hieu: normalizeSymbol(meta.ky_hieu, pack),
    so_ky_hieu: soKyHieu,
    dong_so: numberLine(meta.so, meta.ky_hieu, pack),
    dia_danh: meta.dia_danh,
    ngay,
    ngay_iso: meta.ngay ?? null,
    ngay_thang_nam: dateWords(meta.ngay),
    dong_ngay: placeDateLine(meta.dia_danh, meta.ngay),
    nam: meta.ngay ? meta.ngay.slice(0, 4) : null,
    loai_van_ban: typeName ? upperFirst(typeName) : '',
    loai_van_ban_thuong: typeName ? lowerFirst(typeName) : '',
    ten_loai: upperVi(typeName),
    trich_yeu: upperFirst(subject),
    trich_yeu_thuong: lowerFirst(subject),
    trich_yeu_hoa: upperVi(subject),
    dong_kem_theo: `Kèm theo ${typeName || 'văn bản'} số ${soKyHieu} ngày ${ngay ?? '\u00a0'.repeat(6)} của ${fullName}`,
    tham_quyen_hoa: meta.tham_quyen ? upperVi(meta.tham_quyen) : issuingAuthority(fullName, meta.quyen_han, meta.chuc_vu),
    can_cu: meta.can_cu.map((s) => ({ dong: LINE_END.test(s) ? s : `${s};` })),
  };
}

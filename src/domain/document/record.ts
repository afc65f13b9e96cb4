// The record an e-office keeps of a document (NĐ 30/2020, Phụ lục VI), from the document's tag data: the document
// properties written into the .docx.
import type { TagData } from './data';
import { currentPack, type RulePack } from './packs';
import type { CustomProperty, DocProperties } from './props';

/** The metadata an e-office records (NĐ 30 Phụ lục VI), taken from the document's tag data. */
export function documentProperties(data: TagData, pack: RulePack = currentPack(data.dang ? 'dang' : 'nha-nuoc')): DocProperties {
  const s = (k: string) => (typeof data[k] === 'string' || typeof data[k] === 'number' ? String(data[k]) : '');
  const lines = (k: string) => (Array.isArray(data[k]) ? (data[k] as { dong?: string }[]).map((d) => d.dong ?? '') : []);
  const number = s('so_ky_hieu').replace(/\u00a0+/g, ' ').trim();
  const custom: CustomProperty[] = [
    { name: 'Số', value: s('so') },
    { name: 'Ký hiệu', value: s('ky_hieu') },
    { name: 'Số và ký hiệu', value: s('so') ? number : '' },
    { name: 'Ngày ban hành', value: s('ngay_iso'), type: 'date' as const },
    { name: 'Tên loại văn bản', value: s('loai_van_ban') },
    { name: 'Trích yếu', value: s('trich_yeu') },
    { name: 'Cơ quan ban hành', value: s('co_quan_day_du') || s('co_quan') },
    { name: 'Cơ quan chủ quản', value: s('co_quan_chu_quan') },
    { name: 'Chức vụ người ký', value: [...lines('dong_ky')].join(' ') },
    { name: 'Người ký', value: s('nguoi_ky') },
    { name: 'Nơi nhận', value: lines('noi_nhan').join(' ') },
    { name: 'Ngôn ngữ', value: 'Tiếng Việt' },
    { name: 'Thể thức', value: pack.propertyName },
  ].filter((c) => c.value);
  return {
    title: s('trich_yeu'),
    subject: [s('loai_van_ban'), s('trich_yeu_thuong')].filter(Boolean).join(' '),
    creator: s('co_quan_day_du') || s('co_quan'),
    identifier: number,
    keywords: [number, s('loai_van_ban'), 'Dân vận khéo'].filter(Boolean).join('; '),
    description: [s('dong_so').replace(/\u00a0+/g, ' '), s('dong_ngay').replace(/\u00a0+/g, ' ')].filter(Boolean).join('; '),
    category: s('loai_van_ban'),
    language: 'vi-VN',
    issued: s('ngay_iso') || undefined,
    custom,
  };
}

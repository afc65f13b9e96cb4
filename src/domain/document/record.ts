// The record an e-office keeps of a document (NĐ 30/2020, Phụ lục VI), from the document's tag data: the document
// properties written into the .docx, and the same fields as a JSON file the records office files without retyping.
import { hashText } from '../text';
import type { TagData } from './data';
import { bareItem } from './lines';
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

/**
 * The fields of NĐ 30 Phụ lục VI a records office enters for a document: number and symbol, date, type, issuing body,
 * subject, the signer's position and name, recipients (keys as the metadata's, in Vietnamese without diacritics).
 * A number or date left for the records office is null.
 */
export interface DocumentRecord {
  so_ky_hieu: string | null;
  so: string | null;
  ky_hieu: string;
  ngay_ban_hanh: string | null;
  ten_loai: string;
  trich_yeu: string;
  co_quan_ban_hanh: string;
  co_quan_chu_quan: string | null;
  /** The lines above the signature: authority and position (“TM. BAN THƯỜNG VỤ”, “PHÓ CHỦ TỊCH THƯỜNG TRỰC”). */
  chuc_vu_nguoi_ky: string[];
  nguoi_ky: string | null;
  /** The recipients, one each, without the archive line. */
  noi_nhan: string[];
  /** What the archive line keeps (“VT, TG-NC”). */
  luu: string;
  ngon_ngu: string;
  the_thuc: string;
  goi_quy_tac: string;
}

export function documentRecord(data: TagData, pack: RulePack): DocumentRecord {
  const s = (k: string) => (typeof data[k] === 'string' || typeof data[k] === 'number' ? String(data[k]) : '');
  const lines = (k: string) => (Array.isArray(data[k]) ? (data[k] as { dong?: string }[]).map((d) => d.dong ?? '') : []);
  const recipients = lines('noi_nhan');
  const archive = recipients.pop() ?? '';
  const start = pack.recipients.archiveStart;
  return {
    so_ky_hieu: s('so') ? s('so_ky_hieu') : null,
    so: s('so') || null,
    ky_hieu: s('ky_hieu'),
    ngay_ban_hanh: s('ngay_iso') || null,
    ten_loai: s('loai_van_ban'),
    trich_yeu: s('trich_yeu'),
    co_quan_ban_hanh: s('co_quan_day_du') || s('co_quan'),
    co_quan_chu_quan: s('co_quan_chu_quan') || null,
    chuc_vu_nguoi_ky: lines('dong_ky'),
    nguoi_ky: s('nguoi_ky') || null,
    noi_nhan: recipients.map(bareItem),
    luu: bareItem(archive.startsWith(start) ? archive.slice(start.length) : archive),
    ngon_ngu: 'Tiếng Việt',
    the_thuc: pack.propertyName,
    goi_quy_tac: pack.id,
  };
}

const TOOL = 'Dân vận khéo';

/** The record as a JSON file: the record, what the caller adds (file, pages), and a check of its content. */
export function recordJson(fields: Record<string, unknown>): string {
  const body = { ...fields, cong_cu: TOOL };
  return `${JSON.stringify({ ...body, ma_kiem_tra: hashText(JSON.stringify(body)) }, null, 1)}\n`;
}

/** Whether a JSON file is a record this tool wrote and nobody changed since (ours), one it wrote that was edited, or another. */
export function recordOwnership(text: string): 'ours' | 'edited' | 'foreign' {
  let j: unknown;
  try {
    j = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return 'foreign';
  }
  if (!j || typeof j !== 'object' || Array.isArray(j)) return 'foreign';
  const { ma_kiem_tra: check, ...body } = j as Record<string, unknown>;
  if (body.cong_cu !== TOOL || typeof check !== 'string') return 'foreign';
  return hashText(JSON.stringify(body)) === check ? 'ours' : 'edited';
}

// Names of the files “Soạn văn bản” writes to Drive.
import type { DocumentMeta } from '../../domain/document/meta';
import { GEN_TEXT } from './texts';

/** “Danh sách số 29 ngày 06-07-2021”: no character Drive or Windows would refuse in a file name. */
export function outputBaseName(typeName: string, meta: DocumentMeta, each: boolean): string {
  const parts = [typeName];
  if (meta.so) parts.push(GEN_TEXT.fileName.number(`${meta.so}-${meta.ky_hieu}`));
  if (meta.ngay) parts.push(GEN_TEXT.fileName.date(meta.ngay.split('-').reverse().join('-')));
  const base = parts.join(' ') + (each ? ` (${GEN_TEXT.fileName.each})` : '');
  return base.replace(/[\\/:*?"<>|]+/g, '-').replace(/\s+/g, ' ').trim();
}

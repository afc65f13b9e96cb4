// The end of a document: the signer's authority and title, the name, and “Nơi nhận” with its “Lưu” line.
import { archiveLine, authorityLine, recipientLines, signatureTitleLines, upperVi } from '../lines';
import { LINE_ITEM, loop, text, type TagSpec } from '../tag-spec';
import type { DocumentContext, TagData } from './shared';

export const SIGNATURE_TAGS: TagSpec[] = [
  ...text('quyen_han_hoa', 'chuc_vu', 'chuc_vu_hoa', 'nguoi_ky', 'dong_luu'),
  loop('dong_ky', LINE_ITEM),
  loop('noi_nhan', LINE_ITEM),
];

export function signatureData({ meta, pack }: DocumentContext): TagData {
  const lines = (list: string[]) => list.map((dong) => ({ dong }));
  return {
    quyen_han_hoa: authorityLine(meta.quyen_han, pack),
    chuc_vu: meta.chuc_vu ?? null,
    chuc_vu_hoa: meta.chuc_vu ? upperVi(meta.chuc_vu) : null,
    nguoi_ky: meta.nguoi_ky ?? null,
    dong_ky: lines(signatureTitleLines(meta.quyen_han, meta.chuc_vu, pack)),
    noi_nhan: lines(recipientLines(meta.noi_nhan, meta.luu, pack)),
    dong_luu: archiveLine(meta.luu, pack),
  };
}

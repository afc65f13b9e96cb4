// The five built-in templates inside the bundle: base64 text from templates/*.docx (esbuild's base64 loader),
// decoded only when a document is made from one, and then kept for the rest of the run.
import baoCao from '../../../templates/bao-cao.docx';
import danhSach from '../../../templates/danh-sach.docx';
import huongDan from '../../../templates/huong-dan.docx';
import keHoach from '../../../templates/ke-hoach.docx';
import quyetDinh from '../../../templates/quyet-dinh.docx';
import type { BuiltinName } from '../../domain/document';
import { fromSignedBytes } from '../bytes';

const BASE64: Record<BuiltinName, string> = {
  'ke-hoach': keHoach,
  'huong-dan': huongDan,
  'danh-sach': danhSach,
  'bao-cao': baoCao,
  'quyet-dinh': quyetDinh,
};

const decoded = new Map<BuiltinName, Uint8Array>();

/** The template's .docx bytes; Utilities.base64Decode gives signed bytes. */
export function builtinTemplateBytes(name: BuiltinName): Uint8Array {
  let bytes = decoded.get(name);
  if (!bytes) {
    bytes = fromSignedBytes(Utilities.base64Decode(BASE64[name]));
    decoded.set(name, bytes);
  }
  return bytes;
}

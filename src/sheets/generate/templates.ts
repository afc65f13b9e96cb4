// The built-in templates inside the bundle: base64 text of every templates/*.docx (esbuild's base64 loader bundles
// each file the pattern below can name), decoded only when a document is made from one, then kept for the rest of the
// run. A new built-in template needs no change here: its BUILTIN_TEMPLATES entry names the file.
import { BUILTIN_TEMPLATES, type BuiltinName } from '../../domain/document/templates';
import { fromSignedBytes } from '../bytes';

/** The file as esbuild's base64 loader gives it to require(): the text, or a module whose default is the text. */
function embedded(stem: string): string {
  const m = require(`../../../templates/${stem}.docx`) as string | { default: string };
  return typeof m === 'string' ? m : m.default;
}

const decoded = new Map<BuiltinName, Uint8Array>();

/** The template's .docx bytes; Utilities.base64Decode gives signed bytes. */
export function builtinTemplateBytes(name: BuiltinName): Uint8Array {
  let bytes = decoded.get(name);
  if (!bytes) {
    bytes = fromSignedBytes(Utilities.base64Decode(embedded(BUILTIN_TEMPLATES[name].file.replace(/\.docx$/, ''))));
    decoded.set(name, bytes);
  }
  return bytes;
}

// The document core in one import: metadata contract, tag data, built-in templates, rendering.
export { metaSchema, parseMeta, PROFILES, type DocumentMeta, type DocumentMetaInput, type MetaResult } from './meta';
export { buildDocumentData, type DocumentAggregate, type DocumentData, type DocumentInput, type DocumentModel, type TagData } from './data';
export { chosenLevel, findLevel, levelPhrase, modelsAtLevel, type Level } from './recognition-level';
export { renamedWarning, runDocument, runTypeName, type DocumentRun, type DocumentRunRequest } from './run';
export { BUILTIN_TEMPLATES, isBuiltinName, type BuiltinName, type BuiltinTemplate } from './templates';
export { TAGS, type TagSpec } from './tags';
export {
  documentProperties,
  renderDocument,
  renderTemplate,
  type DocProperties,
  type RenderOptions,
  type RenderResult,
  type TemplateMessage,
} from './render';
export { combineDocuments } from './combine';
export { documentRecord, recordJson, recordOwnership, type DocumentRecord } from './record';
export { pdfPageCount } from './pdf-pages';
export { docxOwnership, pdfOwnership, stampDocx, STAMP_PROPERTY } from './stamp';
export { MAX_LOOP_DEPTH, MAX_TAG_FILLS, TEMPLATE_LIMITS } from './package';
export { checkFormat, fixFormat, type FixResult, type FormatProblem, type FormatReport, type FormatResult } from './format';
export { choosePack, currentPack, rulePacks, type Profile, type RulePack } from './packs';

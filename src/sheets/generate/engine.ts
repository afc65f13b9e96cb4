// The document engine: docxtemplater, pizzip and the built-in templates. Built as its own bundle (DocEngine.js, a
// string evaluated on first use) so that every other menu click parses a Code.js without them.
export { checkFormat, combineDocuments, renderDocument, runDocument } from '../../domain/document';
export { builtinTemplateBytes } from './templates';

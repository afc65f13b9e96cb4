// A document run, the one both adapters make: the recognition level the metadata chooses → the models at that level →
// the whole document, or one per model joined into a print file → the type name and a description of what was made.
// The adapters keep what is theirs: checking outputs before rendering and writing files (CLI), the time budget (the
// add-in, through `beforeRender`).
import type { Aggregate, AggregatedModel } from '../aggregate';
import type { Config, ConfigProblem } from '../config';
import { combineDocuments } from './combine';
import { buildDocumentData } from './data';
import type { DocumentMeta } from './meta';
import { chosenLevel, modelsAtLevel, type Level } from './recognition-level';
import { documentRecord, type DocumentRecord } from './record';
import { renderDocument } from './render';
import type { TemplateMessage } from './template-errors';
import { BUILTIN_TEMPLATES, type BuiltinName } from './templates';

export interface DocumentRunRequest {
  template: Uint8Array;
  /** The built-in template, when it is one. */
  builtin?: BuiltinName;
  /** The template's file name, for the type name of a custom template that the metadata does not name. */
  templateName: string;
  meta: DocumentMeta;
  config: Config;
  aggregate: Pick<Aggregate, 'summary' | 'missingUnits' | 'models'>;
  /** One document per listed model, joined into one print file, instead of one document for all. */
  each: boolean;
  now: Date;
  /**
   * Called before each render: the whole document (`each` false), then every model's (`done` of `total`). An adapter
   * that must stop (its time is up) throws from here; nothing has been written by the run.
   */
  beforeRender?: (step: { each: boolean; done: number; total: number }) => void;
}

export type DocumentRun =
  /** The metadata names a recognition level the config does not have: nothing rendered. */
  | { status: 'bad-level'; problems: ConfigProblem[] }
  /** The template (or the metadata) has problems: nothing to write. */
  | { status: 'template-problems'; problems: TemplateMessage[] }
  /** One document per model was asked for, and no model is listed. */
  | { status: 'no-models' }
  | {
      status: 'done';
      /** The document, or with `each` the print file joining every model's document. */
      bytes: Uint8Array;
      /** With `each`: each listed model's own document, in order. */
      documents: { model: AggregatedModel; bytes: Uint8Array }[] | null;
      level: Level | null;
      /** The models the document covers: all, or those recognised at the chosen level. */
      listed: AggregatedModel[];
      typeName: string;
      /** “Danh sách (5 mô hình)”, “Quyết định: 3 văn bản, mỗi mô hình một văn bản, gộp trong một tệp in (3 mô hình được công nhận cấp Tỉnh)”. */
      description: string;
      /** The template's warnings (tags without data, metadata defaults taken). */
      warnings: TemplateMessage[];
      /** Models whose officer values came from a renamed model, to check before signing (renamedWarning); null when none. */
      renamed: string | null;
      /** The document's NĐ 30 Phụ lục VI record (the whole document's), made when asked for. */
      record: () => DocumentRecord;
    };

/** Type name: the metadata's, else the built-in template's, else the template file's name. */
export function runTypeName(meta: Pick<DocumentMeta, 'loai_van_ban'>, builtin: BuiltinName | undefined, templateName: string): string {
  return meta.loai_van_ban ?? (builtin ? BUILTIN_TEMPLATES[builtin].typeName : templateName.replace(/\.docx$/i, ''));
}

export function runDocument(req: DocumentRunRequest): DocumentRun {
  const { meta, config, aggregate } = req;
  const chosen = chosenLevel(meta, config);
  if (chosen.problems.length) return { status: 'bad-level', problems: chosen.problems };
  const level = chosen.level;
  const listed = level ? modelsAtLevel(aggregate.models, config.recognitionLevels ?? [], level) : [...aggregate.models];
  const render = (models?: readonly AggregatedModel[]) =>
    renderDocument(req.template, { meta, config, aggregate, models, template: req.builtin }, { now: req.now });

  req.beforeRender?.({ each: false, done: 0, total: 1 });
  const whole = render();
  if (whole.problems.length) return { status: 'template-problems', problems: whole.problems };

  let bytes = whole.bytes!;
  let documents: { model: AggregatedModel; bytes: Uint8Array }[] | null = null;
  if (req.each) {
    if (!listed.length) return { status: 'no-models' };
    documents = [];
    for (const [i, model] of listed.entries()) {
      req.beforeRender?.({ each: true, done: i, total: listed.length });
      documents.push({ model, bytes: render([model]).bytes! });
    }
    bytes = combineDocuments(documents.map((d) => d.bytes))!;
  }
  const typeName = runTypeName(meta, req.builtin, req.templateName);
  const n = listed.length;
  const covers = `${n} mô hình${level ? ` được công nhận cấp ${level.label}` : ''}`;
  const description = req.each ? `${typeName}: ${n} văn bản, mỗi mô hình một văn bản, gộp trong một tệp in (${covers})` : `${typeName} (${covers})`;
  const record = () => {
    const { data, pack } = buildDocumentData({ meta, config, aggregate, template: req.builtin });
    return documentRecord(data, pack);
  };
  return { status: 'done', bytes, documents, level, listed, typeName, description, warnings: whole.warnings, renamed: renamedWarning(listed), record };
}

/**
 * The warning both adapters show when a document lists models whose officer values came from a renamed model
 * (MODEL_RENAMED in their codes): each is named, to be checked before signing. Null when there is none.
 */
export function renamedWarning(models: readonly { model: string; name: string; unit: string; codes: readonly string[] }[]): string | null {
  const renamed = models.filter((m) => m.codes.includes('MODEL_RENAMED'));
  if (!renamed.length) return null;
  return (
    `${renamed.length} mô hình trong văn bản có dữ liệu cán bộ (cấp công nhận, khen thưởng…) chuyển sang từ tên cũ vì đơn vị đã đổi tên; ` +
    `hãy kiểm tra đúng mô hình trước khi ký: ${renamed.map((m) => `“${m.model}” (${m.name}, ${m.unit})`).join('; ')}.`
  );
}

// Builds the full tag data of a document from its metadata, the campaign config and the aggregation's result: one
// builder per section of the document (sections/), each next to the tags it fills. Every formatted line is derived
// there, so template authors never compute anything.
import { campaignData } from './sections/campaign';
import { decisionLevelData } from './sections/decision-level';
import { headerData, profileData } from './sections/header';
import { resultsData } from './sections/results';
import { documentContext, KEY, type DocumentInput, type TagData } from './sections/shared';
import { signatureData } from './sections/signature';
import { statisticsData } from './sections/statistics';
import { wholeTablesData } from './sections/whole-tables';
import type { RulePack } from './packs';
import { tagsWithExtras, type TagSpec } from './tags';

export type { DocumentAggregate, DocumentInput, DocumentModel, TagData } from './sections/shared';

export interface DocumentData {
  data: TagData;
  /** The tag catalogue for this campaign (extra columns included), for the unknown-tag check. */
  tags: TagSpec[];
  /** Vietnamese notes about defaults taken (no number yet, no date yet…). */
  warnings: string[];
  /** Vietnamese problems with the metadata that stop the document (an unknown recognition level). */
  problems: string[];
  /** The rule pack the document follows. */
  pack: RulePack;
}

export function buildDocumentData(input: DocumentInput): DocumentData {
  const ctx = documentContext(input);
  const data: TagData = {
    ...profileData(ctx),
    ...headerData(ctx),
    ...signatureData(ctx),
    ...campaignData(ctx),
    ...statisticsData(ctx),
    ...decisionLevelData(ctx),
    ...resultsData(ctx),
    ...wholeTablesData(ctx),
  };
  const extraKeys = [...new Set([...(ctx.config.columns ?? []).map((k) => k.key), ...ctx.models.flatMap((m) => Object.keys(m.extra))])].filter((k) =>
    KEY.test(k),
  );
  return { data, tags: tagsWithExtras(extraKeys), warnings: ctx.warnings, problems: ctx.problems, pack: ctx.pack };
}

// What the “Soạn văn bản” dialog and the server functions exchange through google.script.run (plain JSON only).

/** A metadata key as the dialog shows it. */
export interface MetaField {
  key: string;
  label: string;
  hint: string;
  /** choice: one of `options`; lines: one item per line; date: YYYY-MM-DD. */
  kind: 'text' | 'lines' | 'date' | 'choice';
  required: boolean;
  options?: { value: string; label: string }[];
  /** Values to offer while typing (the config's recognition levels). */
  suggestions?: string[];
}

/** The dialog's choices, remembered on the “Văn bản” sheet. */
export interface GenerateSettings {
  /** A built-in template's name, or a link to (or the id of) a .docx on Drive. */
  template: string;
  /** tong-hop: our “Tổng hợp” sheet; tabs: the lists on this spreadsheet's tabs. */
  data: 'master' | 'tabs';
  /** Output folder: a Drive link or id. */
  folder: string;
  /** One document per model, joined in one file. */
  each: boolean;
  /** Also a Google Docs copy. */
  doc: boolean;
  /** Also a PDF. */
  pdf: boolean;
}

export interface TemplateChoice {
  name: string;
  typeName: string;
  description: string;
  /** Whether it is filled from the models (else the data choice does not matter). */
  usesData: boolean;
}

export interface GenerateInit {
  templates: TemplateChoice[];
  fields: MetaField[];
  values: Record<string, string>;
  settings: GenerateSettings;
  /** Our “Tổng hợp” sheet when there is one: its name and number of rows. */
  master: { name: string; rows: number } | null;
}

export interface GenerateRequest {
  values: Record<string, string>;
  settings: GenerateSettings;
}

export interface WrittenFile {
  kind: 'docx' | 'gdoc' | 'pdf';
  name: string;
  url: string;
}

export interface GenerateResult {
  summary: string;
  files: WrittenFile[];
  /** Missing data and other notes, in Vietnamese. */
  warnings: string[];
}


// What the collection dialogs and the server exchange through google.script.run (plain JSON only).

/** A unit the form can be sent to: its addresses (config), and its form on Drive when it has one. */
export interface UnitChoice {
  name: string;
  emails: string[];
  link: string | null;
  sharedWith: string[];
}

export interface DistributeInit {
  campaign: string;
  units: UnitChoice[];
  /** Units of the config not in force on the deadline: not offered, named. */
  inactive: string[];
  /** The folder used last time, as a link ('' when none). */
  folder: string;
  /** A job left unfinished, to continue. */
  pending: DistributeJob | null;
}

export interface DistributeSpec {
  folder: string;
  units: string[];
}

export interface DistributeJob {
  jobId: string;
  label: string;
  total: number;
  done: number;
}

export interface DistributeStep {
  done: number;
  total: number;
  /** What happened to each unit of the step, in Vietnamese. */
  log: { unit: string; text: string }[];
}

/** A deadline the officer may remind units of. */
export interface StepChoice {
  key: string;
  label: string;
  date: string;
}

export interface RemindInit {
  steps: StepChoice[];
  /** The step offered first: the next deadline from today, else the last. */
  step: string;
  asOf: string;
}

export interface ReminderView {
  unit: string;
  kind: 'missing' | 'filling' | 'needs-fix';
  kindLabel: string;
  to: string[];
  subject: string;
  body: string;
}

export interface RemindPreview {
  reminders: ReminderView[];
  /** Recipients MailApp may still send to today. */
  quota: number;
  /** “Tình trạng nộp” as of which the reminders are written. */
  board: string;
}

export interface RemindResult {
  sent: string[];
  left: string[];
  noAddress: string[];
  quota: number;
  summary: string;
}

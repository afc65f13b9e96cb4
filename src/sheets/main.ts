// Apps Script entry (esbuild bundles it as the DVK global): only the global handlers, whose names are a contract.
// Every handler that changes the spreadsheet (or writes to Drive) runs `exclusive`ly: under the document lock.
import { finishJob, pendingJob, runStep, showAggregateDialog, startJob } from './aggregate';
import { dialogCall, guarded } from './errors';
import { checkFormatFromDrive } from './generate/format-check';
import { generateInit as initGenerate, generateRun as runGenerate, showGenerateDialog } from './generate/server';
import { exclusive } from './lock';
import { buildMenu } from './menu';
import { returnActiveList } from './return/server';
import { setup } from './setup';
import { selectSheetCell, sheetResults, showResultsSidebar } from './ui/sidebar';
import { validateActiveSheet } from './validate';
import { buildGoogleForm } from './collect/form';
import { remindInit as initRemind, remindPreview as previewRemind, remindSend as sendRemind, showRemindDialog } from './collect/remind';
import { requireScopes, SCOPES } from './collect/scopes';
import { distributeFinish as finishDistribute, distributeInit as initDistribute, distributeStart as startDistribute, distributeStep as stepDistribute, showDistributeDialog } from './collect/distribute';

type OpenEvent = { authMode?: unknown } | undefined;

/** Simple trigger: adds the menu. Runs in AuthMode.NONE/LIMITED, so it touches nothing but the UI and never alerts. */
export const onOpen = guarded('onOpen', (_e?: OpenEvent) => buildMenu(), { silent: true });

/** Runs when the add-on is installed: shows the menu at once, without reopening the spreadsheet. */
export const onInstall = guarded('onInstall', (e?: OpenEvent) => onOpen(e), { silent: true });

export const menuSetup = guarded('menuSetup', exclusive(() => setup()));

export const menuValidate = guarded(
  'menuValidate',
  exclusive(() => {
    validateActiveSheet();
    showResultsSidebar();
  }),
);

export const menuResults = guarded('menuResults', () => showResultsSidebar());

export const menuAggregate = guarded('menuAggregate', () => showAggregateDialog());

// Called by the aggregation dialog (google.script.run); see aggregate-api.ts.
export const aggregateInit = dialogCall('aggregateInit', () => pendingJob());
export const aggregateStart = dialogCall('aggregateStart', exclusive(startJob));
export const aggregateStep = dialogCall('aggregateStep', exclusive(runStep));
export const aggregateFinish = dialogCall('aggregateFinish', exclusive(finishJob));

// Called by the “Kết quả kiểm tra” sidebar (src/sheets/ui/): a sheet's findings (read only, or after a full check), select a cell.
export const resultsLoad = dialogCall('resultsLoad', (sheetId: number | null) => sheetResults(sheetId, false));
export const resultsCheck = dialogCall('resultsCheck', exclusive((sheetId: number | null) => sheetResults(sheetId, true)));
export const selectCell = dialogCall('selectCell', selectSheetCell);

export const menuReturn = guarded('menuReturn', exclusive(() => returnActiveList()));

export const menuGenerate = guarded('menuGenerate', () => showGenerateDialog());

// Called by the “Soạn văn bản” dialog (src/sheets/generate/): the form's data, then one call that writes the files.
export const generateInit = dialogCall('generateInit', () => initGenerate());
export const generateRun = dialogCall('generateRun', exclusive(runGenerate));

export const menuDistribute = guarded('menuDistribute', () => showDistributeDialog());

// Called by the “Gửi biểu mẫu cho đơn vị” dialog (src/sheets/collect/): the units, then short steps until every form is made and shared.
export const distributeInit = dialogCall('distributeInit', () => initDistribute());
export const distributeStart = dialogCall('distributeStart', exclusive(startDistribute));
export const distributeStep = dialogCall('distributeStep', exclusive(stepDistribute));
export const distributeFinish = dialogCall('distributeFinish', exclusive(finishDistribute));

export const menuForm = guarded('menuForm', exclusive(() => buildGoogleForm()));

// “Nhắc đơn vị”: sending e-mail needs its scope, asked for before the dialog opens.
export const menuRemind = guarded('menuRemind', () => {
  requireScopes(SCOPES.sendMail);
  showRemindDialog();
});

// Called by the “Nhắc đơn vị” dialog: the deadlines, the reminders to preview, then sending the chosen ones.
export const remindInit = dialogCall('remindInit', () => initRemind());
export const remindPreview = dialogCall('remindPreview', (step: string) => {
  requireScopes(SCOPES.sendMail);
  return previewRemind(step);
});
export const remindSend = dialogCall(
  'remindSend',
  exclusive((step: string, units: string[]) => {
    requireScopes(SCOPES.sendMail);
    return sendRemind(step, units);
  }),
);

// Reads a .docx on Drive and shows its format problems (writes nothing, so no lock).
export const menuCheckFormat = guarded('menuCheckFormat', () => checkFormatFromDrive());

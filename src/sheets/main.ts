// Apps Script entry (esbuild bundles it as the DVK global): only the global handlers, whose names are a contract.
import { finishJob, pendingJob, runStep, showAggregateDialog, startJob } from './aggregate';
import { dialogCall, guarded } from './errors';
import { buildMenu } from './menu';
import { setup } from './setup';
import { validateActiveSheet } from './validate';

type OpenEvent = { authMode?: unknown } | undefined;

/** Simple trigger: adds the menu. Runs in AuthMode.NONE/LIMITED, so it touches nothing but the UI and never alerts. */
export const onOpen = guarded('onOpen', (e?: OpenEvent) => buildMenu(e), { silent: true });

/** Runs when the add-on is installed: shows the menu at once, without reopening the spreadsheet. */
export const onInstall = guarded('onInstall', (e?: OpenEvent) => onOpen(e), { silent: true });

export const menuSetup = guarded('menuSetup', () => setup());

export const menuValidate = guarded('menuValidate', () => validateActiveSheet());

export const menuAggregate = guarded('menuAggregate', () => showAggregateDialog());

// Called by the aggregation dialog (google.script.run); see aggregate-api.ts.
export const aggregateInit = dialogCall('aggregateInit', () => pendingJob());
export const aggregateStart = dialogCall('aggregateStart', startJob);
export const aggregateStep = dialogCall('aggregateStep', runStep);
export const aggregateFinish = dialogCall('aggregateFinish', finishJob);

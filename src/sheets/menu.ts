// The “Dân vận khéo” menu, built in onOpen's limited auth mode: UI calls only, nothing else.
import { TEXT } from './texts';

/**
 * Which menu to add. An add-on's onOpen runs in AuthMode.NONE until the add-on is used in the document,
 * and onInstall runs in FULL; a script bound to the spreadsheet always gets LIMITED (as does an add-on
 * already enabled in the document, which cannot be told apart without a service call). So NONE and FULL
 * mean “add-on” → the add-on menu under Extensions; LIMITED or no event (run from the editor) → a
 * top-level menu, which officers find more easily in the bound template spreadsheet.
 */
export function menuKind(e: { authMode?: unknown } | undefined): 'addon' | 'top' {
  const mode = e?.authMode;
  if (mode === undefined || mode === null) return 'top';
  // Enum values are host objects in Apps Script: compare by name.
  const name = String(mode);
  const modes = ScriptApp.AuthMode;
  return name === String(modes.NONE) || name === String(modes.FULL) ? 'addon' : 'top';
}

export function buildMenu(e: { authMode?: unknown } | undefined): void {
  const ui = SpreadsheetApp.getUi();
  const menu = menuKind(e) === 'addon' ? ui.createAddonMenu() : ui.createMenu(TEXT.appName);
  menu
    .addItem(TEXT.menuSetup, 'menuSetup')
    .addItem(TEXT.menuValidate, 'menuValidate')
    .addItem(TEXT.menuResults, 'menuResults')
    .addItem(TEXT.menuReturn, 'menuReturn')
    .addItem(TEXT.menuAggregate, 'menuAggregate')
    .addItem(TEXT.menuGenerate, 'menuGenerate')
    .addToUi();
}

// The “Dân vận khéo” menu, built in onOpen's limited auth mode: UI calls only, nothing else.
import { FORMAT_TEXT } from './generate/texts';
import { TEXT } from './texts';
import { COLLECT_TEXT } from './collect/texts';

/** Set by scripts/build.mjs (esbuild `define`): true in the add-on build, the default; false with DVK_BOUND=1. */
declare const __DVK_ADDON__: boolean;

/**
 * Which menu the build adds. The add-on build always uses the add-on menu (under Extensions / Tiện ích mở rộng),
 * whatever the auth mode: an add-on's onOpen runs in NONE or LIMITED depending on whether it was used in the
 * document before, and a top-level menu is not what the Marketplace expects of an add-on. The bound-script build
 * (DVK_BOUND=1, for a template spreadsheet that carries its own script) adds a top-level “Dân vận khéo” menu.
 * Outside a build (unit tests) it is the add-on.
 */
export const MENU_KIND: 'addon' | 'top' = typeof __DVK_ADDON__ === 'undefined' || __DVK_ADDON__ ? 'addon' : 'top';

export function buildMenu(): void {
  const ui = SpreadsheetApp.getUi();
  const menu = MENU_KIND === 'addon' ? ui.createAddonMenu() : ui.createMenu(TEXT.appName);
  menu
    .addItem(TEXT.menuSetup, 'menuSetup')
    .addItem(COLLECT_TEXT.menuDistribute, 'menuDistribute')
    .addItem(COLLECT_TEXT.menuForm, 'menuForm')
    .addItem(TEXT.menuValidate, 'menuValidate')
    .addItem(TEXT.menuResults, 'menuResults')
    .addItem(TEXT.menuReturn, 'menuReturn')
    .addItem(COLLECT_TEXT.menuRemind, 'menuRemind')
    .addItem(TEXT.menuAggregate, 'menuAggregate')
    .addItem(TEXT.menuGenerate, 'menuGenerate')
    .addItem(FORMAT_TEXT.menu, 'menuCheckFormat')
    .addToUi();
}

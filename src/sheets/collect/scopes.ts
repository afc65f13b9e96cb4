// The OAuth scopes of the collection menus, asked for when a menu that needs one is used: with granular consent a
// user may have left one unticked at first authorisation, and ScriptApp.requireScopes then ends the run and asks
// for it, before anything is read or written. The base scopes (spreadsheets, drive, script.container.ui) every menu needs.

export const SCOPES = {
  forms: 'https://www.googleapis.com/auth/forms',
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
} as const;

/** What requireScopes threw: let through every handler's error catching, so that Apps Script can ask for consent. */
const stops = new WeakSet<object>();

/** Ends the run (Apps Script then asks the user for consent) when the user has not granted these scopes. */
export function requireScopes(...scopes: string[]): void {
  try {
    ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, scopes);
  } catch (e) {
    if (e && typeof e === 'object') stops.add(e);
    throw e;
  }
}

/** Whether an error is requireScopes ending the run (never reported as a failure of ours). */
export function isScopeStop(e: unknown): boolean {
  return !!e && typeof e === 'object' && stops.has(e);
}

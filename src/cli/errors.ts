// Errors the CLI shows kindly (Vietnamese, no stack); anything else is a bug and shows its stack.

/** A problem with the user's input: a file, an argument, a config. Exit code 2. */
export class UserError extends Error {
  override name = 'UserError';
}

export const EXIT = { ok: 0, findings: 1, input: 2, bug: 3 } as const;

/**
 * Errors that carry a meaning for the action wrapper: a user mistake is reported as one clear
 * `::error::`; anything else is a bug in autoheal and reported with context.
 */

/** A mistake the user can fix: a bad input, an invalid config file, a missing permission. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
  /** Where the mistake is, when it is in a file (config key, workflow line). */
  readonly file?: string;
  readonly line?: number;

  constructor(message: string, where?: { file?: string; line?: number }) {
    super(message);
    if (where?.file !== undefined) this.file = where.file;
    if (where?.line !== undefined) this.line = where.line;
  }
}

/** Several user mistakes found at once (every bad key of a config file, not just the first). */
export class ConfigurationErrors extends ConfigurationError {
  readonly errors: readonly ConfigurationError[];

  constructor(errors: readonly ConfigurationError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.errors = errors;
  }
}

/** The per-run operation budget ran out; the work listed in `undone` was not done. */
export class BudgetExhaustedError extends Error {
  override readonly name = 'BudgetExhaustedError';
  readonly limit: number;
  readonly undone: string;

  constructor(limit: number, undone: string) {
    super(`Operation budget of ${limit} reached; not done: ${undone}`);
    this.limit = limit;
    this.undone = undone;
  }
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError;
}

/** A message for any thrown value, without assuming it is an Error. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

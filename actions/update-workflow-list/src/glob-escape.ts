/**
 * `on.workflow_run.workflows` entries are glob patterns, not names: GitHub documents that `*`, `**`,
 * `?`, `+`, `[]` and a leading `!` are special there, and that each must be escaped with `\` for a
 * literal match (a name like `Build C++` otherwise never matches, or breaks the trigger). The
 * backslash itself is escaped too, so the pattern of every name is unambiguous.
 */

/** Characters special anywhere in a pattern (GitHub's filter pattern cheat sheet), plus `\`. */
const SPECIAL = /[\\*?+[\]]/g;

/** The pattern that matches exactly the workflow named `name`. */
export function escapeWorkflowName(name: string): string {
  const escaped = name.replace(SPECIAL, (c) => `\\${c}`);
  // `!` negates only when it is the first character; elsewhere it is literal.
  return escaped.startsWith('!') ? `\\${escaped}` : escaped;
}

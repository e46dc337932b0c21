/** One thing wrong with a workflow template, located well enough for a `::error file=…,line=…::` annotation. */
export interface Problem {
  /** Path as given to the checker (relative to the repository root when found by `checkTemplates`). */
  readonly file: string;
  /** One-based line. */
  readonly line: number;
  /** One-based column, when the source of the problem knows it. */
  readonly column?: number;
  /** Which check found it: `workflow-parser`, `actionlint`, or one of the autoheal rules. */
  readonly rule: string;
  readonly message: string;
}

/** The rule names, so tests and callers do not spell them by hand. */
export const Rules = {
  parser: 'workflow-parser',
  actionlint: 'actionlint',
  permissions: 'permissions',
  pinnedUses: 'pinned-uses',
  scriptInjection: 'script-injection',
  concurrency: 'concurrency',
  workflowDispatch: 'workflow-dispatch',
  untrustedCheckout: 'untrusted-checkout',
  persistCredentials: 'persist-credentials',
  publishedCopy: 'published-copy',
  dangerousTrigger: 'dangerous-trigger',
  excessivePermissions: 'excessive-permissions',
  secretsInherit: 'secrets-inherit',
  cachePoisoning: 'cache-poisoning',
  callerPermissions: 'caller-permissions',
  reusableCall: 'reusable-call',
  placeholderPin: 'placeholder-pin',
} as const;

// Workflow commands end a property at `,` and the message at a newline, so both must be escaped
// (the runner decodes these %-sequences back).
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** The problem as a GitHub workflow command, which the runner turns into an annotation on that line. */
export function formatProblem(problem: Problem): string {
  const props = [`file=${escapeProperty(problem.file)}`, `line=${problem.line}`];
  if (problem.column !== undefined) props.push(`col=${problem.column}`);
  props.push(`title=${escapeProperty(`template check (${problem.rule})`)}`);
  return `::error ${props.join(',')}::${escapeData(problem.message)}`;
}

// Code-unit order, not locale order, so output is the same on every machine.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Stable order for output and tests: by file, then position. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.line - b.line ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compareText(a.rule, b.rule),
  );
}

/** The failure categories autoheal reports — a public contract (analysis JSON, labels, config). */
export const FAILURE_CATEGORIES = [
  'compile_error',
  'test_failure',
  'lint_failure',
  'missing_dependency',
  'missing_command',
  'missing_file',
  'missing_secret',
  'permission_denied',
  'network_error',
  'timeout',
  'resource_exhaustion',
  'docker_failure',
  'git_error',
  'toolchain_mismatch',
  'workflow_syntax',
  'infrastructure',
  'unknown',
] as const;

export type FailureCategory = (typeof FAILURE_CATEGORIES)[number];

export function isFailureCategory(value: string): value is FailureCategory {
  return (FAILURE_CATEGORIES as readonly string[]).includes(value);
}

/**
 * How much a category explains a failure when several appear together: the machine running out
 * of disk explains the compile errors that follow it, not the other way round. Higher wins.
 */
export const ROOT_CAUSE_RANK: Readonly<Record<FailureCategory, number>> = {
  resource_exhaustion: 10,
  infrastructure: 9,
  timeout: 8,
  network_error: 7,
  workflow_syntax: 6,
  missing_secret: 6,
  toolchain_mismatch: 5,
  missing_command: 5,
  missing_dependency: 5,
  permission_denied: 4,
  missing_file: 4,
  docker_failure: 3,
  git_error: 3,
  compile_error: 2,
  lint_failure: 2,
  test_failure: 2,
  unknown: 0,
};

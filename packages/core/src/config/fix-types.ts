/** The mechanical fixes autoheal can propose as a draft PR; `fixes.allowed` picks from these. */
export const FIX_TYPES = [
  'timeout',
  'missing_dependency',
  'missing_command',
  'toolchain_mismatch',
  'resource_exhaustion',
  'lint_failure',
] as const;

export type FixType = (typeof FIX_TYPES)[number];

export function isFixType(value: string): value is FixType {
  return (FIX_TYPES as readonly string[]).includes(value);
}

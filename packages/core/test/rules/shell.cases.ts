import type { RuleCase } from './rule-cases.js';

// bats, ShellCheck and bash. Lines from packages/fixtures/ecosystems/shell (tune cases).
export const shellCases: RuleCase[] = [
  {
    rule: 'tap.not-ok',
    line: 'not ok 2 greet without a name fails with usage',
    category: 'test_failure',
    facts: { tests: ['greet without a name fails with usage'] },
  },
  { rule: 'bats.failed-command', line: '#   `[ "$status" -eq 2 ]\' failed', category: 'test_failure' },
  {
    rule: 'bats.failed-command',
    line: "#   `./install.sh' failed with status 127",
    category: 'test_failure',
    facts: { exitCode: 127 },
  },
  {
    rule: 'bats.location',
    line: '# (in test file test.bats, line 15)',
    facts: { locations: [{ file: 'test.bats', line: 15 }] },
  },
  {
    rule: 'bats.command-not-found',
    line: '# ./install.sh: line 4: gomplate: command not found',
    category: 'missing_command',
    facts: { command: 'gomplate' },
  },
  {
    rule: 'shellcheck.finding',
    line: "^-----^ SC2164 (warning): Use 'cd ... || exit' or 'cd ... || return' in case cd fails.",
    category: 'lint_failure',
    facts: { code: 'SC2164' },
  },
  {
    rule: 'shellcheck.finding',
    line: "                              ^-- SC2035 (info): Use ./*glob* or -- *glob* so names with dashes won't become options.",
    facts: { code: 'SC2035' },
  },
  {
    rule: 'shellcheck.gcc',
    line: 'backup.sh:5:10: error: Iterating over ls output is fragile. Use globs. [SC2045]',
    category: 'lint_failure',
    facts: { code: 'SC2045', locations: [{ file: 'backup.sh', line: 5, column: 10 }] },
  },
  {
    rule: 'bash.syntax-error',
    line: 'lib.sh: line 18: syntax error: unexpected end of file',
    category: 'compile_error',
    facts: { locations: [{ file: 'lib.sh', line: 18 }] },
  },
];

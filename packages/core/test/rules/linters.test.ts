import { describe, it } from 'vitest';
import { linterCases as cases } from './linters.cases.js';
import { checkCase, checkMiss } from './rule-cases.js';

describe('linter and format-check rules', () => {
  for (const c of cases) it(`${c.rule}: ${c.line.slice(0, 70)}`, () => checkCase(c));

  it('does not take look-alikes', () => {
    // A compiler's own error on the same file:line shape is not a formatting violation.
    checkMiss('clang-format.violation', "src/a.c:3:5: error: use of undeclared identifier 'x'");
    // Warnings do not fail ESLint, stylelint, yamllint or PHP_CodeSniffer.
    checkMiss(
      'eslint.compact',
      '/p/src/a.js: line 2, col 1, Warning - Unexpected console statement. (no-console)',
    );
    checkMiss('eslint.unix', '/p/lib/a.js:3:1: Unexpected console statement. [Warning/no-console]');
    checkMiss(
      'stylelint.compact',
      '/p/a.css: line 1, col 1, warning - Expected a leading zero (number-leading-zero)',
    );
    checkMiss('stylelint.unix', '/p/a.css:1:1: Expected a leading zero (number-leading-zero) [warning]');
    checkMiss('yamllint.problem', '  1:1       warning  missing document start "---"  (document-start)');
    checkMiss(
      'yamllint.parsable',
      'config.yaml:1:1: [warning] missing document start "---" (document-start)',
    );
    checkMiss('phpcs.full', '  7 | WARNING | Line exceeds 120 characters; contains 131 characters');
    checkMiss('phpcs.emacs', '/p/src/a.php:7:1: warning - Line exceeds 120 characters');
    // Prettier's other [error] lines are its code frame, not the error.
    checkMiss('prettier.syntax-error', '[error]   3 |   .map((x) => x.trim()');
    // Summaries and hints around the findings.
    checkMiss('commitlint.problem', '✖   found 3 problems, 0 warnings');
    checkMiss('markdownlint.problem', 'See MD041 in the docs for first-line headings');
    checkMiss('codespell.typo', '==> Downloading https://ghcr.io/v2/homebrew/core/wget');
    checkMiss('isort.check', 'Skipped 2 files');
    // ESLint's and stylelint's fix hints are not ruff's summary.
    checkMiss('ruff.summary', '  0 errors and 1 warning potentially fixable with the `--fix` option.');
    checkMiss('ruff.summary', '  1 error potentially fixable with the "--fix" option.');
    checkMiss('tslint.prose', 'WARNING: src/a.ts[3, 1]: Calls to console.log are not allowed.');
    // A puppet-lint warning is not its error; a YAML path in prose is not ansible-lint's.
    checkMiss('puppet-lint.error', 'WARNING: class not documented on line 1 (check: documentation)');
    checkMiss('ansible-lint.location', 'Run: yamllint .github/workflows/ci.yml: done');
    checkMiss('psalm.emacs', '/p/src/A.php:12:5:warning - PossiblyNullReference: Cannot call method');
  });
});

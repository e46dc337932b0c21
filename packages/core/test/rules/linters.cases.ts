import type { RuleCase } from './rule-cases.js';

// Linters and format checks (rules/linters.ts). Lines from packages/fixtures/ecosystems (tune cases).
export const linterCases: RuleCase[] = [
  {
    rule: 'clang-format.violation',
    line: 'src/sum.c:5:30: error: code should be clang-formatted [-Wclang-format-violations]',
    category: 'lint_failure',
    facts: { tool: 'clang-format', locations: [{ file: 'src/sum.c', line: 5, column: 30 }] },
  },
  {
    rule: 'clang-format.violation',
    line: 'include/list.h:2:14: error: code should be clang-formatted [-Wclang-format-violations]',
    category: 'lint_failure',
  },
  {
    rule: 'isort.check',
    line: 'ERROR: /home/runner/work/project/app.py Imports are incorrectly sorted and/or formatted.',
    category: 'lint_failure',
    facts: { tool: 'isort', file: '/home/runner/work/project/app.py' },
  },
  {
    rule: 'black.cannot-format',
    line: 'error: cannot format /home/runner/work/project/pkg/__init__.py: Cannot parse: 2:10:     print "hello", name',
    category: 'lint_failure',
    facts: { tool: 'black', file: '/home/runner/work/project/pkg/__init__.py' },
  },
  {
    rule: 'eslint.parse-error',
    line: '  4:2  error  Parsing error: Unexpected token }',
    category: 'lint_failure',
    facts: {
      tool: 'eslint',
      locations: [{ file: '', line: 4, column: 2, message: 'Parsing error: Unexpected token }' }],
    },
  },
  {
    rule: 'eslint.compact',
    line: "/home/runner/work/project/src/index.js: line 10, col 27, Error - 'totl' is not defined. (no-undef)",
    category: 'lint_failure',
    facts: {
      code: 'no-undef',
      locations: [{ file: '/home/runner/work/project/src/index.js', line: 10, column: 27 }],
    },
  },
  {
    rule: 'eslint.compact',
    line: '/home/runner/work/project/src/index.js: line 4, col 9, Error - Expected a conditional expression and instead saw an assignment. (no-cond-assign)',
    facts: { code: 'no-cond-assign' },
  },
  {
    rule: 'prettier.syntax-error',
    line: '[error] lib/parse.js: SyntaxError: Unexpected token, expected "," (4:1)',
    category: 'lint_failure',
    facts: { tool: 'prettier', locations: [{ file: 'lib/parse.js', line: 4, column: 1 }] },
  },
  {
    rule: 'prettier.syntax-error',
    line: 'Error occurred when checking code style in the above file.',
    category: 'lint_failure',
  },
  {
    rule: 'stylelint.problem',
    line: '  1:1  ✖  Unclosed block  CssSyntaxError',
    category: 'lint_failure',
    facts: { tool: 'stylelint', code: 'CssSyntaxError' },
  },
  {
    rule: 'stylelint.unix',
    line: '/home/runner/work/project/styles/app.css:1:12: Unexpected invalid hex color "#ggg" (color-no-invalid-hex) [error]',
    category: 'lint_failure',
    facts: {
      code: 'color-no-invalid-hex',
      locations: [{ file: '/home/runner/work/project/styles/app.css', line: 1, column: 12 }],
    },
  },
  {
    rule: 'yamllint.problem',
    line: '  6:7       error    wrong indentation: expected 4 but found 6  (indentation)',
    category: 'lint_failure',
    facts: { tool: 'yamllint', code: 'indentation' },
  },
  {
    rule: 'yamllint.problem',
    line: '  4:11      error    syntax error: mapping values are not allowed here (syntax)',
    category: 'lint_failure',
    facts: { code: 'syntax' },
  },
  {
    rule: 'yamllint.parsable',
    line: 'config.yaml:3:3: [error] duplication of key "port" in mapping (key-duplicates)',
    category: 'lint_failure',
    facts: { code: 'key-duplicates', locations: [{ file: 'config.yaml', line: 3, column: 3 }] },
  },
  {
    rule: 'yamllint.github',
    line: '::error file=config/app.yaml,line=4,col=1::4:1 [key-duplicates] duplication of key "name" in mapping',
    category: 'lint_failure',
    facts: { code: 'key-duplicates', locations: [{ file: 'config/app.yaml', line: 4, column: 1 }] },
  },
  {
    rule: 'markdownlint.problem',
    line: 'README.md:1 MD041/first-line-heading/first-line-h1 First line in a file should be a top-level heading [Context: "Intro text"]',
    category: 'lint_failure',
    facts: { code: 'MD041', locations: [{ file: 'README.md', line: 1 }] },
  },
  {
    rule: 'markdownlint.problem',
    line: 'docs/guide.md:5:1 MD018/no-missing-space-atx No space after hash on atx style heading [Context: "##Usage"]',
    facts: { code: 'MD018', locations: [{ file: 'docs/guide.md', line: 5, column: 1 }] },
  },
  {
    // markdownlint-cli2's form, severity before the rule.
    rule: 'markdownlint.problem',
    line: 'docs/intro.md:3 error MD022/blanks-around-headings Headings should be surrounded by blank lines',
    facts: { code: 'MD022', locations: [{ file: 'docs/intro.md', line: 3 }] },
  },
  {
    rule: 'codespell.typo',
    line: 'src/count.py:1: occurence ==> occurrence',
    category: 'lint_failure',
    facts: { locations: [{ file: 'src/count.py', line: 1, message: 'occurence ==> occurrence' }] },
  },
  {
    rule: 'commitlint.problem',
    line: '✖   subject may not be empty [subject-empty]',
    category: 'lint_failure',
    facts: { code: 'subject-empty' },
  },
  {
    rule: 'phpcs.full',
    line: '  8 | ERROR | [x] Opening brace should be on a new line',
    category: 'lint_failure',
    facts: {
      tool: 'phpcs',
      locations: [{ file: '', line: 8, message: 'Opening brace should be on a new line' }],
    },
  },
  {
    rule: 'phpcs.full',
    line: ' 11 | ERROR | [ ] Visibility must be declared on method "total"',
    category: 'lint_failure',
  },
  {
    rule: 'phpcs.emacs',
    line: '/home/runner/work/project/src/helpers.php:2:32: error - Opening brace should be on a new line',
    category: 'lint_failure',
    facts: {
      locations: [
        {
          file: '/home/runner/work/project/src/helpers.php',
          line: 2,
          column: 32,
          message: 'Opening brace should be on a new line',
        },
      ],
    },
  },
  {
    rule: 'psalm.emacs',
    line: '/path/to/main.php:84:21:error - UndefinedConstant: Const __ROOT__ is not defined',
    category: 'lint_failure',
    facts: { code: 'UndefinedConstant', locations: [{ file: '/path/to/main.php', line: 84, column: 21 }] },
  },
  {
    rule: 'tslint.prose',
    line: 'path/to/file1.ts[15, 11]: missing semicolon',
    category: 'lint_failure',
    facts: { locations: [{ file: 'path/to/file1.ts', line: 15, column: 11, message: 'missing semicolon' }] },
  },
  {
    rule: 'standard.banner',
    line: 'standard: Run `standardrb --fix` to automatically fix some problems.',
    category: 'lint_failure',
  },
  {
    rule: 'standard.banner',
    line: 'standard: Use Ruby Standard Style (https://github.com/testdouble/standard)',
    category: 'lint_failure',
  },
  {
    rule: 'puppet-lint.error',
    line: 'ERROR: webapp not in autoload module layout on line 1 (check: autoloader_layout)',
    category: 'lint_failure',
    facts: { code: 'autoloader_layout', locations: [{ file: '', line: 1 }] },
  },
  {
    rule: 'puppet-lint.warning',
    line: 'WARNING: mode should be represented as a 4 digit octal value or symbolic mode on line 9 (check: file_mode)',
    category: 'lint_failure',
    facts: { code: 'file_mode', locations: [{ file: '', line: 9 }] },
  },
  {
    rule: 'ansible-lint.rule',
    line: 'playbook.yml:3: no-changed-when: Commands should not change things if nothing needs doing.',
    category: 'lint_failure',
    facts: { code: 'no-changed-when', locations: [{ file: 'playbook.yml', line: 3 }] },
  },
  {
    rule: 'ansible-lint.rule',
    line: 'playbook.yml:1: name[play]: All plays should be named.',
    facts: { code: 'name[play]' },
  },
  {
    rule: 'ansible-lint.location',
    line: 'roles/web/tasks/main.yml:6 Task/Handler: Restart',
    category: 'lint_failure',
    facts: { locations: [{ file: 'roles/web/tasks/main.yml', line: 6 }] },
  },
  {
    rule: 'eslint.max-warnings',
    line: 'ESLint found too many warnings (maximum: 0).',
    category: 'lint_failure',
    facts: { tool: 'eslint' },
  },
  {
    rule: 'eslint.unix',
    line: "/home/runner/work/project/lib/queue.js:2:20: Expected '===' and instead saw '=='. [Error/eqeqeq]",
    category: 'lint_failure',
    facts: {
      code: 'eqeqeq',
      locations: [{ file: '/home/runner/work/project/lib/queue.js', line: 2, column: 20 }],
    },
  },
  {
    rule: 'stylelint.compact',
    line: '/home/runner/work/project/scss/nav.css: line 2, col 3, error - Unexpected duplicate "color" (declaration-block-no-duplicate-properties)',
    category: 'lint_failure',
    facts: {
      code: 'declaration-block-no-duplicate-properties',
      locations: [{ file: '/home/runner/work/project/scss/nav.css', line: 2, column: 3 }],
    },
  },
];

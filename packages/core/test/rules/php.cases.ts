import type { RuleCase } from './rule-cases.js';

// PHPUnit 9, PHP errors and Composer. Lines from packages/fixtures/ecosystems/php (tune cases).
export const phpCases: RuleCase[] = [
  {
    rule: 'phpunit.progress',
    line: 'E                                                                   1 / 1 (100%)',
  },
  { rule: 'phpunit.header', line: 'There was 1 failure:', category: 'test_failure' },
  { rule: 'phpunit.header', line: 'There was 1 error:' },
  {
    rule: 'phpunit.test',
    line: '1) TagsTest::testDropsEmptyAndDuplicateTags',
    category: 'test_failure',
    facts: { tests: ['TagsTest::testDropsEmptyAndDuplicateTags'] },
  },
  {
    rule: 'phpunit.assertion',
    line: "Failed asserting that '3' is identical to 3.",
    category: 'test_failure',
  },
  { rule: 'phpunit.summary', line: 'Tests: 1, Assertions: 1, Failures: 1.', category: 'test_failure' },
  {
    rule: 'php.error',
    line: 'PHP Parse error:  syntax error, unexpected token "}" in src/Router.php on line 11',
    category: 'compile_error',
    facts: { locations: [{ file: 'src/Router.php', line: 11 }] },
  },
  {
    rule: 'php.error',
    line: 'PHP Fatal error:  Uncaught Error: Call to undefined function render_report() in /home/runner/work/project/bin/console:5',
    category: 'compile_error',
    facts: { locations: [{ file: '/home/runner/work/project/bin/console', line: 5 }] },
  },
  {
    rule: 'php.error',
    line: 'PHP Fatal error:  Uncaught Error: Class "App\\Kernel" not found in /home/runner/work/project/index.php:6',
    category: 'compile_error',
  },
  { rule: 'php.lint-summary', line: 'Errors parsing src/Router.php', category: 'compile_error' },
  {
    rule: 'composer.unresolvable',
    line: '    - Root composer.json requires acme/pdf-renderer, it could not be found in any version, there may be a typo in the package name.',
    category: 'missing_dependency',
    facts: { package: 'acme/pdf-renderer' },
  },
  // php/composer-schema-name: a package name with capitals.
  {
    rule: 'composer.schema',
    line: '  "./composer.json" does not match the expected JSON schema:                   ',
    category: 'lint_failure',
    facts: { file: './composer.json' },
  },
  // php/composer-validate-strict: warnings fail `composer validate --strict`.
  {
    rule: 'composer.validate',
    line: './composer.json is valid, but with a few warnings',
    category: 'lint_failure',
    facts: { file: './composer.json' },
  },
  {
    rule: 'composer.unresolvable',
    line: 'Your requirements could not be resolved to an installable set of packages.',
    // The problem lines under it name the cause.
    category: null,
  },
  {
    rule: 'composer.download',
    line: '  d431c3e61ad47037001" file could not be downloaded: php_network_getaddresses  ',
    category: 'network_error',
  },
];

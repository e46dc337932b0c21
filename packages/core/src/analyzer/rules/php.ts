import type { Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/** PHPUnit, PHP's own errors (`php -l`, fatal errors, uncaught exceptions) and Composer. */
export const phpRules: Rule[] = [
  {
    id: 'phpunit.progress',
    tool: 'phpunit',
    anchors: ['E   '],
    // The progress line "E          1 / 1 (100%)" states no cause, and its "E   " must not read as
    // a pytest assertion line.
    pattern: /^[.EFWRSIND]+ +\d+ \/ \d+ \( *\d+%\)$/,
    role: 'noise',
    weight: 0.9,
  },
  {
    id: 'phpunit.header',
    tool: 'phpunit',
    anchors: [' failure:', ' failures:', ' error:', ' errors:'],
    pattern: /^There (?:was 1|were \d+) (?:failure|error)s?:$/,
    role: 'header',
    category: 'test_failure',
    weight: 0.5,
  },
  {
    // "There was 1 risky test:", "There were 2 incomplete tests:", "There was 1 skipped test:"
    // (and PHPUnit 10's deprecations and notices): these do not fail the run, yet list their tests
    // the way failures are listed. A section ends at PHPUnit's "--" separator or its verdict.
    id: 'phpunit.quiet-header',
    tool: 'phpunit',
    anchors: [' risky test', ' incomplete test', ' skipped test', ' PHPUnit deprecation', ' PHPUnit notice'],
    pattern:
      /^There (?:was 1|were \d+) (?:risky|incomplete|skipped|PHPUnit deprecation|PHPUnit notice)(?: test)?s?:$/,
    role: 'header',
    weight: 0.5,
    quiets: /^(?:--$|[A-Z]+!$|OK\b|Tests: \d)/,
  },
  {
    id: 'phpunit.test',
    tool: 'phpunit',
    anchors: ['::test'],
    // "1) GreeterTest::testGreetsByName" (with data sets: "… with data set "four" (4, 'IV')"), then
    // the assertion or exception message up to the blank line before the file:line trace.
    // `(\S+)(?: .*)?` rather than `(\S+).*`: the two split the data set's name every way (quadratic).
    pattern: /^\d+\) ([\w\\]+::test\w*)(?: with data set (\S+)(?: .*)?)?$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    follow: 'paragraph',
    facts: (m) => ({ tool: 'phpunit', tests: [m[2] ? `${m[1]!} with data set ${m[2]}` : m[1]!] }),
  },
  {
    id: 'phpunit.assertion',
    tool: 'phpunit',
    anchors: ['Failed asserting that'],
    // "Failed asserting that '3' is identical to 3." The test name and a custom message sit above it.
    pattern: /^Failed asserting that /,
    role: 'error',
    category: 'test_failure',
    weight: 0.8,
    follow: 'paragraph',
    lead: /\S/,
    facts: () => ({ tool: 'phpunit' }),
  },
  {
    id: 'phpunit.summary',
    tool: 'phpunit',
    anchors: ['Failures: ', 'Errors: '],
    // "Tests: 12, Assertions: 30, Failures: 2." Counts only: the tests above name the cause.
    pattern: /^Tests: \d+, Assertions: \d+, (?:Errors|Failures): \d+/,
    role: 'error',
    category: 'test_failure',
    weight: 0.3,
    facts: () => ({ tool: 'phpunit' }),
  },
  {
    id: 'php.error',
    tool: 'php',
    anchors: ['Parse error: ', 'Fatal error: ', 'fatal error: '],
    // "PHP Parse error:  syntax error, unexpected token "}" in src/Router.php on line 11",
    // "PHP Fatal error:  Uncaught Error: Call to undefined function render_report() in /w/bin/console:5".
    // `(?! )` makes ` +` take every space before the message: else ` +` and `.*?` split them (quadratic).
    pattern:
      /^(?:PHP )?(Parse error|Fatal error|Catchable fatal error|Recoverable fatal error): +(?! )(.*?)(?: in (\S+?)(?: on line |:)(\d+))?$/,
    role: 'error',
    classify: (m) => {
      const msg = m[2]!;
      if (m[1] === 'Parse error') return 'compile_error';
      if (/^Allowed memory size of \d+ bytes exhausted/.test(msg)) return 'resource_exhaustion';
      if (/^Maximum execution time of \d+ seconds? exceeded/.test(msg)) return 'timeout';
      // Names that do not exist: what a compiler would have refused.
      if (
        /^(?:Uncaught Error: )?(?:Call to undefined (?:function|method)|Class "?[\w\\]+"? not found|Interface "?[\w\\]+"? not found|Trait "?[\w\\]+"? not found|Undefined constant)/.test(
          msg,
        )
      )
        return 'compile_error';
      return undefined;
    },
    weight: 0.85,
    facts: (m) => ({ tool: 'php', locations: [location(m[3] ?? '', m[4], undefined, m[2])] }),
  },
  {
    id: 'php.lint-summary',
    tool: 'php -l',
    anchors: ['Errors parsing '],
    pattern: /^Errors parsing (\S+)$/,
    role: 'error',
    category: 'compile_error',
    weight: 0.5,
    facts: (m) => ({ tool: 'php', file: m[1]! }),
  },
  {
    // `composer validate`: "./composer.json is invalid, the following errors/warnings were found:"
    // or, failing under --strict, "./composer.json is valid, but with a few warnings"; the
    // "- …" findings follow under "# General warnings"-style headings, up to a blank line.
    id: 'composer.validate',
    tool: 'composer',
    anchors: ['composer.json is invalid', 'composer.json is valid, but with a few warnings'],
    pattern: /^(\S*composer\.json) is (?:invalid, the following errors|valid, but with a few warnings)/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.8,
    follow: 'until-blank',
    facts: (m) => ({ tool: 'composer', file: m[1]! }),
  },
  {
    // Composer refusing a manifest its schema rejects, in its exception box:
    // '  "./composer.json" does not match the expected JSON schema:' and the "- name : …" findings
    // indented under it.
    id: 'composer.schema',
    tool: 'composer',
    anchors: ['does not match the expected JSON schema'],
    pattern: /^\s*"?(\S*composer\.json)"? does not match the expected JSON schema:/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.8,
    follow: 'indented',
    facts: (m) => ({ tool: 'composer', file: m[1]! }),
  },
  {
    id: 'composer.unresolvable',
    tool: 'composer',
    anchors: [
      'could not be resolved to an installable set',
      'composer.json requires',
      'does not satisfy that requirement',
    ],
    // "Your requirements could not be resolved to an installable set of packages.", then per problem
    // "- Root composer.json requires php ^8.4 but your php version (8.2.32) does not satisfy that
    // requirement." or "… requires PHP extension ext-mongodb * but it is missing from your system."
    // The lookbehind tries a "vendor/package" only from its first character (linear time).
    pattern:
      /could not be resolved to an installable set of packages|(?:composer\.json|(?<![\w.-])[\w.-]+\/[\w.-]+ \S+) requires (?:(php(?:-64bit)?) (\S+) (?:but|->) your php version \(([\d.]+)\)|PHP extension (ext-[\w-]+)|([\w.-]+\/[\w.-]+))/,
    role: 'error',
    // The opening sentence names no cause: the problem lines under it decide (a PHP version is a
    // toolchain mismatch, a package or extension a missing dependency).
    classify: (m) => (m[1] ? 'toolchain_mismatch' : m[4] || m[5] ? 'missing_dependency' : undefined),
    weight: 0.85,
    facts: (m) =>
      facts({
        tool: 'composer',
        toolchain: m[1] ? 'php' : undefined,
        requiredVersion: m[2],
        actualVersion: m[3],
        package: m[4] ?? m[5],
      }),
  },
  {
    id: 'composer.download',
    tool: 'composer',
    anchors: ['could not be downloaded', 'curl error '],
    // Inside Composer's error box, wrapped at 80 columns: "The "https://repo.packagist.org/packages.json"
    // file could not be downloaded: …" (the URL may sit on the line above, which the lead takes),
    // or "curl error 6 while downloading https://…: Could not resolve host".
    pattern: /file could not be downloaded|curl error \d+ while downloading (https?:\/\/\S+)/,
    role: 'error',
    category: 'network_error',
    weight: 0.85,
    follow: 'paragraph',
    lead: /^ {2}\S/,
    facts: (_m, line) => facts({ tool: 'composer', host: /https?:\/\/([^/:"\s]+)/.exec(line)?.[1] }),
  },
];

import type { Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/** RSpec, Minitest, test-unit, Cucumber, Ruby's own errors, Rake, Bundler and RuboCop. */
export const rubyRules: Rule[] = [
  {
    id: 'rspec.failed-example',
    tool: 'rspec',
    anchors: ['rspec ./'],
    pattern: /^rspec (\.\/\S+?):(\d+) # (.*)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    facts: (m) => ({ tool: 'rspec', tests: [m[3]!], locations: [location(m[1], m[2])] }),
  },
  {
    // "  1) Calculator adds two numbers" / "     Failure/Error: expect(…).to eq(2)" / the expected
    // and got lines indented under it. Weighs less than a syntax or load error reported the same way.
    id: 'rspec.failure-error',
    tool: 'rspec',
    anchors: ['Failure/Error: '],
    pattern: /^\s*Failure\/Error: (.+)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.8,
    lead: /^\s+\d+\) \S/,
    follow: 'indented',
    facts: () => ({ tool: 'rspec' }),
  },
  {
    // "Pending: (Failures listed here are expected and do not affect your suite's status)" heads
    // the pending and skipped examples, each with its own "Failure/Error:"; the section's items
    // are indented, so it ends at the first unindented line ("Failures:", "Finished in …").
    id: 'rspec.pending-header',
    tool: 'rspec',
    anchors: ['Pending:'],
    pattern: /^Pending:(?: \(Failures listed here are expected[^)]*\))?$/,
    role: 'header',
    weight: 0.5,
    quiets: /^\S/,
  },
  {
    id: 'rspec.load-error',
    tool: 'rspec',
    anchors: ['An error occurred while loading '],
    pattern: /^An error occurred while loading (\S+?)\.?$/,
    role: 'error',
    weight: 0.6,
    facts: (m) => ({ tool: 'rspec', file: m[1]! }),
  },
  {
    id: 'rspec.summary',
    tool: 'rspec',
    anchors: ['examples, '],
    pattern: /^\d+ examples?, (\d+) failures?/,
    role: 'verdict',
    classify: (m) => (m[1] === '0' ? undefined : 'test_failure'),
    // A count that closes the run: the failures it counts say why. Below the shown verdicts, so
    // it neither shows nor joins the failure block a blank line above it.
    weight: 0.2,
    // No tool fact: hspec (Haskell) prints the very same line.
  },
  {
    id: 'minitest.summary',
    tool: 'minitest',
    anchors: ['failures, '],
    pattern: /^\d+ (?:runs|tests), \d+ assertions, (\d+) failures, (\d+) errors/,
    role: 'verdict',
    classify: (m) => (m[1] === '0' && m[2] === '0' ? undefined : 'test_failure'),
    // A count that closes the run: the failures it counts say why. Below the shown verdicts, so
    // it neither shows nor joins the failure block a blank line above it.
    weight: 0.2,
    facts: () => ({ tool: 'minitest' }),
  },
  {
    // "  1) Failure:" / "  2) Error:", then the test ("TestMath#test_add [test/test_math.rb:6]:",
    // or "test_add(TestMath) [...]:" in minitest 4) and its message, up to a blank line.
    id: 'minitest.failure',
    tool: 'minitest',
    anchors: [') Failure:', ') Error:'],
    pattern: /^\s*\d+\) (Failure|Error):$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    follow: 'until-blank',
    facts: () => ({ tool: 'minitest' }),
  },
  {
    // minitest-reporters' SpecReporter: "  test_0001_peeks at the last pushed item   FAIL (0.00s)",
    // then "Minitest::Assertion:  Expected: 2" and the rest of the message, up to a blank line.
    id: 'minitest-reporters.spec-failed',
    tool: 'minitest',
    anchors: [' FAIL (', ' ERROR ('],
    // The name ends on a non-space: overlapping space runs made this quadratic (ReDoS).
    pattern: /^\s+(test_\S(?:.*?\S)?)\s+(?:FAIL|ERROR) \(\d+\.\d+s\)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    follow: 'until-blank',
    facts: (m) => ({ tool: 'minitest', tests: [m[1]!] }),
  },
  {
    // minitest-reporters' ProgressReporter: ' FAIL["test_0001_peeks at …", Minitest::Result, …]',
    // the message indented below.
    id: 'minitest-reporters.progress-failed',
    tool: 'minitest',
    anchors: ['FAIL["', 'ERROR["'],
    pattern: /\b(?:FAIL|ERROR)\["([^"]+)", /,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    follow: 'indented',
    facts: (m) => ({ tool: 'minitest', tests: [m[1]!] }),
  },
  {
    // test-unit (Ruby's bundled xUnit): "Failure: test_to_s(TestMoney)", "Error: test_x(TestY):";
    // the source excerpt follows, then the assertion's own lines.
    id: 'test-unit.failure',
    tool: 'test-unit',
    anchors: ['Failure: ', 'Error: '],
    pattern: /^(?:Failure|Error): (\w+)\(([\w:]+)\):?$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    follow: 'none',
    facts: (m) => ({ tool: 'test-unit', tests: [`${m[2]!}#${m[1]!}`] }),
  },
  {
    // "<"$12.34"> expected but was" / "<"$12.04">"
    id: 'test-unit.expected',
    tool: 'test-unit',
    anchors: ['> expected but was'],
    pattern: /^<.*> expected but was$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.6,
    follow: 'until-blank',
    facts: () => ({ tool: 'test-unit' }),
  },
  {
    // Exceptions only Ruby raises (Python has NameError too, without these messages). What follows
    // is source and backtrace, not more of the message.
    id: 'ruby.exception',
    tool: 'ruby',
    anchors: [
      'NoMethodError: ',
      'ArgumentError: ',
      'ZeroDivisionError: ',
      'FrozenError: ',
      'NameError: uninitialized constant',
      'NameError: undefined local variable',
      'Errno::',
    ],
    pattern:
      /^\s*(?:[\w:]+?: )?((?:NoMethodError|ArgumentError|ZeroDivisionError|FrozenError|NameError|Errno::(\w+))(?:: | \(\w+\)$)).*$/,
    role: 'error',
    classify: (m) =>
      m[2] === 'ENOENT' ? 'missing_file' : m[2] === 'EACCES' ? 'permission_denied' : undefined,
    weight: 0.6,
    follow: 'none',
    facts: () => ({ tool: 'ruby' }),
  },
  {
    // Ruby's uncaught exception: "expected 5 items, got 3 (RuntimeError)", also behind the
    // "file.rb:4:in `method': " of where it was raised.
    id: 'ruby.exception-message',
    tool: 'ruby',
    anchors: ['Error)', 'Exception)'],
    pattern: /^\s*(?:\S+?:\d+:in [`'][^']*': )?(\S.*) \(((?:[A-Z]\w*::)*[A-Z]\w*(?:Error|Exception))\)$/,
    role: 'error',
    weight: 0.6,
    facts: (m) => ({ tool: 'ruby', code: m[2]! }),
  },
  {
    // Cucumber's list of what failed: "cucumber features/basket.feature:2 # Scenario: Adding two items"
    id: 'cucumber.failing-scenario',
    tool: 'cucumber',
    anchors: ['cucumber '],
    pattern: /^cucumber (\S+?\.feature):(\d+)(?::\d+)* # (?:Scenario(?: Outline)?: )?(.*)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    facts: (m) => ({ tool: 'cucumber', tests: [m[3]!], locations: [location(m[1], m[2])] }),
  },
  {
    id: 'cucumber.undefined-step',
    tool: 'cucumber',
    anchors: ['Undefined step: '],
    pattern: /^\s*Undefined step: "(.*)" \(Cucumber::Undefined\)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    facts: (m) => ({ tool: 'cucumber', tests: [m[1]!] }),
  },
  {
    id: 'ruby.load-error',
    tool: 'ruby',
    anchors: ['cannot load such file'],
    pattern: /cannot load such file -- (\S+)(?: \(LoadError\))?/,
    role: 'error',
    classify: (m) => (/^\.{0,2}\//.test(m[1]!) ? 'missing_file' : 'missing_dependency'),
    weight: 0.9,
    facts: (m) => ({ tool: 'ruby', module: m[1]! }),
  },
  {
    // "lib/stack.rb:12: syntax error, unexpected end-of-input, expecting `end' (SyntaxError)",
    // also behind the "in `require_relative': " of the file that loaded it.
    id: 'ruby.syntax-error',
    tool: 'ruby',
    anchors: ['syntax error, ', 'syntax errors found'],
    pattern:
      // `[\s\S]*?` reaches `$` from the first "syntax error, " (a line has no line break): `.*?`
      // stopped at one and every "x.rb:1: syntax error, " before it rescanned the rest.
      /(?:^\s*|: )(\S+?\.rb):(\d+): (syntax error, [\s\S]*?)(?: \(SyntaxError\))?$|^(\S+?\.rb):(\d+): syntax errors? found/,
    role: 'error',
    category: 'compile_error',
    weight: 0.9,
    facts: (m) => ({ tool: 'ruby', locations: [location(m[1] ?? m[4], m[2] ?? m[5], undefined, m[3])] }),
  },
  {
    // Rake's last word: the exception on the next line is the reason, this only closes it.
    id: 'rake.aborted',
    tool: 'rake',
    anchors: ['rake aborted!'],
    pattern: /^rake aborted!$/,
    role: 'verdict',
    // Below the shown verdicts: the failure above it (a test run's) or the exception below says why.
    weight: 0.2,
    facts: () => ({ tool: 'rake' }),
  },
  {
    id: 'bundler.missing-gem',
    tool: 'bundler',
    anchors: ['Could not find gem', 'Could not find compatible versions'],
    pattern: /Could not find gem '([^']+)'|Could not find compatible versions for gem "([^"]+)"/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.85,
    facts: (m) => ({ tool: 'bundler', package: (m[1] ?? m[2])! }),
  },
  {
    // `bundle exec` with a lockfile whose gems are not installed (offline, or a cache miss).
    id: 'bundler.missing-spec',
    tool: 'bundler',
    anchors: ['Could not find '],
    // "Could not find rspec-3.12.0, rspec-core-3.12.2 in any of the sources", wrapped by width
    // after a comma, or inside the Bundler::GemNotFound message.
    pattern:
      /(?:^|: )Could not find ([\w.-]+?)-(\d[\w.]*)(?:,| in (?:any of the sources|locally installed gems))/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.9,
    facts: (m) => ({ tool: 'bundler', package: m[1]! }),
  },
  {
    id: 'bundler.ruby-version',
    tool: 'bundler',
    anchors: ['but your Gemfile specified'],
    pattern: /Your Ruby version is ([\w.]+), but your Gemfile specified ([\w.]+)/,
    role: 'error',
    category: 'toolchain_mismatch',
    weight: 0.9,
    facts: (m) => ({ tool: 'bundler', toolchain: 'ruby', actualVersion: m[1]!, requiredVersion: m[2]! }),
  },
  {
    id: 'rubocop.offense',
    tool: 'rubocop',
    anchors: ['.rb:'],
    pattern: /^(\S+\.rb):(\d+):(\d+): [CWEF]: (?:\[Correctable\] )?([\w/]+): (.*)$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.85,
    facts: (m) => facts({ tool: 'rubocop', code: m[4], locations: [location(m[1], m[2], m[3], m[5])] }),
  },
  {
    id: 'rubocop.summary',
    tool: 'rubocop',
    anchors: ['offenses detected', 'offense detected'],
    pattern: /^\d+ files? inspected, (\d+) offenses? detected/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.6,
    facts: () => ({ tool: 'rubocop' }),
  },
];

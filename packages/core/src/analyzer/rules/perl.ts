import type { Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/**
 * TAP (`not ok`, shared by prove, bats and any TAP producer), Perl's Test::More diagnostics, the
 * `prove` harness, Perl compile errors and missing modules, and cpanm.
 */
export const perlRules: Rule[] = [
  {
    id: 'tap.not-ok',
    tool: 'tap',
    anchors: ['not ok '],
    // "not ok 3 - lower bound is inclusive". Not a "# TODO" test (expected to fail) nor a "# SKIP" one.
    // No `$`: a line has no line break, and with one `\s*` and `.*` split the spaces every way.
    pattern: /^\s*not ok (\d+)\b(?![^#]*#\s*(?:TODO|SKIP)\b)(?:\s+-)?\s*(.*)/i,
    role: 'error',
    category: 'test_failure',
    weight: 0.8,
    follow: 'same-tag',
    facts: (m) => facts({ tool: 'tap', tests: m[2] ? [m[2].trim()] : undefined }),
  },
  {
    id: 'testmore.failed',
    tool: 'Test::More',
    anchors: ['Failed test'],
    // "#   Failed test 'leading and trailing separators are dropped'" (the location on the next
    // line) or, for an unnamed test, "#   Failed test at t/x.t line 8."
    // ("Failed (TODO) test" is an expected failure: not matched.)
    pattern: /^\s*#\s+Failed test (?:'(.*)'|at (\S+) line (\d+)\.)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    follow: 'same-tag',
    facts: (m) =>
      facts({
        tool: 'Test::More',
        tests: m[1] !== undefined ? [m[1]] : undefined,
        locations: m[2] ? [location(m[2], m[3])] : undefined,
      }),
  },
  {
    id: 'testmore.detail',
    tool: 'Test::More',
    anchors: ['got: ', 'xpected', '$got', '#   at '],
    // The lines under a failed test: "#   at t/slug.t line 8.", "#          got: '-trim-me-'",
    // "#     expected: 'trim-me'", and is_deeply's "#          $got->{the} = Does not exist".
    pattern: /^\s*#\s+(?:at (\S+) line (\d+)\.$|got: |expected: |\$got\b|\$expected\b)/,
    role: 'error',
    category: 'test_failure',
    weight: 0.6,
    follow: 'same-tag',
    facts: (m) => (m[1] ? { locations: [location(m[1], m[2])] } : {}),
  },
  {
    id: 'testmore.plan',
    tool: 'Test::More',
    anchors: ['Looks like you'],
    // "# Looks like you planned 4 tests but ran 3." names the failure (a plan not kept); so does
    // "# Looks like your test exited with 2 just after 1." when nothing above it says more.
    pattern: /^# Looks like (?:you planned (\d+) tests? but ran (\d+)|your test exited with (\d+))/,
    role: 'error',
    category: 'test_failure',
    weight: 0.55,
    facts: () => ({ tool: 'Test::More' }),
  },
  {
    // "# Looks like you failed 2 tests of 4." only counts the failures named above it.
    id: 'testmore.count',
    tool: 'Test::More',
    anchors: ['Looks like you failed'],
    pattern: /^# Looks like you failed (\d+) tests? of (\d+)/,
    role: 'verdict',
    category: 'test_failure',
    weight: 0.2,
    facts: () => ({ tool: 'Test::More' }),
  },
  {
    id: 'perl.syntax-error',
    tool: 'perl',
    anchors: ['syntax error at ', 'requires explicit package name'],
    // "syntax error at lib/Report.pm line 9, near "};"", "Global symbol "$x" requires explicit
    // package name (did you forget to declare "my $x"?) at lib/X.pm line 5.".
    pattern:
      /^(?:syntax error at (\S+) line (\d+), (?:near|at) |Global symbol "\S+" requires explicit package name.* at (\S+) line (\d+)\.$)/,
    role: 'error',
    category: 'compile_error',
    weight: 0.85,
    facts: (m) =>
      facts({ tool: 'perl', locations: m[1] || m[3] ? [location(m[1] ?? m[3], m[2] ?? m[4])] : undefined }),
  },
  {
    // `perl -c`'s closing "lib/Report.pm had compilation errors." and "Execution of x aborted due
    // to compilation errors.": closing words, the errors above say what. Not shown.
    id: 'perl.compilation-aborted',
    tool: 'perl',
    anchors: ['had compilation errors', 'aborted due to compilation errors'],
    pattern: /^(?:\S+ had compilation errors\.$|Execution of \S+ aborted due to compilation errors\.$)/,
    role: 'verdict',
    category: 'compile_error',
    weight: 0.2,
    facts: () => ({ tool: 'perl' }),
  },
  {
    id: 'perl.missing-module',
    tool: 'perl',
    anchors: ["an't locate "],
    // "Can't locate Mojo/UserAgent.pm in @INC (you may need to install the Mojo::UserAgent module)".
    pattern: /Can't locate (\S+?)\.pm in @INC/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.9,
    facts: (m) => ({ tool: 'perl', module: m[1]!.replace(/\//g, '::') }),
  },
  {
    id: 'cpanm.not-found',
    tool: 'cpanm',
    anchors: ["ouldn't find module", 'Installing the dependencies failed', 'failed. See '],
    // "! Couldn't find module or a distribution Try::Tiny::SmartCatch", "! Installing the
    // dependencies failed: Module 'X' is not installed", "! Installing X failed. See …/build.log".
    pattern:
      /^! (?:Couldn't find module or a distribution (\S+)|Installing the dependencies failed: |(?:Installing|Configure failed for|Building) (\S+) failed\. See )/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.85,
    facts: (m) => facts({ tool: 'cpanm', package: m[1] ?? m[2] }),
  },
];

import type { Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/**
 * Erlang/OTP: erlc (and rebar3 compiling through it), EUnit (plain and as rebar3 prints it),
 * Common Test (ct_run and rebar3 ct), Dialyzer, and rebar3's own `===>` errors. erlc and Dialyzer
 * share the `file.erl:L:C: message` format; Dialyzer's messages come from a small vocabulary.
 */

// The gap after "Type specification" stops at the next one: `.*` rescanned the rest from each.
const DIALYZER_MESSAGE =
  /has no local return|will never (?:return|be called)|can never (?:match|succeed)|Invalid type specification|Type specification (?:(?!Type specification ).)* is (?:a subtype|not equal)|The (?:inferred|specified|created fun|pattern|call|variable|guard)\b|Overloaded contract|is not exported|Unknown (?:function|type)|Function \S+ has no local return|The success typing/;

export const erlangRules: Rule[] = [
  {
    id: 'erlc.error',
    tool: 'erlc',
    anchors: ['.erl:', '.hrl:'],
    // "src/x.erl:12:5: syntax error before: area" (OTP 24+) or "src/x.erl:12: ..." (older); the
    // `%   12| code` and caret lines OTP 24+ prints below are not worth showing.
    pattern: /^(\S+\.[eh]rl):(\d+|none):(?:(\d+):)? (?!Warning: )(\S.*)$/,
    role: 'error',
    classify: (m) => (DIALYZER_MESSAGE.test(m[4]!) ? 'lint_failure' : 'compile_error'),
    weight: 0.85,
    facts: (m) =>
      facts({
        tool: DIALYZER_MESSAGE.test(m[4]!) ? 'dialyzer' : 'erlc',
        locations: [location(m[1], m[2], m[3], m[4])],
      }),
  },
  {
    id: 'erlc.warning',
    tool: 'erlc',
    anchors: ['.erl:', '.hrl:'],
    // Only fatal under warnings_as_errors; shown when nothing stronger explains the failure.
    pattern: /^(\S+\.[eh]rl):(\d+):(?:(\d+):)? Warning: (.*)$/,
    role: 'error',
    category: 'compile_error',
    weight: 0.3,
    facts: (m) => facts({ tool: 'erlc', locations: [location(m[1], m[2], m[3], m[4])] }),
  },
  {
    id: 'dialyzer.warning',
    tool: 'dialyzer',
    anchors: [
      'no local return',
      'will never return',
      'will never be called',
      'can never match',
      'can never succeed',
      'Invalid type specification',
    ],
    // rebar3 dialyzer groups warnings under the file name: "Line 7 Column 1: Function f/0 has no local return".
    pattern: /^\s*Line (\d+)(?: Column (\d+))?: (.*)$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.8,
    lead: /^(?:src|test|apps|lib)\/\S+\.erl$/,
    facts: () => ({ tool: 'dialyzer' }),
  },
  {
    id: 'eunit.failed',
    tool: 'eunit',
    anchors: ['*failed*', '*timed out*'],
    // verbose: "    mod_tests: add_test...*failed*"; plain: "mod_tests: add_test (module 'mod_tests')...*failed*".
    // A generator's test is named like "-never_ready_test_/0-fun-2-".
    pattern: /^\s*(?:([\w@]+): )?(\S+?)(?: \([^)]*\))?\.\.\.(?:\[[\d.]+ s\] )?\*(failed|timed out)\*$/,
    role: 'error',
    classify: (m) => (m[3] === 'timed out' ? 'timeout' : 'test_failure'),
    weight: 0.9,
    facts: (m) => ({ tool: 'eunit', tests: [m[1] ? `${m[1]}:${m[2]!}` : m[2]!] }),
  },
  {
    id: 'eunit.error-term',
    tool: 'eunit',
    anchors: ['**error:', '**exit:', '**throw:', '::error:', '::exit:', '::throw:'],
    // "**error:{assertEqual,[{module,m},{line,5},…" — the term continues on deeper-indented lines.
    // Not a GitHub `::error::` workflow command.
    pattern: /^(?:\*\*|::)(error|exit|throw):(?!:)(.*)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    facts: () => ({ tool: 'eunit' }),
  },
  {
    id: 'eunit.assert-values',
    tool: 'eunit',
    anchors: ['{expected,', '{value,'],
    // Inside the assertion term above: "              {expected,4}," and "              {value,5}]}".
    pattern: /^\s+\{(?:expected|value),/,
    role: 'error',
    category: 'test_failure',
    weight: 0.6,
    facts: () => ({ tool: 'eunit' }),
  },
  {
    id: 'rebar3.eunit-failure',
    tool: 'rebar3 eunit',
    anchors: ['_test/0', '_test_/0'],
    // rebar3's EUnit report: "  1) temp_tests:freezing_test/0" (a generator's title may follow).
    pattern: /^\s+\d+\) ([\w@]+:[\w@]+_test_?\/0)(?:: (.*))?$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    facts: (m) => ({ tool: 'rebar3 eunit', tests: [m[1]!] }),
  },
  {
    id: 'rebar3.failure-error',
    tool: 'rebar3 eunit',
    anchors: ['Failure/Error: '],
    // "     Failure/Error: ?assertEqual(32.0, …)" with "expected:"/"got:" indented below. rebar3's
    // formatter prints an assertion macro, "unknown assert: …" or the Erlang term of the error
    // there; RSpec's line of Ruby code (its own rule's) is none of these.
    pattern: /^\s+Failure\/Error: ((?:\?\w+\(|unknown assert: |[{[]).*)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    follow: 'indented',
    facts: () => ({ tool: 'rebar3 eunit' }),
  },
  {
    id: 'ct.case-failed',
    tool: 'common_test',
    anchors: [' failed on line '],
    // ct_run: "cart_SUITE:discount_applied failed on line 14" then "Reason: {badmatch,80.0}".
    pattern: /^(\w+):(\w+) failed on line (\d+)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    facts: (m) => ({ tool: 'common_test', tests: [`${m[1]!}:${m[2]!}`] }),
  },
  {
    id: 'ct.failed-summary',
    tool: 'common_test',
    anchors: ['*** FAILED '],
    // "Testing x.y: *** FAILED test case 2 of 3 ***": all an older ct_run says on the console; weak, so
    // the case's own lines above win when they are there.
    pattern: /^Testing \S+: \*\*\* FAILED (?:test case \d+ of \d+|\{(\w+),(\w+)\}) \*\*\*$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.35,
    facts: (m) => (m[1] ? { tool: 'common_test', tests: [`${m[1]}:${m[2]!}`] } : { tool: 'common_test' }),
  },
  {
    id: 'ct.reason',
    tool: 'common_test',
    anchors: ['Reason: '],
    // ct_run's line under the failed case: "Reason: {badmatch,80.0}" — an Erlang term, not prose.
    pattern: /^Reason: (?:[{[]|<<|[a-z]\w*$)/,
    role: 'error',
    category: 'test_failure',
    weight: 0.7,
    facts: () => ({ tool: 'common_test' }),
  },
  {
    id: 'ct.suite-failed',
    tool: 'common_test',
    anchors: [': FAILED'],
    // rebar3 ct: "%%% cart_SUITE ==> discount_applied: FAILED".
    pattern: /^\s*%%% (\w+) ==> (.+): FAILED$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    facts: (m) => ({ tool: 'common_test', tests: [`${m[1]!}:${m[2]!}`] }),
  },
  {
    id: 'ct.suite-reason',
    tool: 'common_test',
    anchors: ['_SUITE ==> '],
    // The reason rebar3 ct prints after the FAILED line: "%%% cart_SUITE ==> {badmatch,80.0}".
    pattern: /^\s*%%% (\w+) ==> (?!.*: FAILED$)(\S.*)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.8,
    follow: 'indented',
    facts: () => ({ tool: 'common_test' }),
  },
  {
    id: 'rebar3.dependency',
    tool: 'rebar3',
    anchors: [
      'Package not found in any repo',
      'Failed to fetch and copy dep',
      'Failed to update package',
      'Dependency failure',
    ],
    pattern:
      /^===> (?:Package not found in any repo: (\S+)(?: (\S+))?|Failed to fetch and copy dep: (.*)|Failed to update package (\S+).*|Dependency failure.*)/,
    role: 'error',
    classify: (m) => (m[3] !== undefined || m[4] !== undefined ? 'network_error' : 'missing_dependency'),
    weight: 0.85,
    facts: (m) =>
      facts({ tool: 'rebar3', package: m[1] ? `${m[1]}${m[2] ? ` ${m[2]}` : ''}` : (m[3] ?? m[4]) }),
  },
  {
    id: 'rebar3.compile-failed',
    tool: 'rebar3',
    anchors: ['===> Compiling '],
    // "===> Compiling src/x.erl failed": a heading over erlc's own lines.
    pattern: /^===> Compiling (\S+) failed$/,
    role: 'header',
    category: 'compile_error',
    weight: 0.5,
  },
];

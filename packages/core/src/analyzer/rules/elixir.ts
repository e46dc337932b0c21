import type { FailureCategory } from '../categories.js';
import type { Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/**
 * Elixir: ExUnit as `mix test` prints it, `** (Error)` lines (raised at top level, by the
 * compiler or by Mix), mix's dependency checks, `--warnings-as-errors`, and Credo's report.
 */

function raisedCategory(kind: string, message: string): FailureCategory | undefined {
  if (
    /^(?:CompileError|SyntaxError|TokenMissingError|MismatchedDelimiterError|Kernel\.TypespecError)$/.test(
      kind,
    )
  )
    return 'compile_error';
  if (kind === 'ExUnit.TimeoutError') return 'timeout';
  if (kind === 'Mix' || kind === 'Mix.Error') {
    if (/mix format failed due to --check-formatted/.test(message)) return 'lint_failure';
    if (/httpc request failed|failed_connect|nxdomain|econnrefused|timeout/.test(message))
      return 'network_error';
    if (
      /Could not find an SCM|errors on dependencies|Unknown dependency|No package with name|dependenc/i.test(
        message,
      )
    )
      return 'missing_dependency';
  }
  return undefined;
}

export const elixirRules: Rule[] = [
  {
    id: 'exunit.test-failed',
    tool: 'exunit',
    anchors: [') test ', ') doctest ', ') property '],
    // "  1) test averages a list (MathTest)": the failing test, its module in parentheses.
    pattern: /^\s*\d+\) ((?:test|doctest|property) .+) \(([\w.]+)\)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    facts: (m) => ({ tool: 'exunit', tests: [`${m[2]!}: ${m[1]!}`] }),
  },
  {
    id: 'exunit.setup-failed',
    tool: 'exunit',
    anchors: ['failure on setup_all callback', 'failure on setup callback'],
    // "  0) RepoTest: failure on setup_all callback, all tests have been invalidated".
    pattern: /^\s*\d+\) ([\w.]+): failure on setup(?:_all)? callback/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    facts: (m) => ({ tool: 'exunit', tests: [m[1]!] }),
  },
  {
    id: 'exunit.assertion',
    tool: 'exunit',
    anchors: [
      'Assertion with ',
      'match (=) failed',
      'Expected truthy, got',
      'Expected false or nil, got',
      'Assertion failed',
      'Doctest failed',
    ],
    pattern:
      /^\s+(?:Assertion with \S+ failed|match \(=\) failed|Expected truthy, got .*|Expected false or nil, got .*|Assertion failed.*|Doctest failed.*)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    facts: () => ({ tool: 'exunit' }),
  },
  {
    id: 'exunit.values',
    tool: 'exunit',
    anchors: ['  code: ', '  left: ', '  right: '],
    // The assertion's source and the two sides compared, under the message. Not a line ending in a
    // comma: that is an object printed by another runtime (Node's `code: 'ERR_ASSERTION',`).
    pattern: /^\s{3,}(?:code|left|right): {1,2}\S(?:.*[^,\s])?\s*$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.6,
    facts: () => ({ tool: 'exunit' }),
  },
  {
    id: 'elixir.raised',
    tool: 'elixir',
    anchors: ['** ('],
    // "** (ArgumentError) …", "** (CompileError) lib/x.ex:4: …", "** (Mix) Could not find an SCM …";
    // mix's prompt may precede it on the same line.
    // No `$` after `(.*)`: a line has no line break, and with one each "** (X) " rescanned the rest.
    pattern: /(?:^|\s)\*\* \(([A-Za-z][\w.]*)\) (.*)/,
    role: 'error',
    classify: (m) => raisedCategory(m[1]!, m[2]!),
    weight: 0.8,
    facts: (m) => {
      const loc = /^(\S+\.exs?):(\d+)(?::(\d+))?: (.*)$/.exec(m[2]!);
      return facts({
        tool: m[1] === 'Mix' ? 'mix' : 'elixir',
        locations: loc ? [location(loc[1], loc[2], loc[3], loc[4])] : undefined,
      });
    },
  },
  {
    id: 'mix.compilation-error-header',
    tool: 'mix',
    anchors: ['== Compilation error in file '],
    pattern: /^== Compilation error in file (\S+) ==$/,
    role: 'header',
    category: 'compile_error',
    weight: 0.5,
  },
  {
    id: 'mix.format-unformatted',
    tool: 'mix format',
    anchors: ['files are not formatted'],
    // After "mix format failed due to --check-formatted.": the files, indented, after a blank line.
    pattern: /^The following files are not formatted:$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.8,
    follow: 'indented',
    facts: () => ({ tool: 'mix format' }),
  },
  {
    id: 'mix.unchecked-deps',
    tool: 'mix',
    anchors: ['Unchecked dependencies for environment'],
    // Followed by "* dep (source)" and the reason, up to a blank line or mix's `** (Mix)` line.
    pattern: /^Unchecked dependencies for environment \w+:$/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.85,
    follow: 'paragraph',
    facts: () => ({ tool: 'mix' }),
  },
  {
    id: 'mix.warnings-as-errors',
    tool: 'mix',
    anchors: ['Compilation failed due to warnings'],
    pattern: /^Compilation failed due to warnings while using the --warnings-as-errors option$/,
    role: 'error',
    category: 'compile_error',
    weight: 0.8,
    // The warnings just above are the reason: "warning: …" and their indented locations.
    lead: /^(?:warning: |\s+\S|\s*$)/,
    facts: () => ({ tool: 'mix' }),
  },
  {
    // Credo's report (lib/credo/cli/command/suggest/output/default.ex): per category a heading,
    // then per issue "┃ [W] ↗ <message>" (the category's letter, an arrow for its priority) and
    // "┃       lib/x.ex:12:5 #(Module.fun)" under it; `--verbose` adds the source, still behind "┃".
    // An issue shown fails `mix credo` (its exit status has a bit per category found); the rows
    // of one category hold no blank line.
    id: 'credo.issue',
    tool: 'credo',
    anchors: ['┃ [W] ', '┃ [F] ', '┃ [R] ', '┃ [C] '],
    pattern: /^┃ \[[CFRW]\] [↑↗→↘↓] \S/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.8,
    follow: 'until-blank',
    facts: () => ({ tool: 'credo' }),
  },
];

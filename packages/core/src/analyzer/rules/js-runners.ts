import type { FailureCategory } from '../categories.js';
import type { Rule } from '../rule.js';
import { facts } from './helpers.js';

/**
 * JavaScript test runners and task runners beyond Jest and Vitest (rules/js.ts): mocha, jasmine,
 * karma, AVA, grunt and gulp (TAP producers such as tape, node-tap and node --test: tap.not-ok in perl.ts).
 */

/** A grunt or gulp task's name says what kind of work failed. */
function taskCategory(task: string): FailureCategory | undefined {
  if (/test|spec|mocha|jasmine|karma|qunit|nodeunit|jest|ava\b|e2e/i.test(task)) return 'test_failure';
  if (/lint|jshint|jscs|eslint|tslint|csslint|stylelint|standard|prettier/i.test(task)) return 'lint_failure';
  if (/build|compile|babel|typescript|\bts\b|webpack|browserify|uglify|sass|less|concat/i.test(task))
    return 'compile_error';
  return undefined;
}

export const jsRunnerRules: Rule[] = [
  {
    // Mocha and jasmine print the error of a failed test indented under its title; Node's own
    // uncaught errors start at the margin and are python.exception's (any "XError: …" line).
    id: 'js.test-error',
    tool: 'node',
    anchors: [
      'TypeError: ',
      'ReferenceError: ',
      'RangeError: ',
      'SyntaxError: ',
      'EvalError: ',
      'URIError: ',
    ],
    pattern: /^\s+(?:Uncaught )?((?:Type|Reference|Range|Syntax|Eval|URI)Error)(?: \[[A-Z_]+\])?: (.+)$/,
    role: 'error',
    weight: 0.6,
    facts: (m) => ({ tool: 'node', code: m[1]! }),
  },
  {
    id: 'node.syntax-error',
    tool: 'node',
    anchors: ['SyntaxError: '],
    pattern: /^SyntaxError: (.+)$/,
    role: 'error',
    // JSON.parse throws SyntaxError too ("Unexpected token } in JSON at position 12", "… is not
    // valid JSON"): bad data at run time, not a source file that did not parse.
    classify: (m) => (/\bJSON\b/.test(m[1]!) ? 'test_failure' : 'compile_error'),
    weight: 0.7,
    follow: 'none',
    facts: () => ({ tool: 'node' }),
  },
  {
    id: 'mocha.timeout',
    tool: 'mocha',
    anchors: ['Timeout of '],
    pattern: /Error: Timeout of (\d+)ms exceeded/,
    role: 'error',
    category: 'timeout',
    weight: 0.8,
    facts: () => ({ tool: 'mocha' }),
  },
  {
    // "1) Calculator adds two numbers" / "  Message:" / "    Expected 5 to be 4." / "  Stack:";
    // jasmine 1 and jasmine-node indent one step deeper ("  1) …" / "   Message:").
    id: 'jasmine.failed-spec',
    tool: 'jasmine',
    anchors: ['Message:'],
    pattern: /^ {2,4}Message:$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    lead: /^\s{0,3}\d+\) \S/,
    follow: 'indented',
    facts: () => ({ tool: 'jasmine' }),
  },
  {
    // node --test's spec reporter: "✖ adds two numbers (2.6ms)", the error indented below it (a
    // `node.error`-style line), and the same again under "✖ failing tests:".
    id: 'node-test.failed',
    tool: 'node --test',
    anchors: ['✖ '],
    pattern: /^\s*✖ (.+?) \(\d+(?:\.\d+)?m?s\)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.75,
    facts: (m) => ({ tool: 'node --test', tests: [m[1]!] }),
  },
  {
    // node --test's TAP reporter (and node-tap): under "not ok N", the YAML diagnostic's `error:`
    // holds the assertion's message, a block scalar indented below it; the rest is timing and frames.
    id: 'node-test.error',
    tool: 'node --test',
    anchors: ['error: |-', "error: '"],
    pattern: /^ +error: (?:\|-$|'(.+)'$)/,
    role: 'error',
    category: 'test_failure',
    weight: 0.6,
    follow: 'indented',
    facts: () => ({ tool: 'node --test' }),
  },
  {
    id: 'ava.failed-test',
    tool: 'ava',
    anchors: ['[fail]: '],
    // `[\s\S]*` reaches `$` from the first suffix found; `.*` stopped at a line break and rescanned.
    pattern:
      /^\s*[✘✖] \[fail\]: (.+?)(?: (?:Error thrown in test|Rejected promise returned by test|Assertion failed)[\s\S]*)?$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    facts: (m) => ({ tool: 'ava', tests: [m[1]!] }),
  },
  {
    id: 'ava.uncaught',
    tool: 'ava',
    anchors: ['Uncaught exception in '],
    pattern: /^\s*(?:✘ )?Uncaught exception in (\S+)/,
    role: 'error',
    category: 'test_failure',
    weight: 0.8,
    follow: 'indented',
    facts: (m) => ({ tool: 'ava', file: m[1]! }),
  },
  {
    id: 'ava.summary',
    tool: 'ava',
    anchors: [' test failed', ' tests failed'],
    pattern: /^\s*(\d+) tests? failed$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.5,
    facts: () => ({ tool: 'ava' }),
  },
  {
    // Karma's reporters: "<browser> <version> (<os>) <suite> <spec> FAILED", the error and its
    // frames indented under it; "… ERROR" when the suite itself broke.
    id: 'karma.failed-spec',
    tool: 'karma',
    anchors: [' FAILED', ' ERROR'],
    pattern: /^([A-Z][\w ]*? [\d.]+ \([^)]*\)) (.+) (FAILED|ERROR)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    follow: 'indented',
    facts: (m) => ({ tool: 'karma', tests: [m[2]!] }),
  },
  {
    // "Chrome Headless 150.0.0.0 (Linux 0.0.0): Executed 2 of 2 (1 FAILED) (0.012 secs / 0 secs)",
    // repeated by the progress reporter: names the category, not shown beside the failures.
    id: 'karma.executed',
    tool: 'karma',
    anchors: [' FAILED)'],
    // `[^:]` rather than `.`: the scan for "(N FAILED)" stops at the next ": Executed" (linear time).
    pattern: /: Executed \d+ of \d+ [^:]*?\((\d+) FAILED\)/,
    role: 'verdict',
    category: 'test_failure',
    // A count that closes the run: the failed specs say why. Below the shown verdicts.
    weight: 0.2,
    facts: () => ({ tool: 'karma' }),
  },
  {
    // "Warning: Task "test" failed. Use --force to continue.", after the ">> " lines that say why.
    id: 'grunt.warning',
    tool: 'grunt',
    anchors: ['Use --force to continue'],
    pattern: /^(?:>> )?Warning: (.+?) Use --force to continue\.$/,
    role: 'error',
    classify: (m) => {
      const task = /^Task "([^"]+)" (failed|not found)/.exec(m[1]!);
      if (!task) return undefined;
      return task[2] === 'not found' ? 'missing_command' : taskCategory(task[1]!);
    },
    weight: 0.8,
    lead: /^>> \S/,
    facts: (m) => facts({ tool: 'grunt', command: /^Task "([^"]+)"/.exec(m[1]!)?.[1] }),
  },
  {
    // "[13:42:26] 'test' errored after 1.4 ms", then the error.
    id: 'gulp.errored',
    tool: 'gulp',
    anchors: ["' errored after"],
    pattern: /^(?:\[[\d:]+\] )?'([^']+)' errored after /,
    role: 'error',
    classify: (m) => taskCategory(m[1]!),
    weight: 0.8,
    facts: (m) => ({ tool: 'gulp', command: m[1]! }),
  },
  {
    id: 'gulp.error',
    tool: 'gulp',
    anchors: ['] Error: ', '] Error in plugin'],
    // No `$`: a line has no line break, and with one every "Error" in a long word rescanned the rest.
    pattern: /^\[[\d:]+\] (?:\w*Error(?: in plugin "[^"]+")?:? ?)(.*)/,
    role: 'error',
    weight: 0.6,
    facts: () => ({ tool: 'gulp' }),
  },
  {
    id: 'gulp.missing-task',
    tool: 'gulp',
    anchors: ['Task never defined: ', 'is not in your gulpfile'],
    pattern: /Task never defined: (\S+)|Task '([^']+)' is not in your gulpfile/,
    role: 'error',
    category: 'missing_command',
    weight: 0.85,
    facts: (m) => ({ tool: 'gulp', command: (m[1] ?? m[2])! }),
  },
];

import type { Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/** GHC (directly or under cabal/stack), cabal's solver, hspec, HUnit and HLint. */

const HS_FILE = String.raw`\S+\.(?:hs|lhs|hsc|hs-boot)`;

export const haskellRules: Rule[] = [
  {
    id: 'ghc.error',
    tool: 'ghc',
    anchors: ['.hs:', '.lhs:', '.hsc:', '.hs-boot:'],
    // "src/X.hs:10:5: error:" (or "(10,5)-(12,3): error: [GHC-83865]"), the message indented below.
    // No `$` after `\s*(.*)`: a line has no line break, and with one the two split the spaces every way.
    pattern: new RegExp(
      String.raw`^(${HS_FILE}):(?:(\d+):(\d+)(?:-\d+)?|\((\d+),(\d+)\)-\(\d+,\d+\)): error:(?: \[[^\]]*\])?\s*(.*)`,
    ),
    role: 'error',
    classify: (m) =>
      /^Could not (?:find|load) module/.test(m[6] ?? '') ? 'missing_dependency' : 'compile_error',
    weight: 0.85,
    // The message, not the "• In the expression …" context and source excerpt under it.
    follow: 'message',
    facts: (m) => facts({ tool: 'ghc', locations: [location(m[1], m[2] ?? m[4], m[3] ?? m[5], m[6])] }),
  },
  {
    id: 'ghc.missing-module',
    tool: 'ghc',
    anchors: ['Could not find module', 'Could not load module'],
    // The message line under a `file:L:C: error:` line; the module may be hidden or not installed.
    pattern: /^\s+Could not (?:find|load) module [‘'`]([\w.]+)[’']/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.9,
    facts: (m) => ({ tool: 'ghc', module: m[1]! }),
  },
  {
    id: 'cabal.unresolved',
    tool: 'cabal',
    anchors: ['Could not resolve dependencies'],
    // "cabal: Could not resolve dependencies:" and the solver's trace up to the blank line.
    pattern: /^(?:Error: )?cabal(?:-install)?(?:\.exe)?: Could not resolve dependencies:?$/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.85,
    follow: 'paragraph',
    facts: () => ({ tool: 'cabal' }),
  },
  {
    id: 'cabal.unknown-package',
    tool: 'cabal',
    anchors: ['unknown package: '],
    pattern: /^\[__\d+\] unknown package: ([\w-]+)/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.9,
    facts: (m) => ({ tool: 'cabal', package: m[1]! }),
  },
  {
    id: 'cabal.test-suite-failed',
    tool: 'cabal',
    anchors: [': FAIL'],
    // A summary, weaker than the runner's own lines above it; shown only when they are not recognised.
    pattern: /^Test suite ([\w-]+): FAIL$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.35,
    facts: (m) => ({ tool: 'cabal', tests: [m[1]!] }),
  },
  {
    id: 'hspec.location',
    tool: 'hspec',
    anchors: ['.hs:'],
    // hspec's failure report: "  test/Spec.hs:13:15: ", then "  1) Math.add adds", "expected:"/"but got:".
    pattern: new RegExp(String.raw`^\s+(${HS_FILE}):(\d+):(\d+): ?$`),
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    facts: (m) => ({ tool: 'hspec', locations: [location(m[1], m[2], m[3])] }),
  },
  {
    // hspec's report of a test that threw: "  1) Config.parseEntry skips comment lines" then
    // "       uncaught exception: ErrorCall" and the exception's message, up to a blank line.
    id: 'hspec.uncaught',
    tool: 'hspec',
    anchors: ['uncaught exception: '],
    pattern: /^\s+uncaught exception: (\S+)/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    follow: 'until-blank',
    lead: /^\s+\d+\) \S/,
    facts: (m) => ({ tool: 'hspec', code: m[1]! }),
  },
  {
    id: 'hunit.failure',
    tool: 'HUnit',
    anchors: ['### Failure in: ', '### Error in: '],
    pattern: /^\s*### (Failure|Error) in: (.*)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    facts: (m) => ({ tool: 'HUnit', tests: [m[2]!] }),
  },
  {
    id: 'tasty.fail',
    tool: 'tasty',
    anchors: ['FAIL'],
    // "    median of unsorted list: FAIL (0.01s)" — the name, padded, then the verdict; details below.
    pattern: /^\s+(\S.*?):\s+FAIL(?: \([\d.]+s\))?$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    // The assertion or exception, not its call stack and rerun hint.
    follow: 'message',
    facts: (m) => ({ tool: 'tasty', tests: [m[1]!] }),
  },
  {
    id: 'quickcheck.failed',
    tool: 'QuickCheck',
    anchors: ['*** Failed!'],
    // "*** Failed! Falsified (after 9 tests and 7 shrinks):" with the counterexample on the next lines.
    pattern: /^\s*\*\*\* Failed! (?:Falsified|Exception thrown|Gave up|Passed)?/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    facts: () => ({ tool: 'QuickCheck' }),
  },
  {
    id: 'doctest.failure',
    tool: 'doctest',
    anchors: ['.hs:', '.lhs:', '### Failure in ', '### Error in '],
    // "src/X.hs:7: failure in expression `toRoman 9'" (doctest 0.18), "### Failure in src/X.hs:7:
    // expression `…'" (older); "expected:"/"but got:" follow.
    pattern: new RegExp(
      String.raw`^(?:### (?:Failure|Error) in )?(${HS_FILE}):(\d+): (?:(?:failure|error) in )?expression \x60(.*)'$`,
    ),
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    facts: (m) => ({ tool: 'doctest', locations: [location(m[1], m[2], undefined, m[3])] }),
  },
  {
    id: 'hlint.hint',
    tool: 'hlint',
    anchors: ['.hs:', '.lhs:'],
    // "src/X.hs:3:1-20: Warning: Use null": the hint's Found/Perhaps lines follow.
    pattern: new RegExp(String.raw`^(${HS_FILE}):(\d+):(\d+)(?:-\d+)?: (Warning|Error|Suggestion): (.*)$`),
    role: 'error',
    category: 'lint_failure',
    weight: 0.8,
    facts: (m) => ({ tool: 'hlint', locations: [location(m[1], m[2], m[3], m[5])] }),
  },
];

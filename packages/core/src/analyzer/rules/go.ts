import type { Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/**
 * The Go toolchain (build, vet, test, modules) and linters that share its `file.go:L:C: msg` format
 * (staticcheck, golangci-lint, exhaustive). The compiler's messages come from a fixed vocabulary; any
 * other diagnostic in that format is a linter's.
 */
const GO_COMPILER_MESSAGE =
  /^(?:undefined|undeclared name|declared and not used|declared but not used|imported and not used|"[^"]+" imported and not used|cannot use|missing return|syntax error|too many (?:arguments|return values)|not enough (?:arguments|return values)|[\w.]+ redeclared|invalid operation|mismatched types|assignment mismatch|cannot assign|non-boolean|no new variables|[^:]* has no field or method|cannot convert|cannot infer|could not import|missing function body|[^:]* is not a type|expected )/;

const GO_LOCATION = /^(?:\.\/)?([\w./@+-]+\.go):(\d+):(\d+): (.*?)(?: \((\w[\w-]*)\))?$/;

export const goRules: Rule[] = [
  {
    id: 'go.diagnostic',
    tool: 'go',
    anchors: ['.go:'],
    pattern: GO_LOCATION,
    role: 'error',
    // staticcheck marks compiler errors "(compile)"; its own checks and golangci-lint's carry a
    // check or linter name; the compiler itself carries none.
    classify: (m) =>
      m[5] === 'compile' || m[5] === 'typecheck' || (m[5] === undefined && GO_COMPILER_MESSAGE.test(m[4]!))
        ? 'compile_error'
        : // One [\d.] then the rest: two overlapping runs were quadratic (ReDoS).
          /^\S+@v[\d.][\w.+-]*: (?:Get|reading|verifying|unrecognized import)/.test(m[4]!)
          ? undefined
          : 'lint_failure',
    weight: 0.8,
    follow: 'indented',
    lead: /^# [\w./@-]+(?: \[[\w./@ -]+\])?$/,
    facts: (m) =>
      facts({
        // A check code (U1000, SA4006) is staticcheck's; another name is the golangci-lint linter's.
        tool:
          m[5] === undefined || m[5] === 'compile' || m[5] === 'typecheck'
            ? 'go'
            : /^[A-Z]+\d+$/.test(m[5])
              ? 'staticcheck'
              : m[5],
        code: m[5] && /^[A-Z]+\d+$/.test(m[5]) ? m[5] : undefined,
        locations: [location(m[1], m[2], m[3], m[4])],
      }),
  },
  {
    id: 'go.module-fetch',
    tool: 'go',
    anchors: [': Get "', ': reading ', 'verifying module', 'unrecognized import path'],
    // "pkg/x.go:19:2: github.com/a/b@v1.2.3: Get "https://proxy…": dial tcp: i/o timeout"
    pattern:
      // The lookbehind starts the module path only at its first character: tried from every one, a
      // long path without the "@v…: " tail cost quadratic time.
      /(?<![\w./-])([\w./-]+)@(v[\w.+-]+): (?:Get "([^"]+)"|reading (\S+)|verifying module)(?:: (.*))?|unrecognized import path "([^"]+)"/,
    role: 'error',
    classify: (m) =>
      /\b404\b|410 Gone|not found|unknown revision|invalid version/.test(m[5] ?? '')
        ? 'missing_dependency'
        : 'network_error',
    weight: 0.8,
    facts: (m) =>
      facts({
        tool: 'go',
        package: m[1] ? `${m[1]}@${m[2]!}` : m[6],
        host: /https?:\/\/([^/]+)/.exec(m[3] ?? m[4] ?? '')?.[1],
      }),
  },
  {
    id: 'go.missing-module',
    tool: 'go',
    anchors: [
      'no required module provides package',
      'missing go.sum entry',
      'updates to go.mod needed',
      'cannot find module providing package',
    ],
    pattern:
      /no required module provides package ([\w./-]+)|missing go\.sum entry for module providing package ([\w./-]+)|missing go\.sum entry|updates to go\.mod needed|cannot find module providing package ([\w./-]+)/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.85,
    facts: (m) => facts({ tool: 'go', package: m[1] ?? m[2] ?? m[3] }),
  },
  {
    id: 'go.version',
    tool: 'go',
    anchors: ['requires go >=', 'but maximum supported version is', 'requires go1', 'module requires Go'],
    pattern:
      /requires go >= ?([\d.]+) \(running go ([\d.]+)|go\.mod file indicates go ([\d.]+), but maximum supported version is ([\d.]+)|module requires Go ([\d.]+)/,
    role: 'error',
    category: 'toolchain_mismatch',
    weight: 0.9,
    facts: (m) =>
      facts({
        tool: 'go',
        toolchain: 'go',
        requiredVersion: m[1] ?? m[3] ?? m[5],
        actualVersion: m[2] ?? m[4],
      }),
  },
  {
    id: 'gotest.fail',
    tool: 'go test',
    anchors: ['--- FAIL: '],
    pattern: /^\s*--- FAIL: (\S+) \([\d.]+s\)/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    follow: 'indented',
    facts: (m) => ({ tool: 'go test', tests: [m[1]!] }),
  },
  {
    // What a test reported through t.Error/t.Fatal ("    x_test.go:76: unexpected init error: …" and
    // the indented output under it). With -v and parallel tests it is printed where the test paused,
    // far from its `--- FAIL` line; t.Log output of passing tests has the same shape, so only a
    // message in failure words counts.
    id: 'gotest.message',
    tool: 'go test',
    anchors: ['_test.go:'],
    pattern:
      /^\s+[\w.-]+_test\.go:\d+: (?=.*\b(?:[Ee]rr(?:or)?|[Ff]ail(?:ed|ure)?|[Uu]nexpected(?:ly)?|want(?:ed)?|[Ee]xpected|got|mismatch|should|must|[Cc]annot|not equal|[Ii]nvalid|[Ii]ncorrect)\b)/,
    role: 'error',
    category: 'test_failure',
    weight: 0.6,
    follow: 'indented',
    facts: () => ({ tool: 'go test' }),
  },
  {
    id: 'gotest.package-fail',
    tool: 'go test',
    anchors: ['FAIL\t', 'FAIL '],
    pattern: /^FAIL\s+(\S+)\s+(?:[\d.]+s|\[(build failed|setup failed)\])$/,
    role: 'error',
    classify: (m) => (m[2] ? 'compile_error' : 'test_failure'),
    weight: 0.55,
    facts: (_m) => ({ tool: 'go test' }),
  },
  {
    id: 'gofmt.diff',
    tool: 'gofmt',
    anchors: ['.go.orig '],
    // `gofmt -d`: "diff calc.go.orig calc.go" heads the unified diff of what it would change.
    pattern: /^diff (?:-u )?(\S+\.go)\.orig \S+\.go$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.7,
    follow: 'paragraph',
    facts: (m) => ({ tool: 'gofmt', file: m[1]! }),
  },
  {
    id: 'go.panic',
    tool: 'go',
    anchors: ['panic: '],
    pattern: /^panic: (.*)/,
    role: 'error',
    weight: 0.75,
    follow: 'trace',
    facts: () => ({ tool: 'go' }),
  },
  {
    id: 'gotest.timeout',
    tool: 'go test',
    anchors: ['test timed out after'],
    pattern: /^panic: test timed out after (\S+)/,
    role: 'error',
    category: 'timeout',
    weight: 0.9,
    // The dump below lists every goroutine (the runtime's and the test runner's first), not the cause.
    follow: 'paragraph',
    facts: () => ({ tool: 'go test' }),
  },
  {
    id: 'golangci.summary',
    tool: 'golangci-lint',
    anchors: ['issues found', 'level=error'],
    pattern: /^\d+ issues?(?: found)?:?$|level=error msg="(.*)"/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.6,
    facts: () => ({ tool: 'golangci-lint' }),
  },
  {
    id: 'gofmt.unformatted',
    tool: 'gofmt',
    anchors: ['gofmt', 'go fmt'],
    // The gap after "gofmt -l" stops at the next one (linear; `.*` rescanned the rest from each).
    pattern:
      /(?:not (?:properly )?formatted|need(?:s)? (?:to be )?formatting|[Rr]un `?go ?fmt`?).*|gofmt -[lds]+ (?:(?!gofmt -).)* (?:failed|found)/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.8,
    facts: () => ({ tool: 'gofmt' }),
  },
  {
    id: 'go.exit-status',
    tool: 'go',
    anchors: ['exit status '],
    pattern: /^exit status (\d+)$/,
    role: 'verdict',
    weight: 0.25,
    facts: (m) => ({ exitCode: Number(m[1]) }),
  },
];

import type { FailureCategory } from '../categories.js';
import type { Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/** TypeScript, ESLint, Prettier, Jest, Vitest, Mocha, Node and the npm/pnpm/yarn package managers. */

function npmCodeCategory(code: string): FailureCategory | undefined {
  if (/^(?:E404|ETARGET|ERESOLVE|ENOVERSIONS|EINTEGRITY|ENOLOCK|EUSAGE)$/.test(code))
    return 'missing_dependency';
  if (/^(?:ENOTFOUND|ETIMEDOUT|ECONNRESET|ECONNREFUSED|EAI_AGAIN|ENETUNREACH|E5\d\d)$/.test(code))
    return 'network_error';
  if (/^(?:EACCES|EPERM|E401|E403|ENEEDAUTH)$/.test(code))
    return code === 'E401' || code === 'ENEEDAUTH' ? 'missing_secret' : 'permission_denied';
  if (code === 'ENOSPC') return 'resource_exhaustion';
  if (code === 'EBADENGINE') return 'toolchain_mismatch';
  return undefined;
}

function pnpmCodeCategory(code: string): FailureCategory | undefined {
  if (
    /OUTDATED_LOCKFILE|LOCKFILE|FETCH_404|NO_MATCHING_VERSION|PEER_DEP|NO_VERSIONS|WORKSPACE_PKG_NOT_FOUND|TARBALL_INTEGRITY/.test(
      code,
    )
  )
    return 'missing_dependency';
  if (/META_FETCH_FAIL|FETCH_5\d\d|ECONN|ETIMEDOUT|ENOTFOUND/.test(code)) return 'network_error';
  if (/UNSUPPORTED_ENGINE|BAD_PM_VERSION|UNSUPPORTED_PLATFORM/.test(code)) return 'toolchain_mismatch';
  if (/NO_SCRIPT|MISSING_SCRIPT/.test(code)) return 'missing_command';
  if (/FETCH_401|FETCH_403/.test(code)) return 'permission_denied';
  return undefined;
}

export const jsRules: Rule[] = [
  {
    id: 'tsc.error',
    tool: 'tsc',
    anchors: ['error TS'],
    // "src/a.ts(3,7): error TS2322: …" (plain) and "src/a.ts:3:7 - error TS2322: …" (pretty).
    pattern:
      /^(?:(\S+?\.(?:[cm]?tsx?|vue|svelte))(?:\((\d+),(\d+)\)|:(\d+):(\d+))(?::| -) )?error (TS\d+): (.*)/,
    role: 'error',
    category: 'compile_error',
    weight: 0.9,
    follow: 'indented',
    facts: (m) =>
      facts({
        tool: 'tsc',
        code: m[6],
        module: /^TS2307$/.test(m[6]!) ? /Cannot find module '([^']+)'/.exec(m[7]!)?.[1] : undefined,
        locations: m[1] ? [location(m[1], m[2] ?? m[4], m[3] ?? m[5], m[7])] : undefined,
      }),
  },
  {
    id: 'eslint.problem',
    tool: 'eslint',
    anchors: ['  error  ', ' error '],
    // stylish: "  12:5  error  'x' is not defined  no-undef", below the file path line.
    // The message starts and ends on a non-space: overlapping space runs made this cubic (ReDoS).
    pattern: /^\s+(\d+):(\d+)\s+error\s+(\S(?:.*\S)?)\s{2,}(@?[\w/-]+)\s*$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.85,
    lead: /^(?:\/|[A-Za-z]:\\|\.{0,2}[\w@-]+\/)\S*\.[cm]?[jt]sx?$|^\s+\d+:\d+\s+(?:error|warning)\s/,
    facts: (m) => ({ tool: 'eslint', code: m[4]!, locations: [location('', m[1], m[2], m[3])] }),
  },
  {
    id: 'eslint.summary',
    tool: 'eslint',
    anchors: ['problem'],
    pattern: /^✖ (\d+) problems? \((\d+) errors?, (\d+) warnings?\)/,
    role: 'error',
    classify: (m) => (m[2] === '0' ? undefined : 'lint_failure'),
    weight: 0.7,
    facts: () => ({ tool: 'eslint' }),
  },
  {
    id: 'prettier.check',
    tool: 'prettier',
    anchors: ['Code style issues', 'Forgot to run Prettier'],
    pattern:
      /Code style issues (?:found|were found) in (?:the above file|\d+ files)|Forgot to run Prettier\?/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.9,
    lead: /^\[warn\] \S/,
    facts: () => ({ tool: 'prettier' }),
  },
  {
    id: 'jest.fail-file',
    tool: 'jest',
    anchors: ['FAIL '],
    // Jest "FAIL src/a.test.ts (5 s)"; Vitest " FAIL  src/a.test.ts > suite > name".
    // The test name starts and ends on a non-space and a [tag] holds no "[": linear (ReDoS-safe).
    pattern:
      /^\s*FAIL\s+(\S+\.(?:[cm]?[jt]sx?|vue|svelte))(?:\s+>\s+(\S(?:.*?\S)?))?(?:\s+\[[^\][]*\])?(?:\s+\([\d.]+ m?s\))?\s*$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.8,
    facts: (m) => facts({ tool: 'jest', file: m[1], tests: m[2] ? [m[2]] : undefined }),
  },
  {
    id: 'jest.failed-test',
    tool: 'jest',
    anchors: ['●'],
    // "● Test suite failed to run" names no test: jest.suite-failed (js-legacy.ts) reads it.
    // Either branch of the old `(.+? › .+|.+)` took the whole rest; the lazy one cost quadratic time.
    pattern: /^\s*● (?!Console\b|Test suite failed to run$)(.+)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    follow: 'indented',
    facts: (m) => ({ tool: 'jest', tests: [m[1]!.trim()] }),
  },
  {
    id: 'jest.summary',
    tool: 'jest',
    anchors: [' failed'],
    // Jest "Tests:       1 failed, 4 passed, 5 total"; Vitest "      Tests  1 failed | 4 passed (5)".
    pattern: /^\s*Tests:?\s+(\d+) failed\b/,
    role: 'error',
    category: 'test_failure',
    weight: 0.55,
    facts: () => ({ tool: 'jest' }),
  },
  {
    id: 'vitest.failed-header',
    tool: 'vitest',
    anchors: ['Failed Tests'],
    // One rule character each side: a run of them tried at every offset was quadratic (ReDoS).
    pattern: /⎯ Failed Tests? (\d+) ⎯/,
    role: 'header',
    category: 'test_failure',
    weight: 0.5,
  },
  {
    id: 'node.assertion',
    tool: 'node',
    anchors: ['AssertionError'],
    pattern: /^\s*AssertionError(?: \[ERR_ASSERTION\])?: (.*)/,
    role: 'error',
    category: 'test_failure',
    weight: 0.6,
    follow: 'indented',
  },
  {
    id: 'mocha.failing',
    tool: 'mocha',
    anchors: ['failing'],
    pattern: /^\s*(\d+) failing$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.7,
    facts: () => ({ tool: 'mocha' }),
  },
  {
    // Jest's resolver, under "● Test suite failed to run": the suite never ran because an import
    // of a package (a bare specifier, not a relative path) could not be resolved.
    id: 'jest.module-not-found',
    tool: 'jest',
    anchors: ['Cannot find module'],
    pattern: /Cannot find module '((?:@[\w.-]+\/)?[\w-][^'/]*(?:\/[^']*)?)' from '([^']+)'/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.9,
    follow: 'indented',
    facts: (m) => ({ tool: 'jest', module: m[1]!, file: m[2]! }),
  },
  {
    id: 'node.module-not-found',
    tool: 'node',
    anchors: ['Cannot find module', 'Cannot find package', 'ERR_MODULE_NOT_FOUND'],
    pattern:
      /(?:Error: )?Cannot find (?:module|package) '([^']+)'(?! or its corresponding type declarations)/,
    role: 'error',
    // A path ('./generated/settings', '/w/lib/x.js') is a file of the project that is not there
    // (not built, not committed); a bare name is a package that was not installed.
    classify: (m) =>
      /^(?:\.{1,2}\/|\/|[A-Za-z]:\\|file:)/.test(m[1]!) ? 'missing_file' : 'missing_dependency',
    weight: 0.85,
    follow: 'trace',
    facts: (m) => ({ tool: 'node', module: m[1]! }),
  },
  {
    id: 'node.engine',
    tool: 'node',
    anchors: ['is incompatible with this module', 'Unsupported engine'],
    pattern:
      /The engine "(\w+)" is incompatible with this module\. Expected version "([^"]+)"\. Got "([^"]+)"|Unsupported engine/,
    role: 'error',
    category: 'toolchain_mismatch',
    weight: 0.85,
    facts: (m) => facts({ toolchain: m[1] ?? 'node', requiredVersion: m[2], actualVersion: m[3] }),
  },
  {
    id: 'npm.error-code',
    tool: 'npm',
    anchors: ['npm ERR! code', 'npm error code'],
    pattern: /^npm (?:ERR!|error) code (E[\w]+)/,
    role: 'error',
    classify: (m) => npmCodeCategory(m[1]!),
    weight: 0.7,
    follow: 'same-tag',
    facts: (m) => ({ tool: 'npm', code: m[1]! }),
  },
  {
    id: 'npm.not-found',
    tool: 'npm',
    anchors: ['404 Not Found'],
    pattern:
      /^npm (?:ERR!|error) 404 +(?:Not Found - GET \S+ - Not found|'([^']+)' is not in (?:the npm|this) registry)/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.85,
    follow: 'same-tag',
    facts: (m, line) =>
      facts({
        tool: 'npm',
        package:
          m[1] ?? /registry\.npmjs\.org\/(@?[^\s/]+(?:\/[^\s/]+)?)/.exec(line)?.[1]?.replace('%2f', '/'),
      }),
  },
  {
    id: 'npm.missing-script',
    tool: 'npm',
    anchors: ['Missing script'],
    pattern: /^npm (?:ERR!|error) Missing script: "?([^"\s]+)"?/,
    role: 'error',
    category: 'missing_command',
    weight: 0.85,
    facts: (m) => ({ tool: 'npm', command: m[1]! }),
  },
  {
    id: 'npm.ci-lock-mismatch',
    tool: 'npm',
    anchors: ['can only install packages when your package.json and package-lock.json'],
    pattern: /can only install packages when your package\.json and package-lock\.json/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.9,
    facts: () => ({ tool: 'npm' }),
  },
  {
    id: 'pnpm.error',
    tool: 'pnpm',
    anchors: ['ERR_PNPM_'],
    pattern: /ERR_PNPM_(\w+)\b(.*)/,
    role: 'error',
    classify: (m) => pnpmCodeCategory(m[1]!),
    weight: 0.75,
    follow: 'indented',
    facts: (m) => ({ tool: 'pnpm', code: `ERR_PNPM_${m[1]!}` }),
  },
  {
    id: 'pnpm.lifecycle',
    tool: 'pnpm',
    anchors: ['ELIFECYCLE'],
    pattern: /ELIFECYCLE\s+(?:Command failed with exit code (\d+)|Test failed)/,
    role: 'verdict',
    weight: 0.3,
    facts: (m) => facts({ tool: 'pnpm', exitCode: m[1] ? Number(m[1]) : undefined }),
  },
  {
    id: 'yarn.error',
    tool: 'yarn',
    anchors: [
      "error Couldn't find package",
      'error An unexpected error occurred',
      'YN0028',
      'YN0001',
      'YN0018',
    ],
    // The gaps after YN0028/YN0018 stop at the next repeat of the code (linear; `.*` rescanned).
    pattern:
      /^error Couldn't find package "([^"]+)"|^error An unexpected error occurred: "(.*)"|YN0028: (?:(?!YN0028: ).)*lockfile would have been modified|YN0018: (?:(?!YN0018: ).)*checksum|YN0001: (.*)/,
    role: 'error',
    classify: (m) =>
      m[2] !== undefined
        ? /ETIMEDOUT|ENOTFOUND|ECONNRESET|socket hang up|50\d/.test(m[2])
          ? 'network_error'
          : /404/.test(m[2])
            ? 'missing_dependency'
            : undefined
        : m[3] !== undefined
          ? undefined
          : 'missing_dependency',
    weight: 0.8,
    facts: (m) => facts({ tool: 'yarn', package: m[1] }),
  },
  {
    id: 'node.heap',
    tool: 'node',
    anchors: ['heap out of memory', 'Reached heap limit'],
    pattern: /JavaScript heap out of memory|Reached heap limit Allocation failed/,
    role: 'error',
    category: 'resource_exhaustion',
    weight: 0.95,
    facts: () => ({ tool: 'node', resource: 'js-heap' }),
  },
];

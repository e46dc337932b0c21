import type { FailureCategory } from '../categories.js';
import type { Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/** R: testthat, `R CMD check`, Rscript errors and packages that are not installed. */

/** What a failed `R CMD check` step was checking says what kind of failure follows. */
function checkCategory(what: string): FailureCategory | undefined {
  if (/^(?:tests|examples|re-building of vignette outputs|running R code from vignettes)/.test(what))
    return 'test_failure';
  if (/can be installed|whether the package can be loaded/.test(what)) return 'compile_error';
  if (/package dependencies/.test(what)) return 'missing_dependency';
  if (/Rd files|code\/documentation|R code for possible problems|documentation/.test(what))
    return 'lint_failure';
  return undefined;
}

// R quotes names with ‘…’ in UTF-8 locales and '…' otherwise. The name holds no opening quote
// either, so a line of repeated openings is scanned once, not once per opening (quadratic).
const QUOTED = `[‘'"]([^‘’'"]+)[’'"]`;

export const rRules: Rule[] = [
  {
    // testthat 3: "── Failure ('test-add.R:3:3'): adds ──" (also without quotes, and in R CMD
    // check's indented copy); testthat 2: "── 1. Failure: adds (@test-add.R#3)  ──";
    // testthat 1: "1. Failure (at test-add.R#3): adds".
    id: 'testthat.failure',
    tool: 'testthat',
    anchors: ['Failure (', 'Error (', '. Failure: ', '. Error: ', '. Failure (at ', '. Error (at '],
    pattern:
      /^\s*(?:── )?(?:\d+\. )?(?:Failure|Error)(?: \((?:at )?['‘]?([^'’()#:\s]+)(?:[:#](\d+))?(?::\d+)?['’]?\): (.+?)|: (.+?) \(@([^#()\s]+)#(\d+)\))(?: *─+)?\s*$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    follow: 'until-blank',
    facts: (m) =>
      facts({
        tool: 'testthat',
        tests: [(m[3] ?? m[4])!],
        locations: [location(m[1] ?? m[5], m[2] ?? m[6])],
      }),
  },
  {
    id: 'testthat.summary',
    tool: 'testthat',
    // "[ FAIL 1 | WARN 0 | SKIP 0 | PASS 2 ]"; older: "OK: 2 SKIPPED: 0 WARNINGS: 0 FAILED: 1".
    anchors: ['[ FAIL ', 'FAILED: '],
    pattern:
      /^\s*(?:\[ FAIL (\d+) \| WARN \d+ \| SKIP \d+ \| PASS \d+ \]|(?:OK: +\d+ +)?SKIPPED: +\d+ +(?:WARNINGS: +\d+ +)?FAILED: +(\d+))/,
    role: 'error',
    classify: (m) => ((m[1] ?? m[2]) === '0' ? undefined : 'test_failure'),
    // Below a failed test's weight: shown only when no failure itself was recognised.
    weight: 0.4,
    facts: () => ({ tool: 'testthat' }),
  },
  {
    // testthat's closing words after the failures it listed: not a reason of their own.
    id: 'testthat.closing',
    tool: 'testthat',
    anchors: ['Error: Test failures'],
    pattern: /^\s*Error: Test failures$/,
    role: 'noise',
    weight: 0.6,
  },
  {
    // "Error in f(x) : message", "Error in `f()`: message" (rlang); the call, then why.
    id: 'r.error-in',
    tool: 'R',
    anchors: ['Error in '],
    // No `$`: a line has no line break, and with one each ": " candidate rescanned the rest.
    pattern: /^\s*Error in (.+?) ?: +(\S.*)?/,
    role: 'error',
    // A file R could not open ("cannot open the connection", what file() and read.csv() say) is a
    // missing file; other messages say too little on this line to name a category.
    classify: (m) =>
      /^cannot open (?:the connection|file )|No such file or directory/.test(m[2] ?? '')
        ? 'missing_file'
        : undefined,
    weight: 0.6,
    facts: () => ({ tool: 'R' }),
  },
  {
    id: 'r.parse-error',
    tool: 'R',
    anchors: [': unexpected '],
    // Rscript: "Error: unexpected ')' in "x <- f())""; parse(file): "R/add.R:5:0: unexpected end of input".
    pattern: /^\s*(?:Error: |(\S+\.[Rr]):(\d+):(\d+): )unexpected (.+)$/,
    role: 'error',
    category: 'compile_error',
    weight: 0.85,
    facts: (m) => facts({ tool: 'R', locations: m[1] ? [location(m[1], m[2], m[3], m[4])] : undefined }),
  },
  {
    id: 'r.no-package',
    tool: 'R',
    anchors: ['there is no package called'],
    pattern: new RegExp(`there is no package called ${QUOTED}`),
    role: 'error',
    category: 'missing_dependency',
    weight: 0.9,
    facts: (m) => ({ tool: 'R', package: m[1]! }),
  },
  {
    // R CMD check: "Package required but not available: ‘xml2’"; installing: "ERROR: dependency
    // ‘xml2’ is not available for package ‘tinyadd’".
    id: 'r.dependency-not-available',
    tool: 'R',
    anchors: ['required but not available', 'not available for package'],
    pattern:
      /^\s*(?:Packages? required (?:and available )?but not available: +(.+)|ERROR: dependenc(?:y|ies) (.+?) (?:is|are) not available for package)/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.9,
    facts: (m) => ({ tool: 'R', package: (m[1] ?? m[2])!.replace(/[‘’'"]/g, '') }),
  },
  {
    // install.packages() only warns: the failure comes later, when the package is loaded.
    id: 'r.install-not-available',
    tool: 'R',
    anchors: ['is not available (for R version', 'is not available for this version of R'],
    pattern: new RegExp(`package ${QUOTED} is not available (?:\\(for R version|for this version of R)`),
    role: 'error',
    category: 'missing_dependency',
    weight: 0.75,
    facts: (m) => ({ tool: 'R', package: m[1]! }),
  },
  {
    id: 'rcmdcheck.step-error',
    tool: 'R CMD check',
    anchors: ['... ERROR'],
    pattern: /^\* checking (.+?) \.\.\. ?ERROR$/,
    role: 'header',
    classify: (m) => checkCategory(m[1]!),
    weight: 0.5,
  },
  {
    // Fails the check where warnings count as errors (Travis' R default, rcmdcheck's error_on):
    // the lines up to the next "* checking" say what is wrong.
    id: 'rcmdcheck.step-warning',
    tool: 'R CMD check',
    anchors: ['* checking '],
    pattern: /^\* checking (.+?) \.\.\. ?WARNING$/,
    role: 'error',
    classify: (m) => checkCategory(m[1]!) ?? 'lint_failure',
    weight: 0.7,
    follow: 'paragraph',
  },
  {
    // A check that passed ends whatever the one before it printed.
    id: 'rcmdcheck.step-done',
    tool: 'R CMD check',
    anchors: ['* checking '],
    pattern: /^\* checking .+ \.\.\. ?(?:OK|NONE|NOTE|SKIPPED|INFO)$/,
    role: 'header',
    weight: 0.1,
  },
  {
    // "Running examples in ‘pkg-Ex.R’ failed", "Running the tests in ‘tests/testthat.R’ failed."
    id: 'rcmdcheck.run-failed',
    tool: 'R CMD check',
    anchors: ['’ failed', "' failed"],
    pattern: /^\s*Running (?:examples|the tests) in [‘'](.+?)[’'] failed/,
    role: 'error',
    category: 'test_failure',
    weight: 0.5,
    facts: (m) => ({ tool: 'R CMD check', file: m[1]! }),
  },
];

import type { Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/** Package roots of JVM exceptions: Python modules by these names are rare, JVM logs common. */
const JVM_ROOT =
  '(?:java|javax|jakarta|jdk|sun|com|org|net|io|kotlin|kotlinx|scala|akka|android|androidx|groovy|clojure|junit)';
/** Error classes of JavaScript, Ruby and PHP that Python has no builtin by. */
const OTHER_ERROR =
  '(?:Range|Reference|Eval|URI|Aggregate|Internal|NoMethod|Argument|Load|LocalJump|Frozen|Fiber|Thread|Standard|Script|Parse|ArgumentCount|DivisionByZero|UnhandledMatch)Error';
/** How V8 words its TypeError and SyntaxError messages; Python's read differently. */
const V8_MESSAGE =
  "(?:Cannot (?:read|set|destructure|convert|use import|access|find module)|Unexpected (?:token|identifier|end of|string|number|strict mode)|Invalid or unexpected token|missing \\) after|Identifier '|Assignment to constant|Converting circular|Class constructor|await is only valid|\\S+ is not (?:a function|a constructor|iterable)\\b)";
const PYTHON_EXCEPTION = new RegExp(
  `^(?!${JVM_ROOT}\\.)(?:(?:[A-Za-z_]\\w*\\.)+[A-Z]\\w*(?:Error|Exception)|(?!${OTHER_ERROR}\\b)[A-Z]\\w*Error)` +
    // PHP's messages name a method `Class::method()`; Python's never use `::`.
    `(?:: (?!${V8_MESSAGE})(?!.*\\w::\\w+\\(\\)).*)?$`,
);

/** pytest, Python tracebacks, pip, Poetry, ruff, flake8, black and mypy. */
export const pythonRules: Rule[] = [
  {
    id: 'pytest.failed',
    tool: 'pytest',
    anchors: ['FAILED '],
    // short test summary: "FAILED tests/test_a.py::test_x - AssertionError: …"
    // The file stops at the first colon: `\S+?\.py::` tried every "x.py::" of a long id (quadratic).
    pattern: /^FAILED ([^\s:]+?\.py::\S+)(?: - (.*))?$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    facts: (m) => ({ tool: 'pytest', tests: [m[1]!] }),
  },
  {
    id: 'pytest.collection-error',
    tool: 'pytest',
    anchors: ['ERROR '],
    // The file stops at the first colon: `\S+\.py` tried every "x.py" of a long id (quadratic).
    pattern: /^ERROR ([^\s:]+\.py)(?:::\S+)?(?: - (.*))?$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.8,
    facts: (m) => ({ tool: 'pytest', file: m[1]! }),
  },
  {
    id: 'pytest.assert-line',
    tool: 'pytest',
    anchors: ['E   '],
    pattern: /^E {3,}(\S.*)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.6,
    lead: /^(?:>|\s{4,}\S|\S+\.py:\d+: \w+$)/,
    facts: () => ({ tool: 'pytest' }),
  },
  {
    id: 'pytest.summary',
    tool: 'pytest',
    anchors: [' failed', ' error'],
    // The counts are read by a lookahead from the anchor, then one scan finds the duration: two
    // free-running `.*` in a row cost quadratic time.
    pattern: /^=+ (?=(\d+) failed\b|[^=]*?\b(\d+) errors?\b).* in [\d.]+s(?: \([\d:]+\))? =+$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.6,
    facts: () => ({ tool: 'pytest' }),
  },
  {
    id: 'pytest.section',
    tool: 'pytest',
    anchors: ['= FAILURES =', '= ERRORS ='],
    pattern: /^=+ (?:FAILURES|ERRORS) =+$/,
    role: 'header',
    category: 'test_failure',
    weight: 0.5,
  },
  {
    id: 'python.traceback',
    tool: 'python',
    anchors: ['Traceback (most recent call last)'],
    pattern: /^\s*Traceback \(most recent call last\):$/,
    role: 'error',
    weight: 0.5,
    follow: 'trace',
  },
  {
    id: 'python.module-not-found',
    tool: 'python',
    anchors: ['ModuleNotFoundError', 'No module named', 'ImportError'],
    pattern: /(?:ModuleNotFoundError|ImportError): No module named '?([\w.]+)'?/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.9,
    facts: (m) => ({ tool: 'python', module: m[1]! }),
  },
  {
    id: 'python.exception',
    tool: 'python',
    anchors: ['Error: ', 'Exception: ', 'Error'],
    // The line closing a traceback: "NameError: name 'x' is not defined", or with its module
    // ("requests.exceptions.HTTPError: 404", "app.errors.ConfigException: …"). Python prints a
    // class bare only for builtins and `__main__`, and builtins end in Error. Not other languages'
    // look-alikes: Java's and Scala's packages (`java.lang.X: …`, `scala.MatchError`), JavaScript's
    // and Ruby's and PHP's own classes (`ReferenceError`, `NoMethodError`, `ParseError`), nor the
    // messages only V8 and PHP write under a name Python shares (`TypeError: Cannot read
    // properties of undefined`, `TypeError: Cart::add(): Argument #2 …`).
    pattern: PYTHON_EXCEPTION,
    role: 'error',
    // The file did not parse: "SyntaxError: '[' was never closed".
    classify: (m) =>
      /^(?:SyntaxError|IndentationError|TabError)\b/.test(m[0]) ? 'compile_error' : undefined,
    weight: 0.45,
    follow: 'indented',
  },
  {
    id: 'pip.no-version',
    tool: 'pip',
    anchors: ['Could not find a version that satisfies', 'No matching distribution found'],
    pattern:
      /(?:Could not find a version that satisfies the requirement|No matching distribution found for) ([\w.[\]-]+(?:[<>=!~]=?[\w.*]+)?)/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.9,
    facts: (m) => ({ tool: 'pip', package: m[1]! }),
  },
  {
    id: 'pip.conflict',
    tool: 'pip',
    anchors: ['ResolutionImpossible', 'conflicting dependencies'],
    pattern: /ResolutionImpossible|because these package versions have conflicting dependencies/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.85,
    facts: () => ({ tool: 'pip' }),
  },
  {
    id: 'pip.requires-python',
    tool: 'pip',
    anchors: ['requires a different Python'],
    pattern: /Package '([^']+)' requires a different Python: ([\d.]+) not in '([^']+)'/,
    role: 'error',
    category: 'toolchain_mismatch',
    weight: 0.9,
    facts: (m) => ({
      tool: 'pip',
      toolchain: 'python',
      package: m[1]!,
      actualVersion: m[2]!,
      requiredVersion: m[3]!,
    }),
  },
  {
    id: 'poetry.solver',
    tool: 'poetry',
    anchors: ['version solving failed', 'SolverProblemError', 'poetry.lock was last generated'],
    pattern:
      /version solving failed|SolverProblemError|changed significantly since poetry\.lock was last generated/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.85,
    facts: () => ({ tool: 'poetry' }),
  },
  {
    id: 'poetry.python-requirement',
    tool: 'poetry',
    anchors: ['Python requirement', 'is not supported by the project'],
    // No "(" inside the parentheses: repeated openings are then scanned once each (linear time).
    pattern:
      /The currently activated Python version ([\d.]+) is not supported by the project \(([^()]+)\)|Python requirement \(([^()]+)\) is not compatible/,
    role: 'error',
    category: 'toolchain_mismatch',
    weight: 0.85,
    facts: (m) =>
      facts({ tool: 'poetry', toolchain: 'python', actualVersion: m[1], requiredVersion: m[2] ?? m[3] }),
  },
  {
    id: 'flake8.violation',
    tool: 'flake8',
    anchors: ['.py:'],
    // flake8 and ruff (concise): "src/a.py:3:1: F401 'os' imported but unused".
    pattern: /^(\S+\.pyi?):(\d+):(\d+): ([A-Z]{1,4}\d{2,4}) (.*)$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.85,
    facts: (m) => ({ tool: 'flake8', code: m[4]!, locations: [location(m[1], m[2], m[3], m[5])] }),
  },
  {
    id: 'pylint.message',
    tool: 'pylint',
    anchors: ['.py:'],
    // "calc.py:6:15: E0602: Undefined variable 'c' (undefined-variable)": any message fails the run.
    pattern: /^(\S+\.py):(\d+):(\d+): ([CRWEFI]\d{4}): (.*) \(([\w-]+)\)$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.85,
    facts: (m) => ({ tool: 'pylint', code: m[4]!, locations: [location(m[1], m[2], m[3], m[5])] }),
  },
  {
    id: 'unittest.failed',
    tool: 'unittest',
    anchors: ['FAIL: ', 'ERROR: '],
    // unittest and nose head each failed test's report: "FAIL: test_pop (test_stack.StackTest.test_pop)",
    // "ERROR: test_money.test_cents"; the traceback follows up to the blank line. Test methods
    // start with "test", which keeps other tools' "ERROR: x" lines out.
    pattern: /^(FAIL|ERROR): ((?:[\w.]+\.)?test\w*)(?: \(([\w.]+)\))?$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.8,
    follow: 'paragraph',
    facts: (m) => ({ tool: 'unittest', tests: [m[3] ?? m[2]!] }),
  },
  {
    id: 'doctest.failed',
    tool: 'doctest',
    anchors: ['Failed example:'],
    // 'File "/w/mathx.py", line 6, in mathx.mean' (the lead), "Failed example:", the example
    // indented below; then "Expected:"/"Got:" or "Exception raised:" with a traceback.
    pattern: /^Failed example:$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.8,
    follow: 'indented',
    lead: /^File ".+", line \d+, in \S+$/,
    facts: () => ({ tool: 'doctest' }),
  },
  {
    id: 'ruff.summary',
    tool: 'ruff',
    anchors: ['Found ', 'fixable with'],
    // Ruff's hint is "[*] 2 fixable with the `--fix` option."; ESLint's "… warnings potentially fixable
    // with the `--fix` option." is not ruff's and not a failure.
    pattern:
      /^Found (\d+) errors?\.?(?: \(\d+ fixed, \d+ remaining\))?$|^(?:\[\*\] )?\d+ (?:potentially )?fixable with the `--fix` option/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.5,
    facts: () => ({ tool: 'ruff' }),
  },
  {
    id: 'black.would-reformat',
    tool: 'black',
    anchors: ['would reformat', 'would be reformatted', 'Would reformat'],
    // The count starts a number: otherwise every digit rescans it (ReDoS).
    pattern: /^[Ww]ould reformat (\S+)|(?<!\d)(\d+) files? would be reformatted/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.9,
    facts: (m) => facts({ tool: 'black', file: m[1] }),
  },
  {
    id: 'mypy.error',
    tool: 'mypy',
    anchors: [': error: '],
    pattern: /^(\S+\.pyi?):(\d+):(?:(\d+):)? error: (.*?)(?: {2}\[([\w-]+)\])?$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.85,
    facts: (m) => facts({ tool: 'mypy', code: m[5], locations: [location(m[1], m[2], m[3], m[4])] }),
  },
];

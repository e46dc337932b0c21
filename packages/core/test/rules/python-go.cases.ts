import type { RuleCase } from './rule-cases.js';

// pytest, CPython, pip, Poetry, flake8/ruff, black, mypy; go build/vet/test, staticcheck, golangci-lint.
export const pythonGoCases: RuleCase[] = [
  {
    rule: 'pytest.failed',
    line: 'FAILED tests/test_api.py::test_get_user - AssertionError: assert 404 == 200',
    category: 'test_failure',
    facts: { tests: ['tests/test_api.py::test_get_user'] },
  },
  {
    rule: 'pytest.collection-error',
    line: "ERROR tests/test_db.py - ModuleNotFoundError: No module named 'psycopg2'",
    category: 'test_failure',
  },
  { rule: 'pytest.assert-line', line: 'E       assert 404 == 200', category: 'test_failure' },
  {
    rule: 'pytest.summary',
    line: '========================= 1 failed, 12 passed in 0.53s =========================',
    category: 'test_failure',
  },
  {
    rule: 'pytest.section',
    line: '=================================== FAILURES ===================================',
    category: 'test_failure',
  },
  { rule: 'python.traceback', line: 'Traceback (most recent call last):' },
  {
    rule: 'python.module-not-found',
    line: "ModuleNotFoundError: No module named 'requests'",
    category: 'missing_dependency',
    facts: { module: 'requests' },
  },
  { rule: 'python.exception', line: "NameError: name 'Github' is not defined" },
  {
    rule: 'pip.no-version',
    line: 'ERROR: Could not find a version that satisfies the requirement torch==9.9 (from versions: none)',
    category: 'missing_dependency',
    facts: { package: 'torch==9.9' },
  },
  {
    rule: 'pip.no-version',
    line: 'ERROR: No matching distribution found for torch==9.9',
    facts: { package: 'torch==9.9' },
  },
  {
    rule: 'pip.conflict',
    line: 'ERROR: ResolutionImpossible: for help visit https://pip.pypa.io/en/latest/topics/dependency-resolution/',
    category: 'missing_dependency',
  },
  {
    rule: 'pip.requires-python',
    line: "ERROR: Package 'mylib' requires a different Python: 3.7.17 not in '>=3.8'",
    category: 'toolchain_mismatch',
    facts: { actualVersion: '3.7.17', requiredVersion: '>=3.8' },
  },
  {
    rule: 'poetry.solver',
    line: "Because app depends on lib (^2.0) which doesn't match any versions, version solving failed.",
    category: 'missing_dependency',
  },
  {
    rule: 'poetry.python-requirement',
    line: 'The currently activated Python version 3.7.9 is not supported by the project (^3.9).',
    category: 'toolchain_mismatch',
    facts: { actualVersion: '3.7.9', requiredVersion: '^3.9' },
  },
  {
    rule: 'flake8.violation',
    line: "app/main.py:3:1: F401 'os' imported but unused",
    category: 'lint_failure',
    facts: { code: 'F401', locations: [{ file: 'app/main.py', line: 3, column: 1 }] },
  },
  { rule: 'ruff.summary', line: 'Found 3 errors.', category: 'lint_failure' },
  {
    rule: 'black.would-reformat',
    line: 'would reformat src/app/main.py',
    category: 'lint_failure',
    facts: { file: 'src/app/main.py' },
  },
  {
    rule: 'black.would-reformat',
    line: '2 files would be reformatted, 10 files would be left unchanged.',
    category: 'lint_failure',
  },
  {
    rule: 'mypy.error',
    line: 'app/models.py:14: error: Incompatible return value type (got "str", expected "int")  [return-value]',
    category: 'lint_failure',
    facts: { code: 'return-value' },
  },
  {
    rule: 'go.diagnostic',
    line: './main.go:12:2: undefined: fmtx',
    category: 'compile_error',
    facts: { locations: [{ file: 'main.go', line: 12, column: 2 }] },
  },
  {
    rule: 'go.diagnostic',
    line: 'internal/x/y.go:89:4: undeclared name: os (compile)',
    category: 'compile_error',
  },
  {
    rule: 'go.diagnostic',
    line: 'internal/lang/functions.go:176:17: func (*Scope).f is unused (U1000)',
    category: 'lint_failure',
    facts: { code: 'U1000' },
  },
  {
    rule: 'go.diagnostic',
    line: 'pkg/a.go:10:2: Error return value of `f.Close` is not checked (errcheck)',
    category: 'lint_failure',
    facts: { tool: 'errcheck' },
  },
  {
    rule: 'go.module-fetch',
    line: 'pkg/b.go:7:2: github.com/acme/lib@v1.2.3: Get "https://proxy.golang.org/github.com/acme/lib/@v/v1.2.3.zip": dial tcp: i/o timeout',
    category: 'network_error',
    facts: { package: 'github.com/acme/lib@v1.2.3', host: 'proxy.golang.org' },
  },
  {
    rule: 'go.missing-module',
    line: 'main.go:5:2: no required module provides package github.com/acme/x; to add it:',
    category: 'missing_dependency',
    facts: { package: 'github.com/acme/x' },
  },
  {
    rule: 'go.version',
    line: 'go: go.mod requires go >= 1.22 (running go 1.21.5; GOTOOLCHAIN=local)',
    category: 'toolchain_mismatch',
    facts: { requiredVersion: '1.22', actualVersion: '1.21.5' },
  },
  {
    rule: 'gotest.fail',
    line: '    --- FAIL: TestParse/empty (0.00s)',
    category: 'test_failure',
    facts: { tests: ['TestParse/empty'] },
  },
  { rule: 'gotest.package-fail', line: 'FAIL\tgithub.com/acme/app/parser\t0.012s', category: 'test_failure' },
  {
    rule: 'gotest.package-fail',
    line: 'FAIL\tgithub.com/acme/app/cli [build failed]',
    category: 'compile_error',
  },
  { rule: 'go.panic', line: 'panic: runtime error: invalid memory address or nil pointer dereference' },
  { rule: 'gotest.timeout', line: 'panic: test timed out after 10m0s', category: 'timeout' },
  {
    rule: 'golangci.summary',
    line: 'level=error msg="Running error: context loading failed"',
    category: 'lint_failure',
  },
  {
    rule: 'gofmt.unformatted',
    line: 'The following files are not gofmt-ed; run `gofmt -w` or go fmt ./... to fix',
    category: 'lint_failure',
  },
  { rule: 'go.exit-status', line: 'exit status 3', facts: { exitCode: 3 } },
  // Recorded (packages/fixtures/ecosystems/go and python).
  {
    rule: 'gofmt.diff',
    line: 'diff calc.go.orig calc.go',
    category: 'lint_failure',
    facts: { file: 'calc.go' },
  },
  {
    rule: 'pylint.message',
    line: "calc.py:6:15: E0602: Undefined variable 'c' (undefined-variable)",
    category: 'lint_failure',
    facts: { code: 'E0602', locations: [{ file: 'calc.py', line: 6, column: 15 }] },
  },
  { rule: 'doctest.failed', line: 'Failed example:', category: 'test_failure' },
  { rule: 'python.exception', line: "SyntaxError: '[' was never closed", category: 'compile_error' },
  { rule: 'python.exception', line: 'ValueError: too many values to unpack (expected 2)', category: null },
];

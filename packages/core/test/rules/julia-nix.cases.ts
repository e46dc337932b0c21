import type { RuleCase } from './rule-cases.js';

// Julia (Test stdlib, Pkg, Documenter) and Nix. Lines from packages/fixtures/ecosystems/julia and
// nix (the Julia ones are public logs, see each case's case.json; the Nix ones Nix 2.8's own),
// except where a comment says which format a line is written in.
export const juliaNixCases: RuleCase[] = [
  {
    rule: 'julia.test-failed',
    line: 'Test Failed at none:1',
    category: 'test_failure',
    facts: { locations: [{ file: 'none', line: 1 }] },
  },
  {
    // Julia before 1.8 named the test set alone.
    rule: 'julia.test-failed',
    line: 'Arrays: Test Failed',
    category: 'test_failure',
    facts: { tests: ['Arrays'] },
  },
  {
    // The form Test.jl's show(::Fail) prints in a file (the recordings are REPL sessions, "none:1"):
    // the test set's name, then the file and line.
    rule: 'julia.test-failed',
    line: 'add two: Test Failed at /w/test/runtests.jl:7',
    category: 'test_failure',
    facts: { tests: ['add two'], locations: [{ file: '/w/test/runtests.jl', line: 7 }] },
  },
  { rule: 'julia.error-during-test', line: 'Error During Test', category: 'test_failure' },
  {
    // As Test.jl's show(::Error) prints it in a file.
    rule: 'julia.error-during-test',
    line: 'Error During Test at /w/test/runtests.jl:12',
    category: 'test_failure',
    facts: { locations: [{ file: '/w/test/runtests.jl', line: 12 }] },
  },
  { rule: 'julia.test-closing', line: 'ERROR: There was an error during testing' },
  {
    rule: 'julia.test-closing',
    line: 'ERROR: Some tests did not pass: 3 passed, 1 failed, 0 errored, 0 broken.',
  },
  {
    rule: 'julia.test-closing',
    line: 'ERROR: LoadError: Some tests did not pass: 1 passed, 1 failed, 1 errored.',
  },
  {
    rule: 'julia.load-error',
    line: 'ERROR: LoadError: UndefVarError: s not defined',
    category: 'compile_error',
  },
  {
    // Base's message for a package the environment lacks, and DomainError's own form.
    rule: 'julia.load-error',
    line: 'ERROR: LoadError: ArgumentError: Package JSON not found in current path',
    category: 'missing_dependency',
  },
  {
    rule: 'julia.load-error',
    line: 'ERROR: LoadError: DomainError with -1.0:',
    category: 'test_failure',
  },
  {
    // Base's loading.jl: error("Failed to precompile $pkg to $tmppath.").
    rule: 'julia.load-error',
    line: 'ERROR: LoadError: Failed to precompile Example [7876af07-990d-54b4-ab0e-23690620f79a] to /home/travis/.julia/compiled/v1.0/Example/lLvWP.ji.',
    category: 'compile_error',
  },
  // In Pkg's build box the box's heading names the category.
  { rule: 'julia.load-error', line: '│ ERROR: LoadError: Ooops', category: null },
  {
    // A doctest of Documenter.jl's test/examples (MIT).
    rule: 'julia.exception',
    line: 'ERROR: MethodError: no method matching f(::String)',
    category: 'test_failure',
  },
  { rule: 'julia.exception', line: '│ ERROR: UndefVarError: `baz` not defined', category: null },
  {
    rule: 'julia.pkg-build',
    line: '┌ Error: Error building `HelloWorld`:',
    category: 'compile_error',
    facts: { package: 'HelloWorld' },
  },
  {
    // Pkg.jl's manual (docs/src/managing-packages.md, MIT) quotes its resolver's heading.
    rule: 'julia.pkg-unsatisfiable',
    line: 'Unsatisfiable requirements detected for package D [756980fe]:',
    category: 'missing_dependency',
    facts: { package: 'D' },
  },
  {
    rule: 'julia.pkg-unsatisfiable',
    line: 'ERROR: Unsatisfiable requirements detected for package D [756980fe]:',
    category: 'missing_dependency',
  },
  {
    rule: 'documenter.doctest-failure',
    line: '┌ Error: doctest failure in ~/juliadocs/Documenter/test/doctests/src/NoMeta.jl:6-9',
    category: 'test_failure',
    facts: { locations: [{ file: '~/juliadocs/Documenter/test/doctests/src/NoMeta.jl', line: 6 }] },
  },
  { rule: 'nix.eval-error', line: "error: undefined variable 'versoin'", category: 'compile_error' },
  {
    rule: 'nix.eval-error',
    line: 'error: value is a string while a list was expected',
    category: 'compile_error',
  },
  { rule: 'nix.eval-error', line: "error: attribute 'libcurl' missing", category: 'compile_error' },
  {
    rule: 'nix.eval-error',
    line: "error: attribute 'tests' in selection path 'tests' not found",
    category: 'compile_error',
  },
  {
    rule: 'nix.eval-error',
    line: "error: assertion '(withDocs -> ((builtins).pathExists docsDir))' failed",
    category: 'compile_error',
  },
  { rule: 'nix.eval-error', line: 'error: cannot coerce an integer to a string', category: 'compile_error' },
  {
    rule: 'nix.eval-error',
    line: "error: evaluation aborted with the following error message: 'no'",
    category: 'compile_error',
  },
  {
    rule: 'nix.eval-error',
    line: "error: cannot evaluate a function that has an argument without a value ('pkgs')",
    category: 'compile_error',
  },
  {
    rule: 'nix.eval-error',
    line: "error: getting status of '/home/runner/work/project/static': No such file or directory",
    category: 'missing_file',
  },
  {
    rule: 'nix.builder-log',
    line: "       > make: *** No rule to make target 'lexer.o', needed by 'parse'.  Stop.",
    category: 'missing_file',
  },
  {
    rule: 'nix.builder-log',
    line: "       > /nix/store/adra7k3y049w4qycm6abbwvbq5vm229k-src/greeter.c:5:3: error: expected ',' or ';' before 'printf'",
    category: 'compile_error',
  },
  {
    // The recorded unittest line as `nix build` would quote it.
    rule: 'nix.builder-log',
    line: '       > FAIL: test_mul (test_mathlib.MathTest.test_mul)',
    category: 'test_failure',
  },
  {
    rule: 'nix.builder-log-prefixed',
    line: 'slugify-unit-tests> FAIL: test_spaces_become_dashes (test_slug.SlugTest.test_spaces_become_dashes)',
    category: 'test_failure',
  },
  {
    rule: 'nix.builder-log-prefixed',
    line: "slugify-unit-tests> AssertionError: 'hello_big_world' != 'hello-big-world'",
    category: 'test_failure',
  },
  {
    rule: 'nix.build-closing',
    line: "error: builder for '/nix/store/irhiwixn6i71d1rxqcvjpn2sbgi2gvx4-greeter-0.1.drv' failed with exit code 1",
  },
  {
    rule: 'nix.build-closing',
    line: "error: builder for '/nix/store/9jp56db335f36sv73044ahg151n0n72a-parser-0.9.drv' failed with exit code 2;",
  },
  {
    // Nix 2.3's wording (from its source; Debian ships 2.8): no "error: ", the log's tail announced.
    rule: 'nix.build-closing',
    line: "builder for '/nix/store/irhiwixn6i71d1rxqcvjpn2sbgi2gvx4-greeter-0.1.drv' failed with exit code 1; last 10 log lines:",
  },
  {
    rule: 'nix.build-closing',
    line: "error: 1 dependencies of derivation '/nix/store/3ll06374qr101z6v7dqzi8m2f6wm2g7k-app-1.0.drv' failed to build",
  },
];

import type { RuleCase } from './rule-cases.js';

// rustc/cargo/clippy, gcc/clang/ld/CMake/make, RSpec/Minitest/Bundler/RuboCop, and generic conventions.
export const nativeRustRubyCases: RuleCase[] = [
  {
    rule: 'rustc.error',
    line: 'error[E0425]: cannot find value `x` in this scope',
    category: 'compile_error',
    facts: { code: 'E0425' },
  },
  {
    rule: 'rustc.location',
    line: '  --> src/main.rs:4:13',
    facts: { locations: [{ file: 'src/main.rs', line: 4, column: 13 }] },
  },
  {
    rule: 'cargo.could-not-compile',
    line: 'error: could not compile `app` (bin "app") due to 1 previous error',
    category: 'compile_error',
  },
  {
    rule: 'clippy.lint',
    line: '  = note: `-D clippy::needless-return` implied by `-D warnings`',
    category: 'lint_failure',
  },
  { rule: 'rustfmt.diff', line: 'Diff in /w/src/lib.rs at line 12:', category: 'lint_failure' },
  {
    rule: 'cargo-test.failed',
    line: 'test parser::tests::parses_empty ... FAILED',
    category: 'test_failure',
    facts: { tests: ['parser::tests::parses_empty'] },
  },
  {
    rule: 'cargo-test.panicked',
    line: "thread 'parser::tests::parses_empty' panicked at src/parser.rs:40:9:",
    facts: { tests: ['parser::tests::parses_empty'] },
  },
  {
    // Newer toolchains print the thread id (packages/fixtures/ecosystems/rust).
    rule: 'cargo-test.panicked',
    line: "thread 'tests::adds' (13212) panicked at src/lib.rs:11:9:",
    category: 'test_failure',
    facts: { tests: ['tests::adds'], locations: [{ file: 'src/lib.rs', line: 11, column: 9 }] },
  },
  // cargo's closing word after the panics (rust/cargo-test-panic): not an error of its own.
  { rule: 'cargo-test.rerun', line: 'error: test failed, to rerun pass `--lib`' },
  {
    rule: 'cargo-test.result',
    line: 'test result: FAILED. 11 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out',
    category: 'test_failure',
  },
  {
    rule: 'cargo.resolve',
    line: 'error: failed to select a version for the requirement `serde = "^9"`',
    category: 'missing_dependency',
  },
  {
    rule: 'cargo.rust-version',
    line: 'error: package `foo v1.0.0` cannot be built because it requires rustc 1.74 or newer, while the currently active rustc version is 1.70.0',
    category: 'toolchain_mismatch',
    facts: { requiredVersion: '1.74' },
  },
  {
    rule: 'cc.error',
    line: "src/main.c:12:5: error: 'count' undeclared (first use in this function)",
    category: 'compile_error',
    facts: { locations: [{ file: 'src/main.c', line: 12, column: 5 }] },
  },
  {
    rule: 'cc.error',
    line: 'src/io.cpp:3:10: fatal error: zlib.h: No such file or directory',
    category: 'compile_error',
    facts: { file: 'zlib.h' },
  },
  {
    rule: 'ld.undefined-reference',
    line: "/usr/bin/ld: main.o: in function `main': main.c:(.text+0x1e): undefined reference to `compress'",
    category: 'compile_error',
  },
  {
    rule: 'cmake.error',
    line: 'CMake Error at CMakeLists.txt:12 (find_package):',
    category: 'compile_error',
  },
  {
    rule: 'cmake.package-missing',
    line: '  Could NOT find ZLIB (missing: ZLIB_LIBRARY ZLIB_INCLUDE_DIR)',
    category: 'missing_dependency',
    facts: { package: 'ZLIB' },
  },
  { rule: 'make.error', line: 'make: *** [Makefile:24: staticcheck] Error 1', facts: { exitCode: 1 } },
  {
    rule: 'make.error',
    line: "make[2]: *** No rule to make target 'gen.h', needed by 'a.o'.  Stop.",
    facts: { file: 'gen.h' },
  },
  {
    rule: 'rspec.failed-example',
    line: 'rspec ./spec/models/user_spec.rb:12 # User validates email',
    category: 'test_failure',
    facts: { tests: ['User validates email'] },
  },
  { rule: 'rspec.summary', line: '24 examples, 2 failures', category: 'test_failure' },
  {
    rule: 'minitest.summary',
    line: '10 runs, 22 assertions, 1 failures, 0 errors, 0 skips',
    category: 'test_failure',
  },
  {
    rule: 'bundler.missing-gem',
    line: "Could not find gem 'rails (~> 9.0)' in locally installed gems.",
    category: 'missing_dependency',
  },
  {
    rule: 'bundler.ruby-version',
    line: 'Your Ruby version is 2.7.8, but your Gemfile specified 3.2.2',
    category: 'toolchain_mismatch',
    facts: { actualVersion: '2.7.8', requiredVersion: '3.2.2' },
  },
  {
    rule: 'rubocop.offense',
    line: 'app/models/user.rb:3:5: C: [Correctable] Style/StringLiterals: Prefer single-quoted strings.',
    category: 'lint_failure',
    facts: { code: 'Style/StringLiterals' },
  },
  {
    rule: 'rubocop.summary',
    line: '42 files inspected, 3 offenses detected, 2 offenses autocorrectable',
    category: 'lint_failure',
  },
  { rule: 'generic.error-prefix', line: 'Error: Something went wrong in the deploy script' },
  { rule: 'generic.fatal-prefix', line: 'FATAL: could not connect to the license server' },
  {
    rule: 'ci.drift-check',
    line: "ERROR: go.mod/go.sum are not up-to-date. Run 'go mod tidy' and then commit the updated files.",
    category: 'lint_failure',
    facts: { command: 'go mod tidy' },
  },
  {
    rule: 'ci.drift-check',
    line: 'Generated files are out of date. Please run `make generate` and commit the result.',
    category: 'lint_failure',
  },
  {
    rule: 'dotnet.error',
    line: "Program.cs(7,13): error CS0103: The name 'x' does not exist in the current context [/w/app.csproj]",
    category: 'compile_error',
    facts: { code: 'CS0103' },
  },
];

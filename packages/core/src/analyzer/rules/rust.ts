import type { Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/** rustc, clippy, cargo and cargo test. rustc puts the location on a ` --> file:L:C` line below. */
export const rustRules: Rule[] = [
  {
    id: 'rustc.error',
    tool: 'rustc',
    anchors: ['error['],
    pattern: /^error\[(E\d{4})\]: (.*)/,
    role: 'error',
    category: 'compile_error',
    weight: 0.9,
    follow: 'indented',
    facts: (m) => ({ tool: 'rustc', code: m[1]! }),
  },
  {
    id: 'rustc.location',
    tool: 'rustc',
    anchors: ['--> '],
    pattern: /^\s+--> (\S+?):(\d+):(\d+)$/,
    role: 'noise',
    weight: 0.1,
    facts: (m) => ({ locations: [location(m[1], m[2], m[3])] }),
  },
  {
    id: 'cargo.could-not-compile',
    tool: 'cargo',
    anchors: ['could not compile'],
    pattern: /^error: could not compile `([^`]+)`/,
    role: 'error',
    category: 'compile_error',
    weight: 0.75,
    facts: (m) => ({ tool: 'cargo', package: m[1]! }),
  },
  {
    id: 'clippy.lint',
    tool: 'clippy',
    anchors: ['clippy::', 'rust-clippy'],
    pattern:
      /#\[(?:deny|forbid)\(clippy::([\w-]+)\)\]|`-D clippy::([\w-]+)`|rust-clippy\/master\/index\.html#([\w-]+)/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.9,
    facts: (m) => ({ tool: 'clippy', code: `clippy::${(m[1] ?? m[2] ?? m[3])!}` }),
  },
  {
    id: 'rustfmt.diff',
    tool: 'rustfmt',
    anchors: ['Diff in '],
    pattern: /^Diff in (\S+?)(?: at line | line |:)(\d+)/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.85,
    facts: (m) => ({ tool: 'rustfmt', locations: [location(m[1], m[2])] }),
  },
  {
    id: 'cargo-test.failed',
    tool: 'cargo test',
    anchors: ['... FAILED'],
    pattern: /^test (\S+) \.\.\. FAILED$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    facts: (m) => ({ tool: 'cargo test', tests: [m[1]!] }),
  },
  {
    id: 'cargo-test.panicked',
    tool: 'cargo test',
    anchors: ['panicked at'],
    // "thread 'tests::adds' panicked at src/lib.rs:11:9:" (newer toolchains add the thread id:
    // "thread 'tests::adds' (13212) panicked at …"); since Rust 1.73 the message is on the
    // unindented lines below, up to the blank line after the backtrace note.
    pattern: /^thread '([^']+)'(?: \(\d+\))? panicked at (?:(\S+?):(\d+):(\d+):$)?/,
    role: 'error',
    // A test's thread is named after the test; 'main' is a program's own panic.
    classify: (m) => (m[1] === 'main' ? undefined : 'test_failure'),
    weight: 0.7,
    follow: 'paragraph',
    facts: (m) =>
      facts({
        tool: m[1] === 'main' ? 'rust' : 'cargo test',
        tests: m[1] === 'main' ? undefined : [m[1]!],
        locations: m[2] ? [location(m[2], m[3], m[4])] : undefined,
      }),
  },
  {
    // "error: test failed, to rerun pass `--lib`": cargo closing a failed test run. Not an error
    // of its own (the panics above say why), so `error:` rules must not take it.
    id: 'cargo-test.rerun',
    tool: 'cargo test',
    anchors: ['test failed, to rerun pass'],
    pattern: /^error: test failed, to rerun pass /,
    role: 'noise',
    weight: 0.5,
  },
  {
    id: 'cargo-test.result',
    tool: 'cargo test',
    anchors: ['test result: FAILED'],
    pattern: /^test result: FAILED\. (\d+) passed; (\d+) failed/,
    role: 'verdict',
    category: 'test_failure',
    // A count that closes the run: the failures it counts say why. Below the shown verdicts, so
    // it neither shows nor joins the failure block a blank line above it.
    weight: 0.2,
    facts: () => ({ tool: 'cargo test' }),
  },
  {
    id: 'cargo.resolve',
    tool: 'cargo',
    anchors: ['failed to select a version', 'no matching package named'],
    pattern:
      /failed to select a version for(?: the requirement)? `([^`]+)`|no matching package named `([^`]+)` found/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.85,
    facts: (m) => facts({ tool: 'cargo', package: m[1] ?? m[2] }),
  },
  {
    id: 'cargo.rust-version',
    tool: 'cargo',
    anchors: ['is not supported by the following package', 'requires rustc'],
    pattern: /rustc ([\d.]+) is not supported by the following packages?|requires rustc ([\d.]+) or newer/,
    role: 'error',
    category: 'toolchain_mismatch',
    weight: 0.9,
    facts: (m) => facts({ tool: 'cargo', toolchain: 'rust', actualVersion: m[1], requiredVersion: m[2] }),
  },
];

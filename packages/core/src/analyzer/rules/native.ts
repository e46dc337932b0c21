import type { Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/**
 * gcc/clang, the linker, CMake and make; CTest and automake's test harness; Valgrind, the
 * sanitizers and glibc's assert, whose reports are what a failing C/C++ test run prints.
 */
export const nativeRules: Rule[] = [
  {
    id: 'cc.error',
    tool: 'cc',
    anchors: [' error: ', 'fatal error: '],
    // "src/a.c:12:5: error: 'x' undeclared" (gcc and clang alike). The line alone: the code excerpt
    // and caret indented below and the "In function …" line above repeat what it locates. pip and
    // setuptools indent the compiler's output of a C extension they build.
    pattern:
      /^\s*(\S+\.(?:c|cc|cpp|cxx|c\+\+|h|hh|hpp|hxx|m|mm|cu)):(\d+):(?:(\d+):)? (?:fatal )?error: (.*)/,
    role: 'error',
    category: 'compile_error',
    weight: 0.9,
    facts: (m) =>
      facts({
        tool: 'cc',
        file: /^(\S+): No such file or directory$/.exec(m[4]!)?.[1],
        locations: [location(m[1], m[2], m[3], m[4])],
      }),
  },
  {
    id: 'ld.undefined-reference',
    tool: 'ld',
    // Not collect2's "ld returned 1 exit status": a closing word under the undefined references.
    anchors: ['undefined reference to', 'symbol(s) not found', 'Undefined symbols'],
    pattern:
      /undefined reference to [`']([^']+)'|symbol\(s\) not found for architecture|^Undefined symbols for architecture/,
    role: 'error',
    category: 'compile_error',
    weight: 0.8,
    facts: () => ({ tool: 'ld' }),
  },
  {
    id: 'cmake.error',
    tool: 'cmake',
    anchors: ['CMake Error'],
    pattern: /^CMake Error(?: at (\S+?):(\d+))?/,
    role: 'error',
    category: 'compile_error',
    weight: 0.7,
    follow: 'indented',
    facts: (m) => facts({ tool: 'cmake', locations: m[1] ? [location(m[1], m[2])] : undefined }),
  },
  {
    id: 'cmake.package-missing',
    tool: 'cmake',
    anchors: ['Could NOT find', 'Could not find a package configuration file'],
    pattern: /Could NOT find (\w+)|Could not find a package configuration file provided by "([^"]+)"/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.85,
    facts: (m) => ({ tool: 'cmake', package: (m[1] ?? m[2])! }),
  },
  {
    id: 'make.error',
    tool: 'make',
    anchors: ['***'],
    // "make: *** [Makefile:24: staticcheck] Error 1", "make[2]: *** [x.o] Error 1", "make: *** No rule to make target 'x'".
    pattern: /^g?make(?:\[\d+\])?: \*\*\* (?:\[([^\]]+)\] Error (\d+)|No rule to make target [`']([^']+)')/,
    role: 'verdict',
    // Shown after the error it closes: people who mark a failure's lines mark it too (CiDiff).
    weight: 0.3,
    facts: (m) => facts({ tool: 'make', exitCode: m[2] ? Number(m[2]) : undefined, file: m[3] }),
  },
  {
    id: 'make.no-rule',
    tool: 'make',
    anchors: ['*** No rule to make target'],
    // A missing prerequisite is the cause, not a verdict: "make: *** No rule to make target 'x.o', needed by 'app'.  Stop."
    pattern: /^g?make(?:\[\d+\])?: \*\*\* No rule to make target [`'‘]([^'’]+)['’]/,
    role: 'error',
    category: 'missing_file',
    weight: 0.8,
    facts: (m) => ({ tool: 'make', file: m[1]! }),
  },
  {
    id: 'cc.driver-error',
    tool: 'cc',
    anchors: [': error: ', ': fatal error: '],
    // The compiler driver itself: "gcc: error: src/x.c: No such file or directory",
    // Not "clang: error: linker command failed with exit code 1": the linker said why just above.
    pattern:
      /^(?:\S*\/)?(?:gcc|g\+\+|cc|c\+\+|clang|clang\+\+)(?:-\d+)?: (?:fatal )?error: (?!linker command failed)(.*)/,
    role: 'error',
    // A flag this compiler does not know ("unrecognized command-line option '-std=c23'", clang's
    // "unknown argument") means a newer or other compiler was expected.
    classify: (m) =>
      /No such file or directory$/.test(m[1]!)
        ? 'missing_file'
        : /^(?:unrecognized command[- ]line option|unknown argument)/.test(m[1]!)
          ? 'toolchain_mismatch'
          : 'compile_error',
    weight: 0.75,
    facts: () => ({ tool: 'cc' }),
  },
  {
    id: 'ld.cannot-find',
    tool: 'ld',
    anchors: ['ld: cannot find ', 'library not found for'],
    // GNU ld "/usr/bin/ld: cannot find -lsnappy: No such file or directory"; Apple ld "ld: library not found for -lsnappy".
    pattern: /ld: cannot find (-l\S+|\S+)|ld: library not found for (-l\S+)/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.85,
    facts: (m) => ({ tool: 'ld', package: (m[1] ?? m[2])!.replace(/:$/, '') }),
  },
  {
    id: 'ld.multiple-definition',
    tool: 'ld',
    anchors: ['multiple definition of'],
    // The symbol holds no opening quote: a line of repeated openings is then scanned once (linear).
    pattern: /multiple definition of [`'‘]([^`'‘’]+)['’]/,
    role: 'error',
    category: 'compile_error',
    weight: 0.8,
    facts: () => ({ tool: 'ld' }),
  },
  {
    id: 'ctest.failed',
    tool: 'ctest',
    anchors: ['***Failed', '***Timeout', '***Exception', '***Not Run'],
    // "2/2 Test #2: wrap_around ......................***Failed    0.00 sec"; with
    // --output-on-failure the test's own output follows, up to a blank line.
    pattern: /^\s*\d+\/\d+ Test +#\d+: (\S+) \.*\s*\*\*\*(Failed|Timeout|Exception|Not Run)\b/,
    role: 'error',
    classify: (m) => (m[2] === 'Timeout' ? 'timeout' : 'test_failure'),
    weight: 0.85,
    follow: 'paragraph',
    facts: (m) => ({ tool: 'ctest', tests: [m[1]!] }),
  },
  {
    id: 'ctest.failed-list',
    tool: 'ctest',
    anchors: [' (Failed)', ' (Timeout)'],
    // The list under "The following tests FAILED:": "\t  2 - wrap_around (Failed)".
    pattern: /^\s+\d+ - (\S+) \((Failed|Timeout)\)/,
    role: 'error',
    classify: (m) => (m[2] === 'Timeout' ? 'timeout' : 'test_failure'),
    weight: 0.7,
    facts: (m) => ({ tool: 'ctest', tests: [m[1]!] }),
  },
  {
    id: 'automake.test-fail',
    tool: 'automake',
    anchors: ['FAIL: ', 'XPASS: '],
    // The parallel test harness of `make check`: "FAIL: tests/test_upper", or with the TAP driver
    // "FAIL: tests/io.test 3 - reads an empty file".
    pattern: /^(?:FAIL|XPASS): (\S+)(?: (\d+)(?: - (.*))?)?$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.8,
    facts: (m) => ({ tool: 'automake', tests: [m[3] ? `${m[1]!} ${m[3]}` : m[1]!] }),
  },
  {
    id: 'automake.test-log-end',
    tool: 'automake',
    anchors: ['FAIL '],
    // test-suite.log closes each failing test's output with "FAIL tests/test_upper (exit status: 1)";
    // the output just above it is why.
    pattern: /^FAIL (\S+) \(exit status: (\d+)\)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.7,
    lead: /^(?!=+$)\S/,
    facts: (m) => ({ tool: 'automake', tests: [m[1]!] }),
  },
  {
    id: 'valgrind.error',
    tool: 'valgrind',
    anchors: [
      'Invalid read',
      'Invalid write',
      'Invalid free',
      'Mismatched free',
      'uninitialised',
      'loss record',
    ],
    // Memcheck's error heads ("==6524== Invalid read of size 4", "==9030== 15 bytes in 3 blocks are
    // definitely lost in loss record 1 of 1"); `--error-exitcode` makes them fail the run.
    pattern:
      /^==\d+== (?:Invalid (?:read|write) of size \d+|Invalid free\(\)|Mismatched free\(\)|Conditional jump or move depends on uninitialised value|Use of uninitialised value|Syscall param \S+ points to uninitialised|[\d,]+ (?:\([\d,]+ direct, [\d,]+ indirect\) )?bytes in [\d,]+ blocks are (?:definitely|possibly) lost in loss record)/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    follow: 'same-tag',
    facts: () => ({ tool: 'valgrind' }),
  },
  {
    id: 'valgrind.frame',
    tool: 'valgrind',
    anchors: [' at 0x', ' by 0x'],
    // "==9030==    by 0x109191: entry_new (cache.c:9)": the stack under an error head. Weak on its
    // own; it keeps the head's block open down to the frame that names the code.
    pattern: /^==\d+== +(?:at|by) 0x[0-9A-Fa-f]+: \S+ \((?:in [^)]+|([^:()]+):(\d+))\)$/,
    role: 'error',
    weight: 0.3,
    facts: (m) => (m[1] ? { locations: [location(m[1], m[2])] } : {}),
  },
  {
    id: 'sanitizer.error',
    tool: 'sanitizer',
    anchors: [
      'ERROR: AddressSanitizer',
      'ERROR: LeakSanitizer',
      'ERROR: ThreadSanitizer',
      'ERROR: MemorySanitizer',
      'WARNING: ThreadSanitizer',
    ],
    // "==4242==ERROR: AddressSanitizer: heap-buffer-overflow on address 0x… at pc …".
    pattern: /^(?:==\d+==)?(?:ERROR|WARNING): (\w+Sanitizer): (\S+(?: [\w-]+)*)/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    follow: 'indented',
    facts: (m) => ({ tool: m[1]!, code: m[2]! }),
  },
  {
    id: 'sanitizer.access',
    tool: 'sanitizer',
    anchors: ['READ of size ', 'WRITE of size ', 'Direct leak of'],
    // The lines under the head that name the access or the leak, each followed by its indented stack.
    pattern:
      /^(?:(?:READ|WRITE) of size \d+ at 0x[0-9a-f]+ thread T\d+|Direct leak of \d+ byte\(s\) in \d+ object\(s\) allocated from:)/,
    role: 'error',
    category: 'test_failure',
    weight: 0.5,
    follow: 'indented',
    facts: () => ({ tool: 'sanitizer' }),
  },
  {
    id: 'sanitizer.summary',
    tool: 'sanitizer',
    anchors: [
      'SUMMARY: AddressSanitizer',
      'SUMMARY: UndefinedBehaviorSanitizer',
      'SUMMARY: LeakSanitizer',
      'SUMMARY: ThreadSanitizer',
      'SUMMARY: MemorySanitizer',
    ],
    pattern: /^SUMMARY: (\w+Sanitizer): (\S+)(?: (\S+?):(\d+)(?::\d+)?)?/,
    role: 'error',
    category: 'test_failure',
    weight: 0.7,
    facts: (m) => facts({ tool: m[1], locations: m[3] ? [location(m[3], m[4])] : undefined }),
  },
  {
    id: 'ubsan.runtime-error',
    tool: 'UndefinedBehaviorSanitizer',
    anchors: [': runtime error: '],
    // "hash.c:5:22: runtime error: signed integer overflow: 119276677 * 31 cannot be represented in type 'int'".
    pattern: /^(\S+?):(\d+):(\d+): runtime error: (.*)/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    facts: (m) => ({ tool: 'ubsan', locations: [location(m[1], m[2], m[3], m[4])] }),
  },
  {
    id: 'c.assert',
    tool: 'assert',
    anchors: ["' failed."],
    // glibc: "matrix: matrix.c:8: main: Assertion `trace(id) == 2' failed."
    // The lookahead checks the line's end once: every ": Assertion `" otherwise rescanned it.
    pattern: /^(?=.*['’] failed\.$)(?:\S+: )?(\S+?):(\d+): (.+?): Assertion [`'‘](.*)['’] failed\.$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    facts: (m) => ({ tool: 'assert', locations: [location(m[1], m[2], undefined, m[4])] }),
  },
  {
    id: 'cxx.terminate',
    tool: 'c++',
    anchors: ['terminate called after throwing'],
    // "terminate called after throwing an instance of 'std::runtime_error'" then "  what():  …".
    pattern: /^terminate called after throwing an instance of '([^']+)'/,
    role: 'error',
    category: 'test_failure',
    weight: 0.75,
    follow: 'indented',
    facts: (m) => ({ tool: 'c++', code: m[1]! }),
  },
];

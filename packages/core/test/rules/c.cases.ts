import type { RuleCase } from './rule-cases.js';

// C/C++ beyond the compiler: make, the linker, CTest, automake's harness, Valgrind, sanitizers,
// assert and uncaught C++ exceptions. Lines from packages/fixtures/ecosystems/c (tune cases).
export const cCases: RuleCase[] = [
  {
    rule: 'make.no-rule',
    line: "make: *** No rule to make target 'lexer.o', needed by 'calc'.  Stop.",
    category: 'missing_file',
    facts: { file: 'lexer.o' },
  },
  {
    // c/gcc-unknown-option: C23 flags on gcc 12.
    rule: 'cc.driver-error',
    line: 'gcc: error: unrecognized command-line option ‘-std=c23’; did you mean ‘-std=c2x’?',
    category: 'toolchain_mismatch',
  },
  {
    rule: 'ld.cannot-find',
    line: '/usr/bin/ld: cannot find -lsnappy: No such file or directory',
    category: 'missing_dependency',
    facts: { package: '-lsnappy' },
  },
  {
    rule: 'ld.multiple-definition',
    line: "/usr/bin/ld: log.o:(.data+0x0): multiple definition of `log_level'; main.o:(.data+0x0): first defined here",
    category: 'compile_error',
  },
  {
    rule: 'ctest.failed',
    line: '2/2 Test #2: wrap_around ......................***Failed    0.00 sec',
    category: 'test_failure',
    facts: { tests: ['wrap_around'] },
  },
  {
    rule: 'ctest.failed',
    line: '1/1 Test #1: poll_until_ready .................***Timeout   2.00 sec',
    category: 'timeout',
    facts: { tests: ['poll_until_ready'] },
  },
  {
    rule: 'ctest.failed-list',
    line: '\t  2 - wrap_around (Failed)',
    category: 'test_failure',
    facts: { tests: ['wrap_around'] },
  },
  { rule: 'ctest.failed-list', line: '\t  1 - poll_until_ready (Timeout)', category: 'timeout' },
  {
    rule: 'automake.test-fail',
    line: 'FAIL: tests/test_upper',
    category: 'test_failure',
    facts: { tests: ['tests/test_upper'] },
  },
  { rule: 'automake.test-log-end', line: 'FAIL tests/test_upper (exit status: 1)', category: 'test_failure' },
  { rule: 'valgrind.error', line: '==6524== Invalid read of size 4', category: 'test_failure' },
  {
    rule: 'valgrind.error',
    line: '==9030== 15 bytes in 3 blocks are definitely lost in loss record 1 of 1',
    category: 'test_failure',
  },
  {
    rule: 'valgrind.frame',
    line: '==9030==    by 0x109191: entry_new (cache.c:9)',
    facts: { locations: [{ file: 'cache.c', line: 9 }] },
  },
  {
    rule: 'valgrind.frame',
    line: '==9030==    at 0x48417B4: malloc (in /usr/libexec/valgrind/vgpreload_memcheck-amd64-linux.so)',
  },
  {
    rule: 'sanitizer.error',
    line: '==31091==ERROR: LeakSanitizer: detected memory leaks',
    category: 'test_failure',
    facts: { tool: 'LeakSanitizer' },
  },
  {
    rule: 'sanitizer.access',
    line: 'Direct leak of 16 byte(s) in 1 object(s) allocated from:',
    category: 'test_failure',
  },
  {
    rule: 'sanitizer.summary',
    line: 'SUMMARY: AddressSanitizer: 48 byte(s) leaked in 3 allocation(s).',
    category: 'test_failure',
  },
  {
    rule: 'ubsan.runtime-error',
    line: "hash.c:5:22: runtime error: signed integer overflow: 119276677 * 31 cannot be represented in type 'int'",
    category: 'test_failure',
    facts: { locations: [{ file: 'hash.c', line: 5, column: 22 }] },
  },
  {
    rule: 'cxx.terminate',
    line: "terminate called after throwing an instance of 'std::out_of_range'",
    category: 'test_failure',
    facts: { code: 'std::out_of_range' },
  },
  {
    rule: 'c.assert',
    line: "test_clamp: test_clamp.c:9: main: Assertion `clamp(42, 0, 10) == 10' failed.",
    category: 'test_failure',
    facts: { locations: [{ file: 'test_clamp.c', line: 9 }] },
  },
];

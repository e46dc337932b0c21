import { describe, expect, it } from 'vitest';
import { normalizeRecording } from '../src/fixtures/normalize.js';

// Lines as the tools printed them in two runs of the same project (scripts/fixtures/projects).
describe('normalizeRecording: what differs between two runs of the same project', () => {
  it('numbers Valgrind and sanitizer PIDs and ASLR addresses in order of first appearance', () => {
    const run = (pid: string, a: string, b: string) =>
      [
        `==${pid}==ERROR: LeakSanitizer: detected memory leaks`,
        `    #0 ${a} in __interceptor_malloc ../../../../src/libsanitizer/asan/asan_malloc_linux.cpp:69`,
        `    #1 ${b} in push /home/runner/work/project/list.c:7`,
        `    #0 ${a} in __interceptor_malloc ../../../../src/libsanitizer/asan/asan_malloc_linux.cpp:69`,
        `==${pid}==    at 0x1091D3: main (queue.c:9)`,
      ].join('\n');
    const first = normalizeRecording(run('31091', '0x7f9441eb89cf', '0x55fa0af061d1'));
    const second = normalizeRecording(run('22275', '0x7fa7572b89cf', '0x55bfcd3b81d1'));
    expect(first).toBe(second);
    const lines = first.split('\n');
    expect(lines[0]).toBe('==1000==ERROR: LeakSanitizer: detected memory leaks');
    // Two different addresses stay different, the same one keeps its name, the width is kept.
    expect(lines[1]).toContain('#0 0x000000000001 in __interceptor_malloc');
    expect(lines[2]).toContain('#1 0x000000000002 in push /home/runner/work/project/list.c:7');
    expect(lines[3]).toBe(lines[1]);
    // Valgrind's short, stable code addresses are left as printed.
    expect(lines[4]).toBe('==1000==    at 0x1091D3: main (queue.c:9)');
  });

  it('rewrites Rust thread ids, temporary names, the Common Test run folder and Alcotest run ids', () => {
    const a = normalizeRecording(
      [
        "thread 'tests::adds' (17118) panicked at src/lib.rs:11:9:",
        '/tmp/clojure-7347811691559146357.edn',
        '    user$eval227$fn__290.invoke (form-init4115993552131503.clj:1)',
        'Error: /tmp/stack-1069d6 failed with status: 1',
        'CWD set to: "/home/runner/work/project/logs/ct_run.ct@vm.2026-12-07_13.38.57"',
        'Testing autoheal-fx-wJRPhH.project: *** FAILED test case 2 of 3 ***',
        "This run has ID `638CH1I3'.",
      ].join('\n'),
    );
    expect(a.split('\n')).toEqual([
      "thread 'tests::adds' (1000) panicked at src/lib.rs:11:9:",
      '/tmp/clojure-1.edn',
      '    user$eval227$fn__290.invoke (form-init2.clj:1)',
      'Error: /tmp/stack-3 failed with status: 1',
      'CWD set to: "/home/runner/work/project/logs/ct_run.ct@vm.2000-01-01_00.00.00"',
      'Testing build.project: *** FAILED test case 2 of 3 ***',
      "This run has ID `RUNID000'.",
    ]);
  });

  it('writes timings as 0.00 and a drawn seed as 1, but not a limit stated as the failure', () => {
    const out = normalizeRecording(
      [
        '1 success / 1 failure / 0 errors / 0 pending : 0.000698 seconds',
        'Finished in 0.02762s',
        '    Finished `test` profile [unoptimized + debuginfo] target(s) in 1.13s',
        ' test_0001_peeks at the last pushed item#Minitest::Result (1796641456.71s)',
        'FAIL["x", Minitest::Result, 2026-12-07 11:04:16 760073175819405949/1073741824000000000 +0000]',
        '1/1 Test #1: poll_until_ready .................***Timeout   2.03 sec',
        '     Error: Timeout of 2.5s exceeded.',
        '[==========] 3 tests from 1 test suite ran. (6 ms total)',
        'Finished in 4.72 milliseconds',
        'Time: 00:00.011, Memory: 4.00 MB',
        ' done in 0m0.41s',
        'Finished in 0.00s, 2427.8150 runs/s, 2427.8150 assertions/s.',
        '    math_util_tests: mul_test...[0.00 s] ok',
        '  median of sorted list:   OK (0.01s)',
        "/usr/bin/ld: /tmp/app-0f745d.o: in function `main':",
        'Files=1, Tests=2,  1 wallclock secs ( 0.02 usr  0.00 sys +  0.04 cusr  0.00 csys =  0.06 CPU)',
        'Randomized with seed 1237143246',
        'Run options: --seed 1234',
      ].join('\n'),
    );
    expect(out.split('\n')).toEqual([
      '1 success / 1 failure / 0 errors / 0 pending : 0.00 seconds',
      'Finished in 0.00s',
      '    Finished `test` profile [unoptimized + debuginfo] target(s) in 0.00s',
      ' test_0001_peeks at the last pushed item#Minitest::Result (0.00s)',
      'FAIL["x", Minitest::Result, 2000-01-01 00:00:00 0/1 +0000]',
      '1/1 Test #1: poll_until_ready .................***Timeout   0.00 sec',
      '     Error: Timeout of 2.5s exceeded.',
      '[==========] 3 tests from 1 test suite ran. (0 ms total)',
      'Finished in 0.00 seconds',
      'Time: 00:00.000, Memory: 4.00 MB',
      ' done in 0m0.00s',
      'Finished in 0.00s, 0.00 runs/s, 0.00 assertions/s.',
      '    math_util_tests: mul_test...ok',
      '  median of sorted list:   OK',
      "/usr/bin/ld: /tmp/app-1.o: in function `main':",
      'Files=1, Tests=2,  0 wallclock secs ( 0.00 CPU)',
      'Randomized with seed 1',
      'Run options: --seed 1234',
    ]);
  });

  it('reads a slow and a fast testthat run the same', () => {
    const head =
      '✔ | F W S  OK | Context\n\n⠏ |         0 | stats                                                           \n';
    const slow = `${head}⠙ | 1       1 | stats                                                           \n✖ | 1       1 | stats [0.1s]\n══ Results ══\nDuration: 0.1 s\n\n[ FAIL 1 | WARN 0 | SKIP 0 | PASS 1 ]\n`;
    const fast = `${head}✖ | 1       1 | stats\n══ Results ══\n[ FAIL 1 | WARN 0 | SKIP 0 | PASS 1 ]\n`;
    expect(normalizeRecording(slow)).toBe(normalizeRecording(fast));
    expect(normalizeRecording(fast)).toBe(
      '✔ | F W S  OK | Context\n\n✖ | 1       1 | stats\n══ Results ══\n[ FAIL 1 | WARN 0 | SKIP 0 | PASS 1 ]\n',
    );
  });

  it('leaves output without run-specific values as it is', () => {
    const text =
      'src/inventory.erl:13:25: function undefined_count/0 undefined\nTests: 3 failed, version 1.2.3\n';
    expect(normalizeRecording(text)).toBe(text);
  });
});

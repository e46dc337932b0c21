import { describe, expect, it } from 'vitest';
import { builtinRuleSet } from '../src/analyzer/builtin-rules.js';
import { continues, tagOf } from '../src/analyzer/follow.js';
import { type Rule, RuleSet, STEMS } from '../src/analyzer/rule.js';
import { Scanner } from '../src/analyzer/scan.js';
import { LineSplitter } from '../src/log/lines.js';

/** The blocks the scanner keeps for `lines`, as [first, last] line numbers and the lines' text. */
function blocksOf(lines: string[], rules: RuleSet = builtinRuleSet()): { start: number; texts: string[] }[] {
  const scanner = new Scanner(rules);
  const splitter = new LineSplitter();
  scanner.push(splitter.push(`${lines.join('\n')}\n`));
  return scanner.finish().blocks.map((b) => ({ start: b.start, texts: b.lines.map((l) => l.text) }));
}

// A paragraph rule of our own, so the test does not depend on which built-in rules use paragraphs.
const PARAGRAPH: Rule = {
  id: 'test.paragraph',
  tool: 'test',
  anchors: ['FAILED TEST'],
  pattern: /^FAILED TEST /,
  role: 'error',
  category: 'test_failure',
  weight: 0.8,
  follow: 'paragraph',
};
const OTHER: Rule = {
  id: 'test.other',
  tool: 'test',
  anchors: ['Summary: FAIL'],
  pattern: /^Summary: FAIL/,
  role: 'error',
  weight: 0.3,
};

describe('block-following', () => {
  it('ends a paragraph at its first blank line, even when an error line follows the blank', () => {
    const rules = new RuleSet([PARAGRAPH, OTHER], STEMS);
    const blocks = blocksOf(
      ['setup', 'FAILED TEST wraps around', 'expected 3', 'got 6', '', 'Summary: FAIL 1 of 2', 'done'],
      rules,
    );
    expect(blocks).toEqual([
      { start: 2, texts: ['FAILED TEST wraps around', 'expected 3', 'got 6'] },
      { start: 6, texts: ['Summary: FAIL 1 of 2'] },
    ]);
  });

  it('goes on past a blank line when the next line is indented under the paragraph (a command to run)', () => {
    const rules = new RuleSet([PARAGRAPH], STEMS);
    const blocks = blocksOf(
      ['FAILED TEST x', 'To fix it, run:', '', '\tfix --all', 'then rerun', '', 'unrelated'],
      rules,
    );
    expect(blocks).toEqual([
      { start: 1, texts: ['FAILED TEST x', 'To fix it, run:', '', '\tfix --all', 'then rerun'] },
    ]);
  });

  it('gives TAP diagnostics and their `not ok` line one tag, and Valgrind lines their PID', () => {
    expect(tagOf('not ok 2 greet fails')).toBe('#');
    expect(tagOf('#   got: 1')).toBe('#');
    expect(tagOf('# (in test file t.bats, line 5)')).toBe('#');
    // BuildKit's step numbers stay their own tag.
    expect(tagOf('#12 ERROR: process did not complete')).toBe('#12');
    expect(tagOf('==6524==    at 0x1091D3: main (queue.c:9)')).toBe('==6524==');
    expect(tagOf('ok 1 greets')).toBeUndefined();
    const valgrind = { follow: 'same-tag' as const, indent: 0, tag: '==6524==', traceback: false };
    expect(continues(valgrind, '==6524==    by 0x109178: main (queue.c:6)')).toBe(true);
    // A bare `==PID==` separates two reports; another process's lines are not this report's.
    expect(continues(valgrind, '==6524== ')).toBe(false);
    expect(continues(valgrind, '==7000==    at 0x1: f (a.c:1)')).toBe(false);
  });

  it('attaches the `#` diagnostics under a failed TAP test to it, up to the next test', () => {
    const blocks = blocksOf([
      'ok 1 greet prints a greeting',
      'not ok 2 greet without a name fails with usage',
      '# (in test file test.bats, line 15)',
      '#   the exit status was 0',
      '#   `[ "$status" -eq 2 ]\' failed',
      'ok 3 greet ignores extra arguments',
      '# this note belongs to no failure',
    ]);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.start).toBe(2);
    expect(blocks[0]!.texts).toEqual([
      'not ok 2 greet without a name fails with usage',
      '# (in test file test.bats, line 15)',
      '#   the exit status was 0',
      '#   `[ "$status" -eq 2 ]\' failed',
    ]);
  });

  it("keeps a Jenkins remoting trace whole: the caller's `Also:` trace and the `Caused:` chain after it", () => {
    const lines = [
      'ERROR: Step failed',
      'java.io.IOException: No space left on device',
      '\tat java.io.FileOutputStream.writeBytes(Native Method)',
      'Also:   hudson.remoting.Channel$CallSiteStackTrace: Remote call to builder02',
      '\t\tat hudson.remoting.Channel.attachCallSiteStackTrace(Channel.java:1784)',
      'Caused: java.lang.Error: Unable to load resource hudson/tasks/junit/Messages.properties',
      '\tat hudson.remoting.RemoteClassLoader.findResource(RemoteClassLoader.java:532)',
      'Sending e-mails to: dev@example.org',
    ];
    const blocks = blocksOf(lines);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.start).toBe(1);
    expect(blocks[0]!.texts).toEqual(lines.slice(0, 7));
  });

  it("ends git's fatal error at the next tool's output when no blank line comes between", () => {
    const blocks = blocksOf([
      "fatal: ambiguous argument 'src': unknown revision or path not in the working tree.",
      '    (use -- to separate paths from revisions)',
      'Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF8',
      '[INFO] Scanning for projects...',
      '[INFO] Building app 1.0',
    ]);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.texts).toEqual([
      "fatal: ambiguous argument 'src': unknown revision or path not in the working tree.",
      '    (use -- to separate paths from revisions)',
    ]);
  });

  it("keeps a box-drawn error's closing line under the network error inside it", () => {
    const lines = [
      '    providers_test.go:76: unexpected init error: exit status 1',
      '        │ Error while installing hashicorp/null v3.1.0: Get "https://releases.example.com/null.zip":',
      '        │ net/http: TLS handshake timeout',
      '        ╵',
      '=== RUN   TestNext',
    ];
    const blocks = blocksOf(lines);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.texts).toEqual(lines.slice(0, 4));
  });
});

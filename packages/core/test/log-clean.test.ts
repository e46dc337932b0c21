import { describe, expect, it } from 'vitest';
import { cleanLine, detectFormat, stripAnsi } from '../src/log/clean.js';

describe('cleaning log lines', () => {
  it('strips the runner timestamp, keeping the text', () => {
    expect(cleanLine('2024-03-01T10:00:00.1234567Z ##[error]boom', 'github-raw')).toEqual({
      text: '##[error]boom',
    });
  });

  it('takes the step column of `gh run view --log` lines', () => {
    expect(cleanLine('build\tRun tests\t2024-03-01T10:00:00.1234567Z FAIL x', 'github-full')).toEqual({
      text: 'FAIL x',
      step: 'Run tests',
    });
  });

  it('removes colour codes and OSC hyperlinks', () => {
    expect(stripAnsi('[\u001b[1;31mERROR\u001b[m] \u001b]8;;https://x\u0007link\u001b]8;;\u0007')).toBe(
      '[ERROR] link',
    );
  });

  it('detects the format from the first lines', () => {
    expect(detectFormat(['2024-03-01T10:00:00.1234567Z a', '2024-03-01T10:00:01.1234567Z b'])).toBe(
      'github-raw',
    );
    expect(detectFormat(['job\tstep\t2024-03-01T10:00:00.1234567Z a'])).toBe('github-full');
    expect(detectFormat(['[INFO] Scanning for projects...', 'Started by user x'])).toBe('plain');
    expect(detectFormat([])).toBe('plain');
  });
});

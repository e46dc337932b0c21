import { describe, expect, it } from 'vitest';
import { DAY_MS, type DecisionInput, decide, type StaleRules, writesOf } from '../../src/stale/decide.js';

const rules: StaleRules = { staleAfterMs: 30 * DAY_MS, closeAfterMs: 7 * DAY_MS };
const NOW = Date.parse('2025-03-01T00:00:00Z');
const daysAgo = (n: number) => NOW - n * DAY_MS;

function input(fields: Partial<DecisionInput>): DecisionInput {
  return {
    now: NOW,
    draft: true,
    leftAlone: false,
    hasStaleLabel: false,
    lastActivity: daysAgo(1),
    ...fields,
  };
}

describe('decide', () => {
  it('leaves an active draft alone and says when it would go stale', () => {
    expect(decide(input({ lastActivity: daysAgo(29) }), rules)).toEqual({
      action: 'none',
      staleAt: daysAgo(29) + 30 * DAY_MS,
    });
  });

  it('warns a draft idle for days-before-stale, adding the label only when missing', () => {
    expect(decide(input({ lastActivity: daysAgo(30) }), rules)).toEqual({
      action: 'stale',
      idleMs: 30 * DAY_MS,
      addLabel: true,
      closeAt: NOW + 7 * DAY_MS,
    });
    expect(decide(input({ lastActivity: daysAgo(45), hasStaleLabel: true }), rules)).toMatchObject({
      action: 'stale',
      addLabel: false,
    });
  });

  it('waits after the warning, then closes days-before-close later', () => {
    const notices = [{ action: 'warn' as const, at: daysAgo(6) }];
    expect(decide(input({ lastActivity: daysAgo(40), notices, hasStaleLabel: true }), rules)).toEqual({
      action: 'wait',
      warnedAt: daysAgo(6),
      closeAt: daysAgo(6) + 7 * DAY_MS,
      addLabel: false,
    });
    const older = [{ action: 'warn' as const, at: daysAgo(7) }];
    expect(decide(input({ lastActivity: daysAgo(40), notices: older, hasStaleLabel: true }), rules)).toEqual({
      action: 'close',
      warnedAt: daysAgo(7),
      comment: true,
    });
  });

  it('puts back a missing label while waiting', () => {
    const notices = [{ action: 'warn' as const, at: daysAgo(2) }];
    expect(decide(input({ lastActivity: daysAgo(40), notices }), rules)).toMatchObject({
      action: 'wait',
      addLabel: true,
    });
  });

  it('counts from the first warning since the last activity, not from a repeated one', () => {
    const notices = [
      { action: 'warn' as const, at: daysAgo(1) },
      { action: 'warn' as const, at: daysAgo(8) },
    ];
    expect(decide(input({ lastActivity: daysAgo(40), notices }), rules)).toMatchObject({
      action: 'close',
      warnedAt: daysAgo(8),
    });
  });

  it('voids a warning when a person was active after it, and removes the label', () => {
    const notices = [{ action: 'warn' as const, at: daysAgo(10) }];
    expect(decide(input({ lastActivity: daysAgo(3), notices, hasStaleLabel: true }), rules)).toEqual({
      action: 'unstale',
    });
    expect(decide(input({ lastActivity: daysAgo(3), notices }), rules)).toMatchObject({ action: 'none' });
  });

  it('finishes a close whose notice was already posted, without a second comment', () => {
    const notices = [
      { action: 'warn' as const, at: daysAgo(9) },
      { action: 'close' as const, at: daysAgo(1) },
    ];
    expect(decide(input({ lastActivity: daysAgo(40), notices }), rules)).toEqual({
      action: 'close',
      warnedAt: daysAgo(9),
      comment: false,
    });
  });

  it('never warns or closes a ready pull request, and takes the stale label off it', () => {
    const notices = [{ action: 'warn' as const, at: daysAgo(20) }];
    expect(decide(input({ draft: false, lastActivity: daysAgo(400), notices }), rules)).toEqual({
      action: 'none',
    });
    expect(decide(input({ draft: false, hasStaleLabel: true, notices }), rules)).toEqual({
      action: 'unstale',
    });
  });

  it('takes the stale label off an exempt draft and leaves it alone otherwise', () => {
    expect(decide(input({ leftAlone: true, lastActivity: daysAgo(400) }), rules)).toEqual({ action: 'none' });
    expect(decide(input({ leftAlone: true, hasStaleLabel: true }), rules)).toEqual({ action: 'unstale' });
  });

  it('treats an activity dated in the future as now', () => {
    expect(decide(input({ lastActivity: NOW + 365 * DAY_MS }), rules)).toEqual({
      action: 'none',
      staleAt: NOW + 30 * DAY_MS,
    });
  });

  it('closes on the next run after the warning when days-before-close is 0', () => {
    const zero = { ...rules, closeAfterMs: 0 };
    const notices = [{ action: 'warn' as const, at: daysAgo(0.5) }];
    expect(decide(input({ lastActivity: daysAgo(40), notices }), zero)).toMatchObject({ action: 'close' });
  });

  it('refuses a draft without a known last activity (a caller bug)', () => {
    expect(() => decide(input({ lastActivity: undefined }), rules)).toThrow(/needs its last activity/);
  });

  it('counts the writes of each decision', () => {
    expect(writesOf({ action: 'none' })).toBe(0);
    expect(writesOf({ action: 'stale', idleMs: 0, addLabel: true, closeAt: 0 })).toBe(2);
    expect(writesOf({ action: 'stale', idleMs: 0, addLabel: false, closeAt: 0 })).toBe(1);
    expect(writesOf({ action: 'wait', warnedAt: 0, closeAt: 0, addLabel: false })).toBe(0);
    expect(writesOf({ action: 'wait', warnedAt: 0, closeAt: 0, addLabel: true })).toBe(1);
    expect(writesOf({ action: 'close', warnedAt: 0, comment: true })).toBe(2);
    expect(writesOf({ action: 'close', warnedAt: 0, comment: false })).toBe(1);
    expect(writesOf({ action: 'unstale' })).toBe(1);
  });
});

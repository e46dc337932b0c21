import { describe, expect, it } from 'vitest';
import { type AlertInput, decideAlert, isAlerted } from '../../src/health/alerts.js';

const t = { minSuccessRate: 0.8, recoverRate: 0.9, maxDrop: 0.15, minRuns: 5 };

function input(fields: Partial<AlertInput>): AlertInput {
  return { rate: 1, decided: 20, previousRate: null, previousDecided: 0, wasAlerted: false, ...fields };
}

describe('alerts with hysteresis', () => {
  it('flags below the minimum, and keeps the flag until the recover rate', () => {
    // Week by week: 75 % flags it; 85 % is above the trigger but not recovered; 92 % clears it.
    const weeks = [0.75, 0.85, 0.92, 0.85];
    let wasAlerted = false;
    let previousRate: number | null = null;
    const seen: string[] = [];
    for (const rate of weeks) {
      const decision = decideAlert(input({ rate, wasAlerted, previousRate, previousDecided: 20 }), t);
      seen.push(`${decision.status}:${decision.reasons.join('+')}`);
      wasAlerted = isAlerted(decision);
      previousRate = rate;
    }
    expect(seen).toEqual(['new:below-min', 'ongoing:not-recovered', 'cleared:', 'ok:']);
  });

  it('flags a drop of more than max-drop points, even above the minimum', () => {
    expect(decideAlert(input({ rate: 0.84, previousRate: 1, previousDecided: 20 }), t)).toEqual({
      status: 'new',
      reasons: ['drop'],
    });
    // Exactly 15 points is not more than 15.
    expect(decideAlert(input({ rate: 0.85, previousRate: 1, previousDecided: 20 }), t).status).toBe('ok');
    // Both at once.
    expect(decideAlert(input({ rate: 0.5, previousRate: 0.9, previousDecided: 20 }), t).reasons).toEqual([
      'below-min',
      'drop',
    ]);
    // A previous window with too few runs says nothing about a drop.
    expect(decideAlert(input({ rate: 0.84, previousRate: 1, previousDecided: 4 }), t).status).toBe('ok');
  });

  it('does not count 4 of 5 as below 0.8', () => {
    expect(decideAlert(input({ rate: 4 / 5, decided: 5 }), t).status).toBe('ok');
  });

  it('neither flags nor clears on too few runs, and drops the flag when the workflow stopped running', () => {
    expect(decideAlert(input({ rate: 0, decided: 4 }), t)).toEqual({ status: 'ok', reasons: [] });
    expect(decideAlert(input({ rate: 1, decided: 4, wasAlerted: true }), t)).toEqual({
      status: 'ongoing',
      reasons: ['too-few-runs'],
    });
    expect(decideAlert(input({ rate: null, decided: 0, wasAlerted: true }), t)).toEqual({
      status: 'cleared',
      reasons: [],
    });
  });
});

/**
 * `autoheal monitor` attacked from outside: answers whose rate-limit headers lie (a proxy, a
 * misconfigured GHES, a hostile server behind --api) must slow the monitor down, never stop it.
 */
import { describe, expect, it } from 'vitest';
import { RateGovernor } from '../src/commands/monitor-rate.js';

const HOUR = 3_600_000;

function governed() {
  let now = 1_800_000_000_000;
  const slept: number[] = [];
  const governor = new RateGovernor(0.5, {
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  });
  return { governor, slept, now: () => now };
}

describe('monitor: rate-limit headers that lie', () => {
  it('a reset years away, or a retry-after of days, costs at most about an hour per wait', async () => {
    const g = governed();
    await g.governor.beforeRequest();
    g.governor.observe('o/r', 403, {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.floor(g.now() / 1000) + 1e9),
    });
    await g.governor.beforeRequest();
    g.governor.observe('o/r', 429, { 'retry-after': String(10 * 86_400) });
    await g.governor.beforeRequest();
    expect(g.slept.length).toBeGreaterThanOrEqual(2);
    for (const ms of g.slept) expect(ms).toBeLessThanOrEqual(HOUR + 61_000);
  });

  it('a limit of 0, a negative or larger-than-limit remaining are not believed', async () => {
    for (const [limit, remaining] of [
      ['0', '0'],
      ['5000', '-3'],
      ['5000', '90000'],
      ['1e12', '4000'],
    ] as const) {
      const g = governed();
      await g.governor.beforeRequest();
      g.governor.observe('o/r', 200, {
        'x-ratelimit-limit': limit,
        'x-ratelimit-remaining': remaining,
        'x-ratelimit-reset': String(Math.floor(g.now() / 1000) + 3000),
      });
      await g.governor.beforeRequest();
      expect({ limit, remaining, slept: g.slept }).toEqual({ limit, remaining, slept: [] });
    }
  });
});

/**
 * Fixes verified, unverified and merged in the health report: from the fix pull requests'
 * branches, markers, authors and the `autoheal:verified` label that analyze-failure keeps.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { VERIFIED_LABEL } from '../../analyze-failure/src/verify.js';
import { VERIFIED_LABEL as HEALTH_VERIFIED_LABEL } from '../src/fixes.js';
import { FIXER, fixes } from './fix-pulls.js';
import { World } from './helpers.js';
import { historySeed, UNTIL, WINDOW_DAYS } from './history.js';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const base = { until: UNTIL, 'window-days': WINDOW_DAYS };
describe('fixes in the health report', () => {
  it('uses the label analyze-failure keeps', () => {
    expect(HEALTH_VERIFIED_LABEL).toBe(VERIFIED_LABEL);
  });

  it('counts open fixes verified and unverified, and those merged or closed in the window, and lists them', async () => {
    world = await World.start(historySeed(fixes), { merged: [22, 23, 27] });
    const { result, rec } = await world.run(world.inputs({ ...base, 'fix-authors': FIXER }));
    const f = result.report.autoheal.fixes;
    expect({ ...f, list: undefined }).toEqual({
      verified: 1, // 20
      unverified: 1, // 21
      merged: 2, // 22 (verified), 23
      mergedVerified: 1,
      closed: 1, // 24
      list: undefined,
    });
    expect(f.list.map((x) => [x.number, x.state, x.verified])).toEqual([
      [20, 'verified', true],
      [21, 'unverified', false],
      [23, 'merged', false],
      [22, 'merged', true],
      [24, 'closed', false],
    ]);
    expect(f.list.find((x) => x.number === 22)?.mergedAt).toBe('2026-03-10T00:00:00Z');
    const summary = rec.summary.join('');
    expect(summary).toContain(
      '| Fixes verified by CI | 1 open and verified, 1 open and unverified, 2 merged (1 of them verified), 1 closed unmerged |',
    );
    expect(summary).toContain('#### Fix pull requests');
    expect(summary).toMatch(/\| \[#20\]\(https?:\/\/[^)]+\/pull\/20\) Fix the timeout \| ✅ verified \|/);
    expect(summary).toContain('🟣 merged, verified');
    // A title is the pull request's text: escaped, never raw HTML.
    expect(summary).not.toContain('<b>20</b>');
  });

  it('without fix-authors, counts only pull requests by the token’s own account', async () => {
    world = await World.start(historySeed(fixes), { merged: [22, 23, 27] });
    const { result } = await world.run(world.inputs(base));
    expect(result.report.autoheal.fixes.list).toEqual([]);
  });
});

/**
 * Fixes verified, unverified and merged in the health report: from the fix pull requests'
 * branches, markers, authors and the `autoheal:verified` label that analyze-failure keeps.
 */
import { renderMarker } from '@autoheal/core/markers';
import type { RepoBuilder } from '@autoheal/testkit/simulator/seed-builder';
import { afterEach, describe, expect, it } from 'vitest';
import { VERIFIED_LABEL } from '../../analyze-failure/src/verify.js';
import { VERIFIED_LABEL as HEALTH_VERIFIED_LABEL } from '../src/fixes.js';
import { World } from './helpers.js';
import { historySeed, UNTIL, WINDOW_DAYS } from './history.js';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const base = { until: UNTIL, 'window-days': WINDOW_DAYS };
const FIXER = 'fixer-bot';
const fp = (n: number) => n.toString(16).padStart(16, '0');
const fixBody = (n: number) => `${renderMarker({ kind: 'fix', fingerprint: fp(n), v: '1' })}\nthe fix`;

/** Fix pull requests 20–27, each a case; the window is 2026-03-08 to 2026-03-14. */
function fixes(r: RepoBuilder): void {
  for (const n of [20, 21, 22, 23, 24, 25, 26, 27])
    r.branch(`autoheal/${fp(n)}`, { [`fix-${n}.txt`]: 'x\n' }, { message: `fix ${n}` });
  r.pull({
    number: 20,
    title: 'Fix the timeout',
    author: FIXER,
    head: `autoheal/${fp(20)}`,
    body: fixBody(20),
    labels: [VERIFIED_LABEL],
    draft: false,
    created_at: '2026-03-12T00:00:00Z',
    updated_at: '2026-03-13T00:00:00Z',
  })
    // Open and idle since before the window: still an unverified fix.
    .pull({
      number: 21,
      title: 'Declare the missing dependency',
      author: FIXER,
      head: `autoheal/${fp(21)}`,
      body: fixBody(21),
      draft: true,
      created_at: '2026-02-01T00:00:00Z',
      updated_at: '2026-02-02T00:00:00Z',
    })
    .pull({
      number: 22,
      title: 'Pin node <b>20</b>',
      author: FIXER,
      head: `autoheal/${fp(22)}`,
      body: fixBody(22),
      labels: [VERIFIED_LABEL],
      created_at: '2026-03-09T00:00:00Z',
      state: 'closed',
      closed_at: '2026-03-10T00:00:00Z',
      updated_at: '2026-03-10T00:00:00Z',
    })
    .pull({
      number: 23,
      title: 'Merged without verification',
      author: FIXER,
      head: `autoheal/${fp(23)}`,
      body: fixBody(23),
      created_at: '2026-03-09T00:00:00Z',
      state: 'closed',
      closed_at: '2026-03-11T00:00:00Z',
      updated_at: '2026-03-11T00:00:00Z',
    })
    .pull({
      number: 24,
      title: 'Rejected',
      author: FIXER,
      head: `autoheal/${fp(24)}`,
      body: fixBody(24),
      created_at: '2026-03-09T00:00:00Z',
      state: 'closed',
      closed_at: '2026-03-12T00:00:00Z',
      updated_at: '2026-03-12T00:00:00Z',
    })
    // Not fixes: someone else's pull request with our marker, a marker for another fingerprint, and one merged before the window.
    .pull({
      number: 25,
      title: 'Not ours',
      author: 'mona',
      head: `autoheal/${fp(25)}`,
      body: fixBody(25),
      labels: [VERIFIED_LABEL],
    })
    .pull({ number: 26, title: 'Wrong marker', author: FIXER, head: `autoheal/${fp(26)}`, body: fixBody(99) })
    .pull({
      number: 27,
      title: 'Merged long ago',
      author: FIXER,
      head: `autoheal/${fp(27)}`,
      body: fixBody(27),
      created_at: '2026-02-01T00:00:00Z',
      state: 'closed',
      closed_at: '2026-02-02T00:00:00Z',
      updated_at: '2026-03-13T00:00:00Z',
    })
    // A fork's pull request from a branch of the same name, by a fix author.
    .pull({
      number: 28,
      title: 'Fork',
      author: FIXER,
      head: `autoheal/${fp(20)}`,
      head_repository: 'mallory/widgets',
      head_sha: 'main',
      body: fixBody(20),
      labels: [VERIFIED_LABEL],
    });
}

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

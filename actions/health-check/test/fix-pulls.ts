/** Fix pull requests for the health-check tests: one case each, in the window 2026-03-08 to 2026-03-14. */
import { renderMarker } from '@autoheal/core/markers';
import type { RepoBuilder } from '@autoheal/testkit/simulator/seed-builder';
import { VERIFIED_LABEL } from '../../analyze-failure/src/verify.js';

export const FIXER = 'fixer-bot';
export const fp = (n: number) => n.toString(16).padStart(16, '0');
export const fixBody = (n: number) => `${renderMarker({ kind: 'fix', fingerprint: fp(n), v: '1' })}\nthe fix`;

/** Fix pull requests 20–28, each a case (see the comments); merge 22, 23 and 27 when starting the world. */
export function fixes(r: RepoBuilder): void {
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

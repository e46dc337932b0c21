/**
 * An issue whose title cleans to nothing (controls, zero-width characters, blanks), through the
 * bundle: GitHub would reject the blank pull request title after the commit and branch were
 * written, on every re-run; the action gives it a title of its own before any write.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSanitizer } from '@autoheal/core/text/sanitize';
import { runAction } from '@autoheal/testkit/harness/run-action';
import { SIMULATOR_TOKEN } from '@autoheal/testkit/simulator/seed-builder';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, describe, expect, it } from 'vitest';
import { pullBody, pullTitle } from '../src/body.js';
import { baseSeed, labeledEvent, REPO, writes } from './helpers.js';

const actionDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let sim: GitHubSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const BLANK_TITLES = [
  { number: 2, title: '\u0007\u0008' },
  { number: 3, title: '\ufeff\u200b\u200d' },
  { number: 4, title: ' \t ' },
];

describe('issue-to-draft-pr and a title that cleans to nothing', () => {
  it('opens the pull request as "autoheal: issue #N" with no failed write, and a re-run adds nothing', async () => {
    sim = await startGitHubSimulator({
      seed: baseSeed((r) => {
        for (const b of BLANK_TITLES)
          r.issue({ number: b.number, title: b.title, author: 'alice', labels: ['autoheal:work'] });
      }).build(),
    });
    for (const b of BLANK_TITLES) {
      const event = labeledEvent({ number: b.number, title: b.title });
      const mark = sim.requests.length;
      const result = await runAction({
        actionDir,
        event,
        apiUrl: sim.url,
        token: SIMULATOR_TOKEN,
        repository: REPO,
        env: { AUTOHEAL_WAIT_SCALE_MS: '1', AUTOHEAL_WRITE_PACING_MS: '0' },
      });
      expect(result.exitCode, result.stderr + result.stdout).toBe(0);
      expect(result.outputs).toMatchObject({ result: 'created', branch: `autoheal/issue-${b.number}` });
      const pr = sim.state.requireRepo(REPO).issues.get(Number(result.outputs['pr-number']))!;
      expect(pr.title).toBe(`autoheal: issue #${b.number}`);
      expect(pr.body).toContain(`Work on issue #${b.number}. autoheal opened this draft`);
      // Every write succeeded the first time: no 422 on the title, no branch deleted again.
      const requests = sim.requests.slice(mark).filter((r) => r.method !== 'GET');
      expect(requests.map((r) => `${r.status} ${r.method} ${r.path}`)).toEqual([
        '201 POST /repos/octo-org/widgets/git/commits',
        '201 POST /repos/octo-org/widgets/git/refs',
        '201 POST /repos/octo-org/widgets/pulls',
        `200 POST /repos/octo-org/widgets/issues/${pr.number}/labels`,
        `201 POST /repos/octo-org/widgets/issues/${b.number}/comments`,
      ]);

      const before = writes(sim).length;
      const again = await runAction({
        actionDir,
        event,
        apiUrl: sim.url,
        token: SIMULATOR_TOKEN,
        repository: REPO,
        env: { AUTOHEAL_WAIT_SCALE_MS: '1', AUTOHEAL_WRITE_PACING_MS: '0' },
      });
      expect(again.outputs.result).toBe('exists');
      expect(writes(sim)).toHaveLength(before);
    }
  });

  it('keeps a title that shows anything, cleaned, and falls back only for one that shows nothing', () => {
    const sanitizer = createSanitizer();
    expect(pullTitle(sanitizer, 7, '  Fix @mona\u0007 login  ')).toBe(sanitizer.title('Fix @mona login'));
    expect(pullTitle(sanitizer, 7, 'x')).toBe('x');
    expect(pullTitle(sanitizer, 7, '\u00a0\u2028\u200b')).toBe('autoheal: issue #7');
    const body = pullBody({
      issueNumber: 7,
      issueTitle: '\u200b',
      issueBody: '',
      branch: 'autoheal/issue-7',
      linkKeyword: 'closes',
      handOff: 'none',
      sanitizer,
    });
    expect(body).toContain('Work on issue #7. autoheal');
  });
});

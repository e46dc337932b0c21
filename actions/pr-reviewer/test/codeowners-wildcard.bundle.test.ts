/**
 * CODEOWNERS directory-wildcard patterns (`packages/*\/`, `/*\/`, `docs/*\/`) through the bundle:
 * their owners must be requested, as GitHub requests them.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAction } from '@autoheal/testkit/harness/run-action';
import { SIMULATOR_TOKEN } from '@autoheal/testkit/simulator/seed-builder';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO, startWorld, type World, webhookExample, withFields } from './world.js';

const actionDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe('pr-reviewer bundle and CODEOWNERS directory wildcards', () => {
  it('requests the owners of packages/*/ and docs/*/ for files inside those directories', async () => {
    world = await startWorld((r) =>
      r
        .file(
          '.github/CODEOWNERS',
          ['/*/ @erin', 'packages/*/ @octo-org/core', 'docs/*/ @carol', 'docs/*.md @bob', ''].join('\n'),
        )
        .branch('wild', {
          'packages/cli/src/main.ts': 'x\n', // packages/*/ → team core
          'docs/guide/intro.md': 'x\n', // docs/*/ (last match over /*/) → carol
          'docs/index.md': 'x\n', // docs/*.md → bob (docs/*/ does not own files directly in docs)
        })
        .pull({ title: 'Wildcards', author: 'alice', head: 'wild' }),
    );
    const payload = withFields(webhookExample('pull_request', 'opened'), {
      number: 1,
      'pull_request.number': 1,
    });
    const result = await runAction({
      actionDir,
      event: { name: 'pull_request', payload },
      repository: REPO,
      apiUrl: world.url,
      token: SIMULATOR_TOKEN,
      env: { AUTOHEAL_WAIT_SCALE_MS: '1', AUTOHEAL_WRITE_PACING_MS: '0' },
    });
    expect(result.exitCode).toBe(0);
    expect(world.repo.issues.get(1)!.pull!.requested_teams).toEqual(['core']);
    expect([...world.repo.issues.get(1)!.pull!.requested_reviewers].sort()).toEqual(['bob', 'carol']);
  });
});

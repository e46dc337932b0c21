/**
 * Bidi and invisible controls through the bundle (rebuild: `pnpm build`): an issue whose title and
 * body use U+202E to show one thing and mean another gets a draft pull request whose title, body
 * and branch carry none of them.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAction } from '@autoheal/testkit/harness/run-action';
import { SIMULATOR_TOKEN } from '@autoheal/testkit/simulator/seed-builder';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, describe, expect, it } from 'vitest';
import { baseSeed, labeledEvent, REPO } from './helpers.js';

const actionDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// U+200B is left out: it is the character autoheal itself inserts to break a mention or a command.
const CONTROLS = /[\u061c\u200c-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

let sim: GitHubSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('issue-to-draft-pr bundle and bidi controls', () => {
  it('strips U+202E and its kin from the pull request title, body and branch', async () => {
    // Rendered, the title reads "Update docs for login.txt"; the text says ".exe".
    const title = 'Update docs for login\u202etxt.exe\u202c and \u2066admin\u2069 \u200fnotes\u200e';
    const body = 'See \u202ecod.lmth\u202c.\n\n- [ ] check \u2067the\u2069 task\u200b list\ufeff\n';
    sim = await startGitHubSimulator({
      seed: baseSeed((r) =>
        r.issue({ number: 5, title, author: 'alice', labels: ['autoheal:work'], body }),
      ).build(),
    });
    const result = await runAction({
      actionDir,
      event: labeledEvent({ number: 5, title }),
      apiUrl: sim.url,
      token: SIMULATOR_TOKEN,
      repository: REPO,
      env: { AUTOHEAL_WAIT_SCALE_MS: '1', AUTOHEAL_WRITE_PACING_MS: '0' },
      node: 'node24',
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs.result).toBe('created');
    const pr = sim.state.requireRepo(REPO).issues.get(Number(result.outputs['pr-number']))!;
    expect(pr.title).toBe('Update docs for logintxt.exe and admin notes');
    expect(pr.title).not.toMatch(CONTROLS);
    expect(pr.body).not.toMatch(CONTROLS);
    expect(pr.body).toContain('Work on issue #5, Update docs for logintxt.exe and admin notes.');
    expect(pr.body).toContain('- [ ] check the task list\n');
    expect(pr.body).not.toContain('task\u200b list');
    expect(pr.pull!.head).not.toMatch(CONTROLS);
    expect(result.summary).not.toMatch(CONTROLS);
  }, 60_000);
});

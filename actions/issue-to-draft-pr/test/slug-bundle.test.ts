/**
 * Branch names through the bundle (rebuild: `pnpm build`): a Cyrillic or Greek issue title gives a
 * readable ASCII branch (transliterated by @sindresorhus/slugify inside the bundle), and a hostile
 * one still gives only lowercase words and hyphens.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAction } from '@autoheal/testkit/harness/run-action';
import { SIMULATOR_TOKEN } from '@autoheal/testkit/simulator/seed-builder';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterEach, describe, expect, it } from 'vitest';
import { baseSeed, labeledEvent, REPO } from './helpers.js';

const actionDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let sim: GitHubSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function branchFor(title: string): Promise<string> {
  sim = await startGitHubSimulator({
    seed: baseSeed((r) => r.issue({ number: 7, title, author: 'alice', labels: ['autoheal:work'] })).build(),
  });
  const result = await runAction({
    actionDir,
    event: labeledEvent({ number: 7, title }),
    apiUrl: sim.url,
    token: SIMULATOR_TOKEN,
    repository: REPO,
    env: { AUTOHEAL_WAIT_SCALE_MS: '1', AUTOHEAL_WRITE_PACING_MS: '0' },
    node: 'node24',
  });
  expect(result.exitCode, result.stdout).toBe(0);
  expect(result.outputs.result).toBe('created');
  const branch =
    result.outputs.branch ??
    sim.state.requireRepo(REPO).issues.get(Number(result.outputs['pr-number']))!.pull!.head;
  await sim.close();
  sim = undefined;
  return branch;
}

describe('issue-to-draft-pr bundle and branch names', () => {
  it('transliterates Cyrillic and Greek titles, and keeps hostile ones to safe words', async () => {
    expect(await branchFor('Ошибка при сборке проекта')).toBe('autoheal/issue-7-oshibka-pri-sborke-proekta');
    expect(await branchFor('Σφάλμα στη δοκιμή 🔥')).toBe('autoheal/issue-7-sfalma-sti-dokimi');
    expect(await branchFor('--upload-pack=$(id) ../../.git')).toBe('autoheal/issue-7-upload-pack-id-git');
  }, 90_000);
});

import { OperationBudget } from '@autoheal/core/budget';
import { BudgetExhaustedError } from '@autoheal/core/errors';
import { afterEach, describe, expect, it } from 'vitest';
import { recorder } from '../src/recorder.js';
import { simClient } from '../src/sim-client.js';
import { seedBuilder } from '../src/simulator/seed-builder.js';
import { type GitHubSimulator, startGitHubSimulator } from '../src/simulator/server.js';

const USER_TOKEN = 'ghp_simClientUserToken0000000000000000000';
const o = { owner: 'octo-org', repo: 'widgets' };

let sim: GitHubSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(): Promise<GitHubSimulator> {
  sim = await startGitHubSimulator({
    seed: seedBuilder()
      .token(USER_TOKEN, 'mona')
      .repo('octo-org/widgets', (r) => r.file('README.md', 'hi\n').collaborator('mona', 'write'))
      .build(),
  });
  return sim;
}

describe('simClient', () => {
  it('talks to the simulator as github-actions[bot] unless given another token', async () => {
    const s = await start();
    await simClient(s).rest.issues.create({ ...o, title: 'by the bot' });
    await simClient(s, { token: USER_TOKEN }).rest.issues.create({ ...o, title: 'by mona' });
    const { data } = await simClient(s).rest.issues.listForRepo(o);
    expect(data.map((i) => [i.title, i.user?.login]).sort()).toEqual([
      ['by mona', 'mona'],
      ['by the bot', 'github-actions[bot]'],
    ]);
  });

  it('spends the given budget and logs through the given logger', async () => {
    const s = await start();
    const budget = new OperationBudget(1);
    const rec = recorder();
    const github = simClient(s, { budget, log: rec.log });
    await github.rest.issues.create({ ...o, title: 'one' });
    await expect(github.rest.issues.create({ ...o, title: 'two' })).rejects.toThrow(BudgetExhaustedError);
    expect(budget.undone).toEqual(['POST /repos/{owner}/{repo}/issues']);
  });

  it('retries a server error as often as told, without waiting GitHub’s back-off', async () => {
    const s = await start();
    const twice = () =>
      s.faults.inject({
        method: 'GET',
        path: '/repos/{owner}/{repo}',
        times: 2,
        fault: { kind: 'server-error' },
      });
    twice();
    await expect(simClient(s, { retries: 1 }).rest.repos.get(o)).rejects.toMatchObject({ status: 500 });
    twice();
    const { data } = await simClient(s, { retries: 2 }).rest.repos.get(o);
    expect(data.full_name).toBe('octo-org/widgets');
  });
});

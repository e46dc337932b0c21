import { afterEach, describe, expect, it } from 'vitest';
import { actionGitHub } from '../src/action-github.js';
import { OperationBudget } from '../src/budget.js';
import { BudgetExhaustedError, ConfigurationError } from '../src/errors.js';
import type { Logger } from '../src/runtime.js';
import { type LocalApi, startLocalApi } from './local-api.js';

const quiet: Logger = {
  debug: () => {},
  info: () => {},
  notice: () => {},
  warning: () => {},
  error: () => {},
  startGroup: () => {},
  endGroup: () => {},
};

let api: LocalApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

describe('the run’s GitHub clients', () => {
  it('talk to the runner’s API URL with each token, and spend one budget between them', async () => {
    api = await startLocalApi(() => ({ status: 201, body: {} }));
    const budget = new OperationBudget(2);
    const client = actionGitHub({
      env: { GITHUB_API_URL: ` ${api.url} `, AUTOHEAL_WRITE_PACING_MS: '0', AUTOHEAL_WAIT_SCALE_MS: '1' },
      log: quiet,
      budget,
    });
    const own = client('ghs_own');
    const user = client('ghp_user');
    await own.request('POST /repos/{owner}/{repo}/issues', { owner: 'o', repo: 'r', title: 'a' });
    await user.request('POST /repos/{owner}/{repo}/issues', { owner: 'o', repo: 'r', title: 'b' });
    await expect(
      own.request('POST /repos/{owner}/{repo}/issues', { owner: 'o', repo: 'r', title: 'c' }),
    ).rejects.toThrow(BudgetExhaustedError);
    expect(api.received.map((r) => `${r.method} ${r.path} ${r.authorization}`)).toEqual([
      'POST /repos/o/r/issues token ghs_own',
      'POST /repos/o/r/issues token ghp_user',
    ]);
    expect(budget.used).toBe(2);
  });

  it('uses api.github.com when the runner gives no API URL', () => {
    const client = actionGitHub({
      env: { GITHUB_API_URL: '  ' },
      log: quiet,
      budget: new OperationBudget(1),
    });
    expect(client('ghs_x').request.endpoint.DEFAULTS.baseUrl).toBe('https://api.github.com');
  });

  it('refuses a bad test-only knob before any client is made', () => {
    expect(() =>
      actionGitHub({ env: { AUTOHEAL_WAIT_SCALE_MS: 'soon' }, log: quiet, budget: new OperationBudget(1) }),
    ).toThrow(ConfigurationError);
  });
});

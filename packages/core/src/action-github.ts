/**
 * How an action's main.ts turns tokens into GitHub clients: every client of one run talks to the
 * runner's API URL (GHES honoured), spends the run's one operation budget, logs through the
 * action's logger, and takes the test-only wait knobs.
 */
import type { OperationBudget } from './budget.js';
import { clientTuning } from './client-tuning.js';
import { createGitHubClient, type GitHubClient } from './github-client.js';
import { readRunnerContext } from './runner-context.js';
import type { Env, Logger } from './runtime.js';

export interface ActionGitHubOptions {
  env: Env;
  log: Logger;
  budget: OperationBudget;
}

/**
 * A factory of the run's clients, one per token (the action's own, a Copilot user token, …).
 * The environment is read now, so a bad knob is reported before any request is made.
 */
export function actionGitHub(options: ActionGitHubOptions): (token: string) => GitHubClient {
  const { apiUrl } = readRunnerContext(options.env);
  const tuning = clientTuning(options.env);
  return (token) =>
    createGitHubClient({
      token,
      ...(apiUrl ? { apiUrl } : {}),
      log: options.log,
      budget: options.budget,
      ...tuning,
    });
}

import { readFile } from 'node:fs/promises';
import { OperationBudget } from '@autoheal/core/budget';
import { ConfigurationError, errorMessage } from '@autoheal/core/errors';
import { createGitHubClient } from '@autoheal/core/github-client';
import { runMain } from '@autoheal/core/run-main';
import { clientTuning, parseInputs, readRunnerContext } from './inputs.js';
import { run } from './run.js';

async function readPayload(path: string | undefined): Promise<unknown> {
  if (path === undefined) return {};
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (error) {
    throw new ConfigurationError(
      `Could not read the event payload at GITHUB_EVENT_PATH (${path}): ${errorMessage(error)}.`,
    );
  }
}

await runMain({ action: 'pr-reviewer', version: '0.1.0' }, async (deps) => {
  const inputs = parseInputs(deps.env);
  const context = readRunnerContext(deps.env);
  const budget = new OperationBudget(inputs.operationsBudget);
  const github = createGitHubClient({
    token: inputs.token,
    ...(context.apiUrl ? { apiUrl: context.apiUrl } : {}),
    budget,
    log: deps.log,
    ...clientTuning(deps.env),
  });
  await run(inputs, {
    ...deps,
    github,
    budget,
    event: { name: context.eventName, payload: await readPayload(context.eventPath) },
    repo: context.repository,
  });
});

import { OperationBudget } from '@autoheal/core/budget';
import { createGitHubClient } from '@autoheal/core/github-client';
import { runMain } from '@autoheal/core/run-main';
import { clientTuning, parseInputs } from './inputs.js';
import { run } from './run.js';

/** `::add-mask::` hides a value in every later log line; its data is escaped like any command's. */
function mask(secret: string): void {
  const data = secret.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  process.stdout.write(`::add-mask::${data}\n`);
}

await runMain({ action: 'analyze-failure' }, async (deps) => {
  const inputs = parseInputs(deps.env);
  if (inputs.slackWebhookUrl) mask(inputs.slackWebhookUrl);
  const budget = new OperationBudget(inputs.operationsBudget);
  const github = createGitHubClient({
    token: inputs.token,
    apiUrl: deps.env.GITHUB_API_URL,
    budget,
    log: deps.log,
    ...clientTuning(deps.env),
  });
  await run(inputs, { ...deps, github, budget, mask });
});

import { actionGitHub } from '@autoheal/core/action-github';
import { OperationBudget } from '@autoheal/core/budget';
import { maskSecret, runMain } from '@autoheal/core/run-main';
import { parseInputs } from './inputs.js';
import { run } from './run.js';

await runMain({ action: 'analyze-failure' }, async (deps) => {
  const inputs = parseInputs(deps.env);
  if (inputs.slackWebhookUrl) maskSecret(inputs.slackWebhookUrl);
  const budget = new OperationBudget(inputs.operationsBudget);
  const github = actionGitHub({ ...deps, budget })(inputs.token);
  await run(inputs, { ...deps, github, budget, mask: maskSecret });
});

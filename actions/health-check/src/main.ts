import { OperationBudget } from '@autoheal/core/budget';
import { createGitHubClient } from '@autoheal/core/github-client';
import { runMain } from '@autoheal/core/run-main';
import { clientTuning, parseInputs } from './inputs.js';
import { RequestCount } from './request-count.js';
import { nodeFileWriter, run } from './run.js';

await runMain({ action: 'health-check', version: '0.1.0' }, async (deps) => {
  const inputs = parseInputs(deps.env);
  const budget = new OperationBudget(inputs.operationsBudget);
  const github = createGitHubClient({
    token: inputs.token,
    apiUrl: deps.env.GITHUB_API_URL,
    budget,
    log: deps.log,
    ...clientTuning(deps.env),
  });
  await run(inputs, {
    ...deps,
    github,
    budget,
    requests: new RequestCount().watch(github),
    files: nodeFileWriter,
  });
});

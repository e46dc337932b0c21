import { actionGitHub } from '@autoheal/core/action-github';
import { OperationBudget } from '@autoheal/core/budget';
import { runMain } from '@autoheal/core/run-main';
import { parseInputs } from './inputs.js';
import { RequestCount } from './request-count.js';
import { nodeFileWriter, run } from './run.js';

await runMain({ action: 'health-check', version: '0.1.0' }, async (deps) => {
  const inputs = parseInputs(deps.env);
  const budget = new OperationBudget(inputs.operationsBudget);
  const github = actionGitHub({ ...deps, budget })(inputs.token);
  await run(inputs, {
    ...deps,
    github,
    budget,
    requests: new RequestCount().watch(github),
    files: nodeFileWriter,
  });
});

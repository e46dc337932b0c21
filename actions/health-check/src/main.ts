// First: checks the event file before @actions/github (loaded by the imports below) parses it.
import '@autoheal/core/event-guard';
import { actionGitHub } from '@autoheal/core/action-github';
import { OperationBudget } from '@autoheal/core/budget';
import { runMain, withMarkerKeyInput } from '@autoheal/core/run-main';
import { parseInputs } from './inputs.js';
import { RequestCount } from './request-count.js';
import { nodeFileWriter, run } from './run.js';

await runMain({ action: 'health-check', version: '0.1.0' }, async (deps) => {
  const inputs = parseInputs(deps.env);
  const budget = new OperationBudget(inputs.operationsBudget);
  const github = actionGitHub({ ...deps, budget })(inputs.token);
  await withMarkerKeyInput(inputs.markerKey, deps, () =>
    run(inputs, {
      ...deps,
      github,
      budget,
      requests: new RequestCount().watch(github),
      files: nodeFileWriter,
    }),
  );
});

/** The runner's entry: inputs and environment in, the pure `run` out. */
// First: checks the event file before @actions/github (loaded by the imports below) parses it.
import '@autoheal/core/event-guard';
import { actionGitHub } from '@autoheal/core/action-github';
import { OperationBudget } from '@autoheal/core/budget';
import { runMain, withMarkerKeyInput } from '@autoheal/core/run-main';
import { readActionContext } from '@autoheal/core/runner-context';
import { parseInputs } from './inputs.js';
import { run } from './run.js';

await runMain({ action: 'pr-reviewer', version: '0.1.0' }, async (deps) => {
  const inputs = parseInputs(deps.env);
  const context = await readActionContext(deps.env);
  const budget = new OperationBudget(inputs.operationsBudget);
  await withMarkerKeyInput(inputs.markerKey, deps, () =>
    run(inputs, {
      ...deps,
      github: actionGitHub({ ...deps, budget })(inputs.token),
      budget,
      event: context.event,
      repo: context.repository,
    }),
  );
});

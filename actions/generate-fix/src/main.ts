/** The runner's entry: inputs and environment in, the pure `run` out. */
// First: checks the event file before @actions/github (loaded by the imports below) parses it.
import '@autoheal/core/event-guard';
import { actionGitHub } from '@autoheal/core/action-github';
import { OperationBudget } from '@autoheal/core/budget';
import { runMain, withMarkerKeyInput } from '@autoheal/core/run-main';
import { readActionContext } from '@autoheal/core/runner-context';
import { createSanitizer } from '@autoheal/core/text/sanitize';
import { parseInputs } from './inputs.js';
import { run } from './run.js';

await runMain({ action: 'generate-fix', version: '0.1.0' }, async (deps) => {
  const inputs = parseInputs(deps.env);
  const context = await readActionContext(deps.env);
  const budget = new OperationBudget(inputs.operationsBudget);
  const client = actionGitHub({ ...deps, budget });
  await withMarkerKeyInput(
    inputs.markerKey,
    deps,
    () =>
      run(inputs, {
        ...deps,
        context,
        budget,
        github: client(inputs.token),
        ...(inputs.copilotToken ? { copilot: client(inputs.copilotToken) } : {}),
        sanitizer: createSanitizer({
          secrets: [inputs.token, ...(inputs.copilotToken ? [inputs.copilotToken] : [])],
        }),
      }),
    // The compute job holds no secrets by design (it may run a lint command); apply verifies.
    { notice: inputs.mode !== 'compute' },
  );
});

/** The runner's entry: inputs and environment in, the pure `run` out. */
// First: checks the event file before @actions/github (loaded by the imports below) parses it.
import '@autoheal/core/event-guard';
import { actionGitHub } from '@autoheal/core/action-github';
import { OperationBudget } from '@autoheal/core/budget';
import { runMain, withMarkerKeyInput } from '@autoheal/core/run-main';
import { requireRepository } from '@autoheal/core/runner-context';
import { createSanitizer } from '@autoheal/core/text/sanitize';
import { parseInputs } from './inputs.js';
import { run } from './run.js';

await runMain({ action: 'stale-draft-closer', version: '0.1.0' }, async (deps) => {
  const inputs = parseInputs(deps.env);
  const repo = requireRepository(deps.env);
  const budget = new OperationBudget(inputs.operationsPerRun);
  const result = await withMarkerKeyInput(inputs.markerKey, deps, () =>
    run(inputs, {
      ...deps,
      github: actionGitHub({ ...deps, budget })(inputs.token),
      budget,
      repo,
      sanitizer: createSanitizer({ secrets: [inputs.token] }),
    }),
  );
  // Each failed pull request was reported as an error; the others were done, so the run went on.
  if (result.failed.length > 0) process.exitCode = 1;
});

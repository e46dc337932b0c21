/** The runner's entry: inputs and environment in, the pure `run` out. */
import { OperationBudget } from '@autoheal/core/budget';
import { createGitHubClient } from '@autoheal/core/github-client';
import { runMain } from '@autoheal/core/run-main';
import { createSanitizer } from '@autoheal/core/text/sanitize';
import { clientTuning, readRunnerContext } from './context.js';
import { parseInputs } from './inputs.js';
import { run } from './run.js';

await runMain({ action: 'stale-draft-closer', version: '0.1.0' }, async (deps) => {
  const inputs = parseInputs(deps.env);
  const context = readRunnerContext(deps.env);
  const budget = new OperationBudget(inputs.operationsPerRun);
  const github = createGitHubClient({
    token: inputs.token,
    ...(context.apiUrl ? { apiUrl: context.apiUrl } : {}),
    log: deps.log,
    budget,
    ...clientTuning(deps.env),
  });
  const result = await run(inputs, {
    ...deps,
    github,
    budget,
    repo: context.repository,
    sanitizer: createSanitizer({ secrets: [inputs.token] }),
  });
  // Each failed pull request was reported as an error; the others were done, so the run went on.
  if (result.failed.length > 0) process.exitCode = 1;
});

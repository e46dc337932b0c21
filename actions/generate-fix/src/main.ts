/** The runner's entry: inputs and environment in, the pure `run` out. */
import { OperationBudget } from '@autoheal/core/budget';
import { createGitHubClient } from '@autoheal/core/github-client';
import { runMain } from '@autoheal/core/run-main';
import { createSanitizer } from '@autoheal/core/text/sanitize';
import { clientTuning, readRunnerContext } from './context.js';
import { parseInputs } from './inputs.js';
import { run } from './run.js';

await runMain({ action: 'generate-fix', version: '0.1.0' }, async (deps) => {
  const inputs = parseInputs(deps.env);
  const context = await readRunnerContext(deps.env);
  const tuning = clientTuning(deps.env);
  const budget = new OperationBudget(inputs.operationsBudget);
  const client = (token: string) =>
    createGitHubClient({
      token,
      ...(context.apiUrl ? { apiUrl: context.apiUrl } : {}),
      log: deps.log,
      budget,
      ...tuning,
    });
  await run(inputs, {
    ...deps,
    context,
    budget,
    github: client(inputs.token),
    ...(inputs.copilotToken ? { copilot: client(inputs.copilotToken) } : {}),
    sanitizer: createSanitizer({
      secrets: [inputs.token, ...(inputs.copilotToken ? [inputs.copilotToken] : [])],
    }),
  });
});

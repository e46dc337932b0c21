// First: checks the event file before @actions/github (loaded by the imports below) parses it.
import '@autoheal/core/event-guard';
import { runMain } from '@autoheal/core/run-main';
import { parseInputs } from './inputs.js';
import { run } from './run.js';
import { nodeWorkspaceFiles } from './workspace-files.js';

await runMain({ action: 'update-workflow-list', version: '0.1.0' }, async (deps) => {
  const inputs = parseInputs(deps.env);
  await run(inputs, { ...deps, files: nodeWorkspaceFiles });
});

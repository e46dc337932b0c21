/**
 * Checks the event file before anything else of the action is loaded. @actions/github (under our
 * GitHub client) parses GITHUB_EVENT_PATH while its module loads, so a malformed file used to end
 * the step with a stack trace before runMain could report anything. Import this module first in
 * every action's main.ts: ES modules are evaluated in import order, so this runs before it.
 */
import { error as reportError } from '@actions/core';
import { eventFileProblem } from './runner-context.js';

const problem = eventFileProblem(process.env);
if (problem) {
  reportError(problem.message);
  // Nothing else has started yet: no output, no request, nothing to flush.
  process.exit(1);
}

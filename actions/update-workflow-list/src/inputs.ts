import path from 'node:path';
import { ConfigurationError, ConfigurationErrors } from '@autoheal/core/errors';
import { globs, inputEnvName, oneOf, readInputsInto, str } from '@autoheal/core/inputs';
import { readRunnerContext } from '@autoheal/core/runner-context';
import type { Env } from '@autoheal/core/runtime';

export type Mode = 'check' | 'write';

export interface Inputs {
  /** `check` fails when the list is out of date; `write` rewrites it in the workspace. */
  mode: Mode;
  /** Paths relative to `workingDirectory`, `/`-separated and normalised (no `./`, no `..`). */
  workflowFile: string;
  workflowsDir: string;
  configFile: string;
  /** Globs (name or path) of workflows never to list. */
  exclude: string[];
  /** Absolute path of the repository checkout. */
  workingDirectory: string;
}

/** What is wrong with a path that must stay inside the checkout, phrased to follow `Input "name"`. */
function relativePathProblem(value: string): string | undefined {
  const slashed = value.replace(/\\/g, '/');
  if (path.posix.isAbsolute(slashed) || /^[A-Za-z]:/.test(slashed))
    return 'must be a path relative to working-directory (the repository root), not an absolute path';
  const normal = path.posix.normalize(slashed);
  if (normal === '..' || normal.startsWith('../'))
    return 'must be a path inside working-directory (the repository root); ".." leads out of it';
  return undefined;
}

function normalise(value: string): string {
  return path.posix.normalize(value.replace(/\\/g, '/')).replace(/\/+$/, '');
}

const relativePath = (fallback: string, accepts: string) =>
  str({ default: fallback, check: relativePathProblem, accepts });

const SPECS = {
  mode: oneOf(['check', 'write'], { default: 'check' }),
  workflowFile: relativePath(
    '.github/workflows/auto-heal.yml',
    'a workflow file path relative to working-directory',
  ),
  workflowsDir: relativePath('.github/workflows', 'a folder path relative to working-directory'),
  configFile: relativePath('.github/autoheal.yml', 'a file path relative to working-directory'),
  exclude: globs({ default: [] }),
  workingDirectory: str({ accepts: 'a folder path' }),
};

/**
 * The action's inputs from the runner's environment. `working-directory` falls back to
 * GITHUB_WORKSPACE, and a relative one is taken from there. Every bad input is reported at once.
 */
export function parseInputs(env: Env): Inputs {
  const errors: ConfigurationError[] = [];
  const values = readInputsInto(env, SPECS, errors);
  const { workspace } = readRunnerContext(env);
  const given = (env[inputEnvName('working-directory')] ?? '').trim();
  let workingDirectory: string | undefined;
  if (given === '' && workspace === undefined)
    errors.push(
      new ConfigurationError(
        'Input "working-directory" was not given and GITHUB_WORKSPACE is not set; give the path of the repository checkout.',
      ),
    );
  else if (given !== '' && !path.isAbsolute(given) && workspace === undefined)
    errors.push(
      new ConfigurationError(
        `Input "working-directory" is the relative path ${JSON.stringify(given)} but GITHUB_WORKSPACE is not set to resolve it from; give an absolute path.`,
      ),
    );
  else workingDirectory = path.resolve(workspace ?? '/', given);
  if (errors.length > 0 || values === undefined || workingDirectory === undefined)
    throw new ConfigurationErrors(errors);
  return {
    mode: values.mode,
    workflowFile: normalise(values.workflowFile),
    workflowsDir: normalise(values.workflowsDir),
    configFile: normalise(values.configFile),
    exclude: values.exclude,
    workingDirectory,
  };
}

import { appendFileSync } from 'node:fs';
import * as core from '@actions/core';
import { BudgetExhaustedError, ConfigurationError, ConfigurationErrors, errorMessage } from './errors.js';
import { describeGitHubError, isRequestError } from './github-errors.js';
import { withMarkerKey } from './markers.js';
import type { AnnotationProperties, Clock, Env, Logger, ResultSink } from './runtime.js';
import { systemClock } from './runtime.js';

/** Everything an action's pure `run` needs from the runner. */
export interface ActionDeps {
  env: Env;
  log: Logger;
  sink: ResultSink;
  clock: Clock;
}

/** The runner's logger and sinks, from @actions/core and the step's files. */
export function runnerDeps(env: Env = process.env): ActionDeps {
  const props = (p?: AnnotationProperties): core.AnnotationProperties | undefined => p;
  return {
    env,
    clock: systemClock,
    log: {
      debug: (m) => core.debug(m),
      info: (m) => core.info(m),
      notice: (m, p) => core.notice(m, props(p)),
      warning: (m, p) => core.warning(m, props(p)),
      error: (m, p) => core.error(m, props(p)),
      startGroup: (n) => core.startGroup(n),
      endGroup: () => core.endGroup(),
    },
    sink: {
      setOutput: (name, value) => core.setOutput(name, value),
      appendSummary: (markdown) => {
        const file = env.GITHUB_STEP_SUMMARY;
        // Synchronous, so nothing is lost when the process exits right after.
        if (file) appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
        else core.debug('GITHUB_STEP_SUMMARY is not set; summary not written');
      },
    },
  };
}

/**
 * Hides `secret` in every later line of the job's log: `::add-mask::`, its data escaped like any
 * workflow command's, so a newline in the value cannot end the command early.
 */
export function maskSecret(secret: string): void {
  core.setSecret(secret);
}

/** The one line an action adds to its job summary when it runs without `marker-key`. */
export const UNSIGNED_MARKERS_NOTICE =
  'Note: autoheal’s hidden markers are not signed, so a marker that another workflow posts as the same bot would be trusted; set the `marker-key` input from a secret (AUTOHEAL_MARKER_KEY) to sign and verify them.';

/**
 * Runs an action's work with its `marker-key` (when given) signing every marker it writes and
 * verifying every marker it reads; without one, markers work as before and the summary says so
 * (unless `notice: false`: a step that is meant to run without the key).
 */
export async function withMarkerKeyInput<T>(
  key: string | undefined,
  deps: Pick<ActionDeps, 'sink'>,
  fn: () => Promise<T>,
  options: { notice?: boolean } = {},
): Promise<T> {
  try {
    return await withMarkerKey(key, fn);
  } finally {
    if (key === undefined && options.notice !== false)
      deps.sink.appendSummary(`\n${UNSIGNED_MARKERS_NOTICE}\n`);
  }
}

export interface RunMainOptions {
  /** Shown in bug reports. */
  action: string;
  version?: string;
}

/**
 * The one entry wrapper of every action: runs `main`, flushes the summary, and turns what was
 * thrown into the right kind of report — a user's mistake as one `::error::` each (with file
 * and line when known), a GitHub failure as its clear description, anything else as a bug.
 */
export async function runMain(
  options: RunMainOptions,
  main: (deps: ActionDeps) => Promise<void>,
  deps: ActionDeps = runnerDeps(),
): Promise<void> {
  try {
    await main(deps);
  } catch (error) {
    process.exitCode = 1;
    reportFailure(error, options, deps);
  }
}

export function reportFailure(error: unknown, options: RunMainOptions, deps: Pick<ActionDeps, 'log'>): void {
  const { log } = deps;
  if (error instanceof ConfigurationErrors) {
    for (const e of error.errors) log.error(e.message, where(e));
    return;
  }
  if (error instanceof ConfigurationError) {
    log.error(error.message, where(error));
    return;
  }
  if (error instanceof BudgetExhaustedError || isRequestError(error)) {
    log.error(describeGitHubError(error).message);
    return;
  }
  const described = describeGitHubError(error);
  if (described.kind === 'network') {
    log.error(described.message);
    return;
  }
  const stack = error instanceof Error && error.stack ? error.stack : String(error);
  log.error(
    `autoheal ${options.action}${options.version ? ` ${options.version}` : ''} hit a bug: ${errorMessage(error)}. ` +
      `Please report it with this log (Node ${process.version}).`,
  );
  log.info(stack);
}

function where(error: ConfigurationError): AnnotationProperties | undefined {
  if (error.file === undefined) return undefined;
  const props: AnnotationProperties = { file: error.file };
  if (error.line !== undefined) props.startLine = error.line;
  return props;
}

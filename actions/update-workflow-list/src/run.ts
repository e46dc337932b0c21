/**
 * Keeps `on.workflow_run.workflows` of the auto-heal workflow equal to the workflows of the
 * repository it should watch. Reads files only: no GitHub API, no token.
 */
import path from 'node:path';
import { globMatcher } from '@autoheal/core/config/globs';
import { readConfigFile } from '@autoheal/core/config/loader';
import { ConfigurationError, ConfigurationErrors, errorMessage } from '@autoheal/core/errors';
import { readRunnerContext } from '@autoheal/core/runner-context';
import type { Env, Logger, ResultSink } from '@autoheal/core/runtime';
import { createSanitizer, type Sanitizer } from '@autoheal/core/text/sanitize';
import type { Inputs } from './inputs.js';
import { applyEdit, editList } from './list-edit.js';
import { type ListLocation, locateList } from './list-site.js';
import { type LeftOut, type ListEntry, selectWorkflows } from './select-workflows.js';
import { type Outcome, renderSummary } from './summary.js';
import {
  isWorkflowProblem,
  readWorkflowInfo,
  type WorkflowInfo,
  type WorkflowProblem,
} from './workflow-info.js';
import { workflowParserProblems } from './workflow-parser.js';
import type { WorkspaceFiles } from './workspace-files.js';
import { renderScalar } from './yaml-scalar.js';

export interface RunDeps {
  log: Logger;
  sink: ResultSink;
  env: Env;
  files: WorkspaceFiles;
}

export interface RunResult {
  outcome: Outcome;
  /** The workflow file, as annotations name it. */
  file: string;
  /** What the list should hold, sorted by name. */
  entries: ListEntry[];
  /** Patterns the list lacks, and patterns it has but should not (each in list order). */
  missing: string[];
  extra: string[];
  /** True when the file was rewritten (write mode only). */
  written: boolean;
  leftOut: LeftOut[];
  unreadable: WorkflowProblem[];
}

const WORKFLOW_FILE = /\.ya?ml$/;

/** A path for annotations: from the workspace root when the checkout is inside it (the runner resolves them from there). */
function annotationPath(inputs: Inputs, env: Env, relative: string): string {
  const { workspace } = readRunnerContext(env);
  if (!workspace) return relative;
  const fromWorkspace = path.relative(path.resolve(workspace), path.join(inputs.workingDirectory, relative));
  if (fromWorkspace.startsWith('..') || path.isAbsolute(fromWorkspace)) return relative;
  return fromWorkspace.split(path.sep).join('/');
}

async function readTarget(inputs: Inputs, files: WorkspaceFiles): Promise<string> {
  const file = path.join(inputs.workingDirectory, inputs.workflowFile);
  let text: string | undefined;
  try {
    text = await files.readText(file);
  } catch (error) {
    throw new ConfigurationError(
      `Input "workflow-file": cannot read ${inputs.workflowFile} in ${inputs.workingDirectory}: ${errorMessage(error)}.`,
    );
  }
  if (text === undefined)
    throw new ConfigurationError(
      `Input "workflow-file": ${inputs.workflowFile} does not exist in ${inputs.workingDirectory}; name the workflow ` +
        'that runs autoheal on `workflow_run` (by default .github/workflows/auto-heal.yml), relative to working-directory.',
    );
  return text;
}

/** Every workflow file's name and triggers; files that cannot be read are reported and skipped. */
async function readWorkflows(
  inputs: Inputs,
  deps: RunDeps,
  target: string,
): Promise<{ workflows: WorkflowInfo[]; unreadable: WorkflowProblem[] }> {
  const dir = path.join(inputs.workingDirectory, inputs.workflowsDir);
  const names = await deps.files.listFiles(dir);
  if (names === undefined)
    throw new ConfigurationError(
      `Input "workflows-dir": ${inputs.workflowsDir} is not a folder in ${inputs.workingDirectory}; ` +
        'give the folder of the workflow files (by default .github/workflows), relative to working-directory.',
    );
  const workflows: WorkflowInfo[] = [];
  const unreadable: WorkflowProblem[] = [];
  // GitHub reads only the folder's own .yml/.yaml files, not subfolders. Sorted for stable reports.
  for (const name of names.filter((n) => WORKFLOW_FILE.test(n)).sort()) {
    const relative = path.posix.join(inputs.workflowsDir, name);
    let text: string | undefined;
    try {
      text = relative === inputs.workflowFile ? target : await deps.files.readText(path.join(dir, name));
    } catch (error) {
      unreadable.push({ file: relative, line: 1, message: `cannot read the file: ${errorMessage(error)}` });
      continue;
    }
    if (text === undefined) continue;
    const read = readWorkflowInfo(text, relative);
    if (isWorkflowProblem(read)) unreadable.push(read);
    else workflows.push(read);
  }
  return { workflows, unreadable };
}

/** Patterns of `a` that `b` lacks, each once, in `a`'s order. */
function lacking(a: readonly string[], b: readonly string[]): string[] {
  const have = new Set(b);
  return [...new Set(a)].filter((p) => !have.has(p));
}

/** Rewrites the list; the result must read back as exactly `patterns` and pass GitHub's parser. */
async function rewrite(
  text: string,
  location: ListLocation,
  patterns: string[],
  file: string,
): Promise<string> {
  const updated = applyEdit(text, editList(text, location, patterns));
  const readBack = locateList(updated, file).current;
  if (readBack.length !== patterns.length || readBack.some((p, i) => p !== patterns[i]))
    throw new Error(
      `the rewritten list of ${file} reads back as ${JSON.stringify(readBack)} instead of ${JSON.stringify(patterns)}; the file was not written`,
    );
  const problems = await workflowParserProblems(updated, file);
  if (problems.length === 0) return updated;
  const before = await workflowParserProblems(text, file);
  if (before.length > 0)
    throw new ConfigurationErrors(
      before.map(
        (p) =>
          new ConfigurationError(
            `${file}:${p.line}: GitHub's workflow parser rejects this workflow: ${p.message}. Fix it first; the list was not updated.`,
            { file, line: p.line },
          ),
      ),
    );
  throw new Error(
    `the rewritten ${file} fails GitHub's workflow parser (${problems.map((p) => `line ${p.line}: ${p.message}`).join('; ')}); the file was not written`,
  );
}

function outOfDateMessage(file: string, missing: string[], extra: string[], clean: Sanitizer): string {
  const show = (patterns: string[]) => patterns.map((p) => `\`${p}\``).join(', ');
  const parts = [
    missing.length > 0 ? `it lacks ${show(missing)}` : '',
    extra.length > 0
      ? `it lists ${show(extra)}, which ${extra.length === 1 ? 'is' : 'are'} not to be watched`
      : '',
  ].filter((p) => p !== '');
  return clean.log(
    `${file}: the list of workflows auto-heal watches (on.workflow_run.workflows) is out of date: ${parts.join('; ')}. ` +
      'Run update-workflow-list with `mode: write` to fix it, or edit the list by hand.',
  );
}

/**
 * A listed workflow whose entry also matches the auto-heal workflow's own name makes auto-heal
 * watch itself (a run of it would start another). It stays listed, since it is a workflow to watch,
 * but the maintainer is told to rename one of the two.
 */
function warnNamedLikeTarget(
  entries: ListEntry[],
  workflows: WorkflowInfo[],
  inputs: Inputs,
  deps: RunDeps,
): void {
  const target = workflows.find((w) => w.file === inputs.workflowFile);
  if (target === undefined) return;
  const clean = createSanitizer();
  for (const entry of entries) {
    const matchesTarget =
      globMatcher([entry.pattern])(target.name) || entry.name.toLowerCase() === target.name.toLowerCase();
    if (!matchesTarget) continue;
    for (const other of entry.files)
      deps.log.warning(
        clean.log(
          `${other} is named "${entry.name}", and its entry \`${entry.pattern}\` in the list also matches the auto-heal workflow ${inputs.workflowFile} ("${target.name}") itself, so auto-heal would run after its own runs. Rename one of the two workflows.`,
        ),
        { file: annotationPath(inputs, deps.env, other), startLine: 1 },
      );
  }
}

export async function run(inputs: Inputs, deps: RunDeps): Promise<RunResult> {
  const { log, sink, env } = deps;
  const clean = createSanitizer();
  const file = annotationPath(inputs, env, inputs.workflowFile);
  const config = await readConfigFile(
    { readFile: (p) => deps.files.readText(path.join(inputs.workingDirectory, p)) },
    inputs.configFile,
  );
  const text = await readTarget(inputs, deps.files);
  const location = locateList(text, file);
  const { workflows, unreadable } = await readWorkflows(inputs, deps, text);
  for (const problem of unreadable)
    log.warning(clean.log(`${problem.file} was left out of the list: ${problem.message}`), {
      file: annotationPath(inputs, env, problem.file),
      startLine: problem.line,
    });
  const { entries, leftOut } = selectWorkflows(workflows, {
    targetFile: inputs.workflowFile,
    config: config.workflows,
    exclude: inputs.exclude,
  });
  warnNamedLikeTarget(entries, workflows, inputs, deps);
  const patterns = entries.map((e) => e.pattern);
  // With nothing to watch the list is kept as it is, so nothing is missing from it or extra in it.
  const missing = patterns.length === 0 ? [] : lacking(patterns, location.current);
  const extra = patterns.length === 0 ? [] : lacking(location.current, patterns);
  const outOfDate = missing.length > 0 || extra.length > 0;

  let outcome: Outcome;
  let written = false;
  if (patterns.length === 0) {
    // An empty list would watch nothing; keeping the old one at least keeps the workflow valid.
    outcome = 'nothing to watch';
    log.warning(
      `${file}: no workflow is left to watch, so the list was left as it is (an empty list would watch nothing). ` +
        `Add a workflow to ${inputs.workflowsDir}, or check workflows.watch and workflows.exclude in ${inputs.configFile} and the exclude input.`,
      { file, startLine: location.line },
    );
  } else if (!outOfDate) {
    outcome = 'up to date';
  } else if (inputs.mode === 'check') {
    outcome = 'out of date';
  } else {
    const updated = await rewrite(text, location, patterns, file);
    try {
      await deps.files.writeText(path.join(inputs.workingDirectory, inputs.workflowFile), updated);
    } catch (error) {
      throw new ConfigurationError(
        `${file}: could not write the updated list: ${errorMessage(error)}. The file was left unchanged; check that the checkout is writable.`,
        { file },
      );
    }
    written = true;
    outcome = 'updated';
  }

  log.info(clean.log(`${file}: ${outcome}; watching ${patterns.length} workflow(s): ${patterns.join(', ')}`));
  sink.setOutput('workflows', JSON.stringify(patterns));
  sink.setOutput('workflows-yaml', patterns.map((p) => `- ${renderScalar(p, 'block')}`).join('\n'));
  sink.setOutput('count', String(patterns.length));
  sink.setOutput('changed', String(outcome === 'updated' || outcome === 'out of date'));
  sink.setOutput('missing', JSON.stringify(missing));
  sink.setOutput('extra', JSON.stringify(extra));
  sink.setOutput('file', inputs.workflowFile);
  sink.appendSummary(renderSummary({ file, outcome, entries, missing, extra, leftOut, unreadable }, clean));

  if (outcome === 'out of date')
    throw new ConfigurationError(outOfDateMessage(file, missing, extra, clean), {
      file,
      line: location.line,
    });
  return { outcome, file, entries, missing, extra, written, leftOut, unreadable };
}

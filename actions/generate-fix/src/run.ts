/**
 * The action, as a pure function of its inputs and injected edges. Three modes:
 *
 * - `full`: find the failure, compute its fix, deliver it (one job, a token that may write).
 * - `compute`: find and compute only, with a read-only token; write the fix file for the apply
 *   job (and, for a lint fix, say which commit and command the job runs next).
 * - `apply`: check the fix file against GitHub (the issue's trusted marker, the base branch) and
 *   deliver it.
 *
 * Delivery is a draft pull request for a patch, a suggested diff on the issue when only a person
 * can make the change (or the token may not push it), and for failures with no mechanical fix the
 * hand-off to Copilot's coding agent or one comment saying how to enable it. Outputs and the job
 * summary are written on every path, including skips and errors.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { OperationBudget } from '@autoheal/core/budget';
import { globMatcher } from '@autoheal/core/config/globs';
import type { AutohealConfig } from '@autoheal/core/config/schema';
import { BudgetExhaustedError, ConfigurationError } from '@autoheal/core/errors';
import type { FileChange, FixResult, RepoFiles, WorkflowValidator } from '@autoheal/core/fixes/types';
import { unifiedDiff } from '@autoheal/core/fixes/unified-diff';
import type { GitHubClient } from '@autoheal/core/github-client';
import { describeGitHubError } from '@autoheal/core/github-errors';
import { loadRepoConfig } from '@autoheal/core/repo-config';
import type { ActionDeps } from '@autoheal/core/run-main';
import type { ActionContext, RepoRef } from '@autoheal/core/runner-context';
import type { Sanitizer } from '@autoheal/core/text/sanitize';
import { computeFix, contentsReaders, failingCommitFiles, githubWorkflowValidator } from './compute.js';
import { type DeliverDeps, type Delivery, deliverPatch } from './deliver.js';
import {
  FIX_FILE_NAME,
  type FixDocument,
  fixDocument,
  LIMITS,
  readFixFile,
  writeFixFile,
} from './fix-file.js';
import { eventRunIds, untrustedRunReason } from './fork-gate.js';
import { fixGate, hasWriteAccess, type Trigger, triggerGate } from './gate.js';
import { readBase } from './git-commit.js';
import type { ActionInputs } from './inputs.js';
import { handOff, type IssueDelivery, type IssueDeliveryDeps, suggestOnIssue } from './issue-delivery.js';
import { lintChanges } from './lint-apply.js';
import { resolveSubject, type SubjectDeps } from './subject.js';
import { renderSummary, type SummaryFacts } from './summary.js';
import { issueAuthors, trustedAuthors } from './trusted.js';
import type { Result, Subject } from './types.js';

export interface RunDeps extends ActionDeps {
  github: GitHubClient;
  /** A client with `copilot-token`; absent when none was given. */
  copilot?: GitHubClient;
  budget: OperationBudget;
  sanitizer: Sanitizer;
  context: ActionContext;
  /** GitHub's workflow parser by default. */
  validateWorkflow?: WorkflowValidator;
}

export interface RunOutcome {
  result: Result;
  headline: string;
  subject?: Subject;
  fix?: FixResult;
  fixFile?: string;
  patchFile?: string;
  branch?: string;
  pull?: { number: number; url: string; draft: boolean };
  lintCommand?: string;
  checkoutSha?: string;
  apiCalls: number;
}

/** What every path reports into: the outcome (outputs) and the summary's facts. */
interface Report {
  deps: RunDeps;
  outcome: RunOutcome;
  facts: SummaryFacts;
}

/** Everything known once the trigger passed and the config is read. */
interface Work extends Report {
  inputs: ActionInputs;
  repo: RepoRef;
  config: AutohealConfig;
  trusted: string[];
  baseBranch: string;
  trigger: Trigger;
  dir: string;
  contentsAt: (sha: string) => RepoFiles;
  /** Whether a run's head commit is this repository's own, by run id (one read each). */
  ownRuns: Map<number, Promise<boolean>>;
  /** The token's classic OAuth scopes, when GitHub lists them. */
  oauthScopes?: string[];
}

function fixFacts(fix: FixResult): SummaryFacts['fix'] {
  if (fix.kind === 'none') return { kind: 'none', title: fix.reason };
  return { kind: fix.kind, fixType: fix.fixType, title: fix.title };
}

function finish(w: Report, result: Result, headline: string, extra: Partial<SummaryFacts> = {}): RunOutcome {
  w.outcome.result = result;
  w.outcome.headline = headline;
  w.facts.result = result;
  w.facts.headline = headline;
  Object.assign(w.facts, extra);
  if (extra.branch) w.outcome.branch = extra.branch;
  if (extra.pull) w.outcome.pull = extra.pull;
  const log = w.deps.log;
  log.notice(w.deps.sanitizer.log(headline, 4000));
  // A dry run shows the change it would have made in the log too, not only in the summary.
  if (result === 'dry-run' && w.facts.diff)
    log.info(w.deps.sanitizer.log(`The diff:\n${w.facts.diff}`, 60_000));
  return w.outcome;
}

function fromDelivery(w: Work, d: Delivery | IssueDelivery): RunOutcome {
  const extra: Partial<SummaryFacts> = { done: d.done };
  if ('notes' in d) {
    extra.notes = d.notes;
    if (d.branch) extra.branch = d.branch;
    if (d.pull) extra.pull = d.pull;
    if (d.diff) extra.diff = d.diff;
  }
  return finish(w, d.result, d.headline, extra);
}

async function writePatchFile(w: Work, diff: string): Promise<void> {
  if (diff.trim() === '') return;
  await mkdir(w.dir, { recursive: true });
  const file = path.join(w.dir, 'fix.patch');
  await writeFile(file, diff);
  w.outcome.patchFile = file;
  w.facts.diff = diff;
}

function diffOf(fix: FixResult): string {
  if (fix.kind === 'patch') return unifiedDiff(fix.changes);
  if (fix.kind === 'suggestion') return fix.diff;
  return '';
}

function deliverDeps(w: Work): DeliverDeps {
  return {
    github: w.deps.github,
    ...(w.deps.copilot ? { copilot: w.deps.copilot } : {}),
    repo: w.repo,
    log: w.deps.log,
    clock: w.deps.clock,
    budget: w.deps.budget,
    sanitizer: w.deps.sanitizer,
    trusted: w.trusted,
    config: w.config,
    inputs: w.inputs,
    baseBranch: w.baseBranch,
    contentsAt: w.contentsAt,
    ...(w.oauthScopes ? { oauthScopes: w.oauthScopes } : {}),
  };
}

function issueDeps(w: Work): IssueDeliveryDeps {
  return { ...deliverDeps(w), dryRun: w.inputs.dryRun };
}

/** Whether the run's commit is this repository's own (a fork's code never runs a lint command here). */
function runFromThisRepository(w: Work, runId: number): Promise<boolean> {
  let known = w.ownRuns.get(runId);
  if (!known) {
    known = w.deps.github.rest.actions
      .getWorkflowRun({ ...w.repo, run_id: runId })
      .then(({ data }) => isOwnRepository(data.head_repository?.full_name, w.repo));
    w.ownRuns.set(runId, known);
  }
  return known;
}

/**
 * Core's fix, and the one rule core cannot know: a dependency read from the log of a commit that
 * is not this repository's own (a fork's) is never pushed, only suggested — the log's author
 * chose the name. Every mode computes through here, so compute and apply agree on the kind.
 */
async function computeFor(
  w: Work,
  subject: Subject,
  files: RepoFiles,
  validate: WorkflowValidator,
): Promise<FixResult> {
  const fix = await computeFix(subject, files, w.config, validate);
  if (fix.kind !== 'patch' || fix.fixType !== 'missing_dependency') return fix;
  if (await runFromThisRepository(w, subject.run.id)) return fix;
  return {
    kind: 'suggestion',
    fixType: 'missing_dependency',
    title: `Verify the package name, then: ${fix.title}`,
    explanation:
      `The failing commit does not come from this repository (a fork's), so the dependency its log names is not ` +
      `pushed: verify the package name first — whoever wrote the code chose it. ${fix.explanation}`,
    diff: unifiedDiff(fix.changes),
  };
}

/** A run's head repository is this one (compared as GitHub compares names: without case). */
export function isOwnRepository(headRepository: string | null | undefined, repo: RepoRef): boolean {
  return (
    typeof headRepository === 'string' &&
    headRepository.toLowerCase() === `${repo.owner}/${repo.repo}`.toLowerCase()
  );
}

function subjectDeps(w: Work): SubjectDeps {
  return {
    github: w.deps.github,
    repo: w.repo,
    trusted: issueAuthors(w.inputs.trustedAuthors),
    issueLabel: w.config.labels.base,
    tempDir: w.deps.context.tempDir ?? os.tmpdir(),
    log: w.deps.log,
  };
}

async function computeMode(w: Work): Promise<RunOutcome> {
  const { inputs, deps } = w;
  const found = await resolveSubject(subjectDeps(w), inputs, w.trigger.issueNumber);
  if ('skip' in found) return finish(w, 'skipped', `Nothing done: ${found.skip}.`);
  const subject = found.subject;
  w.outcome.subject = subject;
  w.facts.subject = subject;
  const refused = await untrustedRunReason(deps.github, w.repo, deps.context.event, [subject.run.id]);
  if (refused) return finish(w, 'skipped', refused);
  const validate = deps.validateWorkflow ?? githubWorkflowValidator;
  const files = failingCommitFiles(w.contentsAt, subject, {
    ...(inputs.checkoutPath === undefined ? {} : { path: inputs.checkoutPath }),
    ...(deps.context.workspace === undefined ? {} : { workspace: deps.context.workspace }),
  });
  const fix = await computeFor(w, subject, files, validate);
  w.outcome.fix = fix;
  w.facts.fix = fixFacts(fix);
  await writePatchFile(w, diffOf(fix));
  const gate = fixGate(subject, fix, w.config, inputs);

  if (inputs.mode === 'compute') {
    let checkoutSha: string | undefined;
    if (fix.kind === 'command' && gate === undefined) {
      if (await runFromThisRepository(w, subject.run.id)) {
        checkoutSha = subject.run.headSha;
        w.outcome.lintCommand = fix.command;
        w.outcome.checkoutSha = checkoutSha;
      } else w.facts.notes.push('The failing commit comes from a fork: the lint command is not run on it.');
    }
    const file = await writeFixFile(
      w.dir,
      fixDocument(`${w.repo.owner}/${w.repo.repo}`, subject, fix, checkoutSha),
    );
    w.outcome.fixFile = file;
    const what =
      fix.kind === 'none'
        ? `no mechanical fix (${fix.reason})`
        : `a ${fix.kind} (${fix.fixType}): ${fix.title}`;
    return finish(
      w,
      'computed',
      `Computed ${what}${gate ? `; it will not be delivered: ${gate}` : ''}. The fix file is ${FIX_FILE_NAME} for the apply job.`,
    );
  }

  if (gate !== undefined) return finish(w, 'skipped', `Not delivered: ${gate}.`);
  if (fix.kind === 'command')
    return finish(
      w,
      'skipped',
      `Not delivered: the ${fix.fixType} fix runs \`${fix.command}\` on a checkout of the failing commit, which this action never does in a job that can write; use mode: compute in an unprivileged job, the command in a job of its own, and mode: apply in the privileged one (see the auto-heal workflow template).`,
    );
  return deliverComputed(w, subject, fix, validate);
}

/** A fix computed in this run (never one read from a file) delivered: a pull request, a suggestion or the hand-off. */
async function deliverComputed(
  w: Work,
  subject: Subject,
  fix: Exclude<FixResult, { kind: 'command' }>,
  validate: WorkflowValidator,
): Promise<RunOutcome> {
  switch (fix.kind) {
    case 'patch':
      return fromDelivery(
        w,
        await deliverPatch(deliverDeps(w), {
          subject,
          change: fix,
          changes: fix.changes,
          recompute: async (baseFiles) => {
            const again = await computeFor(w, subject, baseFiles, validate);
            if (again.kind === 'patch') return { change: again, changes: again.changes };
            return again.kind === 'none' ? again.reason : `it is now a ${again.kind}, not a patch`;
          },
        }),
      );
    case 'suggestion':
      return fromDelivery(
        w,
        await suggestOnIssue(issueDeps(w), subject, {
          title: fix.title,
          explanation: fix.explanation,
          diff: fix.diff,
          why: 'This change needs a decision or a setting only a maintainer can make, so it is suggested here rather than opened as a pull request.',
          tokenHint: false,
        }),
      );
    case 'none':
      return fromDelivery(w, await handOff(issueDeps(w), subject, fix.reason));
  }
}

/**
 * Why the fix file (or the compute job's fix-kind output) disagrees with the fix computed again
 * from GitHub, if it does. The file crossed from a job that ran no privilege; it is compared, never
 * used: a tampered file stops the run before any write.
 */
export function disagreement(
  doc: FixDocument,
  expectedKind: string | undefined,
  subject: Subject,
  fix: FixResult,
  issueNumber: number,
): string | undefined {
  if (doc.subject.fingerprint !== subject.fingerprint)
    return `the fix file is for failure ${doc.subject.fingerprint}, but issue #${issueNumber} is about failure ${subject.fingerprint}`;
  if (expectedKind !== fix.kind)
    return `the compute job reported a fix of kind "${expectedKind ?? ''}" (its fix-kind output), but computed again from GitHub it is a ${fix.kind}`;
  const filed = doc.fix;
  if (filed.kind !== fix.kind)
    return `the fix file holds a ${filed.kind}, but computed again from GitHub the fix is a ${fix.kind}`;
  if (filed.kind === 'patch' && fix.kind === 'patch') {
    const key = (changes: readonly FileChange[]) =>
      JSON.stringify([...changes].sort((a, b) => a.path.localeCompare(b.path)).map((c) => [c.path, c.after]));
    if (filed.fixType !== fix.fixType || key(filed.changes) !== key(fix.changes))
      return `the fix file's patch (${filed.changes.map((c) => c.path).join(', ')}) is not the fix computed again from GitHub (${fix.changes.map((c) => c.path).join(', ')})`;
  }
  if (filed.kind === 'suggestion' && fix.kind === 'suggestion' && filed.diff !== fix.diff)
    return "the fix file's suggested diff is not the one computed again from GitHub";
  // The reason is what Copilot's coding agent is told: text from the file never reaches it.
  if (filed.kind === 'none' && fix.kind === 'none' && filed.reason !== fix.reason)
    return "the fix file's reason for having no mechanical fix is not the one computed again from GitHub";
  if (filed.kind === 'command' && fix.kind === 'command' && filed.command !== fix.command)
    return 'the fix file names a command other than fixes.lint-command of the autoheal config';
  return undefined;
}

/**
 * The privileged step. Nothing it acts on comes from the fix file: the failure is derived again
 * from the issue's trusted marker and the run's jobs, logs and annotations (run facts included),
 * and the fix is computed again through the contents API. The file and the compute job's fix-kind
 * output must agree with that, else the run stops before any write. Only a lint fix takes
 * something from the artifact: its diff, checked against fixes.lint-paths and the size cap.
 */
async function applyMode(w: Work): Promise<RunOutcome> {
  const { inputs, deps } = w;
  const issueNumber = w.trigger.issueNumber;
  if (issueNumber === undefined)
    throw new ConfigurationError(
      'Input "issue-number" is required with mode: apply: the fix is derived again from the issue’s trusted marker before anything is written.',
    );
  const { doc, lint } = await readFixFile(inputs.fixFile!, `${w.repo.owner}/${w.repo.repo}`);
  const found = await resolveSubject(subjectDeps(w), {}, issueNumber);
  if ('skip' in found) return finish(w, 'skipped', `Nothing done: ${found.skip}.`);
  const subject = found.subject;
  w.outcome.subject = subject;
  w.facts.subject = subject;
  // The run is the one the issue's marker names, read from the API: a fork's or a non-writer's gets no fix.
  const untrusted = await untrustedRunReason(deps.github, w.repo, deps.context.event, [subject.run.id]);
  if (untrusted) return finish(w, 'skipped', untrusted);
  const validate = deps.validateWorkflow ?? githubWorkflowValidator;
  const fix = await computeFor(w, subject, w.contentsAt(subject.run.headSha), validate);
  w.outcome.fix = fix;
  w.facts.fix = fixFacts(fix);
  const refused = disagreement(doc, inputs.expectedFixKind, subject, fix, issueNumber);
  if (refused !== undefined)
    return finish(
      w,
      'skipped',
      `Refused: ${refused}. Nothing was written: the artifact may have been altered by the code that ran before it was uploaded.`,
    );
  await writePatchFile(w, diffOf(fix));
  const gate = fixGate(subject, fix, w.config, inputs);
  if (gate !== undefined) return finish(w, 'skipped', `Not delivered: ${gate}.`);

  if (fix.kind !== 'command') return deliverComputed(w, subject, fix, validate);
  if (!lint)
    return finish(
      w,
      'skipped',
      'Not delivered: there is no lint.diff beside the fix file; the lint job did not run the command (a fork’s commit, or the command failed).',
    );
  const base = await readBase(deps.github, w.repo, w.baseBranch);
  const got = await lintChanges(
    w.contentsAt(base.sha),
    lint,
    LIMITS.diffBytes,
    globMatcher(w.config.fixes.lintPaths),
  );
  if (!got.ok) return finish(w, 'skipped', `Not delivered: ${got.problem}.`);
  await writePatchFile(w, unifiedDiff(got.changes));
  return fromDelivery(
    w,
    await deliverPatch(deliverDeps(w), {
      subject,
      change: {
        fixType: fix.fixType,
        title: fix.title,
        explanation: fix.explanation,
        complete: true,
        verify: fix.verify,
        notes: fix.notes,
      },
      changes: got.changes,
    }),
  );
}

function writeOutputs(deps: RunDeps, o: RunOutcome): void {
  const fix = o.fix;
  deps.sink.setOutput('result', o.result);
  deps.sink.setOutput('fix-kind', fix?.kind ?? '');
  deps.sink.setOutput('fix-type', fix && fix.kind !== 'none' ? fix.fixType : fix ? 'none' : '');
  deps.sink.setOutput('patch-file', o.patchFile ?? '');
  deps.sink.setOutput('fix-file', o.fixFile ?? '');
  deps.sink.setOutput('fingerprint', o.subject?.fingerprint ?? '');
  deps.sink.setOutput('pr-number', o.pull ? String(o.pull.number) : '');
  deps.sink.setOutput('pr-url', o.pull?.url ?? '');
  deps.sink.setOutput('lint-command', o.lintCommand ?? '');
  deps.sink.setOutput('checkout-sha', o.checkoutSha ?? '');
}

export async function run(inputs: ActionInputs, deps: RunDeps): Promise<RunOutcome> {
  let apiCalls = 0;
  const count = () => {
    apiCalls += 1;
  };
  deps.github.hook.before('request', count);
  deps.copilot?.hook.before('request', count);
  const outcome: RunOutcome = { result: 'skipped', headline: '', apiCalls: 0 };
  const facts: SummaryFacts = {
    result: 'skipped',
    headline: '',
    mode: inputs.mode,
    done: [],
    notes: [],
    apiCalls: 0,
    budget: { limit: deps.budget.limit, used: 0, undone: [] },
  };
  const repo = deps.context.repository;
  const report: Report = { deps, outcome, facts };
  try {
    const trigger = triggerGate(deps.context.event, inputs);
    if ('skip' in trigger) {
      deps.log.info(`Skipped: ${trigger.skip}.`);
      outcome.result = 'skipped';
      outcome.headline = facts.headline = `Nothing done: ${trigger.skip}.`;
      return outcome;
    }
    // Before any config or subject: a fork's (or a non-writer's) run never gets a fix.
    const refusedEarly = await untrustedRunReason(
      deps.github,
      repo,
      deps.context.event,
      eventRunIds(deps.context.event, inputs.runId),
    );
    if (refusedEarly) return finish(report, 'skipped', refusedEarly);
    const { data: repository, headers } = await deps.github.rest.repos.get({ ...repo });
    const scopes = headers['x-oauth-scopes'];
    const config = await loadRepoConfig(deps.github, repo, inputs.configFile);
    if (!config.enabled)
      return finish(
        report,
        'skipped',
        `Nothing done: autoheal is turned off for this repository (enabled: false in ${inputs.configFile}).`,
      );
    if (!config.fixes.enabled)
      return finish(
        report,
        'skipped',
        `Nothing done: fixes are turned off (fixes.enabled: false in ${inputs.configFile}).`,
      );
    if (trigger.labelledBy !== undefined && !(await hasWriteAccess(deps.github, repo, trigger.labelledBy)))
      return finish(
        report,
        'skipped',
        `Nothing done: the "${inputs.triggerLabel}" label was added by ${trigger.labelledBy || 'an unknown account'}, who has no write access; only maintainers can ask for a fix.`,
      );
    const w: Work = {
      ...report,
      inputs,
      repo,
      config,
      trusted: await trustedAuthors(deps.github, inputs.token, inputs.trustedAuthors),
      baseBranch: inputs.baseBranch ?? repository.default_branch,
      trigger,
      dir: path.join(deps.context.tempDir ?? os.tmpdir(), 'autoheal-fix'),
      contentsAt: contentsReaders(deps.github, repo),
      ownRuns: new Map(),
      ...(typeof scopes === 'string'
        ? {
            oauthScopes: scopes
              .split(',')
              .map((x) => x.trim())
              .filter((x) => x !== ''),
          }
        : {}),
    };
    return inputs.mode === 'apply' ? await applyMode(w) : await computeMode(w);
  } catch (error) {
    if (error instanceof BudgetExhaustedError) {
      // A limit the user set, not a failure: say what is left for the next run.
      const message = describeGitHubError(error).message;
      deps.log.warning(message);
      outcome.result = facts.result = 'skipped';
      outcome.headline = facts.headline = message;
      return outcome;
    }
    outcome.result = facts.result = 'failed';
    outcome.headline = facts.headline = `Failed: ${
      error instanceof ConfigurationError
        ? error.message
        : describeGitHubError(error, deps.clock.now()).message
    }`;
    throw error;
  } finally {
    outcome.apiCalls = facts.apiCalls = apiCalls;
    facts.budget = { limit: deps.budget.limit, used: deps.budget.used, undone: deps.budget.undone };
    writeOutputs(deps, outcome);
    deps.sink.appendSummary(renderSummary(deps.sanitizer, facts));
  }
}

/**
 * The action, as a pure function of its inputs and injected edges: decide whether the run is
 * ours to look at, read the repository's config, gather and judge the failure, then re-run it or
 * file it (or, for a green run, close its issues). Outputs and the job summary are written on
 * every path, including skips and errors.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { OperationBudget } from '@autoheal/core/budget';
import { clientTuning } from '@autoheal/core/client-tuning';
import { globMatcher } from '@autoheal/core/config/globs';
import { mergeConfig } from '@autoheal/core/config/merge';
import { compilePatterns } from '@autoheal/core/config/patterns';
import type { AutohealConfig } from '@autoheal/core/config/schema';
import { BudgetExhaustedError, ConfigurationError } from '@autoheal/core/errors';
import {
  closeResolved,
  type FileOutcome,
  fileFailure,
  type IssueDeps,
  type IssueRef,
  resolveTrustedAuthors,
} from '@autoheal/core/filing/issues';
import { judgeRun } from '@autoheal/core/filing/verdict';
import { greenSpeaksForBranch } from '@autoheal/core/fork-trust';
import type { GitHubClient } from '@autoheal/core/github-client';
import { describeGitHubError, isRequestError } from '@autoheal/core/github-errors';
import { ACTIONS_BOT } from '@autoheal/core/identity';
import type { ActionDeps } from '@autoheal/core/run-main';
import { readEventPayload, readRunnerContext } from '@autoheal/core/runner-context';
import { createSanitizer, type Sanitizer } from '@autoheal/core/text/sanitize';
import { commentOnForkPull, markForkPullGreen } from './fork-comment.js';
import { annotationLoader, gatherRun } from './gather.js';
import { type ActionInputs, configOverrides } from './inputs.js';
import { chooseWebhook, type FetchLike, notificationText, sendNotification } from './notify.js';
import { destinationOf, failureSection, greenSection, reportOnPulls } from './pr-comment.js';
import { decideRerun, rerunFailedJobs } from './rerun.js';
import { annotateLocations, renderSummary, type SummaryReport } from './summary.js';
import { decideTrigger } from './trigger.js';
import type { ActionResult, GatheredRun, RunInfo, RunVerdict } from './types.js';
import { fixBranchFingerprint, refuteFix, type VerifyDeps, verifyFix } from './verify.js';

export interface RunDeps extends ActionDeps {
  github: GitHubClient;
  /** The budget the client was created with (its writes are counted there). */
  budget: OperationBudget;
  /** For the notification webhook; the global fetch by default. */
  fetch?: FetchLike;
  /** Where logs and the analysis file go; RUNNER_TEMP, else the system's temp folder. */
  tempDir?: string;
  /** Hides a secret from the log (`::add-mask::`); main.ts wires it. */
  mask?: (secret: string) => void;
  /** Tests: runs between the last recheck and creating an issue (see issues.ts). */
  beforeCreate?: () => Promise<void>;
}

export interface RunOutcome {
  result: ActionResult;
  reason?: string;
  run?: RunInfo;
  verdict?: RunVerdict;
  issue?: IssueRef;
  analysisFile?: string;
  apiCalls: number;
  done: string[];
}

import { loadRepoConfig } from '@autoheal/core/repo-config';

/** Why the run is outside what the config watches, or undefined when it is watched. */
export function unwatchedReason(
  config: AutohealConfig,
  run: RunInfo,
  configFile: string,
): string | undefined {
  const names = [run.workflowName, run.workflowPath];
  if (!names.some(globMatcher(config.workflows.watch)))
    return `The workflow "${run.workflowName}" (${run.workflowPath}) is not watched: it matches no glob of workflows.watch in ${configFile}.`;
  if (config.workflows.exclude.length > 0 && names.some(globMatcher(config.workflows.exclude)))
    return `The workflow "${run.workflowName}" (${run.workflowPath}) is excluded by workflows.exclude in ${configFile}.`;
  // A run without a branch (a tag push, say) is judged by its workflow alone.
  if (run.headBranch !== null) {
    if (!globMatcher(config.branches.include)(run.headBranch))
      return `The branch "${run.headBranch}" is not watched: it matches no glob of branches.include in ${configFile}.`;
    if (config.branches.exclude.length > 0 && globMatcher(config.branches.exclude)(run.headBranch))
      return `The branch "${run.headBranch}" is excluded by branches.exclude in ${configFile}.`;
  }
  return undefined;
}

function uniqueLabels(lists: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of lists.flat()) {
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out;
}

/**
 * A summary sentence as plain text for the log: links become their text and the character
 * references of inline escaping their characters (the log is not markdown; the runner escapes
 * what it must, and the sanitizer already broke mentions and workflow commands).
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/&#x([0-9A-Fa-f]{1,6});/g, (_m, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(
      /&(lt|gt|quot|amp);/g,
      (_m, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[name] ?? '',
    );
}

/** The analysis JSON: the verdict and every analyzed job's findings, secrets redacted. */
async function writeAnalysis(
  s: Sanitizer,
  dir: string,
  gathered: GatheredRun,
  verdict: RunVerdict,
): Promise<string> {
  const run = gathered.run;
  const file = path.join(dir, `autoheal-analysis-${run.id}-${run.attempt}.json`);
  const document = {
    schemaVersion: 1,
    run,
    verdict: {
      category: verdict.category,
      confidence: verdict.confidence,
      fingerprint: verdict.fingerprint,
      keyLine: verdict.keyLine,
      primaryJob: verdict.primary.job.id,
    },
    jobs: verdict.jobs.map((j) => ({
      id: j.job.id,
      name: j.job.name,
      htmlUrl: j.job.htmlUrl,
      conclusion: j.job.conclusion,
      failedSteps: j.job.failedSteps,
      logStatus: j.job.logStatus,
      ...(j.job.logProblem === undefined ? {} : { logProblem: j.job.logProblem }),
      annotations: j.job.annotations,
      fingerprint: j.fingerprint,
      analysis: j.analysis,
    })),
    skippedJobs: gathered.skippedJobs,
    ...(gathered.baseline ? { baseline: gathered.baseline } : {}),
  };
  // Log lines may hold secrets the runner did not mask; the file may be uploaded as an artifact.
  const json = JSON.stringify(
    document,
    (_key, value: unknown) => (typeof value === 'string' ? s.redact(value) : value),
    2,
  );
  await writeFile(file, `${json}\n`);
  return file;
}

/** Waits in seconds, shortened by the test-only AUTOHEAL_WAIT_SCALE_MS knob like the client's own waits. */
function scaledPause(deps: RunDeps): (seconds: number) => Promise<void> {
  const msPerSecond = clientTuning(deps.env).waitScaleMs ?? 1000;
  return (seconds) => deps.clock.sleep(seconds * msPerSecond);
}

/** The fingerprint of a failure as one fork's: 16 hex digits, as every fingerprint, never equal to ours. */
export function forkFingerprint(fingerprint: string, headRepository: string | undefined): string {
  return createHash('sha256')
    .update(`fork\0${(headRepository ?? '').toLowerCase()}\0${fingerprint}`)
    .digest('hex')
    .slice(0, 16);
}

/** The label every issue about a fork's run carries instead of the base label. */
export function forkLabel(base: string): string {
  return `${base}:fork`;
}

/**
 * A fork's failing run, by the `forks` input: one comment on its pull request, nothing, or an
 * issue. Never a re-run (that would run the fork's code again with our token's blessing), never
 * a reopen, never a notification. An issue names the branch with its fork (`owner/name:branch`),
 * so no branch of this repository ever matches it.
 */
async function fileForkFailure(
  inputs: ActionInputs,
  runInfo: RunInfo,
  verdict: RunVerdict,
  gathered: GatheredRun,
  config: AutohealConfig,
  d: IssueDeps,
): Promise<FileOutcome> {
  switch (inputs.forks) {
    case 'none':
      return { result: 'skipped', done: ['Wrote nothing: a fork’s run, and the forks input is `none`.'] };
    case 'comment':
      return commentOnForkPull(d, runInfo, verdict);
    case 'issue': {
      const qualified: RunInfo = {
        ...runInfo,
        headBranch: `${runInfo.headRepository ?? 'unknown-fork'}:${runInfo.headBranch ?? ''}`,
      };
      const filed = await fileFailure(d, {
        run: qualified,
        gathered: { ...gathered, run: qualified },
        // Its own fingerprint: a fork's run never comments on, counts on or re-labels our issues.
        verdict: { ...verdict, fingerprint: forkFingerprint(verdict.fingerprint, runInfo.headRepository) },
        // A label of their own: our issue lists (dedup, the hourly cap, closing) never see a fork's
        // issues, so a fork cannot spend the cap; its own issues have a cap of the same size.
        labels: {
          base: forkLabel(config.labels.base),
          categoryPrefix: config.labels.categoryPrefix,
          extra: uniqueLabels([config.labels.extra, inputs.labels]),
        },
        maxPerHour: config.issues.maxPerHour,
        // 0: a fork's run never reopens a closed issue.
        reopenDays: 0,
        minConfidence: config.issues.minConfidence,
      });
      // No webhook for a fork's failure, whatever was filed.
      const { notify: _dropped, ...rest } = filed;
      return rest;
    }
  }
}

export async function run(inputs: ActionInputs, deps: RunDeps): Promise<RunOutcome> {
  const { github, budget, log } = deps;
  const context = readRunnerContext(deps.env);
  const secrets = [inputs.token, ...(inputs.slackWebhookUrl ? [inputs.slackWebhookUrl] : [])];
  let sanitizer = createSanitizer({ secrets });
  let apiCalls = 0;
  github.hook.before('request', () => {
    apiCalls += 1;
  });

  const report: SummaryReport = {
    result: 'skipped',
    dryRun: inputs.dryRun,
    done: [],
    apiCalls: 0,
    budget: { limit: budget.limit, used: 0, undone: [] },
  };
  const outcome: RunOutcome = { result: 'skipped', apiCalls: 0, done: [] };
  const skip = (reason: string) => {
    report.reason = reason;
    outcome.reason = reason;
    log.notice(reason);
  };
  const apply = (fo: FileOutcome) => {
    report.result = fo.result;
    outcome.result = fo.result;
    report.done = [...report.done, ...fo.done];
    if (fo.notFiled) report.notFiled = fo.notFiled;
    if (fo.issue) {
      report.issue = fo.issue;
      outcome.issue = fo.issue;
    }
  };
  let workDir: string | undefined;

  try {
    const target = inputs.repository ?? context.repository;
    if (!target)
      throw new ConfigurationError(
        'GITHUB_REPOSITORY is not set, so the repository is unknown; give the "repository" input as owner/name (with "run-id").',
      );
    const payload = await readEventPayload(context.eventPath);
    const decision = await decideTrigger(github, {
      eventName: context.eventName,
      payload,
      ...(inputs.runId === undefined ? {} : { runId: inputs.runId }),
      ...(inputs.runAttempt === undefined ? {} : { runAttempt: inputs.runAttempt }),
      owner: target.owner,
      repo: target.repo,
      ...(context.selfWorkflowPath === undefined ? {} : { selfWorkflowPath: context.selfWorkflowPath }),
      log,
    });
    if (decision.run) {
      report.run = decision.run;
      outcome.run = decision.run;
    }
    if (decision.kind === 'skip') {
      skip(decision.reason);
      return outcome;
    }
    const runInfo = decision.run;
    // A fork's run is analysis only: its green closes nothing (a fork's branch named like ours is not ours).
    const fromFork = runInfo.forkReason !== undefined;
    if (fromFork && decision.kind === 'success') {
      skip('The run succeeded, but it ran a fork’s code: a fork’s run closes and reopens nothing.');
      if (inputs.forks === 'comment') {
        const green = await markForkPullGreen(
          {
            github,
            owner: runInfo.owner,
            repo: runInfo.repo,
            log,
            sanitizer,
            budget,
            dryRun: inputs.dryRun,
            trusted: await resolveTrustedAuthors(github, inputs.token, inputs.trustedAuthors),
          },
          runInfo,
        );
        if (green.result !== 'skipped') apply(green);
      }
      return outcome;
    }
    if (decision.kind === 'success' && !greenSpeaksForBranch(runInfo.event || undefined)) {
      skip(
        `The run succeeded, but it ran for ${runInfo.event || 'an unnamed event'}, which anyone may start and which may test a pull request’s code: its green closes nothing.`,
      );
      return outcome;
    }
    const config = mergeConfig(
      await loadRepoConfig(github, runInfo, inputs.configFile),
      configOverrides(inputs),
    );
    if (!config.enabled) {
      skip(`autoheal is turned off for this repository (enabled: false in ${inputs.configFile}).`);
      return outcome;
    }
    const unwatched = unwatchedReason(config, runInfo, inputs.configFile);
    if (unwatched) {
      skip(unwatched);
      return outcome;
    }
    const webhook = chooseWebhook(inputs.slackWebhookUrl, config.notify.slackWebhookEnv, deps.env);
    if (webhook.url && webhook.url !== inputs.slackWebhookUrl) {
      deps.mask?.(webhook.url);
      sanitizer = createSanitizer({ secrets: [...secrets, webhook.url] });
    }
    if (webhook.problem) log.warning(webhook.problem);

    const issueDeps = async (): Promise<IssueDeps> => ({
      github,
      owner: runInfo.owner,
      repo: runInfo.repo,
      log,
      clock: deps.clock,
      budget,
      sanitizer,
      dryRun: inputs.dryRun,
      trusted: await resolveTrustedAuthors(github, inputs.token, inputs.trustedAuthors),
      ...(deps.beforeCreate ? { beforeCreate: deps.beforeCreate } : {}),
      pause: scaledPause(deps),
    });

    // A fix branch's run proves or disproves the fix on its pull request, and is never filed (verify.ts).
    const fixBranch = fixBranchFingerprint(runInfo.headBranch) !== undefined;
    const verifyDeps = async (): Promise<VerifyDeps> => {
      const d = await issueDeps();
      return {
        ...d,
        fixAuthors: inputs.fixAuthors ?? [...new Set([...d.trusted, ACTIONS_BOT])],
        readyWhenVerified: config.fixes.readyWhenVerified,
        watched: (w) => unwatchedReason(config, { ...runInfo, ...w }, inputs.configFile) === undefined,
      };
    };
    if (fixBranch && decision.kind === 'success') {
      apply(await verifyFix(await verifyDeps(), runInfo));
      if (outcome.result === 'skipped') outcome.reason = report.done[0];
      return outcome;
    }

    const destination = destinationOf(config.issues.scope, runInfo);
    if (decision.kind === 'success') {
      // The pull request's comment says the workflow is green again (only where one was posted).
      if (destination === 'pr-comment') {
        const said = await reportOnPulls(await issueDeps(), runInfo, destination, {
          markdown: greenSection(sanitizer, runInfo),
          green: true,
        });
        report.done = [...report.done, ...said.done];
        if (said.result !== 'skipped') {
          report.result = said.result;
          outcome.result = said.result;
        }
      }
      if (!config.issues.closeOnSuccess) {
        skip('The run succeeded; close-on-success is off, so its issues stay open.');
        return outcome;
      }
      const closed = await closeResolved(await issueDeps(), {
        run: runInfo,
        baseLabel: config.labels.base,
        reopenDays: config.issues.reopenDays,
        forgetDays: config.branches.forgetDays,
      });
      // A green run that only corrected a PR comment keeps that as its result.
      if (closed.result === 'skipped' && outcome.result !== 'skipped')
        report.done = [...report.done, ...closed.done];
      else apply(closed);
      if (report.result === 'skipped' && !report.notFiled) outcome.reason = report.done[0];
      return outcome;
    }

    workDir = await mkdtemp(path.join(deps.tempDir ?? context.tempDir ?? os.tmpdir(), 'autoheal-logs-'));
    const gathered = await gatherRun(github, runInfo, {
      maxJobs: inputs.maxJobs,
      tempDir: workDir,
      log,
      pause: scaledPause(deps),
      annotations: 'deferred',
      now: () => deps.clock.now(),
    });
    report.gathered = gathered;
    const verdict = await judgeRun(gathered, {
      userRules: compilePatterns(config.patterns),
      loadAnnotations: annotationLoader(github, runInfo, log),
    });
    report.verdict = verdict;
    outcome.verdict = verdict;
    deps.sink.setOutput('category', verdict.category);
    deps.sink.setOutput('confidence', verdict.confidence.toFixed(2));
    deps.sink.setOutput('fingerprint', verdict.fingerprint);
    const analysisFile = await writeAnalysis(
      sanitizer,
      deps.tempDir ?? context.tempDir ?? os.tmpdir(),
      gathered,
      verdict,
    );
    report.analysisFile = analysisFile;
    outcome.analysisFile = analysisFile;
    deps.sink.setOutput('analysis-file', analysisFile);
    annotateLocations(sanitizer, verdict, log);

    if (fromFork) {
      apply(await fileForkFailure(inputs, runInfo, verdict, gathered, config, await issueDeps()));
      return outcome;
    }

    const rerun = decideRerun(verdict, runInfo, config.reruns);
    if (config.reruns.categories.includes(verdict.category)) report.rerun = rerun.reason;
    if (rerun.rerun) {
      if (inputs.dryRun) {
        apply({ result: 'dry-run', done: ['Would re-run the failed jobs instead of filing an issue.'] });
        return outcome;
      }
      if (!budget.canAfford(1)) {
        budget.skip('re-run the failed jobs');
        apply({ result: 'skipped', done: [], notFiled: 'Not re-run: the operations budget is spent.' });
        return outcome;
      }
      try {
        await rerunFailedJobs(github, runInfo);
        apply({
          result: 'rerun',
          done: ['Re-ran the failed jobs. If they fail again, the next run of autoheal files the issue.'],
        });
        log.notice(rerun.reason);
        return outcome;
      } catch (error) {
        if (!isRequestError(error)) throw error;
        // Filing is still worth doing when the re-run is refused (no actions: write, say).
        const described = describeGitHubError(error, deps.clock.now()).message;
        log.warning(`Could not re-run the failed jobs: ${described} Filing the issue instead.`);
        report.rerun = `${rerun.reason} The re-run was refused (${described}), so the issue is filed instead.`;
      }
    }

    if (fixBranch) {
      apply(await refuteFix(await verifyDeps(), runInfo, failureSection(sanitizer, runInfo, verdict)));
      return outcome;
    }

    if (destination !== 'issue') {
      apply(
        await reportOnPulls(await issueDeps(), runInfo, destination, {
          markdown: failureSection(sanitizer, runInfo, verdict),
          green: false,
        }),
      );
      return outcome;
    }

    const labelExtra = uniqueLabels([config.labels.extra, inputs.labels]);
    const filed = await fileFailure(await issueDeps(), {
      run: runInfo,
      gathered,
      verdict,
      labels: { base: config.labels.base, categoryPrefix: config.labels.categoryPrefix, extra: labelExtra },
      maxPerHour: config.issues.maxPerHour,
      reopenDays: config.issues.reopenDays,
      minConfidence: config.issues.minConfidence,
    });
    apply(filed);
    if (filed.notFiled) log.warning(plainText(filed.notFiled));

    if (filed.notify && filed.issue && config.notify.on.includes(filed.notify) && webhook.url) {
      const text = notificationText(
        sanitizer,
        filed.notify,
        { ...filed.issue, title: filed.title ?? '' },
        runInfo,
      );
      if (inputs.dryRun) report.done = [...report.done, `Would notify ${webhook.source}.`];
      else {
        const sent = await sendNotification(webhook.url, text, {
          fetch: deps.fetch ?? (globalThis.fetch as FetchLike),
          log,
        });
        report.done = [
          ...report.done,
          sent
            ? `Notified ${webhook.source}.`
            : `The notification to ${webhook.source} failed (see the warning); the issue is filed.`,
        ];
      }
    }
    return outcome;
  } catch (error) {
    if (error instanceof BudgetExhaustedError) {
      // A limit the user set, not a failure: say what is left for the next run.
      const message = describeGitHubError(error).message;
      log.warning(message);
      report.error = message;
      report.result = 'skipped';
      outcome.result = 'skipped';
      return outcome;
    }
    report.error =
      error instanceof ConfigurationError
        ? error.message
        : describeGitHubError(error, deps.clock.now()).message;
    throw error;
  } finally {
    if (workDir) await rm(workDir, { recursive: true, force: true }).catch(() => undefined);
    report.apiCalls = apiCalls;
    report.budget = { limit: budget.limit, used: budget.used, undone: budget.undone };
    outcome.apiCalls = apiCalls;
    outcome.done = [...report.done];
    deps.sink.setOutput('result', report.result);
    // For the workflow's own `if:` on jobs that write: a fork's run (or an outsider's) is analysis only.
    deps.sink.setOutput('analysis-only', report.run?.forkReason !== undefined ? 'true' : 'false');
    if (report.issue) {
      deps.sink.setOutput('issue-number', String(report.issue.number));
      deps.sink.setOutput('issue-url', report.issue.url);
    }
    deps.sink.appendSummary(renderSummary(sanitizer, report));
  }
}

/**
 * `timeout`: raise the `timeout-minutes` of the job or step that ran out of time, changing only the
 * digits of that value.
 */
import { isScalar, type Node, type YAMLMap } from 'yaml';
import { type FixContext, type FixResult, noFix } from './types.js';
import { failingStepName, loadJob } from './workflow-context.js';
import { jobRunners, mayHave, ownValue, scalarText } from './workflow-model.js';
import { replaceScalar, scalarSource } from './yaml-edit.js';

/** The runner's default and, on GitHub-hosted runners, the most a job may run. */
export const DEFAULT_JOB_TIMEOUT_MINUTES = 360;

export function raisedTimeout(old: number, factor: number, cap: number): number {
  return Math.min(cap, Math.ceil(old * factor));
}

interface Limit {
  minutes: number;
  /** The digits' place in the file. */
  edit: (text: string, minutes: number) => string;
}

/** The literal whole-number `timeout-minutes` of a mapping, or why there is none to raise. */
function literalTimeout(text: string, map: YAMLMap, what: string): Limit | string | undefined {
  const node = ownValue(map, 'timeout-minutes');
  if (node === undefined) {
    return mayHave(map, 'timeout-minutes')
      ? `the timeout-minutes of ${what} comes from an alias or merge key shared with other parts of the file`
      : undefined;
  }
  if (!isScalar(node)) return `the timeout-minutes of ${what} is not a single value`;
  const source = scalarSource(text, node);
  const m = /^(['"]?)(\d+)\1$/.exec(source);
  if (!m) {
    const written = scalarText(node as Node) ?? source;
    return `the timeout-minutes of ${what} is "${written}", not a whole number written in the file`;
  }
  const quote = m[1]!;
  return {
    minutes: Number(m[2]),
    edit: (t, minutes) => replaceScalar(t, node, `${quote}${minutes}${quote}`),
  };
}

export async function fixTimeout(ctx: FixContext): Promise<FixResult> {
  const loaded = await loadJob(ctx);
  if (!loaded.ok) return noFix(loaded.reason);
  const { workflow, job } = loaded.value;
  const text = workflow.text;
  const facts = ctx.finding.facts ?? {};
  const stepName = failingStepName(ctx);
  const stepFound = stepName !== undefined ? workflow.findStep(job, stepName) : undefined;
  const step = stepFound?.ok ? stepFound.value : undefined;

  const jobLimit = literalTimeout(text, job.map, `job "${job.id}"`);
  const stepLimit = step ? literalTimeout(text, step, `step "${stepName}"`) : undefined;
  // Which limit was hit: the runner's message says; otherwise the step's own limit if the log's
  // minutes are that step's, else the job's.
  let level: 'job' | 'step';
  if (ctx.finding.rule === 'runner.step-timeout') level = 'step';
  else if (ctx.finding.rule === 'runner.job-timeout') level = 'job';
  else
    level =
      typeof stepLimit === 'object' &&
      facts.timeoutMinutes !== undefined &&
      stepLimit.minutes === facts.timeoutMinutes
        ? 'step'
        : 'job';

  if (level === 'step' && !step)
    return noFix(stepFound?.ok === false ? stepFound.reason : 'the step that timed out is not known');
  const limit = level === 'step' ? stepLimit : jobLimit;
  const what = level === 'step' ? `step "${stepName}"` : `job "${job.id}"`;
  if (typeof limit === 'string') return noFix(limit);
  if (limit === undefined) {
    return noFix(
      level === 'job'
        ? `job "${job.id}" sets no timeout-minutes, so it ran to the runner's default of ${DEFAULT_JOB_TIMEOUT_MINUTES} minutes, the most a GitHub-hosted job may run: there is no limit to raise`
        : `step "${stepName}" sets no timeout-minutes of its own`,
    );
  }
  if (facts.timeoutMinutes !== undefined && facts.timeoutMinutes !== limit.minutes) {
    return noFix(
      `the log says ${what} stopped after ${facts.timeoutMinutes} minutes but the file sets ${limit.minutes}: the file has changed since the run`,
    );
  }

  let cap = ctx.config.timeoutMaxMinutes;
  const capWhy: string[] = [];
  const runners = jobRunners(workflow, job);
  // GitHub-hosted runners stop any job at 6 hours; a higher limit would change nothing.
  if (runners.ok && runners.value.every((r) => r.hosted) && cap > DEFAULT_JOB_TIMEOUT_MINUTES) {
    cap = DEFAULT_JOB_TIMEOUT_MINUTES;
    capWhy.push('GitHub-hosted runners stop every job at 360 minutes');
  }
  // A step cannot run longer than its job.
  if (level === 'step' && typeof jobLimit === 'object' && jobLimit.minutes < cap) {
    cap = jobLimit.minutes;
    capWhy.push(`job "${job.id}" itself stops at ${jobLimit.minutes} minutes`);
  }
  const raised = raisedTimeout(limit.minutes, ctx.config.timeoutFactor, cap);
  if (raised <= limit.minutes) {
    return noFix(
      `${what} already allows ${limit.minutes} minutes, the most allowed (${[`fixes.timeout.maxMinutes is ${ctx.config.timeoutMaxMinutes}`, ...capWhy].join('; ')})`,
    );
  }
  const after = limit.edit(text, raised);
  return {
    kind: 'patch',
    fixType: 'timeout',
    title: `Raise the timeout of ${what} from ${limit.minutes} to ${raised} minutes`,
    explanation:
      `${what} in ${workflow.path} stopped when it reached its limit of ${limit.minutes} minutes. ` +
      `This raises \`timeout-minutes\` to ${raised} (× ${ctx.config.timeoutFactor}, rounded up, at most ${cap}).`,
    changes: [{ path: workflow.path, before: text, after }],
    complete: true,
    verify: `The workflow's next run of ${what} finishes within ${raised} minutes.`,
    notes: [
      'A timeout can also be a hang: if this job usually finishes well within the old limit, look for a step waiting on input or a stuck service instead.',
    ],
  };
}

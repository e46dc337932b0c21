/** The workflow, job and step a fix is about, read from the repository and checked to exist. */
import type { YAMLMap } from 'yaml';
import type { FixContext } from './types.js';
import { type Found, type Job, Workflow } from './workflow-model.js';

export interface JobContext {
  workflow: Workflow;
  job: Job;
}

export interface StepContext extends JobContext {
  step: YAMLMap;
  stepName: string;
}

/** The failing step's name: the caller's, else the finding's. */
export function failingStepName(ctx: FixContext): string | undefined {
  const name = ctx.stepName ?? ctx.finding.step ?? ctx.finding.facts?.step;
  // The analyzer's stand-in for output outside any step names no step.
  return name === '(job)' ? undefined : name;
}

export async function loadJob(ctx: FixContext): Promise<Found<JobContext>> {
  if (ctx.workflowPath === undefined)
    return { ok: false, reason: 'the workflow file of the run is not known' };
  const text = await ctx.files.read(ctx.workflowPath);
  if (text === undefined) return { ok: false, reason: `${ctx.workflowPath} is not in the repository` };
  const workflow = Workflow.parse(text, ctx.workflowPath);
  if (!workflow.ok) return workflow;
  const job = workflow.value.findJob(ctx.jobName);
  if (!job.ok) return job;
  return { ok: true, value: { workflow: workflow.value, job: job.value } };
}

export async function loadStep(ctx: FixContext): Promise<Found<StepContext>> {
  const loaded = await loadJob(ctx);
  if (!loaded.ok) return loaded;
  const stepName = failingStepName(ctx);
  const step = loaded.value.workflow.findStep(loaded.value.job, stepName);
  if (!step.ok) return step;
  return { ok: true, value: { ...loaded.value, step: step.value, stepName: stepName! } };
}

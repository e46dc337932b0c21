/** Runs for the health tests, written the way a reader checks them by hand. */
import type { HealthRun } from '../../src/health/runs.js';

let nextId = 1;

export interface RunSpec {
  workflow?: string;
  workflowId?: number;
  branch?: string;
  sha?: string;
  /** `success`, `failure`, `cancelled`, `timed_out`, … or `in_progress`. */
  conclusion: string;
  /** ISO time the run was created (and started, unless `startedAt`). */
  at: string;
  /** Minutes from start to end. */
  minutes?: number;
  startedAt?: string;
  attempt?: number;
  actor?: string;
  id?: number;
}

const WORKFLOW_IDS: Record<string, number> = { CI: 1, Lint: 2, Docs: 3, Deploy: 4, E2E: 5 };

export function run(spec: RunSpec): HealthRun {
  const workflow = spec.workflow ?? 'CI';
  const created = Date.parse(spec.at);
  const started = spec.startedAt ? Date.parse(spec.startedAt) : created;
  const pending = spec.conclusion === 'in_progress';
  const id = spec.id ?? nextId++;
  return {
    id,
    workflowId: spec.workflowId ?? WORKFLOW_IDS[workflow] ?? 99,
    workflow,
    path: `.github/workflows/${workflow.toLowerCase()}.yml`,
    branch: spec.branch ?? 'main',
    headSha: spec.sha ?? `sha-${id}`,
    event: 'push',
    attempt: spec.attempt ?? 1,
    status: pending ? 'in_progress' : 'completed',
    conclusion: pending ? null : spec.conclusion,
    createdAt: created,
    startedAt: started,
    updatedAt: started + (spec.minutes ?? 0) * 60_000,
    triggeringActor: spec.actor ?? 'octocat',
  };
}

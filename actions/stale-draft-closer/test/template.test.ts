/** The copy-in workflow template: it passes the template checks and fits the action it calls. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readActionMetadata } from '@autoheal/testkit/harness/action-metadata';
import { evaluateTemplate } from '@autoheal/testkit/harness/expressions';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkWorkflowText } from '../../../scripts/src/templates/check-workflow.js';
import { parseInputs } from '../src/inputs.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const actionDir = path.resolve(here, '..');
const file = 'workflows-templates/full/stale-drafts.yml';
const templatePath = path.resolve(here, '../../..', file);

interface Step {
  uses?: string;
  with?: Record<string, string | number | boolean>;
}
interface Workflow {
  on: {
    schedule?: Array<{ cron: string }>;
    workflow_dispatch?: { inputs?: Record<string, { default?: unknown }> };
  };
  permissions: Record<string, string>;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, { permissions: Record<string, string>; steps: Step[] }>;
}

async function template(): Promise<{ workflow: Workflow; step: Step }> {
  const workflow = parse(await readFile(templatePath, 'utf8')) as Workflow;
  const [job] = Object.values(workflow.jobs);
  const step = job!.steps.find((s) => s.uses?.startsWith('autoheal/autoheal/actions/stale-draft-closer@'))!;
  return { workflow, step };
}

describe('workflows-templates/full/stale-drafts.yml', () => {
  it('passes GitHub’s parser, actionlint and the security rules', async () => {
    expect(await checkWorkflowText(await readFile(templatePath, 'utf8'), file)).toEqual([]);
  }, 60_000);

  it('runs on a schedule and by hand, one run at a time, with least privilege', async () => {
    const { workflow } = await template();
    expect(workflow.on.schedule).toHaveLength(1);
    expect(workflow.on.workflow_dispatch?.inputs?.['dry-run']?.default).toBe(true);
    expect(workflow.permissions).toEqual({});
    expect(workflow.concurrency).toEqual({ group: 'autoheal-stale-drafts', 'cancel-in-progress': false });
    const [job] = Object.values(workflow.jobs);
    expect(job!.permissions).toEqual({ contents: 'read', issues: 'write', 'pull-requests': 'write' });
  });

  it('passes only inputs the action declares, each of a value the action accepts', async () => {
    const { step } = await template();
    const metadata = await readActionMetadata(actionDir);
    expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
    for (const name of Object.keys(step.with ?? {})) expect(Object.keys(metadata.inputs)).toContain(name);
    const env = Object.fromEntries(
      Object.entries(step.with ?? {})
        .filter(([name]) => name !== 'dry-run')
        .map(([name, value]) => [`INPUT_${name.toUpperCase()}`, String(value)]),
    );
    expect(() => parseInputs({ ...env, INPUT_TOKEN: 'ghs_x' })).not.toThrow();
  });

  it('acts on a schedule and follows the checkbox on a manual run', async () => {
    const { step } = await template();
    const dryRun = String(step.with!['dry-run']);
    const value = (eventName: string, inputs: Record<string, unknown>) =>
      evaluateTemplate(dryRun, { github: { event_name: eventName }, inputs });
    expect(value('schedule', {})).toBe('false');
    expect(value('workflow_dispatch', { 'dry-run': true })).toBe('true');
    expect(value('workflow_dispatch', { 'dry-run': false })).toBe('false');
    for (const [event, inputs] of [
      ['schedule', {}],
      ['workflow_dispatch', { 'dry-run': true }],
    ] as const)
      expect(
        parseInputs({ INPUT_TOKEN: 'ghs_x', 'INPUT_DRY-RUN': value(event, inputs), GITHUB_EVENT_NAME: event })
          .dryRun,
      ).toBe(event === 'workflow_dispatch');
  });
});

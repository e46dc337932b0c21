/** The copy-in workflow template: it passes the template checks and fits the action it calls. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readActionMetadata } from '@autoheal/testkit/harness/action-metadata';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkWorkflowText } from '../../../scripts/src/templates/check-workflow.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const actionDir = path.resolve(here, '..');
const file = 'workflows-templates/full/issue-to-draft-pr.yml';
const templatePath = path.resolve(here, '../../..', file);

interface Step {
  uses?: string;
  with?: Record<string, string>;
}
interface Workflow {
  on: Record<string, { types?: string[]; inputs?: Record<string, unknown> }>;
  permissions: Record<string, string>;
  concurrency: { group: string };
  jobs: Record<string, { if?: string; permissions: Record<string, string>; steps: Step[] }>;
}

describe('workflows-templates/full/issue-to-draft-pr.yml', () => {
  it('passes GitHub’s parser, actionlint and the security rules', async () => {
    expect(await checkWorkflowText(await readFile(templatePath, 'utf8'), file)).toEqual([]);
  }, 60_000);

  it('triggers as the action expects and grants only what it needs', async () => {
    const workflow = parse(await readFile(templatePath, 'utf8')) as Workflow;
    expect(workflow.on.issues?.types).toEqual(['opened', 'labeled']);
    expect(Object.keys(workflow.on.workflow_dispatch?.inputs ?? {})).toEqual(['issue-number']);
    expect(workflow.permissions).toEqual({});
    expect(workflow.concurrency.group).toContain('github.event.issue.number || inputs.issue-number');
    const [job] = Object.values(workflow.jobs);
    expect(job!.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', issues: 'write' });
  });

  it('passes only inputs the action declares, and filters on the label it is given', async () => {
    const workflow = parse(await readFile(templatePath, 'utf8')) as Workflow;
    const metadata = await readActionMetadata(actionDir);
    const [job] = Object.values(workflow.jobs);
    const step = job!.steps.find((s) => s.uses?.startsWith('autoheal/autoheal/actions/issue-to-draft-pr@'))!;
    expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
    for (const name of Object.keys(step.with ?? {})) expect(Object.keys(metadata.inputs)).toContain(name);
    const label = step.with!['trigger-label']!;
    expect(job!.if).toContain(`github.event.label.name == '${label}'`);
    expect(job!.if).toContain(`contains(github.event.issue.labels.*.name, '${label}')`);
  });
});

/**
 * The auto-heal workflow (the copy-in template and autoheal's own dogfooding copy): it passes the
 * template checks, only the apply job can write, and every step passes inputs its action declares.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readActionMetadata } from '@autoheal/testkit/harness/action-metadata';
import { describe, expect, it } from 'vitest';
import { checkWorkflowText } from '../../../scripts/src/templates/check-workflow.js';
import { WorkflowDocument } from '../../../scripts/src/templates/workflow-document.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const FILES = ['workflows-templates/auto-heal.yml', '.github/workflows/auto-heal.yml'] as const;

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string | boolean>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  permissions: Record<string, string>;
  outputs?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, { types?: string[]; inputs?: Record<string, unknown>; workflows?: string[] }>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

async function load(file: string): Promise<{ text: string; workflow: Workflow }> {
  const text = await readFile(path.join(root, file), 'utf8');
  // Read with the template checker's own YAML reader (this package has no YAML dependency of its own).
  return { text, workflow: new WorkflowDocument(text, file).root?.toJSON() as Workflow };
}

const generateFix = (uses: string | undefined) =>
  uses === './actions/generate-fix' ||
  /^autoheal\/autoheal\/actions\/generate-fix@[0-9a-f]{40}$/.test(uses ?? '');

describe.each(FILES)('%s', (file) => {
  it('passes GitHub’s parser, actionlint and the security rules', async () => {
    const { text } = await load(file);
    expect(await checkWorkflowText(text, file)).toEqual([]);
  }, 60_000);

  it('triggers on failed runs, the autoheal:fix label and by hand with an issue number and force', async () => {
    const { workflow } = await load(file);
    expect(workflow.on.workflow_run?.types).toEqual(['completed']);
    expect(workflow.on.issues?.types).toEqual(['labeled']);
    expect(Object.keys(workflow.on.workflow_dispatch?.inputs ?? {})).toEqual([
      'run-id',
      'issue-number',
      'force',
      'dry-run',
    ]);
    expect(workflow.jobs.fix!.if).toContain("github.event.label.name == 'autoheal:fix'");
  });

  it('grants write access to the apply job alone, and secrets only there', async () => {
    const { workflow } = await load(file);
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.fix!.permissions).toEqual({
      actions: 'read',
      checks: 'read',
      contents: 'read',
      issues: 'read',
    });
    expect(workflow.jobs.lint!.permissions).toEqual({ contents: 'read' });
    expect(JSON.stringify(workflow.jobs.lint)).not.toContain('secrets.');
    expect(workflow.jobs.apply!.permissions).toEqual({
      actions: 'read',
      checks: 'read',
      contents: 'write',
      'pull-requests': 'write',
      issues: 'write',
    });
    const fixJob = JSON.stringify(workflow.jobs.fix);
    expect(fixJob).not.toContain('secrets.');
    const compute = workflow.jobs.fix!.steps.find((s) => generateFix(s.uses))!;
    expect(compute.with).toMatchObject({ mode: 'compute' });
    expect(compute.with!.token).toBeUndefined();
    const apply = workflow.jobs.apply!.steps.find((s) => generateFix(s.uses))!;
    expect(apply.with).toMatchObject({
      mode: 'apply',
      token: '${{ secrets.AUTOHEAL_FIX_TOKEN || github.token }}',
      // A job output of the job that runs no repository code, never read from an artifact.
      'expected-fix-kind': '${{ needs.fix.outputs.fix-kind }}',
    });
    // The issue the apply job checks the fix against never comes from the unprivileged job.
    expect(apply.with!['issue-number']).not.toContain('needs.fix');
    expect(workflow.jobs.apply!.needs).toEqual(['analyze', 'fix', 'lint']);
  });

  it('runs the lint command in a job of its own, on the commit the fix job names, handing on only the diff', async () => {
    const { workflow } = await load(file);
    // The fix job, whose fix-kind output the apply job trusts, runs no repository code.
    expect(workflow.jobs.fix!.steps.some((s) => s.run !== undefined || s.with?.ref !== undefined)).toBe(
      false,
    );
    const job = workflow.jobs.lint!;
    expect(job.needs).toBe('fix');
    expect(job.if).toContain("needs.fix.outputs.checkout-sha != ''");
    const checkout = job.steps.find((s) => s.with?.ref !== undefined)!;
    expect(checkout.with).toEqual({
      ref: '${{ needs.fix.outputs.checkout-sha }}',
      path: 'autoheal-checkout',
      'persist-credentials': false,
    });
    const lint = job.steps.find((s) => s.run?.includes('LINT_COMMAND'))!;
    expect(lint.env?.LINT_COMMAND).toBe('${{ needs.fix.outputs.lint-command }}');
    expect(lint.run).not.toContain('${{');
    expect(lint.run).toContain('lint.diff');
    const upload = job.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    expect(upload.with).toMatchObject({
      name: 'autoheal-lint',
      path: '${{ runner.temp }}/autoheal-lint/lint.diff',
    });
    // The apply job takes the lint diff first, so the fix job's fix.json is the one beside it.
    const downloads = workflow.jobs.apply!.steps.filter((s) =>
      s.uses?.startsWith('actions/download-artifact@'),
    );
    expect(downloads.map((s) => s.with!.name)).toEqual(['autoheal-lint', 'autoheal-fix']);
  });

  it('pins the artifact actions to full commit SHAs with their release', async () => {
    const { text } = await load(file);
    const uses = [...text.matchAll(/uses: (actions\/(?:upload|download)-artifact@\S+(?: # \S+)?)/g)].map(
      (m) => m[1],
    );
    expect(new Set(uses)).toEqual(
      new Set([
        'actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2',
        'actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093 # v4.3.0',
      ]),
    );
  });

  it('passes each autoheal action only inputs it declares, and hands on what the next job reads', async () => {
    const { workflow } = await load(file);
    const metadata = {
      'analyze-failure': await readActionMetadata(path.join(root, 'actions/analyze-failure')),
      'generate-fix': await readActionMetadata(path.join(root, 'actions/generate-fix')),
    };
    for (const job of Object.values(workflow.jobs))
      for (const step of job.steps) {
        const name = /actions\/(analyze-failure|generate-fix)/.exec(step.uses ?? '')?.[1] as
          | keyof typeof metadata
          | undefined;
        if (!name) continue;
        for (const input of Object.keys(step.with ?? {}))
          expect(Object.keys(metadata[name].inputs), `${name}: ${input}`).toContain(input);
      }
    for (const output of ['fix-kind', 'fix-file', 'checkout-sha', 'lint-command'])
      expect(Object.keys(metadata['generate-fix'].outputs)).toContain(output);
    expect(workflow.jobs.fix!.outputs).toEqual({
      'fix-kind': '${{ steps.compute.outputs.fix-kind }}',
      'checkout-sha': '${{ steps.compute.outputs.checkout-sha }}',
      'lint-command': '${{ steps.compute.outputs.lint-command }}',
    });
    // The artifact the apply job downloads is the folder the compute step writes fix.json into.
    const upload = workflow.jobs.fix!.steps.find((s) => s.with?.name === 'autoheal-fix')!;
    expect(upload.with!.path).toBe('${{ runner.temp }}/autoheal-fix/');
  });
});

describe('the dogfooding copy', () => {
  it('differs from the template only in using this repository’s actions from a default-branch checkout', async () => {
    const template = (await load(FILES[0])).workflow;
    const own = (await load(FILES[1])).workflow;
    expect(own.on).toEqual(template.on);
    for (const [id, job] of Object.entries(template.jobs)) {
      const mine = own.jobs[id]!;
      expect(mine.if).toEqual(job.if);
      expect(Object.keys(mine.permissions)).toEqual(Object.keys(job.permissions));
      const local = mine.steps.filter((s) => s.uses?.startsWith('./actions/'));
      const remote = job.steps.filter((s) => s.uses?.startsWith('autoheal/autoheal/actions/'));
      expect(local.map((s) => s.uses!.slice(2))).toEqual(
        remote.map((s) => s.uses!.replace(/^autoheal\/autoheal\//, '').replace(/@.*$/, '')),
      );
      expect(local.map((s) => s.with)).toEqual(remote.map((s) => s.with));
      expect(mine.steps[0]!.uses).toMatch(/^actions\/checkout@/);
    }
  });
});

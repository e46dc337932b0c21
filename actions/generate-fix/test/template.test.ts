/**
 * The auto-heal workflow (the copy-in template and the reusable heal.yml that callers, autoheal's
 * own dogfooding included, call): it passes the template checks, only the apply job can write, and
 * every step passes inputs its action declares.
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
const FILES = ['workflows-templates/full/auto-heal.yml', '.github/workflows/heal.yml'] as const;
const CALLERS = ['workflows-templates/auto-heal.yml', '.github/workflows/auto-heal.yml'] as const;
/** The copy-in file reads the repository's secrets; the reusable one the secrets its caller passes. */
const SECRETS: Record<string, Record<string, string>> = {
  [FILES[0]]: { fix: 'AUTOHEAL_FIX_TOKEN', copilot: 'AUTOHEAL_COPILOT_TOKEN', marker: 'AUTOHEAL_MARKER_KEY' },
  [FILES[1]]: { fix: 'fix-token', copilot: 'copilot-token', marker: 'marker-key' },
};

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
  uses?: string;
  with?: Record<string, string>;
  secrets?: Record<string, string> | string;
  needs?: string | string[];
  permissions: Record<string, string>;
  outputs?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<
    string,
    {
      types?: string[];
      inputs?: Record<string, unknown>;
      secrets?: Record<string, unknown>;
      outputs?: Record<string, unknown>;
      workflows?: string[];
    }
  >;
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
    const inputs = ['run-id', 'issue-number', 'force', 'dry-run'];
    if (file === FILES[0]) {
      expect(workflow.on.workflow_run?.types).toEqual(['completed']);
      expect(workflow.on.issues?.types).toEqual(['labeled']);
    } else {
      // The reusable workflow takes the caller's event; the call carries the manual run's inputs.
      expect(Object.keys(workflow.on)).toEqual(['workflow_call', 'workflow_dispatch']);
      expect(Object.keys(workflow.on.workflow_call?.inputs ?? {})).toEqual(inputs);
      expect(Object.keys(workflow.on.workflow_call?.secrets ?? {})).toEqual([
        'fix-token',
        'copilot-token',
        'marker-key',
        'webhook-url',
      ]);
      expect(Object.keys(workflow.on.workflow_call?.outputs ?? {})).toEqual([
        'issue-number',
        'fix-kind',
        'pr-url',
      ]);
    }
    expect(Object.keys(workflow.on.workflow_dispatch?.inputs ?? {})).toEqual(inputs);
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
      token: `\${{ secrets.${SECRETS[file]!.fix} || github.token }}`,
      'marker-key': `\${{ secrets.${SECRETS[file]!.marker} }}`,
      'copilot-token': `\${{ secrets.${SECRETS[file]!.copilot} }}`,
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

describe('the reusable heal.yml and its callers', () => {
  it('runs the same jobs as the copy-in file, with the secrets its caller passes', async () => {
    const full = (await load(FILES[0])).workflow;
    const reusable = (await load(FILES[1])).workflow;
    expect(Object.keys(reusable.jobs)).toEqual(Object.keys(full.jobs));
    const rename = (value: unknown) =>
      JSON.parse(
        JSON.stringify(value)
          .replaceAll('secrets.AUTOHEAL_FIX_TOKEN', 'secrets.fix-token')
          .replaceAll('secrets.AUTOHEAL_COPILOT_TOKEN', 'secrets.copilot-token')
          .replaceAll('secrets.AUTOHEAL_MARKER_KEY', 'secrets.marker-key'),
      ) as unknown;
    for (const [id, job] of Object.entries(full.jobs)) {
      const mine = reusable.jobs[id]!;
      // The fork gates and the token each job gets are the copy-in file's, unchanged.
      expect(mine.if, id).toEqual(job.if);
      expect(mine.needs, id).toEqual(job.needs);
      expect(mine.permissions, id).toEqual(job.permissions);
      const strip = (steps: Step[]) =>
        steps.map(({ with: w, ...rest }) => {
          const { 'slack-webhook-url': _, ...others } = w ?? {};
          const { id: _id, ...step } = rest as Step & { id?: string };
          return { ...step, with: others };
        });
      expect(strip(mine.steps), id).toEqual(rename(strip(job.steps)));
    }
    // The only secret-reading addition: the webhook, in the analyze job, which already holds the marker key.
    const analyze = reusable.jobs.analyze!.steps.find((s) => s.with?.['slack-webhook-url'] !== undefined)!;
    expect(analyze.with!['slack-webhook-url']).toBe('${{ secrets.webhook-url }}');
  });

  it.each(CALLERS)(
    '%s: triggers as the copy-in file, grants what heal.yml needs, passes secrets by name',
    async (file) => {
      const full = (await load(FILES[0])).workflow;
      const { text, workflow } = await load(file);
      expect(await checkWorkflowText(text, file)).toEqual([]);
      if (file === CALLERS[0]) expect(text.split('\n').length - 1).toBeLessThanOrEqual(30);
      expect(workflow.on.workflow_run).toEqual(full.on.workflow_run);
      expect(workflow.on.issues).toEqual(full.on.issues);
      expect(Object.keys(workflow.on.workflow_dispatch?.inputs ?? {})).toEqual(
        Object.keys(full.on.workflow_dispatch?.inputs ?? {}),
      );
      expect(workflow.permissions).toEqual({});
      const [call, ...others] = Object.values(workflow.jobs);
      expect(others).toEqual([]);
      expect(call!.uses).toMatch(
        file === CALLERS[0]
          ? /^autoheal\/autoheal\/\.github\/workflows\/heal\.yml@[0-9a-f]{40}$/
          : /^\.\/\.github\/workflows\/heal\.yml$/,
      );
      // Each scope at the most any job of heal.yml takes: the cap, never more.
      const reusable = (await load(FILES[1])).workflow;
      const most: Record<string, string> = {};
      for (const job of Object.values(reusable.jobs))
        for (const [scope, level] of Object.entries(job.permissions))
          if (most[scope] !== 'write') most[scope] = level;
      expect(call!.permissions).toEqual(most);
      expect(call!.secrets).toEqual({
        'fix-token': '${{ secrets.AUTOHEAL_FIX_TOKEN }}',
        'copilot-token': '${{ secrets.AUTOHEAL_COPILOT_TOKEN }}',
        'marker-key': '${{ secrets.AUTOHEAL_MARKER_KEY }}',
      });
    },
  );
});

/**
 * Check 5 on the repository's own callers and reusable workflows: a called workflow's jobs are
 * capped at what the caller's job grants, so a caller template that grants less than a reusable
 * workflow needs must fail the check, as must a call with inputs or secrets the workflow does not take.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../src/actions.js';
import { ownWorkflowPath, PLACEHOLDER_SHA } from '../src/release/published.js';
import { listTemplates } from '../src/templates/check-templates.js';
import { checkPlaceholderPins } from '../src/templates/placeholder-pins.js';
import { checkReusableCalls } from '../src/templates/reusable-calls.js';
import { WorkflowDocument } from '../src/templates/workflow-document.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'autoheal-reusable-calls-'));
  await mkdir(path.join(root, '.github'), { recursive: true });
  await cp(path.join(repoRoot, '.github', 'workflows'), path.join(root, '.github', 'workflows'), {
    recursive: true,
  });
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function caller(name: string): Promise<string> {
  return readFile(path.join(repoRoot, 'workflows-templates', name), 'utf8');
}

async function problems(text: string, file = 'workflows-templates/x.yml') {
  return (await checkReusableCalls(root, new WorkflowDocument(text, file))).map(
    (p) => `${p.line} ${p.rule}: ${p.message}`,
  );
}

/** The text with one edit that must apply, or the test proves nothing. */
function edited(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to);
  expect(out).not.toBe(text);
  return out;
}

describe('callers of our reusable workflows', () => {
  it('every caller template calls one of our reusable workflows and passes the check as written', async () => {
    const callers = (await listTemplates(repoRoot)).filter((n) => !n.includes('/'));
    expect(callers.sort()).toEqual([
      'auto-heal.yml',
      'health-check.yml',
      'issue-to-draft-pr.yml',
      'pr-review.yml',
      'stale-drafts.yml',
      'update-workflow-list.yml',
    ]);
    for (const name of callers) {
      const text = await caller(name);
      // Short enough to read in one screen: the trigger, the permissions, one call.
      expect(text.split('\n').length - 1, name).toBeLessThanOrEqual(30);
      const doc = new WorkflowDocument(text, name);
      const targets = doc.jobs().map((job) => ownWorkflowPath(doc.uses(job.map)?.value ?? ''));
      expect(targets.length, name).toBe(1);
      expect(targets[0], name).toMatch(/^\.github\/workflows\/[a-z-]+\.yml$/);
      expect(await problems(text), name).toEqual([]);
    }
  });

  it('fails a caller that grants less than a job of the called workflow needs, naming scope and job', async () => {
    const text = edited(await caller('pr-review.yml'), /\n\s+statuses: read[^\n]*/, '');
    expect(await problems(text)).toEqual([
      expect.stringMatching(
        /^18 caller-permissions: job `review` grants `statuses: none` but job `review` of `\.github\/workflows\/pr-review\.yml` needs `statuses: read`/,
      ),
    ]);
    const readOnly = edited(await caller('auto-heal.yml'), /contents: write/, 'contents: read');
    expect(await problems(readOnly)).toEqual([
      expect.stringMatching(
        /caller-permissions: .*`contents: read` but job `apply` .* needs `contents: write`/,
      ),
    ]);
  });

  it('accepts read-all or write-all only as far as they reach', async () => {
    const all = edited(
      await caller('health-check.yml'),
      /permissions:\n(\s+[a-z-]+: (read|write) #[^\n]*\n)+/,
      'permissions: read-all\n',
    );
    expect(await problems(all)).toEqual([
      expect.stringMatching(
        /caller-permissions: job `report` grants `issues: read` but .* needs `issues: write`/,
      ),
    ]);
  });

  it('fails undeclared inputs or secrets, a missing required secret, and a call to no workflow', async () => {
    const text = await caller('update-workflow-list.yml');
    expect(await problems(edited(text, 'fix-token:', 'workflows-token:'))).toEqual([
      expect.stringMatching(
        /reusable-call: job `update` passes `secrets\.workflows-token`, which .* does not declare/,
      ),
      expect.stringMatching(
        /reusable-call: job `update` does not pass `secrets\.fix-token`, which .* requires/,
      ),
    ]);
    expect(
      await problems(edited(await caller('health-check.yml'), "window-days: '", "windows-days: '")),
    ).toEqual([
      expect.stringMatching(
        /passes `with\.windows-days`, which `\.github\/workflows\/health-check\.yml` does not declare/,
      ),
    ]);
    expect(await problems(edited(text, 'update-workflow-list.yml@', 'update-workflows.yml@'))).toEqual([
      expect.stringMatching(/calls `\.github\/workflows\/update-workflows\.yml`, which does not exist/),
    ]);
    await writeFile(path.join(root, '.github', 'workflows', 'plain.yml'), 'on: push\njobs: {}\n');
    expect(await problems(edited(text, 'update-workflow-list.yml@', 'plain.yml@'))).toEqual([
      expect.stringMatching(/has no `on: workflow_call`/),
    ]);
  });

  it('checks local calls too, as the dogfooding auto-heal.yml makes them', async () => {
    const own = await readFile(path.join(repoRoot, '.github', 'workflows', 'auto-heal.yml'), 'utf8');
    expect(own).toContain('uses: ./.github/workflows/heal.yml');
    expect(await problems(own)).toEqual([]);
    expect(await problems(edited(own, /actions: write/, 'actions: read'))).toEqual([
      expect.stringMatching(
        /grants `actions: read` but job `analyze` of `\.github\/workflows\/heal\.yml` needs `actions: write`/,
      ),
    ]);
  });

  it('every caller and reusable workflow runs by hand, and a caller hands each manual input to the call', async () => {
    for (const name of (await listTemplates(repoRoot)).filter((n) => !n.includes('/'))) {
      const caller = new WorkflowDocument(
        await readFile(path.join(repoRoot, 'workflows-templates', name), 'utf8'),
        name,
      );
      expect(caller.triggers().has('workflow_dispatch'), name).toBe(true);
      const json = caller.root?.toJSON() as {
        on: { workflow_dispatch?: { inputs?: Record<string, unknown> } | null };
        jobs: Record<string, { uses: string; with?: Record<string, string> }>;
      };
      const call = Object.values(json.jobs)[0]!;
      const given = JSON.stringify(call.with ?? {});
      for (const input of Object.keys(json.on.workflow_dispatch?.inputs ?? {}))
        expect(given, `${name}: ${input}`).toContain(`inputs.${input} `.trimEnd());
      const target = ownWorkflowPath(call.uses)!;
      const called = new WorkflowDocument(await readFile(path.join(repoRoot, target), 'utf8'), target);
      expect([...called.triggers().keys()].sort(), target).toEqual(['workflow_call', 'workflow_dispatch']);
    }
  });
});

describe('the release workflow', () => {
  it('runs pnpm release on dispatch with the version from an input, never interpolated into the script', async () => {
    const text = await readFile(path.join(repoRoot, '.github/workflows/release.yml'), 'utf8');
    const json = new WorkflowDocument(text, 'release.yml').root?.toJSON() as {
      on: Record<string, { inputs: Record<string, { required: boolean }> }>;
      jobs: {
        release: {
          permissions: Record<string, string>;
          steps: { run?: string; env?: Record<string, string> }[];
        };
      };
    };
    expect(Object.keys(json.on)).toEqual(['workflow_dispatch']);
    expect(json.on.workflow_dispatch!.inputs.version!.required).toBe(true);
    expect(json.jobs.release.permissions).toEqual({ contents: 'write' });
    const runs = json.jobs.release.steps.filter((s) => s.run !== undefined);
    const release = runs.find((s) => s.run!.includes('pnpm release'))!;
    expect(release.run).toContain('pnpm release "$VERSION"');
    expect(release.env).toEqual({ VERSION: '${{ inputs.version }}' });
    for (const step of runs) expect(step.run).not.toContain('${{');
    expect(runs.map((s) => s.run).join('\n')).toMatch(
      /git push --follow-tags origin[\s\S]*git push --force origin "refs\/tags\/\$major"/,
    );
  });
});

describe('placeholder pins after a release', () => {
  it('are fine before the first release and fail once CHANGELOG.md names one', async () => {
    const dir = path.join(root, 'placeholder');
    await mkdir(path.join(dir, 'workflows-templates'), { recursive: true });
    // The caller as it was before any release: its pins put back to the placeholder.
    const text = (await caller('auto-heal.yml')).replace(/@[0-9a-f]{40}/g, `@${PLACEHOLDER_SHA}`);
    await writeFile(path.join(dir, 'workflows-templates', 'auto-heal.yml'), text);
    expect(await checkPlaceholderPins(dir)).toEqual([]);
    await writeFile(path.join(dir, 'CHANGELOG.md'), '# Changelog\n\n## v0.1.0 (2026-12-07)\n');
    const line = text.split('\n').findIndex((l) => l.includes(`@${PLACEHOLDER_SHA}`)) + 1;
    expect(line).toBeGreaterThan(0);
    expect(await checkPlaceholderPins(dir)).toEqual([
      {
        file: 'workflows-templates/auto-heal.yml',
        line,
        rule: 'placeholder-pin',
        message: expect.stringMatching(/after release v0\.1\.0/),
      },
    ]);
    const pinned = text.replace(PLACEHOLDER_SHA, 'b'.repeat(40));
    await writeFile(path.join(dir, 'workflows-templates', 'auto-heal.yml'), pinned);
    expect(await checkPlaceholderPins(dir)).toEqual([]);
  });
});

/**
 * The auto-heal workflow's own guard against forks: the `fix` and `apply` jobs' conditions,
 * evaluated as the runner evaluates them on real `workflow_run` payloads. Whatever the actions'
 * inputs say, a fork's run never reaches the job that holds a write token.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { webhookExample, withFields } from '@autoheal/testkit/events/webhook-examples';
import { type ExpressionContexts, evaluateExpression } from '@autoheal/testkit/harness/expressions';
import { describe, expect, it } from 'vitest';
import { WorkflowDocument } from '../../../scripts/src/templates/workflow-document.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const FILES = ['workflows-templates/full/auto-heal.yml', '.github/workflows/heal.yml'] as const;
const REPOSITORY = 'octo-org/octo-repo';

async function conditions(file: string): Promise<{ fix: string; apply: string }> {
  const text = await readFile(path.join(root, file), 'utf8');
  const doc = new WorkflowDocument(text, file).root?.toJSON() as
    | { jobs: Record<string, { if: string }> }
    | undefined;
  const jobs = doc?.jobs ?? {};
  return { fix: jobs.fix!.if, apply: jobs.apply!.if };
}

/** The condition's value; `cancelled()` is a status function the runner answers (false: nothing was cancelled). */
function holds(
  condition: string,
  event: { name: string; payload: unknown },
  analyze: { inputs?: Record<string, string>; outputs?: Record<string, string> } = {},
): boolean {
  const contexts: ExpressionContexts & { needs: unknown } = {
    github: { event_name: event.name, repository: REPOSITORY, event: event.payload },
    inputs: { 'issue-number': '', 'run-id': '', ...analyze.inputs },
    needs: {
      analyze: {
        result: 'success',
        outputs: { 'issue-number': '5', 'analysis-file': '/tmp/a.json', ...analyze.outputs },
      },
      fix: { result: 'success', outputs: { 'fix-kind': 'patch' } },
    },
  };
  // Truthiness as the runner judges an `if:`, read back as a string.
  const expression = `(${condition.replaceAll('!cancelled()', 'true')}) && 'yes' || 'no'`;
  return evaluateExpression(expression, contexts).coerceString() === 'yes';
}

function workflowRun(headRepository: unknown): { name: string; payload: unknown } {
  const payload = webhookExample('workflow_run', 'completed');
  return {
    name: 'workflow_run',
    payload: withFields(payload, { 'workflow_run.head_repository': headRepository }),
  };
}

const own = { id: 300029405, full_name: REPOSITORY, name: 'octo-repo', owner: { login: 'octo-org' } };
const fork = { id: 99, full_name: 'mallory/octo-repo', name: 'octo-repo', owner: { login: 'mallory' } };

describe.each(FILES)('%s', (file) => {
  it('runs fix and apply for a run of this repository’s own code', async () => {
    const c = await conditions(file);
    expect(holds(c.fix, workflowRun(own))).toBe(true);
    expect(holds(c.apply, workflowRun(own))).toBe(true);
  });

  it('never runs fix or apply for a fork’s run, nor for one whose head repository is gone', async () => {
    const c = await conditions(file);
    for (const head of [fork, null]) {
      expect(holds(c.fix, workflowRun(head))).toBe(false);
      expect(holds(c.apply, workflowRun(head))).toBe(false);
    }
  });

  it('never runs fix or apply for a run the analyze job called analysis only (a fork’s run named by run-id)', async () => {
    const c = await conditions(file);
    // A dispatch names no head repository: only the analyze job, which read the run, can tell.
    const dispatch = { name: 'workflow_dispatch', payload: {} };
    const byRunId = { inputs: { 'run-id': '7101' } };
    expect(holds(c.fix, dispatch, { ...byRunId, outputs: { 'analysis-only': 'true' } })).toBe(false);
    expect(holds(c.apply, dispatch, { ...byRunId, outputs: { 'analysis-only': 'true' } })).toBe(false);
    expect(holds(c.fix, dispatch, { ...byRunId, outputs: { 'analysis-only': 'false' } })).toBe(true);
    expect(holds(c.apply, dispatch, { ...byRunId, outputs: { 'analysis-only': 'false' } })).toBe(true);
  });

  it('leaves the label path to the action (which checks the issue’s runs through the API)', async () => {
    const c = await conditions(file);
    const labeled = withFields(webhookExample('issues', 'labeled'), { 'label.name': 'autoheal:fix' });
    expect(holds(c.fix, { name: 'issues', payload: labeled })).toBe(true);
  });
});

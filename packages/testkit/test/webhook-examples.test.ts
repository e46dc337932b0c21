import { describe, expect, it } from 'vitest';
import { webhookExample, webhookExamples, withFields } from '../src/events/webhook-examples.js';

describe('real webhook payloads', () => {
  it('finds examples by event and action, as independent copies', () => {
    const completed = webhookExamples('workflow_run', 'completed');
    expect(completed.length).toBeGreaterThan(0);
    for (const e of completed) expect(e.action).toBe('completed');
    const a = webhookExample('workflow_run', 'completed');
    (a.workflow_run as Record<string, unknown>).id = -1;
    expect((webhookExample('workflow_run', 'completed').workflow_run as Record<string, unknown>).id).not.toBe(
      -1,
    );
  });

  it('refuses events and actions that have no example', () => {
    expect(() => webhookExample('no_such_event')).toThrow(/no "no_such_event" event/);
    expect(() => webhookExample('issues', 'no-such-action')).toThrow(/no "issues" example/);
  });

  it('replaces fields at dotted paths only where the payload has them', () => {
    const payload = webhookExample('workflow_run', 'completed');
    const changed = withFields(payload, { 'workflow_run.conclusion': 'failure', 'workflow_run.id': 42 });
    expect(changed.workflow_run).toMatchObject({ conclusion: 'failure', id: 42 });
    expect(() => withFields(payload, { 'nope.deeper.id': 1 })).toThrow(/no parent object/);
  });
});

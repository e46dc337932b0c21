import { ConfigurationErrors } from '@autoheal/core/errors';
import { webhookExample, withFields } from '@autoheal/testkit/events/webhook-examples';
import { describe, expect, it } from 'vitest';
import { planFromEvent } from '../src/event.js';
import { parseInputs } from '../src/inputs.js';

function env(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
}

describe('inputs', () => {
  it('reads defaults and overrides', () => {
    const inputs = parseInputs(
      env({
        token: 't',
        'size-thresholds': '5, 50,500',
        ignore: 'docs/**\n!docs/keep.md',
        'copilot-review': 'true',
      }),
    );
    expect(inputs).toMatchObject({
      token: 't',
      configFile: '.github/autoheal.yml',
      dryRun: false,
      sizeThresholds: [5, 50, 500],
      ignore: ['docs/**', '!docs/keep.md'],
      copilotReview: true,
      maxReviewers: 10,
      operationsBudget: 20,
      trustedAuthors: ['github-actions[bot]'],
      sizeLabelPrefix: 'size/',
    });
    expect(inputs.includeDrafts).toBeUndefined();
  });

  it('reports every bad input at once, naming it and what it accepts', () => {
    let caught: unknown;
    try {
      parseInputs(
        env({
          token: 't',
          'pr-number': 'abc',
          'size-thresholds': '10, 5',
          'max-reviewers': '40',
          'trusted-authors': 'not a login',
          'dry-run': 'yes',
          ignore: 'src/[ab',
          'size-label-prefix': 'p'.repeat(48),
        }),
      );
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigurationErrors);
    const messages = (caught as ConfigurationErrors).errors.map((e) => e.message);
    expect(messages).toEqual([
      expect.stringMatching(/^Input "pr-number" must be an integer of at least 1; got "abc"/),
      expect.stringMatching(/^Input "dry-run" must be true or false/),
      expect.stringMatching(/^Input "size-thresholds" must list strictly ascending numbers/),
      expect.stringMatching(/^Input "size-label-prefix" must be a label prefix/),
      expect.stringMatching(/^Input "ignore" has a glob that has an unclosed "\["/),
      expect.stringMatching(/^Input "max-reviewers" must be an integer from 1 to 15; got "40"/),
      expect.stringMatching(/^Input "trusted-authors" must list GitHub logins.*got "not a login"/),
    ]);
  });

  it('requires the token', () => {
    expect(() => parseInputs({})).toThrow(/Input "token" is required/);
  });
});

describe('what an event asks for', () => {
  it('reviews pull requests on the four activity types, and skips the others', () => {
    for (const action of ['opened', 'reopened', 'ready_for_review', 'synchronize']) {
      const payload = withFields(webhookExample('pull_request', action), { 'pull_request.number': 7 });
      expect(planFromEvent('pull_request', payload, undefined)).toEqual({ kind: 'review', prNumber: 7 });
    }
    expect(planFromEvent('pull_request', webhookExample('pull_request', 'labeled'), undefined)).toMatchObject(
      { kind: 'skip' },
    );
  });

  it('reviews the given pull request on workflow_dispatch, else watches drafts', () => {
    const payload = webhookExample('workflow_dispatch');
    expect(planFromEvent('workflow_dispatch', payload, 12)).toEqual({ kind: 'review', prNumber: 12 });
    expect(planFromEvent('workflow_dispatch', payload, undefined)).toEqual({ kind: 'watch' });
  });

  it('watches the head commit of a completed workflow run or check suite', () => {
    const run = webhookExample('workflow_run', 'completed') as { workflow_run: { head_sha: string } };
    expect(planFromEvent('workflow_run', run, undefined)).toEqual({
      kind: 'watch',
      sha: run.workflow_run.head_sha,
    });
    expect(
      planFromEvent('workflow_run', webhookExample('workflow_run', 'requested'), undefined),
    ).toMatchObject({ kind: 'skip' });
    const suite = webhookExample('check_suite', 'completed') as { check_suite: { head_sha: string } };
    expect(planFromEvent('check_suite', suite, undefined)).toEqual({
      kind: 'watch',
      sha: suite.check_suite.head_sha,
    });
  });

  it('refuses events it does not handle, saying which it does', () => {
    expect(() => planFromEvent('push', {}, undefined)).toThrow(
      /does not handle the "push" event; run it on pull_request/,
    );
  });
});

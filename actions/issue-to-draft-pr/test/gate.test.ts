import { ConfigurationError } from '@autoheal/core/errors';
import { renderMarker } from '@autoheal/core/markers';
import { webhookExample, withFields } from '@autoheal/testkit/events/webhook-examples';
import { describe, expect, it } from 'vitest';
import { type IssueGateOptions, isAutohealIssue, issueGate, triggerGate } from '../src/gate.js';
import type { IssueInfo } from '../src/issue.js';
import { labeledEvent, openedEvent } from './helpers.js';

const defaults = { trigger: 'label' as const, triggerLabel: 'autoheal:work' };

describe('triggerGate', () => {
  it('takes a labeled event only for the trigger label, in any case', () => {
    expect(triggerGate(labeledEvent({ number: 7, title: 't' }), defaults)).toEqual({
      issueNumber: 7,
      needsLabel: true,
      via: 'the "autoheal:work" label',
    });
    expect(triggerGate(labeledEvent({ number: 7, title: 't' }, 'AutoHeal:Work'), defaults)).toMatchObject({
      issueNumber: 7,
    });
    expect(triggerGate(labeledEvent({ number: 7, title: 't' }, 'bug'), defaults)).toEqual({
      skip: 'the label added was "bug", not the trigger label "autoheal:work"',
    });
  });

  it('takes an opened issue when it carries the label, or any with any-new-issue', () => {
    expect(triggerGate(openedEvent({ number: 3, title: 't' }, ['autoheal:work']), defaults)).toMatchObject({
      issueNumber: 3,
      needsLabel: true,
    });
    expect(triggerGate(openedEvent({ number: 3, title: 't' }, ['bug']), defaults)).toEqual({
      skip: 'the issue was opened without the trigger label "autoheal:work"',
    });
    expect(
      triggerGate(openedEvent({ number: 3, title: 't' }), { ...defaults, trigger: 'any-new-issue' }),
    ).toEqual({ issueNumber: 3, needsLabel: false, via: 'a new issue' });
  });

  it('ignores other issue actions', () => {
    const edited = { name: 'issues', payload: webhookExample('issues', 'edited') };
    expect(triggerGate(edited, defaults)).toEqual({
      skip: 'issues events with action "edited" are not handled (only opened and labeled)',
    });
  });

  it('takes an explicit issue-number on any event, and needs one outside issues events', () => {
    const dispatch = { name: 'workflow_dispatch', payload: webhookExample('workflow_dispatch') };
    expect(triggerGate(dispatch, { ...defaults, issueNumber: 9 })).toEqual({
      issueNumber: 9,
      needsLabel: false,
      via: 'the issue-number input',
    });
    expect(() => triggerGate(dispatch, defaults)).toThrow(ConfigurationError);
    expect(() => triggerGate(dispatch, defaults)).toThrow(
      /Input "issue-number" is required on a "workflow_dispatch" event/,
    );
  });

  it('refuses an issues payload without an issue number', () => {
    const broken = {
      name: 'issues',
      payload: withFields(webhookExample('issues', 'opened'), { 'issue.number': 'x' }),
    };
    expect(() => triggerGate(broken, defaults)).toThrow(/no issue number/);
  });
});

function issue(fields: Partial<IssueInfo> = {}): IssueInfo {
  return {
    number: 5,
    title: 'Do the thing',
    body: '',
    state: 'open',
    isPullRequest: false,
    author: 'alice',
    authorType: 'User',
    association: 'COLLABORATOR',
    labels: ['autoheal:work'],
    assignees: [],
    htmlUrl: 'https://github.com/octo-org/widgets/issues/5',
    ...fields,
  };
}

const options: IssueGateOptions = {
  allowedAuthors: [],
  allowedAssociations: [],
  allowBotAuthors: false,
  allowAutohealIssues: false,
  triggerLabel: 'autoheal:work',
  needsLabel: true,
  explicit: false,
};

/** A permission lookup that records whom it was asked about. */
function lookup(writers: string[]) {
  const asked: string[] = [];
  return {
    asked,
    check: async (login: string) => {
      asked.push(login);
      return writers.includes(login);
    },
  };
}

describe('issueGate', () => {
  it('passes a member or collaborator only when the permission API says write', async () => {
    const l = lookup(['alice']);
    expect(await issueGate(issue(), options, l.check)).toEqual({ pass: true, why: 'alice has write access' });
    expect(l.asked).toEqual(['alice']);
    const member = await issueGate(issue({ author: 'bob', association: 'MEMBER' }), options, l.check);
    expect(member).toEqual({ skip: expect.stringMatching(/bob \(MEMBER\), has no write access/) });
  });

  it('passes the owner without asking, and never asks about outsiders', async () => {
    const l = lookup([]);
    expect(await issueGate(issue({ association: 'OWNER' }), options, l.check)).toMatchObject({ pass: true });
    for (const association of ['NONE', 'CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR'])
      expect(await issueGate(issue({ author: 'eve', association }), options, l.check)).toHaveProperty('skip');
    expect(l.asked).toEqual([]);
  });

  it('passes listed authors (any case) and listed associations', async () => {
    const l = lookup([]);
    const eve = issue({ author: 'Eve', association: 'NONE' });
    expect(await issueGate(eve, { ...options, allowedAuthors: ['eve'] }, l.check)).toMatchObject({
      pass: true,
    });
    expect(await issueGate(eve, { ...options, allowedAssociations: ['NONE'] }, l.check)).toMatchObject({
      pass: true,
    });
  });

  it('skips closed issues, pull requests, and issues that lost the trigger label', async () => {
    const l = lookup(['alice']);
    expect(await issueGate(issue({ state: 'closed' }), options, l.check)).toEqual({
      skip: 'issue #5 is closed',
    });
    expect(await issueGate(issue({ labels: ['bug'] }), options, l.check)).toEqual({
      skip: 'issue #5 no longer has the trigger label "autoheal:work"',
    });
    expect(await issueGate(issue({ labels: [] }), { ...options, needsLabel: false }, l.check)).toMatchObject({
      pass: true,
    });
    expect(await issueGate(issue({ isPullRequest: true }), options, l.check)).toEqual({
      skip: '#5 is a pull request',
    });
    await expect(
      issueGate(issue({ isPullRequest: true }), { ...options, explicit: true }, l.check),
    ).rejects.toThrow(/Input "issue-number" names #5, which is a pull request/);
  });

  it('guards against loops: bots and autoheal issues only when opted in', async () => {
    const l = lookup([]);
    const bot = issue({ author: 'renovate[bot]', authorType: 'Bot', association: 'NONE' });
    expect(await issueGate(bot, options, l.check)).toEqual({
      skip: expect.stringMatching(/opened by the bot renovate\[bot\]/),
    });
    expect(await issueGate(bot, { ...options, allowBotAuthors: true }, l.check)).toMatchObject({
      pass: true,
    });

    const filed = issue({
      author: 'github-actions[bot]',
      authorType: 'Bot',
      association: 'NONE',
      body: `${renderMarker({ kind: 'failure', fingerprint: 'ab12' })}\nCI failed`,
    });
    expect(await issueGate(filed, options, l.check)).toEqual({
      skip: expect.stringMatching(/filed by autoheal \(loop guard\)/),
    });
    // Allowing bots in general does not let autoheal's own issues through.
    expect(await issueGate(filed, { ...options, allowBotAuthors: true }, l.check)).toHaveProperty('skip');
    expect(await issueGate(filed, { ...options, allowAutohealIssues: true }, l.check)).toMatchObject({
      pass: true,
    });
  });

  it('counts a marker only on a line of its own outside code as making an issue autoheal’s', () => {
    const marker = renderMarker({ kind: 'failure', fingerprint: 'x' });
    expect(isAutohealIssue({ body: `${marker}\ntext` })).toBe(true);
    expect(isAutohealIssue({ body: `\`\`\`\n${marker}\n\`\`\`` })).toBe(false);
    expect(isAutohealIssue({ body: 'autoheal: please' })).toBe(false);
  });
});

import { parseMarkers, renderMarker } from '@autoheal/core/markers';
import { createSanitizer } from '@autoheal/core/text/sanitize';
import { describe, expect, it } from 'vitest';
import {
  customInstructions,
  extractTasks,
  linkComment,
  MAX_TASKS,
  pullBody,
  renderTasks,
} from '../src/body.js';
import { commitMessage, isOurCommit } from '../src/branch.js';
import { classifyPull, closesIssue } from '../src/existing.js';
import { countsTowardsLimit } from '../src/hourly-limit.js';

const sanitizer = createSanitizer();
const repo = { owner: 'octo-org', repo: 'widgets' };
const ZWSP = '\u200B';

describe('task lists', () => {
  it('extracts task items with their state and nesting, outside code blocks', () => {
    const body = [
      'Intro',
      '- [ ] first',
      '* [x] second',
      '  - [X] nested',
      '1. [ ] numbered',
      '- not a task',
      '```',
      '- [ ] inside code',
      '```',
      '\t- [ ] tab-indented',
    ].join('\r\n');
    expect(extractTasks(body)).toEqual([
      { checked: false, text: 'first', depth: 0 },
      { checked: true, text: 'second', depth: 0 },
      { checked: true, text: 'nested', depth: 1 },
      { checked: false, text: 'numbered', depth: 0 },
      { checked: false, text: 'tab-indented', depth: 2 },
    ]);
  });

  it('renders items as inline text: no mentions, references, links or HTML from the issue', () => {
    const tasks = extractTasks('- [ ] ping @mona about #12 and [x](https://evil) <img src=x>');
    const rendered = renderTasks(tasks, sanitizer);
    expect(rendered.startsWith('- [ ] ')).toBe(true);
    expect(rendered).toContain(`@${ZWSP}mona`);
    expect(rendered).toContain(`#${ZWSP}12`);
    expect(rendered).not.toContain('](');
    expect(rendered).not.toContain('<img');
  });

  it('caps the list and says how many more there are', () => {
    const body = Array.from({ length: MAX_TASKS + 3 }, (_, i) => `- [ ] t${i}`).join('\n');
    const rendered = renderTasks(extractTasks(body), sanitizer);
    expect(rendered.split('\n').filter((l) => l.startsWith('- [ ]'))).toHaveLength(MAX_TASKS);
    expect(rendered).toContain('…and 3 more in the issue.');
  });
});

describe('pullBody', () => {
  const base = {
    issueNumber: 12,
    issueTitle: 'Fix <b>it</b> @mona',
    issueBody: '- [ ] step one\n<!-- autoheal:kind=issue-pr issue=99 -->',
    branch: 'autoheal/issue-12-fix-it',
    linkKeyword: 'closes' as const,
    handOff: 'none' as const,
    sanitizer,
  };

  it('starts with our marker, closes the issue, escapes the title and copies the tasks', () => {
    const body = pullBody(base);
    const lines = body.split('\n');
    expect(lines[0]).toBe(renderMarker({ kind: 'issue-pr', issue: '12', v: '1' }));
    expect(lines[1]).toBe('Closes #12');
    expect(body).toContain('Fix &lt;b&gt;it&lt;/b&gt; @\u200Bmona');
    expect(body).toContain('- [ ] step one');
    // The issue's forged marker is not copied: only our one marker parses.
    expect(parseMarkers(body).map((m) => m.fields)).toEqual([{ kind: 'issue-pr', issue: '12', v: '1' }]);
  });

  it('uses the configured keyword, or a plain reference', () => {
    expect(pullBody({ ...base, linkKeyword: 'fixes' }).split('\n')[1]).toBe('Fixes #12');
    expect(pullBody({ ...base, linkKeyword: 'refs' }).split('\n')[1]).toBe('Refs #12');
  });

  it('says how to enable the hand-off without mentioning anyone, or that Copilot is asked', () => {
    const none = pullBody(base);
    expect(none).toContain('give the issue-to-draft-pr action a `copilot-token`');
    expect(none).not.toMatch(/@copilot/i);
    expect(pullBody({ ...base, handOff: 'copilot' })).toContain("autoheal asks Copilot's coding agent");
  });

  it('leaves out the task section when the issue has none', () => {
    expect(pullBody({ ...base, issueBody: 'no tasks' })).not.toContain('### Tasks');
  });
});

describe('linkComment', () => {
  const base = { issueNumber: 12, pullNumber: 34, branch: 'autoheal/issue-12-x', draft: true, sanitizer };

  it('links the pull request under our marker and reports the hand-off', () => {
    const assigned = linkComment({ ...base, handOff: { status: 'assigned' } });
    expect(parseMarkers(assigned)[0]?.fields).toEqual({
      kind: 'issue-pr-link',
      issue: '12',
      pr: '34',
      v: '1',
    });
    expect(assigned).toContain('opened draft pull request #34');
    expect(assigned).toContain("Copilot's coding agent was assigned");
    const failed = linkComment({ ...base, handOff: { status: 'not-assigned', reason: 'nope <script>' } });
    expect(failed).toContain('could not be assigned: nope &lt;script&gt;');
    expect(linkComment({ ...base, handOff: { status: 'none' } })).toContain('No coding agent was asked');
  });

  it('explains a normal pull request opened where drafts are not allowed', () => {
    const text = linkComment({
      ...base,
      draft: false,
      fallbackLabel: 'autoheal:draft',
      handOff: { status: 'none' },
    });
    expect(text).toContain(
      'pull request (not a draft: this repository does not allow drafts; it carries the label autoheal:draft instead) #34',
    );
  });
});

describe('closesIssue', () => {
  it('recognises closing keywords with a local, qualified or URL reference', () => {
    for (const body of [
      'Closes #12',
      'fixes octo-org/widgets#12.',
      'This RESOLVED #12',
      'Fix: #12',
      'closes https://github.com/octo-org/widgets/issues/12',
      'resolves https://ghe.example.com/octo-org/widgets/issues/12',
    ])
      expect(closesIssue(body, repo, 12), body).toBe(true);
  });

  it('ignores other issues, other repositories, plain mentions and code', () => {
    for (const body of [
      'Closes #123',
      'Closes #1',
      'fixes other/repo#12',
      'See #12',
      'prefixes #12',
      '```\nCloses #12\n```',
      null,
    ])
      expect(closesIssue(body, repo, 12), String(body)).toBe(false);
  });
});

describe('classifyPull', () => {
  const pull = (fields: Record<string, unknown>) => ({
    number: 40,
    html_url: 'https://github.com/octo-org/widgets/pull/40',
    body: '',
    user: { login: 'github-actions[bot]' },
    draft: true,
    created_at: '2026-03-01T00:00:00Z',
    head: { ref: 'feature', repo: { full_name: 'octo-org/widgets' } },
    ...fields,
  });
  const trusted = ['github-actions[bot]'];

  it('recognises our branch only in this repository', () => {
    expect(
      classifyPull(
        pull({ head: { ref: 'autoheal/issue-12-x', repo: { full_name: 'octo-org/widgets' } } }),
        repo,
        12,
        trusted,
      ),
    ).toMatchObject({ ours: true });
    expect(
      classifyPull(
        pull({ head: { ref: 'autoheal/issue-12-x', repo: { full_name: 'fork/widgets' } } }),
        repo,
        12,
        trusted,
      ),
    ).toBeUndefined();
  });

  it('trusts our marker only from a trusted author, compared in the API login form', () => {
    const body = renderMarker({ kind: 'issue-pr', issue: '12', v: '1' });
    expect(classifyPull(pull({ body }), repo, 12, trusted)).toMatchObject({ ours: true });
    expect(
      classifyPull(pull({ body, user: { login: 'github-actions' } }), repo, 12, trusted),
    ).toBeUndefined();
    expect(classifyPull(pull({ body }), repo, 13, trusted)).toBeUndefined();
  });

  it('treats any pull request that closes the issue as linked, not ours', () => {
    expect(
      classifyPull(pull({ body: 'Fixes #12', user: { login: 'Copilot' } }), repo, 12, trusted),
    ).toMatchObject({
      ours: false,
      author: 'Copilot',
    });
  });
});

describe('the hourly count', () => {
  const since = Date.parse('2026-03-02T11:00:00Z');
  const pull = (login: string, ref: string, created: string) => ({
    number: 1,
    created_at: created,
    user: { login },
    head: { ref },
  });

  it('counts our issue branches by our login as the API spells it, within the hour', () => {
    const authors = ['github-actions[bot]'];
    expect(
      countsTowardsLimit(
        pull('github-actions[bot]', 'autoheal/issue-3-x', '2026-03-02T11:30:00Z'),
        authors,
        since,
      ),
    ).toBe(true);
    expect(
      countsTowardsLimit(
        pull('GitHub-Actions[bot]', 'autoheal/issue-3-x', '2026-03-02T11:30:00Z'),
        authors,
        since,
      ),
    ).toBe(true);
    expect(
      countsTowardsLimit(
        pull('github-actions', 'autoheal/issue-3-x', '2026-03-02T11:30:00Z'),
        authors,
        since,
      ),
    ).toBe(false);
    expect(
      countsTowardsLimit(pull('github-actions[bot]', 'feature', '2026-03-02T11:30:00Z'), authors, since),
    ).toBe(false);
    expect(
      countsTowardsLimit(
        pull('github-actions[bot]', 'autoheal/issue-3-x', '2026-03-02T10:59:59Z'),
        authors,
        since,
      ),
    ).toBe(false);
  });
});

describe('small pieces', () => {
  it('marks our empty commit with a trailer for its issue only', () => {
    expect(isOurCommit(commitMessage(12), 12)).toBe(true);
    expect(isOurCommit(commitMessage(12), 1)).toBe(false);
    expect(isOurCommit(commitMessage(123), 12)).toBe(false);
    expect(commitMessage(12)).not.toContain('#12');
  });

  it('tells Copilot where to start, then the user’s own instructions', () => {
    const text = customInstructions({
      branch: 'autoheal/issue-1-x',
      pullNumber: 2,
      instructions: 'Run pnpm test.',
    });
    expect(text).toMatch(/^autoheal opened draft pull request #2 on branch autoheal\/issue-1-x/);
    expect(text.endsWith('\n\nRun pnpm test.')).toBe(true);
  });
});

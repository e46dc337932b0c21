import { renderFailureMarker } from '@autoheal/core/filing/issue-body';
import { closeResolved, fileFailure, resolveTrustedAuthors } from '@autoheal/core/filing/issues';
import { createLabels, issueLabels, missingLabels } from '@autoheal/core/filing/labels';
import { createSanitizer } from '@autoheal/core/text/sanitize';
import { seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import type { SeedIssue } from '@autoheal/testkit/simulator/seed-types';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DAY,
  Fixture,
  isoAt,
  issueDeps,
  memoryLogger,
  runInfo,
  simClient,
  T0,
  verdictFor,
  writes,
} from './issues-fixture.js';

const fixture = new Fixture();
afterEach(() => fixture.cleanup());

const LABELS = { base: 'autoheal', categoryPrefix: 'autoheal:', extra: ['ci', 'Autoheal'] };

describe('labels', () => {
  it('lists base, category and extra labels once each, ignoring case', () => {
    expect(issueLabels(LABELS, 'network_error').map((l) => l.name)).toEqual([
      'autoheal',
      'autoheal:network_error',
      'ci',
    ]);
  });

  it('creates only the labels that are missing, and asks nothing about labels seen on issues', async () => {
    const sim = await fixture.sim(
      seedBuilder()
        .repo('octo-org/widgets', (r) => r.label('ci'))
        .build(),
    );
    const d = { github: simClient(sim), owner: 'octo-org', repo: 'widgets', log: memoryLogger() };
    const wanted = issueLabels(LABELS, 'test_failure');
    const missing = await missingLabels(d, wanted, new Set(['autoheal']));
    expect(missing.map((l) => l.name)).toEqual(['autoheal:test_failure']);
    expect(sim.requests.map((r) => `${r.method} ${decodeURIComponent(r.path)}`)).toEqual([
      'GET /repos/octo-org/widgets/labels/autoheal:test_failure',
      'GET /repos/octo-org/widgets/labels/ci',
    ]);
    expect(await createLabels(d, missing)).toEqual(['autoheal:test_failure']);
    expect(sim.state.requireRepo('octo-org/widgets').labels.get('autoheal:test_failure')?.color).toBe(
      'fbca04',
    );
  });

  it('takes 422 already_exists (another run created it meanwhile) as success', async () => {
    const sim = await fixture.sim(seedBuilder().repo('octo-org/widgets').build());
    sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/labels',
      fault: {
        kind: 'validation',
        message: 'Validation Failed',
        errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
      },
    });
    const run = runInfo();
    const outcome = await fileFailure(issueDeps(sim, fixture), {
      run,
      ...(await verdictFor(run, { cidiff: 'tf-checks-run68' })),
      labels: { ...LABELS, extra: [] },
      maxPerHour: 5,
      reopenDays: 14,
      minConfidence: 0,
    });
    expect(outcome.result).toBe('created');
    expect(outcome.done.join(' ')).toContain('Created the label autoheal:test&#x5F;failure.');
    expect(
      sim.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/labels')).map((r) => r.status),
    ).toEqual([422, 201]);
  });

  it('does not swallow any other 422 on a label', async () => {
    const sim = await fixture.sim(seedBuilder().repo('octo-org/widgets').build());
    sim.faults.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/labels',
      fault: {
        kind: 'validation',
        message: 'Validation Failed',
        errors: [{ resource: 'Label', code: 'invalid', field: 'color' }],
      },
    });
    const d = { github: simClient(sim), owner: 'octo-org', repo: 'widgets', log: memoryLogger() };
    await expect(createLabels(d, issueLabels(LABELS, 'test_failure').slice(0, 1))).rejects.toMatchObject({
      status: 422,
    });
  });
});

describe('who autoheal is', () => {
  it('trusts the given logins, github-actions[bot] for installation tokens, and the user of a PAT', async () => {
    const sim = await fixture.sim(
      seedBuilder()
        .token('ghp_personal000000000000000000000000000', 'octocat')
        .repo('octo-org/widgets')
        .build(),
    );
    expect(await resolveTrustedAuthors(simClient(sim), 'x', ['my-app[bot]'])).toEqual(['my-app[bot]']);
    expect(await resolveTrustedAuthors(simClient(sim), 'ghs_abc', [])).toEqual(['github-actions[bot]']);
    expect(sim.requests).toHaveLength(0);
    const pat = 'ghp_personal000000000000000000000000000';
    expect(await resolveTrustedAuthors(simClient(sim, { token: pat }), pat, [])).toEqual(['octocat']);
    expect(sim.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['GET /user 200']);
  });

  it('falls back to github-actions[bot] when GET /user is refused to an installation token', async () => {
    const sim = await fixture.sim(
      seedBuilder()
        .token('opaque-installation-token', 'github-actions[bot]')
        .repo('octo-org/widgets')
        .build(),
    );
    const token = 'opaque-installation-token';
    expect(await resolveTrustedAuthors(simClient(sim, { token }), token, [])).toEqual([
      'github-actions[bot]',
    ]);
    expect(sim.requests.map((r) => r.status)).toEqual([403]);
  });

  it('warns when the issue it created is authored by a login it does not trust', async () => {
    const sim = await fixture.sim(seedBuilder().repo('octo-org/widgets').build());
    const run = runInfo();
    const d = issueDeps(sim, fixture, { trusted: ['someone-else'] });
    await fileFailure(d, {
      run,
      ...(await verdictFor(run, { cidiff: 'tf-checks-run68' })),
      labels: { ...LABELS, extra: [] },
      maxPerHour: 5,
      reopenDays: 14,
      minConfidence: 0,
    });
    expect(d.log.text('warning')).toContain('set the trusted-authors input to "github-actions[bot]"');
  });
});

describe('closeResolved', () => {
  function filed(
    number: number,
    fields: { workflow?: string; branch?: string; author?: string; state?: 'open' | 'closed' } = {},
  ): SeedIssue {
    const marker = renderFailureMarker({
      fingerprint: `f${number}`,
      workflowPath: fields.workflow ?? '.github/workflows/ci.yml',
      branch: fields.branch ?? 'main',
      occurrence: {
        count: 1,
        firstSeen: isoAt(T0 - DAY),
        firstRun: 10,
        firstAttempt: 1,
        lastSeen: isoAt(T0 - DAY),
        lastRun: 10,
        lastAttempt: 1,
      },
    });
    return {
      number,
      title: `issue ${number}`,
      body: `${marker}\nbody`,
      author: fields.author ?? 'github-actions[bot]',
      labels: ['autoheal'],
      state: fields.state ?? 'open',
      created_at: isoAt(T0 - DAY),
    };
  }

  async function seeded() {
    return fixture.sim(
      seedBuilder()
        .repo('octo-org/widgets', (r) =>
          r
            .issue(filed(1))
            .issue(filed(2, { branch: 'feature' }))
            .issue(filed(3, { workflow: '.github/workflows/release.yml' }))
            .issue(filed(4, { author: 'mallory' }))
            .issue(filed(5)),
        )
        .build(),
    );
  }

  it("closes only its workflow's and branch's trusted issues, each with a comment", async () => {
    const sim = await seeded();
    const run = runInfo({ id: 900, conclusion: 'success' });
    const outcome = await closeResolved(issueDeps(sim, fixture), {
      run,
      baseLabel: 'autoheal',
      reopenDays: 14,
    });
    expect(outcome.result).toBe('closed');
    expect(outcome.issue?.number).toBe(1);
    const repo = sim.state.requireRepo('octo-org/widgets');
    const state = [1, 2, 3, 4, 5].map((n) => repo.issues.get(n)!.state);
    expect(state).toEqual(['closed', 'open', 'open', 'open', 'closed']);
    for (const n of [1, 5]) {
      const issue = repo.issues.get(n)!;
      expect(issue.state_reason).toBe('completed');
      expect(issue.comments).toHaveLength(1);
      expect(issue.comments[0]!.body).toContain('Green again in [run 900, attempt 1]');
      expect(issue.comments[0]!.body).toContain('within 14 days, autoheal reopens this issue');
    }
    expect(repo.issues.get(4)!.comments).toHaveLength(0);
  });

  it('skips when nothing matches, and a dry run writes nothing', async () => {
    const sim = await seeded();
    const none = await closeResolved(issueDeps(sim, fixture), {
      run: runInfo({ headBranch: 'other' }),
      baseLabel: 'autoheal',
      reopenDays: 14,
    });
    expect(none.result).toBe('skipped');
    const dry = await closeResolved(issueDeps(sim, fixture, { dryRun: true }), {
      run: runInfo(),
      baseLabel: 'autoheal',
      reopenDays: 14,
    });
    expect(dry.result).toBe('dry-run');
    expect(dry.done).toHaveLength(2);
    expect(writes(sim)).toEqual([]);
  });

  it('closes what the budget allows and records the rest as undone', async () => {
    const sim = await seeded();
    const { OperationBudget } = await import('@autoheal/core/budget');
    const budget = new OperationBudget(3);
    const outcome = await closeResolved(issueDeps(sim, fixture, { budget }), {
      run: runInfo(),
      baseLabel: 'autoheal',
      reopenDays: 14,
    });
    expect(outcome.result).toBe('closed');
    expect(budget.undone).toEqual(['close issue #5']);
    const repo = sim.state.requireRepo('octo-org/widgets');
    expect(repo.issues.get(5)!.state).toBe('open');
    expect(repo.issues.get(5)!.comments).toHaveLength(0);
  });

  it('keeps the sanitizer on the comment: the branch name is escaped', async () => {
    const sim = await fixture.sim(
      seedBuilder()
        .repo('octo-org/widgets', (r) => r.issue(filed(1, { branch: '@admin/#5' })))
        .build(),
    );
    await closeResolved(
      { ...issueDeps(sim, fixture), sanitizer: createSanitizer() },
      { run: runInfo({ headBranch: '@admin/#5' }), baseLabel: 'autoheal', reopenDays: 0 },
    );
    const comment = sim.state.requireRepo('octo-org/widgets').issues.get(1)!.comments[0]!.body;
    expect(comment).toContain('on @\u200Badmin/#\u200B5');
    expect(comment).not.toContain('reopens');
  });
});

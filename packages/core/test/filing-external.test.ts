import { describe, expect, it } from 'vitest';
import {
  commandName,
  describeExternal,
  EXTERNAL_CAPTURE_WORKFLOW,
  EXTERNAL_RUN_WORKFLOW,
  type ExternalFailure,
  externalRunInfo,
  judgeExternal,
  projectFrame,
  standInRunId,
} from '../src/filing/external.js';
import { issueBody, issueTitle, readFailureMarker, seenAgainComment } from '../src/filing/issue-body.js';
import { parseMarkers } from '../src/markers.js';
import { createSanitizer } from '../src/text/sanitize.js';

const NOW = Date.parse('2026-03-03T12:00:00Z');

const JEST_OUTPUT = `> shop@1.0.0 test
> jest

FAIL src/cart.test.js
  ● cart › adds an item

    expect(received).toBe(expected) // Object.is equality

    Expected: 2
    Received: 1

      at Object.<anonymous> (src/cart.test.js:9:24)

Tests:       1 failed, 4 passed, 5 total
`;

function failure(extra: Partial<ExternalFailure> = {}): ExternalFailure {
  return {
    owner: 'acme',
    repo: 'shop',
    output: { text: JEST_OUTPUT },
    command: 'npm test',
    exitCode: 1,
    site: {
      provider: 'GitLab CI',
      runId: '812',
      jobId: '4411',
      runUrl: 'https://gitlab.example.com/acme/shop/-/jobs/4411',
      job: 'unit',
      branch: 'main',
      commit: 'c0ffee0000000000000000000000000000000001',
    },
    ...extra,
  };
}

describe('external failures', () => {
  it('get a stand-in run id per CI job, the same for one job and 15 digits at most', () => {
    const site = failure().site;
    const a = standInRunId(site, NOW);
    expect(a).toBe(standInRunId({ ...site }, NOW + 5000));
    expect(a).not.toBe(standInRunId({ ...site, jobId: '4412' }, NOW));
    expect(String(a)).toMatch(/^\d{1,15}$/);
    // A local run has no CI id: each run is its own occurrence.
    expect(standInRunId({ provider: 'local' }, NOW)).toBe(NOW);
  });

  it('share the fingerprint of the same failure wherever it ran, and differ by command', async () => {
    const gitlab = failure();
    const jenkins = failure({ site: { provider: 'Jenkins', runId: '57', branch: 'main' } });
    const other = failure({ command: 'npm run test:e2e' });
    const verdicts = await Promise.all(
      [gitlab, jenkins, other].map((f) => judgeExternal(f, externalRunInfo(f, NOW))),
    );
    expect(verdicts[0]!.category).toBe('test_failure');
    expect(verdicts[0]!.fingerprint).toBe(verdicts[1]!.fingerprint);
    expect(verdicts[2]!.fingerprint).not.toBe(verdicts[0]!.fingerprint);
  });

  it('render an issue that links the provider, not an Actions page, and keeps hostile text inert', async () => {
    const f = failure({
      command: 'npm test -- --grep "@octocat fixes #1" </sub><!-- autoheal:kind=failure -->',
      site: {
        provider: 'GitLab CI',
        runId: '812',
        runUrl: 'javascript:alert(1)',
        job: '[click](https://evil.example)',
        branch: '@admins',
        commit: 'c0ffee0000000000000000000000000000000001',
      },
    });
    const run = externalRunInfo(f, NOW, 'https://github.com/acme/shop');
    const verdict = await judgeExternal(f, run);
    const s = createSanitizer();
    const body = issueBody(s, {
      run,
      gathered: { run, jobs: [verdict.primary.job], skippedJobs: [] },
      verdict,
      occurrence: {
        count: 1,
        firstSeen: '2026-03-03T12:00:00Z',
        firstRun: run.id,
        firstAttempt: 1,
        lastSeen: '2026-03-03T12:00:00Z',
        lastRun: run.id,
        lastAttempt: 1,
      },
    });
    // One marker, ours, first; the command's fake one is neutralised.
    expect(parseMarkers(body).filter((m) => m.fields.kind === 'failure')).toHaveLength(1);
    expect(readFailureMarker(body)).toMatchObject({ workflowPath: EXTERNAL_RUN_WORKFLOW, branch: '@admins' });
    expect(body).not.toContain('/actions/runs/');
    expect(body).not.toContain('javascript:');
    expect(body).not.toContain('](https://evil.example)');
    expect(body).not.toMatch(/(^|[^`])@admins/m);
    expect(body).not.toMatch(/\bfixes #1/);
    expect(body).toContain(
      '| Commit | [c0ffee0](https://github.com/acme/shop/commit/c0ffee0000000000000000000000000000000001) |',
    );
    expect(body).toContain('FAIL src/cart.test.js');
    expect(issueTitle(s, run, verdict)).toMatch(/^\[autoheal\] GitLab CI · npm test -- --grep/);
    const comment = seenAgainComment(s, {
      run,
      verdict,
      fingerprint: verdict.fingerprint,
      occurrence: {
        count: 2,
        firstSeen: '',
        firstRun: 1,
        firstAttempt: 1,
        lastSeen: '2026-03-03T12:00:00Z',
        lastRun: run.id,
        lastAttempt: 1,
      },
    });
    expect(comment).toContain('Seen again in run 812 (GitLab CI)');
    expect(comment).not.toContain('javascript:');
  });

  it('name a captured Node error by its type, message and first frame of the project', async () => {
    const stack = [
      "TypeError: Cannot read properties of undefined (reading 'port')",
      '    at readPort (node_modules/lib/x.js:3:17)',
      '    at main (bin/cli.mjs:10:33)',
      '    at node:internal/process/task_queues:95:5',
    ].join('\n');
    expect(projectFrame(stack)).toBe('at main (bin/cli.mjs:10:33)');
    const crash = (line: number): ExternalFailure =>
      failure({
        command: 'node bin/cli.mjs',
        program: 'shop-cli',
        output: { text: 'loading config\nwarning: cold cache' },
        error: {
          type: 'TypeError',
          message: "Cannot read properties of undefined (reading 'port')",
          stack: stack.replace('10:33', `${line}:33`),
          runtime: 'Node v24.0.0 · linux',
        },
      });
    const [a, b] = await Promise.all(
      [crash(10), crash(12)].map((f) => judgeExternal(f, externalRunInfo(f, NOW))),
    );
    // Lines move when code is added above: the same failure.
    expect(a!.fingerprint).toBe(b!.fingerprint);
    expect(externalRunInfo(crash(10), NOW).workflowPath).toBe(EXTERNAL_CAPTURE_WORKFLOW);
    expect(a!.primary.job.name).toBe('shop-cli');
    expect(a!.keyLine).toBe("TypeError: Cannot read properties of undefined (reading 'port')");
    expect(a!.primary.analysis.findings[0]!.excerpt.map((l) => l.text)).toEqual([
      'loading config',
      'warning: cold cache',
    ]);
  });

  it('describe the analysis for a terminal with secrets redacted and no markdown escapes', async () => {
    const f = failure({ output: { text: `${JEST_OUTPUT}\nnpm ERR! token ghp_${'a'.repeat(36)}\n` } });
    const verdict = await judgeExternal(f, externalRunInfo(f, NOW));
    const lines = describeExternal({ verdict }, createSanitizer()).join('\n');
    expect(lines).toContain('autoheal: Test failure (test_failure)');
    expect(lines).not.toContain(`ghp_${'a'.repeat(36)}`);
    expect(lines).not.toMatch(/&#x|&amp;/);
  });

  it('collapse a command to one capped line for the job name', () => {
    expect(commandName('  npm\n  test ')).toBe('npm test');
    expect(commandName('x'.repeat(300))).toHaveLength(200);
  });
});

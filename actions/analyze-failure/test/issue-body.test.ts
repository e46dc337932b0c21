import { FAILURE_CATEGORIES } from '@autoheal/core/analyzer/categories';
import {
  type FailureMarker,
  failedStepNumber,
  formatTime,
  issueBody,
  issueTitle,
  nextStep,
  RunLinks,
  readFailureMarker,
  renderFailureMarker,
  seenAgainComment,
  shortCause,
  stepUrl,
  withOccurrence,
} from '@autoheal/core/filing/issue-body';
import { parseMarkers } from '@autoheal/core/markers';
import { createSanitizer } from '@autoheal/core/text/sanitize';
import { describe, expect, it } from 'vitest';
import { failedJob, runInfo, verdictFor } from './issues-fixture.js';

const s = createSanitizer({ secrets: ['hunter2-secret-value'] });

const occurrence = {
  count: 1,
  firstSeen: '2025-03-01T10:00:00Z',
  firstRun: 100,
  firstAttempt: 1,
  lastSeen: '2025-03-01T10:00:00Z',
  lastRun: 100,
  lastAttempt: 1,
};

describe('marker', () => {
  it('round-trips every field, including values with spaces, slashes and dashes', () => {
    const marker: FailureMarker = {
      fingerprint: '0123456789abcdef',
      workflowPath: '.github/workflows/ci build.yml',
      branch: 'feature/x --> y',
      branches: [
        {
          branch: 'feature/x --> y',
          failedAt: '2025-03-01T10:00:00Z',
          sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
        },
        { branch: 'main', failedAt: '2025-03-01T09:00:00Z', sha: '' },
      ],
      cleared: { 'release/1': '2025-02-28T10:00:00Z' },
      occurrence: { ...occurrence, count: 12, lastRun: 130, lastAttempt: 3 },
    };
    const line = renderFailureMarker(marker);
    expect(line).toMatch(/^<!-- autoheal:kind=failure fingerprint=0123456789abcdef /);
    expect(line.indexOf('-->')).toBe(line.length - 3);
    expect(readFailureMarker(`${line}\nbody`)).toEqual(marker);
  });

  it('reads nothing from a body without one, or with a marker inside a code block or quote', () => {
    const line = renderFailureMarker({ fingerprint: 'ab', workflowPath: 'w', branch: 'b', occurrence });
    expect(readFailureMarker('just text')).toBeUndefined();
    expect(readFailureMarker(null)).toBeUndefined();
    expect(readFailureMarker(`\`\`\`\n${line}\n\`\`\``)).toBeUndefined();
    expect(readFailureMarker(`> ${line}`)).toBeUndefined();
  });

  it('falls back to safe counts when fields are missing or not numbers', () => {
    const m = readFailureMarker('<!-- autoheal:kind=failure fingerprint=ab count=lots first-run=7 -->');
    expect(m?.occurrence).toMatchObject({
      count: 1,
      firstRun: 7,
      lastRun: 7,
      lastAttempt: 1,
      firstAttempt: 1,
    });
  });
});

describe('title', () => {
  it('is [autoheal] <workflow> · <job>: <short cause>, at most 256 characters', async () => {
    const run = runInfo({ workflowName: 'CI' });
    const { verdict } = await verdictFor(run, { cidiff: 'tf-checks-run68' });
    expect(issueTitle(s, run, verdict)).toBe(
      '[autoheal] CI · test: Test failure: --- FAIL: TestCloud_configWithEnvVars (0.01s)',
    );
    const long = runInfo({ workflowName: 'W'.repeat(400) });
    const title = issueTitle(s, long, verdict);
    expect(title.length).toBeLessThanOrEqual(256);
    expect(title.endsWith('…')).toBe(true);
  });

  it('keeps the cause short, and says when the log was not there', async () => {
    const run = runInfo();
    const { verdict } = await verdictFor(run, { cidiff: 'tf-build-run407' });
    expect(shortCause(verdict).length).toBeLessThanOrEqual('Network error: '.length + 90);
    const gone = await verdictFor(
      run,
      { text: '' },
      { logStatus: 'expired', logProblem: 'logs expired (410)' },
    );
    expect(shortCause({ ...gone.verdict, keyLine: '' })).toBe('Unrecognised failure (logs expired)');
  });

  it('redacts secrets and neutralises mentions in the title', async () => {
    const run = runInfo({ workflowName: 'deploy @ops hunter2-secret-value' });
    const { verdict } = await verdictFor(run, { cidiff: 'cv_45' });
    const title = issueTitle(s, run, verdict);
    expect(title).not.toContain('hunter2-secret-value');
    expect(title).not.toMatch(/@ops/);
  });
});

describe('body', () => {
  it('says what failed and where, with links, key lines, facts, a next step and the marker first', async () => {
    const run = runInfo({ id: 4242, attempt: 2, actor: 'octocat', event: 'pull_request' });
    const { verdict, gathered } = await verdictFor(run, { cidiff: 'tf-checks-run68' });
    gathered.baseline = {
      runId: 4200,
      htmlUrl: 'https://github.com/octo-org/widgets/actions/runs/4200',
      branch: 'main',
    };
    gathered.skippedJobs = [{ id: 9, name: 'windows' }];
    const body = issueBody(s, { run, gathered, verdict, occurrence });
    const lines = body.split('\n');
    expect(parseMarkers(body)).toHaveLength(1);
    expect(readFailureMarker(body)?.fingerprint).toBe(verdict.fingerprint);
    expect(lines[1]).toMatch(/^\*\*Occurrences:\*\* 1 · first seen 2025-03-01 10:00 UTC in \[run 100\]/);
    expect(body).toContain(
      '| Run | [run 4242, attempt 2](https://github.com/octo-org/widgets/actions/runs/4242/attempts/2) |',
    );
    expect(body).toContain('| Job | [test](https://github.com/octo-org/widgets/actions/runs/100/job/501) |');
    expect(body).toContain(
      '| Step | [go test ./...](https://github.com/octo-org/widgets/actions/runs/100/job/501#step:4:1) |',
    );
    expect(body).toContain(
      '| Commit | [a1b2c3d](https://github.com/octo-org/widgets/commit/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678) |',
    );
    expect(body).toContain('| Branch | main |');
    expect(body).toContain('| Triggered by | octocat (pull&#x5F;request) |');
    expect(body).toContain('| Category | Test failure (test_failure), confidence 0.90 |');
    expect(body).toContain('This is attempt 2 of the run: it was re-run 1 time and failed again');
    expect(body).toMatch(
      /#### Key lines \(lines \d+–\d+ of the job log\)\n\n```text\n[^\n]*--- FAIL: TestCloud_configWithEnvVars/,
    );
    expect(body).toContain('- Failing tests (2):\n  - TestCloud&#x5F;configWithEnvVars');
    expect(body).toContain('#### Suggested next step\n\nRun the failing tests locally');
    expect(body).toContain('- Not analyzed (over max-jobs): windows');
    expect(body).toContain(
      'Compared with the last green [run 4200](https://github.com/octo-org/widgets/actions/runs/4200) on main',
    );
    expect(body.length).toBeLessThan(65_536);
  });

  it('lists what the runner annotated, but not its restatement of the exit code', async () => {
    const run = runInfo({ id: 4243 });
    const { verdict, gathered } = await verdictFor(
      run,
      { cidiff: 'tf-checks-run68' },
      {
        annotations: [
          { level: 'failure', message: 'Process completed with exit code 1.', path: '.github', startLine: 1 },
          {
            level: 'failure',
            message: 'The runner has received a shutdown signal.',
            path: '.github',
            startLine: 1,
          },
          { level: 'failure', message: 'Type mismatch', path: 'src/a.go', startLine: 12 },
          { level: 'warning', message: 'Node.js 16 actions are deprecated.' },
        ],
      },
    );
    const body = issueBody(s, { run, gathered, verdict, occurrence });
    const section = body.slice(body.indexOf('#### Annotations'), body.indexOf('#### Facts'));
    expect(section).toContain('- The runner has received a shutdown signal.\n');
    expect(section).toContain('- Type mismatch (src/a.go:12)');
    expect(section).not.toContain('Process completed');
    expect(section).not.toContain('deprecated');
  });

  it('caps a huge excerpt and still closes its code block', async () => {
    const run = runInfo();
    const log = [
      '##[group]Run make',
      'make',
      '##[endgroup]',
      ...Array.from({ length: 400 }, (_, i) => `error: thing ${i} ${'x'.repeat(200)}`),
      '##[error]Process completed with exit code 2.',
    ].join('\n');
    const { verdict, gathered } = await verdictFor(run, { text: log });
    const body = issueBody(s, { run, gathered, verdict, occurrence });
    const block = body.slice(body.indexOf('#### Key lines'), body.indexOf('#### Suggested'));
    expect(block.length).toBeLessThan(6_500);
    expect(block.match(/^```/gm)?.length).toBe(2);
  });

  it('notes a log that could not be read', async () => {
    const run = runInfo();
    const { verdict, gathered } = await verdictFor(
      run,
      { text: '' },
      { logStatus: 'expired', logProblem: 'Logs expired (410): GitHub keeps logs for 90 days.' },
    );
    const body = issueBody(s, { run, gathered, verdict, occurrence });
    expect(body).toContain(
      "The job's log could not be read: Logs expired (410): GitHub keeps logs for 90 days.",
    );
  });

  it('has a next step for every category', () => {
    for (const category of FAILURE_CATEGORIES) {
      const text = nextStep(s, category, {
        package: 'left-pad',
        command: 'jq',
        file: 'a.txt',
        secret: 'NPM_TOKEN',
        host: 'registry.npmjs.org',
        image: 'node:20',
        toolchain: 'node',
        resource: 'disk',
        timeoutMinutes: 30,
      });
      expect(text.length, category).toBeGreaterThan(30);
    }
    expect(nextStep(s, 'missing_secret', { secret: 'NPM_TOKEN' })).toContain('"NPM&#x5F;TOKEN"');
    expect(nextStep(s, 'docker_failure', {})).toContain('Check that the image exists');
  });
});

describe('withOccurrence', () => {
  it('replaces the marker and the occurrence line, and keeps the rest (a maintainer note survives)', async () => {
    const run = runInfo();
    const { verdict, gathered } = await verdictFor(run, { cidiff: 'tf-checks-run68' });
    const body = `${issueBody(s, { run, gathered, verdict, occurrence })}\r\n\r\nNote from a maintainer: see #12.`;
    const marker = readFailureMarker(body)!;
    const next = {
      ...marker,
      occurrence: { ...marker.occurrence, count: 2, lastRun: 101, lastSeen: '2025-03-02T09:30:00Z' },
    };
    const updated = withOccurrence(body, next, new RunLinks(run));
    expect(readFailureMarker(updated)?.occurrence.count).toBe(2);
    expect(updated).toContain('**Occurrences:** 2 · first seen 2025-03-01 10:00 UTC');
    expect(updated).toContain('last seen 2025-03-02 09:30 UTC in [run 101, attempt 1]');
    expect(updated.match(/\*\*Occurrences:\*\*/g)).toHaveLength(1);
    expect(updated).toContain('Note from a maintainer: see #12.');
    expect(updated.split('\n').length).toBe(body.split(/\r?\n/).length);
  });

  it('inserts the occurrence line when a maintainer deleted it', () => {
    const marker = readFailureMarker(
      `${renderFailureMarker({ fingerprint: 'ab', workflowPath: 'w', branch: 'b', occurrence })}\nrest`,
    )!;
    const updated = withOccurrence(`${renderFailureMarker(marker)}\nrest`, marker, new RunLinks(runInfo()));
    expect(updated.split('\n')[1]).toMatch(/^\*\*Occurrences:\*\* 1/);
    expect(updated.endsWith('rest')).toBe(true);
  });
});

describe('links', () => {
  it('derive the repository from the run URL, so GHES hosts work', () => {
    const links = new RunLinks(
      runInfo({ htmlUrl: 'https://ghe.example.com/octo-org/widgets/actions/runs/5' }),
    );
    expect(links.run(5, 2)).toBe('https://ghe.example.com/octo-org/widgets/actions/runs/5/attempts/2');
    expect(links.commit('abc')).toBe('https://ghe.example.com/octo-org/widgets/commit/abc');
  });

  it('finds the step by name, else the first failed step, and never links an odd URL', () => {
    const job = failedJob({
      failedSteps: [
        { number: 3, name: 'Build', conclusion: 'failure' },
        { number: 5, name: 'Test', conclusion: 'failure' },
      ],
    });
    expect(failedStepNumber(job, 'Test')).toBe(5);
    expect(failedStepNumber(job, 'nope')).toBe(3);
    expect(stepUrl(job, 5)).toBe(`${job.htmlUrl}#step:5:1`);
    expect(stepUrl({ ...job, htmlUrl: 'javascript:alert(1)' }, 5)).toBeUndefined();
  });

  it('formats times for people', () => {
    expect(formatTime('2025-03-01T10:04:59Z')).toBe('2025-03-01 10:04 UTC');
    expect(formatTime('')).toBe('an unknown time');
  });
});

describe('comments', () => {
  it('start with an occurrence marker naming the run, and escape what the run names', async () => {
    const run = runInfo({ id: 77, attempt: 2, headBranch: '@admin' });
    const { verdict } = await verdictFor(run, { cidiff: 'tf-checks-run68' }, { name: 'test #3' });
    const comment = seenAgainComment(s, {
      run,
      verdict,
      fingerprint: verdict.fingerprint,
      occurrence: { ...occurrence, count: 4 },
    });
    const markers = parseMarkers(comment);
    expect(markers[0]?.fields).toEqual({
      kind: 'occurrence',
      fingerprint: verdict.fingerprint,
      run: '77',
      attempt: '2',
      branch: '@admin',
      'failed-at': run.createdAt,
      sha: run.headSha,
    });
    expect(comment).toContain('on @\u200Badmin');
    expect(comment).toContain('test #\u200B3');
    expect(comment).toContain('That makes 4 occurrences.');
  });
});

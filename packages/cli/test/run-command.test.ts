/**
 * `autoheal run` end to end: the compiled CLI (lib/main.js) as a real process, with the
 * environment a GitLab, Jenkins or Buildkite job gives it (ci-info reads it for real), wrapping a
 * real failing command (node's own test runner on a failing test, wrapped by a script that exits
 * 3), filing into the GitHub simulator.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { readFailureMarker } from '@autoheal/core/filing/issue-body';
import { childOutput } from '@autoheal/testkit/child-output';
import { writes } from '@autoheal/testkit/sim-writes';
import { SIMULATOR_TOKEN, seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/paths.js';

const MAIN = path.join(REPO_ROOT, 'packages', 'cli', 'lib', 'main.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'autoheal-cli-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SECRET = 'hunter2-deploy-value-9f8e7d';
const GH_TOKEN_IN_LOG = `ghp_${'A1b2C3d4E5'.repeat(3)}123456`;

// A real failing test, run by node's own test runner; the wrapper exits 3 as a build script would.
writeFileSync(
  path.join(dir, 'sum.test.mjs'),
  `import { test } from 'node:test';
import assert from 'node:assert/strict';
test('adds two numbers', () => {
  console.log('deploying with ${GH_TOKEN_IN_LOG}');
  assert.equal(1 + 1, 3, 'sum is wrong, DEPLOY_TOKEN=' + process.env.DEPLOY_TOKEN);
});
`,
);
writeFileSync(
  path.join(dir, 'ci.mjs'),
  `import { spawnSync } from 'node:child_process';
process.stdout.write('out-1\\n');
process.stderr.write('err-1\\n');
const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', 'sum.test.mjs'], { stdio: 'inherit' });
process.stdout.write('out-2\\n');
process.exit(r.status === 0 ? 0 : 3);
`,
);
// Waits for SIGTERM, says so, and exits 7: what autoheal passes on must reach it.
writeFileSync(
  path.join(dir, 'trap.mjs'),
  `process.on('SIGTERM', () => { process.stdout.write('child got SIGTERM\\n'); process.exit(7); });
process.stdout.write('ready\\n');
setInterval(() => {}, 1000);
`,
);

writeFileSync(path.join(dir, 'echo.mjs'), `console.log(process.argv.slice(2).join(' '));\n`);

const COMMIT = 'c0ffee0000000000000000000000000000000001';

/** A clean environment: nothing of the machine running the tests (its own CI) leaks in. */
function baseEnv(extra: Record<string, string>): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    DEPLOY_TOKEN: SECRET,
    AUTOHEAL_WRITE_PACING_MS: '0',
    AUTOHEAL_WAIT_SCALE_MS: '1',
    ...extra,
  };
}

function gitlab(job: string): Record<string, string> {
  return {
    CI: 'true',
    GITLAB_CI: 'true',
    CI_PIPELINE_ID: '812',
    CI_JOB_ID: job,
    CI_JOB_URL: `https://gitlab.example.com/acme/shop/-/jobs/${job}`,
    CI_JOB_NAME: 'unit tests',
    CI_COMMIT_BRANCH: 'main',
    CI_COMMIT_SHA: COMMIT,
    CI_DEFAULT_BRANCH: 'main',
  };
}

function jenkins(build: string): Record<string, string> {
  return {
    JENKINS_URL: 'https://jenkins.example.com/',
    BUILD_ID: build,
    BUILD_NUMBER: build,
    BUILD_URL: `https://jenkins.example.com/job/shop/${build}/`,
    JOB_NAME: 'shop',
    GIT_BRANCH: 'origin/main',
    GIT_COMMIT: COMMIT,
    GIT_URL: 'https://github.com/octo-org/widgets.git',
  };
}

function buildkite(build: string): Record<string, string> {
  return {
    CI: 'true',
    BUILDKITE: 'true',
    BUILDKITE_BUILD_NUMBER: build,
    BUILDKITE_JOB_ID: `0190a3c2-0000-4000-8000-00000000000${build.slice(-1)}`,
    BUILDKITE_BUILD_URL: `https://buildkite.com/acme/shop/builds/${build}`,
    BUILDKITE_LABEL: ':node: test',
    BUILDKITE_BRANCH: 'main',
    BUILDKITE_COMMIT: COMMIT,
    BUILDKITE_PIPELINE_DEFAULT_BRANCH: 'main',
    BUILDKITE_REPO: 'git@github.com:octo-org/widgets.git',
  };
}

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

async function cli(
  args: string[],
  env: Record<string, string>,
  onStdout?: (text: string, child: ReturnType<typeof spawn>) => void,
  cwd = dir,
): Promise<Ran> {
  const started = Date.now();
  const child = spawn(process.execPath, [MAIN, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = await childOutput(child, (text) => onStdout?.(text, child));
  return { ...output, ms: Date.now() - started };
}

const sims: GitHubSimulator[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((s) => s.close()));
});

async function sim(): Promise<GitHubSimulator> {
  const s = await startGitHubSimulator({
    seed: seedBuilder()
      .repo('octo-org/widgets', (r) => r.file('README.md', '# widgets'))
      .build(),
  });
  sims.push(s);
  return s;
}

function issuesOf(s: GitHubSimulator) {
  return [...s.state.requireRepo('octo-org/widgets').issues.values()].filter((i) => !i.pull);
}

const FILE = ['run', '--repo', 'octo-org/widgets'];

describe('autoheal run', () => {
  it('passes output and the exit code through unchanged, and prints the diagnosis without a token', async () => {
    const alone = await childOutput(spawn(process.execPath, ['ci.mjs'], { cwd: dir, env: baseEnv({}) }));
    // As under `pnpm --filter`: INIT_CWD elsewhere; the command still runs in our folder.
    const wrapped = await cli(['run', '--', 'node', 'ci.mjs'], baseEnv({ INIT_CWD: os.tmpdir() }));

    expect(alone.code).toBe(3);
    expect(wrapped.code).toBe(3);
    // Byte for byte what the command wrote to stdout, minus run-to-run timings.
    const timings = (s: string) =>
      s.replace(/\(\d+(?:\.\d+)?ms\)/g, '(…ms)').replace(/duration_ms [\d.]+/g, 'duration_ms …');
    expect(timings(wrapped.stdout)).toBe(timings(alone.stdout));
    expect(wrapped.stdout.indexOf('out-1')).toBeLessThan(wrapped.stdout.indexOf('out-2'));
    expect(wrapped.stderr.startsWith('err-1\n')).toBe(true);
    expect(wrapped.stderr).toContain('autoheal: Test failure (test_failure)');
    expect(wrapped.stderr).toContain('autoheal: no token');
    expect(wrapped.stderr).not.toContain(SECRET);
    expect(wrapped.stderr.split('autoheal:')[1]).not.toContain(GH_TOKEN_IN_LOG);
  });

  it('files one issue from GitLab CI and updates it, not a second one, when the same failure comes again', async () => {
    const s = await sim();
    const env = (job: string) => baseEnv({ ...gitlab(job), GITHUB_TOKEN: SIMULATOR_TOKEN });

    const first = await cli([...FILE, '--api', s.url, '--', 'node', 'ci.mjs'], env('4411'));
    expect(first.code).toBe(3);
    expect(first.stderr).toMatch(/autoheal: Created issue 1/);
    const second = await cli([...FILE, '--api', s.url, '--', 'node', 'ci.mjs'], env('4412'));
    expect(second.code).toBe(3);
    expect(second.stderr).toMatch(/autoheal: Commented on issue 1 \(\S+\): seen again \(occurrence 2\)/);

    const issues = issuesOf(s);
    expect(issues).toHaveLength(1);
    const issue = issues[0]!;
    expect(issue.title).toMatch(/^\[autoheal\] GitLab CI · node ci\.mjs: Test failure: /);
    expect(issue.labels).toEqual(['autoheal', 'autoheal:test_failure']);
    const marker = readFailureMarker(issue.body);
    expect(marker).toMatchObject({ workflowPath: 'external:run', branch: 'main' });
    expect(marker?.occurrence.count).toBe(2);
    expect(issue.body).toContain('[run 812, job 4411](https://gitlab.example.com/acme/shop/-/jobs/4411)');
    expect(issue.body).toContain('| Exit code | 3 |');
    expect(issue.body).toContain('| Branch | main |');
    expect(issue.body).toContain('c0ffee0');
    expect(issue.body).toContain('sum is wrong');
    // Secrets the command printed never reach GitHub: an env secret, and a token by its shape.
    const everything = [issue.title, issue.body, ...issue.comments.map((c) => c.body)].join('\n');
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain(GH_TOKEN_IN_LOG);
    expect(everything).toContain('[REDACTED:');
    expect(issue.comments).toHaveLength(1);
    expect(issue.comments[0]!.body).toContain(
      '[run 812, job 4412](https://gitlab.example.com/acme/shop/-/jobs/4412) (GitLab CI)',
    );
  });

  it('claims the failure on the real commit, and takes over a stale claim within the timeout', async () => {
    const s = await sim();
    const head = s.state.requireRepo('octo-org/widgets').refs.get('refs/heads/main')!;
    const env = (job: string) =>
      baseEnv({ ...gitlab(job), CI_COMMIT_SHA: head, GITHUB_TOKEN: SIMULATOR_TOKEN });
    const first = await cli([...FILE, '--api', s.url, '--', 'node', 'ci.mjs'], env('21'));
    expect(first.code).toBe(3);
    const repo = s.state.requireRepo('octo-org/widgets');
    const claims = [...repo.refs.keys()].filter((r) => r.startsWith('refs/autoheal/claims/'));
    expect(claims).toHaveLength(1);
    // Closed by hand long ago: nothing releases the claim, and the issue is past reopening.
    const issue = issuesOf(s)[0]!;
    const longAgo = new Date(Date.now() - 60 * 86_400_000).toISOString();
    Object.assign(issue, {
      state: 'closed',
      state_reason: 'completed',
      closed_at: longAgo,
      updated_at: longAgo,
    });

    const second = await cli([...FILE, '--api', s.url, '--', 'node', 'ci.mjs'], env('22'));
    expect(second.code).toBe(3);
    expect(second.stderr).toMatch(/autoheal: Created issue 2 /);
    expect(second.ms).toBeLessThan(20_000);
    expect(issuesOf(s).filter((i) => i.state === 'open')).toHaveLength(1);
  }, 40_000);

  it('files from Jenkins and Buildkite into the same issue, the repository read from their git remotes', async () => {
    const s = await sim();
    const token = { AUTOHEAL_TOKEN: SIMULATOR_TOKEN };
    const j = await cli(
      ['run', '--api', s.url, '--', 'node', 'ci.mjs'],
      baseEnv({ ...jenkins('57'), ...token }),
    );
    const b = await cli(
      ['run', '--api', s.url, '--', 'node', 'ci.mjs'],
      baseEnv({ ...buildkite('90'), ...token }),
    );

    expect([j.code, b.code]).toEqual([3, 3]);
    const issues = issuesOf(s);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.body).toContain('Jenkins: [run 57](https://jenkins.example.com/job/shop/57/)');
    expect(issues[0]!.comments[0]!.body).toContain('(Buildkite)');
    expect(issues[0]!.comments[0]!.body).toContain('https://buildkite.com/acme/shop/builds/90#');
    expect(readFailureMarker(issues[0]!.body)?.occurrence.count).toBe(2);
  });

  it('keeps the exit code when GitHub is down, and when it is slow gives up after --timeout', async () => {
    // A port nobody listens on: connection refused.
    const port = await new Promise<number>((resolve) => {
      const srv = createServer();
      srv.listen(0, '127.0.0.1', () => {
        const p = (srv.address() as { port: number }).port;
        srv.close(() => resolve(p));
      });
    });
    const env = baseEnv({ ...gitlab('1'), GITHUB_TOKEN: SIMULATOR_TOKEN });
    const down = await cli([...FILE, '--api', `http://127.0.0.1:${port}`, '--', 'node', 'ci.mjs'], env);
    expect(down.code).toBe(3);
    expect(down.stderr).toContain('autoheal: could not file the failure');
    expect(down.stderr).toContain('the exit code stays 3');

    const s = await sim();
    s.faults.inject({ path: /.*/, times: Number.POSITIVE_INFINITY, fault: { kind: 'delay', ms: 30_000 } });
    const slow = await cli([...FILE, '--api', s.url, '--timeout', '2', '--', 'node', 'ci.mjs'], env);
    expect(slow.code).toBe(3);
    expect(slow.stderr).toContain('gave up on the diagnosis after 2 s (--timeout); the exit code stays 3');
    // The command itself takes well under a second; 2 s of waiting, then out.
    expect(slow.ms).toBeLessThan(8000);
    expect(issuesOf(s)).toHaveLength(0);

    // Stopped while it waits for GitHub (a cancelled build): out at once, with the command's code.
    let sent = false;
    const stopped = await cli([...FILE, '--api', s.url, '--', 'node', 'ci.mjs'], env, (out, child) => {
      if (!sent && out.includes('out-2')) {
        sent = true;
        setTimeout(() => child.kill('SIGTERM'), 300);
      }
    });
    expect(stopped.code).toBe(3);
    expect(stopped.stderr).toContain('autoheal: stopped by SIGTERM while filing; the exit code stays 3');
    expect(stopped.ms).toBeLessThan(8000);
  }, 40_000);

  it('passes SIGTERM on to the command, returns its exit code, and reports nothing for a stopped build', async () => {
    const s = await sim();
    const env = baseEnv({ ...gitlab('2'), GITHUB_TOKEN: SIMULATOR_TOKEN });
    const ran = await cli([...FILE, '--api', s.url, '--', 'node', 'trap.mjs'], env, (out, child) => {
      if (out === 'ready\n') child.kill('SIGTERM');
    });
    expect(ran.stdout).toBe('ready\nchild got SIGTERM\n');
    expect(ran.code).toBe(7);
    expect(ran.stderr).toContain('the command was stopped (SIGTERM)');
    expect(s.requests).toHaveLength(0);
  });

  it('returns 128+n when a signal ends the command, and 127 for a command that does not exist', async () => {
    const killed = await cli(
      ['run', '--', 'node', '-e', "process.kill(process.pid, 'SIGKILL')"],
      baseEnv({ AUTOHEAL_ENABLED: 'false' }),
    );
    expect(killed.code).toBe(128 + os.constants.signals.SIGKILL);
    const missing = await cli(
      ['run', '--', 'no-such-command-autoheal'],
      baseEnv({ AUTOHEAL_ENABLED: 'false' }),
    );
    expect(missing.code).toBe(127);
    expect(missing.stderr).toContain('no-such-command-autoheal: command not found');
  });

  it('AUTOHEAL_ENABLED=false only runs the command; --dry-run reads and writes nothing', async () => {
    const s = await sim();
    const off = await cli(
      [...FILE, '--api', s.url, '--', 'node', 'ci.mjs'],
      baseEnv({ ...gitlab('3'), GITHUB_TOKEN: SIMULATOR_TOKEN, AUTOHEAL_ENABLED: 'false' }),
    );
    expect(off.code).toBe(3);
    expect(off.stderr).not.toContain('autoheal:');
    expect(s.requests).toHaveLength(0);

    const dry = await cli(
      [...FILE, '--api', s.url, '--dry-run', '--', 'node', 'ci.mjs'],
      baseEnv({ ...gitlab('4'), GITHUB_TOKEN: SIMULATOR_TOKEN }),
    );
    expect(dry.code).toBe(3);
    expect(dry.stderr).toContain('Would create');
    expect(writes(s)).toEqual([]);
    expect(issuesOf(s)).toHaveLength(0);
  });

  it("reads the repository's .github/autoheal.yml from a package folder: its labels, scope and enabled", async () => {
    const s = await sim();
    const repo = mkdtempSync(path.join(dir, 'mono-'));
    execFileSync('git', ['init', '-q', repo]);
    mkdirSync(path.join(repo, '.github'));
    mkdirSync(path.join(repo, 'packages', 'shop'), { recursive: true });
    const pkg = path.join(repo, 'packages', 'shop');
    writeFileSync(
      path.join(pkg, 'ci.mjs'),
      'console.log("Error: Cannot find module \'left-pad\'"); process.exit(4);\n',
    );
    const config = path.join(repo, '.github', 'autoheal.yml');
    writeFileSync(config, 'labels:\n  extra: [from-gitlab]\nissues:\n  scope: all\n');
    // A feature branch: filed only because the config's scope is `all`.
    const env = baseEnv({ ...gitlab('9'), CI_COMMIT_BRANCH: 'feature/x', GITHUB_TOKEN: SIMULATOR_TOKEN });

    const filed = await cli([...FILE, '--api', s.url, '--', 'node', 'ci.mjs'], env, undefined, pkg);
    expect(filed.code).toBe(4);
    expect(issuesOf(s)).toHaveLength(1);
    expect(issuesOf(s)[0]!.labels).toContain('from-gitlab');

    writeFileSync(config, 'labels:\n  extra: [from-gitlab]\n');
    const outOfScope = await cli(
      [...FILE, '--api', s.url, '--', 'node', 'ci.mjs'],
      { ...env, CI_JOB_ID: '10' },
      undefined,
      pkg,
    );
    expect(outOfScope.code).toBe(4);
    expect(outOfScope.stderr).toContain(
      'Not filed: the failure is on feature/x, not the default branch main',
    );

    writeFileSync(config, 'enabled: false\n');
    const before = s.requests.length;
    const off = await cli([...FILE, '--api', s.url, '--', 'node', 'ci.mjs'], env, undefined, pkg);
    expect(off.code).toBe(4);
    expect(off.stderr).toContain('enabled is false in .github/autoheal.yml');
    expect(s.requests.length).toBe(before);
  });

  it('leaves the wrapped command its own --help', async () => {
    const ran = await cli(['run', '--', 'node', 'echo.mjs', '--help'], baseEnv({}));
    expect(ran.code).toBe(0);
    expect(ran.stdout).toBe('--help\n');
  });
});

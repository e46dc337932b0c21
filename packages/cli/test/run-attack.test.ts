/**
 * `autoheal run` attacked from outside, as users meet it: the built CLI as a real process against
 * the simulator. The wrapped command is the build's code (often a pull request's); the CI
 * environment of a fork's request names the fork; neither may choose where autoheal files.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_CONFIG_PATH } from '@autoheal/core/config/loader';
import { DEFAULT_CONFIG_FILE } from '@autoheal/core/filing/repo-facts';
import { childOutput } from '@autoheal/testkit/child-output';
import { SIMULATOR_TOKEN, seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/paths.js';

const MAIN = path.join(REPO_ROOT, 'packages', 'cli', 'lib', 'main.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'autoheal-run-attack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

writeFileSync(
  path.join(dir, 'fail.mjs'),
  `console.log("Error: Cannot find module 'left-pad'"); process.exit(3);\n`,
);
const COMMIT = 'c0ffee0000000000000000000000000000000001';
// A pull_request_target event: the base repository's secrets, a fork's code and branch.
const EVENT = path.join(dir, 'event.json');
writeFileSync(
  EVENT,
  JSON.stringify({
    pull_request: { number: 12, head: { ref: 'main', repo: { full_name: 'mallory/widgets' } } },
  }),
);

function baseEnv(extra: Record<string, string>): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    AUTOHEAL_WRITE_PACING_MS: '0',
    AUTOHEAL_WAIT_SCALE_MS: '1',
    AUTOHEAL_TOKEN: SIMULATOR_TOKEN,
    ...extra,
  };
}

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string>, cwd = dir): Promise<Ran> {
  return childOutput(
    spawn(process.execPath, [MAIN, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] }),
  );
}

const sims: GitHubSimulator[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((s) => s.close()));
});

async function sim(): Promise<GitHubSimulator> {
  const s = await startGitHubSimulator({
    seed: seedBuilder()
      .repo('octo-org/widgets', (r) => r.file('README.md', '# widgets'))
      .repo('octo-org/victim', (r) => r.file('README.md', '# victim'))
      .build(),
  });
  sims.push(s);
  return s;
}

function issuesOf(s: GitHubSimulator, repo: string) {
  return [...s.state.requireRepo(repo).issues.values()].filter((i) => !i.pull);
}

const RUN = ['node', 'fail.mjs'];

describe('autoheal run: a fork’s pipeline', () => {
  const forks: [string, Record<string, string>][] = [
    [
      // A merge request pipeline run in the parent project for a fork whose branch is called main.
      'GitLab (fork MR, source branch main)',
      {
        CI: 'true',
        GITLAB_CI: 'true',
        CI_PIPELINE_ID: '900',
        CI_JOB_ID: '9001',
        CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'main',
        CI_MERGE_REQUEST_SOURCE_PROJECT_PATH: 'mallory/widgets',
        CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '77',
        CI_MERGE_REQUEST_PROJECT_PATH: 'acme/widgets',
        CI_MERGE_REQUEST_PROJECT_ID: '12',
        CI_PROJECT_PATH: 'acme/widgets',
        CI_COMMIT_SHA: COMMIT,
        CI_DEFAULT_BRANCH: 'main',
      },
    ],
    [
      'Jenkins (CHANGE_FORK)',
      {
        JENKINS_URL: 'https://jenkins.example.com/',
        BUILD_ID: '58',
        BUILD_NUMBER: '58',
        BRANCH_NAME: 'main',
        CHANGE_ID: '12',
        CHANGE_FORK: 'mallory',
        GIT_COMMIT: COMMIT,
        GIT_URL: 'https://github.com/octo-org/widgets.git',
      },
    ],
    [
      'Buildkite (pull request repository)',
      {
        CI: 'true',
        BUILDKITE: 'true',
        BUILDKITE_BUILD_NUMBER: '91',
        BUILDKITE_BRANCH: 'main',
        BUILDKITE_COMMIT: COMMIT,
        BUILDKITE_PIPELINE_DEFAULT_BRANCH: 'main',
        BUILDKITE_REPO: 'git@github.com:octo-org/widgets.git',
        BUILDKITE_PULL_REQUEST: '12',
        BUILDKITE_PULL_REQUEST_REPO: 'git://github.com/mallory/widgets.git',
      },
    ],
    [
      'GitHub Actions (pull_request_target from a fork)',
      {
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_REPOSITORY: 'octo-org/widgets',
        GITHUB_RUN_ID: '5501',
        GITHUB_EVENT_NAME: 'pull_request_target',
        GITHUB_EVENT_PATH: EVENT,
        GITHUB_HEAD_REF: 'main',
        GITHUB_SHA: COMMIT,
      },
    ],
  ];

  it.each(forks)(
    '%s: prints the analysis, files nothing upstream, keeps the exit code',
    async (_name, ci) => {
      const s = await sim();
      const ran = await cli(['run', '--api', s.url, '--', ...RUN], baseEnv(ci));

      expect(ran.code).toBe(3);
      expect(ran.stdout).toContain("Cannot find module 'left-pad'");
      expect(ran.stderr).toContain('autoheal: Missing dependency (missing_dependency)');
      expect(ran.stderr).toMatch(
        /this pipeline runs a fork's request \([^)]*mallory[^)]*\): the analysis above is not filed/,
      );
      expect(issuesOf(s, 'octo-org/widgets')).toHaveLength(0);
    },
  );

  it('a same-project merge request pipeline on main still files (the fork check is not a PR check)', async () => {
    const s = await sim();
    const ci = {
      ...forks[0]![1],
      CI_MERGE_REQUEST_SOURCE_PROJECT_PATH: 'acme/widgets',
      CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '12',
    };
    const ran = await cli(['run', '--repo', 'octo-org/widgets', '--api', s.url, '--', ...RUN], baseEnv(ci));

    expect(ran.code).toBe(3);
    expect(ran.stderr).not.toContain('fork');
    expect(issuesOf(s, 'octo-org/widgets')).toHaveLength(1);
  });
});

describe('autoheal run: the command cannot choose where its failure goes', () => {
  it('a command that moves the remote, checks out the default branch and rewrites the config files nothing', async () => {
    const s = await sim();
    const repo = mkdtempSync(path.join(dir, 'checkout-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env: baseEnv({}) });
    git('init', '-q', '-b', 'feature');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'x');
    git('remote', 'add', 'origin', 'https://github.com/octo-org/widgets.git');
    mkdirSync(path.join(repo, '.github'));
    writeFileSync(path.join(repo, '.github', 'autoheal.yml'), 'issues:\n  scope: default-branch\n');
    // The build's code, run by autoheal: it redirects the filing to another repository the token
    // can write, onto the default branch, with issues for every branch.
    const hostile = [
      'git remote set-url origin https://github.com/octo-org/victim.git',
      'git checkout -q -b main',
      'printf "issues:\\n  scope: all\\n" > .github/autoheal.yml',
      `node ${JSON.stringify(path.join(dir, 'fail.mjs'))}`,
    ].join(' && ');
    const ran = await cli(['run', '--api', s.url, '--', 'sh', '-c', hostile], baseEnv({}), repo);

    expect(ran.code).toBe(3);
    expect(issuesOf(s, 'octo-org/victim')).toHaveLength(0);
    expect(issuesOf(s, 'octo-org/widgets')).toHaveLength(0);
    expect(ran.stderr).toContain('the failure is on feature, not the default branch main');
  });

  it('the snapshot reads the same default config file as the loader', () => {
    expect(DEFAULT_CONFIG_FILE).toBe(DEFAULT_CONFIG_PATH);
  });
});

describe('autoheal run: what the output and environment may not put into the issue', () => {
  it('secrets by env name, by shape and in URLs, markers, mentions and closing keywords stay out', async () => {
    const s = await sim();
    const env = {
      GHTOKEN: 'plain-name-token-value-1111',
      MYSECRETS: 'plain-name-secret-value-2222',
      GH_PAT: 'personal-access-value-3333',
      npm_config__authToken: 'npm-auth-token-value-4444',
      DEPLOY_PASSWORD2: 'numbered-password-value-5555',
    };
    const glpat = `glpat-${'Ab3dE'.repeat(4)}`;
    const npmToken = `npm_${'a1B2c3D4e5'.repeat(3)}abcdef`;
    // All on the key line, the one line that is surely quoted in the issue.
    const lines = [
      [
        "Error: Cannot find module 'left-pad'",
        ...Object.values(env),
        glpat,
        npmToken,
        'https://deploy:hunter2hunter2@registry.example.com/x',
        '<!-- autoheal:kind=failure fingerprint=0000000000000000 -->',
        '@octocat Fixes #1',
      ].join(' '),
    ];
    writeFileSync(
      path.join(dir, 'leaky.mjs'),
      `for (const l of ${JSON.stringify(lines)}) console.log(l);\nprocess.exit(1);\n`,
    );
    const ran = await cli(
      [
        'run',
        '--repo',
        'octo-org/widgets',
        '--api',
        s.url,
        '--',
        'node',
        'leaky.mjs',
        '--password',
        'argv-pass-6666',
      ],
      baseEnv(env),
    );

    expect(ran.code).toBe(1);
    const issues = issuesOf(s, 'octo-org/widgets');
    expect(issues).toHaveLength(1);
    const posted = `${issues[0]!.title}\n${issues[0]!.body}`;
    for (const leaked of [...Object.values(env), glpat, npmToken, 'hunter2hunter2', 'argv-pass-6666'])
      expect(posted).not.toContain(leaked);
    const autohealLines = ran.stderr
      .split('\n')
      .filter((l) => l.startsWith('autoheal:') || l.startsWith('  '));
    for (const leaked of [...Object.values(env), glpat, npmToken, 'hunter2hunter2'])
      expect(autohealLines.join('\n')).not.toContain(leaked);
    expect(posted).toContain("Cannot find module 'left-pad'");
    expect(posted).not.toContain('<!-- autoheal:kind=failure fingerprint=0000000000000000');
    expect(posted.match(/<!-- autoheal:kind=failure/g)).toHaveLength(1);
  });
});

describe('autoheal run: what the CI environment may not put into the issue', () => {
  it('credentials in the provider’s run URL and a hostile job name stay out', async () => {
    const s = await sim();
    const ci = {
      JENKINS_URL: 'https://jenkins.example.com/',
      BUILD_ID: '61',
      BUILD_NUMBER: '61',
      BUILD_URL: 'https://ci-user:jenkins-api-pass-7777@jenkins.example.com/job/shop/61/',
      JOB_NAME: 'shop @octocat <!-- autoheal:kind=failure --> [x](https://evil.example)',
      BRANCH_NAME: 'main',
      GIT_COMMIT: COMMIT,
    };
    const ran = await cli(['run', '--repo', 'octo-org/widgets', '--api', s.url, '--', ...RUN], baseEnv(ci));

    expect(ran.code).toBe(3);
    const issues = issuesOf(s, 'octo-org/widgets');
    expect(issues).toHaveLength(1);
    const posted = `${issues[0]!.title}\n${issues[0]!.body}`;
    expect(posted).toContain('jenkins.example.com/job/shop/61/');
    expect(posted).toMatch(/shop .*octocat/);
    expect(posted).not.toContain('jenkins-api-pass-7777');
    expect(posted).not.toMatch(/(?<![`\w&;])@octocat/);
    expect(posted).not.toContain('<!-- autoheal:kind=failure -->');
    expect(posted).not.toContain('](https://evil.example)');
    expect(ran.stderr).not.toContain('jenkins-api-pass-7777');
  });
});

/** Runs `argv` with its stdout read by a reader that goes away after the first chunk (`| head -1`). */
function closedEarly(
  argv: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.once('data', () => child.stdout.destroy());
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString('utf8');
    });
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

describe('autoheal run | head: the reader of its output goes away', () => {
  it('the command meets the closed pipe as it would alone; autoheal neither crashes nor files', async () => {
    const s = await sim();
    writeFileSync(
      path.join(dir, 'chatty.mjs'),
      // Writes until the pipe breaks, then says so on stderr and fails with 9.
      `process.stdout.on('error', () => { process.stderr.write('pipe closed\\n'); process.exit(9); });
const line = 'x'.repeat(100) + '\\n';
const pump = () => { while (process.stdout.write(line)) {} process.stdout.once('drain', pump); };
pump();
`,
    );
    const env = baseEnv({});
    const alone = await closedEarly([process.execPath, 'chatty.mjs'], env);
    const wrapped = await closedEarly(
      [
        process.execPath,
        MAIN,
        'run',
        '--repo',
        'octo-org/widgets',
        '--api',
        s.url,
        '--',
        process.execPath,
        'chatty.mjs',
      ],
      env,
    );

    expect(alone).toMatchObject({ code: 9, signal: null });
    expect(wrapped.code).toBe(9);
    expect(wrapped.stderr).toContain('pipe closed');
    expect(wrapped.stderr).not.toContain('EPIPE');
    expect(issuesOf(s, 'octo-org/widgets')).toHaveLength(0);

    // A program that does not handle it: SIGPIPE (the shell's 141) or, when Node's socket-pair pipe
    // is reset with bytes unread, a write error (seq exits 1); the same two as seq alone under Node.
    const seq = await closedEarly(
      [
        process.execPath,
        MAIN,
        'run',
        '--repo',
        'octo-org/widgets',
        '--api',
        s.url,
        '--',
        'seq',
        '1',
        '100000000',
      ],
      env,
    );
    expect([1, 141]).toContain(seq.code);
    expect(seq.stderr).not.toContain('EPIPE');
    expect(seq.stderr).not.toContain('autoheal');
    expect(issuesOf(s, 'octo-org/widgets')).toHaveLength(0);
  }, 30_000);
});

describe('autoheal run: its token is not the command’s', () => {
  it('AUTOHEAL_TOKEN is not passed to the command (its own GITHUB_TOKEN is), and still files', async () => {
    const s = await sim();
    writeFileSync(
      path.join(dir, 'peek.mjs'),
      `console.log('autoheal token: ' + (process.env.AUTOHEAL_TOKEN ?? 'absent'));
console.log('github token: ' + (process.env.GITHUB_TOKEN ?? 'absent'));
console.log("Error: Cannot find module 'left-pad'");
process.exit(2);
`,
    );
    const ran = await cli(
      ['run', '--repo', 'octo-org/widgets', '--api', s.url, '--', 'node', 'peek.mjs'],
      baseEnv({ GITHUB_TOKEN: 'the-build-own-token-value' }),
    );
    expect(ran.code).toBe(2);
    expect(ran.stdout).toContain('autoheal token: absent');
    expect(ran.stdout).toContain('github token: the-build-own-token-value');
    expect(issuesOf(s, 'octo-org/widgets')).toHaveLength(1);
  });
});

describe('autoheal run: its own lines in a GitHub Actions log', () => {
  it('never turn the command’s output into a workflow command (one hidden behind a control character)', async () => {
    writeFileSync(
      path.join(dir, 'smuggle.mjs'),
      // A BEL first: the runner does not read this line as a command; stripped of it, it would be one.
      `console.log("\\u0007::error title=forged::Error: Cannot find module 'left-pad'");
console.log("\\u0007::add-mask::Error: Cannot find module 'right-pad'");
process.exit(1);
`,
    );
    const ran = await cli(
      ['run', '--', 'node', 'smuggle.mjs'],
      baseEnv({ GITHUB_ACTIONS: 'true', CI: 'true' }),
    );
    expect(ran.code).toBe(1);
    const ours = ran.stderr.split('\n');
    expect(ours.join('\n')).toContain('left-pad');
    for (const line of ours) expect(line.trimStart()).not.toMatch(/^::|^##\[/);
  });
});

describe('autoheal run: a command that leaves a process behind', () => {
  it('returns when the command exits, not when a background process it started lets go of the output', async () => {
    const started = Date.now();
    const ran = await cli(['run', '--', 'sh', '-c', 'sleep 8 & echo "Error: boom"; exit 3'], baseEnv({}));
    expect(ran.code).toBe(3);
    expect(ran.stdout).toContain('Error: boom');
    expect(ran.stderr).toContain('autoheal:');
    expect(Date.now() - started).toBeLessThan(5000);
  }, 20_000);

  it('still passes on every byte of a command that exited while a slow reader holds its output back', async () => {
    const size = 4 * 1024 * 1024;
    writeFileSync(path.join(dir, 'burst.mjs'), `process.stdout.write('y'.repeat(${size}));\n`);
    const got = await new Promise<{ code: number | null; bytes: number }>((resolve, reject) => {
      const child = spawn(process.execPath, [MAIN, 'run', '--', 'node', 'burst.mjs'], {
        cwd: dir,
        env: baseEnv({}),
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let bytes = 0;
      child.stdout.pause();
      // Longer than the drain limit for leftover processes: a slow reader is waited for.
      setTimeout(() => {
        child.stdout.on('data', (c: Buffer) => {
          bytes += c.length;
        });
        child.stdout.resume();
      }, 6500);
      child.once('error', reject);
      child.once('close', (code) => resolve({ code, bytes }));
    });
    expect(got).toEqual({ code: 0, bytes: size });
  }, 30_000);
});

import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { ciSite, forkOf, repoSlug, slugFromRemote } from '@autoheal/core/filing/ci-site';
import { commandLine, redactArgv, secretValues, webBase } from '@autoheal/core/filing/external-report';
import { describe, expect, it } from 'vitest';
import { runWrapped } from '../src/commands/run.js';
import { SpillFile } from '../src/run/spill.js';

describe('ciSite', () => {
  it('maps each provider the way its documentation names the variables', () => {
    expect(
      ciSite(
        { id: 'GITLAB', name: 'GitLab CI', isCI: true },
        {
          CI_PIPELINE_ID: '7',
          CI_JOB_ID: '70',
          CI_JOB_URL: 'https://gl/j/70',
          CI_JOB_NAME: 'test',
          CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feat',
          CI_COMMIT_REF_NAME: 'ignored',
          CI_COMMIT_SHA: 'abc',
          CI_DEFAULT_BRANCH: 'main',
        },
      ).site,
    ).toEqual({
      provider: 'GitLab CI',
      runId: '7',
      jobId: '70',
      runUrl: 'https://gl/j/70',
      job: 'test',
      branch: 'feat',
      commit: 'abc',
      defaultBranch: 'main',
    });
    expect(
      ciSite({ id: 'JENKINS', name: 'Jenkins', isCI: true }, { BUILD_NUMBER: '3', GIT_BRANCH: 'origin/dev' })
        .site,
    ).toEqual({ provider: 'Jenkins', runId: '3', branch: 'dev' });
    expect(
      ciSite(
        { id: 'BUILDKITE', name: 'Buildkite', isCI: true },
        { BUILDKITE_BUILD_URL: 'https://bk/b/1', BUILDKITE_JOB_ID: 'j', BUILDKITE_RETRY_COUNT: '2' },
      ).site,
    ).toMatchObject({ runUrl: 'https://bk/b/1#j', attempt: 3 });
    const circle = ciSite(
      { id: 'CIRCLE', name: 'CircleCI', isCI: true },
      { CIRCLE_PROJECT_USERNAME: 'o', CIRCLE_PROJECT_REPONAME: 'r', CIRCLE_SHA1: 'x', CIRCLE_BUILD_NUM: '9' },
    );
    expect(circle.repository).toBe('o/r');
    expect(circle.site).toMatchObject({ provider: 'CircleCI', runId: '9', commit: 'x' });
    expect(
      ciSite(
        { id: 'TRAVIS', name: 'Travis CI', isCI: true },
        { TRAVIS_REPO_SLUG: 'o/r', TRAVIS_BRANCH: 'main', TRAVIS_PULL_REQUEST_BRANCH: '' },
      ),
    ).toMatchObject({ repository: 'o/r', site: { branch: 'main' } });
    const azure = ciSite(
      { id: 'AZURE_PIPELINES', name: 'Azure Pipelines', isCI: true },
      {
        SYSTEM_TEAMFOUNDATIONCOLLECTIONURI: 'https://dev.azure.com/acme/',
        SYSTEM_TEAMPROJECT: 'My Shop',
        BUILD_BUILDID: '55',
        BUILD_SOURCEBRANCH: 'refs/heads/main',
        BUILD_REPOSITORY_PROVIDER: 'GitHub',
        BUILD_REPOSITORY_NAME: 'o/r',
      },
    );
    expect(azure.site.runUrl).toBe('https://dev.azure.com/acme/My%20Shop/_build/results?buildId=55');
    expect(azure).toMatchObject({ repository: 'o/r', site: { branch: 'main' } });
    expect(
      ciSite(
        { id: 'GITHUB_ACTIONS', name: 'GitHub Actions', isCI: true },
        { GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '12', GITHUB_RUN_ATTEMPT: '2', GITHUB_REF_NAME: 'main' },
      ).site,
    ).toMatchObject({ runUrl: 'https://github.com/o/r/actions/runs/12', attempt: 2, branch: 'main' });
    expect(ciSite({ id: 'DRONE', name: 'Drone', isCI: true }, {}).site).toEqual({ provider: 'Drone' });
    expect(ciSite({ id: null, name: null, isCI: false }, {}).site).toEqual({ provider: 'local' });
  });

  it('accepts only owner/name slugs, from GitHub remotes of the expected host', () => {
    expect(repoSlug('o/r.git')).toBe('o/r');
    expect(repoSlug('o/..')).toBeUndefined();
    expect(repoSlug('o/r/extra')).toBeUndefined();
    expect(repoSlug('-o/r')).toBeUndefined();
    expect(slugFromRemote('git@github.com:o/r.git')).toBe('o/r');
    expect(slugFromRemote('https://github.com/o/r')).toBe('o/r');
    expect(slugFromRemote('ssh://git@github.com/o/r.git')).toBe('o/r');
    expect(slugFromRemote('https://gitlab.com/o/r.git')).toBeUndefined();
    expect(slugFromRemote('https://ghes.corp/o/r.git', 'ghes.corp')).toBe('o/r');
    expect(slugFromRemote('https://github.com/o/r;rm -rf')).toBeUndefined();
  });
});

describe('report helpers', () => {
  it('treats secret-looking variables and the token as secrets, and nothing short', () => {
    const found = secretValues(
      {
        NPM_TOKEN: 'npm_abcdef',
        DB_PASSWORD: 'pa55word!',
        HOME: '/home/x',
        API_KEY: 'k',
        GIT_AUTHOR_NAME: 'Ada Lovelace',
        SONAR_AUTH_TOKEN: 'sq-1234567',
      },
      'tok-123456',
    );
    expect(found.sort()).toEqual(['npm_abcdef', 'pa55word!', 'sq-1234567', 'tok-123456']);
  });

  it('treats names with a secret word anywhere, or PAT/PASS/PWD/AUTH as a word, as secrets', () => {
    const found = secretValues(
      {
        GHTOKEN: 'v-ghtoken',
        npm_config__authToken: 'v-npmauth',
        MYSECRETS: 'v-secrets',
        DEPLOY_PASSWORD2: 'v-password2',
        GH_PAT: 'v-gh-pat',
        DB_PWD: 'v-db-pwd',
        PATH: '/usr/bin:/bin',
        GIT_AUTHOR_NAME: 'Ada Lovelace',
        PATCH_LEVEL: 'level-3',
      },
      undefined,
    );
    expect(found.sort()).toEqual([
      'v-db-pwd',
      'v-gh-pat',
      'v-ghtoken',
      'v-npmauth',
      'v-password2',
      'v-secrets',
    ]);
  });

  it('quotes words so the command reads as typed', () => {
    expect(commandLine(['npm', 'run', 'test', '--', '--grep', 'a b', "it's"])).toBe(
      `npm run test -- --grep 'a b' 'it'\\''s'`,
    );
  });

  it('drops the values of credential options from a command line', () => {
    expect(
      redactArgv(['deploy', '--token', 'abc', '--api-key=xyz', '--db-password', 'p', '--verbose', 'x']),
    ).toEqual([
      'deploy',
      '--token',
      '[REDACTED]',
      '--api-key=[REDACTED]',
      '--db-password',
      '[REDACTED]',
      '--verbose',
      'x',
    ]);
  });

  it('drops the password of a user:password option (curl -u, --user), and leaves other -u alone', () => {
    expect(
      redactArgv([
        'curl',
        '-u',
        'admin:s3cr3t-pass',
        '--user=ci:other-pass',
        'https://x',
        'git',
        'push',
        '-u',
        'origin',
      ]),
    ).toEqual([
      'curl',
      '-u',
      'admin:[REDACTED]',
      '--user=ci:[REDACTED]',
      'https://x',
      'git',
      'push',
      '-u',
      'origin',
    ]);
  });

  it('finds the web host of an API URL', () => {
    expect(webBase('https://api.github.com')).toBe('https://github.com');
    expect(webBase('https://ghes.corp/api/v3')).toBe('https://ghes.corp');
  });
});

describe('SpillFile', () => {
  it('keeps the head on disk and only the tail in memory, saying how much was left out', () => {
    const spill = new SpillFile({ headBytes: 10, tailBytes: 6 });
    try {
      spill.write(Buffer.from('0123456789ABC'));
      for (let i = 0; i < 100; i++) spill.write(Buffer.from('x'));
      spill.write(Buffer.from('END\n'));
      spill.finish();
      expect(spill.total).toBe(13 + 100 + 4);
      expect(readFileSync(spill.path, 'utf8')).toBe(
        '0123456789\n[autoheal: 101 bytes of output not kept here]\nxxEND\n',
      );
    } finally {
      spill.remove();
    }
  });
});

describe('runWrapped', () => {
  async function wrapped(
    tty: boolean,
    env: Record<string, string>,
    script: string,
    signals = new EventEmitter(),
    onOut?: (out: string) => void,
  ) {
    const stdout = Object.assign(new PassThrough(), tty ? { isTTY: true } : {});
    const stderr = new PassThrough();
    let out = '';
    stdout.on('data', (c: Buffer) => {
      out += c.toString();
      onOut?.(out);
    });
    stderr.resume();
    const err: string[] = [];
    const code = await runWrapped(
      ['--', process.execPath, '-e', script],
      {
        stdout: () => {},
        stderr: (t) => err.push(t),
        cwd: process.cwd(),
        env: { PATH: process.env.PATH ?? '', ...env },
      },
      { stdout, stderr, signals, ci: { id: null, name: null, isCI: false } },
    );
    return { code, out, err: err.join('') };
  }

  it('asks for colours only when its own stdout is a terminal and nobody said otherwise', async () => {
    const show = 'console.log(process.env.FORCE_COLOR ?? "none")';
    const off = { AUTOHEAL_ENABLED: 'false' };
    expect((await wrapped(true, off, show)).out).toBe('1\n');
    expect((await wrapped(false, off, show)).out).toBe('none\n');
    expect((await wrapped(true, { ...off, NO_COLOR: '1' }, show)).out).toBe('none\n');
    expect((await wrapped(true, { ...off, FORCE_COLOR: '0' }, show)).out).toBe('0\n');
  });

  it('passes SIGHUP on and reports a stopped command as stopped', async () => {
    const signals = new EventEmitter();
    const script =
      'process.on("SIGHUP", () => { console.log("hup"); process.exit(9); }); console.log("ready"); setInterval(() => {}, 1000);';
    const running = wrapped(false, {}, script, signals, (out) => {
      if (out === 'ready\n') signals.emit('SIGHUP');
    });
    const { code, out, err } = await running;
    expect(code).toBe(9);
    expect(out).toBe('ready\nhup\n');
    expect(err).toContain('the command was stopped (SIGHUP)');
    expect(signals.listenerCount('SIGHUP')).toBe(0);
  });
});

describe('a fork’s pull request, by each provider', () => {
  const ci = (id: string) => ({ id, name: id, isCI: true });
  it('names the fork from CircleCI, Travis CI and Azure Pipelines, and nothing for the repository’s own requests', () => {
    expect(forkOf(ci('CIRCLE'), { CIRCLE_PR_USERNAME: 'mallory', CIRCLE_PR_REPONAME: 'widgets' })).toBe(
      'mallory/widgets',
    );
    expect(forkOf(ci('CIRCLE'), { CIRCLE_PULL_REQUEST: 'https://github.com/o/r/pull/3' })).toBeUndefined();
    expect(forkOf(ci('TRAVIS'), { TRAVIS_REPO_SLUG: 'o/r', TRAVIS_PULL_REQUEST_SLUG: 'mallory/r' })).toBe(
      'mallory/r',
    );
    expect(
      forkOf(ci('TRAVIS'), { TRAVIS_REPO_SLUG: 'o/r', TRAVIS_PULL_REQUEST_SLUG: 'O/R' }),
    ).toBeUndefined();
    expect(forkOf(ci('AZURE_PIPELINES'), { SYSTEM_PULLREQUEST_ISFORK: 'True' })).toBe('a fork');
    expect(forkOf(ci('AZURE_PIPELINES'), { SYSTEM_PULLREQUEST_ISFORK: 'False' })).toBeUndefined();
    expect(
      forkOf(ci('BUILDKITE'), {
        BUILDKITE_REPO: 'git@github.com:o/r.git',
        BUILDKITE_PULL_REQUEST_REPO: 'https://github.com/o/r',
      }),
    ).toBeUndefined();
    // GHES: the same repository in Buildkite's two URL forms is not a fork; another owner is.
    const ghes = (source: string) =>
      forkOf(ci('BUILDKITE'), {
        BUILDKITE_REPO: 'git@ghes.corp:o/r.git',
        BUILDKITE_PULL_REQUEST_REPO: source,
      });
    expect(ghes('git://ghes.corp/o/r.git')).toBeUndefined();
    expect(ghes('https://ghes.corp/O/R')).toBeUndefined();
    expect(ghes('git://ghes.corp/mallory/r.git')).toBe('git://ghes.corp/mallory/r.git');
    expect(ciSite(ci('JENKINS'), { CHANGE_FORK: 'mallory' }).fork).toBe('mallory');
  });
});

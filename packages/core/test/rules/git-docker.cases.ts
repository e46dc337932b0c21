import type { RuleCase } from './rule-cases.js';

// git's messages, the Jenkins git plugin's exception, docker CLI and BuildKit output.
export const gitDockerCases: RuleCase[] = [
  {
    rule: 'git.unable-to-access',
    line: "fatal: unable to access 'https://github.com/o/r.git/': The requested URL returned error: 503",
    category: 'network_error',
    facts: { host: 'github.com' },
  },
  {
    rule: 'git.unable-to-access',
    line: "fatal: unable to access 'https://github.com/o/r.git/': The requested URL returned error: 403",
    category: 'permission_denied',
  },
  {
    rule: 'git.unable-to-access',
    line: "fatal: unable to access 'https://github.com/o/r.git/': Could not resolve host: github.com",
    category: 'network_error',
  },
  {
    rule: 'git.unsafe-repository',
    line: "fatal: unsafe repository ('/github/workspace' is owned by someone else)",
    category: 'git_error',
    facts: { file: '/github/workspace' },
  },
  {
    rule: 'git.unsafe-repository',
    line: "fatal: detected dubious ownership in repository at '/__w/r/r'",
    category: 'git_error',
  },
  {
    rule: 'git.publickey',
    line: 'git@github.com: Permission denied (publickey).',
    category: 'permission_denied',
  },
  {
    rule: 'git.remote-denied',
    line: 'remote: Permission to o/r.git denied to github-actions[bot].',
    category: 'permission_denied',
  },
  {
    rule: 'git.push-rejected',
    line: ' ! [rejected]        main -> main (fetch first)',
    category: 'git_error',
  },
  {
    rule: 'git.push-rejected',
    line: "error: failed to push some refs to 'https://github.com/o/r'",
    category: 'git_error',
  },
  {
    rule: 'git.merge-conflict',
    line: 'CONFLICT (content): Merge conflict in src/index.ts',
    category: 'git_error',
    facts: { file: 'src/index.ts' },
  },
  { rule: 'git.fatal', line: "fatal: couldn't find remote ref refs/heads/feature", category: 'git_error' },
  {
    rule: 'git.fatal',
    line: "fatal: Authentication failed for 'https://github.com/o/r.git/'",
    category: 'permission_denied',
  },
  {
    rule: 'git.error',
    line: "error: pathspec 'missing-branch' did not match any file(s) known to git",
    category: 'git_error',
  },
  {
    rule: 'jenkins.git-exception',
    line: 'hudson.plugins.git.GitException: Command "git fetch --tags" returned status code 128:',
    category: 'git_error',
  },
  {
    rule: 'buildkit.failed-to-solve',
    line: 'ERROR: failed to solve: process "/bin/sh -c npm ci" did not complete successfully: exit code: 1',
    category: 'docker_failure',
    facts: { tool: 'docker', exitCode: 1 },
  },
  {
    rule: 'buildkit.failed-to-solve',
    line: 'error: failed to solve: failed to compute cache key: failed to calculate checksum',
    category: 'docker_failure',
  },
  {
    rule: 'buildkit.step-error',
    line: '#6 ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 2',
    category: 'docker_failure',
  },
  {
    rule: 'docker.daemon-error',
    line: 'docker: Error response from daemon: manifest for node:99 not found: manifest unknown.',
    category: 'docker_failure',
    facts: { image: 'node:99' },
  },
  {
    rule: 'docker.daemon-error',
    line: 'Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: TLS handshake timeout',
    category: 'network_error',
  },
  {
    rule: 'docker.pull-denied',
    line: "Error: pull access denied for myorg/private, repository does not exist or may require 'docker login'",
    category: 'docker_failure',
    facts: { image: 'myorg/private' },
  },
  {
    rule: 'docker.daemon-unreachable',
    line: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    category: 'docker_failure',
  },
  {
    rule: 'docker.rate-limit',
    line: 'toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading',
    category: 'network_error',
  },
];

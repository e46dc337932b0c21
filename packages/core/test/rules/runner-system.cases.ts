import type { RuleCase } from './rule-cases.js';

// Lines written in the runner's, the shell's and the OS's real formats.
export const runnerSystemCases: RuleCase[] = [
  {
    rule: 'github.token-permission',
    line: 'RequestError [HttpError]: Resource not accessible by integration',
    category: 'permission_denied',
    facts: { tool: 'GITHUB_TOKEN' },
  },
  {
    rule: 'github.token-permission',
    line: 'GraphQL: Resource not accessible by integration (addComment)',
    category: 'permission_denied',
  },
  { rule: 'runner.exit-code', line: 'Process completed with exit code 2.', facts: { exitCode: 2 } },
  { rule: 'runner.oom-exit', line: 'Process completed with exit code 137.', category: 'resource_exhaustion' },
  {
    rule: 'runner.job-timeout',
    line: 'The job running on runner GitHub Actions 12 has exceeded the maximum execution time of 360 minutes.',
    category: 'timeout',
    facts: { timeoutMinutes: 360 },
  },
  {
    rule: 'ci.time-limit',
    line: 'No output has been received in the last 10m0s, this potentially indicates a stalled build or something wrong with the build itself.',
    category: 'timeout',
    facts: { tool: 'ci' },
  },
  {
    rule: 'ci.time-limit',
    line: 'The job exceeded the maxmimum time limit for jobs, and has been terminated.',
    category: 'timeout',
    facts: { tool: 'ci' },
  },
  {
    rule: 'ci.time-limit',
    line: 'ERROR: Job failed: execution took longer than 1h0m0s seconds',
    category: 'timeout',
    facts: { tool: 'ci' },
  },
  {
    rule: 'ci.time-limit',
    line: 'Too long with no output (exceeded 10m0s): context deadline exceeded',
    category: 'timeout',
    facts: { tool: 'ci' },
  },
  {
    rule: 'runner.step-timeout',
    line: "The action 'Run tests' has timed out after 10 minutes.",
    category: 'timeout',
    facts: { timeoutMinutes: 10 },
  },
  { rule: 'runner.canceled', line: 'The operation was canceled.', category: 'timeout' },
  {
    rule: 'runner.shutdown',
    line: 'The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.',
    category: 'infrastructure',
  },
  {
    rule: 'runner.lost',
    line: 'The self-hosted runner: ci-3 lost communication with the server. Verify the machine is running and has a healthy network connection.',
    category: 'infrastructure',
  },
  {
    rule: 'runner.disk-warning',
    line: 'You are running out of disk space. The runner will stop working when the machine runs out of disk space. Free space left: 42 MB',
    category: 'resource_exhaustion',
  },
  {
    rule: 'runner.input-required',
    line: 'Input required and not supplied: token',
    category: 'missing_secret',
    facts: { secret: 'token' },
  },
  {
    rule: 'runner.invalid-workflow',
    line: 'Invalid workflow file: .github/workflows/ci.yml#L12',
    category: 'workflow_syntax',
  },
  {
    rule: 'runner.unresolved-action',
    line: 'Unable to resolve action `actions/chekout@v4`, repository not found',
    category: 'workflow_syntax',
    facts: { package: 'actions/chekout@v4' },
  },
  {
    rule: 'os.no-space',
    line: 'OSError: [Errno 28] No space left on device',
    category: 'resource_exhaustion',
    facts: { resource: 'disk' },
  },
  {
    rule: 'os.file-watchers',
    line: "Error: ENOSPC: System limit for number of file watchers reached, watch '/app/src'",
    category: 'resource_exhaustion',
  },
  {
    rule: 'os.out-of-memory',
    line: 'java.lang.OutOfMemoryError: Java heap space',
    category: 'resource_exhaustion',
    facts: { resource: 'memory' },
  },
  {
    rule: 'os.killed',
    line: '/home/runner/work/_temp/3f1.sh: line 1:  2107 Killed                  cargo build --release',
    category: 'resource_exhaustion',
  },
  {
    rule: 'os.too-many-files',
    line: "Error: EMFILE: too many open files, open '/app/a.js'",
    category: 'resource_exhaustion',
  },
  {
    rule: 'os.fork-failed',
    line: 'bash: fork: retry: Resource temporarily unavailable',
    category: 'resource_exhaustion',
  },
  {
    rule: 'shell.command-not-found',
    line: '/home/runner/work/_temp/ab12.sh: line 3: yarnn: command not found',
    category: 'missing_command',
    facts: { command: 'yarnn' },
  },
  {
    rule: 'shell.command-not-found',
    line: '/bin/sh: 1: shellcheck: not found',
    category: 'missing_command',
    facts: { command: 'shellcheck' },
  },
  {
    rule: 'shell.windows-not-recognized',
    line: "'make' is not recognized as an internal or external command,",
    category: 'missing_command',
    facts: { command: 'make' },
  },
  {
    rule: 'os.exec-not-found',
    line: 'java.io.IOException: Cannot run program "gradle" (in directory "/w/p"): error=2, No such file or directory',
    category: 'missing_command',
    facts: { command: 'gradle' },
  },
  {
    rule: 'os.exec-not-found',
    line: 'exec: "gcc": executable file not found in $PATH',
    facts: { command: 'gcc' },
  },
  {
    rule: 'os.missing-file',
    line: "Error: ENOENT: no such file or directory, open '/w/app/config.json'",
    category: 'missing_file',
    facts: { file: '/w/app/config.json' },
  },
  {
    rule: 'os.missing-file',
    line: "cat: can't open 'VERSION': No such file or directory",
    facts: { file: 'VERSION' },
  },
  {
    rule: 'os.permission-denied',
    line: "Error: EACCES: permission denied, mkdir '/usr/lib/node_modules/x'",
    category: 'permission_denied',
  },
  { rule: 'os.permission-denied', line: 'bash: ./gradlew: Permission denied', category: 'permission_denied' },
  {
    rule: 'net.dns',
    line: 'curl: (6) Could not resolve host: example.invalid',
    category: 'network_error',
    facts: { host: 'example.invalid' },
  },
  {
    rule: 'net.dns',
    line: 'npm ERR! request to https://registry.npmjs.org/x failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org',
    facts: { host: 'registry.npmjs.org' },
  },
  { rule: 'net.connection', line: 'Error: connect ECONNREFUSED 127.0.0.1:5432', category: 'network_error' },
  { rule: 'net.connection', line: 'net/http: TLS handshake timeout', category: 'network_error' },
  {
    rule: 'net.http-unavailable',
    line: "fatal: unable to access 'https://github.com/o/r.git/': The requested URL returned error: 503",
    category: 'network_error',
  },
];

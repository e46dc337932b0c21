import type { Rule } from '../rule.js';
import { facts } from './helpers.js';

/**
 * The GitHub Actions runner's own messages: exit codes, timeouts, cancellation, lost runners,
 * disk warnings, bad inputs and invalid workflow files.
 */
export const runnerRules: Rule[] = [
  {
    id: 'runner.exit-code',
    tool: 'runner',
    anchors: ['Process completed with exit code'],
    pattern: /^Process completed with exit code (\d+)/,
    role: 'verdict',
    // Under MIN_SHOWN_VERDICT: the runner's word that the step failed marks the end of its output
    // (the exit code is in the facts) and is not shown beside the reason, as other CI systems'
    // exit lines are not. CiDiff's labellers split 5 to 4 on including it; leaving it out takes
    // its F1 from 0.90 to 0.93 (one-line reasons no longer show two lines).
    weight: 0.2,
    facts: (m) => ({ tool: 'runner', exitCode: Number(m[1]) }),
  },
  {
    id: 'runner.oom-exit',
    tool: 'runner',
    anchors: ['exit code 137'],
    pattern: /^Process completed with exit code 137\b/,
    role: 'error',
    category: 'resource_exhaustion',
    weight: 0.6,
    facts: () => ({ tool: 'runner', exitCode: 137, resource: 'memory' }),
  },
  {
    id: 'runner.job-timeout',
    tool: 'runner',
    anchors: ['has exceeded the maximum execution time'],
    pattern: /has exceeded the maximum execution time(?: of (\d+) minutes)?/,
    role: 'error',
    category: 'timeout',
    weight: 0.95,
    facts: (m) => facts({ tool: 'runner', timeoutMinutes: m[1] ? Number(m[1]) : undefined }),
  },
  {
    // Other CIs end a job that went quiet or ran too long with their own line (worded as in
    // travis-ci/worker, which spells "maxmimum"; GitLab Runner; CircleCI).
    id: 'ci.time-limit',
    tool: 'ci',
    anchors: [
      'this potentially indicates a stalled build',
      'time limit for jobs, and has been terminated',
      'execution took longer than',
      'Too long with no output',
    ],
    // `[^()]` in the duration: each repeated "(exceeded " scanned the rest of the line (quadratic).
    pattern:
      /No output has been received in the last (\S+?),? this potentially indicates a stalled build|The job exceeded the ma(?:xi|xmi)mum time limit for jobs, and has been terminated|execution took longer than (\S+)|Too long with no output \(exceeded ([^()]+)\)/,
    role: 'error',
    category: 'timeout',
    weight: 0.95,
    facts: () => ({ tool: 'ci' }),
  },
  {
    id: 'runner.step-timeout',
    tool: 'runner',
    anchors: ['has timed out after'],
    pattern: /has timed out after (\d+) minutes?/,
    role: 'error',
    category: 'timeout',
    weight: 0.95,
    facts: (m) => ({ tool: 'runner', timeoutMinutes: Number(m[1]) }),
  },
  {
    id: 'runner.canceled',
    tool: 'runner',
    anchors: ['The operation was canceled'],
    pattern: /^(?:Error: )?The operation was canceled\.?$/,
    role: 'error',
    category: 'timeout',
    weight: 0.6,
    facts: () => ({ tool: 'runner' }),
  },
  {
    id: 'runner.shutdown',
    tool: 'runner',
    anchors: ['received a shutdown signal'],
    pattern: /The runner has received a shutdown signal/,
    role: 'error',
    category: 'infrastructure',
    weight: 0.95,
    facts: () => ({ tool: 'runner' }),
  },
  {
    id: 'runner.lost',
    tool: 'runner',
    anchors: ['lost communication with the server'],
    pattern: /lost communication with the server/,
    role: 'error',
    category: 'infrastructure',
    weight: 0.95,
    facts: () => ({ tool: 'runner' }),
  },
  {
    id: 'runner.disk-warning',
    tool: 'runner',
    anchors: ['running out of disk space'],
    pattern: /You are running out of disk space/,
    role: 'error',
    category: 'resource_exhaustion',
    weight: 0.8,
    facts: () => ({ tool: 'runner', resource: 'disk' }),
  },
  {
    id: 'runner.input-required',
    tool: 'runner',
    anchors: ['Input required and not supplied'],
    pattern: /Input required and not supplied: (\S+)/,
    role: 'error',
    category: 'missing_secret',
    weight: 0.9,
    facts: (m) => ({ tool: 'runner', secret: m[1]! }),
  },
  {
    // The GitHub API refusing a workflow's token: `gh`, actions/github-script and Octokit print it
    // (`HttpError: Resource not accessible by integration`, `GraphQL: … (addComment)`).
    id: 'github.token-permission',
    tool: 'github-api',
    anchors: ['Resource not accessible by'],
    pattern: /Resource not accessible by (integration|personal access token)/,
    role: 'error',
    category: 'permission_denied',
    weight: 0.9,
    facts: (m) => ({ tool: m[1] === 'integration' ? 'GITHUB_TOKEN' : 'personal access token' }),
  },
  {
    id: 'runner.invalid-workflow',
    tool: 'runner',
    anchors: ['Invalid workflow file', 'The workflow is not valid', 'Unrecognized named-value'],
    pattern: /Invalid workflow file|The workflow is not valid|Unrecognized named-value: '([^']+)'/,
    role: 'error',
    category: 'workflow_syntax',
    weight: 0.95,
    facts: () => ({ tool: 'runner' }),
  },
  {
    id: 'runner.unresolved-action',
    tool: 'runner',
    anchors: ['Unable to resolve action'],
    pattern: /Unable to resolve action [`']?([^`',\s]+)/,
    role: 'error',
    category: 'workflow_syntax',
    weight: 0.9,
    facts: (m) => ({ tool: 'runner', package: m[1]! }),
  },
];

/**
 * A `##[error]` workflow-command line that no tool rule recognised: the runner or an action says
 * something failed. Applied by the scanner to such lines, not through anchors.
 */
export const ANNOTATION_RULE: Rule = {
  id: 'runner.error-annotation',
  tool: 'runner',
  anchors: ['##['],
  pattern: /^##\[error\]/,
  role: 'error',
  weight: 0.55,
  follow: 'none',
};

import type { Rule } from '../rule.js';
import { facts } from './helpers.js';

/** git's own messages (`fatal:`, `error:` with git wording) and the Jenkins git plugin's exception. */
export const gitRules: Rule[] = [
  {
    id: 'git.unable-to-access',
    tool: 'git',
    anchors: ['unable to access'],
    pattern: /fatal: unable to access '([^']+)': (.*)/,
    role: 'error',
    // What git could not reach decides the cause: an HTTP 5xx or DNS failure is the network's,
    // a 403 is a permission, anything else stays git's.
    classify: (m) =>
      /\b50\d\b|resolve host|timed out|Connection|Failed to connect|SSL|TLS|GnuTLS|early EOF/.test(m[2]!)
        ? 'network_error'
        : /\b40[13]\b/.test(m[2]!)
          ? 'permission_denied'
          : 'git_error',
    weight: 0.9,
    facts: (m) => facts({ tool: 'git', host: /https?:\/\/([^/]+)/.exec(m[1]!)?.[1] }),
  },
  {
    id: 'git.unsafe-repository',
    tool: 'git',
    anchors: ['unsafe repository', 'dubious ownership'],
    pattern: /fatal: (?:unsafe repository \('([^']+)'|detected dubious ownership in repository at '([^']+)')/,
    role: 'error',
    category: 'git_error',
    weight: 0.95,
    follow: 'paragraph',
    facts: (m) => ({ tool: 'git', file: (m[1] ?? m[2])! }),
  },
  {
    id: 'git.publickey',
    tool: 'git',
    anchors: ['Permission denied (publickey)'],
    pattern: /Permission denied \(publickey\)/,
    role: 'error',
    category: 'permission_denied',
    weight: 0.85,
    facts: () => ({ tool: 'git' }),
  },
  {
    id: 'git.remote-denied',
    tool: 'git',
    anchors: ['denied to'],
    pattern: /remote: Permission to (\S+) denied to (\S+)\./,
    role: 'error',
    category: 'permission_denied',
    weight: 0.9,
    facts: () => ({ tool: 'git' }),
  },
  {
    id: 'git.push-rejected',
    tool: 'git',
    anchors: ['failed to push some refs', '[rejected]', '[remote rejected]'],
    pattern: /error: failed to push some refs|! \[(?:remote )?rejected\]/,
    role: 'error',
    category: 'git_error',
    weight: 0.8,
    facts: () => ({ tool: 'git' }),
  },
  {
    id: 'git.merge-conflict',
    tool: 'git',
    anchors: ['CONFLICT (', 'Automatic merge failed'],
    pattern: /^CONFLICT \([\w/ ]+\): .*?(?:in|for) (\S+)|Automatic merge failed/,
    role: 'error',
    category: 'git_error',
    weight: 0.85,
    facts: (m) => facts({ tool: 'git', file: m[1] }),
  },
  {
    id: 'git.fatal',
    tool: 'git',
    anchors: ['fatal: '],
    // git's fatal errors; the wording list keeps "fatal:" lines of other tools out.
    pattern:
      /^fatal: (?:not a git repository|reference is not a tree|couldn't find remote ref|remote error|Could not read from remote repository|repository '.*' not found|Authentication failed|could not read Username|pathspec|bad object|bad revision|ambiguous argument|cannot create directory|index-pack failed|the remote end hung up|early EOF|invalid reference|no such ref|Not possible to fast-forward|refusing to merge|destination path .* already exists|[Uu]nable to|could not|cannot|invalid|not a valid|.*: not something we can merge)/,
    role: 'error',
    classify: (m) =>
      /Authentication failed|could not read Username/.test(m[0]) ? 'permission_denied' : 'git_error',
    weight: 0.75,
    follow: 'indented',
    facts: () => ({ tool: 'git' }),
  },
  {
    id: 'git.error',
    tool: 'git',
    anchors: [
      'error: pathspec',
      'error: Your local changes',
      'error: unable to create file',
      'error: could not apply',
      'error: src refspec',
    ],
    pattern:
      /^error: (?:pathspec '([^']+)' did not match|Your local changes to the following files would be overwritten|unable to create file (\S+?):|could not apply|src refspec (\S+) does not match any)/,
    role: 'error',
    category: 'git_error',
    weight: 0.8,
    facts: (m) => facts({ tool: 'git', file: m[2] }),
  },
  {
    id: 'jenkins.git-exception',
    tool: 'jenkins-git',
    anchors: ['GitException'],
    pattern: /^hudson\.plugins\.git\.GitException: (.*)/,
    role: 'error',
    category: 'git_error',
    weight: 0.7,
    follow: 'trace',
    facts: () => ({ tool: 'git' }),
  },
];

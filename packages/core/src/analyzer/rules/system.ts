import type { Rule } from '../rule.js';
import { facts } from './helpers.js';

/**
 * What the operating system and the network say, whichever tool prints it: a full disk, the OOM
 * killer, a refused connection, a command the shell cannot find, a missing file, a denied access.
 */
export const systemRules: Rule[] = [
  {
    id: 'os.no-space',
    tool: 'os',
    anchors: ['No space left on device', 'ENOSPC'],
    pattern: /No space left on device|\bENOSPC\b(?!: System limit for number of file watchers)/,
    role: 'error',
    category: 'resource_exhaustion',
    weight: 0.95,
    facts: () => ({ resource: 'disk' }),
  },
  {
    id: 'os.file-watchers',
    tool: 'os',
    anchors: ['System limit for number of file watchers'],
    pattern: /System limit for number of file watchers reached/,
    role: 'error',
    category: 'resource_exhaustion',
    weight: 0.85,
    facts: () => ({ resource: 'file-descriptors' }),
  },
  {
    id: 'os.out-of-memory',
    tool: 'os',
    anchors: ['Cannot allocate memory', 'Out of memory', 'out of memory', 'OutOfMemoryError', 'MemoryError'],
    pattern:
      /Cannot allocate memory|\b[Oo]ut of memory\b|java\.lang\.OutOfMemoryError(?:: (.*))?|^MemoryError\b|JavaScript heap out of memory/,
    role: 'error',
    category: 'resource_exhaustion',
    weight: 0.9,
    facts: (m, line) => ({
      resource: /JavaScript heap/.test(line) ? 'js-heap' : 'memory',
      ...(m[1] ? {} : {}),
    }),
  },
  {
    id: 'os.killed',
    tool: 'os',
    anchors: ['Killed', 'killed'],
    // Each gap stops at the next repeat of its opening words, and `\s[\s\S]*` cannot split spaces
    // with a second quantifier: with `.*` every repeat rescanned the rest of the line (quadratic).
    pattern:
      /^(?:\S*: line \d+: +\d+ )?Killed(?:\s[\s\S]*)?$|\bkilled by signal 9\b|\bSIGKILL\b(?:(?!SIGKILL\b).)*\bkilled\b|\bwas killed\b(?:(?!was killed\b).)*\b(?:memory|OOM)\b/,
    role: 'error',
    category: 'resource_exhaustion',
    weight: 0.7,
    facts: () => ({ resource: 'memory' }),
  },
  {
    id: 'os.too-many-files',
    tool: 'os',
    anchors: ['Too many open files', 'EMFILE'],
    pattern: /Too many open files|\bEMFILE\b/,
    role: 'error',
    category: 'resource_exhaustion',
    weight: 0.85,
    facts: () => ({ resource: 'file-descriptors' }),
  },
  {
    id: 'os.fork-failed',
    tool: 'os',
    anchors: ['Resource temporarily unavailable'],
    pattern: /fork: (?:retry: )?Resource temporarily unavailable/,
    role: 'error',
    category: 'resource_exhaustion',
    weight: 0.85,
    facts: () => ({ resource: 'processes' }),
  },
  {
    id: 'shell.command-not-found',
    tool: 'shell',
    anchors: ['command not found', ': not found'],
    // bash: "bash: line 1: foo: command not found"; dash: "/bin/sh: 1: foo: not found"; zsh: "zsh: command not found: foo".
    pattern:
      /^(?:\S+: )?(?:line \d+: )?(?:\d+: )?([\w.+-]+): (?:command )?not found$|command not found: ([\w.+-]+)/,
    role: 'error',
    category: 'missing_command',
    weight: 0.9,
    facts: (m) => ({ tool: 'shell', command: (m[1] ?? m[2])! }),
  },
  {
    id: 'shell.windows-not-recognized',
    tool: 'shell',
    anchors: ['is not recognized as'],
    pattern: /'([^']+)' is not recognized as (?:an internal or external command|the name of a cmdlet)/,
    role: 'error',
    category: 'missing_command',
    weight: 0.9,
    facts: (m) => ({ tool: 'shell', command: m[1]! }),
  },
  {
    id: 'os.exec-not-found',
    tool: 'os',
    anchors: ['Cannot run program', 'executable file not found', 'No such file or directory'],
    // Java's ProcessBuilder, Go's exec.LookPath, env(1) and spawn errors of Node.
    pattern:
      // Java's exact wording ("…" (in directory "…"): [CreateProcess ]error=2, …) rather than `.*error=2`, which
      // rescanned the rest of the line from each repeat of the prefix (quadratic).
      /Cannot run program "([^"]+)"(?: \(in directory "[^"]*"\))?: (?:CreateProcess )?error=2|exec: "([^"]+)": executable file not found|^env: '?([\w.+-]+)'?: No such file or directory|spawn (\S+) ENOENT/,
    role: 'error',
    category: 'missing_command',
    weight: 0.85,
    facts: (m) => ({ command: (m[1] ?? m[2] ?? m[3] ?? m[4])! }),
  },
  {
    id: 'os.missing-file',
    tool: 'os',
    anchors: [
      'No such file or directory',
      'ENOENT',
      'FileNotFoundError',
      'FileNotFoundException',
      'does not exist',
    ],
    pattern:
      /ENOENT: no such file or directory, \w+ '([^']+)'|FileNotFoundError: \[Errno 2\] No such file or directory: '([^']+)'|FileNotFoundException: (\S+)|(?:can't open|cannot open|cannot stat|cannot access|can't read|open) '?([^':]+?)'?: No such file or directory|^(?:Error: )?(?:File|Path|Directory) '?([^' ]+)'? does not exist/,
    role: 'error',
    category: 'missing_file',
    weight: 0.6,
    facts: (m) => facts({ file: m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] }),
  },
  {
    id: 'os.permission-denied',
    tool: 'os',
    anchors: [
      'Permission denied',
      'permission denied',
      'EACCES',
      'Operation not permitted',
      'PermissionError',
    ],
    pattern:
      /\bEACCES\b|PermissionError: \[Errno 13\]|Operation not permitted|(?:^|: )(?:Permission|permission) denied(?! \(publickey\))/,
    role: 'error',
    category: 'permission_denied',
    weight: 0.7,
  },
  {
    id: 'net.dns',
    tool: 'network',
    anchors: [
      'Could not resolve host',
      'ENOTFOUND',
      'Temporary failure in name resolution',
      'no such host',
      'Name or service not known',
    ],
    pattern:
      /Could not resolve host:? '?([\w.-]+)|getaddrinfo (?:ENOTFOUND|EAI_AGAIN) ([\w.-]+)|Temporary failure in name resolution|lookup ([\w.-]+)(?: on \S+)?: no such host|Name or service not known/,
    role: 'error',
    category: 'network_error',
    weight: 0.85,
    facts: (m) => facts({ host: m[1] ?? m[2] ?? m[3] }),
  },
  {
    id: 'net.connection',
    tool: 'network',
    anchors: [
      'ECONNREFUSED',
      'ECONNRESET',
      'ETIMEDOUT',
      'Connection refused',
      'connection refused',
      'Connection reset',
      'connection reset',
      'Connection timed out',
      'i/o timeout',
      'TLS handshake timeout',
      'socket hang up',
      'Network is unreachable',
      'Read timed out',
      'connect timed out',
    ],
    pattern:
      /\b(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT)\b|[Cc]onnection (?:refused|reset by peer|timed out)|i\/o timeout|TLS handshake timeout|socket hang up|Network is unreachable|Read timed out|connect timed out/,
    role: 'error',
    category: 'network_error',
    weight: 0.7,
    // The detail under it (a box-drawn error's closing `╵`, indented retry notes) is its own.
    follow: 'indented',
    facts: (m, line) =>
      facts({ host: /https?:\/\/([\w.-]+)/.exec(line)?.[1] ?? (m[0] ? undefined : undefined) }),
  },
  {
    id: 'net.http-unavailable',
    tool: 'network',
    anchors: [
      '503 Service Unavailable',
      '502 Bad Gateway',
      '504 Gateway Time',
      'returned error: 50',
      'status code 50',
      'Service Unavailable',
      'Bad Gateway',
    ],
    pattern:
      /\b50[234] (?:Service Unavailable|Bad Gateway|Gateway Time-?out)|returned error: 50\d|status code:? 50[0234]\b/,
    role: 'error',
    category: 'network_error',
    weight: 0.75,
    facts: (_m, line) => facts({ host: /https?:\/\/([\w.-]+)/.exec(line)?.[1] }),
  },
];

import type { Rule } from '../rule.js';
import { facts } from './helpers.js';

/**
 * docker CLI and BuildKit/buildx output. BuildKit prints a failing build's summary as a box
 * (`------`, ` > [stage] RUN …:`, `Dockerfile:N`, the numbered Dockerfile lines) just before the
 * final `ERROR: failed to solve:` line, so that rule takes the box as its lead.
 */
const BUILDKIT_BOX =
  /^(?:-{4,}|\s*>\s.*|\s*\d+ \|.*|[\w./-]*Dockerfile[\w.-]*:\d+|#\d+ (?:CANCELED|ERROR:.*)|\s*\d+\.\d+ .*|\s*)$/;

export const dockerRules: Rule[] = [
  {
    id: 'buildkit.failed-to-solve',
    tool: 'docker',
    anchors: ['failed to solve', 'failed to build'],
    pattern: /^(?:ERROR|error): failed to (?:solve|build)(?: with frontend [\w.]+)?: (.*)/,
    role: 'error',
    category: 'docker_failure',
    weight: 0.9,
    lead: BUILDKIT_BOX,
    facts: (m) => {
      const code = /exit code:? (\d+)/.exec(m[1]!)?.[1];
      return facts({ tool: 'docker', exitCode: code === undefined ? undefined : Number(code) });
    },
  },
  {
    id: 'buildkit.step-error',
    tool: 'docker',
    anchors: [' ERROR:', ' ERROR '],
    pattern: /^#\d+ (?:\d+\.\d+ )?ERROR:? (.*)/,
    role: 'error',
    category: 'docker_failure',
    weight: 0.75,
    facts: () => ({ tool: 'docker' }),
  },
  {
    id: 'docker.daemon-error',
    tool: 'docker',
    anchors: ['Error response from daemon'],
    pattern: /Error response from daemon: (.*)/,
    role: 'error',
    classify: (m) =>
      /toomanyrequests|TLS handshake|i\/o timeout|connection refused/.test(m[1]!)
        ? 'network_error'
        : 'docker_failure',
    weight: 0.9,
    facts: (m) =>
      facts({
        tool: 'docker',
        image: /(?:manifest for|pull access denied for|repository) ([\w./:@-]+)/.exec(m[1]!)?.[1],
      }),
  },
  {
    id: 'docker.pull-denied',
    tool: 'docker',
    anchors: ['pull access denied', 'manifest unknown', 'not found: manifest unknown'],
    pattern: /pull access denied for ([\w./-]+)|manifest unknown|manifest for ([\w./:@-]+) not found/,
    role: 'error',
    category: 'docker_failure',
    weight: 0.9,
    facts: (m) => facts({ tool: 'docker', image: m[1] ?? m[2] }),
  },
  {
    id: 'docker.daemon-unreachable',
    tool: 'docker',
    anchors: [
      'Cannot connect to the Docker daemon',
      'permission denied while trying to connect to the Docker daemon',
    ],
    pattern:
      /Cannot connect to the Docker daemon|permission denied while trying to connect to the Docker daemon/,
    role: 'error',
    category: 'docker_failure',
    weight: 0.9,
    facts: () => ({ tool: 'docker' }),
  },
  {
    id: 'docker.rate-limit',
    tool: 'docker',
    anchors: ['toomanyrequests'],
    pattern: /toomanyrequests: You have reached your pull rate limit/,
    role: 'error',
    category: 'network_error',
    weight: 0.9,
    facts: () => ({ tool: 'docker' }),
  },
];

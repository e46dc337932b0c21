import type { Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/**
 * Shell scripts and their tools: bats (TAP with `#` diagnostics), ShellCheck (tty and gcc
 * formats), and what bash itself prints when a script is malformed.
 */
export const shellRules: Rule[] = [
  {
    id: 'bats.failed-command',
    tool: 'bats',
    anchors: ["' failed"],
    // Under "not ok N name": "#   `[ "$status" -eq 2 ]' failed" or "#   `./install.sh' failed with status 127".
    pattern: /^#\s+`(.*)' failed(?: with status (\d+))?$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.7,
    facts: (m) => facts({ tool: 'bats', exitCode: m[2] ? Number(m[2]) : undefined }),
  },
  {
    id: 'bats.location',
    tool: 'bats',
    anchors: ['in test file', 'from function'],
    // "# (in test file test.bats, line 15)", "# (from function `assert_equal' in file x.bash, line 9,":
    // where the failing test stopped; weak alone, it joins the test's name to its message.
    pattern: /^#\s+\((?:in test file|from function [`'][^']*' in file) (\S+), line (\d+)[,)]/,
    role: 'error',
    weight: 0.3,
    facts: (m) => ({ tool: 'bats', locations: [location(m[1], m[2])] }),
  },
  {
    id: 'bats.command-not-found',
    tool: 'bats',
    anchors: ['command not found'],
    // A test's output as bats shows it, behind "# ": "# ./install.sh: line 4: gomplate: command not found".
    pattern: /^#\s+(?:\S+: )?(?:line \d+: )?([\w.+-]+): command not found$/,
    role: 'error',
    category: 'missing_command',
    weight: 0.9,
    facts: (m) => ({ tool: 'shell', command: m[1]! }),
  },
  {
    id: 'shellcheck.finding',
    tool: 'shellcheck',
    anchors: ['- SC', '^ SC'],
    // The tty format: "In deploy.sh line 7:", the code line, then a caret line per finding:
    // "  ^-- SC2086 (info): Double quote to prevent globbing and word splitting." The location and
    // code above it are its lead.
    pattern: /^\s*\^-*\^? SC(\d{4}) \((error|warning|info|style)\): (.*)$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.8,
    lead: /\S/,
    facts: (m) => ({ tool: 'shellcheck', code: `SC${m[1]!}` }),
  },
  {
    id: 'shellcheck.gcc',
    tool: 'shellcheck',
    anchors: ['[SC'],
    // `shellcheck -f gcc`: "deploy.sh:7:7: note: Double quote to prevent globbing and word splitting. [SC2086]".
    pattern: /^(\S+):(\d+):(\d+): (?:error|warning|note|style): (.*) \[SC(\d{4})\]$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.8,
    facts: (m) => ({
      tool: 'shellcheck',
      code: `SC${m[5]!}`,
      locations: [location(m[1], m[2], m[3], m[4])],
    }),
  },
  {
    id: 'bash.syntax-error',
    tool: 'bash',
    anchors: ['syntax error near unexpected token', 'syntax error: unexpected end of file'],
    // "lib.sh: line 18: syntax error: unexpected end of file", "x.sh: line 4: syntax error near unexpected token `fi'".
    pattern: /^(?:(\S+): )?(?:line (\d+): )?syntax error(?: near unexpected token |: unexpected end of file)/,
    role: 'error',
    category: 'compile_error',
    weight: 0.85,
    facts: (m) => facts({ tool: 'bash', locations: m[1] ? [location(m[1], m[2])] : undefined }),
  },
];

import type { Rule } from '../rule.js';

/**
 * Tool-independent conventions: a line that starts with an error tag, and the "generated files
 * are out of date, run X and commit" message that CI drift checks (go mod tidy, codegen, lockfile
 * and formatting checks, pre-commit) print.
 */
export const genericRules: Rule[] = [
  {
    id: 'generic.error-prefix',
    tool: 'any',
    anchors: ['error:', 'Error:', 'ERROR:', 'ERROR ', 'error ', 'Error '],
    pattern: /^\s*(?:\[?(?:error|Error|ERROR)\]?:?\s+\S|\S+: (?:error|ERROR): )/,
    role: 'error',
    weight: 0.45,
    follow: 'same-tag',
  },
  {
    id: 'generic.fatal-prefix',
    tool: 'any',
    anchors: ['FATAL', 'Fatal'],
    pattern: /^\s*(?:\[?(?:FATAL|Fatal)\]?:?\s+\S)/,
    role: 'error',
    weight: 0.5,
  },
  {
    id: 'ci.drift-check',
    tool: 'ci-check',
    anchors: [
      'not up-to-date',
      'not up to date',
      'out of date',
      'out-of-date',
      'inconsistent',
      'were modified by this hook',
      'files were modified',
    ],
    // The gap stops at the next "out of date"…: with `.*` each repeat of one rescanned the rest of
    // the line (quadratic); a later "run" is still found from the last one before it.
    pattern:
      /(?:not up[- ]to[- ]date|out[- ]of[- ]date|inconsistent)\b(?:(?!not up[- ]to[- ]date|out[- ]of[- ]date|inconsistent).)*\b(?:[Rr]un|[Pp]lease run)\b|files were modified by this hook/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.8,
    facts: (_m, line) => {
      const command = /[Rr]un ['`"]?([\w .:/-]+?)['`"]?(?: locally)?(?: and|,|\.|$)/.exec(line)?.[1];
      return command ? { tool: 'ci-check', command } : { tool: 'ci-check' };
    },
  },
  {
    id: 'dotnet.error',
    tool: 'dotnet',
    anchors: ['error CS', 'error MSB', 'error NU'],
    // A "[" ends a [tag] too, so each lazy stop scans one tag, not the rest of the line (ReDoS).
    pattern: /^(?:(\S+?)\((\d+),(\d+)\): )?error ((?:CS|MSB|NU)\d+): (.*?)(?: \[[^\][]+\])?$/,
    role: 'error',
    classify: (m) => (m[4]!.startsWith('NU') ? 'missing_dependency' : 'compile_error'),
    weight: 0.9,
    facts: (m) => ({ tool: 'dotnet', code: m[4]! }),
  },
];

import { describe, expect, it } from 'vitest';
import { analyzeLog } from '../src/analyzer/analyze.js';
import { loadConfig } from '../src/config/loader.js';
import { compilePatterns } from '../src/config/patterns.js';

/** The whole path a repository's own pattern takes: YAML file → validated RE2 rule → analysis. */
describe('user patterns from .github/autoheal.yml in an analysis', () => {
  const file = [
    'patterns:',
    '  - name: flaky-db',
    "    regex: 'FATAL: connection to (?P<host>[\\w.-]+) refused'",
    '    category: network_error',
    '    confidence: 0.95',
    '    facts:',
    '      host: $<host>',
    '',
  ].join('\n');

  it('names the category and facts the repository taught it, over the built-in rules', async () => {
    const rules = compilePatterns(loadConfig(file).patterns);
    const log = [
      '2024-05-01T10:00:00.0000000Z ##[group]Run npm test',
      '2024-05-01T10:00:00.1000000Z npm test',
      '2024-05-01T10:00:00.2000000Z ##[endgroup]',
      '2024-05-01T10:00:01.0000000Z > jest',
      '2024-05-01T10:00:02.0000000Z FATAL: connection to db.internal refused',
      '2024-05-01T10:00:02.1000000Z Error: Command failed with exit code 1',
      '2024-05-01T10:00:03.0000000Z ##[error]Process completed with exit code 1.',
      '',
    ].join('\n');
    const analysis = await analyzeLog(log, { userRules: rules });
    expect(analysis.category).toBe('network_error');
    const finding = analysis.findings[0]!;
    expect(finding.rule).toBe('user.flaky-db');
    expect(finding.facts?.host).toBe('db.internal');
    expect(finding.lines.some((r) => r.start <= 5 && r.end >= 5)).toBe(true);
    // Without the pattern the same log is not a network error: the pattern is what decided it.
    expect((await analyzeLog(log)).category).not.toBe('network_error');
  });
});

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_CONFIG, defaultConfig } from '../src/config/defaults.js';
import { configDocRows, renderConfigTable } from '../src/config/docs.js';
import { globMatcher, globProblem, splitGlobList } from '../src/config/globs.js';
import {
  type ConfigFileReader,
  DEFAULT_CONFIG_PATH,
  loadConfig,
  MAX_CONFIG_CHARS,
  readConfigFile,
} from '../src/config/loader.js';
import { mergeConfig } from '../src/config/merge.js';
import { compilePatterns, MAX_FACT_CHARS, type UserPattern } from '../src/config/patterns.js';
import { MAX_ALIASES } from '../src/config/read-context.js';
import type { AutohealConfig } from '../src/config/schema.js';
import { DEFAULT_LINT_PATHS } from '../src/config/schema.js';
import { closest } from '../src/config/text.js';
import { ConfigurationError, ConfigurationErrors } from '../src/errors.js';

/** Every setting given, none at its default. */
const FULL = `# autoheal settings of a test repository
enabled: false
workflows:
  watch: [CI, ".github/workflows/release.yml"]
  exclude: ["nightly-*"]
branches:
  include: [main, "release/**"]
  exclude: ["dependabot/**"]
  forget-days: 7
labels:
  base: ci-doctor
  category-prefix: "ci:"
  extra: [triage, bot]
issues:
  max-per-hour: 3
  reopen-days: 30
  close-on-success: false
  min-confidence: 0.5
  scope: all
reruns:
  enabled: false
  max: 2
  categories: [network_error, timeout]
  min-confidence: 0.6
fixes:
  enabled: false
  min-confidence: 0.9
  allowed: [timeout, lint_failure]
  max-open-prs: 2
  max-prs-per-hour: 1
  ready-when-verified: true
  timeout:
    factor: 2
    max-minutes: 120
  lint-command: npm run lint -- --fix
  lint-paths: ['src/**', '!src/generated/**']
patterns:
  - name: registry-503
    regex: 'npm ERR! 503 .* (?P<pkg>[@\\w/.-]+)$'
    category: network_error
    confidence: 0.75
    flags: i
    facts:
      package: $<pkg>
      tool: npm
  - regex: "cannot find tool (\\\\w+) on (\\\\S+)"
    category: missing_command
    facts:
      command: $1
      host: "at $2"
notify:
  slack-webhook-env: SLACK_WEBHOOK_URL
  on: [created]
pr-review:
  size-thresholds: [5, 50, 500]
  ignore: ["**/*.lock", "dist/**"]
  areas:
    docs:
      any: ["docs/**", "**/*.md"]
    "area: ci":
      all: [".github/**"]
  include-drafts: true
  copilot-review: true
stale-drafts:
  days-before-stale: 60
  days-before-close: 0
  exempt-labels: [wip]
  only-autoheal: true
  delete-branch: true
health:
  window-days: 30
  min-success-rate: 0.7
  recover-rate: 0.85
  max-drop: 0.2
`;

const FULL_CONFIG: AutohealConfig = {
  enabled: false,
  workflows: { watch: ['CI', '.github/workflows/release.yml'], exclude: ['nightly-*'] },
  branches: { include: ['main', 'release/**'], exclude: ['dependabot/**'], forgetDays: 7 },
  labels: { base: 'ci-doctor', categoryPrefix: 'ci:', extra: ['triage', 'bot'] },
  issues: { maxPerHour: 3, reopenDays: 30, closeOnSuccess: false, minConfidence: 0.5, scope: 'all' },
  reruns: { enabled: false, max: 2, categories: ['network_error', 'timeout'], minConfidence: 0.6 },
  fixes: {
    enabled: false,
    minConfidence: 0.9,
    allowed: ['timeout', 'lint_failure'],
    maxOpenPrs: 2,
    maxPrsPerHour: 1,
    readyWhenVerified: true,
    timeout: { factor: 2, maxMinutes: 120 },
    lintCommand: 'npm run lint -- --fix',
    lintPaths: ['src/**', '!src/generated/**'],
  },
  patterns: [
    {
      name: 'registry-503',
      regex: 'npm ERR! 503 .* (?P<pkg>[@\\w/.-]+)$',
      category: 'network_error',
      confidence: 0.75,
      flags: 'i',
      facts: { package: '$<pkg>', tool: 'npm' },
    },
    {
      regex: 'cannot find tool (\\w+) on (\\S+)',
      category: 'missing_command',
      confidence: 0.9,
      facts: { command: '$1', host: 'at $2' },
    },
  ],
  notify: { slackWebhookEnv: 'SLACK_WEBHOOK_URL', on: ['created'] },
  prReview: {
    sizeThresholds: [5, 50, 500],
    ignore: ['**/*.lock', 'dist/**'],
    areas: { docs: { any: ['docs/**', '**/*.md'] }, 'area: ci': { all: ['.github/**'] } },
    includeDrafts: true,
    copilotReview: true,
  },
  staleDrafts: {
    daysBeforeStale: 60,
    daysBeforeClose: 0,
    exemptLabels: ['wip'],
    onlyAutoheal: true,
    deleteBranch: true,
  },
  health: { windowDays: 30, minSuccessRate: 0.7, recoverRate: 0.85, maxDrop: 0.2 },
};

/** The errors a config text is rejected with; fails the test when it is accepted. */
function errorsOf(text: string, file?: string): ConfigurationError[] {
  try {
    loadConfig(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationErrors);
    const errors = (error as ConfigurationErrors).errors;
    for (const e of errors) expect(e).toBeInstanceOf(ConfigurationError);
    return [...errors];
  }
  throw new Error(`config was accepted:\n${text}`);
}

/** The single error of a config text, as "line: message". */
function oneError(text: string): string {
  const errors = errorsOf(text);
  expect(errors.map((e) => e.message)).toHaveLength(1);
  const [error] = errors;
  return `${error!.line}: ${error!.message}`;
}

describe('defaults', () => {
  it('uses every default when there is no file, an empty file, or only comments', () => {
    for (const text of [undefined, '', '  \n\n', '# nothing configured yet\n# enabled: false\n']) {
      expect(loadConfig(text)).toEqual(defaultConfig());
    }
  });

  it('has the documented defaults', () => {
    const c = loadConfig(undefined);
    expect(c.enabled).toBe(true);
    expect(c.workflows).toEqual({ watch: ['**'], exclude: [] });
    expect(c.branches).toEqual({ include: ['**'], exclude: [], forgetDays: 14 });
    expect(c.labels).toEqual({ base: 'autoheal', categoryPrefix: 'autoheal:', extra: [] });
    expect(c.issues).toEqual({
      maxPerHour: 5,
      reopenDays: 14,
      closeOnSuccess: true,
      minConfidence: 0,
      scope: 'default-branch',
    });
    expect(c.reruns).toEqual({
      enabled: true,
      max: 1,
      categories: ['network_error', 'infrastructure'],
      minConfidence: 0.8,
    });
    expect(c.fixes).toEqual({
      enabled: true,
      minConfidence: 0.8,
      allowed: [
        'timeout',
        'missing_dependency',
        'missing_command',
        'toolchain_mismatch',
        'resource_exhaustion',
        'lint_failure',
      ],
      maxOpenPrs: 5,
      maxPrsPerHour: 2,
      readyWhenVerified: false,
      timeout: { factor: 1.5, maxMinutes: 360 },
      lintPaths: [...DEFAULT_LINT_PATHS],
    });
    expect('lintCommand' in c.fixes).toBe(false);
    expect(c.patterns).toEqual([]);
    expect(c.notify).toEqual({ on: ['created', 'reopened'] });
    expect(c.prReview).toEqual({
      sizeThresholds: [10, 30, 100, 500, 1000],
      ignore: [],
      areas: {},
      includeDrafts: false,
      copilotReview: false,
    });
    expect(c.staleDrafts).toEqual({
      daysBeforeStale: 30,
      daysBeforeClose: 7,
      exemptLabels: ['keep', 'pinned', 'security', 'do-not-close'],
      onlyAutoheal: false,
      deleteBranch: false,
    });
    expect(c.health).toEqual({ windowDays: 14, minSuccessRate: 0.8, recoverRate: 0.9, maxDrop: 0.15 });
  });

  it('shares no objects between loads, and keeps the exported defaults frozen', () => {
    const a = loadConfig('issues: {max-per-hour: 1}\n');
    const b = loadConfig('issues: {max-per-hour: 1}\n');
    a.fixes.allowed.push('timeout');
    a.fixes.timeout.factor = 9;
    expect(b.fixes.allowed).toEqual(DEFAULT_CONFIG.fixes.allowed);
    expect(b.fixes.timeout.factor).toBe(1.5);
    expect(loadConfig(undefined).fixes.timeout.factor).toBe(1.5);
    expect(Object.isFrozen(DEFAULT_CONFIG.fixes.timeout)).toBe(true);
    expect(Object.isFrozen(DEFAULT_CONFIG.reruns.categories)).toBe(true);
  });
});

describe('loading a file', () => {
  it('reads a file that sets everything into the typed config', () => {
    expect(loadConfig(FULL)).toEqual(FULL_CONFIG);
  });

  it('fills settings a section leaves out with their defaults', () => {
    const c = loadConfig('fixes:\n  timeout:\n    factor: 3\nissues:\n  reopen-days: 0\n');
    expect(c.fixes).toEqual({ ...defaultConfig().fixes, timeout: { factor: 3, maxMinutes: 360 } });
    expect(c.issues).toEqual({ ...defaultConfig().issues, reopenDays: 0 });
    expect(c.health).toEqual(defaultConfig().health);
  });

  it('reads a section with nothing under it, and an empty default-empty list, as defaults', () => {
    const c = loadConfig('fixes:\nworkflows:\n  exclude:\npatterns:\npr-review:\n  areas:\n');
    expect(c).toEqual(defaultConfig());
  });

  it('reads an optional setting written without a value as not set', () => {
    expect('lintCommand' in loadConfig('fixes:\n  lint-command:\n').fixes).toBe(false);
  });

  it('accepts YAML anchors and aliases, a byte order mark, and numbers in any YAML notation', () => {
    const c = loadConfig(
      '\uFEFFworkflows:\n  exclude: &nightly ["nightly-*"]\nbranches:\n  exclude: *nightly\nissues:\n  max-per-hour: 0x10\n',
    );
    expect(c.workflows.exclude).toEqual(['nightly-*']);
    expect(c.branches.exclude).toEqual(['nightly-*']);
    expect(c.issues.maxPerHour).toBe(16);
  });

  it('keeps a label named like an object property as a plain label', () => {
    const c = loadConfig('pr-review:\n  areas:\n    __proto__: {any: ["x/**"]}\n');
    expect(Object.keys(c.prReview.areas)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(c.prReview.areas)).toBe(Object.prototype);
  });

  it('types the config from the schema', () => {
    const c = loadConfig(FULL);
    expectTypeOf(c.fixes.timeout.factor).toEqualTypeOf<number>();
    expectTypeOf(c.fixes.lintCommand).toEqualTypeOf<string | undefined>();
    expectTypeOf(c.notify.on).toEqualTypeOf<('created' | 'reopened')[]>();
    expectTypeOf(c.reruns.categories[0]!).toEqualTypeOf<UserPattern['category']>();
  });
});

describe('errors in the file', () => {
  it('names the key path and line of a value out of range', () => {
    expect(oneError('enabled: true\nfixes:\n  timeout:\n    factor: 0.5\n')).toBe(
      '4: .github/autoheal.yml:4: fixes.timeout.factor must be a number greater than 1 and at most 10; got 0.5.',
    );
    expect(oneError('issues:\n  max-per-hour: 101\n')).toBe(
      '2: .github/autoheal.yml:2: issues.max-per-hour must be an integer from 0 to 100; got 101.',
    );
    expect(oneError('health:\n  max-drop: -0.1\n')).toMatch(
      /^2: .*:2: health\.max-drop must be a number from 0 to 1; got -0\.1\.$/,
    );
  });

  it('names the file it was given and sets file and line on each error', () => {
    const [error] = errorsOf('enabled: maybe', 'config/autoheal.yml');
    expect(error!.file).toBe('config/autoheal.yml');
    expect(error!.line).toBe(1);
    expect(error!.message).toBe('config/autoheal.yml:1: enabled must be true or false; got "maybe".');
  });

  it('rejects wrong types, saying what was found', () => {
    expect(oneError('enabled: yes\n')).toContain('enabled must be true or false; got "yes".');
    expect(oneError('issues:\n  max-per-hour: "5"\n')).toContain(
      'issues.max-per-hour must be an integer from 0 to 100; got "5".',
    );
    expect(oneError('issues:\n  reopen-days: 1.5\n')).toContain('got 1.5.');
    expect(oneError('issues:\n  min-confidence: .nan\n')).toContain('got .nan.');
    expect(oneError('issues:\n  scope: branches\n')).toContain('issues.scope must be one of');
    expect(oneError('fixes: [a]\n')).toBe(
      '1: .github/autoheal.yml:1: fixes must be a map of settings; got a list.',
    );
    expect(oneError('workflows:\n  watch: ci.yml\n')).toBe(
      '2: .github/autoheal.yml:2: workflows.watch must be a list (write [x] for one item); got "ci.yml".',
    );
    expect(oneError('labels:\n  base: 2024\n')).toContain(
      'labels.base must be a string (put it in quotes); got 2024.',
    );
    expect(oneError('reruns:\n  categories: [network_eror]\n')).toContain(
      'reruns.categories[0] must be one of "compile_error", ',
    );
    expect(oneError('- enabled: true\n')).toBe(
      '1: .github/autoheal.yml:1: The file must be a map of settings; got a list.',
    );
    expect(oneError('notify:\n  on: [created, closed]\n')).toContain(
      'notify.on[1] must be one of "created" or "reopened"; got "closed".',
    );
  });

  it('rejects a list that must not be empty, and an empty value where one is needed', () => {
    expect(oneError('branches:\n  include: []\n')).toContain('branches.include must have at least 1 item.');
    expect(oneError('stale-drafts:\n  exempt-labels:\n')).toContain(
      'stale-drafts.exempt-labels must be a list; got nothing.',
    );
    expect(oneError('health:\n  window-days:\n')).toContain(
      'health.window-days must be an integer from 1 to 90; got nothing.',
    );
  });

  it('rejects unknown keys, suggesting the key meant', () => {
    expect(oneError('fixes:\n  min-confidance: 0.3\n')).toBe(
      '2: .github/autoheal.yml:2: fixes.min-confidance is not a known setting. Did you mean "min-confidence"? ' +
        'Settings under fixes: enabled, min-confidence, allowed, max-open-prs, max-prs-per-hour, ready-when-verified, timeout, lint-command, lint-paths.',
    );
    // Another spelling of the same words, and swapped letters.
    expect(oneError('issues:\n  max_per_hour: 1\n')).toContain('Did you mean "max-per-hour"?');
    expect(oneError('enalbed: false\n')).toContain('Did you mean "enabled"?');
    // A right key in the wrong section.
    expect(oneError('min-confidence: 0.5\n')).toContain(
      'min-confidence is not a known setting. Did you mean "issues.min-confidence", "reruns.min-confidence" or "fixes.min-confidence"?',
    );
    // Nothing close: no guess, only the list.
    const far = oneError('colour: blue\n');
    expect(far).toContain('colour is not a known setting. Settings at the top level: enabled, workflows,');
    expect(far).not.toContain('Did you mean');
  });

  it('rejects a key given twice, pointing at both lines', () => {
    expect(oneError('enabled: true\nissues:\n  max-per-hour: 1\n  max-per-hour: 2\n')).toBe(
      '4: .github/autoheal.yml:4: issues.max-per-hour is given twice (first on line 3).',
    );
  });

  it('reports YAML syntax errors with their line, and nothing else', () => {
    const errors = errorsOf('enabled: true\nfixes:\n\tenabled: false\nbogus: 1\n');
    expect(errors.map((e) => e.line)).toEqual([3]);
    expect(errors[0]!.message).toMatch(/^\.github\/autoheal\.yml:3: YAML syntax error: .*[Tt]ab/);
    expect(oneError('workflows:\n  watch: [a, b\nbranches: {}\n')).toMatch(/^3: .*:3: YAML syntax error: /);
    expect(oneError('enabled: true\n---\nenabled: false\n')).toMatch(
      /^2: .*:2: YAML syntax error: .*multiple documents/,
    );
  });

  it('rejects invalid globs', () => {
    expect(oneError('workflows:\n  exclude: ["src/[abc"]\n')).toBe(
      '2: .github/autoheal.yml:2: workflows.exclude[0] has an unclosed "["; close it, or write "\\[" to match it literally; got "src/[abc".',
    );
    expect(oneError('pr-review:\n  ignore:\n    - "#generated"\n')).toMatch(
      /^3: .*pr-review\.ignore\[0\] starts with "#"/,
    );
    expect(oneError('branches:\n  include: ["!main"]\n')).toContain(
      'branches.include has only negated globs',
    );
  });

  it('rejects invalid regexes, naming what RE2 refused', () => {
    const lookahead = oneError('patterns:\n  - regex: "error(?=:)"\n    category: unknown\n');
    expect(lookahead).toMatch(/^2: .*:2: patterns\[0\]\.regex is not a regular expression RE2 accepts: /);
    expect(lookahead).toContain('invalid or unsupported Perl syntax');
    expect(lookahead).toContain('RE2 has no lookahead or lookbehind');
    expect(oneError('patterns:\n  - category: unknown\n    regex: "(a)\\\\1"\n')).toMatch(
      /^3: .*patterns\[0\]\.regex .*invalid escape sequence.*RE2 has no backreferences/,
    );
    expect(oneError('patterns:\n  - {regex: "[a-", category: unknown}\n')).toContain('missing closing ]');
  });

  it('rejects facts that refer to groups the regex does not have, at the fact line', () => {
    const text =
      'patterns:\n  - regex: "(a)(b)"\n    category: unknown\n    facts:\n      tool: x\n      module: $3\n      file: $<name>\n';
    const errors = errorsOf(text);
    expect(errors.map((e) => `${e.line}: ${e.message}`)).toEqual([
      '6: .github/autoheal.yml:6: patterns[0].facts.module refers to group $3, but the regex has only 2 groups.',
      '7: .github/autoheal.yml:7: patterns[0].facts.file refers to group <name>, which the regex does not define.',
    ]);
  });

  it('rejects pattern mistakes: missing fields, unknown facts, bad flags, names and templates', () => {
    expect(oneError('patterns:\n  - regex: x\n')).toBe(
      '2: .github/autoheal.yml:2: patterns[0].category is required.',
    );
    expect(
      oneError('patterns:\n  - regex: x\n    category: unknown\n    facts: {exit-code: $1}\n'),
    ).toContain('patterns[0].facts.exit-code is not a fact a pattern can set.');
    expect(oneError('patterns:\n  - regex: x\n    category: unknown\n    facts: {tol: x}\n')).toContain(
      'Did you mean "tool"?',
    );
    expect(oneError('patterns:\n  - {regex: x, category: unknown, flags: g}\n')).toContain(
      'patterns[0].flags must be "i" (case-insensitive), or left out; got "g".',
    );
    expect(oneError('patterns:\n  - {regex: x, category: unknown, name: "two words"}\n')).toContain(
      'patterns[0].name must be 1 to 64 letters',
    );
    expect(oneError('patterns:\n  - {regex: "(x)", category: unknown, facts: {tool: "$x"}}\n')).toContain(
      'patterns[0].facts.tool has a "$" that is not followed by a group number or <name>; write "$$" for a literal "$".',
    );
    expect(oneError('patterns:\n  - {regex: x, category: unknown, pattern: y}\n')).toContain(
      'patterns[0].pattern is not a known setting.',
    );
    expect(
      oneError(
        'patterns:\n  - {name: a, regex: x, category: unknown}\n  - {name: a, regex: y, category: unknown}\n',
      ),
    ).toBe('3: .github/autoheal.yml:3: patterns[1].name repeats the name "a" of patterns[0].');
    expect(oneError('patterns:\n  - {regex: "x*", category: unknown}\n')).toContain(
      'patterns[0].regex matches the empty string, so it would match every log line',
    );
  });

  it('caps the number of patterns and the length of a regex', () => {
    const many = `patterns:\n${Array.from({ length: 101 }, (_, i) => `  - {regex: "e${i}", category: unknown}\n`).join('')}`;
    expect(oneError(many)).toBe(
      '2: .github/autoheal.yml:2: patterns has 101 items; at most 100 are allowed.',
    );
    expect(() => loadConfig(many.replace(/ {2}- \{regex: "e100".*\n$/, ''))).not.toThrow();
    expect(oneError(`patterns:\n  - {regex: "${'a'.repeat(1001)}", category: unknown}\n`)).toContain(
      'patterns[0].regex is 1001 characters long; at most 1000 are allowed.',
    );
  });

  it('checks settings against each other', () => {
    expect(oneError('health:\n  min-success-rate: 0.8\n  recover-rate: 0.5\n')).toBe(
      '3: .github/autoheal.yml:3: health.recover-rate must be at least min-success-rate (0.8), or a workflow would count as recovered while still unhealthy; got 0.5.',
    );
    expect(oneError('pr-review:\n  size-thresholds: [10, 30, 30]\n')).toContain(
      'pr-review.size-thresholds must be in strictly ascending order; got [10, 30, 30].',
    );
  });

  it('checks labels and area rules', () => {
    expect(oneError(`labels:\n  category-prefix: "${'x'.repeat(32)}"\n`)).toContain(
      'labels.category-prefix must be at most 31 characters long',
    );
    expect(oneError('labels:\n  extra: [a, b, a]\n')).toBe(
      '2: .github/autoheal.yml:2: labels.extra[2] repeats "a".',
    );
    expect(oneError('pr-review:\n  areas:\n    docs: {any: [a], all: [b]}\n')).toContain(
      'pr-review.areas.docs must have "any" or "all", not both',
    );
    expect(oneError('pr-review:\n  areas:\n    docs: {}\n')).toContain(
      'pr-review.areas.docs must have "any" or "all"',
    );
    expect(oneError('pr-review:\n  areas:\n    docs: {anyy: [a]}\n')).toContain(
      'pr-review.areas.docs.anyy is not a known setting. Did you mean "any"?',
    );
    expect(oneError(`pr-review:\n  areas:\n    "${'l'.repeat(51)}": {any: [a]}\n`)).toMatch(
      /^3: .*pr-review\.areas\.l+ must be at most 50 characters long/,
    );
  });

  it('never echoes a webhook URL put where its env var name belongs', () => {
    const url = 'https://hooks.slack.com/services/T0000/B0000/Very5ecretToken';
    const message = oneError(`notify:\n  slack-webhook-env: ${url}\n`);
    expect(message).toContain(
      'notify.slack-webhook-env must name the environment variable or secret that holds the webhook URL, not the URL itself',
    );
    expect(message).not.toContain('Very5ecretToken');
    expect(message).not.toContain('hooks.slack');
    const other = oneError('notify:\n  slack-webhook-env: xoxb-1234-secret\n');
    expect(other).toContain('must be an environment variable name');
    expect(other).not.toContain('xoxb');
    expect(oneError('notify:\n  slack-webhook-env: 12345\n')).toContain('got a value that is not shown here');
  });

  it('truncates long values it quotes', () => {
    const message = oneError(`labels:\n  base: "${'L'.repeat(80)}"\n`);
    expect(message).toContain(`got "${'L'.repeat(60)}…".`);
  });

  it('reports every problem at once, in file order', () => {
    const text = [
      'enabled: nope', // 1
      'fixes:', // 2
      '  min-confidance: 0.3', // 3
      '  timeout:', // 4
      '    factor: 0', // 5
      'workflows:', // 6
      '  watch: ["src/[abc"]', // 7
      'patterns:', // 8
      '  - regex: "(?=x)"', // 9
      '    category: compile_eror', // 10
      'enabled: true', // 11
    ].join('\n');
    const errors = errorsOf(text);
    expect(errors.map((e) => e.line)).toEqual([1, 3, 5, 7, 9, 10, 11]);
    expect(errors.map((e) => e.message.replace(/^[^ ]+ /, '').split(' ')[0])).toEqual([
      'enabled',
      'fixes.min-confidance',
      'fixes.timeout.factor',
      'workflows.watch[0]',
      'patterns[0].regex',
      'patterns[0].category',
      'enabled',
    ]);
    expect(errors.at(-1)!.message).toContain('given twice (first on line 1)');
    expect(errors[5]!.message).toContain('(did you mean "compile_error"?)');
  });

  it('bounds alias expansion', () => {
    const areas = (n: number) =>
      `workflows:\n  exclude: &g ["x"]\npr-review:\n  areas:\n${Array.from({ length: n }, (_, i) => `    a${i}: {any: *g}\n`).join('')}`;
    expect(Object.keys(loadConfig(areas(MAX_ALIASES)).prReview.areas)).toHaveLength(MAX_ALIASES);
    expect(oneError(areas(MAX_ALIASES + 1))).toContain(`uses more than ${MAX_ALIASES} aliases`);
  });

  it('refuses an oversized file without parsing it', () => {
    const errors = errorsOf(`enabled: true\n#${'x'.repeat(MAX_CONFIG_CHARS)}\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain(`at most ${MAX_CONFIG_CHARS} are accepted`);
  });
});

describe('reading the file', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'autoheal-config-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const fsReader: ConfigFileReader = { readFile: (path, encoding) => readFile(path, encoding) };

  it('loads the file through an fs-like reader', async () => {
    const path = join(dir, 'autoheal.yml');
    await writeFile(path, 'issues:\n  max-per-hour: 2\n');
    expect((await readConfigFile(fsReader, path)).issues.maxPerHour).toBe(2);
  });

  it('uses the defaults when the file does not exist', async () => {
    expect(await readConfigFile(fsReader, join(dir, 'missing.yml'))).toEqual(defaultConfig());
    expect(await readConfigFile({ readFile: async () => undefined })).toEqual(defaultConfig());
  });

  it('reads the default path and reports errors against it', async () => {
    const asked: string[] = [];
    const reader: ConfigFileReader = {
      readFile: async (path) => {
        asked.push(path);
        return 'enabled: 1\n';
      },
    };
    await expect(readConfigFile(reader)).rejects.toThrow(
      `${DEFAULT_CONFIG_PATH}:1: enabled must be true or false`,
    );
    expect(asked).toEqual([DEFAULT_CONFIG_PATH]);
  });

  it('reports a directory in place of the file as a user mistake, and rethrows other failures', async () => {
    const path = join(dir, 'a-directory.yml');
    await mkdir(path);
    const error = await readConfigFile(fsReader, path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).message).toBe(
      `${path} is a directory; the autoheal config must be a YAML file.`,
    );
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    await expect(
      readConfigFile({
        readFile: async () => {
          throw denied;
        },
      }),
    ).rejects.toBe(denied);
  });
});

describe('action inputs over the file', () => {
  const file = loadConfig(FULL);

  it('lets overrides win, merging sections and replacing lists whole', () => {
    const merged = mergeConfig(file, {
      enabled: true,
      fixes: { minConfidence: 0.5, timeout: { factor: 3 } },
      reruns: { categories: ['unknown'] },
      issues: { maxPerHour: undefined },
      notify: { slackWebhookEnv: 'OTHER_HOOK' },
    });
    expect(merged.enabled).toBe(true);
    expect(merged.fixes.minConfidence).toBe(0.5);
    expect(merged.fixes.timeout).toEqual({ factor: 3, maxMinutes: 120 });
    expect(merged.fixes.allowed).toEqual(['timeout', 'lint_failure']);
    expect(merged.reruns.categories).toEqual(['unknown']);
    expect(merged.issues.maxPerHour).toBe(3);
    expect(merged.notify.slackWebhookEnv).toBe('OTHER_HOOK');
    expect(merged.health).toEqual(file.health);
    // The file's config is left as it was.
    expect(file).toEqual(FULL_CONFIG);
  });

  it('checks override values like file values, reporting them all', () => {
    let caught: unknown;
    try {
      mergeConfig(file, { fixes: { minConfidence: 5 }, workflows: { watch: ['src/[abc'] } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigurationErrors);
    expect((caught as ConfigurationErrors).errors.map((e) => e.message)).toEqual([
      'Action inputs: workflows.watch[0] has an unclosed "["; close it, or write "\\[" to match it literally; got "src/[abc".',
      'Action inputs: fixes.min-confidence must be a number from 0 to 1; got 5.',
    ]);
    expect(() =>
      mergeConfig(file, { patterns: [{ regex: 'a(?!b)', category: 'unknown', confidence: 0.9, facts: {} }] }),
    ).toThrow(/patterns\[0\]\.regex is not a regular expression RE2 accepts/);
  });

  it('checks settings against each other after merging', () => {
    expect(() => mergeConfig(defaultConfig(), { health: { recoverRate: 0.5 } })).toThrow(
      'Action inputs: health.recover-rate must be at least min-success-rate (0.8)',
    );
    expect(
      mergeConfig(defaultConfig(), { health: { recoverRate: 0.5, minSuccessRate: 0.4 } }).health.recoverRate,
    ).toBe(0.5);
  });

  it('refuses keys that are not settings, as a bug in the caller', () => {
    // @ts-expect-error not a setting
    expect(() => mergeConfig(file, { fixes: { colour: 'blue' } })).toThrow(TypeError);
  });
});

describe('settings table', () => {
  /** Key paths of a parsed config, as the table spells them. */
  function keyPaths(value: unknown, path: string, out: Set<string>): Set<string> {
    if (path === 'patterns') {
      for (const item of value as Record<string, unknown>[])
        for (const key of Object.keys(item)) out.add(`patterns[].${key}`);
      return out;
    }
    if (path === 'pr-review.areas') {
      for (const rule of Object.values(value as Record<string, object>))
        for (const key of Object.keys(rule)) out.add(`pr-review.areas.<label>.${key}`);
      return out;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
    for (const [key, inner] of Object.entries(value)) {
      const p = path === '' ? key : `${path}.${key}`;
      out.add(p);
      keyPaths(inner, p, out);
    }
    return out;
  }

  it('lists every key of the file, and only those', () => {
    const table = renderConfigTable();
    const keys = keyPaths(parse(FULL), '', new Set());
    const rows = table.trim().split('\n').slice(2);
    const tableKeys = rows.map((row) => /^\| `([^`]+)` \|/.exec(row)?.[1]);
    expect(new Set(tableKeys)).toEqual(keys);
    expect(tableKeys).toHaveLength(keys.size);
  });

  it('gives each key a type, a description and its default', () => {
    for (const row of configDocRows()) {
      expect(row.type, row.key).not.toBe('');
      expect(row.description.length, row.key).toBeGreaterThan(10);
    }
    const table = renderConfigTable();
    expect(table).toContain('| `issues.max-per-hour` | integer (0–100) | `5` |');
    expect(table).toContain('| `fixes.timeout.factor` | number (> 1, ≤ 10) | `1.5` |');
    expect(table).toContain('| `reruns.categories` | list, each one of `compile_error`,');
    expect(table).toContain('`["network_error", "infrastructure"]`');
    expect(table).toContain(
      '| `stale-drafts.exempt-labels` | list of labels | `["keep", "pinned", "security", "do-not-close"]` |',
    );
    expect(table).toContain('| `fixes.lint-command` | string |  |');
  });

  it('renders a well-formed markdown table', () => {
    const lines = renderConfigTable().trim().split('\n');
    expect(lines[0]).toBe('| Key | Type | Default | Description |');
    for (const line of lines) {
      // Four cells: five pipes that are not escaped.
      expect(line.match(/(?<!\\)\|/g), line).toHaveLength(5);
    }
  });
});

describe('user patterns', () => {
  const base = { category: 'unknown', confidence: 0.9, facts: {} } as const;
  const rule = (pattern: Partial<UserPattern> & { regex: string }) =>
    compilePatterns([{ ...base, ...pattern }])[0]!;

  it('returns the facts a line yields, {} without facts, undefined without a match', () => {
    const npm = compilePatterns([
      {
        name: 'npm-404',
        regex: String.raw`npm ERR! 404 Not Found - GET https?://(?<host>[^/\s]+)/(\S+)`,
        category: 'missing_dependency',
        confidence: 0.8,
        facts: { host: '$<host>', package: '$2', tool: 'npm' },
      },
    ])[0]!;
    expect(npm.id).toBe('npm-404');
    expect(npm.category).toBe('missing_dependency');
    expect(npm.confidence).toBe(0.8);
    expect(npm.match('npm ERR! 404 Not Found - GET https://registry.npmjs.org/left-pad')).toEqual({
      host: 'registry.npmjs.org',
      package: 'left-pad',
      tool: 'npm',
    });
    expect(npm.match('npm ERR! 403 Forbidden')).toBeUndefined();
    const bare = rule({ regex: 'Segmentation fault' });
    expect(bare.id).toBe('patterns[0]');
    expect(bare.match('./run.sh: Segmentation fault (core dumped)')).toEqual({});
    expect(bare.match('all good')).toBeUndefined();
  });

  it('fills templates: groups inside text, $$, and nothing for a group that did not take part', () => {
    const r = rule({
      regex: String.raw`E(\d+)(?: in (\w+))?`,
      facts: { code: 'E$$$1', command: 'run $2 now', file: '$2' },
    });
    expect(r.match('error E42 in build')).toEqual({ code: 'E$42', command: 'run build now', file: 'build' });
    expect(r.match('error E42')).toEqual({ code: 'E$42', command: 'run  now' });
  });

  it('matches case-insensitively with flags: i', () => {
    expect(rule({ regex: 'fatal', flags: 'i' }).match('FATAL: out of memory')).toEqual({});
    expect(rule({ regex: 'fatal' }).match('FATAL: out of memory')).toBeUndefined();
  });

  it(`caps a fact at ${MAX_FACT_CHARS} characters`, () => {
    const r = rule({ regex: 'missing (.*)', facts: { file: '$1' } });
    expect(r.match(`missing ${'y'.repeat(500)}`)!.file).toBe('y'.repeat(MAX_FACT_CHARS));
  });

  it('runs a pattern that would backtrack catastrophically in linear time', () => {
    // With a backtracking engine, (a+)+$ against a's and a final b explores 2^50000 paths.
    const r = rule({ regex: '(a+)+$', facts: { code: '$1' } });
    expect(r.match(`${'a'.repeat(50_000)}b`)).toBeUndefined();
    expect(r.match('xaaa')).toEqual({ code: 'aaa' });
  });

  it('rejects what RE2 lacks: lookaround and backreferences', () => {
    expect(() => rule({ regex: 'a(?=x)' })).toThrow(
      /patterns\[0\]\.regex is not a regular expression RE2 accepts: .*\(RE2 has no lookahead or lookbehind/,
    );
    expect(() => rule({ regex: '(?<!x)a' })).toThrow(/RE2 has no lookahead or lookbehind/);
    expect(() => rule({ regex: '(a)\\1' })).toThrow(/RE2 has no backreferences/);
  });

  it('checks patterns built in code like patterns from the file, reporting all problems', () => {
    let caught: unknown;
    try {
      compilePatterns([
        { ...base, name: 'dup', regex: 'a' },
        { ...base, name: 'dup', regex: 'b', confidence: 2 },
        {
          ...base,
          regex: '(x)',
          category: 'nope' as 'unknown',
          flags: 'g' as 'i',
          facts: { exitCode: '$1' } as object,
        },
        { ...base, regex: 'x', facts: { tool: '$2' } },
      ]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigurationErrors);
    expect((caught as ConfigurationErrors).errors.map((e) => e.message)).toEqual([
      'patterns[1].name repeats the name "dup".',
      'patterns[1].confidence must be a number from 0 to 1.',
      expect.stringMatching(/^patterns\[2\]\.category must be one of "compile_error", /),
      'patterns[2].flags must be "i" (case-insensitive); got "g".',
      expect.stringMatching(
        /^patterns\[2\]\.facts\.exitCode is not a fact a pattern can set; facts: tool, module,/,
      ),
      'patterns[3].facts.tool refers to group $2, but the regex has no groups.',
    ]);
  });

  it('caps the number of patterns', () => {
    const list = Array.from({ length: 101 }, (_, i) => ({ ...base, regex: `e${i}` }));
    expect(() => compilePatterns(list)).toThrow('patterns has 101 items; at most 100 are allowed.');
    expect(compilePatterns(list.slice(0, 100))).toHaveLength(100);
  });
});

describe('globs', () => {
  it('accepts ordinary globs', () => {
    for (const glob of [
      '**',
      '**/*.ts',
      'src/{a,b}/**',
      '[[:alpha:]]*.md',
      '[]]x',
      '\\[literal',
      '!dist/**',
      '+(a|b).js',
      'CI',
    ])
      expect(globProblem(glob), glob).toBeUndefined();
  });

  it('rejects what minimatch would silently take literally, and empty or oversized globs', () => {
    expect(globProblem('')).toBe('is empty');
    expect(globProblem('#x')).toContain('comment');
    expect(globProblem('src/[abc')).toContain('unclosed "["');
    expect(globProblem('src/{a,b')).toContain('unclosed "{"');
    expect(globProblem('@(a|b')).toContain('unclosed "@("');
    expect(globProblem('a\\')).toContain('unclosed "\\"');
    expect(globProblem('!!x')).toContain('more than one "!"');
    expect(globProblem('!')).toBe('negates nothing');
    expect(globProblem('a'.repeat(501))).toBe('is longer than 500 characters');
  });

  it('splits a glob list on newlines and on commas outside braces', () => {
    expect(splitGlobList('src/{a,b}/**, docs/**\n\n  *.md ,')).toEqual(['src/{a,b}/**', 'docs/**', '*.md']);
    expect(splitGlobList('a\\,b,c')).toEqual(['a\\,b', 'c']);
  });

  it('matches like GitHub path filters: in order, a later !glob excludes, dot directories included', () => {
    const match = globMatcher(['**', '!docs/**', 'docs/keep.md']);
    expect(match('.github/workflows/ci.yml')).toBe(true);
    expect(match('docs/guide.md')).toBe(false);
    expect(match('docs/keep.md')).toBe(true);
    expect(globMatcher(['!docs/**'])('src/a.ts')).toBe(false);
    expect(globMatcher(['CI', 'Release *'])('Release nightly')).toBe(true);
  });

  it('suggests the closest word only when it is close', () => {
    expect(closest('enalbed', ['enabled', 'labels'])).toBe('enabled');
    expect(closest('MaxPerHour', ['max-per-hour'])).toBe('max-per-hour');
    expect(closest('colour', ['enabled', 'labels'])).toBeUndefined();
  });
});

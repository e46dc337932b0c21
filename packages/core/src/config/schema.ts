import { FAILURE_CATEGORIES } from '../analyzer/categories.js';
import { areasSetting } from './areas.js';
import { FIX_TYPES } from './fix-types.js';
import { patternsSetting } from './patterns.js';
import {
  bool,
  globs,
  int,
  label,
  listOf,
  MAX_LABEL_CHARS,
  num,
  oneOf,
  optional,
  section,
  setting,
  text,
  type ValueOf,
} from './settings.js';

/**
 * `.github/autoheal.yml`: every setting, its type, default and description, in one place. The
 * config's TypeScript type, the defaults and the docs table are all derived from this.
 * Field names are camelCase here; the file spells them kebab-case (`maxPerHour` → `max-per-hour`).
 */

/** The category label is `<prefix><category>` and must still fit GitHub's label length limit. */
const MAX_PREFIX_CHARS = MAX_LABEL_CHARS - Math.max(...FAILURE_CATEGORIES.map((c) => c.length));

/**
 * What a lint fix may touch by default: anything but files that decide what runs, with which
 * dependencies, or who reviews (a lint command is repository code; its diff is untrusted).
 */
export const DEFAULT_LINT_PATHS = [
  '**',
  '!.github/**',
  '!**/.git*',
  '!**/CODEOWNERS',
  '!**/package.json',
  '!**/{package-lock.json,npm-shrinkwrap.json,yarn.lock,pnpm-lock.yaml,pnpm-workspace.yaml,bun.lock,bun.lockb,.npmrc,.yarnrc,.yarnrc.yml}',
  '!**/{pyproject.toml,setup.py,setup.cfg,Pipfile,Pipfile.lock,poetry.lock,uv.lock,pdm.lock,tox.ini,noxfile.py,conftest.py}',
  '!**/*requirements*.{txt,in}',
  '!**/requirements/**',
  '!**/{go.mod,go.sum,go.work,Cargo.toml,Cargo.lock,Gemfile,Gemfile.lock,*.gemspec,composer.json,composer.lock}',
  '!**/{pom.xml,build.gradle,build.gradle.kts,settings.gradle,settings.gradle.kts,gradle.properties,gradlew,gradlew.bat}',
  '!**/gradle/wrapper/**',
  '!**/{Makefile,makefile,GNUmakefile,*.mk,Justfile,justfile,Taskfile.yml,Rakefile,Dockerfile,*.dockerfile,docker-compose.yml,compose.yaml}',
  '!**/{.pre-commit-config.yaml,.husky/**,lefthook.yml,.envrc,.tool-versions,.nvmrc,.node-version,.python-version}',
  '!**/*.{sh,bash,ps1,bat,cmd}',
  '!scripts/**',
  '!**/bin/**',
] as const;

const confidence = num({ min: 0, max: 1 });
const rate = num({ min: 0, max: 1 });

const envNameProblem = (value: string): string | undefined => {
  // The value is never echoed: if it is a webhook URL, it is a credential.
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.includes('/') || /hooks\.slack\.com/i.test(value))
    return (
      'must name the environment variable or secret that holds the webhook URL, not the URL itself; ' +
      'this file is readable by anyone who can read the repository, so remove the URL and rotate the webhook'
    );
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(value))
    return 'must be an environment variable name: letters, digits and "_", not starting with a digit';
  return undefined;
};

const singleLine = (value: string): string | undefined => {
  if (value.trim() === '') return 'must not be empty';
  if (/[\r\n]/.test(value)) return 'must be a single line';
  return undefined;
};

export const CONFIG_SCHEMA = section('The whole file.', {
  enabled: setting(
    bool,
    true,
    'Set to false to turn autoheal off for this repository without removing its workflows.',
  ),
  workflows: section('Which workflow runs autoheal looks at.', {
    watch: setting(
      globs({ minItems: 1 }),
      ['**'],
      'Workflows to diagnose, matched against the workflow name and its file path ' +
        '(`.github/workflows/ci.yml`). A later `!glob` excludes again.',
    ),
    exclude: setting(globs(), [], 'Workflows never to diagnose, even when `watch` matches them.'),
  }),
  branches: section('Which branches autoheal looks at.', {
    include: setting(globs({ minItems: 1 }), ['**'], 'Branches whose failed runs are diagnosed.'),
    exclude: setting(globs(), [], 'Branches never diagnosed, even when `include` matches them.'),
    forgetDays: setting(
      int({ min: 1, max: 365 }),
      14,
      'An issue stops waiting for a non-default branch to turn green once that branch has shown no failure for this many days.',
    ),
  }),
  labels: section('Labels on the issues autoheal files.', {
    base: setting(label(), 'autoheal', 'Label on every autoheal issue and pull request.'),
    categoryPrefix: setting(
      label(MAX_PREFIX_CHARS),
      'autoheal:',
      'Prefix of the category label (`autoheal:network_error`).',
    ),
    extra: setting(listOf(label(), { unique: true, maxItems: 20 }), [], 'More labels added to every issue.'),
  }),
  issues: section('Filing issues for failures.', {
    maxPerHour: setting(int({ min: 0, max: 100 }), 5, 'Most new issues filed per hour; 0 files none.'),
    reopenDays: setting(
      int({ min: 0, max: 365 }),
      14,
      'A recurring failure reopens its closed issue if that was closed at most this many days ago; otherwise a new issue is filed.',
    ),
    closeOnSuccess: setting(
      bool,
      true,
      'Close the issue when the workflow succeeds again on the same branch.',
    ),
    minConfidence: setting(
      confidence,
      0,
      'File an issue only when the diagnosis is at least this confident.',
    ),
    scope: setting(
      oneOf(['default-branch', 'all']),
      'default-branch',
      "`default-branch`: issues only for failures on the default branch; a failure on a pull request's branch gets one comment on the pull request (edited in place), any other branch only the job summary. `all`: issues for every watched branch.",
    ),
  }),
  reruns: section('Re-running jobs that failed for passing reasons.', {
    enabled: setting(bool, true, 'Re-run failed jobs whose category is in `categories`.'),
    max: setting(int({ min: 0, max: 5 }), 1, 'Most re-runs of one workflow run.'),
    categories: setting(
      listOf(oneOf(FAILURE_CATEGORIES), { unique: true }),
      ['network_error', 'infrastructure'],
      'Failure categories worth a re-run.',
    ),
    minConfidence: setting(confidence, 0.8, 'Re-run only when the diagnosis is at least this confident.'),
  }),
  fixes: section('Draft pull requests with mechanical fixes.', {
    enabled: setting(bool, true, 'Open draft pull requests for fixable failures.'),
    minConfidence: setting(
      confidence,
      0.8,
      'Propose a fix only when the diagnosis is at least this confident.',
    ),
    allowed: setting(
      listOf(oneOf(FIX_TYPES), { unique: true }),
      [...FIX_TYPES],
      'Kinds of fix autoheal may propose.',
    ),
    maxOpenPrs: setting(int({ min: 0, max: 50 }), 5, 'Most autoheal pull requests open at once.'),
    maxPrsPerHour: setting(int({ min: 0, max: 20 }), 2, 'Most fix pull requests opened per hour.'),
    readyWhenVerified: setting(
      bool,
      false,
      "Mark a fix pull request ready for review once every watched workflow passed on its branch with autoheal's own commit at its head (verified); not while one still runs. Needs a fix token: pull requests opened with GITHUB_TOKEN start no CI.",
    ),
    timeout: section('The `timeout` fix: raising `timeout-minutes` of a job that ran out of time.', {
      factor: setting(num({ above: 1, max: 10 }), 1.5, 'New timeout = old timeout × factor, rounded up.'),
      maxMinutes: setting(int({ min: 1, max: 4320 }), 360, 'Never raise a timeout above this many minutes.'),
    }),
    lintCommand: optional(
      text({ check: singleLine }),
      'Command that fixes lint failures (`npm run lint -- --fix`); without it, lint fixes are not proposed.',
    ),
    lintPaths: setting(
      globs({ minItems: 1 }),
      [...DEFAULT_LINT_PATHS],
      'Files a lint fix may change (globs in order, `!` excludes). The default leaves out `.github/`, manifests, lockfiles, CODEOWNERS, `.gitattributes` and scripts CI runs: the command runs repository code, so its diff must not reach what runs with privileges.',
    ),
  }),
  patterns: patternsSetting,
  notify: section('Notifications when autoheal files an issue.', {
    slackWebhookEnv: optional(
      text({ type: 'env var name', check: envNameProblem, secret: true }),
      'Name of the environment variable (or secret) holding a Slack-compatible webhook URL. Never the URL itself.',
    ),
    on: setting(
      listOf(oneOf(['created', 'reopened']), { unique: true }),
      ['created', 'reopened'],
      'Which issue events are notified.',
    ),
  }),
  prReview: section('The pull request reviewer.', {
    sizeThresholds: setting(
      listOf(int({ min: 1 }), {
        minItems: 1,
        maxItems: 10,
        check: (items) =>
          items.every((n, i) => i === 0 || n > items[i - 1]!)
            ? undefined
            : `must be in strictly ascending order; got [${items.join(', ')}]`,
      }),
      [10, 30, 100, 500, 1000],
      'Changed-line counts that separate the size labels (XS, S, M, L, XL, XXL).',
    ),
    ignore: setting(globs(), [], 'Files left out of the size (lock files, generated code).'),
    areas: areasSetting,
    includeDrafts: setting(bool, false, 'Review draft pull requests too.'),
    copilotReview: setting(bool, false, 'Also request a review from GitHub Copilot.'),
  }),
  staleDrafts: section('Closing abandoned draft pull requests.', {
    daysBeforeStale: setting(
      int({ min: 1, max: 3650 }),
      30,
      'Days without activity before a draft is marked stale.',
    ),
    daysBeforeClose: setting(
      int({ min: 0, max: 3650 }),
      7,
      'Days after being marked stale before the draft is closed.',
    ),
    exemptLabels: setting(
      listOf(label(), { unique: true }),
      ['keep', 'pinned', 'security', 'do-not-close'],
      'Drafts with any of these labels are never marked stale.',
    ),
    onlyAutoheal: setting(bool, false, 'Only consider drafts opened by autoheal.'),
    deleteBranch: setting(bool, false, 'Delete the branch of a closed draft (never of a fork).'),
  }),
  health: section(
    'Workflow health checks.',
    {
      windowDays: setting(int({ min: 1, max: 90 }), 14, 'Days of runs that make up the success rate.'),
      minSuccessRate: setting(rate, 0.8, 'A workflow below this success rate is reported unhealthy.'),
      recoverRate: setting(
        rate,
        0.9,
        'An unhealthy workflow is healthy again at this rate; above `min-success-rate`, so it does not flap.',
      ),
      maxDrop: setting(
        rate,
        0.15,
        'Report a workflow whose success rate fell by more than this within the window.',
      ),
    },
    {
      check: (health) =>
        health.recoverRate < health.minSuccessRate
          ? [
              {
                field: 'recoverRate',
                problem: `must be at least min-success-rate (${health.minSuccessRate}), or a workflow would count as recovered while still unhealthy; got ${health.recoverRate}`,
              },
            ]
          : [],
    },
  ),
});

type Schema = typeof CONFIG_SCHEMA;

/** The loaded `.github/autoheal.yml`, with every default filled in. */
export type AutohealConfig = ValueOf<Schema>;

export type WorkflowsConfig = AutohealConfig['workflows'];
export type BranchesConfig = AutohealConfig['branches'];
export type LabelsConfig = AutohealConfig['labels'];
export type IssuesConfig = AutohealConfig['issues'];
export type RerunsConfig = AutohealConfig['reruns'];
export type FixesConfig = AutohealConfig['fixes'];
export type NotifyConfig = AutohealConfig['notify'];
export type PrReviewConfig = AutohealConfig['prReview'];
export type StaleDraftsConfig = AutohealConfig['staleDrafts'];
export type HealthConfig = AutohealConfig['health'];

/** Shared pieces of this action's tests: a seeded simulator, deps that record, real event payloads. */
import { OperationBudget } from '@autoheal/core/budget';
import type { RunnerEvent } from '@autoheal/core/runner-context';
import { createSanitizer } from '@autoheal/core/text/sanitize';
import { webhookExample, withFields } from '@autoheal/testkit/events/webhook-examples';
import { type Recorded as RecordedMessage, recorder } from '@autoheal/testkit/recorder';
import { simClient } from '@autoheal/testkit/sim-client';
import type { SeedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import { type RepoBuilder, SIMULATOR_TOKEN, seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import type { GitHubSimulator } from '@autoheal/testkit/simulator/server';
import { type ActionInputs, parseInputs } from '../src/inputs.js';
import type { RunDeps } from '../src/run.js';

export { writes } from '@autoheal/testkit/sim-writes';

export const OWNER = 'octo-org';
export const NAME = 'widgets';
export const REPO = `${OWNER}/${NAME}`;
export const repoRef = { owner: OWNER, repo: NAME };

/** A user token of a maintainer with a Copilot seat (`ghp_`: not an installation token). */
export const MAINTAINER_TOKEN = 'ghp_maintainerToken00000000000000000000';
export const MAINTAINER = 'mona';

/** A fixed "now", so seeded timestamps and the hourly window agree. */
export const NOW = Date.parse('2026-03-02T12:00:00Z');

export const INJECTION_TITLE = 'a"; curl x|sh; "$(id)';

export function iso(msAgo: number): string {
  return new Date(NOW - msAgo).toISOString().replace('.000Z', 'Z');
}

/**
 * The world most tests start from: the maintainer `mona` (write), the contributor `alice`
 * (write), an outsider `stranger`, and issue #1 by alice with the trigger label and a task list.
 */
export function baseSeed(
  configure?: (r: RepoBuilder) => unknown,
  repoFields: Record<string, unknown> = {},
): SeedBuilder {
  return seedBuilder()
    .token(MAINTAINER_TOKEN, MAINTAINER)
    .user('stranger')
    .user('alice')
    .repo(
      REPO,
      (r) => {
        r.file('README.md', '# widgets\n')
          .file('src/app.js', 'export const x = 1;\n')
          .collaborator(MAINTAINER, 'admin')
          .collaborator('alice', 'write')
          .label('autoheal:work')
          .issue({
            number: 1,
            title: 'Fix the flaky login test',
            author: 'alice',
            labels: ['autoheal:work'],
            body: 'The login test fails one run in ten.\n\n- [ ] find the race\n- [x] reproduce it\n  - [ ] add a @mona check for #12\n',
          });
        configure?.(r);
      },
      repoFields,
    );
}

export interface Recorded {
  outputs: Record<string, string>;
  summary: string[];
  logs: RecordedMessage[];
}

/** Inputs as the runner would give them (action.yml defaults), overridden by `given`. */
export function inputsFrom(given: Record<string, string> = {}): ActionInputs {
  const env: Record<string, string> = {
    INPUT_TOKEN: SIMULATOR_TOKEN,
    'INPUT_TRIGGER-LABEL': 'autoheal:work',
    INPUT_LABELS: 'autoheal',
    'INPUT_DRAFT-FALLBACK-LABEL': 'autoheal:draft',
    'INPUT_MAX-PRS-PER-HOUR': '5',
    'INPUT_OPERATIONS-BUDGET': '10',
  };
  for (const [k, v] of Object.entries(given)) env[`INPUT_${k.toUpperCase()}`] = v;
  return parseInputs(env);
}

export function labeledEvent(
  issue: { number: number; title: string; author?: string },
  label = 'autoheal:work',
): RunnerEvent {
  const payload = withFields(webhookExample('issues', 'labeled'), {
    'issue.number': issue.number,
    'issue.title': issue.title,
    'issue.user.login': issue.author ?? 'alice',
    'issue.labels': [{ name: label }],
    'label.name': label,
    'repository.full_name': REPO,
    'repository.name': NAME,
    'repository.owner.login': OWNER,
  });
  return { name: 'issues', payload };
}

export function openedEvent(issue: { number: number; title: string }, labels: string[] = []): RunnerEvent {
  const payload = withFields(webhookExample('issues', 'opened'), {
    'issue.number': issue.number,
    'issue.title': issue.title,
    'issue.labels': labels.map((name) => ({ name })),
    'repository.full_name': REPO,
  });
  return { name: 'issues', payload };
}

export interface TestDeps {
  deps: RunDeps;
  recorded: Recorded;
  budget: OperationBudget;
}

export function testDeps(
  sim: GitHubSimulator,
  event: RunnerEvent,
  inputs: ActionInputs,
  options: { copilot?: boolean } = {},
): TestDeps {
  const { log, sink, outputs, summary, messages } = recorder();
  const recorded: Recorded = { outputs, summary, logs: messages };
  const budget = new OperationBudget(inputs.operationsBudget);
  const client = (token: string) => simClient(sim, { token, budget, retries: 1 });
  const deps: RunDeps = {
    env: {},
    log,
    clock: { now: () => NOW, sleep: async () => {} },
    sink,
    github: client(inputs.token),
    ...(options.copilot ? { copilot: client(MAINTAINER_TOKEN) } : {}),
    budget,
    sanitizer: createSanitizer({ secrets: [inputs.token] }),
    context: { event, repository: repoRef, apiUrl: sim.url, serverUrl: 'https://github.com' },
  };
  return { deps, recorded, budget };
}

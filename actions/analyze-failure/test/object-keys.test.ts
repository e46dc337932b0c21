/**
 * A name the repository's config supplies, looked up in the step's environment: `constructor`,
 * `toString` and the like are variable names like any other (unset here), never Object's members.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { OperationBudget } from '@autoheal/core/budget';
import { inputEnvName } from '@autoheal/core/inputs';
import { seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import { afterEach, describe, expect, it } from 'vitest';
import { parseInputs } from '../src/inputs.js';
import { chooseWebhook } from '../src/notify.js';
import { type RunDeps, run } from '../src/run.js';
import { cidiffLog, Fixture, memoryLogger, memorySink, simClient } from './issues-fixture.js';

const fixture = new Fixture();
afterEach(() => fixture.cleanup());

const PROTO_NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];

describe('notify.slack-webhook-env names a variable, looked up as the environment’s own', () => {
  it('chooseWebhook: a variable named "constructor" is unset, in a plain env and in process.env', () => {
    for (const name of PROTO_NAMES) {
      for (const env of [{ SLACK_URL: 'https://hooks.slack.com/services/T/B/x' }, process.env]) {
        const choice = chooseWebhook(undefined, name, env);
        expect(choice.url, name).toBeUndefined();
        expect(choice.problem, name).toContain(
          `names ${name}, but this step has no such environment variable`,
        );
      }
    }
  });

  it('run: a config naming "toString" files the issue and warns that the variable is unset (it crashed)', async () => {
    for (const [i, name] of PROTO_NAMES.entries()) {
      const sim = await fixture.sim(
        seedBuilder()
          .repo('octo-org/widgets', (r) => {
            r.file('README.md', '# widgets\n')
              .file('.github/autoheal.yml', `notify:\n  slack-webhook-env: ${name}\n`)
              .workflow('CI', '.github/workflows/ci.yml', 161)
              .run({
                id: 600 + i,
                workflow: 'CI',
                branch: 'main',
                conclusion: 'failure',
                jobs: [
                  {
                    name: 'test',
                    status: 'completed',
                    conclusion: 'failure',
                    log: { file: cidiffLog('tf-checks-run68', 'fail') },
                  },
                ],
              });
          })
          .build(),
      );
      const temp = await fixture.tempDir();
      const eventPath = path.join(temp, 'event.json');
      await writeFile(eventPath, '{}');
      const budget = new OperationBudget(30);
      const log = memoryLogger();
      const sent: string[] = [];
      const deps: RunDeps = {
        env: {
          GITHUB_EVENT_NAME: 'workflow_dispatch',
          GITHUB_EVENT_PATH: eventPath,
          GITHUB_REPOSITORY: 'octo-org/widgets',
          RUNNER_TEMP: temp,
        },
        log,
        sink: memorySink(),
        clock: fixture.clock,
        github: simClient(sim, { budget, log }),
        budget,
        tempDir: temp,
        mask: () => {},
        fetch: async (url) => {
          sent.push(url);
          return { ok: true, status: 200 };
        },
      };
      const outcome = await run(
        parseInputs({
          [inputEnvName('token')]: 'ghs_autohealSimulatorToken0000000000000',
          [inputEnvName('run-id')]: String(600 + i),
        }),
        deps,
      );
      expect(outcome.result, name).toBe('created');
      expect(sent, name).toEqual([]);
      expect(log.text('warning'), name).toContain(
        `names ${name}, but this step has no such environment variable`,
      );
    }
  });
});

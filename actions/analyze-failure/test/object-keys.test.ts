/**
 * Names the repository supplies, used as keys: the variable its config names for the webhook, the
 * branch a failure ran on. `constructor`, `__proto__` and the like are names like any other, never
 * Object's members.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { OperationBudget } from '@autoheal/core/budget';
import { readFailureMarker } from '@autoheal/core/filing/issue-body';
import { closeResolved, fileFailure } from '@autoheal/core/filing/issues';
import { inputEnvName } from '@autoheal/core/inputs';
import { seedBuilder } from '@autoheal/testkit/simulator/seed-builder';
import { afterEach, describe, expect, it } from 'vitest';
import { parseInputs } from '../src/inputs.js';
import { chooseWebhook } from '../src/notify.js';
import { type RunDeps, run } from '../src/run.js';
import {
  cidiffLog,
  Fixture,
  HOUR,
  isoAt,
  issueDeps,
  memoryLogger,
  memorySink,
  runInfo,
  simClient,
  T0,
  verdictFor,
} from './issues-fixture.js';

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

describe('a failure issue waits on a branch named like an Object member', () => {
  for (const branch of ['feature', '__proto__', 'constructor']) {
    it(`branch "${branch}": its green run closes the issue, and an older failure there arriving late stays closed`, async () => {
      const sim = await fixture.sim(
        seedBuilder()
          .repo('octo-org/widgets', (r) =>
            r
              .file('README.md', 'c0\n')
              .commit('main', { 'a.txt': 'c1\n' }, 'c1')
              .branch(branch, { 'f.txt': 'f1\n' }),
          )
          .build(),
      );
      const repo = sim.state.requireRepo('octo-org/widgets');
      const main = repo.refs.get('refs/heads/main')!;
      const head = repo.refs.get(`refs/heads/${branch}`)!;
      const deps = () => issueDeps(sim, fixture);
      const file = async (run: ReturnType<typeof runInfo>) => {
        const v = await verdictFor(run, { cidiff: 'tf-checks-run68' });
        const input = {
          run,
          ...v,
          labels: { base: 'autoheal', categoryPrefix: 'autoheal:', extra: [] },
          maxPerHour: 50,
          reopenDays: 14,
          minConfidence: 0,
        };
        return fileFailure(deps(), input);
      };
      const close = (run: ReturnType<typeof runInfo>) =>
        closeResolved(deps(), { run, baseLabel: 'autoheal', reopenDays: 14, forgetDays: 14 });
      const on = (id: number, at: number, conclusion?: 'success') =>
        runInfo({
          id,
          headSha: head,
          headBranch: branch,
          createdAt: isoAt(at),
          ...(conclusion ? { conclusion } : {}),
        });

      await file(runInfo({ id: 60, headSha: main, createdAt: isoAt(T0) }));
      await file(on(61, T0 + 60_000));
      const issue = () => repo.issues.get(1)!;
      expect(
        readFailureMarker(issue().body)
          ?.branches?.map((b) => b.branch)
          .sort(),
      ).toEqual([branch, 'main'].sort());
      await close(runInfo({ id: 62, headSha: main, conclusion: 'success', createdAt: isoAt(T0 + HOUR) }));
      expect((await close(on(63, T0 + HOUR, 'success'))).result).toBe('closed');
      expect(Object.keys(readFailureMarker(issue().body)?.cleared ?? {}).sort()).toEqual(
        [branch, 'main'].sort(),
      );

      // A failure on the branch from before its green run, delivered late: the green run already answered it.
      const late = await file(on(64, T0 + HOUR / 2));
      expect(late.result).toBe('skipped');
      expect(issue().state).toBe('closed');
    });
  }
});

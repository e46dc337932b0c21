/**
 * What every bundle owes the runner before its own work starts, checked on all seven
 * `actions/<name>/dist/index.js` through the harness (rebuild first: `pnpm build`):
 * - a missing, malformed or non-object event file ends the step with one `::error::` naming the
 *   file, and no stack trace (it used to crash inside @actions/github while the bundle loaded);
 * - every secret input is masked before anything else is printed.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAction } from '@autoheal/testkit/harness/run-action';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ACTIONS = [
  'analyze-failure',
  'generate-fix',
  'health-check',
  'issue-to-draft-pr',
  'pr-reviewer',
  'stale-draft-closer',
  'update-workflow-list',
] as const;

let temp: string;
beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'autoheal-contract-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

const STACK_FRAME = /^\s+at .+\(?.*:\d+:\d+\)?$/m;

describe('a malformed event file', () => {
  const cases = [
    { name: 'invalid JSON', content: '{"action": "completed",', says: /it is not valid JSON/ },
    { name: 'an array', content: '[{"action": "completed"}]', says: /it holds an array, not a JSON object/ },
    { name: 'a string', content: '"completed"', says: /it holds a string, not a JSON object/ },
    { name: 'a missing file', content: undefined, says: /ENOENT/ },
  ];
  for (const action of ACTIONS) {
    it(`${action}: one ::error:: naming the file, no stack trace, for each kind of bad file`, async () => {
      for (const c of cases) {
        const file = path.join(temp, `${action}-${c.name.replace(/\W+/g, '-')}.json`);
        if (c.content !== undefined) await writeFile(file, c.content);
        const result = await runAction({
          actionDir: path.join(root, 'actions', action),
          event: { name: 'workflow_run', payload: {} },
          token: 'ghs_contract0test0token0000000000000000',
          env: { GITHUB_EVENT_PATH: file },
        });
        const what = `${action}, ${c.name}:\n${result.stdout}\n${result.stderr}`;
        expect(result.exitCode, what).toBe(1);
        const errors = result.annotations.filter((a) => a.level === 'error');
        expect(errors, what).toHaveLength(1);
        expect(errors[0]!.message, what).toContain(`GITHUB_EVENT_PATH (${file})`);
        expect(errors[0]!.message, what).toMatch(c.says);
        expect(`${result.stdout}\n${result.stderr}`, what).not.toMatch(STACK_FRAME);
        expect(result.stderr.trim(), what).toBe('');
      }
    }, 60_000);
  }
});

describe('secret inputs', () => {
  const KEY = 'contract-marker-key-0123456789abcdef';
  const TOKEN = 'ghs_contract0test0token0000000000000000';
  const COPILOT = 'github_pat_contract0copilot0token000000000';
  const WEBHOOK = 'https://hooks.slack.com/services/T000/B000/contractsecret';
  const secretsOf: Record<string, Record<string, string>> = {
    'analyze-failure': { token: TOKEN, 'marker-key': KEY, 'slack-webhook-url': WEBHOOK },
    'generate-fix': { token: TOKEN, 'marker-key': KEY, 'copilot-token': COPILOT },
    'health-check': { token: TOKEN, 'marker-key': KEY },
    'issue-to-draft-pr': { token: TOKEN, 'marker-key': KEY, 'copilot-token': COPILOT },
    'pr-reviewer': { token: TOKEN, 'marker-key': KEY },
    'stale-draft-closer': { token: TOKEN, 'marker-key': KEY },
  };
  for (const [action, secrets] of Object.entries(secretsOf)) {
    it(`${action}: each is masked before any other line is printed`, async () => {
      // A bad non-secret input makes the step stop right after reading its inputs, with no network.
      const result = await runAction({
        actionDir: path.join(root, 'actions', action),
        inputs: { ...secrets, 'dry-run': 'maybe' },
        event: { name: 'workflow_dispatch', payload: {} },
        token: TOKEN,
        apiUrl: 'http://127.0.0.1:9',
      });
      const lines = result.stdout.split('\n').filter((l) => l !== '');
      const firstOther = lines.findIndex((l) => !l.startsWith('::add-mask::'));
      const what = result.stdout;
      expect(firstOther, what).toBeGreaterThan(0);
      expect(lines[firstOther], what).toMatch(/^::error::Input "dry-run"/);
      expect(new Set(lines.slice(0, firstOther).map((l) => l.slice('::add-mask::'.length))), what).toEqual(
        new Set(Object.values(secrets)),
      );
      for (const value of Object.values(secrets)) {
        expect(lines.slice(firstOther).join('\n'), what).not.toContain(value);
      }
    }, 60_000);
  }
});

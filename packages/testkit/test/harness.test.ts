import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateTemplate } from '../src/harness/expressions.js';
import { inputEnvName, runAction } from '../src/harness/run-action.js';
import { parseCommandLine, parseFileCommand, parseStdout } from '../src/harness/workflow-commands.js';

const echoAction = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'echo-action');

describe('runner contract', () => {
  it('mangles input names as the runner does', () => {
    expect(inputEnvName('max-jobs')).toBe('INPUT_MAX-JOBS');
    expect(inputEnvName('max jobs')).toBe('INPUT_MAX_JOBS');
    expect(inputEnvName('Dry-Run')).toBe('INPUT_DRY-RUN');
  });

  it('evaluates default expressions against the github context', () => {
    const github = { token: 't0k', repository: 'o/r', event: { number: 7 } };
    expect(evaluateTemplate('${{ github.token }}', { github })).toBe('t0k');
    expect(evaluateTemplate('x-${{ github.repository }}-${{ github.event.number }}', { github })).toBe(
      'x-o/r-7',
    );
    expect(evaluateTemplate("${{ format('{0}!', github.repository) }}", { github })).toBe('o/r!');
    expect(evaluateTemplate('plain', { github })).toBe('plain');
    expect(() => evaluateTemplate('${{ github.token', { github })).toThrow(/unterminated/);
  });

  it('parses workflow commands with the runner escaping', () => {
    expect(parseCommandLine('::error file=a%2Cb.ts,line=3,title=x%3A y::bad%0Aline %25')).toEqual({
      command: 'error',
      properties: { file: 'a,b.ts', line: '3', title: 'x: y' },
      data: 'bad\nline %',
    });
    expect(parseCommandLine('just text :: not a command')).toBeUndefined();
    const parsed = parseStdout(
      ['::stop-commands::tok', '::error::ignored', '::tok::', '::warning::seen'].join('\n'),
    );
    expect(parsed.annotations).toEqual([{ level: 'warning', message: 'seen' }]);
    expect(parseStdout('::set-output name=a::b').problems[0]).toMatch(/deprecated/);
  });

  it('reads heredoc and plain file commands, and rejects broken ones', () => {
    expect(parseFileCommand('a=1\nb<<EOF\nline 1\nline 2\nEOF\nc=x=y\n')).toEqual({
      a: '1',
      b: 'line 1\nline 2',
      c: 'x=y',
    });
    expect(() => parseFileCommand('b<<EOF\nno end\n')).toThrow(/delimiter/);
  });

  it('runs an action as the runner does and returns what it wrote', async () => {
    const result = await runAction({
      actionDir: echoAction,
      inputs: { multiline: 'one\ntwo', fail: 'false' },
      token: 'ghs_harnesstoken',
      repository: 'octo-org/widgets',
      event: { name: 'pull_request', payload: { number: 42 } },
      node: 'node20',
    });
    expect(result.exitCode).toBe(0);
    const env = JSON.parse(result.outputs.env!) as Record<string, string>;
    expect(env.INPUT_TOKEN).toBe('ghs_harnesstoken');
    expect(env['INPUT_REPO-NAME']).toBe('repo-octo-org/widgets-42');
    expect(env.INPUT_MAX_JOBS).toBe('5');
    expect(env.INPUT_OLD).toBeUndefined(); // no default, not given: not set
    expect(result.outputs.multiline).toBe('one\ntwo');
    expect(result.state).toEqual({ seen: 'yes' });
    expect(result.env).toEqual({ FROM_STEP: 'value' });
    expect(result.summary).toContain('<h1>Echo</h1>');
    expect(result.summary).toContain('event: pull_request');
    expect(result.annotations).toContainEqual({
      level: 'warning',
      message: 'careful',
      file: 'src/a.ts',
      line: 3,
      title: 'A, title: with: commas',
    });
    expect(result.annotations).toContainEqual({ level: 'notice', message: 'multi\nline' });
    expect(result.masks).toEqual(['s3cr3t-value']);
    expect(result.log).toContain('the secret is ***');
    expect(result.stepEnv.GITHUB_API_URL).toBe('https://api.github.com');
    expect(result.problems).toEqual([]);
  });

  it('reports failure, unexpected inputs and deprecated inputs as the runner would', async () => {
    const result = await runAction({
      actionDir: echoAction,
      inputs: { fail: 'true', typo: 'x', old: 'y' },
      node: 'node20',
    });
    expect(result.exitCode).toBe(1);
    expect(result.failed).toBe(true);
    expect(result.annotations).toContainEqual({ level: 'error', message: 'asked to fail' });
    expect(result.problems.join('\n')).toMatch(/Unexpected input\(s\) 'typo'/);
    expect(result.problems.join('\n')).toMatch(/Input 'old' has been deprecated with message: use new/);
  });

  it("runs under the runner's Node 24", async () => {
    const result = await runAction({ actionDir: echoAction, node: 'node24' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.node).toMatch(/^v24\./);
  });
});

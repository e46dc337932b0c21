import { describe, expect, it } from 'vitest';
import { isWorkflowProblem, readWorkflowInfo, type WorkflowInfo } from '../src/workflow-info.js';

const FILE = '.github/workflows/ci.yml';

function info(text: string): WorkflowInfo {
  const read = readWorkflowInfo(text, FILE);
  if (isWorkflowProblem(read)) throw new Error(read.message);
  return read;
}

describe('readWorkflowInfo', () => {
  it('takes the name GitHub shows: `name:`, or the file path without one', () => {
    expect(info('name: CI\non: push\n')).toMatchObject({ name: 'CI', unnamed: false, file: FILE });
    expect(info('on: push\n')).toMatchObject({ name: FILE, unnamed: true });
    expect(info('name: ""\non: push\n')).toMatchObject({ name: FILE, unnamed: true });
    expect(info('name:\non: push\n')).toMatchObject({ name: FILE, unnamed: true });
    expect(info('name: \'Deploy: "prod"\'\non: push\n').name).toBe('Deploy: "prod"');
    // A number or boolean is shown as written.
    // As GitHub's workflow parser reads them (checked against the vendored @actions/workflow-parser).
    expect(info('name: 1.0\non: push\n').name).toBe('1');
    expect(info('name: 0x10\non: push\n').name).toBe('16');
    expect(info('name: 010\non: push\n').name).toBe('10');
    expect(info('name: 1e3\non: push\n').name).toBe('1000');
    expect(info("name: '1.0'\non: push\n").name).toBe('1.0');
  });

  it('collects the events of every `on:` shape', () => {
    expect([...info('on: push\n').events]).toEqual(['push']);
    expect([...info('on: [push, workflow_call]\n').events]).toEqual(['push', 'workflow_call']);
    expect([
      ...info('on:\n  workflow_call:\n    inputs: {}\n  schedule:\n    - cron: "0 0 * * *"\n').events,
    ]).toEqual(['workflow_call', 'schedule']);
    expect(info('name: x\n').events.size).toBe(0);
  });

  it("recognises autoheal's analyze-failure, remote (any owner) or local", () => {
    const withStep = (uses: string) =>
      `on: workflow_run\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n      - uses: ${uses}\n`;
    expect(
      info(withStep('autoheal/autoheal/actions/analyze-failure@0123456789abcdef0123456789abcdef01234567'))
        .runsAnalyzeFailure,
    ).toBe(true);
    expect(info(withStep('Acme/AutoHeal/actions/analyze-failure@v1')).runsAnalyzeFailure).toBe(true);
    expect(info(withStep('./actions/analyze-failure')).runsAnalyzeFailure).toBe(true);
    expect(info(withStep('autoheal/autoheal/actions/generate-fix@v1')).runsAnalyzeFailure).toBe(false);
    expect(info(withStep('someone/not-autoheal/actions/analyze-failure@v1')).runsAnalyzeFailure).toBe(false);
    expect(info(withStep('actions/checkout@v4')).runsAnalyzeFailure).toBe(false);
  });

  it('reports invalid YAML with its line, and documents that are not workflows', () => {
    const broken = readWorkflowInfo('name: CI\non: push\njobs:\n  a: [\n', FILE);
    expect(isWorkflowProblem(broken)).toBe(true);
    expect(broken).toMatchObject({ file: FILE, message: expect.stringContaining('YAML syntax error') });
    expect((broken as { line: number }).line).toBeGreaterThanOrEqual(4);
    expect(readWorkflowInfo('- a\n- b\n', FILE)).toMatchObject({
      line: 1,
      message: expect.stringContaining('not a workflow'),
    });
    expect(readWorkflowInfo('on: push\nname:\n  a: b\n', FILE)).toMatchObject({
      line: 3,
      message: expect.stringContaining('`name:` is not text'),
    });
  });
});

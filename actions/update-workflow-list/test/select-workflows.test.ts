import { DEFAULT_CONFIG } from '@autoheal/core/config/defaults';
import { describe, expect, it } from 'vitest';
import { compareNames, selectWorkflows } from '../src/select-workflows.js';
import type { WorkflowInfo } from '../src/workflow-info.js';

const TARGET = '.github/workflows/auto-heal.yml';

function wf(name: string, file: string, more: Partial<WorkflowInfo> = {}): WorkflowInfo {
  return { name, file, unnamed: false, events: new Set(['push']), runsAnalyzeFailure: false, ...more };
}

const rules = (over: { watch?: string[]; exclude?: string[]; input?: string[] } = {}) => ({
  targetFile: TARGET,
  config: { watch: over.watch ?? [...DEFAULT_CONFIG.workflows.watch], exclude: over.exclude ?? [] },
  exclude: over.input ?? [],
});

describe('selectWorkflows', () => {
  it('lists every other workflow once, sorted by name, escaped', () => {
    const { entries, leftOut } = selectWorkflows(
      [
        wf('zeta', '.github/workflows/z.yml'),
        wf('Build C++', '.github/workflows/cpp.yml'),
        wf('CI', '.github/workflows/ci.yml'),
        wf('CI', '.github/workflows/ci-copy.yml'),
        wf('alpha', '.github/workflows/a.yml'),
      ],
      rules(),
    );
    expect(entries).toEqual([
      { name: 'alpha', pattern: 'alpha', files: ['.github/workflows/a.yml'] },
      { name: 'Build C++', pattern: 'Build C\\+\\+', files: ['.github/workflows/cpp.yml'] },
      { name: 'CI', pattern: 'CI', files: ['.github/workflows/ci.yml', '.github/workflows/ci-copy.yml'] },
      { name: 'zeta', pattern: 'zeta', files: ['.github/workflows/z.yml'] },
    ]);
    expect(leftOut).toEqual([]);
  });

  it("leaves out the target, autoheal's own analysis and call-only workflows, saying why", () => {
    const { entries, leftOut } = selectWorkflows(
      [
        wf('auto-heal', TARGET),
        wf('heal-other', '.github/workflows/heal2.yml', { runsAnalyzeFailure: true }),
        wf('reusable', '.github/workflows/r.yml', { events: new Set(['workflow_call']) }),
        wf('both', '.github/workflows/b.yml', { events: new Set(['workflow_call', 'push']) }),
      ],
      rules(),
    );
    expect(entries.map((e) => e.name)).toEqual(['both']);
    expect(leftOut.map((l) => [l.workflow.name, l.reason])).toEqual([
      ['auto-heal', 'the workflow being updated'],
      ['heal-other', 'runs autoheal analyze-failure'],
      ['reusable', 'only runs when called (workflow_call)'],
    ]);
  });

  it('applies workflows.watch, workflows.exclude and the exclude input to names and paths', () => {
    const workflows = [
      wf('CI', '.github/workflows/ci.yml'),
      wf('Nightly build', '.github/workflows/nightly.yml'),
      wf('Release', '.github/workflows/release.yml'),
      wf('Docs', '.github/workflows/docs.yml'),
    ];
    const watched = selectWorkflows(
      workflows,
      rules({
        watch: ['CI', '.github/workflows/n*.yml', 'Release', 'Docs'],
        exclude: ['Rel*'],
        input: ['.github/workflows/docs.yml'],
      }),
    );
    expect(watched.entries.map((e) => e.name)).toEqual(['CI', 'Nightly build']);
    expect(watched.leftOut.map((l) => [l.workflow.name, l.reason])).toEqual([
      ['Release', 'matched by workflows.exclude'],
      ['Docs', 'matched by the exclude input'],
    ]);
    const narrow = selectWorkflows(workflows, rules({ watch: ['CI'] }));
    expect(narrow.entries.map((e) => e.name)).toEqual(['CI']);
    expect(narrow.leftOut.every((l) => l.reason === 'not matched by workflows.watch')).toBe(true);
    // A later `!glob` takes a workflow back out, as the config documents.
    expect(selectWorkflows(workflows, rules({ watch: ['**', '!Docs'] })).entries.map((e) => e.name)).toEqual([
      'CI',
      'Nightly build',
      'Release',
    ]);
  });

  it('watches names with slashes by default', () => {
    expect(selectWorkflows([wf('CI / build', '.github/workflows/x.yml')], rules()).entries).toHaveLength(1);
  });
});

describe('compareNames', () => {
  it('orders case-insensitively, then by code unit, the same everywhere', () => {
    expect(['b', 'B', 'a', 'C', '_x', 'ä'].sort(compareNames)).toEqual(['_x', 'a', 'B', 'b', 'C', 'ä']);
  });
});

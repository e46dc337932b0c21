import { createSanitizer } from '@autoheal/core/text/sanitize';
import { describe, expect, it } from 'vitest';
import { annotateLocations, annotationPath, renderSummary, type SummaryReport } from '../src/summary.js';
import { memoryLogger, runInfo, verdictFor } from './issues-fixture.js';

const s = createSanitizer({ secrets: ['s3cr3t-token-value'] });

const TSC_LOG = [
  '##[group]Run npx tsc --noEmit',
  'npx tsc --noEmit',
  '##[endgroup]',
  "src/app.ts(12,5): error TS2304: Cannot find name 'foo'.",
  "/home/runner/work/widgets/widgets/src/b.ts(3,1): error TS2322: Type 'string' is not assignable to type 'number'.",
  '##[error]Process completed with exit code 2.',
].join('\n');

function report(fields: Partial<SummaryReport>): SummaryReport {
  return {
    result: 'created',
    dryRun: false,
    done: [],
    apiCalls: 9,
    budget: { limit: 30, used: 3, undone: [] },
    ...fields,
  };
}

describe('renderSummary', () => {
  it('shows the verdict, where, the key lines, what was done and the cost', async () => {
    const run = runInfo({ id: 321 });
    const { verdict, gathered } = await verdictFor(run, { cidiff: 'tf-checks-run68' });
    const md = renderSummary(
      s,
      report({
        run,
        verdict,
        gathered,
        done: ['Created [issue 7](https://github.com/octo-org/widgets/issues/7): "x".'],
        analysisFile: '/runner/temp/autoheal-analysis-321-1.json',
      }),
    );
    expect(md).toContain('## autoheal analyze-failure: filed a new issue');
    expect(md).toContain('**Verdict:** Test failure (test_failure), confidence 0.90');
    expect(md).toContain(
      '**Run:** [run 321, attempt 1](https://github.com/octo-org/widgets/actions/runs/321/attempts/1) of CI on main at [a1b2c3d](',
    );
    expect(md).toContain(
      '**Job:** [test](https://github.com/octo-org/widgets/actions/runs/100/job/501) · **Step:** [go test ./...](https://github.com/octo-org/widgets/actions/runs/100/job/501#step:4:1)',
    );
    expect(md).toMatch(
      /### Key lines \(lines \d+–\d+\)\n\n```text\n[^\n]*--- FAIL: TestCloud_configWithEnvVars/,
    );
    expect(md).toContain('### What autoheal did\n\n- Created [issue 7]');
    expect(md).toContain('- GitHub API calls: 9');
    expect(md).toContain('- Writes: 3 of the operations budget of 30');
    expect(md).toContain('- Analysis file: /runner/temp/autoheal-analysis-321-1.json');
  });

  it('says why nothing was done, and what the budget left undone', () => {
    const md = renderSummary(
      s,
      report({
        result: 'skipped',
        reason: 'Run 5 of "CI" was cancelled; a cancelled run is not a failure to diagnose.',
        budget: { limit: 2, used: 2, undone: ['close issue #9'] },
        notFiled: 'Not closed: the operations budget is spent.',
      }),
    );
    expect(md).toContain('## autoheal analyze-failure: nothing filed');
    expect(md).toContain('Run 5 of &quot;CI&quot; was cancelled');
    expect(md).toContain('- Not closed: the operations budget is spent.');
    expect(md).toContain(
      '- Left undone for lack of budget (raise operations-budget, or the next run continues):\n  - close issue #\u200B9',
    );
  });

  it('names a dry run and a stopping error', () => {
    const md = renderSummary(
      s,
      report({ result: 'dry-run', dryRun: true, error: 'GitHub answered 502 on GET /x after retries.' }),
    );
    expect(md).toContain('dry run, nothing written');
    expect(md).toContain('Dry run: every read happened, nothing was written to GitHub.');
    expect(md).toContain('**Stopped by an error:** GitHub answered 502 on GET /x after retries.');
  });

  it('escapes hostile names and redacts secrets from the key lines', async () => {
    const run = runInfo({
      workflowName: '<img src=x onerror=alert(1)> @team',
      headBranch: '[x](javascript:alert(1))',
    });
    const { verdict, gathered } = await verdictFor(
      run,
      {
        text: [
          '##[group]Run make',
          'make',
          '##[endgroup]',
          'error: token s3cr3t-token-value rejected @octocat',
          '##[error]Process completed with exit code 2.',
        ].join('\n'),
      },
      { name: '**bold** `code`' },
    );
    gathered.skippedJobs = [{ id: 1, name: '@someone' }];
    const md = renderSummary(s, report({ run, verdict, gathered }));
    expect(md).not.toContain('<img');
    expect(md).not.toContain('](javascript:');
    expect(md).not.toContain('@team');
    expect(md).not.toContain('s3cr3t-token-value');
    expect(md).toContain('&#x2A;&#x2A;bold&#x2A;&#x2A; &#x60;code&#x60;');
    expect(md).toContain('[REDACTED');
  });
});

describe('annotations', () => {
  it('annotates compiler locations on repository paths', async () => {
    const { verdict } = await verdictFor(runInfo(), { text: TSC_LOG }, { name: 'build' });
    const log = memoryLogger();
    expect(annotateLocations(s, verdict, log)).toBe(2);
    expect(log.lines).toEqual([
      {
        level: 'error',
        message: "Cannot find name 'foo'.",
        props: {
          title: 'autoheal: Compile error in build',
          file: 'src/app.ts',
          startLine: 12,
          startColumn: 5,
        },
      },
      {
        level: 'error',
        message: "Type 'string' is not assignable to type 'number'.",
        props: { title: 'autoheal: Compile error in build', file: 'src/b.ts', startLine: 3, startColumn: 1 },
      },
    ]);
  });

  it('stops at 10, and annotates nothing for other categories', async () => {
    const many = [
      '##[group]Run tsc',
      'tsc',
      '##[endgroup]',
      ...Array.from({ length: 15 }, (_, i) => `src/f${i}.ts(1,1): error TS1005: ';' expected.`),
      '##[error]Process completed with exit code 2.',
    ].join('\n');
    const log = memoryLogger();
    expect(annotateLocations(s, (await verdictFor(runInfo(), { text: many })).verdict, log)).toBe(10);
    const quiet = memoryLogger();
    expect(
      annotateLocations(s, (await verdictFor(runInfo(), { cidiff: 'tf-checks-run68' })).verdict, quiet),
    ).toBe(0);
    expect(quiet.lines).toEqual([]);
  });

  it('keeps paths inside the repository', () => {
    expect(annotationPath('/home/runner/work/widgets/widgets/src/a.ts')).toBe('src/a.ts');
    expect(annotationPath('/__w/widgets/widgets/lib/b.c')).toBe('lib/b.c');
    expect(annotationPath('D:\\a\\widgets\\widgets\\src\\c.cs')).toBe('src/c.cs');
    expect(annotationPath('./src/d.ts')).toBe('src/d.ts');
    expect(annotationPath('/usr/include/stdio.h')).toBeUndefined();
    expect(annotationPath('../outside.ts')).toBeUndefined();
    expect(annotationPath('')).toBeUndefined();
  });
});

/**
 * `pnpm demo`: what a maintainer would see, with no token and no network. It starts the GitHub
 * simulator seeded with a small repository whose CI failed (a real CI log), runs the bundled
 * analyze-failure action against it exactly as the runner would, and prints the issue it filed,
 * the job summary and the API calls made.
 */
import path from 'node:path';
import { webhookExample, withFields } from '@autoheal/testkit/events/webhook-examples';
import { runAction } from '@autoheal/testkit/harness/run-action';
import { loadSeedFile } from '@autoheal/testkit/simulator/seed-load';
import { startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { repoRoot } from './actions.js';

const SEED = path.join(repoRoot, 'packages', 'testkit', 'seeds', 'demo.json');

function heading(text: string): string {
  return `\n━━ ${text} ${'━'.repeat(Math.max(4, 76 - text.length))}\n`;
}

export async function demo(write: (text: string) => void): Promise<number> {
  const seed = await loadSeedFile(SEED);
  const repo = seed.repos?.[0];
  const token = seed.tokens?.find((t) => t.login === 'github-actions[bot]')?.token;
  const failedRun = repo?.runs?.find((r) => r.conclusion === 'failure');
  if (!repo || !token || failedRun?.id === undefined)
    throw new Error(
      `${SEED}: the demo seed needs a repository, a github-actions[bot] token and a failed run`,
    );
  const fullName = `${repo.owner}/${repo.name}`;

  const sim = await startGitHubSimulator({ seed });
  try {
    // The event GitHub sends when the run completes: a real payload carrying the run as the API shows it.
    const headers = { authorization: `token ${token}` };
    const [run, repository] = await Promise.all(
      [`/repos/${fullName}/actions/runs/${failedRun.id}`, `/repos/${fullName}`].map(async (p) =>
        (await fetch(`${sim.url}${p}`, { headers })).json(),
      ),
    );
    const payload = withFields(webhookExample('workflow_run', 'completed'), {
      workflow_run: run,
      repository,
    });
    const setup = sim.requests.length;

    write(
      `autoheal demo — a local GitHub simulator (${sim.url}) holds ${fullName}, whose CI run #${String(failedRun.run_number ?? failedRun.id)} failed.\n`,
    );
    write('The job log is a real CI log (CiDiff data set). No token, no network.\n');
    write(
      heading('Running actions/analyze-failure/dist/index.js as the runner would (workflow_run: completed)'),
    );
    const result = await runAction({
      actionDir: path.join(repoRoot, 'actions', 'analyze-failure'),
      event: { name: 'workflow_run', payload },
      apiUrl: sim.url,
      token,
      repository: fullName,
      env: { GITHUB_WORKFLOW_REF: `${fullName}/.github/workflows/auto-heal.yml@refs/heads/main` },
    });
    const o = result.outputs;
    write(
      `exit code ${result.exitCode}; result=${o.result ?? '?'}; category=${o.category ?? '?'} (confidence ${o.confidence ?? '?'}); fingerprint=${o.fingerprint ?? '?'}\n`,
    );
    for (const a of result.annotations) write(`${a.level}: ${a.message}\n`);

    const issues = [...sim.state.requireRepo(fullName).issues.values()];
    for (const issue of issues) {
      write(heading(`The issue a maintainer sees: #${issue.number}`));
      write(`Title:  ${issue.title}\nLabels: ${issue.labels.join(', ')}\n\n${issue.body ?? ''}\n`);
    }
    if (issues.length === 0) write(heading('No issue was filed'));
    write(heading('Job summary (GITHUB_STEP_SUMMARY)'));
    write(`${result.summary.trimEnd()}\n`);
    const calls = sim.requests.slice(setup).filter((r) => !r.path.startsWith('/_blobs/'));
    write(heading(`API calls made by the action: ${calls.length}`));
    for (const r of calls)
      write(
        `${r.method.padEnd(6)} ${r.path}${Object.keys(r.query).length ? `?${new URLSearchParams(r.query)}` : ''} → ${r.status}\n`,
      );
    const downloads = sim.requests.slice(setup).length - calls.length;
    if (downloads > 0) write(`(+ ${downloads} log download(s) from the storage URL GitHub redirects to)\n`);
    if (result.failed) write(`\nThe step failed:\n${result.stdout}${result.stderr}\n`);
    return result.failed || issues.length === 0 ? 1 : 0;
  } finally {
    await sim.close();
  }
}

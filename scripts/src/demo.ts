/**
 * `pnpm demo`: what a maintainer would see, with no token and no network. It starts the GitHub
 * simulator seeded with two small repositories whose CI failed, and runs the bundled actions
 * against it exactly as the runner would:
 *
 * 1. demo-org/terraform (a real CI log): analyze-failure files the issue; generate-fix finds no
 *    mechanical fix for a failing Go test and says on the issue how to hand it to Copilot.
 * 2. demo-org/pyconfig: analyze-failure files the issue; generate-fix opens a draft pull request
 *    adding the missing PyYAML to requirements.txt, and the demo prints it and its diff.
 *
 * It also prints the job summaries and the API calls each step made.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { unifiedDiff } from '@autoheal/core/fixes/unified-diff';
import { webhookExample, withFields } from '@autoheal/testkit/events/webhook-examples';
import { type ActionResult, runAction } from '@autoheal/testkit/harness/run-action';
import { loadSeedFile } from '@autoheal/testkit/simulator/seed-load';
import type { Seed, SeedRepo } from '@autoheal/testkit/simulator/seed-types';
import { type GitHubSimulator, startGitHubSimulator } from '@autoheal/testkit/simulator/server';
import { repoRoot } from './actions.js';

const SEEDS = path.join(repoRoot, 'packages', 'testkit', 'seeds');
const SEED = path.join(SEEDS, 'demo.json');
const FIX_SEED = path.join(SEEDS, 'demo-fix.json');

type Write = (text: string) => void;

function heading(text: string): string {
  return `\n━━ ${text} ${'━'.repeat(Math.max(4, 76 - text.length))}\n`;
}

/** Both seeds as one world: users and tokens once each, every repository. */
function merge(a: Seed, b: Seed): Seed {
  const users = [...(a.users ?? [])];
  for (const u of b.users ?? []) if (!users.some((x) => x.login === u.login)) users.push(u);
  const tokens = [...(a.tokens ?? [])];
  for (const t of b.tokens ?? []) if (!tokens.some((x) => x.token === t.token)) tokens.push(t);
  return { users, tokens, repos: [...(a.repos ?? []), ...(b.repos ?? [])] };
}

function failedRunOf(repo: SeedRepo | undefined): number | undefined {
  return repo?.runs?.find((r) => r.conclusion === 'failure')?.id;
}

/** Requests made since `from`, the storage downloads counted apart. */
function printCalls(write: Write, sim: GitHubSimulator, from: number, what: string): void {
  const made = sim.requests.slice(from);
  const calls = made.filter((r) => !r.path.startsWith('/_blobs/'));
  write(heading(`API calls made by ${what}: ${calls.length}`));
  for (const r of calls)
    write(
      `${r.method.padEnd(6)} ${r.path}${Object.keys(r.query).length ? `?${new URLSearchParams(r.query)}` : ''} → ${r.status}\n`,
    );
  const downloads = made.length - calls.length;
  if (downloads > 0) write(`(+ ${downloads} log download(s) from the storage URL GitHub redirects to)\n`);
}

interface Context {
  sim: GitHubSimulator;
  token: string;
  write: Write;
  /** Step folders kept for the analysis file the next step reads; removed at the end. */
  temps: string[];
}

async function analyze(c: Context, fullName: string, runId: number): Promise<ActionResult> {
  const { sim, token, write } = c;
  // The event GitHub sends when the run completes: a real payload carrying the run as the API shows it.
  const headers = { authorization: `token ${token}` };
  const [run, repository] = await Promise.all(
    [`/repos/${fullName}/actions/runs/${runId}`, `/repos/${fullName}`].map(async (p) =>
      (await fetch(`${sim.url}${p}`, { headers })).json(),
    ),
  );
  const payload = withFields(webhookExample('workflow_run', 'completed'), { workflow_run: run, repository });
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
    keepTemp: true,
  });
  c.temps.push(result.tempDir);
  const o = result.outputs;
  write(
    `exit code ${result.exitCode}; result=${o.result ?? '?'}; category=${o.category ?? '?'} (confidence ${o.confidence ?? '?'}); fingerprint=${o.fingerprint ?? '?'}\n`,
  );
  for (const a of result.annotations) write(`${a.level}: ${a.message}\n`);
  return result;
}

async function generateFix(
  c: Context,
  fullName: string,
  inputs: Record<string, string>,
): Promise<ActionResult> {
  const { sim, token, write } = c;
  write(heading('Running actions/generate-fix/dist/index.js (the same workflow, next job)'));
  const result = await runAction({
    actionDir: path.join(repoRoot, 'actions', 'generate-fix'),
    inputs,
    event: { name: 'workflow_dispatch', payload: {} },
    apiUrl: sim.url,
    token,
    repository: fullName,
  });
  const o = result.outputs;
  write(
    `exit code ${result.exitCode}; result=${o.result ?? '?'}; fix-kind=${o['fix-kind'] || '-'}; fix-type=${o['fix-type'] || '-'}${o['pr-url'] ? `; pr-url=${o['pr-url']}` : ''}\n`,
  );
  for (const a of result.annotations) write(`${a.level}: ${a.message}\n`);
  if (result.failed) write(`\nThe step failed:\n${result.stdout}${result.stderr}\n`);
  return result;
}

function printIssues(c: Context, fullName: string): number[] {
  const issues = [...c.sim.state.requireRepo(fullName).issues.values()].filter((i) => !i.pull);
  for (const issue of issues) {
    c.write(heading(`The issue a maintainer sees: #${issue.number}`));
    c.write(`Title:  ${issue.title}\nLabels: ${issue.labels.join(', ')}\n\n${issue.body ?? ''}\n`);
  }
  if (issues.length === 0) c.write(heading('No issue was filed'));
  return issues.map((i) => i.number);
}

/** The pull request and the diff of its branch against its base, read from the simulator's git. */
function printPull(c: Context, fullName: string, number: number): boolean {
  const repo = c.sim.state.requireRepo(fullName);
  const pr = repo.issues.get(number);
  if (!pr?.pull) return false;
  c.write(heading(`The pull request a maintainer sees: #${pr.number}`));
  c.write(
    `Title:  ${pr.title}\nBranch: ${pr.pull.head} → ${pr.pull.base}${pr.pull.draft ? ' (draft)' : ''}\nLabels: ${pr.labels.join(', ')}\n\n${pr.body ?? ''}\n`,
  );
  const tip = (branch: string) => repo.git.commit(repo.refs.get(`refs/heads/${branch}`)!)!;
  const head = tip(pr.pull.head);
  const base = repo.git.flatten(tip(pr.pull.base).tree);
  const changes = [...repo.git.flatten(head.tree)]
    .filter(([p, e]) => base.get(p)?.sha !== e.sha)
    .map(([p, e]) => ({
      path: p,
      before: base.has(p) ? repo.git.blob(base.get(p)!.sha)!.toString('utf8') : '',
      after: repo.git.blob(e.sha)!.toString('utf8'),
    }));
  c.write(heading(`The diff on ${pr.pull.head} (one commit: ${head.message.split('\n')[0]})`));
  c.write(unifiedDiff(changes));
  return changes.length > 0;
}

export async function demo(write: Write): Promise<number> {
  const [seed, fixSeed] = await Promise.all([loadSeedFile(SEED), loadSeedFile(FIX_SEED)]);
  const repo = seed.repos?.[0];
  const fixRepo = fixSeed.repos?.[0];
  const token = seed.tokens?.find((t) => t.login === 'github-actions[bot]')?.token;
  const failedRun = failedRunOf(repo);
  const fixRun = failedRunOf(fixRepo);
  if (!repo || !fixRepo || !token || failedRun === undefined || fixRun === undefined)
    throw new Error(
      `${SEED} and ${FIX_SEED}: the demo needs a repository with a failed run in each, and a github-actions[bot] token`,
    );
  const fullName = `${repo.owner}/${repo.name}`;
  const fixName = `${fixRepo.owner}/${fixRepo.name}`;
  const runNumber = repo.runs?.find((r) => r.id === failedRun)?.run_number ?? failedRun;

  const sim = await startGitHubSimulator({ seed: merge(seed, fixSeed) });
  const c: Context = { sim, token, write, temps: [] };
  let ok = true;
  try {
    write(
      `autoheal demo — a local GitHub simulator (${sim.url}) holds ${fullName}, whose CI run #${String(runNumber)} failed, and ${fixName}, whose tests cannot import yaml.\n`,
    );
    write(`${fullName}'s job log is a real CI log (CiDiff data set). No token, no network.\n`);

    // 1. A failure with no mechanical fix: an issue, then the hand-off note.
    const setup = sim.requests.length;
    const analyzed = await analyze(c, fullName, failedRun);
    const issues = printIssues(c, fullName);
    write(heading('Job summary (GITHUB_STEP_SUMMARY)'));
    write(`${analyzed.summary.trimEnd()}\n`);
    printCalls(write, sim, setup, 'the action');
    if (analyzed.failed) write(`\nThe step failed:\n${analyzed.stdout}${analyzed.stderr}\n`);
    ok &&= !analyzed.failed && issues.length > 0;
    if (issues.length > 0) {
      const from = sim.requests.length;
      const fixed = await generateFix(c, fullName, { 'issue-number': String(issues[0]) });
      const note = sim.state.requireRepo(fullName).issues.get(issues[0]!)?.comments.at(-1);
      if (note) write(heading(`The comment on issue #${issues[0]}`) + `${note.body}\n`);
      printCalls(write, sim, from, 'generate-fix');
      ok &&= !fixed.failed && fixed.outputs.result === 'commented';
    }

    // 2. A failure with a mechanical fix: an issue, then one draft pull request.
    write(heading(`${fixName}: the tests cannot import yaml`));
    const from = sim.requests.length;
    const analyzedFix = await analyze(c, fixName, fixRun);
    const fixIssues = printIssues(c, fixName);
    printCalls(write, sim, from, 'analyze-failure');
    ok &&= !analyzedFix.failed && fixIssues.length > 0;
    if (fixIssues.length > 0) {
      const before = sim.requests.length;
      const fixed = await generateFix(c, fixName, {
        'analysis-file': analyzedFix.outputs['analysis-file'] ?? '',
        'issue-number': String(fixIssues[0]),
      });
      const number = Number(fixed.outputs['pr-number']);
      const shown = Number.isInteger(number) && number > 0 && printPull(c, fixName, number);
      write(heading('Job summary of generate-fix'));
      write(`${fixed.summary.trimEnd()}\n`);
      printCalls(write, sim, before, 'generate-fix (one fix cycle)');
      ok &&= !fixed.failed && fixed.outputs.result === 'created' && shown;
    }
    return ok ? 0 : 1;
  } finally {
    await sim.close();
    for (const dir of c.temps) await rm(dir, { recursive: true, force: true });
  }
}

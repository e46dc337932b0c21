/**
 * The failed run's code and a pull request's code are untrusted: checked out in a workflow that holds
 * a token (and, under `pull_request_target` or `workflow_run`, secrets and write access), any build
 * script, hook or action in it runs with those. autoheal reads runs through the API and never
 * checks out their code.
 */
import { isMap, isScalar } from 'yaml';
import { type Problem, Rules } from '../problem.js';
import { type Job, scalarText, type WorkflowDocument } from '../workflow-document.js';

const CHECKOUT = /^actions\/checkout@/i;

/** Context paths whose value points at untrusted code, tested against a normalised expression. */
const UNTRUSTED_SOURCES: readonly { readonly pattern: RegExp; readonly what: string }[] = [
  {
    pattern: /\bgithub\.event\.workflow_run\b/,
    what: "the triggering run's code (`github.event.workflow_run`)",
  },
  {
    pattern: /\bgithub\.event\.pull_request\.head\b/,
    what: "the pull request's code (`github.event.pull_request.head`)",
  },
  {
    pattern: /\bgithub\.event\.pull_request\.merge_commit_sha\b/,
    what: "the pull request's code (`github.event.pull_request.merge_commit_sha`)",
  },
  { pattern: /\bgithub\.head_ref\b/, what: "the pull request's branch (`github.head_ref`)" },
];

/** Git refs that are a pull request's code, written literally (`refs/pull/42/merge`). */
const PULL_REF = /\brefs\/pull\//;

/** Shell commands that fetch a pull request's code. */
const SCRIPT_CHECKOUTS: readonly { readonly pattern: RegExp; readonly what: string }[] = [
  { pattern: /\bgh\s+pr\s+checkout\b/, what: '`gh pr checkout`' },
  {
    pattern: /\bgit\s+(?:fetch|pull)\b[^\n]*?[\s:+"'](?:refs\/)?pull\/\S/,
    what: '`git fetch` of a `pull/…` ref',
  },
];

const PRIVILEGED_TRIGGERS = ['pull_request_target', 'workflow_run'] as const;

// Contexts are case-insensitive and may be indexed (`github.event['workflow_run']`): compare one form.
function normalise(expression: string): string {
  return expression.toLowerCase().replace(/\[\s*'([^']*)'\s*\]/g, '.$1');
}

function untrustedSource(value: string): string | undefined {
  for (const match of value.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
    const expression = normalise(match[1] ?? '');
    const source = UNTRUSTED_SOURCES.find((s) => s.pattern.test(expression));
    if (source) return source.what;
  }
  return PULL_REF.test(value) ? 'a pull request ref (`refs/pull/…`)' : undefined;
}

function privilegeNote(doc: WorkflowDocument): string {
  const triggers = doc.triggers();
  const privileged = PRIVILEGED_TRIGGERS.filter((t) => triggers.has(t));
  if (privileged.length === 0) return 'a workflow that holds a token';
  const names = privileged.map((t) => `\`${t}\``).join(' and ');
  return `a ${names} workflow, which runs with the base repository's secrets and a write token`;
}

/**
 * Why a job is privileged, or undefined when it is not: it can write with its token (any scope at
 * `write`, or `write-all`, or no `permissions:` of its own and so the repository's default) or it
 * can read secrets. Only an unprivileged job may check out a ref the checker cannot prove trusted.
 */
function privilegeOf(doc: WorkflowDocument, job: Job): string | undefined {
  const permissions = doc.entry(job.map, 'permissions');
  if (permissions === undefined) return 'it has no `permissions:` of its own, so it gets the default token';
  const value = permissions.value;
  if (isScalar(value) && String(value.value) === 'write-all') return 'its token can write (`write-all`)';
  if (isMap(value)) {
    for (const pair of value.items) {
      const level = isScalar(pair.value) ? String(pair.value.value) : '';
      if (level === 'write')
        return `its token can write (\`${String(isScalar(pair.key) ? pair.key.value : pair.key)}: write\`)`;
    }
  }
  if (/\$\{\{[^}]*\bsecrets\./.test(doc.source(job.map).text)) return 'it reads secrets';
  return undefined;
}

/** A `ref:`/`repository:` the checker cannot prove trusted: any expression (it may come from a step or an event). */
function computedValue(value: string): boolean {
  return /\$\{\{/.test(value);
}

export function checkUntrustedCheckout(doc: WorkflowDocument): Problem[] {
  const problems: Problem[] = [];
  const fix = 'check out the default branch (no `ref:`/`repository:`) and read the run or PR through the API';
  for (const step of doc.steps()) {
    const uses = doc.uses(step.map);
    if (uses !== undefined && CHECKOUT.test(uses.value)) {
      const inputs = doc.mappingAt(step.map, 'with');
      for (const input of ['ref', 'repository']) {
        const entry = inputs && doc.entry(inputs, input);
        const value = scalarText(entry?.value);
        const what = value === undefined ? undefined : untrustedSource(value);
        if (entry !== undefined && what === undefined && value !== undefined && computedValue(value)) {
          // Indirect (a step output, an input): allowed only where nothing can be stolen or written.
          const privilege = privilegeOf(doc, step.job);
          if (privilege !== undefined)
            problems.push(
              doc.problem(
                entry.key,
                Rules.untrustedCheckout,
                `\`actions/checkout\` \`${input}:\` is computed (\`${value}\`), so it may be untrusted code, in job \`${step.job.id}\` where ${privilege}; check out such refs only in a job with read-only permissions and no secrets`,
              ),
            );
        }
        if (entry === undefined || what === undefined) continue;
        problems.push(
          doc.problem(
            entry.key,
            Rules.untrustedCheckout,
            `\`actions/checkout\` \`${input}:\` takes ${what}: that checks out untrusted code in ${privilegeNote(doc)}; ${fix}`,
          ),
        );
      }
    }
    const run = doc.entry(step.map, 'run');
    const script = scalarText(run?.value);
    if (run === undefined || run.value === null || script === undefined) continue;
    const source = doc.source(run.value);
    for (const command of SCRIPT_CHECKOUTS) {
      if (!command.pattern.test(script)) continue;
      // Point at the command itself when it is visible in the source, else at `run:`.
      const found = command.pattern.exec(source.text);
      problems.push({
        file: doc.file,
        ...(found ? doc.positionOf(source.offset + found.index) : doc.position(run.key)),
        rule: Rules.untrustedCheckout,
        message: `${command.what} in a \`run:\` script checks out a pull request's code in ${privilegeNote(doc)}; ${fix}`,
      });
    }
  }
  return problems;
}

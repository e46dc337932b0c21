/**
 * zizmor-style audits, run on the templates, on `.github/workflows/` and on the workflow examples of
 * every README (users copy examples, not templates):
 * - dangerous triggers: under `workflow_run`, `pull_request_target` or `issue_comment` a job that can
 *   write or read secrets must not run for a fork (or, for comments, for anyone without write access);
 * - excessive permissions: no write scope at the top of a workflow, none in a job that never uses its token;
 * - `secrets: inherit` hands every secret to the called workflow;
 * - caches in privileged jobs: a cache written by a fork's run can be restored where secrets are.
 */
import { isMap, isSeq, type YAMLMap } from 'yaml';
import { type Problem, Rules } from '../problem.js';
import { type Job, scalarText, type WorkflowDocument } from '../workflow-document.js';
import { falseInEvery, type Scenario, sym, value } from './expression.js';
import { needsOf, privilege, waiver, writeGrants } from './privilege.js';

const DANGEROUS_TRIGGERS = ['workflow_run', 'pull_request_target', 'issue_comment'] as const;
type DangerousTrigger = (typeof DANGEROUS_TRIGGERS)[number];

/** The waiver a job may carry instead of a gate, with its reason: `analyze: # fork-safe: <why>`. */
export const FORK_SAFE = 'fork-safe';

/** The base repository's name and id, however a condition names them (the event's own repository object included). */
const BASE_NAMES = [
  'github.repository',
  'github.event.repository.full_name',
  'github.event.workflow_run.repository.full_name',
  'github.event.pull_request.base.repo.full_name',
];
const BASE_IDS = [
  'github.repository_id',
  'github.event.repository.id',
  'github.event.workflow_run.repository.id',
  'github.event.pull_request.base.repo.id',
];

/** A fork's event: the head repository differs from the base in name and id, and is a fork. */
function forkScenario(trigger: DangerousTrigger, head: string): Scenario {
  const facts = new Map([
    ['github.event_name', value(trigger)],
    [`${head}.full_name`, sym('head-name')],
    [`${head}.id`, sym('head-id')],
    [`${head}.fork`, value(true)],
  ]);
  for (const p of BASE_NAMES) facts.set(p, sym('base-name'));
  for (const p of BASE_IDS) facts.set(p, sym('base-id'));
  return facts;
}

/** Associations of a commenter who may have no write access at all. */
const OUTSIDER_ASSOCIATIONS = ['none', 'first_timer', 'first_time_contributor', 'contributor', 'mannequin'];

/**
 * The events each gate must turn away: the condition has to be false in every one of them, as
 * GitHub would evaluate it (a gate that is only one arm of an `||` keeps nobody out).
 */
const SCENARIOS: Record<DangerousTrigger, Scenario[]> = {
  workflow_run: [forkScenario('workflow_run', 'github.event.workflow_run.head_repository')],
  pull_request_target: [forkScenario('pull_request_target', 'github.event.pull_request.head.repo')],
  issue_comment: OUTSIDER_ASSOCIATIONS.map(
    (association) =>
      new Map([
        ['github.event_name', value('issue_comment')],
        ['github.event.comment.author_association', value(association)],
      ]),
  ),
};

const GATES: Record<DangerousTrigger, { example: string }> = {
  workflow_run: {
    example: '`if: github.event.workflow_run.head_repository.full_name == github.repository`',
  },
  pull_request_target: {
    example: '`if: github.event.pull_request.head.repo.full_name == github.repository`',
  },
  issue_comment: {
    example:
      '`if: contains(fromJSON(\'["OWNER","MEMBER","COLLABORATOR"]\'), github.event.comment.author_association)`',
  },
};

// Contexts are case-insensitive and may be indexed (`github.event['workflow_run']`): compare one form.
function normalise(expression: string): string {
  return expression
    .toLowerCase()
    .replace(/\[\s*'([^']*)'\s*\]/g, '.$1')
    .replace(/\$\{\{|\}\}/g, ' ');
}

function condition(doc: WorkflowDocument, job: Job): string | undefined {
  const value = scalarText(doc.entry(job.map, 'if')?.value);
  return value === undefined ? undefined : normalise(value);
}

/** Whether the job runs only when its need `need` succeeded (a skipped need then skips it too). */
function requiresSuccessOf(doc: WorkflowDocument, job: Job, need: string): boolean {
  const text = condition(doc, job);
  // Without a status function GitHub adds `success()`: every need must have succeeded.
  if (text === undefined || !/\b(?:always|failure|cancelled)\s*\(/.test(text)) return true;
  const id = need.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\bneeds\\.${id}\\.result\\s*==\\s*'success'`).test(text);
}

export function checkDangerousTriggers(doc: WorkflowDocument): Problem[] {
  const triggers = doc.triggers();
  const present = DANGEROUS_TRIGGERS.filter((t) => triggers.has(t));
  if (present.length === 0) return [];
  const jobs = new Map(doc.jobs().map((job) => [job.id, job]));
  const problems: Problem[] = [];
  for (const trigger of present) {
    const memo = new Map<string, boolean>();
    const gated = (job: Job, seen: Set<string>): boolean => {
      const known = memo.get(job.id);
      if (known !== undefined) return known;
      if (seen.has(job.id)) return false;
      seen.add(job.id);
      const result =
        falseInEvery(condition(doc, job), SCENARIOS[trigger]) ||
        needsOf(doc, job).some((id) => {
          const need = jobs.get(id);
          return need !== undefined && gated(need, seen) && requiresSuccessOf(doc, job, id);
        });
      memo.set(job.id, result);
      return result;
    };
    for (const job of jobs.values()) {
      const why = privilege(doc, job);
      if (why === undefined || gated(job, new Set()) || waiver(doc, job, FORK_SAFE) !== undefined) continue;
      const who =
        trigger === 'issue_comment'
          ? 'anyone who can comment (without write access)'
          : "a fork's pull request";
      problems.push(
        doc.problem(
          job.key,
          Rules.dangerousTrigger,
          `job \`${job.id}\` runs on \`${trigger}\`, which ${who} can start, and ${why}, but nothing keeps such events away from it: add ${GATES[trigger].example} (or on a job it needs), or, when the job runs no code of the event and limits what it writes itself, say so with \`# ${FORK_SAFE}: <why>\` on its key line`,
        ),
      );
    }
  }
  return problems;
}

/** Actions that never use the token they are given to write (they read the repository or the runner only). */
const READ_ONLY_ACTIONS =
  /^actions\/(?:checkout|cache|cache\/restore|cache\/save|upload-artifact|download-artifact|setup-[a-z]+)@/i;
const TOKEN_USE =
  /\bgithub\.token\b|\bsecrets\.github_token\b|\bgithub_token\b|\bgh_token\b|(?:^|[\s;&|(])gh\s+\S|\bgit\s+push\b/i;

/** Whether any step of the job can use its token (or the job hands it to a reusable workflow). */
function usesToken(doc: WorkflowDocument, job: Job): boolean {
  if (doc.uses(job.map) !== undefined) return true;
  const steps = doc.entry(job.map, 'steps')?.value;
  if (!isSeq(steps)) return false;
  for (const item of steps.items) {
    const map = doc.asNode(item);
    if (!isMap(map)) continue;
    const uses = doc.uses(map);
    if (uses !== undefined && !READ_ONLY_ACTIONS.test(uses.value)) return true;
    if (TOKEN_USE.test(doc.source(map).text)) return true;
  }
  return false;
}

export interface ExcessiveOptions {
  /** Also report jobs that get the repository's default token (no `permissions:` anywhere). */
  readonly defaultToken: boolean;
}

export function checkExcessivePermissions(
  doc: WorkflowDocument,
  options: ExcessiveOptions = { defaultToken: false },
): Problem[] {
  if (doc.root === undefined) return [];
  const problems: Problem[] = [];
  const top = doc.entry(doc.root, 'permissions');
  if (top !== undefined) {
    const topJob = { id: '', key: top.key, map: doc.root } as Job;
    for (const grant of writeGrants(doc, topJob))
      problems.push(
        doc.problem(
          grant.at,
          Rules.excessivePermissions,
          `${grant.what} at the top of the workflow gives every job that scope; set \`permissions: {}\` there and grant it in the job that needs it`,
        ),
      );
  }
  for (const job of doc.jobs()) {
    const own = doc.entry(job.map, 'permissions');
    if (own === undefined && top === undefined) {
      if (options.defaultToken)
        problems.push(
          doc.problem(
            job.key,
            Rules.excessivePermissions,
            `job \`${job.id}\` has no \`permissions:\` (nor has the workflow), so it gets the repository's default token, which may write everything; list only the scopes it needs`,
          ),
        );
      continue;
    }
    if (own === undefined) continue; // the top-level grants are reported above
    const grants = writeGrants(doc, job);
    if (grants.length === 0 || usesToken(doc, job)) continue;
    problems.push(
      doc.problem(
        grants[0]!.at,
        Rules.excessivePermissions,
        `job \`${job.id}\` has ${grants.map((g) => g.what).join(', ')} but no step of it uses the token (only read-only actions and scripts that do not mention it); grant \`read\` or nothing`,
      ),
    );
  }
  return problems;
}

export function checkSecretsInherit(doc: WorkflowDocument): Problem[] {
  const problems: Problem[] = [];
  for (const job of doc.jobs()) {
    const entry = doc.entry(job.map, 'secrets');
    if (entry === undefined || scalarText(entry.value) !== 'inherit') continue;
    problems.push(
      doc.problem(
        entry.key,
        Rules.secretsInherit,
        `job \`${job.id}\`: \`secrets: inherit\` hands every secret of the repository to the called workflow; pass only the ones it needs by name`,
      ),
    );
  }
  return problems;
}

const CACHE_ACTION = /^actions\/cache(?:\/restore|\/save)?@/i;
/** setup-* actions whose `cache:` input turns on a dependency cache; setup-go caches unless told not to. */
const SETUP_WITH_CACHE = /^actions\/setup-(?:node|python|java|dotnet|go)@/i;
const CACHES_BY_DEFAULT = /^actions\/setup-go@/i;

function cacheOf(doc: WorkflowDocument, map: YAMLMap): { what: string; at: unknown } | undefined {
  const uses = doc.uses(map);
  if (uses === undefined) return undefined;
  const name = uses.value.replace(/@.*$/, '');
  if (CACHE_ACTION.test(uses.value)) return { what: `\`${name}\``, at: uses.node };
  const inputs = doc.mappingAt(map, 'with');
  if (/^ruby\/setup-ruby@/i.test(uses.value)) {
    const entry = inputs && doc.entry(inputs, 'bundler-cache');
    return entry && scalarText(entry.value) === 'true'
      ? { what: '`ruby/setup-ruby` `bundler-cache: true`', at: entry.key }
      : undefined;
  }
  if (!SETUP_WITH_CACHE.test(uses.value)) return undefined;
  const entry = inputs && doc.entry(inputs, 'cache');
  const value = scalarText(entry?.value);
  if (entry === undefined)
    return CACHES_BY_DEFAULT.test(uses.value)
      ? { what: `\`${name}\` (it caches by default)`, at: uses.node }
      : undefined;
  if (value === undefined || value === '' || value === 'false') return undefined;
  return { what: `\`${name}\` \`cache: ${value}\``, at: entry.key };
}

export function checkCaches(doc: WorkflowDocument): Problem[] {
  const problems: Problem[] = [];
  for (const step of doc.steps()) {
    const cache = cacheOf(doc, step.map);
    if (cache === undefined) continue;
    const why = privilege(doc, step.job);
    if (why === undefined) continue;
    problems.push(
      doc.problem(
        cache.at,
        Rules.cachePoisoning,
        `${cache.what} in job \`${step.job.id}\`, where ${why}: a cache another run wrote (a pull request's, even a fork's) would be restored here; cache only in jobs with a read-only token and no secrets`,
      ),
    );
  }
  return problems;
}

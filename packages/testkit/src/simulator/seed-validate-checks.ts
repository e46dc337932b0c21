import { type Json, RUN_STATUSES, type SeedChecker } from './seed-checker.js';

/**
 * Checking what a seeded repository says about merge gates: check runs besides the workflow jobs,
 * commit statuses, branch protection and rulesets. Commits they name are resolved when the seed
 * is applied (a revision like `main~1` needs the repository's history).
 */

const CHECK_CONCLUSIONS = [
  'success',
  'failure',
  'neutral',
  'cancelled',
  'skipped',
  'timed_out',
  'action_required',
];
const STATUS_STATES = ['error', 'failure', 'pending', 'success'];
const ENFORCEMENTS = ['active', 'evaluate', 'disabled'];

export function checkMergeGates(c: SeedChecker, repo: Json, where: string, branchNames: Set<string>): void {
  for (const [i, check] of c.array(repo, 'check_runs', where).entries()) {
    const w = `${where}.check_runs[${i}]`;
    c.string(check, 'name', w, true);
    c.string(check, 'head_sha', w, false);
    c.oneOf(check, 'status', w, RUN_STATUSES);
    c.oneOf(check, 'conclusion', w, CHECK_CONCLUSIONS);
    c.date(check, 'started_at', w);
    c.date(check, 'completed_at', w);
    if (check.conclusion && check.status !== undefined && check.status !== 'completed')
      c.fail(
        `${w}.conclusion`,
        `is set while status is "${String(check.status)}"`,
        'a conclusion only when completed',
      );
  }
  for (const [i, status] of c.array(repo, 'statuses', where).entries()) {
    const w = `${where}.statuses[${i}]`;
    c.string(status, 'context', w, true);
    c.string(status, 'sha', w, false);
    if (status.state === undefined) c.fail(`${w}.state`, 'is missing', STATUS_STATES.join(', '));
    c.oneOf(status, 'state', w, STATUS_STATES);
    c.date(status, 'created_at', w);
    c.date(status, 'updated_at', w);
  }
  const protectedBranches = repo.protected_branches;
  if (protectedBranches !== undefined) {
    if (
      typeof protectedBranches !== 'object' ||
      protectedBranches === null ||
      Array.isArray(protectedBranches)
    )
      c.fail(
        `${where}.protected_branches`,
        `is ${JSON.stringify(protectedBranches)}`,
        'an object of branch name → { required_status_checks }',
      );
    else
      for (const [name, protection] of Object.entries(protectedBranches as Record<string, unknown>)) {
        const w = `${where}.protected_branches.${name}`;
        if (!branchNames.has(name)) c.fail(w, `names no branch "${name}"`, [...branchNames].join(', '));
        if (typeof protection !== 'object' || protection === null || Array.isArray(protection))
          c.fail(w, `is ${JSON.stringify(protection)}`, 'an object with required_status_checks');
        else c.strings(protection as Json, 'required_status_checks', w, true);
      }
  }
  for (const [i, ruleset] of c.array(repo, 'rulesets', where).entries()) {
    const w = `${where}.rulesets[${i}]`;
    c.string(ruleset, 'name', w, true);
    c.oneOf(ruleset, 'enforcement', w, ENFORCEMENTS);
    if (c.strings(ruleset, 'branches', w, true).length === 0 && Array.isArray(ruleset.branches))
      c.fail(`${w}.branches`, 'is empty', 'branch names or patterns, ~DEFAULT_BRANCH or ~ALL');
    c.strings(ruleset, 'required_status_checks', w, true);
  }
}

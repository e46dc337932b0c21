/**
 * The labels on autoheal's issues: the base label, the category label and any extras, created in
 * the repository when missing. Checking (reads) and creating (writes) are separate steps, so a
 * caller knows how many writes filing will take before it starts, and a dry run can say which
 * labels it would create.
 */
import type { GitHubClient } from '../github-client.js';
import { isRequestError } from '../github-errors.js';
import type { Logger } from '../runtime.js';

export interface LabelSpec {
  name: string;
  color: string;
  description: string;
}

export interface LabelNames {
  base: string;
  categoryPrefix: string;
  extra: readonly string[];
}

/** The labels of an issue for `category`, in order, without case-insensitive repeats. */
export function issueLabels(names: LabelNames, category: string): LabelSpec[] {
  const specs: LabelSpec[] = [
    { name: names.base, color: 'b60205', description: 'A CI failure diagnosed by autoheal' },
    {
      name: `${names.categoryPrefix}${category}`,
      color: 'fbca04',
      description: `autoheal: ${category.replace(/_/g, ' ')} failures`,
    },
    ...names.extra.map((name) => ({ name, color: 'ededed', description: 'Added by autoheal' })),
  ];
  const seen = new Set<string>();
  return specs.filter((spec) => {
    const key = spec.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface LabelDeps {
  github: GitHubClient;
  owner: string;
  repo: string;
  log: Logger;
}

/**
 * The labels that do not exist yet. `known` holds names (lower-cased) already seen on issues,
 * which exist for sure: asking about them again would only cost requests.
 */
export async function missingLabels(
  d: LabelDeps,
  wanted: readonly LabelSpec[],
  known: ReadonlySet<string>,
): Promise<LabelSpec[]> {
  const missing: LabelSpec[] = [];
  for (const spec of wanted) {
    if (known.has(spec.name.toLowerCase())) continue;
    try {
      await d.github.rest.issues.getLabel({ owner: d.owner, repo: d.repo, name: spec.name });
    } catch (error) {
      if (isRequestError(error) && error.status === 404) missing.push(spec);
      else throw error;
    }
  }
  return missing;
}

function alreadyExists(error: unknown): boolean {
  if (!isRequestError(error) || error.status !== 422) return false;
  const errors = (error.response?.data as { errors?: unknown } | undefined)?.errors;
  return (
    Array.isArray(errors) && errors.some((e) => (e as { code?: unknown } | null)?.code === 'already_exists')
  );
}

/**
 * The labels that may be missing: those not seen on any issue. Filing creates them without asking
 * first (a label that exists answers 422 already_exists, taken as success), which saves one
 * lookup per label on the common path.
 */
export function unseenLabels(wanted: readonly LabelSpec[], known: ReadonlySet<string>): LabelSpec[] {
  return wanted.filter((spec) => !known.has(spec.name.toLowerCase()));
}

/** Creates the labels; one that already exists (422 already_exists) is not counted as created. */
export async function createLabels(d: LabelDeps, labels: readonly LabelSpec[]): Promise<string[]> {
  const created: string[] = [];
  for (const spec of labels) {
    try {
      await d.github.rest.issues.createLabel({ owner: d.owner, repo: d.repo, ...spec });
      created.push(spec.name);
    } catch (error) {
      if (!alreadyExists(error)) throw error;
      d.log.debug(`Label "${spec.name}" was created by someone else meanwhile.`);
    }
  }
  return created;
}

/**
 * Where autoheal is published: the one place that names it. Callers reference our reusable
 * workflows as `<PUBLISHED_REPOSITORY>/.github/workflows/<name>.yml@<sha>`, and workflows our
 * actions as `<PUBLISHED_REPOSITORY>/actions/<name>@<sha>`; the release script rewrites those pins
 * and the template check resolves them to the files of this checkout.
 */
export const PUBLISHED_REPOSITORY = 'autoheal/autoheal';

/** The pin every template carries until the first release replaces it. */
export const PLACEHOLDER_SHA = '0'.repeat(40);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A `uses:` reference to one of our actions or reusable workflows, pinned to a full SHA, with its
 * optional `# vX.Y.Z` comment: group 1 is the path (`actions/x` or `.github/workflows/x.yml`),
 * group 2 the SHA. Linear: no nested quantifiers, so it is safe on any file.
 */
export function ownPinPattern(repository: string = PUBLISHED_REPOSITORY): RegExp {
  return new RegExp(
    `${escapeRegExp(repository)}/(actions/[A-Za-z0-9_.-]+|\\.github/workflows/[A-Za-z0-9_.-]+\\.ya?ml)@([0-9a-f]{40})(?:[ \\t]+#[ \\t]*v\\d+\\.\\d+\\.\\d+(?:[-+][0-9A-Za-z.+-]*)?)?`,
    'g',
  );
}

/** The local workflow file a job-level `uses:` calls, when it is ours (published or `./`); else undefined. */
export function ownWorkflowPath(uses: string, repository: string = PUBLISHED_REPOSITORY): string | undefined {
  const local = /^\.\/(\.github\/workflows\/[A-Za-z0-9_.-]+\.ya?ml)$/.exec(uses);
  if (local) return local[1];
  const prefix = `${repository}/`;
  if (!uses.startsWith(prefix)) return undefined;
  const remote = /^(\.github\/workflows\/[A-Za-z0-9_.-]+\.ya?ml)@[^@]+$/.exec(uses.slice(prefix.length));
  return remote?.[1];
}

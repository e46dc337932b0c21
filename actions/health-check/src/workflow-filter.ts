import { globMatcher } from '@autoheal/core/config/globs';

/**
 * The `workflows` input as config globs apply: in order, a glob matches a workflow when it
 * matches its name or its file path, and a later `!glob` takes back what came before, by either,
 * so `['**', '!Docs']` leaves out the workflow named Docs although `**` matches its path.
 */
export function workflowFilter(
  globs: readonly string[],
): (workflow: { workflow: string; path: string }) => boolean {
  const steps = globs.map((glob) => {
    const negated = glob.startsWith('!');
    return { negated, matches: globMatcher([negated ? glob.slice(1) : glob]) };
  });
  return ({ workflow, path }) => {
    let included = false;
    for (const { negated, matches } of steps)
      if (included === negated && (matches(workflow) || (path !== '' && matches(path)))) included = !negated;
    return included;
  };
}

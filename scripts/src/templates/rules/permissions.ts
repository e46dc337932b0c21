/**
 * Least privilege for GITHUB_TOKEN: nothing granted at the top, each job lists what it needs, and
 * each grant says why in a trailing comment, so a reviewer can judge every scope where it is granted.
 */
import { isMap } from 'yaml';
import { type Problem, Rules } from '../problem.js';
import { scalarText, type WorkflowDocument } from '../workflow-document.js';

const EXAMPLE = 'e.g. `issues: write # to open the diagnosis issue`';

export function checkPermissions(doc: WorkflowDocument): Problem[] {
  if (doc.root === undefined) return [];
  const problems: Problem[] = [];
  const top = doc.entry(doc.root, 'permissions');
  if (top === undefined) {
    problems.push(
      doc.problem(
        undefined,
        Rules.permissions,
        'the workflow has no top-level `permissions:`; set `permissions: {}` so no job gets a scope by default, and grant scopes per job',
      ),
    );
  } else if (!isMap(top.value) || top.value.items.length > 0) {
    problems.push(
      doc.problem(
        top.key,
        Rules.permissions,
        'top-level `permissions:` must be `{}` (nothing granted by default); grant scopes in the jobs that need them',
      ),
    );
  }

  for (const job of doc.jobs()) {
    const permissions = doc.entry(job.map, 'permissions');
    if (permissions === undefined) {
      problems.push(
        doc.problem(
          job.key,
          Rules.permissions,
          `job \`${job.id}\` declares no \`permissions:\`; list only the scopes it needs, each with a trailing \`# why\` comment (${EXAMPLE}), or write \`permissions: {}\``,
        ),
      );
      continue;
    }
    if (!isMap(permissions.value)) {
      const written = scalarText(permissions.value) ?? 'with no value';
      problems.push(
        doc.problem(
          permissions.key,
          Rules.permissions,
          `job \`${job.id}\`: \`permissions: ${written}\` does not list scopes; list only the scopes it needs, one per line with a trailing \`# why\` comment (${EXAMPLE})`,
        ),
      );
      continue;
    }
    for (const pair of permissions.value.items) {
      if (doc.trailingComment(pair.value)) continue;
      const scope = `${scalarText(doc.asNode(pair.key)) ?? '?'}: ${scalarText(doc.asNode(pair.value)) ?? ''}`;
      problems.push(
        doc.problem(
          pair.key,
          Rules.permissions,
          `job \`${job.id}\`: \`${scope}\` has no trailing \`# why\` comment; say what the job needs the scope for, one scope per line (${EXAMPLE})`,
        ),
      );
    }
  }
  return problems;
}

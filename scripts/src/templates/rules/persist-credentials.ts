/**
 * `actions/checkout` writes the token into `.git/config` unless told not to, where every later step
 * (and anything it runs) can read it. Steps that push get a token explicitly instead.
 */
import { type Problem, Rules } from '../problem.js';
import { scalarText, type WorkflowDocument } from '../workflow-document.js';

const CHECKOUT = /^actions\/checkout@/i;

export function checkPersistCredentials(doc: WorkflowDocument): Problem[] {
  const problems: Problem[] = [];
  for (const step of doc.steps()) {
    const uses = doc.uses(step.map);
    if (uses === undefined || !CHECKOUT.test(uses.value)) continue;
    const inputs = doc.mappingAt(step.map, 'with');
    const persist = inputs && doc.entry(inputs, 'persist-credentials');
    if (persist === undefined) {
      problems.push(
        doc.problem(
          uses.node,
          Rules.persistCredentials,
          '`actions/checkout` needs `with: { persist-credentials: false }`; otherwise the token stays in .git/config for every later step',
        ),
      );
    } else if (scalarText(persist.value) !== 'false') {
      problems.push(
        doc.problem(
          persist.key,
          Rules.persistCredentials,
          `\`persist-credentials: ${scalarText(persist.value) ?? ''}\` leaves the token in .git/config for every later step; it must be \`false\``,
        ),
      );
    }
  }
  return problems;
}

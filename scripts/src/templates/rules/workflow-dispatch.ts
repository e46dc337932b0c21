/** Every template can be run by hand (`workflow_dispatch`): to try it, and to re-run it after a fix. */
import { type Problem, Rules } from '../problem.js';
import type { WorkflowDocument } from '../workflow-document.js';

export function checkWorkflowDispatch(doc: WorkflowDocument): Problem[] {
  if (doc.root === undefined) return [];
  const triggers = doc.triggers();
  if (triggers.has('workflow_dispatch')) return [];
  const on = doc.entry(doc.root, 'on');
  const listed = [...triggers.keys()].map((event) => `\`${event}\``).join(', ');
  return [
    doc.problem(
      on?.key,
      Rules.workflowDispatch,
      `\`on:\` must include \`workflow_dispatch\` so the template can be run by hand${listed === '' ? '' : ` (it has ${listed})`}`,
    ),
  ];
}

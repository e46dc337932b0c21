/**
 * Every remote action and reusable workflow is pinned to an immutable commit (a tag or branch can be
 * moved to other code after review), with the release named beside it so humans and update bots
 * know what the SHA is. Local `./` paths come from the same commit and need no pin.
 */
import { type Problem, Rules } from '../problem.js';
import type { WorkflowDocument } from '../workflow-document.js';

const FULL_SHA = /^[0-9a-f]{40}$/;
const RELEASE_COMMENT = /^v\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?$/;
const DOCKER_BY_DIGEST = /^docker:\/\/[^\s@]+@sha256:[0-9a-f]{64}$/;

function checkUses(doc: WorkflowDocument, value: string, node: unknown): Problem | undefined {
  if (value.startsWith('./')) return undefined;
  if (value.startsWith('docker://')) {
    if (DOCKER_BY_DIGEST.test(value)) return undefined;
    return doc.problem(
      node,
      Rules.pinnedUses,
      `\`uses: ${value}\` is not pinned by digest; write \`docker://<image>@sha256:<64 hex digits>\``,
    );
  }
  const at = value.lastIndexOf('@');
  const ref = at === -1 ? '' : value.slice(at + 1);
  if (!FULL_SHA.test(ref)) {
    const name = at === -1 ? value : value.slice(0, at);
    return doc.problem(
      node,
      Rules.pinnedUses,
      `\`uses: ${value}\` is not pinned to a commit; write \`${name}@<full 40-character commit SHA> # vX.Y.Z\` (a tag or branch can be moved to other code)`,
    );
  }
  const comment = doc.trailingComment(node);
  if (comment !== undefined && RELEASE_COMMENT.test(comment)) return undefined;
  return doc.problem(
    node,
    Rules.pinnedUses,
    `\`uses: ${value}\` needs a trailing \`# vX.Y.Z\` comment naming the release that commit is${comment === undefined ? '' : ` (found \`# ${comment}\`)`}`,
  );
}

export function checkPinnedUses(doc: WorkflowDocument): Problem[] {
  const problems: Problem[] = [];
  // A job-level `uses:` calls a reusable workflow; a step-level one runs an action.
  const places = [...doc.jobs().map((job) => job.map), ...doc.steps().map((step) => step.map)];
  for (const map of places) {
    const uses = doc.uses(map);
    const problem = uses && checkUses(doc, uses.value, uses.node);
    if (problem) problems.push(problem);
  }
  return problems;
}

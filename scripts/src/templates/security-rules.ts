/** Check 3: autoheal's own security rules, run on any workflow that is valid YAML. */
import type { Problem } from './problem.js';
import { checkConcurrency } from './rules/concurrency.js';
import { checkPermissions } from './rules/permissions.js';
import { checkPersistCredentials } from './rules/persist-credentials.js';
import { checkPinnedUses } from './rules/pinned-uses.js';
import { checkScriptInjection } from './rules/script-injection.js';
import { checkUntrustedCheckout } from './rules/untrusted-checkout.js';
import { checkWorkflowDispatch } from './rules/workflow-dispatch.js';
import type { WorkflowDocument } from './workflow-document.js';

const RULES: readonly ((doc: WorkflowDocument) => Problem[])[] = [
  checkPermissions,
  checkPinnedUses,
  checkScriptInjection,
  checkConcurrency,
  checkWorkflowDispatch,
  checkUntrustedCheckout,
  checkPersistCredentials,
];

export function checkSecurityRules(doc: WorkflowDocument): Problem[] {
  return RULES.flatMap((rule) => rule(doc));
}

/** Check 3: autoheal's own security rules, run on any workflow that is valid YAML. */
import type { Problem } from './problem.js';
import {
  checkCaches,
  checkDangerousTriggers,
  checkExcessivePermissions,
  checkSecretsInherit,
} from './rules/audits.js';
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
  checkDangerousTriggers,
  (doc) => checkExcessivePermissions(doc),
  checkSecretsInherit,
  checkCaches,
];

/**
 * The audits that also run on `.github/workflows/` and README examples, which need not follow the
 * templates' house style (pinning comments, concurrency, dispatch) but must be as safe.
 */
const AUDITS: readonly ((doc: WorkflowDocument) => Problem[])[] = [
  checkDangerousTriggers,
  (doc) => checkExcessivePermissions(doc, { defaultToken: true }),
  checkSecretsInherit,
  checkCaches,
  checkUntrustedCheckout,
  checkScriptInjection,
];

export function checkAudits(doc: WorkflowDocument): Problem[] {
  return AUDITS.flatMap((rule) => rule(doc));
}

export function checkSecurityRules(doc: WorkflowDocument): Problem[] {
  return RULES.flatMap((rule) => rule(doc));
}

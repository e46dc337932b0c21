/**
 * Two runs for the same failure must not race each other into duplicate issues or PRs: a
 * `concurrency:` group serialises them, for the whole workflow or for every job.
 */
import { isMap } from 'yaml';
import { type Problem, Rules } from '../problem.js';
import { type Entry, scalarText, type WorkflowDocument } from '../workflow-document.js';

const EXAMPLE = 'e.g. `concurrency: { group: autoheal-${{ github.workflow }}-${{ github.ref }} }`';

/** Why a `concurrency:` value names no group, or undefined when it does. */
function missingGroup(doc: WorkflowDocument, concurrency: Entry): string | undefined {
  const value = concurrency.value;
  const group = isMap(value) ? doc.entry(value, 'group')?.value : value;
  if ((scalarText(group) ?? '').trim() !== '') return undefined;
  return isMap(value) ? 'has no `group:`' : 'is empty';
}

export function checkConcurrency(doc: WorkflowDocument): Problem[] {
  if (doc.root === undefined) return [];
  const top = doc.entry(doc.root, 'concurrency');
  if (top !== undefined) {
    const why = missingGroup(doc, top);
    return why === undefined
      ? []
      : [
          doc.problem(
            top.key,
            Rules.concurrency,
            `top-level \`concurrency:\` ${why}; name a group (${EXAMPLE})`,
          ),
        ];
  }
  const jobs = doc.jobs();
  if (jobs.length === 0) {
    return [
      doc.problem(
        undefined,
        Rules.concurrency,
        `no \`concurrency:\` group is set; set one at the top level or on every job (${EXAMPLE})`,
      ),
    ];
  }
  const problems: Problem[] = [];
  for (const job of jobs) {
    const own = doc.entry(job.map, 'concurrency');
    // A job that calls a reusable workflow takes that workflow's own group, which is checked where
    // the workflow is; a second, identical group here would make the call wait on itself.
    if (own === undefined && doc.uses(job.map) !== undefined) continue;
    if (own === undefined) {
      problems.push(
        doc.problem(
          job.key,
          Rules.concurrency,
          `job \`${job.id}\` has no \`concurrency:\` group and the workflow sets none; set one at the top level or on this job (${EXAMPLE})`,
        ),
      );
      continue;
    }
    const why = missingGroup(doc, own);
    if (why !== undefined) {
      problems.push(
        doc.problem(
          own.key,
          Rules.concurrency,
          `job \`${job.id}\`: \`concurrency:\` ${why}; name a group (${EXAMPLE})`,
        ),
      );
    }
  }
  return problems;
}

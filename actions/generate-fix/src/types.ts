/**
 * The seams of generate-fix: what finding the failure produces (the subject), and what delivering
 * a fix produces (the outcome). Sources, fixers and delivery are built and tested separately.
 */
import type { Finding } from '@autoheal/core/analyzer/analyze';
import type { FailureCategory } from '@autoheal/core/analyzer/categories';

/** The failed run a fix is about. */
export interface RunRef {
  id: number;
  attempt: number;
  /** `.github/workflows/ci.yml` */
  workflowPath: string;
  /** The failing commit: files are read here when there is no checkout. */
  headSha: string;
  headBranch: string | null;
  htmlUrl: string;
}

/** An autoheal failure issue, read through the API. */
export interface IssueRef {
  number: number;
  url: string;
  title: string;
  state: 'open' | 'closed';
  assignees: string[];
}

/** The diagnosed failure a fix is computed for. */
export interface Subject {
  /** 16 hex digits: names the branch (`autoheal/<fingerprint>`), never a title. */
  fingerprint: string;
  category: FailureCategory;
  confidence: number;
  finding: Finding;
  jobName: string;
  stepName?: string;
  run: RunRef;
  /** The failure's issue, when one is known (linked by `Fixes #N` and used for hand-offs). */
  issue?: IssueRef;
  /** Where the diagnosis came from, for the summary. */
  source: 'analysis-file' | 'issue' | 'run' | 'fix-file';
  /** What was noticed while finding it (shown in the summary). */
  notes: string[];
}

/** The `result` output. */
export type Result =
  | 'created'
  | 'updated'
  | 'up-to-date'
  | 'suggested'
  | 'handed-off'
  | 'commented'
  | 'computed'
  | 'skipped'
  | 'dry-run'
  | 'failed';

export const FINGERPRINT = /^[0-9a-f]{16}$/;
export const BRANCH_PREFIX = 'autoheal/';

/** The fix branch of a fingerprint: derived from the fingerprint only, so no text reaches a ref name. */
export function fixBranch(fingerprint: string): string {
  if (!FINGERPRINT.test(fingerprint))
    throw new RangeError(`a fingerprint is 16 hex digits; got ${JSON.stringify(fingerprint.slice(0, 40))}`);
  return `${BRANCH_PREFIX}${fingerprint}`;
}

export function isFixBranch(ref: string): boolean {
  return ref.startsWith(BRANCH_PREFIX) && FINGERPRINT.test(ref.slice(BRANCH_PREFIX.length));
}

/**
 * Finding the failure to fix, from one of three sources, and its issue:
 *
 * - `analysis-file`: analyze-failure's analysis, exactly as it judged the run. With an issue
 *   number too, the issue's trusted marker must name the same failure.
 * - `issue-number`: the issue's trusted failure marker gives the fingerprint and the run it was
 *   last seen in; that run is read again and analyzed (see rederive.ts).
 * - `run-id`: the run is read and analyzed; its issue, if any, is found by fingerprint.
 *
 * A marker counts only in a body by a trusted login: a forged one in someone's issue names
 * nothing, and the run stops before any write.
 */

import { ConfigurationError } from '@autoheal/core/errors';
import type { GitHubClient } from '@autoheal/core/github-client';
import type { RepoRef } from '@autoheal/core/runner-context';
import type { Logger } from '@autoheal/core/runtime';
import { readAnalysisFile } from './analysis-file.js';
import { type FailureIssue, findIssueByFingerprint, readFailureIssue } from './failure-issue.js';
import type { Skip } from './gate.js';
import type { ActionInputs } from './inputs.js';
import { rederive } from './rederive.js';
import type { IssueRef, Subject } from './types.js';

export interface SubjectDeps {
  github: GitHubClient;
  repo: RepoRef;
  trusted: readonly string[];
  /** The base label of autoheal issues (`labels.base`), to find an issue by fingerprint. */
  issueLabel: string;
  tempDir: string;
  log: Logger;
}

function issueRef(issue: FailureIssue): IssueRef {
  return {
    number: issue.number,
    url: issue.url,
    title: issue.title,
    state: issue.state,
    assignees: issue.assignees,
  };
}

/** The issue named by the input or event, which must be an open autoheal failure issue. */
export async function markedIssue(
  d: SubjectDeps,
  number: number,
): Promise<{ issue: FailureIssue; marker: NonNullable<FailureIssue['marker']> } | Skip> {
  const issue = await readFailureIssue(d.github, d.repo, number, d.trusted);
  if (issue.isPullRequest)
    throw new ConfigurationError(
      `Input "issue-number": #${number} is a pull request; give the number of an autoheal failure issue.`,
    );
  if (!issue.marker)
    return {
      skip: `issue #${number} is not an autoheal failure issue: ${issue.noMarker ?? 'it has no marker'}`,
    };
  if (issue.state !== 'open') return { skip: `issue #${number} is closed` };
  return { issue, marker: issue.marker };
}

export async function resolveSubject(
  d: SubjectDeps,
  inputs: Pick<ActionInputs, 'analysisFile' | 'runId'>,
  issueNumber: number | undefined,
): Promise<{ subject: Subject } | Skip> {
  if (inputs.analysisFile !== undefined) {
    const subject = await readAnalysisFile(inputs.analysisFile, d.repo);
    if (issueNumber !== undefined) {
      const found = await markedIssue(d, issueNumber);
      if ('skip' in found) return found;
      if (found.marker.fingerprint !== subject.fingerprint)
        return {
          skip: `the analysis is of failure ${subject.fingerprint}, but issue #${issueNumber} is about failure ${found.marker.fingerprint}`,
        };
      subject.issue = issueRef(found.issue);
    } else {
      const issue = await findIssueByFingerprint(
        d.github,
        d.repo,
        subject.fingerprint,
        d.issueLabel,
        d.trusted,
      );
      if (issue) subject.issue = issueRef(issue);
    }
    return { subject };
  }
  if (issueNumber !== undefined) {
    const found = await markedIssue(d, issueNumber);
    if ('skip' in found) return found;
    const { marker } = found;
    const got = await rederive(d.github, d.repo, {
      runId: marker.lastRun,
      attempt: marker.lastAttempt,
      expectFingerprint: marker.fingerprint,
      tempDir: d.tempDir,
      log: d.log,
    });
    if ('skip' in got) return got;
    if (got.subject.run.workflowPath !== marker.workflowPath)
      return {
        skip: `issue #${issueNumber}'s marker names ${marker.workflowPath}, but run ${marker.lastRun} is of ${got.subject.run.workflowPath}`,
      };
    got.subject.issue = issueRef(found.issue);
    return got;
  }
  if (inputs.runId !== undefined) {
    const got = await rederive(d.github, d.repo, { runId: inputs.runId, tempDir: d.tempDir, log: d.log });
    if ('skip' in got) return got;
    const issue = await findIssueByFingerprint(
      d.github,
      d.repo,
      got.subject.fingerprint,
      d.issueLabel,
      d.trusted,
    );
    if (issue) got.subject.issue = issueRef(issue);
    return got;
  }
  throw new ConfigurationError('Nothing to fix: give "analysis-file", "issue-number" or "run-id".');
}

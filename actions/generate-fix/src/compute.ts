/**
 * Computing the fix: core's fixers on the diagnosed finding, reading the repository through
 * `RepoFiles` (a checkout of the failing commit, or the contents API at that commit), with
 * GitHub's own workflow parser as the check every edited workflow must pass.
 */
import path from 'node:path';
import type { AutohealConfig } from '@autoheal/core/config/schema';
import { generateFix } from '@autoheal/core/fixes/generate-fix';
import { directoryRepoFiles } from '@autoheal/core/fixes/repo-files';
import type { FixConfig, FixResult, RepoFiles, WorkflowValidator } from '@autoheal/core/fixes/types';
import type { GitHubClient } from '@autoheal/core/github-client';
import type { RepoRef } from '@autoheal/core/runner-context';
import { workflowParserProblems } from '@autoheal/core/workflow-parser';
import { contentsRepoFiles } from './contents-files.js';
import type { Subject } from './types.js';

/**
 * The parser as the fixers' validator. Messages only, without line numbers: the fixers compare the
 * problems before and after an edit, and an edit moves lines.
 */
export const githubWorkflowValidator: WorkflowValidator = async (text, file) =>
  (await workflowParserProblems(text, file)).map((p) => p.message);

export function fixConfig(config: AutohealConfig): FixConfig {
  const fixes = config.fixes;
  return {
    timeoutFactor: fixes.timeout.factor,
    timeoutMaxMinutes: fixes.timeout.maxMinutes,
    ...(fixes.lintCommand === undefined ? {} : { lintCommand: fixes.lintCommand }),
  };
}

/** Where the failing commit's files are read: the checkout when given, else the contents API. */
export function failingCommitFiles(
  contentsAt: (sha: string) => RepoFiles,
  subject: Subject,
  checkout: { path?: string; workspace?: string },
): RepoFiles {
  if (checkout.path !== undefined)
    return directoryRepoFiles(path.resolve(checkout.workspace ?? process.cwd(), checkout.path));
  return contentsAt(subject.run.headSha);
}

/** One contents-API reader per commit for the whole run: the failing commit is often the base's head. */
export function contentsReaders(github: GitHubClient, repo: RepoRef): (sha: string) => RepoFiles {
  const readers = new Map<string, RepoFiles>();
  return (sha) => {
    let reader = readers.get(sha);
    if (!reader) {
      reader = contentsRepoFiles(github, repo, sha);
      readers.set(sha, reader);
    }
    return reader;
  };
}

export function computeFix(
  subject: Subject,
  files: RepoFiles,
  config: AutohealConfig,
  validateWorkflow: WorkflowValidator,
): Promise<FixResult> {
  return generateFix({
    finding: subject.finding,
    workflowPath: subject.run.workflowPath,
    jobName: subject.jobName,
    ...(subject.stepName === undefined ? {} : { stepName: subject.stepName }),
    files,
    config: fixConfig(config),
    validateWorkflow,
  });
}

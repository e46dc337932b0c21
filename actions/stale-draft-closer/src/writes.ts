/**
 * The five writes this action makes, behind one interface: against GitHub, or in a dry run,
 * where each is only counted against the budget (so a dry run shows what a real run with the
 * same budget would do) and described in the log.
 */
import type { OperationBudget } from '@autoheal/core/budget';
import type { GitHubClient } from '@autoheal/core/github-client';
import { isRequestError } from '@autoheal/core/github-errors';
import type { RepoRef } from '@autoheal/core/runner-context';
import type { Logger } from '@autoheal/core/runtime';
import { sameLogin } from '@autoheal/core/stale/accounts';
import type { Sanitizer } from '@autoheal/core/text/sanitize';
import type { OpenPull } from './pulls.js';

export interface PullWriter {
  comment(pull: OpenPull, body: string): Promise<void>;
  addLabel(pull: OpenPull, label: string): Promise<void>;
  /** Succeeds when the label is already gone. */
  removeLabel(pull: OpenPull, label: string): Promise<void>;
  close(pull: OpenPull): Promise<void>;
  deleteBranch(pull: OpenPull): Promise<void>;
}

export function gitHubWriter(
  github: GitHubClient,
  repo: RepoRef,
  ours: readonly string[],
  log: Logger,
): PullWriter {
  let warnedIdentity = false;
  return {
    async comment(pull, body) {
      const { data } = await github.rest.issues.createComment({ ...repo, issue_number: pull.number, body });
      const poster = data.user?.login;
      // Our notices are trusted only from `ours`: a comment posted as anyone else is one the next run will not recognise.
      if (poster && !warnedIdentity && !ours.some((l) => sameLogin(l, poster))) {
        warnedIdentity = true;
        log.warning(
          `autoheal posted as ${poster}, which is not among the logins it recognises as its own (${ours.join(', ')}); ` +
            `the next run would not find its notices and would warn again. Add ${poster} to autoheal-logins.`,
        );
      }
    },
    async addLabel(pull, label) {
      await github.rest.issues.addLabels({ ...repo, issue_number: pull.number, labels: [label] });
    },
    async removeLabel(pull, label) {
      try {
        await github.rest.issues.removeLabel({ ...repo, issue_number: pull.number, name: label });
      } catch (error) {
        // 404: someone removed it in the meantime, which is what was wanted.
        if (!(isRequestError(error) && error.status === 404)) throw error;
      }
    },
    async close(pull) {
      await github.rest.pulls.update({ ...repo, pull_number: pull.number, state: 'closed' });
    },
    async deleteBranch(pull) {
      await github.rest.git.deleteRef({ ...repo, ref: `heads/${pull.headRef}` });
    },
  };
}

/** Writes nothing; each would-be write is counted against the budget and logged. */
export function dryRunWriter(budget: OperationBudget, log: Logger, clean: Sanitizer): PullWriter {
  const write = (what: string) => {
    budget.consume(what);
    // Branch names come from whoever pushed them: data for the log, not commands.
    log.info(clean.log(`Dry run: would ${what}.`));
  };
  return {
    async comment(pull) {
      write(`comment on #${pull.number}`);
    },
    async addLabel(pull, label) {
      write(`add the label "${label}" to #${pull.number}`);
    },
    async removeLabel(pull, label) {
      write(`remove the label "${label}" from #${pull.number}`);
    },
    async close(pull) {
      write(`close #${pull.number}`);
    },
    async deleteBranch(pull) {
      write(`delete the branch ${pull.headRef} of #${pull.number}`);
    },
  };
}

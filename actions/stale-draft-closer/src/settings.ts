/**
 * The run's settings: `stale-drafts` of `.github/autoheal.yml` (read through the contents API
 * from the default branch, so the job needs no checkout), with the action's inputs on top.
 */

import { defaultConfig } from '@autoheal/core/config/defaults';
import { type ConfigFileReader, readConfigFile } from '@autoheal/core/config/loader';
import { mergeConfig } from '@autoheal/core/config/merge';
import type { AutohealConfig } from '@autoheal/core/config/schema';
import { ConfigurationError } from '@autoheal/core/errors';
import type { GitHubClient } from '@autoheal/core/github-client';
import { isRequestError } from '@autoheal/core/github-errors';
import type { RepoRef } from '@autoheal/core/runner-context';
import type { PeoplePolicy } from '@autoheal/core/stale/accounts';
import { DAY_MS, type StaleRules } from '@autoheal/core/stale/decide';
import type { ExemptionRules } from '@autoheal/core/stale/exemptions';
import { budgetFloorProblem } from './budget-floor.js';
import type { Inputs } from './inputs.js';

export interface Settings {
  daysBeforeStale: number;
  daysBeforeClose: number;
  rules: StaleRules;
  exemptions: ExemptionRules;
  staleLabel: string;
  onlyAutoheal: boolean;
  deleteBranch: boolean;
  people: PeoplePolicy;
  operationsPerRun: number;
  dryRun: boolean;
}

/** Reads files through the contents API: a missing file is undefined, a folder is EISDIR. */
function contentsReader(github: GitHubClient, repo: RepoRef): ConfigFileReader {
  return {
    async readFile(path) {
      try {
        const { data } = await github.rest.repos.getContent({ ...repo, path });
        if (Array.isArray(data)) throw Object.assign(new Error(`${path} is a folder`), { code: 'EISDIR' });
        if (data.type !== 'file' || !('content' in data)) return undefined;
        return Buffer.from(data.content, 'base64').toString('utf8');
      } catch (error) {
        if (isRequestError(error) && error.status === 404) return undefined;
        throw error;
      }
    },
  };
}

export async function readSettings(
  inputs: Inputs,
  github: GitHubClient,
  repo: RepoRef,
  ours: readonly string[],
): Promise<Settings> {
  const file: AutohealConfig =
    inputs.configFile === undefined
      ? defaultConfig()
      : await readConfigFile(contentsReader(github, repo), inputs.configFile);
  const config = mergeConfig(file, {
    staleDrafts: {
      daysBeforeStale: inputs.daysBeforeStale,
      daysBeforeClose: inputs.daysBeforeClose,
      exemptLabels: inputs.exemptLabels,
      onlyAutoheal: inputs.onlyAutoheal,
      deleteBranch: inputs.deleteBranch,
    },
  }).staleDrafts;
  const stale = inputs.staleLabel.toLowerCase();
  if (config.exemptLabels.some((l) => l.toLowerCase() === stale))
    throw new ConfigurationError(
      `stale-drafts.exempt-labels in ${inputs.configFile ?? 'the config file'} lists the stale label "${inputs.staleLabel}"; every warned draft would then be exempt and lose its label again. Remove it, or set another stale-label.`,
      inputs.configFile === undefined ? undefined : { file: inputs.configFile },
    );
  const floor = budgetFloorProblem(
    inputs.operationsPerRun,
    config.deleteBranch,
    inputs.deleteBranch === undefined
      ? `stale-drafts.delete-branch in ${inputs.configFile ?? 'the config file'}`
      : 'delete-branch',
  );
  if (floor) throw floor;
  return {
    daysBeforeStale: config.daysBeforeStale,
    daysBeforeClose: config.daysBeforeClose,
    rules: { staleAfterMs: config.daysBeforeStale * DAY_MS, closeAfterMs: config.daysBeforeClose * DAY_MS },
    exemptions: {
      labels: config.exemptLabels,
      authors: inputs.exemptAuthors,
      milestones: inputs.exemptMilestones,
      assignees: inputs.exemptAssignees,
      pendingReviews: inputs.exemptPendingReviews,
    },
    staleLabel: inputs.staleLabel,
    onlyAutoheal: config.onlyAutoheal,
    deleteBranch: config.deleteBranch,
    people: { ours, bots: inputs.botLogins },
    operationsPerRun: inputs.operationsPerRun,
    dryRun: inputs.dryRun,
  };
}

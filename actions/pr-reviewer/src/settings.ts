/**
 * The reviewer's settings: `.github/autoheal.yml` (`pr-review`, read from the default branch, which
 * a pull request cannot change) with the action's inputs on top.
 */
import type { AreaRule } from '@autoheal/core/config/areas';
import { globMatcher } from '@autoheal/core/config/globs';
import { loadConfig } from '@autoheal/core/config/loader';
import { mergeConfig } from '@autoheal/core/config/merge';
import { ConfigurationError } from '@autoheal/core/errors';
import type { GitHubClient } from '@autoheal/core/github-client';
import type { RepoRef } from '@autoheal/core/runner-context';
import { readRepoFile } from './github-data.js';
import type { Inputs } from './inputs.js';

export interface ReviewSettings {
  thresholds: number[];
  labelPrefix: string;
  ignore: string[];
  areas: Record<string, AreaRule>;
  includeDrafts: boolean;
  copilotReview: boolean;
}

export async function loadSettings(
  github: GitHubClient,
  repo: RepoRef,
  inputs: Inputs,
): Promise<ReviewSettings> {
  const read = await readRepoFile(github, repo, inputs.configFile);
  if (read.kind === 'directory')
    throw new ConfigurationError(
      `Input "config-file": ${inputs.configFile} is a directory; name the autoheal config YAML file, such as .github/autoheal.yml.`,
      { file: inputs.configFile },
    );
  const config = mergeConfig(loadConfig(read.kind === 'file' ? read.text : undefined, inputs.configFile), {
    prReview: {
      sizeThresholds: inputs.sizeThresholds,
      includeDrafts: inputs.includeDrafts,
      copilotReview: inputs.copilotReview,
    },
  });
  const review = config.prReview;
  return {
    thresholds: review.sizeThresholds,
    labelPrefix: inputs.sizeLabelPrefix,
    ignore: [...review.ignore, ...inputs.ignore],
    areas: review.areas,
    includeDrafts: review.includeDrafts,
    copilotReview: review.copilotReview,
  };
}

/** Area labels earned by the changed paths, in the config's order: `any` when one path matches, `all` when every one does. */
export function matchAreas(areas: Record<string, AreaRule>, paths: readonly string[]): string[] {
  const labels: string[] = [];
  for (const [label, rule] of Object.entries(areas)) {
    if ('any' in rule) {
      const match = globMatcher(rule.any);
      if (paths.some(match)) labels.push(label);
    } else {
      const match = globMatcher(rule.all);
      if (paths.length > 0 && paths.every(match)) labels.push(label);
    }
  }
  return labels;
}

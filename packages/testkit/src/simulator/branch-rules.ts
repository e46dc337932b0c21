import type { SeedRuleset } from './seed-types.js';
import type { SimRepo, SimRuleset, SimulatorState } from './state.js';

/**
 * What a branch requires before a merge: its classic protection (`repo.protection`) and the
 * rulesets that target it. Only required status checks are modelled.
 */

export function addRuleset(state: SimulatorState, repo: SimRepo, seed: SeedRuleset): SimRuleset {
  const id = seed.id ?? state.nextId();
  state.reserveId(id);
  const ruleset: SimRuleset = {
    id,
    name: seed.name,
    enforcement: seed.enforcement ?? 'active',
    branches: [...seed.branches],
    required_status_checks: [...seed.required_status_checks],
  };
  repo.rulesets.push(ruleset);
  return ruleset;
}

/**
 * An fnmatch-style branch pattern as ruleset conditions take them: `*` within one path segment,
 * `**` across segments, `?` one character; `refs/heads/` may be written or left out.
 */
export function branchPattern(pattern: string): RegExp {
  const bare = pattern.replace(/^refs\/heads\//, '');
  let out = '';
  for (let i = 0; i < bare.length; i++) {
    const c = bare[i]!;
    if (c === '*' && bare[i + 1] === '*') {
      out += '.*';
      i++;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

export function rulesetTargets(repo: SimRepo, ruleset: SimRuleset, branch: string): boolean {
  return ruleset.branches.some((p) => {
    if (p === '~ALL') return true;
    if (p === '~DEFAULT_BRANCH') return branch === repo.default_branch;
    return branchPattern(p).test(branch);
  });
}

/** The active rulesets that apply to a branch (whether or not it exists, as GitHub answers). */
export function rulesetsFor(repo: SimRepo, branch: string): SimRuleset[] {
  return repo.rulesets.filter((r) => r.enforcement === 'active' && rulesetTargets(repo, r, branch));
}

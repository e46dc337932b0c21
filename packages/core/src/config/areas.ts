import { isMap } from 'yaml';
import type { At, ReadContext } from './read-context.js';
import { got } from './read-context.js';
import { globs, labelProblem, mapEntries, type Setting, unknownKey } from './settings.js';

/** Which changed files earn a pull request an area label. */
export type AreaRule = { any: string[] } | { all: string[] };

const RULE_KEYS = ['any', 'all'] as const;
const ruleGlobs = globs({ minItems: 1 });

function readRule(at: At, path: string, ctx: ReadContext): AreaRule | undefined {
  if (at.node === null || !isMap(at.node)) {
    ctx.fail(path, at.offset, `must be a map with "any" or "all" and a list of globs; ${got(at.node)}`);
    return undefined;
  }
  const entries = mapEntries(at, path, ctx);
  if (entries === undefined) return undefined;
  const before = ctx.errors.length;
  const rules: AreaRule[] = [];
  for (const entry of entries) {
    if (entry.key !== 'any' && entry.key !== 'all') {
      unknownKey(entry, path, RULE_KEYS, ctx);
      continue;
    }
    const list = ruleGlobs.read(entry.at, entry.path, ctx);
    if (list !== undefined) rules.push(entry.key === 'any' ? { any: list } : { all: list });
  }
  if (ctx.errors.length > before) return undefined;
  if (rules.length !== 1) {
    ctx.fail(
      path,
      at.offset,
      rules.length === 0
        ? 'must have "any" or "all" with a list of globs'
        : 'must have "any" or "all", not both; make two areas instead',
    );
    return undefined;
  }
  return rules[0];
}

export const areasSetting: Setting<Record<string, AreaRule>> = {
  type: 'map of label → rule',
  description:
    'Area labels for pull requests: `<label>: { any: [globs] }` labels a PR when any changed file matches, ' +
    '`<label>: { all: [globs] }` when every changed file does.',
  default: {},
  read(at, path, ctx) {
    const entries = mapEntries(at, path, ctx, 'a map of labels to rules');
    if (entries === undefined) return undefined;
    const before = ctx.errors.length;
    const rules: [string, AreaRule][] = [];
    for (const entry of entries) {
      const problem = labelProblem(entry.key);
      if (problem !== undefined) ctx.fail(entry.path, entry.keyOffset, problem);
      const rule = readRule(entry.at, entry.path, ctx);
      if (rule !== undefined) rules.push([entry.key, rule]);
    }
    // fromEntries defines own properties, so a label named `__proto__` stays a label.
    return ctx.errors.length > before ? undefined : Object.fromEntries(rules);
  },
  rows: (path) => [
    {
      key: `${path}.<label>.any`,
      type: 'list of globs',
      description: 'Label when any changed file matches.',
    },
    {
      key: `${path}.<label>.all`,
      type: 'list of globs',
      description: 'Label when every changed file matches.',
    },
  ],
};

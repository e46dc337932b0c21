import type { Block, BlockHit } from './blocks.js';
import { type FailureCategory, ROOT_CAUSE_RANK } from './categories.js';
import type { Selected } from './localize.js';

/**
 * Naming the cause. A finding's category is the one its strongest categorised line states; a
 * test runner's verdict keeps what the tests printed (a refused connection inside a failed test is
 * the test's failure) unless the machine itself gave out. The run's category is its top finding's,
 * unless another chosen finding names a root cause (disk, memory, the runner, a timeout).
 */

const ENVIRONMENT: ReadonlySet<FailureCategory> = new Set([
  'resource_exhaustion',
  'infrastructure',
  'timeout',
]);

export interface Verdict {
  category: FailureCategory;
  /** The hit that decided it, when one did. */
  hit?: BlockHit;
  weight: number;
}

function hitsOf(blocks: readonly Block[]): BlockHit[] {
  const all: BlockHit[] = [];
  for (const b of blocks) {
    for (const h of b.headers) all.push(h);
    for (const h of b.hits) all.push(h);
  }
  return all;
}

export function classifyBlocks(blocks: readonly Block[]): Verdict {
  const hits = hitsOf(blocks).filter((h) => h.category !== undefined);
  if (hits.length === 0) return { category: 'unknown', weight: 0 };
  const user = hits.find((h) => h.rule.tool === 'user');
  if (user) return { category: user.category!, hit: user, weight: user.rule.weight };
  const environment = hits
    .filter((h) => ENVIRONMENT.has(h.category!) && h.rule.weight >= 0.8)
    .sort((a, b) => b.rule.weight - a.rule.weight)[0];
  if (environment)
    return { category: environment.category!, hit: environment, weight: environment.rule.weight };
  // A package that cannot be resolved stops a test suite before any test runs: the root cause,
  // whatever the runner then reports about the suite.
  const unresolved = hits.filter((h) => h.category === 'missing_dependency' && h.rule.weight >= 0.9);
  if (unresolved.length > 0) {
    const first = unresolved[0]!;
    return { category: first.category!, hit: first, weight: first.rule.weight };
  }
  const tests = hits.filter((h) => h.category === 'test_failure' && h.rule.weight >= 0.85);
  const pool = tests.length > 0 ? tests : hits;
  // Strongest line first; between equally strong lines, the likelier root cause.
  const best = [...pool].sort(
    (a, b) =>
      b.rule.weight +
      0.01 * ROOT_CAUSE_RANK[b.category!] -
      (a.rule.weight + 0.01 * ROOT_CAUSE_RANK[a.category!]),
  )[0]!;
  return { category: best.category!, hit: best, weight: best.rule.weight };
}

/** Words in a step's name that say what it runs: a weak prior when no line was recognised. */
export function categoryFromStepName(name: string | undefined): FailureCategory | undefined {
  if (!name) return undefined;
  if (
    /\b(?:lint|eslint|ruff|flake8|black|prettier|fmt|format|gofmt|staticcheck|golangci|clippy|rubocop|checkstyle|vet|style)\b/i.test(
      name,
    )
  )
    return 'lint_failure';
  if (/\b(?:test|tests|pytest|jest|vitest|mocha|rspec|junit|e2e)\b/i.test(name)) return 'test_failure';
  if (/\b(?:build|compile|tsc|typecheck|javac|cargo build|make)\b/i.test(name)) return 'compile_error';
  if (/\b(?:install|dependencies|deps|npm ci|pnpm install|yarn install|pip install|restore)\b/i.test(name))
    return 'missing_dependency';
  if (/\bdocker\b/i.test(name)) return 'docker_failure';
  return undefined;
}

export interface RunVerdict {
  category: FailureCategory;
  /** Index into the findings of the one that decided the category. */
  decidedBy: number;
}

export function classifyRun(
  findings: readonly { category: FailureCategory; weight: number; score: number }[],
): RunVerdict {
  if (findings.length === 0) return { category: 'unknown', decidedBy: -1 };
  const top = findings[0]!;
  const best = top.score;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (ENVIRONMENT.has(f.category) && f.weight >= 0.8 && f.score >= best * 0.3)
      return { category: f.category, decidedBy: i };
  }
  if (top.category !== 'unknown') return { category: top.category, decidedBy: 0 };
  const named = findings.findIndex((f) => f.category !== 'unknown' && f.score >= best * 0.5);
  return named >= 0
    ? { category: findings[named]!.category, decidedBy: named }
    : { category: 'unknown', decidedBy: 0 };
}

export type { Selected };

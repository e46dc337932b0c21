import { describe, expect, it } from 'vitest';
import { repoRoot } from '../src/actions.js';
import { checkTemplates, listTemplates } from '../src/templates/check-templates.js';
import { formatProblem } from '../src/templates/problem.js';
import { auditRepository } from '../src/templates/repository-audits.js';

describe("the repository's own workflow templates", () => {
  it('pass GitHub’s workflow parser, actionlint and every security rule, with published copies identical', async () => {
    const templates = await listTemplates(repoRoot);
    expect(templates.map((t) => t.replace(/^.*\//, ''))).toEqual(
      expect.arrayContaining(['auto-heal.yml', 'update-workflow-list.yml']),
    );
    const problems = await checkTemplates(repoRoot);
    expect(problems.map(formatProblem)).toEqual([]);
  }, 60_000);

  it('.github/workflows and every README workflow example pass the security audits', async () => {
    const problems = await auditRepository(repoRoot);
    expect(problems.map(formatProblem)).toEqual([]);
  });
});

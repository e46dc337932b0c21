/**
 * `node scripts/lib/check-templates.js [root]`: checks every `workflows-templates/*.yml` (GitHub's
 * workflow parser, actionlint, autoheal's security rules) and that reusable ones are published
 * byte-identical in `.github/workflows/`; runs the security audits over every workflow in
 * `.github/workflows/` and every workflow example in the READMEs. Prints one `::error file=…,line=…::` per problem, so each
 * shows as an annotation on its line in CI, and exits 1 if there is any.
 */
import path from 'node:path';
import { checkTemplates, listTemplates } from './templates/check-templates.js';
import { formatProblem, sortProblems } from './templates/problem.js';
import { TEMPLATES_DIR } from './templates/published-copies.js';
import { auditRepository } from './templates/repository-audits.js';

async function main(): Promise<number> {
  const root = path.resolve(process.argv[2] ?? process.cwd());
  const templates = await listTemplates(root);
  if (templates.length === 0) console.log(`No workflow templates in ${TEMPLATES_DIR}/ yet.`);
  const problems = sortProblems([...(await checkTemplates(root)), ...(await auditRepository(root))]);
  // Workflow commands go to stdout, where the runner reads them.
  for (const problem of problems) console.log(formatProblem(problem));
  console.log(
    problems.length === 0
      ? `${templates.length} workflow template(s), the repository's workflows and README examples pass.`
      : `${problems.length} problem(s) in ${new Set(problems.map((p) => p.file)).size} file(s).`,
  );
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = await main();

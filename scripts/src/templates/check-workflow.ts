/** All checks on one workflow file: GitHub's parser, actionlint, and autoheal's security rules. */
import { checkWithActionlint } from './actionlint-check.js';
import { checkWithWorkflowParser } from './parser-check.js';
import { type Problem, sortProblems } from './problem.js';
import { checkSecurityRules } from './security-rules.js';
import { WorkflowDocument } from './workflow-document.js';

/** Checks a parsed workflow; `doc.file` names it in every problem. */
export async function checkWorkflowDocument(doc: WorkflowDocument): Promise<Problem[]> {
  const [parsed, linted] = await Promise.all([
    checkWithWorkflowParser(doc.text, doc.file),
    checkWithActionlint(doc.text, doc.file),
  ]);
  return sortProblems([...parsed, ...linted, ...checkSecurityRules(doc)]);
}

/** Checks workflow YAML `text`, reporting problems against `file`; an empty list means it passes. */
export function checkWorkflowText(text: string, file: string): Promise<Problem[]> {
  return checkWorkflowDocument(new WorkflowDocument(text, file));
}

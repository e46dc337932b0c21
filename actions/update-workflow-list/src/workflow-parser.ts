/** GitHub's own workflow parser: the last check before a rewritten workflow is written (a file it rejects is never written). */
export {
  type WorkflowParserProblem as ParserProblem,
  workflowParserProblems,
} from '@autoheal/core/workflow-parser';

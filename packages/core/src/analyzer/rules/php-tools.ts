import type { Rule } from '../rule.js';

/**
 * PHP tools beyond PHPUnit and Composer (php.ts): PHPStan's table output, Pest (and Laravel's
 * `artisan test`, both printed by nunomaduro/collision) and the TeamCity service messages of
 * `pest --teamcity`/`phpunit --teamcity`. From packages/fixtures/ecosystems/php (PHPStan's
 * formatter test data, Pest's output snapshots).
 */

/** TeamCity's escapes in a service message value: |' |n |r |[ |] || (and |0x… code points). */
function teamcityValue(raw: string): string {
  return raw.replace(/\|(0x[0-9a-fA-F]{4}|.)/g, (_, c: string) =>
    c === 'n'
      ? '\n'
      : c === 'r'
        ? '\r'
        : c.startsWith('0x')
          ? String.fromCharCode(Number.parseInt(c.slice(2), 16))
          : c,
  );
}

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
  {
    // Collision's failure heading (Pest, `php artisan test`): "   FAILED  Tests\Feature\UserTest >
    // it creates a user          Exception   " (the exception's class right-aligned, absent for a
    // failed assertion), then the message up to a blank line, then "at file:line" and the source.
    // `[^>]*` cannot pass the " > " it stops at, so the split is found in one pass.
    id: 'pest.failed',
    tool: 'pest',
    anchors: ['FAILED  '],
    pattern: /^ {1,3}FAILED {2}([^\s>][^>]*) > (\S.*)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    follow: 'until-blank',
    // The test's name ends where the right-aligned class (after a run of spaces) starts.
    facts: (m) => ({ tool: 'pest', tests: [`${m[1]!.trimEnd()} > ${m[2]!.split(/ {2,}/)[0]!.trimEnd()}`] }),
  },
  {
    // TeamCity service messages (`pest --teamcity`, `phpunit --teamcity`, and other runners'
    // TeamCity reporters): "##teamcity[testFailed name='…' message='…' details='…' …]". Values
    // escape ' and | and newlines with "|", so a value is a run of plain or escaped characters.
    id: 'teamcity.test-failed',
    tool: 'teamcity',
    anchors: ['##teamcity[testFailed '],
    pattern: /^##teamcity\[testFailed name='((?:[^'|]|\|.)*)'/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    facts: (m) => ({ tool: 'teamcity', tests: [teamcityValue(m[1]!)] }),
  },
];

import { describe, expect, it } from 'vitest';
import {
  CODEOWNERS_MAX_BYTES,
  CODEOWNERS_PATHS,
  ownersOf,
  ownersOfChange,
  ownerText,
  parseCodeowners,
  ruleFor,
} from '../../src/pr/codeowners.js';

/** The example file of GitHub's "About code owners" page (lines shortened to what matters). */
const GITHUB_EXAMPLE = `# This is a comment.
*       @global-owner1 @global-owner2
*.js    @js-owner #This is an inline comment.
*.go docs@example.com
*.txt @octo-org/octocats
/build/logs/ @doctocat
docs/* docs@example.com
apps/ @octocat
/scripts/ @doctocat @octocat
**/logs @octocat
`;

function owners(text: string, path: string): string[] {
  return ownersOf(parseCodeowners(text), path).map(ownerText);
}

describe('CODEOWNERS', () => {
  it('looks where GitHub looks, in its order', () => {
    expect(CODEOWNERS_PATHS).toEqual(['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']);
  });

  it('resolves GitHub’s documented example', () => {
    expect(owners(GITHUB_EXAMPLE, 'some/deeply/nested/file.rb')).toEqual([
      '@global-owner1',
      '@global-owner2',
    ]);
    expect(owners(GITHUB_EXAMPLE, 'src/app.js')).toEqual(['@js-owner']);
    expect(owners(GITHUB_EXAMPLE, 'cmd/main.go')).toEqual(['docs@example.com']);
    expect(owners(GITHUB_EXAMPLE, 'notes/todo.txt')).toEqual(['@octo-org/octocats']);
    // `apps/` owns an apps directory anywhere, at any depth below it.
    expect(owners(GITHUB_EXAMPLE, 'web/apps/shop/cart.rb')).toEqual(['@octocat']);
    // `/scripts/` is anchored: only the root scripts directory.
    expect(owners(GITHUB_EXAMPLE, 'scripts/deploy/run.sh')).toEqual(['@doctocat', '@octocat']);
    expect(owners(GITHUB_EXAMPLE, 'tools/scripts/run.sh')).toEqual(['@global-owner1', '@global-owner2']);
  });

  it('lets the last matching line win, even over a more specific earlier one', () => {
    // build/logs/a.txt matches *.txt, /build/logs/ and **/logs: the last one decides.
    expect(owners(GITHUB_EXAMPLE, 'build/logs/a.txt')).toEqual(['@octocat']);
    expect(ruleFor(parseCodeowners(GITHUB_EXAMPLE), 'build/logs/a.txt')?.line).toBe(10);
    const text = '/src/api/ @api-team-lead\n*.ts @ts-reviewer\n';
    expect(owners(text, 'src/api/handler.ts')).toEqual(['@ts-reviewer']);
    expect(owners(text, 'src/api/schema.json')).toEqual(['@api-team-lead']);
  });

  it('owns only files directly in a directory for a pattern ending in /*', () => {
    const text = '* @everyone\ndocs/* docs@example.com\n';
    expect(owners(text, 'docs/getting-started.md')).toEqual(['docs@example.com']);
    expect(owners(text, 'docs/build-app/troubleshooting.md')).toEqual(['@everyone']);
  });

  it('matches **/logs at any depth and everything inside it', () => {
    const text = '**/logs @octocat\n';
    for (const path of ['logs/a', 'build/logs/a', 'deeply/nested/logs/x/y.txt'])
      expect(owners(text, path)).toEqual(['@octocat']);
    expect(owners(text, 'logsearch/a')).toEqual([]);
  });

  it('leaves a path unowned when the deciding line names no owner', () => {
    const parsed = parseCodeowners('/apps/ @octocat\n/apps/github\n');
    expect(ownersOf(parsed, 'apps/main/index.js').map(ownerText)).toEqual(['@octocat']);
    expect(ownersOf(parsed, 'apps/github/index.js')).toEqual([]);
    expect(ruleFor(parsed, 'apps/github/index.js')?.line).toBe(2);
    expect(ruleFor(parsed, 'README.md')).toBeUndefined();
  });

  it('skips the lines GitHub does not support and says why, keeping the rest', () => {
    const parsed = parseCodeowners(
      [
        '*.md @docs',
        '!secret.md @nobody',
        '[ab].js @ranges',
        '\\#notes @hash',
        '*.rb not-an-owner',
        '*.py @py',
      ].join('\n'),
    );
    expect(parsed.rules.map((r) => r.pattern)).toEqual(['*.md', '*.py']);
    expect(parsed.problems.map((p) => p.line)).toEqual([2, 3, 4, 5]);
    expect(parsed.problems[0]!.message).toMatch(/negate/);
    expect(parsed.problems[1]!.message).toMatch(/character range/);
    expect(parsed.problems[2]!.message).toMatch(/escapes a leading "#"/);
    expect(parsed.problems[3]!.message).toMatch(/"not-an-owner" is not an owner/);
    // A skipped line takes nothing from an earlier line: it is as if it were not there.
    expect(owners('* @global\n*.rb not-an-owner\n', 'lib/a.rb')).toEqual(['@global']);
  });

  it('reads escaped spaces, CRLF line ends and paths with dots', () => {
    const text = 'docs/My\\ Guide.md @writer\r\n.github/workflows/ @org/ci-admins\r\n';
    expect(owners(text, 'docs/My Guide.md')).toEqual(['@writer']);
    expect(owners(text, '.github/workflows/ci.yml')).toEqual(['@org/ci-admins']);
  });

  it('does not use a file of 3 MB or more', () => {
    const big = `* @someone\n${'#'.repeat(CODEOWNERS_MAX_BYTES)}`;
    const parsed = parseCodeowners(big);
    expect(parsed.rules).toEqual([]);
    expect(parsed.problems[0]!.message).toMatch(/3 MB/);
  });

  it('collects the owners of a change: users and teams de-duplicated, e-mails apart, unowned listed', () => {
    const parsed = parseCodeowners(
      '* @Alice\n/src/ @alice @octo-org/Core\n/docs/ docs@example.com\n/vendor/\n',
    );
    const result = ownersOfChange(parsed, ['src/a.ts', 'src/b.ts', 'README.md', 'docs/x.md', 'vendor/lib.c']);
    expect(result.users).toEqual(['alice']);
    expect(result.teams).toEqual([{ org: 'octo-org', slug: 'Core' }]);
    expect(result.emails).toEqual(['docs@example.com']);
    expect(result.unowned).toEqual(['vendor/lib.c']);
  });
});

import { describe, expect, it } from 'vitest';
import { detectRisks, pathWords } from '../../src/pr/risk.js';
import type { ChangedFile } from '../../src/pr/size.js';

function changed(...paths: string[]): ChangedFile[] {
  return paths.map((path) => ({ path, status: 'modified', additions: 1, deletions: 0 }));
}

function ids(...paths: string[]): string[] {
  return detectRisks(changed(...paths)).map((r) => r.id);
}

describe('risk flags', () => {
  it('flags workflows and actions', () => {
    expect(ids('.github/workflows/ci.yml')).toEqual(['workflows']);
    expect(ids('.github/actions/setup/action.yml')).toEqual(['workflows']);
    expect(ids('tools/release/action.yaml')).toEqual(['workflows']);
    expect(ids('.github/ISSUE_TEMPLATE/bug.yml', 'docs/workflows.md')).toEqual([]);
  });

  it('flags a lockfile changed without a manifest at or below its directory', () => {
    expect(ids('package-lock.json')).toEqual(['lockfile-only']);
    expect(ids('package-lock.json', 'package.json')).toEqual([]);
    expect(ids('pnpm-lock.yaml', 'packages/web/package.json')).toEqual([]);
    expect(ids('services/api/go.sum', 'go.mod')).toEqual(['lockfile-only']);
    expect(ids('services/api/go.sum', 'services/api/go.mod')).toEqual([]);
    expect(ids('src/App/packages.lock.json', 'src/App/App.csproj')).toEqual([]);
  });

  it('flags migrations', () => {
    expect(ids('db/migrate/20240101_add_users.rb')).toEqual(['migrations']);
    expect(ids('app/migrations/0002_auto.py')).toEqual(['migrations']);
    expect(ids('alembic/versions/abc123_add.py')).toEqual(['migrations']);
    expect(ids('sql/V2_1__add_index.sql')).toEqual(['migrations']);
    expect(ids('src/migrate.ts')).toEqual([]);
  });

  it('flags auth and crypto code by whole words of the path, camelCase included', () => {
    expect(ids('src/auth/middleware.ts')).toEqual(['auth-crypto']);
    expect(ids('lib/UserSession.kt')).toEqual(['auth-crypto']);
    expect(ids('pkg/crypto/aes.go')).toEqual(['auth-crypto']);
    expect(ids('src/oauth2-client.js')).toEqual(['auth-crypto']);
    expect(
      ids('src/author.ts', 'src/tokenizer.ts', 'docs/authoring-guide.md', 'src/passwordless-ui.css'),
    ).toEqual([]);
    expect(pathWords('src/OAuthProvider/JWTVerifier.ts')).toEqual([
      'src',
      'o',
      'auth',
      'provider',
      'jwt',
      'verifier',
      'ts',
    ]);
  });

  it('flags CODEOWNERS in any of the places GitHub reads it', () => {
    expect(ids('.github/CODEOWNERS')).toEqual(['codeowners']);
    expect(ids('docs/CODEOWNERS')).toEqual(['codeowners']);
    expect(ids('src/CODEOWNERS')).toEqual([]);
  });

  it('lists the paths behind each flag, in a fixed order, with a checklist', () => {
    const flags = detectRisks([
      ...changed('.github/CODEOWNERS', 'src/auth/a.ts', '.github/workflows/ci.yml', 'src/auth/b.ts'),
      {
        path: 'src/security/session.ts',
        previousPath: 'src/old.ts',
        status: 'renamed',
        additions: 0,
        deletions: 0,
      },
    ]);
    expect(flags.map((f) => f.id)).toEqual(['workflows', 'auth-crypto', 'codeowners']);
    expect(flags[1]!.files).toEqual(['src/auth/a.ts', 'src/auth/b.ts', 'src/security/session.ts']);
    for (const flag of flags) expect(flag.checklist.length).toBeGreaterThanOrEqual(2);
  });
});

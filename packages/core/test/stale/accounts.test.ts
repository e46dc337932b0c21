import { describe, expect, it } from 'vitest';
import {
  classifyAccount,
  classifyGitIdentity,
  isBotAccount,
  normaliseLogin,
  type PeoplePolicy,
} from '../../src/stale/accounts.js';

const policy: PeoplePolicy = { ours: ['github-actions[bot]', 'Autoheal-Machine'], bots: ['renovate-runner'] };

describe('classifyAccount', () => {
  it('tells people, bots, autoheal and the platform apart by the login the API returns', () => {
    expect(classifyAccount({ login: 'alice', type: 'User' }, policy)).toBe('person');
    expect(classifyAccount({ login: 'dependabot[bot]', type: 'Bot' }, policy)).toBe('bot');
    // The [bot] suffix alone marks a bot (no person can register it), even without a type.
    expect(classifyAccount({ login: 'some-app[bot]' }, policy)).toBe('bot');
    expect(classifyAccount({ login: 'weird', type: 'Bot' }, policy)).toBe('bot');
    expect(classifyAccount({ login: 'github-actions[bot]', type: 'Bot' }, policy)).toBe('ours');
    expect(classifyAccount({ login: 'web-flow', type: 'User' }, policy)).toBe('platform');
  });

  it('compares logins ignoring case, and counts listed machine users as bots', () => {
    expect(classifyAccount({ login: 'autoheal-machine', type: 'User' }, policy)).toBe('ours');
    expect(classifyAccount({ login: 'GitHub-Actions[bot]' }, policy)).toBe('ours');
    expect(classifyAccount({ login: 'Renovate-Runner', type: 'User' }, policy)).toBe('bot');
  });

  it('does not take the bare app name for the app: github-actions is not github-actions[bot]', () => {
    expect(classifyAccount({ login: 'github-actions', type: 'User' }, policy)).toBe('person');
    expect(isBotAccount({ login: 'github-actions', type: 'User' })).toBe(false);
  });
});

describe('classifyGitIdentity', () => {
  it('reads the account from GitHub noreply addresses', () => {
    expect(
      classifyGitIdentity(
        { name: 'x', email: '41898282+github-actions[bot]@users.noreply.github.com' },
        policy,
      ),
    ).toBe('ours');
    expect(classifyGitIdentity({ name: 'Alice', email: '123+alice@users.noreply.github.com' }, policy)).toBe(
      'person',
    );
    expect(classifyGitIdentity({ name: 'Bob', email: 'bob@users.noreply.github.com' }, policy)).toBe(
      'person',
    );
  });

  it('treats GitHub as the platform and [bot] names as bots; anyone else as a person', () => {
    expect(classifyGitIdentity({ name: 'GitHub', email: 'noreply@github.com' }, policy)).toBe('platform');
    expect(classifyGitIdentity({ name: 'renovate[bot]', email: 'bot@renovateapp.com' }, policy)).toBe('bot');
    expect(classifyGitIdentity({ name: 'Renovate-Runner', email: 'r@example.com' }, policy)).toBe('bot');
    expect(classifyGitIdentity({ name: 'Carol', email: 'carol@example.com' }, policy)).toBe('person');
    expect(classifyGitIdentity({}, policy)).toBe('person');
  });
});

describe('normaliseLogin', () => {
  it('turns the search syntax app/name into the API login name[bot]', () => {
    expect(normaliseLogin('app/github-actions')).toBe('github-actions[bot]');
    expect(normaliseLogin(' my-app[bot] ')).toBe('my-app[bot]');
    expect(normaliseLogin('octocat')).toBe('octocat');
  });

  it('rejects what is not a login', () => {
    expect(normaliseLogin('two words')).toBeUndefined();
    expect(normaliseLogin('@octocat')).toBeUndefined();
    expect(normaliseLogin('app/')).toBeUndefined();
    expect(normaliseLogin('')).toBeUndefined();
  });
});

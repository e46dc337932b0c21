/**
 * Who did something on a pull request. Idle time counts only what people do, so every actor is
 * sorted into one of four kinds: a person, a bot, autoheal itself, or GitHub's own platform
 * account (`web-flow`, the committer of commits made in the web editor or signed by GitHub).
 *
 * Logins are compared as the REST API returns them, ignoring case (GitHub logins are
 * case-insensitive): an app is `name[bot]`, never `app/name` (the search syntax) nor bare `name`.
 */

/** An account as the REST API shows it in `user`, `actor` or a commit's `author`. */
export interface Account {
  login: string;
  /** `User`, `Bot`, `Organization` or `Mannequin`; absent when the API gave none. */
  type?: string | null | undefined;
}

/** A git signature (name, email, date) of a commit, for commits not linked to an account. */
export interface GitIdentity {
  name?: string | null | undefined;
  email?: string | null | undefined;
  date?: string | null | undefined;
}

export type ActorKind = 'person' | 'bot' | 'ours' | 'platform';

/** Which logins are autoheal and which other accounts are bots, besides those GitHub marks as bots. */
export interface PeoplePolicy {
  /** The logins autoheal posts as (`github-actions[bot]`, `my-app[bot]`, a machine user). */
  ours: readonly string[];
  /** More accounts whose activity does not count: machine users that GitHub shows as people. */
  bots: readonly string[];
}

/** GitHub's account for web-editor commits and commits it signs; neither a person nor a bot. */
const PLATFORM_LOGINS = new Set(['web-flow']);
const PLATFORM_EMAIL = 'noreply@github.com';
// `12345+login@users.noreply.github.com` or the older `login@users.noreply.github.com`.
const NOREPLY = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/i;

// A GitHub login, with the `[bot]` suffix the API gives apps.
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,38})(?:\[bot\])?$/;

function includesLogin(list: readonly string[], login: string): boolean {
  const wanted = login.toLowerCase();
  return list.some((l) => l.toLowerCase() === wanted);
}

/** True for the API's bot accounts: `type: Bot`, or a login with the `[bot]` suffix no person can register. */
export function isBotAccount(account: Account): boolean {
  return account.type === 'Bot' || /\[bot\]$/i.test(account.login);
}

export function classifyAccount(account: Account, policy: PeoplePolicy): ActorKind {
  if (includesLogin(policy.ours, account.login)) return 'ours';
  if (PLATFORM_LOGINS.has(account.login.toLowerCase())) return 'platform';
  if (isBotAccount(account) || includesLogin(policy.bots, account.login)) return 'bot';
  return 'person';
}

/**
 * A commit signature with no linked account: GitHub's noreply address names the account; a
 * `[bot]` in the name or address marks a bot; anything else is taken to be a person.
 */
export function classifyGitIdentity(identity: GitIdentity, policy: PeoplePolicy): ActorKind {
  const email = (identity.email ?? '').trim();
  const name = (identity.name ?? '').trim();
  if (email.toLowerCase() === PLATFORM_EMAIL) return 'platform';
  const noreply = NOREPLY.exec(email);
  if (noreply) return classifyAccount({ login: noreply[1]! }, policy);
  if (name !== '' && includesLogin(policy.ours, name)) return 'ours';
  if (/\[bot\]/i.test(name) || /\[bot\]/i.test(email)) return 'bot';
  if (name !== '' && includesLogin(policy.bots, name)) return 'bot';
  return 'person';
}

/**
 * A login as the API writes it, from what a user typed: `app/name` (the search syntax for an
 * app) becomes `name[bot]`. Undefined when the result is not a login.
 */
export function normaliseLogin(raw: string): string | undefined {
  const text = raw.trim();
  const app = /^app\/(.+)$/i.exec(text);
  const login = app ? `${app[1]}[bot]` : text;
  return LOGIN.test(login) ? login : undefined;
}

export function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

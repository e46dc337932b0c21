import type { SimUser } from './state.js';
import { nodeId, type Urls } from './urls.js';

/** Users as GitHub's `simple-user`, `public-user` and `private-user` schemas show them. */

export type JsonObject = Record<string, unknown>;

export function simpleUser(urls: Urls, user: SimUser): JsonObject {
  const url = urls.user(user.login);
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type, user.id),
    avatar_url: urls.avatar(user.id),
    gravatar_id: '',
    url,
    html_url:
      user.type === 'Bot'
        ? `${urls.web}/apps/${user.login.replace(/\[bot\]$/, '')}`
        : urls.userHtml(user.login),
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: user.site_admin,
  };
}

export function publicUser(urls: Urls, user: SimUser, counts: { publicRepos: number }): JsonObject {
  return {
    ...simpleUser(urls, user),
    name: user.name,
    company: null,
    blog: '',
    location: null,
    email: user.email,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: counts.publicRepos,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: user.created_at,
    updated_at: user.created_at,
  };
}

/** `GET /user` for a person; GitHub adds the private counters only for the token's own account. */
export function privateUser(
  urls: Urls,
  user: SimUser,
  counts: { publicRepos: number; privateRepos: number },
): JsonObject {
  return {
    ...publicUser(urls, user, counts),
    private_gists: 0,
    total_private_repos: counts.privateRepos,
    owned_private_repos: counts.privateRepos,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
    plan: { name: 'free', space: 976562499, collaborators: 0, private_repos: 10000 },
  };
}

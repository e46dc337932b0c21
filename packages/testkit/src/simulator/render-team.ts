import type { JsonObject } from './render-user.js';
import type { CollaboratorRole, SimRepo, SimTeam, SimulatorState } from './state.js';
import { nodeId, type Urls } from './urls.js';

/** Teams as GitHub's `team` schema shows them (requested reviewers, `requested_teams`). */

/** The legacy permission names teams are listed with (`push` for write, `pull` for read). */
const LEGACY_PERMISSION: Record<CollaboratorRole, string> = {
  admin: 'admin',
  maintain: 'maintain',
  write: 'push',
  triage: 'triage',
  read: 'pull',
};

export function teamJson(state: SimulatorState, urls: Urls, repo: SimRepo, team: SimTeam): JsonObject {
  const org = state.ensureUser(repo.owner);
  const url = `${urls.api}/organizations/${org.id}/team/${team.id}`;
  const role = team.permission;
  return {
    id: team.id,
    node_id: nodeId('Team', team.id),
    url,
    html_url: `${urls.web}/orgs/${encodeURIComponent(org.login)}/teams/${team.slug}`,
    name: team.name,
    slug: team.slug,
    description: team.description,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: LEGACY_PERMISSION[role],
    permissions: {
      pull: true,
      triage: role !== 'read',
      push: role === 'write' || role === 'maintain' || role === 'admin',
      maintain: role === 'maintain' || role === 'admin',
      admin: role === 'admin',
    },
    members_url: `${url}/members{/member}`,
    repositories_url: `${url}/repos`,
    type: 'organization',
    organization_id: org.id,
    parent: null,
  };
}

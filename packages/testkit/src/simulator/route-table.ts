import type { HttpMethod, RouteDef } from './route-types.js';
import { actionsRoutes } from './routes-actions.js';
import { checkRoutes } from './routes-checks.js';
import { gitRoutes } from './routes-git.js';
import { issueRoutes, labelRoutes } from './routes-issues.js';
import { orgRoutes } from './routes-orgs.js';
import { pullRoutes } from './routes-pulls.js';
import { repoRoutes } from './routes-repos.js';
import { userRoutes } from './routes-users.js';

/** Every route the simulator serves; the contract test checks each against GitHub's OpenAPI description. */
export const SIMULATOR_ROUTES: readonly RouteDef[] = [
  ...repoRoutes,
  ...gitRoutes,
  ...issueRoutes,
  ...labelRoutes,
  ...pullRoutes,
  ...actionsRoutes,
  ...checkRoutes,
  ...userRoutes,
  ...orgRoutes,
];

export interface RouteSummary {
  method: HttpMethod;
  path: string;
  operationId: string;
  documentationUrl: string;
}

/** The route table without handlers: method, OpenAPI path template, operationId, docs page. */
export function simulatorRoutes(): RouteSummary[] {
  return SIMULATOR_ROUTES.map((r) => ({
    method: r.method,
    path: r.path,
    operationId: r.operationId,
    documentationUrl: `https://docs.github.com/rest/${r.docs}`,
  }));
}

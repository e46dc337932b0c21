import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (scripts/lib/*.js and scripts/src/*.ts are both two levels down). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ActionFolder {
  name: string;
  dir: string;
  /** The compiled entry ncc bundles (tsc -b writes it). */
  entry: string;
}

/** Every action in `actions/`: a folder with an action.yml. */
export function findActions(root: string = repoRoot): ActionFolder[] {
  const actionsDir = path.join(root, 'actions');
  if (!existsSync(actionsDir)) return [];
  return readdirSync(actionsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(actionsDir, d.name, 'action.yml')))
    .map((d) => ({
      name: d.name,
      dir: path.join(actionsDir, d.name),
      entry: path.join(actionsDir, d.name, 'lib', 'main.js'),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: this file is packages/cli/{src,lib}/paths.{ts,js}. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export const ACTIONS_DIR = path.join(REPO_ROOT, 'actions');

/** The demo's world: a repository whose CI failed with a real log (used by serve-github and run-action by default). */
export const DEMO_SEED = path.join(REPO_ROOT, 'packages', 'testkit', 'seeds', 'demo.json');

/**
 * Paths in logs are the runner's (`/home/runner/work/<repo>/<repo>/src/a.js`); fixes need them
 * relative to the repository.
 */

// The checkout directory: `<work>/<repo>/<repo>/` on hosted (Linux, macOS, Windows), container
// (`/__w`) and self-hosted (`…/_work`) runners; `/github/workspace/` inside container actions.
const WORKSPACE =
  /^(?:(?:\/home\/runner\/work|\/Users\/runner\/work|\/__w|\/(?:[^/]+\/)*_work|[A-Za-z]:\/a|[A-Za-z]:\/(?:[^/]+\/)*_work)\/([^/]+)\/\1\/|\/github\/workspace\/)(.+)$/;

/** The repository-relative path of a file the runner named, or undefined when it is outside the checkout. */
export function repoPath(runnerPath: string): string | undefined {
  let path = runnerPath
    .trim()
    .replace(/^file:\/\//, '')
    .replace(/\\/g, '/');
  if (/^\/[A-Za-z]:\//.test(path)) path = path.slice(1);
  const m = WORKSPACE.exec(path);
  if (!m) return undefined;
  const parts: string[] = [];
  for (const part of m[2]!.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length > 0 ? parts.join('/') : undefined;
}

/** A relative path as printed by a tool (`src/a.test.js`, `./src/a.js`), normalised; undefined when absolute or escaping. */
export function relativePath(path: string): string | undefined {
  const p = path.trim().replace(/\\/g, '/');
  if (p.startsWith('/') || /^[A-Za-z]:\//.test(p)) return undefined;
  const parts: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') return undefined;
    parts.push(part);
  }
  return parts.length > 0 ? parts.join('/') : undefined;
}

export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

export function joinPath(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

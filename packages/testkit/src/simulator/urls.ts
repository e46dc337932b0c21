/** The URLs GitHub puts in its JSON, built against the simulator's own API base and web host. */
export class Urls {
  constructor(
    /** `http://127.0.0.1:port` plus the base path (`/api/v3` on GHES). */
    readonly api: string,
    /** Where `html_url`s point (`https://github.com` unless told otherwise). */
    readonly web: string,
    /** `http://127.0.0.1:port`, without the base path (where signed download links live). */
    readonly origin: string,
  ) {}

  repo(owner: string, name: string): string {
    return `${this.api}/repos/${owner}/${name}`;
  }

  repoHtml(owner: string, name: string): string {
    return `${this.web}/${owner}/${name}`;
  }

  user(login: string): string {
    return `${this.api}/users/${encodeURIComponent(login)}`;
  }

  userHtml(login: string): string {
    return `${this.web}/${encodeURIComponent(login)}`;
  }

  avatar(id: number): string {
    return `https://avatars.githubusercontent.com/u/${id}?v=4`;
  }
}

/** GitHub's legacy global node id: base64 of `<len>:<Type><id>` (e.g. `MDU6SXNzdWUx` for Issue 1). */
export function nodeId(type: string, id: number | string): string {
  return Buffer.from(`${String(type.length).padStart(2, '0')}:${type}${id}`, 'utf8').toString('base64');
}

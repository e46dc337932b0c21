/** What a run changed on the simulator: the requests it answered that were not reads. */

/** The simulator's recorded requests other than GET and HEAD, as `METHOD path`, in order. */
export function writes(sim: { readonly requests: readonly { method: string; path: string }[] }): string[] {
  return sim.requests
    .filter((r) => r.method !== 'GET' && r.method !== 'HEAD')
    .map((r) => `${r.method} ${r.path}`);
}

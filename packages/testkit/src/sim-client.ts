/** The GitHub client tests point at the simulator: autoheal's own client, with GitHub's waits shrunk to nothing. */
import type { OperationBudget } from '@autoheal/core/budget';
import { createGitHubClient, type GitHubClient } from '@autoheal/core/github-client';
import type { Logger } from '@autoheal/core/runtime';
import { SIMULATOR_TOKEN } from './simulator/seed-builder.js';

export interface SimClientOptions {
  /** The simulator's token by default. */
  token?: string;
  budget?: OperationBudget;
  log?: Logger;
  /** Retries of a 5xx or network failure; the client's default (3) when not given. */
  retries?: number;
}

/** A client on `sim` (anything with the simulator's URL): no write pacing, back-off in milliseconds. */
export function simClient(sim: { url: string }, options: SimClientOptions = {}): GitHubClient {
  return createGitHubClient({
    token: options.token ?? SIMULATOR_TOKEN,
    apiUrl: sim.url,
    waitScaleMs: 1,
    pacing: { writeMs: 0, notifyMs: 0 },
    ...(options.budget ? { budget: options.budget } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...(options.retries === undefined ? {} : { retries: options.retries }),
  });
}

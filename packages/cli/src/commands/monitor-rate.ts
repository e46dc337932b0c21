/**
 * How `autoheal monitor` stays inside its share of the token's hourly rate limit and says what it
 * spent. GitHub reports the limit on every answer (`x-ratelimit-limit`, `-remaining`, `-reset`);
 * with a share of 0.5 the monitor never lets `remaining` fall below half the limit, whoever else
 * spends the token, so the action and people using the same token keep the rest. When it would
 * dip below, it waits for the reset instead of sending. A rate-limit answer (403/429 with
 * `retry-after`, or `x-ratelimit-remaining: 0`) is waited out, never retried early ("Troubleshooting
 * the REST API", Rate limit errors). A 304 answer costs nothing (GitHub: a conditional request
 * answered 304 does not count against the primary rate limit) and is counted apart.
 */
import type { GitHubClient } from '@autoheal/core/github-client';
import type { Clock } from '@autoheal/core/runtime';

const HOUR_MS = 3_600_000;
/**
 * The longest one wait may be: GitHub's window resets within the hour, so a reset or retry-after
 * further away is a lie (a proxy, a broken GHES, a hostile --api), and is cut to the hour, and a
 * minute for clock skew: the monitor slows down, it never stops.
 */
const MAX_WAIT_MS = HOUR_MS + 60_000;
/** Larger than any limit GitHub gives a token (5,000; 15,000 for some apps): not believed. */
const MAX_LIMIT = 1_000_000;

/** What the governor knows of the token's window, from the last answer's headers. */
export interface RateWindow {
  limit: number;
  remaining: number;
  /** Epoch milliseconds. */
  resetAt: number;
}

export interface RequestRecord {
  repo: string;
  at: number;
  /** Answered 304: free. */
  notModified: boolean;
}

export interface RepoRate {
  repo: string;
  /** Requests in the last hour that counted against the rate limit. */
  counted: number;
  /** Requests in the last hour answered 304 (free). */
  notModified: number;
}

function header(headers: Record<string, unknown> | undefined, name: string): number | undefined {
  const raw = headers?.[name];
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

export class RateGovernor {
  private window?: RateWindow;
  private blockedUntil = 0;
  /** Requests sent and not yet answered: counted as spent, so concurrent calls cannot overshoot the floor. */
  private inFlight = 0;
  private readonly waiters: (() => void)[] = [];
  private readonly records: RequestRecord[] = [];
  /** Milliseconds spent waiting for the window to reset (reported). */
  waitedMs = 0;

  constructor(
    /** The share of the hourly limit this monitor may use, 0 < share ≤ 1. */
    readonly share: number,
    private readonly clock: Clock,
    private readonly onWait: (ms: number, why: string) => void = () => undefined,
  ) {
    if (!(share > 0 && share <= 1)) throw new RangeError(`share must be in (0, 1], got ${share}`);
  }

  get known(): RateWindow | undefined {
    return this.window;
  }

  /** Requests left untouched for everyone else: (1 − share) of the limit. */
  floor(limit = this.window?.limit ?? 5000): number {
    return Math.ceil(limit * (1 - this.share));
  }

  /** Requests per hour this monitor may spend. */
  hourlyAllowance(): number {
    return Math.floor((this.window?.limit ?? 5000) * this.share);
  }

  /** Waits, before a request, until sending it keeps the token inside the share and clear of any block. */
  async beforeRequest(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      if (this.blockedUntil > now) {
        await this.pause(this.blockedUntil - now, 'GitHub asked to wait (rate limited)');
        continue;
      }
      const w = this.window;
      if (w && w.remaining - this.inFlight <= this.floor(w.limit)) {
        if (this.inFlight > 0) {
          // Answers on their way may free the slot (a 304 costs nothing); wait for them first.
          await new Promise<void>((resolve) => this.waiters.push(resolve));
          continue;
        }
        if (w.resetAt > now) {
          await this.pause(
            w.resetAt - now + 1000,
            `${w.remaining} of ${w.limit} requests left this hour; the share ${this.share} keeps ${this.floor(w.limit)} for others`,
          );
        }
        // Unknown until the next answer says how the new window stands.
        this.window = undefined;
        continue;
      }
      this.inFlight += 1;
      return;
    }
  }

  private async pause(ms: number, why: string): Promise<void> {
    this.onWait(ms, why);
    this.waitedMs += ms;
    await this.clock.sleep(ms);
  }

  /** Reads an answer's rate-limit headers (a success, a 304 or an error) and records the request. */
  observe(repo: string, status: number, headers: Record<string, unknown> | undefined): void {
    const now = this.clock.now();
    this.settle();
    this.records.push({ repo, at: now, notModified: status === 304 });
    const limit = header(headers, 'x-ratelimit-limit');
    const remaining = header(headers, 'x-ratelimit-remaining');
    const reset = header(headers, 'x-ratelimit-reset');
    const latest = now + MAX_WAIT_MS;
    // A window that cannot be (no limit, a negative or larger-than-limit remaining) is not believed.
    if (
      limit !== undefined &&
      remaining !== undefined &&
      reset !== undefined &&
      limit > 0 &&
      limit <= MAX_LIMIT &&
      remaining >= 0 &&
      remaining <= limit
    )
      this.window = { limit, remaining, resetAt: Math.min(reset * 1000, latest) };
    if (status === 403 || status === 429) {
      const retryAfter = header(headers, 'retry-after');
      if (retryAfter !== undefined)
        this.blockedUntil = Math.max(
          this.blockedUntil,
          Math.min(now + Math.max(0, retryAfter) * 1000, latest),
        );
      else if (remaining === 0 && reset !== undefined)
        this.blockedUntil = Math.max(this.blockedUntil, Math.min(reset * 1000 + 1000, latest));
    }
  }

  /** A request let through has ended, answered or not. */
  settle(): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Per repository, the requests of the last hour (newest activity first). */
  lastHour(): RepoRate[] {
    const since = this.clock.now() - HOUR_MS;
    while (this.records.length > 0 && this.records[0]!.at < since) this.records.shift();
    const by = new Map<string, RepoRate>();
    for (const r of this.records) {
      const row = by.get(r.repo) ?? { repo: r.repo, counted: 0, notModified: 0 };
      if (r.notModified) row.notModified += 1;
      else row.counted += 1;
      by.set(r.repo, row);
    }
    return [...by.values()].sort((a, b) => b.counted - a.counted || a.repo.localeCompare(b.repo));
  }

  /** Requests recorded since `ms` (a pass's start): counted and free. */
  since(ms: number): { counted: number; notModified: number } {
    let counted = 0;
    let notModified = 0;
    for (const r of this.records) {
      if (r.at < ms) continue;
      if (r.notModified) notModified += 1;
      else counted += 1;
    }
    return { counted, notModified };
  }
}

/**
 * `owner/repo` of a request: its route parameters, else its URL (some calls follow a full URL
 * the API gave, such as a check run's); `(account)` for requests of no repository (GET /user).
 */
export function repoOf(options: Record<string, unknown>): string {
  if (typeof options.owner === 'string' && typeof options.repo === 'string')
    return `${options.owner}/${options.repo}`;
  if (typeof options.org === 'string') return `org ${options.org}`;
  const url = typeof options.url === 'string' ? options.url : '';
  const m = /\/repos\/([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100})(?:\/|$|\?)/.exec(url);
  return m ? `${m[1]}/${m[2]}` : '(account)';
}

/**
 * Puts every request of `github` under the governor. Registered after the client's own plugins,
 * so it wraps them: it waits before a call and reads the final answer's headers (a call the
 * throttling plugin retried counts once here; GitHub's headers still count every try).
 */
export function governClient(github: GitHubClient, governor: RateGovernor): GitHubClient {
  github.hook.wrap('request', async (request, options) => {
    const repo = repoOf(options as unknown as Record<string, unknown>);
    await governor.beforeRequest();
    try {
      const response = await request(options);
      governor.observe(repo, response.status, response.headers as Record<string, unknown>);
      return response;
    } catch (error) {
      const e = error as { status?: unknown; response?: { headers?: Record<string, unknown> } };
      // No status: nothing reached GitHub (a budget refusal, a lost connection) and nothing is recorded.
      if (typeof e.status === 'number') governor.observe(repo, e.status, e.response?.headers);
      else governor.settle();
      throw error;
    }
  });
  return github;
}

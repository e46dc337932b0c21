/**
 * GitHub's primary rate limit, per identity: a budget of requests per hour from the first request,
 * reported on every answer as `x-ratelimit-*` headers and refused with 403 when spent.
 */

export interface RateWindow {
  limit: number;
  used: number;
  /** Epoch seconds when the window resets. */
  reset: number;
}

export const DEFAULT_RATE_LIMIT = 5000;
const HOUR_MS = 3_600_000;

export class RateLimits {
  private readonly windows = new Map<string, { used: number; resetMs: number }>();

  constructor(
    private readonly now: () => number,
    readonly limit: number = DEFAULT_RATE_LIMIT,
  ) {}

  private window(key: string): { used: number; resetMs: number } {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now >= window.resetMs) {
      window = { used: 0, resetMs: now + HOUR_MS };
      this.windows.set(key, window);
    }
    return window;
  }

  peek(key: string): RateWindow {
    const w = this.window(key);
    return { limit: this.limit, used: w.used, reset: Math.ceil(w.resetMs / 1000) };
  }

  /** Count one request; returns the window after it, or undefined when the budget was already spent. */
  consume(key: string): RateWindow | undefined {
    const w = this.window(key);
    if (w.used >= this.limit) return undefined;
    w.used += 1;
    return this.peek(key);
  }

  /** Give back one request (a conditional request answered 304 is not counted). */
  refund(key: string): void {
    const w = this.window(key);
    w.used = Math.max(0, w.used - 1);
  }

  reset(): void {
    this.windows.clear();
  }
}

export function rateHeaders(w: RateWindow, resource = 'core'): Record<string, string> {
  return {
    'x-ratelimit-limit': String(w.limit),
    'x-ratelimit-remaining': String(Math.max(0, w.limit - w.used)),
    'x-ratelimit-reset': String(w.reset),
    'x-ratelimit-used': String(w.used),
    'x-ratelimit-resource': resource,
  };
}

/** The `rate` block of GET /rate_limit for one window. */
export function rateJson(w: RateWindow): Record<string, number> {
  return { limit: w.limit, used: w.used, remaining: Math.max(0, w.limit - w.used), reset: w.reset };
}

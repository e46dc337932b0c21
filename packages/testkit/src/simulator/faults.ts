/**
 * Faults injected on demand: a request whose method and path match answers with the fault instead
 * of (or, for `delay`, before) its normal answer, for the first `times` matching requests or always.
 * `server-error` and `connection-reset` may instead strike after the request took effect.
 */

export type Fault =
  /**
   * 500, 502 or 503 with the body GitHub sends for it. With `afterEffect` the request is served
   * first (the write takes effect) and only its answer is replaced: a response lost on the way back.
   */
  | { kind: 'server-error'; status?: 500 | 502 | 503; afterEffect?: boolean }
  /** The primary limit: 403 with `x-ratelimit-remaining: 0` and a reset this many seconds away (default 3600). */
  | { kind: 'rate-limit'; resetInSeconds?: number }
  /** The secondary limit: 403 (default) or 429 with `retry-after` (default 60). */
  | { kind: 'secondary-rate-limit'; status?: 403 | 429; retryAfterSeconds?: number }
  /** Any status with a plain GitHub error body (e.g. 404/410 on logs). */
  | { kind: 'status'; status: number; message?: string }
  /** 422 with a given message (and optional `errors`). */
  | { kind: 'validation'; message: string; errors?: Array<Record<string, unknown>> }
  /** Answer normally, this many milliseconds late. */
  | { kind: 'delay'; ms: number }
  /**
   * Destroy the connection without answering (the client sees ECONNRESET / "other side closed").
   * With `afterEffect` the request is served first, so the write happened but its answer is lost.
   */
  | { kind: 'connection-reset'; afterEffect?: boolean };

/** What a fault leaves out means this: the simulator answers with these, and a printed fault shows them. */
export const FAULT_DEFAULTS = {
  serverErrorStatus: 500,
  resetInSeconds: 3600,
  secondaryStatus: 403,
  retryAfterSeconds: 60,
} as const;

export interface FaultSpec {
  /** Default: any method. */
  method?: string;
  /**
   * Which paths (without the base path): a template like `/repos/{owner}/{repo}/issues` where
   * `{x}` is one segment and a trailing `*` is any rest, or a RegExp tested on the raw path.
   */
  path: string | RegExp;
  /** How many matching requests get the fault (default 1); `Infinity` for always. */
  times?: number;
  fault: Fault;
}

export interface InjectedFault {
  readonly spec: FaultSpec;
  /** How many requests it has answered so far. */
  readonly hits: number;
  /** How many more it will answer. */
  readonly remaining: number;
  remove(): void;
}

function templateRegExp(template: string): RegExp {
  const rest = template.endsWith('*');
  const body = (rest ? template.slice(0, -1) : template)
    .split(/(\{[^}]+\})/)
    .map((part) => (/^\{[^}]+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}${rest ? '.*' : '/?'}$`);
}

class Injected implements InjectedFault {
  hits = 0;
  readonly matcher: RegExp;

  constructor(
    readonly spec: FaultSpec,
    private readonly owner: FaultRegistry,
  ) {
    this.matcher = typeof spec.path === 'string' ? templateRegExp(spec.path) : spec.path;
  }

  get remaining(): number {
    return Math.max(0, (this.spec.times ?? 1) - this.hits);
  }

  matches(method: string, path: string): boolean {
    if (this.remaining <= 0) return false;
    if (this.spec.method && this.spec.method.toUpperCase() !== method.toUpperCase()) return false;
    return this.matcher.test(path);
  }

  remove(): void {
    this.owner.remove(this);
  }
}

export class FaultRegistry {
  private readonly faults: Injected[] = [];

  inject(spec: FaultSpec): InjectedFault {
    if (spec.times !== undefined && !(spec.times >= 1))
      throw new RangeError(`fault times must be ≥ 1 or Infinity, got ${spec.times}`);
    const injected = new Injected(spec, this);
    this.faults.push(injected);
    return injected;
  }

  /** The first live fault matching the request, counted as used. */
  take(method: string, path: string): Fault | undefined {
    const found = this.faults.find((f) => f.matches(method, path));
    if (!found) return undefined;
    found.hits += 1;
    return found.spec.fault;
  }

  remove(fault: InjectedFault): void {
    const i = this.faults.indexOf(fault as Injected);
    if (i >= 0) this.faults.splice(i, 1);
  }

  clear(): void {
    this.faults.length = 0;
  }

  get active(): readonly InjectedFault[] {
    return this.faults.filter((f) => f.remaining > 0);
  }
}

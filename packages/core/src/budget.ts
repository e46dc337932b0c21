import { BudgetExhaustedError } from './errors.js';

/**
 * A per-run cap on operations (by default: writes to GitHub). When it runs out, the next
 * operation throws BudgetExhaustedError before anything is sent, so a run stops between two
 * whole operations and can say what it left undone.
 */
export class OperationBudget {
  readonly limit: number;
  private spent = 0;
  private readonly refused: string[] = [];

  constructor(limit: number) {
    if (!Number.isInteger(limit) || limit < 0)
      throw new RangeError(`budget limit must be an integer ≥ 0, got ${limit}`);
    this.limit = limit;
  }

  get used(): number {
    return this.spent;
  }

  get remaining(): number {
    return this.limit - this.spent;
  }

  /** Operations that were refused, in order, as their callers described them. */
  get undone(): readonly string[] {
    return this.refused;
  }

  /** True when `count` more operations fit: callers check before a unit of work that needs several writes. */
  canAfford(count = 1): boolean {
    return this.spent + count <= this.limit;
  }

  /** Spend one operation, or throw (recording `what` as undone) when none is left. */
  consume(what: string): void {
    if (this.spent >= this.limit) {
      this.refused.push(what);
      throw new BudgetExhaustedError(this.limit, what);
    }
    this.spent += 1;
  }

  /** Record work skipped for lack of budget without attempting it (shown in the summary). */
  skip(what: string): void {
    this.refused.push(what);
  }
}

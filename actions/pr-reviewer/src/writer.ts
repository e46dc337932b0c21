/**
 * The one gate every write to GitHub passes: it does nothing in a dry run (and records what it
 * would have done), keeps a write back when the operation budget would not leave room for what
 * must come after it, and notices a read-only token — a pull request from a fork or from
 * Dependabot gets one — at the first refused write, after which nothing more is attempted.
 */
import type { OperationBudget } from '@autoheal/core/budget';
import { describeGitHubError } from '@autoheal/core/github-errors';

export type WriteOutcome<T> = { ok: true; value: T } | { ok: false; why: 'dry-run' | 'budget' | 'read-only' };

export class Writer {
  /** Done, in order, as described by the caller. */
  readonly done: string[] = [];
  /** What a dry run would have done. */
  readonly wouldDo: string[] = [];
  /** Left undone: for lack of budget, or because the token cannot write. */
  readonly undone: string[] = [];
  /** Set at the first write GitHub refused for lack of permission. */
  readOnly: { message: string } | undefined;

  constructor(private readonly options: { dryRun: boolean; budget: OperationBudget }) {}

  get dryRun(): boolean {
    return this.options.dryRun;
  }

  /** Writes still possible now (ignoring how many the budget has left). */
  get canWrite(): boolean {
    return !this.options.dryRun && this.readOnly === undefined;
  }

  /**
   * Whether `count` writes fit in the budget now. Dry runs and read-only runs say yes, so their
   * writes still go through `write` and are recorded as what would be done, or left undone.
   */
  affords(count: number): boolean {
    if (this.options.dryRun || this.readOnly !== undefined) return true;
    return this.options.budget.canAfford(count);
  }

  /** Records writes skipped together because the budget could not take all of them. */
  leaveUndone(whats: readonly string[]): void {
    for (const what of whats) {
      this.options.budget.skip(what);
      this.undone.push(what);
    }
  }

  /**
   * Runs `write` (one request) unless this is a dry run, the token is read-only, or the budget
   * cannot spare it plus `reserve` writes still to come. A 403 for lack of permission switches to
   * read-only; any other failure is thrown to the caller.
   */
  async write<T>(what: string, write: () => Promise<T>, reserve = 0): Promise<WriteOutcome<T>> {
    if (this.options.dryRun) {
      this.wouldDo.push(what);
      return { ok: false, why: 'dry-run' };
    }
    if (this.readOnly !== undefined) {
      this.undone.push(what);
      return { ok: false, why: 'read-only' };
    }
    if (!this.options.budget.canAfford(1 + reserve)) {
      this.options.budget.skip(what);
      this.undone.push(what);
      return { ok: false, why: 'budget' };
    }
    try {
      const value = await write();
      this.done.push(what);
      return { ok: true, value };
    } catch (error) {
      const described = describeGitHubError(error);
      if (described.kind === 'permission') {
        this.readOnly = { message: described.message };
        this.undone.push(what);
        return { ok: false, why: 'read-only' };
      }
      throw error;
    }
  }
}

import { ConfigurationError } from '@autoheal/core/errors';

/**
 * Collects a seed's mistakes as ConfigurationErrors naming the key (`repos[0].runs[1].workflow`),
 * the problem and what is accepted, so that one run reports all of them.
 */

export type Json = Record<string, unknown>;

export const ISSUE_STATES = ['open', 'closed'];
export const RUN_STATUSES = ['queued', 'in_progress', 'completed', 'waiting', 'requested', 'pending'];
export const PERMISSION_LEVELS = ['none', 'read', 'write'];
export const ROLES = ['admin', 'maintain', 'write', 'triage', 'read'];

export class SeedChecker {
  readonly errors: ConfigurationError[] = [];

  constructor(private readonly file?: string) {}

  fail(key: string, problem: string, accepted: string): void {
    this.errors.push(
      new ConfigurationError(
        `seed ${key}: ${problem}; accepted: ${accepted}`,
        this.file ? { file: this.file } : undefined,
      ),
    );
  }

  string(obj: Json, key: string, where: string, required: boolean): void {
    const value = obj[key];
    if (value === undefined) {
      if (required) this.fail(`${where}.${key}`, 'is missing', 'a string');
      return;
    }
    if (typeof value !== 'string' || value === '')
      this.fail(`${where}.${key}`, `is ${JSON.stringify(value)}`, 'a non-empty string');
  }

  boolean(obj: Json, key: string, where: string): void {
    const value = obj[key];
    if (value !== undefined && typeof value !== 'boolean')
      this.fail(`${where}.${key}`, `is ${JSON.stringify(value)}`, 'true or false');
  }

  oneOf(obj: Json, key: string, where: string, allowed: readonly string[]): void {
    const value = obj[key];
    if (value === undefined || value === null) return;
    if (typeof value !== 'string' || !allowed.includes(value))
      this.fail(`${where}.${key}`, `is ${JSON.stringify(value)}`, allowed.join(', '));
  }

  date(obj: Json, key: string, where: string): void {
    const value = obj[key];
    if (value === undefined || value === null) return;
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
      this.fail(
        `${where}.${key}`,
        `is ${JSON.stringify(value)}`,
        'an ISO 8601 date-time such as 2026-01-31T12:00:00Z',
      );
  }

  /** An array of non-empty strings (returned; empty when absent or wrong). */
  strings(obj: Json, key: string, where: string, required: boolean): string[] {
    const value = obj[key];
    if (value === undefined) {
      if (required) this.fail(`${where}.${key}`, 'is missing', 'an array of strings');
      return [];
    }
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) {
      this.fail(`${where}.${key}`, `is ${JSON.stringify(value)}`, 'an array of non-empty strings');
      return [];
    }
    return value as string[];
  }

  array(obj: Json, key: string, where: string): Json[] {
    const value = obj[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.fail(`${where}.${key}`, `is ${typeof value}`, 'an array');
      return [];
    }
    return value.map((item, i) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        this.fail(`${where}.${key}[${i}]`, `is ${JSON.stringify(item)}`, 'an object');
        return {};
      }
      return item as Json;
    });
  }
}

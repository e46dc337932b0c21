/**
 * `table[key]` when the table itself holds `key`, else undefined. A table written as an object
 * literal inherits Object.prototype: a name taken from a log, a pull request or a repository's
 * config (`constructor`, `toString`, `__proto__`) must find nothing there, not Object's members.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

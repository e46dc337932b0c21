import { type AutohealConfig, CONFIG_SCHEMA } from './schema.js';

export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** The configuration of a repository without `.github/autoheal.yml`. Frozen: it is shared. */
export const DEFAULT_CONFIG: DeepReadonly<AutohealConfig> = deepFreeze(
  structuredClone(CONFIG_SCHEMA.default),
);

/** A fresh, mutable copy of the defaults. */
export function defaultConfig(): AutohealConfig {
  return structuredClone(CONFIG_SCHEMA.default);
}

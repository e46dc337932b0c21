import { Document } from 'yaml';
import { ConfigurationErrors } from '../errors.js';
import { ownEntry } from '../own-entry.js';
import { joinKey, ReadContext, type YamlValue } from './read-context.js';
import { type AutohealConfig, CONFIG_SCHEMA } from './schema.js';
import { type Fields, isSection, type Section, type Setting, type ValueOf } from './settings.js';
import { kebabCase } from './text.js';

type OverridesOf<S> =
  S extends Section<infer F>
    ? { [K in keyof F]?: OverridesOf<F[K]> | undefined }
    : Exclude<ValueOf<S>, undefined>;

/**
 * Values that replace the file's: sections merge key by key, anything else (lists, maps, scalars)
 * replaces the file's value whole. An undefined value means "not given" and leaves the file's.
 */
export type ConfigOverrides = OverridesOf<typeof CONFIG_SCHEMA>;

/**
 * Applies overrides (action inputs) on top of a loaded config, which wins over the file. The
 * overrides get the file's checks, so a bad value is a `ConfigurationError` naming its key path;
 * `config` itself is left unchanged.
 */
export function mergeConfig(
  config: AutohealConfig,
  overrides: ConfigOverrides,
  label = 'Action inputs',
): AutohealConfig {
  const doc = new Document();
  const ctx = new ReadContext({ kind: 'values', label, doc });
  const merged = structuredClone(config);
  apply(CONFIG_SCHEMA, merged, overrides, '', ctx, doc);
  if (ctx.errors.length > 0) throw new ConfigurationErrors(ctx.errors);
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function apply(
  section: Section<Fields>,
  target: Record<string, unknown>,
  overrides: object,
  path: string,
  ctx: ReadContext,
  doc: Document,
): void {
  const before = ctx.errors.length;
  // Overrides are built by code, so a wrong name is a bug in the caller, not a user mistake.
  for (const name of Object.keys(overrides))
    if (!Object.hasOwn(section.fields, name))
      throw new TypeError(`mergeConfig: ${joinKey(path, name)} is not a setting`);
  // In schema order, so errors come in the order of the docs whatever order the caller used.
  for (const [name, field] of Object.entries(section.fields) as [string, Setting<unknown>][]) {
    const value = ownEntry(overrides as Record<string, unknown>, name);
    if (value === undefined) continue;
    const fieldPath = joinKey(path, kebabCase(name));
    if (isSection(field)) {
      if (!isPlainObject(value))
        throw new TypeError(`mergeConfig: ${fieldPath} must be an object of overrides`);
      let inner = target[name];
      if (!isPlainObject(inner)) {
        inner = {};
        target[name] = inner;
      }
      apply(field, inner as Record<string, unknown>, value, fieldPath, ctx, doc);
      continue;
    }
    const node = doc.createNode(value) as YamlValue;
    const read = field.read({ node, offset: undefined }, fieldPath, ctx);
    if (read !== undefined) target[name] = read;
  }
  if (ctx.errors.length > before) return;
  for (const { field, problem } of section.check?.(target) ?? [])
    ctx.fail(joinKey(path, kebabCase(field)), undefined, problem);
}

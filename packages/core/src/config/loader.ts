import { LineCounter, parseDocument } from 'yaml';
import { ConfigurationError, ConfigurationErrors } from '../errors.js';
import { defaultConfig } from './defaults.js';
import { ReadAborted, ReadContext } from './read-context.js';
import { type AutohealConfig, CONFIG_SCHEMA } from './schema.js';
import { isSection, type Setting } from './settings.js';
import { kebabCase } from './text.js';

export const DEFAULT_CONFIG_PATH = '.github/autoheal.yml';

/** Far above any real config; a cap keeps a pathological file from costing the run. */
export const MAX_CONFIG_CHARS = 256 * 1024;

/** Dotted kebab-case paths of every setting, to point a misplaced key to where it belongs. */
function settingPaths(setting: Setting<unknown>, path: string, out: string[]): string[] {
  if (!isSection(setting)) return out;
  for (const [name, field] of Object.entries(setting.fields)) {
    const key = path === '' ? kebabCase(name) : `${path}.${kebabCase(name)}`;
    out.push(key);
    settingPaths(field, key, out);
  }
  return out;
}

const KNOWN_PATHS = settingPaths(CONFIG_SCHEMA, '', []);

/** In file order, as the user will fix them (the sort is stable, so one line's errors keep theirs). */
function byLine(errors: ConfigurationError[]): ConfigurationError[] {
  return [...errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/**
 * Reads `.github/autoheal.yml` text into a typed config with every default filled in. No file,
 * an empty file or a file of only comments means all defaults. Every problem in the file is
 * reported at once, each with its key path and line, as `ConfigurationErrors`.
 */
export function loadConfig(text: string | undefined, file: string = DEFAULT_CONFIG_PATH): AutohealConfig {
  if (text === undefined || text.trim() === '') return defaultConfig();
  if (text.length > MAX_CONFIG_CHARS)
    throw new ConfigurationErrors([
      new ConfigurationError(
        `${file}: the file is ${text.length} characters long; at most ${MAX_CONFIG_CHARS} are accepted.`,
        { file },
      ),
    ]);
  const lineCounter = new LineCounter();
  // Repeated keys are reported by the reader, which knows the key path to name.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const ctx = new ReadContext({ kind: 'file', file, lineCounter, doc }, KNOWN_PATHS);
  if (doc.errors.length > 0) {
    // Reading a document that did not parse would only add confusing follow-on errors.
    for (const error of doc.errors) ctx.report(`YAML syntax error: ${error.message}`, error.pos[0]);
    throw new ConfigurationErrors(byLine(ctx.errors));
  }
  if (doc.contents === null) return defaultConfig();
  let config: AutohealConfig | undefined;
  try {
    config = CONFIG_SCHEMA.read(ctx.at(doc.contents, 0, ''), '', ctx);
  } catch (error) {
    if (!(error instanceof ReadAborted)) throw error;
  }
  if (ctx.errors.length > 0 || config === undefined) throw new ConfigurationErrors(byLine(ctx.errors));
  return config;
}

/** Reads files; `fs/promises` fits, and so does a reader over the GitHub contents API. */
export interface ConfigFileReader {
  /** The file's text, or undefined (or an ENOENT error) when there is no such file. */
  readFile(path: string, encoding: 'utf8'): Promise<string | undefined>;
}

/** Reads and loads the config file at `path`; a missing file means all defaults. */
export async function readConfigFile(
  reader: ConfigFileReader,
  path: string = DEFAULT_CONFIG_PATH,
): Promise<AutohealConfig> {
  let text: string | undefined;
  try {
    text = await reader.readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'EISDIR')
      throw new ConfigurationError(`${path} is a directory; the autoheal config must be a YAML file.`, {
        file: path,
      });
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
  }
  return loadConfig(text, path);
}

/** What Node's "cannot find" messages say: which package is missing and which file wanted it. */
import { builtinModules } from 'node:module';

const BUILTINS = new Set(builtinModules);

/** `node:fs`, `fs`, `fs/promises`: modules that come with Node. */
export function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || BUILTINS.has(specifier) || BUILTINS.has(specifier.split('/')[0]!);
}

// A registry package name: optional scope, lower case, no leading dot or underscore.
const PACKAGE_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

/**
 * The package a bare specifier names (`@scope/pkg/sub` → `@scope/pkg`, `lodash/fp` → `lodash`);
 * undefined for relative and absolute paths, URLs, subpath imports (`#x`) and loader syntax.
 */
export function packageNameOf(specifier: string): string | undefined {
  const s = specifier.trim();
  if (s === '' || s.startsWith('.') || s.startsWith('/') || s.startsWith('#') || /^[a-zA-Z]:[\\/]/.test(s))
    return undefined;
  const parts = s.split('/');
  const name = s.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  if (s.startsWith('@') && parts.length < 2) return undefined;
  return PACKAGE_NAME.test(name) && name.length <= 214 ? name : undefined;
}

export interface Importer {
  /** As printed: a runner path, or a path relative to the tool's root. */
  path: string;
  /** The printed path is a directory (webpack's "in '<dir>'"). */
  directory: boolean;
}

function quoted(text: string): string {
  return text.replace(/^['"]|['"]$/g, '');
}

/** The file that imported the missing module, from the finding's lines. */
export function findImporter(lines: readonly string[], specifier: string): Importer | undefined {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // ESM: "Cannot find package 'x' imported from /path/file.js".
    const esm = / imported from (\S+)/.exec(line);
    if (esm && line.includes(`'${specifier}'`)) return { path: quoted(esm[1]!), directory: false };
    // CommonJS: "Require stack:" then "- /path/file.js", innermost first.
    if (/^\s*Require stack:\s*$/.test(line)) {
      const next = /^\s*- (.+?)\s*$/.exec(lines[i + 1] ?? '');
      if (next) return { path: next[1]!, directory: false };
    }
    // Jest: "Cannot find module 'x' from 'src/a.test.js'".
    const jest = new RegExp(`Cannot find module '${escapeRe(specifier)}' from '([^']+)'`).exec(line);
    if (jest) return { path: jest[1]!, directory: false };
    // webpack: "Module not found: Error: Can't resolve 'x' in '/path/dir'".
    const webpack = new RegExp(`Can't resolve '${escapeRe(specifier)}' in '([^']+)'`).exec(line);
    if (webpack) return { path: webpack[1]!, directory: true };
  }
  return undefined;
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether a file (relative to its package) is development-only: tests, test setup, tool
 * configuration, build and tooling scripts. Everything else is shipped code.
 */
export function isDevelopmentFile(path: string): boolean {
  const parts = path.split('/');
  const file = parts[parts.length - 1]!;
  const dirs = parts.slice(0, -1);
  if (
    dirs.some((d) =>
      /^(?:test|tests|__tests__|__mocks__|__fixtures__|spec|specs|e2e|cypress|playwright|fixtures|scripts|tools|bench|benchmarks?|\.storybook|stories|\.husky)$/.test(
        d,
      ),
    )
  )
    return true;
  if (/\.(?:test|spec|e2e|stories|story|bench)\.[cm]?[jt]sx?$/.test(file)) return true;
  if (/^[\w.-]+\.config\.[cm]?[jt]s$/.test(file) || /^[\w.-]+rc\.[cm]?[jt]s$/.test(file)) return true;
  if (/^\.[\w-]+rc(?:\.json)?$/.test(file)) return true;
  return /^(?:gulpfile|gruntfile|jakefile|setupTests|test-setup|jest\.setup|vitest\.setup)\.[cm]?[jt]s$/i.test(
    file,
  );
}

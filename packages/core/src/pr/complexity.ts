/**
 * A review-complexity score from 1 (a glance) to 5 (set an afternoon aside), with every reason
 * that moved it shown. It starts at 1 and each factor adds points:
 *
 * | factor                                  | +1            | +2      |
 * | --------------------------------------- | ------------- | ------- |
 * | changed lines (counted for the size)    | ≥ 100         | ≥ 500   |
 * | files changed (counted for the size)    | ≥ 10          | ≥ 50    |
 * | directories touched                     | ≥ 4           |         |
 * | languages                               | ≥ 3           |         |
 * | risk flags                              | 1–2           | ≥ 3     |
 * | source changed, no test file changed    | yes           |         |
 *
 * and the total is capped at 5. The thresholds are ours, chosen so that a typical one-concern
 * change stays at 1–2 and a sprawling or sensitive one reaches 4–5.
 */

import { ownEntry } from '../own-entry.js';
import { baseName } from './size.js';

export interface ComplexityInput {
  /** Paths of the files counted for the size (lockfiles, generated and vendored code left out). */
  paths: readonly string[];
  /** Changed lines of those files. */
  lines: number;
  /** How many risk flags the change raised. */
  riskFlags: number;
}

export interface ComplexityReason {
  /** One line for the summary: "412 changed lines". */
  text: string;
  points: number;
}

export interface Complexity {
  /** 1 to 5. */
  score: number;
  /** Every factor, including those that added nothing, in a fixed order. */
  reasons: ComplexityReason[];
  directories: string[];
  languages: string[];
  testFiles: number;
  sourceFiles: number;
}

export const MAX_COMPLEXITY = 5;

const LANGUAGES: Readonly<Record<string, string>> = {
  ts: 'TypeScript',
  tsx: 'TypeScript',
  mts: 'TypeScript',
  cts: 'TypeScript',
  js: 'JavaScript',
  jsx: 'JavaScript',
  mjs: 'JavaScript',
  cjs: 'JavaScript',
  py: 'Python',
  pyi: 'Python',
  rb: 'Ruby',
  go: 'Go',
  rs: 'Rust',
  java: 'Java',
  kt: 'Kotlin',
  kts: 'Kotlin',
  scala: 'Scala',
  swift: 'Swift',
  m: 'Objective-C',
  mm: 'Objective-C',
  c: 'C',
  h: 'C',
  cc: 'C++',
  cpp: 'C++',
  cxx: 'C++',
  hpp: 'C++',
  hh: 'C++',
  cs: 'C#',
  fs: 'F#',
  vb: 'Visual Basic',
  php: 'PHP',
  pl: 'Perl',
  pm: 'Perl',
  lua: 'Lua',
  r: 'R',
  dart: 'Dart',
  ex: 'Elixir',
  exs: 'Elixir',
  erl: 'Erlang',
  hs: 'Haskell',
  ml: 'OCaml',
  clj: 'Clojure',
  zig: 'Zig',
  nim: 'Nim',
  jl: 'Julia',
  sh: 'Shell',
  bash: 'Shell',
  zsh: 'Shell',
  ps1: 'PowerShell',
  sql: 'SQL',
  html: 'HTML',
  htm: 'HTML',
  css: 'CSS',
  scss: 'SCSS',
  sass: 'Sass',
  less: 'Less',
  vue: 'Vue',
  svelte: 'Svelte',
  tf: 'HCL',
  hcl: 'HCL',
  proto: 'Protocol Buffers',
  graphql: 'GraphQL',
  gql: 'GraphQL',
  yml: 'YAML',
  yaml: 'YAML',
  json: 'JSON',
  toml: 'TOML',
  xml: 'XML',
  md: 'Markdown',
  mdx: 'Markdown',
  rst: 'reStructuredText',
};

const LANGUAGE_BY_NAME: Readonly<Record<string, string>> = {
  Dockerfile: 'Dockerfile',
  Makefile: 'Makefile',
  'CMakeLists.txt': 'CMake',
  Rakefile: 'Ruby',
  Gemfile: 'Ruby',
};

/** The language of a file by its name or extension, or undefined when we do not know it. */
export function languageOf(path: string): string | undefined {
  const name = baseName(path);
  // A pull request names its files: `constructor` or `x.toString` is looked up as data.
  const byName = ownEntry(LANGUAGE_BY_NAME, name);
  if (byName) return byName;
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return undefined;
  return ownEntry(LANGUAGES, name.slice(dot + 1).toLowerCase());
}

/** Languages that are data or prose: they count as languages, but not as source that needs tests. */
const NOT_SOURCE = new Set([
  'YAML',
  'JSON',
  'TOML',
  'XML',
  'Markdown',
  'reStructuredText',
  'HTML',
  'CSS',
  'SCSS',
  'Sass',
  'Less',
]);

const TEST_DIR = /(^|\/)(tests?|__tests__|specs?|testing|e2e|__mocks__|fixtures)\//i;
const TEST_NAME =
  /(\.|_|-)(test|spec)s?\.[A-Za-z0-9]+$|^test_.+\.py$|_test\.go$|Tests?\.(java|kt|cs|swift|scala)$|_spec\.rb$/;

export function isTestPath(path: string): boolean {
  return TEST_DIR.test(path) || TEST_NAME.test(baseName(path));
}

function isSourcePath(path: string): boolean {
  const language = languageOf(path);
  return language !== undefined && !NOT_SOURCE.has(language) && !isTestPath(path);
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? word : many}`;
}

export function scoreComplexity(input: ComplexityInput): Complexity {
  const directories = [
    ...new Set(input.paths.map((p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.'))),
  ].sort();
  const languages = [
    ...new Set(input.paths.map(languageOf).filter((l): l is string => l !== undefined)),
  ].sort();
  const testFiles = input.paths.filter(isTestPath).length;
  const sourceFiles = input.paths.filter(isSourcePath).length;
  const files = input.paths.length;
  const reasons: ComplexityReason[] = [
    {
      text: plural(input.lines, 'changed line'),
      points: input.lines >= 500 ? 2 : input.lines >= 100 ? 1 : 0,
    },
    { text: plural(files, 'file'), points: files >= 50 ? 2 : files >= 10 ? 1 : 0 },
    {
      text: `${plural(directories.length, 'directory', 'directories')} touched`,
      points: directories.length >= 4 ? 1 : 0,
    },
    {
      text:
        languages.length === 0
          ? 'no recognised language'
          : `${plural(languages.length, 'language')} (${languages.join(', ')})`,
      points: languages.length >= 3 ? 1 : 0,
    },
    {
      text: plural(input.riskFlags, 'risk flag'),
      points: input.riskFlags >= 3 ? 2 : input.riskFlags >= 1 ? 1 : 0,
    },
    testReason(testFiles, sourceFiles),
  ];
  const raw = 1 + reasons.reduce((n, r) => n + r.points, 0);
  return { score: Math.min(MAX_COMPLEXITY, raw), reasons, directories, languages, testFiles, sourceFiles };
}

function testReason(testFiles: number, sourceFiles: number): ComplexityReason {
  if (testFiles > 0) return { text: `${plural(testFiles, 'test file')} changed`, points: 0 };
  if (sourceFiles > 0)
    return { text: `no test file changed alongside ${plural(sourceFiles, 'source file')}`, points: 1 };
  return { text: 'no source or test files changed', points: 0 };
}

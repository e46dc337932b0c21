import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSync, type Diagnostics } from 'recheck';
import { describe, expect, it } from 'vitest';
import { analyzeLog } from '../src/analyzer/analyze.js';
import { BUILTIN_RULES } from '../src/analyzer/builtin-rules.js';
import { SCORING_SCANS } from '../src/analyzer/fallback.js';

/**
 * Every regular expression the analyzer runs on log text is checked for super-linear
 * backtracking (ReDoS) by recheck: a fork's pull request prints what it likes, and one 16 KB line
 * (the splitter's cap) against a cubic pattern cost two minutes before the fixes below.
 */

const ANALYZER = fileURLToPath(new URL('../src/analyzer/', import.meta.url));

interface Site {
  /** Where it is: `rule-id.field` or `file:line`. */
  where: string;
  re: RegExp;
}

/** The RegExp-valued fields of the built-in rules (some are built at load time, not literals). */
function ruleRegexes(): Site[] {
  const out: Site[] = [];
  for (const rule of BUILTIN_RULES) {
    for (const field of ['pattern', 'lead', 'quiets'] as const) {
      const re = rule[field];
      if (re instanceof RegExp) out.push({ where: `${rule.id}.${field}`, re });
    }
  }
  return out;
}

/**
 * Regular expression literals in the analyzer's sources (module-level constants in follow.ts,
 * trim.ts, fallback.ts, ci-format.ts…, and helpers inside the rule files): a small lexer that
 * skips comments, strings and templates and takes `/` as a literal's start where an expression
 * may begin. Each one found must compile, which catches a misread.
 */
function literalRegexes(): Site[] {
  const out: Site[] = [];
  const files = readdirSync(ANALYZER, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  for (const file of files.sort()) {
    const src = readFileSync(join(ANALYZER, file), 'utf8');
    let i = 0;
    let prev = '';
    let line = 1;
    const startsExpr = () =>
      prev === '' || /[(,=:[!&|?{};+\-*%<>~^]$/.test(prev) || /\b(?:return|typeof|case|of|in)$/.test(prev);
    while (i < src.length) {
      const c = src[i]!;
      if (c === '\n') line++;
      if (c === '/' && src[i + 1] === '/') {
        while (i < src.length && src[i] !== '\n') i++;
        continue;
      }
      if (c === '/' && src[i + 1] === '*') {
        const end = src.indexOf('*/', i + 2);
        for (const ch of src.slice(i, end)) if (ch === '\n') line++;
        i = end + 2;
        continue;
      }
      if (c === '"' || c === "'" || c === '`') {
        i++;
        while (i < src.length && src[i] !== c) {
          if (src[i] === '\\') i++;
          else if (src[i] === '\n') line++;
          i++;
        }
        i++;
        prev = 'str';
        continue;
      }
      if (c === '/' && startsExpr()) {
        let j = i + 1;
        let inClass = false;
        while (j < src.length && (src[j] !== '/' || inClass)) {
          if (src[j] === '\\') j++;
          else if (src[j] === '[') inClass = true;
          else if (src[j] === ']') inClass = false;
          j++;
        }
        let k = j + 1;
        while (k < src.length && /[a-z]/.test(src[k]!)) k++;
        const re = new RegExp(src.slice(i + 1, j), src.slice(j + 1, k));
        out.push({ where: `${relative(ANALYZER, join(ANALYZER, file))}:${line}`, re });
        i = k;
        prev = 're';
        continue;
      }
      if (!/\s/.test(c)) {
        // The last token's tail: enough to tell an operator or keyword from an operand.
        prev = /[\w$]/.test(c) ? (/[\w$]$/.test(prev) ? prev + c : c).slice(-8) : c;
      }
      i++;
    }
  }
  return out;
}

/** One entry per distinct source and flags, naming every place it is used. */
function distinct(sites: readonly Site[]): Map<string, { re: RegExp; where: string[] }> {
  const map = new Map<string, { re: RegExp; where: string[] }>();
  for (const s of sites) {
    const key = `/${s.re.source}/${s.re.flags}`;
    const entry = map.get(key);
    if (entry) entry.where.push(s.where);
    else map.set(key, { re: s.re, where: [s.where] });
  }
  return map;
}

function check(re: RegExp): Diagnostics {
  // The automaton checker decides most patterns exactly and quickly; fuzzing is the fallback
  // for lookaround. A seed keeps the fuzzer's verdicts the same run to run.
  return checkSync(re.source, re.flags.replace(/[gy]/g, ''), { timeout: 10_000, randomSeed: 42 });
}

/**
 * recheck's verdicts, keyed on the exact source and flags: the full scan takes minutes, so the
 * test runs recheck only for a pattern not in the cache (new or changed), and an entry no pattern
 * uses any more fails the test. `REGEX_SAFETY_UPDATE=1` (or `pnpm check:regex`) rewrites the
 * cache from the current patterns, checking only those missing from it.
 */
const CACHE_FILE = fileURLToPath(new URL('./regex-safety.cache.json', import.meta.url));
const UPDATE = process.env.REGEX_SAFETY_UPDATE === '1';

interface CacheEntry {
  source: string;
  flags: string;
  status: Diagnostics['status'];
}

const cacheKey = (source: string, flags: string) => `/${source}/${flags}`;

function loadCache(): Map<string, CacheEntry> {
  const map = new Map<string, CacheEntry>();
  if (!existsSync(CACHE_FILE)) return map;
  for (const e of JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as CacheEntry[])
    map.set(cacheKey(e.source, e.flags), e);
  return map;
}

const cache = loadCache();
/** Verdicts recheck gave in this run, for the cache rewrite. */
const fresh = new Map<string, CacheEntry>();

/** The cached verdict, or recheck's (a pattern not in the cache is always checked). */
function verdict(re: RegExp): { status: Diagnostics['status']; diagnostics?: Diagnostics } {
  const key = cacheKey(re.source, re.flags);
  const hit = cache.get(key);
  if (hit) return { status: hit.status };
  const d = check(re);
  fresh.set(key, { source: re.source, flags: re.flags, status: d.status });
  return { status: d.status, diagnostics: d };
}

/**
 * Patterns still reported vulnerable (`/source/flags`), not fixed yet: debt, listed so that a new
 * vulnerable pattern fails this test. Quadratic unless marked; lines reach them cut to 16 KB (the
 * splitter's cap). An entry no longer used anywhere fails the test too, so the list only shrinks.
 */
const KNOWN_VULNERABLE = new Set<string>([
  // os.missing-file.pattern: 2nd degree polynomial (fuzz)
  "/ENOENT: no such file or directory, \\w+ '([^']+)'|FileNotFoundError: \\[Errno 2\\] No such file or directory: '([^']+)'|FileNotFoundException: (\\S+)|(?:can't open|cannot open|cannot stat|cannot access|can't read|open) '?([^':]+?)'?: No such file or directory|^(?:Error: )?(?:File|Path|Directory) '?([^' ]+)'? does not exist/",
  // buildkit.failed-to-solve.lead: 2nd degree polynomial
  '/^(?:-{4,}|\\s*>\\s.*|\\s*\\d+ \\|.*|[\\w./-]*Dockerfile[\\w.-]*:\\d+|#\\d+ (?:CANCELED|ERROR:.*)|\\s*\\d+\\.\\d+ .*|\\s*)$/',
  // testthat.failure.pattern: 2nd degree polynomial
  "/^\\s*(?:── )?(?:\\d+\\. )?(?:Failure|Error)(?: \\((?:at )?['‘]?([^'’()#:\\s]+)(?:[:#](\\d+))?(?::\\d+)?['’]?\\): (.+?)|: (.+?) \\(@([^#()\\s]+)#(\\d+)\\))(?: *─+)?\\s*$/",
  // fallback.ts: 3rd degree polynomial (fuzz)
  '/\\bfailed asserting\\b|\\bassert\\w*\\b[^\\n]{0,200}?\\bfail|\\bfail(?:ed|ure)\\b[^\\n]{0,200}?\\bassert/i',
  // rules/generic.ts: 2nd degree polynomial
  '/[Rr]un [\'`"]?([\\w .:/-]+?)[\'`"]?(?: locally)?(?: and|,|\\.|$)/',
]);

describe('analyzer regexes against ReDoS (recheck)', () => {
  // fallback.ts's combined scans are built from its literals, not literals themselves.
  const scans = SCORING_SCANS.map((s, i): Site => ({ where: `fallback.ts scan ${i}`, re: s.scan }));
  const sites = [...ruleRegexes(), ...literalRegexes(), ...scans];
  const unique = distinct(sites);

  it('finds the rules and the module-level regexes', () => {
    expect(ruleRegexes().length).toBeGreaterThan(400);
    const literal = literalRegexes().map((s) => s.where);
    // Module-level ones the brief names: follow.ts, trim.ts, fallback.ts, ci-format.ts.
    for (const file of ['follow.ts', 'trim.ts', 'fallback.ts', 'ci-format.ts'])
      expect(literal.some((w) => w.startsWith(`${file}:`))).toBe(true);
  });

  it('reports no vulnerable regex outside the known list', { timeout: 1_800_000 }, () => {
    const vulnerable: string[] = [];
    for (const [key, { re, where }] of unique) {
      const v = verdict(re);
      if (v.status !== 'vulnerable') continue;
      if (KNOWN_VULNERABLE.has(key)) continue;
      // A cached verdict carries no attack: recheck it for the message.
      const d = v.diagnostics ?? check(re);
      const detail =
        d.status === 'vulnerable' ? `${d.complexity.summary}; attack: ${d.attack.pattern}` : d.status;
      vulnerable.push(`${where.join(', ')}: ${key}\n  ${detail}`);
    }
    if (UPDATE) {
      const entries = [...unique.keys()].map((k) => fresh.get(k) ?? cache.get(k)!);
      entries.sort((a, b) => cacheKey(a.source, a.flags).localeCompare(cacheKey(b.source, b.flags)));
      // `pnpm check:regex` then formats it as Biome wants.
      writeFileSync(CACHE_FILE, `[\n${entries.map((e) => `  ${JSON.stringify(e)}`).join(',\n')}\n]\n`);
    }
    expect(vulnerable, `vulnerable regexes:\n${vulnerable.join('\n')}`).toEqual([]);
  });

  it('keeps in the cache only patterns still in use', () => {
    if (UPDATE) return;
    expect([...cache.keys()].filter((k) => !unique.has(k))).toEqual([]);
  });

  it('lists as known only patterns still in use, and still vulnerable', () => {
    expect([...KNOWN_VULNERABLE].filter((k) => !unique.has(k))).toEqual([]);
    const fixed = [...KNOWN_VULNERABLE].filter(
      (k) => unique.has(k) && verdict(unique.get(k)!.re).status !== 'vulnerable',
    );
    expect(fixed, 'fixed: take these off KNOWN_VULNERABLE').toEqual([]);
  });
});

/**
 * The patterns fixed here, with the attack recheck found against the old one (at most 16 KB, the
 * line cap): the new pattern is reported safe, and the attack line through the analyzer finishes.
 */
const FIXED: { id: string; attack: string }[] = [
  { id: 'eslint.problem', attack: `\t0:0\nerror\n${'\t'.repeat(1443)}${'\t\t'.repeat(1443)}` },
  { id: 'jest.fail-file', attack: `FAIL ].ts\t>\n${'\t'.repeat(1651)}FAIL${' '.repeat(1651)}\nl.ts []` },
  { id: 'stylelint.problem', attack: `\t0:0\t✖\t${'\t'.repeat(1443)}\t✖${'\t\t'.repeat(1443)}\n✖\t\t\n\t-` },
  { id: 'yamllint.problem', attack: `  0:0 error ${' '.repeat(3302)}:` },
  { id: 'minitest-reporters.spec-failed', attack: `\ntest__${' '.repeat(16_000)} I FAIL (0.0s)` },
  { id: 'dotnet.error', attack: `error NU0: ${' [:'.repeat(5000)}\n` },
  { id: 'csc.error', attack: `((0,0): error CS0000: ${'e [r'.repeat(4000)}C` },
  { id: 'vstest.failed-test', attack: `Failed i.+(${') ['.repeat(5000)}\n` },
  { id: 'maven.unresolved', attack: `${'jd'.repeat(8000)}\t or one of its dependencies could not` },
  { id: 'black.would-reformat', attack: `d${'0'.repeat(16_000)}o files would be` },
  { id: 'go.proxy-off', attack: `${'d'.repeat(16_000)}G module lookup disabled` },
  { id: 'vitest.failed-header', attack: `${'⎯'.repeat(8000)}⎯F⎯ Failed Test 0 ⎯` },
  { id: 'ocaml.error', attack: `Error (warning 0${'0'.repeat(16_000)}` },
  { id: 'go.module-fetch', attack: 'a'.repeat(16_000) },
  { id: 'composer.unresolvable', attack: 'a'.repeat(16_000) },
  { id: 'pytest.summary', attack: `= n${'0'.repeat(16_000)}` },
  {
    id: 'surefire.class-failed',
    attack: 'Tests run: 0, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: '.repeat(240),
  },
  { id: 'phpstan.file-table', attack: `  Line   a${' '.repeat(16_000)}\u2028` },
  { id: 'ci.drift-check', attack: 'inconsistent '.repeat(1230) },
];

describe('regexes fixed against ReDoS', () => {
  for (const { id, attack } of FIXED) {
    it(`${id}: reported safe, and its old attack line goes through the analyzer`, async () => {
      const rule = BUILTIN_RULES.find((r) => r.id === id);
      expect(rule).toBeDefined();
      expect(verdict(rule!.pattern).status).toBe('safe');
      const log = `${attack}\n${attack}\nProcess completed with exit code 1.\n`;
      const analysis = await analyzeLog(log);
      expect(analysis.stats.linesRead).toBeGreaterThan(2);
    });
  }
});

describe('module-level regexes fixed against ReDoS', () => {
  // Found by where they are and a piece of their source: a literal has no name to look it up by.
  for (const [file, piece, attack] of [
    ['fallback.ts', '(?<!\\d)\\d+\\s*\\/', `${'1'.repeat(16_000)}x`],
    ['rules/go.ts', '@v[\\d.][', `a@v${'1'.repeat(16_000)}x`],
    ['fallback.ts', '\\s*(?:%\\s*)?\\|', `| 1${' '.repeat(16_000)}`],
    ['follow.ts', '[\\w./*)-]*\\(', `at ${'('.repeat(16_000)}`],
  ] as const) {
    it(`${file} ${piece}: reported safe, and its old attack line goes through the analyzer`, async () => {
      const site = literalRegexes().find(
        (s) => s.where.startsWith(`${file}:`) && s.re.source.includes(piece),
      );
      expect(site).toBeDefined();
      expect(verdict(site!.re).status).toBe('safe');
      const analysis = await analyzeLog(`${attack}\nError: ${attack}\nProcess completed with exit code 1.\n`);
      expect(analysis.stats.linesRead).toBe(3);
    });
  }
});

import type { FailureCategory } from './categories.js';
import type { Facts } from './facts.js';
import { StemKernel } from './stem-kernel.js';
import { FREQUENT_TRIGRAMS } from './trigrams.js';

/**
 * What a line is, to the analyzer:
 * - `error`: it states a failure (a compiler error, a failed test, a refused download);
 * - `verdict`: a tool's closing statement that the build failed (`BUILD FAILURE`, the exit code);
 * - `header`: a heading announcing errors below it (`COMPILATION ERROR :`, `=== FAILURES ===`);
 * - `noise`: looks like an error but is not (`0 errors`, a retry that succeeded).
 */
export type Role = 'error' | 'verdict' | 'header' | 'noise';

/** How the lines after a matching line belong to it. */
export type Follow =
  /** Stack frames, `Caused by:` chains, tracebacks, goroutine dumps. */
  | 'trace'
  /** Lines indented deeper than this one (details under a compiler error or failed test). */
  | 'indented'
  /** Lines with the same leading tag, e.g. `[ERROR]` or `npm ERR!`. */
  | 'same-tag'
  /** Every line up to the next blank line (a report paragraph), and on past it while indented. */
  | 'paragraph'
  /** The lines right under it, ending at the first blank line (a failed test's message). */
  | 'until-blank'
  /** TeX's error context: `l.<n>` and `<…>` lines and their indented rest. */
  | 'tex-context'
  /**
   * Lines indented deeper than this one, up to where the message ends and its context starts
   * (GHC's `• In the …` bullets and `|` source gutter, a `CallStack (from HasCallStack):`, a rerun hint).
   */
  | 'message'
  /** Nothing. */
  | 'none';

export interface Rule {
  /** `<tool>.<what>`, e.g. `tsc.error`, `pytest.failed`. */
  id: string;
  /** The tool or runner behaviour the rule recognises. */
  tool: string;
  /**
   * Case-sensitive literal text that every line the rule matches contains. Only lines holding an
   * anchor are ever tested, which is what keeps a 300 MB log fast. Each anchor must contain one of
   * the scan stems (STEMS), which is what the first, whole-chunk pass looks for.
   */
  anchors: readonly string[];
  /** Tested on the line without timestamp, ANSI codes and a `##[error]` prefix. */
  pattern: RegExp;
  role: Role;
  category?: FailureCategory;
  /** The category, when it depends on what matched (a Maven plugin, a Gradle task, an npm code). */
  classify?: (match: RegExpExecArray) => FailureCategory | undefined;
  /** 0..1: how surely a match marks (or, for noise, unmarks) a failure line. */
  weight: number;
  follow?: Follow;
  /** Lines just before the match that belong to it (a file header, a report box). */
  lead?: RegExp;
  facts?: (match: RegExpExecArray, line: string) => Facts;
  /** A fixed confidence for findings this rule decides (user rules state their own). */
  confidence?: number;
  /**
   * On a `header`: the section it heads lists results that did not fail the run (RSpec's pending
   * examples, PHPUnit's risky, incomplete and skipped tests), so error lines under it are not
   * findings. The section ends at the first line this matches, or at the next header.
   */
  quiets?: RegExp;
}

export interface RuleHit {
  rule: Rule;
  category?: FailureCategory;
  facts?: Facts;
}

/** The last letter of an Elm report title and the ruler after it: "T ---" in "-- PROBLEM LOADING PACKAGE LIST ---". */
export const ELM_HEADING_ENDS: readonly string[] = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c) => `${c} ---`);

/**
 * Short literals (three bytes or more) the per-line byte scan looks for (see StemIndex); every
 * anchor must contain one. A line holding none of them costs one pass over its bytes and nothing
 * more. Few and short, so that one stem serves many anchors.
 */
export const STEMS: readonly string[] = [
  'rror',
  'RROR',
  'ail',
  'AIL',
  'atal',
  'enied',
  'xit ',
  'o such',
  'ot found',
  'illed',
  'imed out',
  'raceback',
  'anic',
  '##[',
  'ost job',
  'xception',
  'annot',
  'ould not',
  'nable to',
  'efused',
  // Not `imeout` alone: `timeout` is in many lines that hold no anchor (configuration, progress).
  'o timeout',
  '(Timeout)',
  'Timeout of',
  'navailable',
  'ermission',
  'emory',
  // Not `pace`: it stops the scan on every `namespace`, `workspace` and `replace`.
  'disk space',
  'space left',
  'ests run',
  'ests completed',
  'arked build',
  'ndefined',
  'p-to-date',
  'p to date',
  'ake:',
  'ERR',
  'ncompatible',
  'anceled',
  'nsupported',
  'ould reformat',
  'roblem',
  'failing',
  'rejected',
  'ENO',
  'FAIL',
  'ffenses',
  'xamples, ',
  '●',
  'nexpected',
  'ENOTFOUND',
  'conflict',
  'CONFLICT',
  'nreachable',
  'esolve',
  'ismatch',
  // Not `equire`: `require` is common in code and stack frames; the anchors say `requires `.
  'requires ',
  'requirement',
  'required module',
  'json requires',
  'ermit',
  'orbidden',
  'ccessible',
  'andshake',
  'eset',
  'hutdown',
  'ommunication',
  'rotected',
  'nvalid',
  'upplied',
  'nauthorized',
  'redentials',
  'cache key',
  'E   ',
  '✖',
  '[warn]',
  'ot supported',
  'xceeded',
  '* checking',
  'ont-end',
  'dubious',
  'atchers',
  'pen files',
  'MFILE',
  'not exist',
  'ACCES',
  'ECONN',
  'TIMEDOUT',
  'hang up',
  'ateway',
  'status code',
  'nsafe repo',
  'anifest',
  'toomany',
  'release v',
  'ecent version',
  'wrong version',
  'forked VM',
  '.kt',
  'checkstyle',
  'FATAL',
  'tyle issues',
  'Prettier',
  'Not Found',
  'issing',
  'package-lock',
  'LIFECYCLE',
  'YN00',
  'eap limit',
  'o module',
  'istribution',
  'mpossible',
  'poetry.lock',
  '.go:',
  '.py:',
  '.rb:',
  'Found ',
  'fixable',
  'reformat',
  'rvice not known',
  'Get "',
  ': reading',
  'erifying',
  'go.sum',
  'go.mod',
  'upported version',
  'issues found',
  'gofmt',
  'go fmt',
  '--> ',
  'clippy',
  'Diff in ',
  'o matching',
  'ld returned',
  'NOT find',
  '***',
  'rspec ./',
  'Gemfile',
  'ffense',
  'out of date',
  'out-of-date',
  'nconsistent',
  'modified',
  'could not',
  'not valid',
  'ecognized',
  // C/C++ (linker, Valgrind, sanitizers, automake), shell (bats, ShellCheck), Perl (Test::More,
  // cpanm, @INC) and PHP (PHPUnit test names): the families of rules/native.ts, shell.ts, perl.ts, php.ts.
  'ultiple definition',
  'XPASS: ',
  'ninitialised',
  'loss record',
  ' at 0x',
  ' by 0x',
  'Sanitizer',
  ' of size ',
  'irect leak',
  'terminate called',
  'in test file',
  'from function',
  '- SC',
  '^ SC',
  '[SC',
  'xpected',
  'got: ',
  '$got',
  "an't locate",
  "ouldn't find",
  'Looks like you',
  '#   at ',
  'not ok ',
  '::test',
  '.php:',
  // R, Lua, LaTeX, Ruby (minitest, test-unit, cucumber, rake), JavaScript test runners (mocha,
  // jasmine, karma, ava, TAP, grunt, gulp), dotnet test, dart test, XCTest: rules/r.ts, lua.ts,
  // latex.ts, ruby.ts, js-runners.ts, dotnet-dart-swift.ts.
  'no package called',
  "' expected",
  'nfinished',
  'alformed',
  '.lua:',
  '.tex:',
  '.sty:',
  '.cls:',
  '.tex line ',
  // TeX's "! Message" errors: "! " and the message's capital.
  '! A',
  '! B',
  '! C',
  '! D',
  '! E',
  '! F',
  '! I',
  '! L',
  '! M',
  '! N',
  '! P',
  '! T',
  '! U',
  '! Y',
  'yntax error',
  'Errno::',
  'aborted!',
  'not ok',
  'Message:',
  'se --force',
  'never defined',
  'in your gulpfile',
  '[E]',
  'xpected but',
  'ucumber ',
  // Erlang, Elixir, Haskell, Clojure, Scala (rules/erlang.ts … rules/scala.ts, rules/assertions.ts).
  '.erl:',
  '.hrl:',
  '**exit:',
  '**throw:',
  '::exit:',
  '::throw:',
  'est/0',
  'est_/0',
  'SUITE',
  '===> ',
  'ill never ',
  'an never ',
  'local return',
  ') test ',
  ') doctest ',
  ') property ',
  'ssertion with ',
  'xpected',
  'code: ',
  'left: ',
  'right: ',
  '** (',
  'nchecked dep',
  '.hs:',
  '.lhs:',
  '.hsc:',
  '.hs-boot:',
  'nknown package',
  'ctual: ',
  'got: ',
  'ffline mode',
  '.scala:',
  'eason: ',
  '{value,',
  'EOF while',
  'not formatted',
  'setup_all callback',
  'setup callback',
  'incurred',
  '*timed out*',
  // GoogleTest/Catch2, OCaml, D, Nim, Fortran, Crystal, Elm, Haxe: rules/cpp-test.ts, ocaml.ts,
  // compiled.ts; gofmt -d (rules/go.ts).
  'haracters ',
  'unittest]',
  '.cr:',
  'eceived: `',
  '.go.orig',
  // JUnit 5's console tree marks a failed test with ✘ (rules/jvm.ts).
  ' ✘',
  // Elm's report headings, "-- TYPE MISMATCH ----": an upper-case word before the dashes, which
  // Maven's "[INFO] --- plugin ---" and "[INFO] -----" rulers never have.
  ...ELM_HEADING_ENDS,
  // Other CIs' own time limits (rules/runner.ts): Travis, GitLab, CircleCI.
  'stalled build',
  'time limit for jobs',
  'took longer than',
  'with no output',
  // Raku, Octave, Lisps (ERT, rackunit, SBCL), SwiftLint, CoffeeScript: rules/raku.ts, octave.ts,
  // lisp.ts, apple.ts, coffee.ts.
  ' in sub ',
  ' in method ',
  ' in block <',
  ' condition:',
  '.rkt:',
  'nhandled ',
  'iolation: ',
  '.coffee:',
  // PHPStan's table heading (rules/php-tools.ts).
  'Line   ',
  // JVM build tools and C# (rules/jvm.ts, rules/dotnet-build.ts): groovyc's file and position
  // (also in Gradle's build-script errors), Groovy's uncaught "Caught: …", the Maven Enforcer's
  // version range and banned dependency, NUnit 2's failures, xbuild's unresolved reference.
  '.groovy: ',
  ' @ line ',
  'Caught: ',
  'allowed range',
  'anned Dep',
  'Test Failure : ',
  'Test Error : ',
  'not resolved',
  // Quiet sections (Rule.quiets: RSpec's and rebar3's pending, PHPUnit's risky, incomplete and
  // skipped tests), Ant's <junit> and <javac> task output (rules/ruby.ts, php.ts, jvm.ts).
  'Pending:',
  'isky test',
  'ncomplete test',
  'kipped test',
  'PHPUnit deprecation',
  'PHPUnit notice',
  // Installing dependencies (rules/install.ts): apt-get's package with no candidate, mkmf without
  // Ruby's headers, Go with module downloads off, npm's EBADENGINE details.
  'nstallation candidate',
  'header files',
  'lookup disabled',
  'notsup ',
  // Linters and format checks (rules/linters.ts): clang-format, isort, markdownlint's rule codes,
  // codespell's corrections.
  'clang-format',
  'ncorrectly sorted',
  ' MD0',
  ' ==> ',
  // TSLint's "file.ts[line, col]", standard's banner, puppet-lint's check names, ansible-lint's
  // "file.yml:line".
  '.ts[',
  '.tsx[',
  'Standard Style',
  'utomatically fix',
  '(check: ',
  '.yml:',
  '.yaml:',
  'too many warnings',
  // Coverage gates (rules/coverage.ts): istanbul, Jest, SimpleCov.
  'oes not meet',
  'coverage threshold',
  'minimum coverage',
  'overage has dropped',
  // composer validate: --strict failing on warnings alone, a manifest its schema rejects (rules/php.ts).
  'with a few warnings',
  'JSON schema',
  // JavaScript as Travis ran it (rules/js-legacy.ts): JSHint's ", col " and its messages under a
  // caret in grunt, JSCS's rule names, standard's banner, gulp 3's "primordials is not defined".
  ', col ',
  'ot defined',
  'emicolon',
  'requireS',
  'requireC',
  'requireT',
  'disallow',
  'validate',
  'tandard Style',
  'not invoked',
  // Mobile and their neighbours (rules/dotnet-dart-swift.ts, apple.ts, elixir.ts, php-tools.ts):
  // Flutter's exception banner, CocoaPods' unsatisfiable requirement, Credo's issue rows.
  'CAUGHT BY',
  'spec sources',
  '┃ ',
  // Node.js dying of an uncaught error: a promise rejected with no handler, the closing version
  // line (rules/node.ts).
  'Rejection: ',
  'Node.js v',
  'Module._compile',
  'ModuleJob.run',
  // pkg-config 0.29's "No package 'x' found", also under CMake's pkg_check_modules (rules/install.ts).
  'No package ',
  // Swift Testing's issue line (rules/apple.ts).
  'recorded an issue',
  // MUnit's failed-test marker and comparison headers (rules/scala.ts).
  '==> X',
  'not the same',
  '=> Diff',
  // Carthage refusing to build a fat framework (rules/apple.ts).
  'common architectures',
  // Nix (rules/nix.ts): a builder's log lines as `nix build` quotes them, after "       > ".
  '     > ',
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular expression source matching any of `words`, factored by common prefixes. */
export function literalAlternation(words: readonly string[]): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Node): string => {
    if (node.next.size === 0) return '';
    const alts = [...node.next].map(([ch, child]) => escapeRegExp(ch) + emit(child));
    const body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

/**
 * How common a byte is in log text, roughly: spaces and frequent lowercase letters most, other
 * letters and separators less, capitals, digits and other punctuation least.
 */
function commonness(byte: number): number {
  if (byte === 32) return 5;
  if ('etaoinsr'.includes(String.fromCharCode(byte))) return 4;
  if (byte >= 97 && byte <= 122) return 3;
  if (byte === 61 || byte === 45 || byte === 46 || byte === 47 || byte === 58 || byte === 95) return 3;
  if (byte >= 128) return 0;
  return 1;
}

/**
 * Three letters that English words and code identifiers are full of (`missing`, `package`,
 * `project`, `complete`): a stem keyed by them would be confirmed at every such word. Letters
 * alone do not tell (`g` is rare, `ing` is everywhere).
 */
const VERY_COMMON_TRIGRAMS = new Set(
  'the and ing ion tio ent ati for her ter com pac jec mpl ple'.split(' '),
);
const COMMON_TRIGRAMS = new Set(
  (
    'hat tha ere ate his con res ver all ons nce men ith ted ers pro thi wit are ess not ive was ect rea ' +
    'eve per int est sta cti ica ist ear ain one our iti rat ell ant str ort man red pre ine tra nte ase ' +
    'ure out ble ric ven age sti tin lin ran der ina nes ill ond cat ies ste tor ore ser ame kag imp che ' +
    'run cod fil por rec ach mpo emo ild uil ini lat ial ava app pen end spe ack ndi din ode ype ues que ' +
    'ssi iss tes ail rro err orr omp ile sin ert sts ult ref tal orm ann nch'
  ).split(' '),
);

let ranks: Map<string, number> | undefined;
/** FREQUENT_TRIGRAMS by sequence: 0 for the most frequent. */
function trigramRank(): Map<string, number> {
  if (!ranks) {
    ranks = new Map();
    for (let i = 0; i + 3 <= FREQUENT_TRIGRAMS.length; i += 3)
      ranks.set(FREQUENT_TRIGRAMS.slice(i, i + 3), i / 3);
  }
  return ranks;
}

/**
 * The offset of the stem's three bytes least likely to occur in ordinary text: the stem is found
 * by those, so a stem starting with `est` or `===` does not stop the scan on every "test" or
 * every separator line.
 */
/** The three bytes (latin1) StemIndex finds `stem` by. */
export function stemKey(stem: string): string {
  const bytes = Buffer.from(stem, 'utf8');
  const o = rareOffset(bytes);
  return bytes.subarray(o, o + 3).toString('latin1');
}

function rareOffset(bytes: Uint8Array): number {
  let best = 0;
  let bestScore = Number.POSITIVE_INFINITY;
  for (let o = 0; o + 3 <= bytes.length; o++) {
    const a = bytes[o]!;
    const b = bytes[o + 1]!;
    const c = bytes[o + 2]!;
    // Measured first (how often recorded logs hold these bytes), guessed second: the guess still
    // orders the sequences the recordings hold too rarely to rank.
    const rank = trigramRank().get(String.fromCharCode(a, b, c));
    let score = rank === undefined ? 0 : (FREQUENT_TRIGRAMS.length / 3 - rank) * 100;
    score += commonness(a) + commonness(b) + commonness(c);
    // Runs (`===`, `---`, `   `) fill separator and indentation lines.
    if (a === b || b === c) score += 4;
    const lower = String.fromCharCode(a | 32, b | 32, c | 32);
    if (VERY_COMMON_TRIGRAMS.has(lower)) score += 10;
    else if (COMMON_TRIGRAMS.has(lower)) score += 6;
    if (score < bestScore) {
      bestScore = score;
      best = o;
    }
  }
  return best;
}

/** A stem under its key, until the constructor lays the keys out in flat tables. */
interface Stem {
  /** Index in the list the index was built from. */
  id: number;
  /** Where the three bytes it is found by start. */
  offset: number;
}

/**
 * Finds whether a line's bytes hold any stem. A JavaScript loop over the bytes with a rolling
 * three-byte key and a bit set of three bytes of each stem runs several times faster than a
 * regular expression alternation of a hundred literals, and costs the same whatever the stem count;
 * a key hit is confirmed by comparing the whole stem. Each stem is keyed by its rarest three bytes
 * (see rareOffset), so that key hits, and the confirming they cost, stay rare.
 */
export class StemIndex {
  private readonly bits = new Uint32Array(1 << 19);
  private readonly byKey = new Map<number, Stem[]>();
  /** By stem id: its length in bytes and its tag (for StemHits' readers). */
  readonly lengths: Int32Array;
  readonly tags: Int32Array;
  /**
   * `tags[i]` (a bit, default 1) says which family stem i belongs to (StemHits' readers OR them).
   * `kernel: false`: `scan` runs its JavaScript loop, not the WebAssembly one (tests compare the two).
   */
  constructor(stems: readonly string[], tags?: readonly number[], options: { kernel?: boolean } = {}) {
    this.useKernel = options.kernel ?? true;
    this.lengths = new Int32Array(stems.length);
    this.tags = new Int32Array(stems.length);
    stems.forEach((stem, i) => {
      const bytes = Buffer.from(stem, 'utf8');
      if (bytes.length < 3) throw new Error(`stem "${stem}" is shorter than three bytes`);
      const tag = tags?.[i] ?? 1;
      this.lengths[i] = bytes.length;
      this.tags[i] = tag;
      const offset = rareOffset(bytes);
      const key = (bytes[offset]! << 16) | (bytes[offset + 1]! << 8) | bytes[offset + 2]!;
      this.bits[key >>> 5]! |= 1 << (key & 31);
      const list = this.byKey.get(key);
      const entry = { id: i, offset };
      if (list) list.push(entry);
      else this.byKey.set(key, [entry]);
    });
    // The same lists in flat typed arrays, found by open addressing: `scan` confirms a million key
    // hits per 60 MB, and a Map lookup and entry objects cost more than the byte loop itself.
    let size = 16;
    while (size < this.byKey.size * 4) size *= 2;
    this.slotShift = 32 - Math.log2(size);
    this.slotKey = new Int32Array(size).fill(-1);
    this.slotAt = new Int32Array(size);
    this.slotCount = new Int32Array(size);
    this.entryId = new Int32Array(stems.length);
    this.entryOffset = new Int32Array(stems.length);
    this.stemStart = new Int32Array(stems.length);
    const flat: number[] = [];
    let e = 0;
    for (const [key, list] of this.byKey) {
      let slot = Math.imul(key, 0x9e3779b1) >>> this.slotShift;
      while (this.slotKey[slot] !== -1) slot = (slot + 1) & (size - 1);
      this.slotKey[slot] = key;
      this.slotAt[slot] = e;
      this.slotCount[slot] = list.length;
      for (const entry of list) {
        this.entryId[e] = entry.id;
        this.entryOffset[e] = entry.offset;
        e++;
      }
    }
    stems.forEach((stem, i) => {
      this.stemStart[i] = flat.length;
      for (const b of Buffer.from(stem, 'utf8')) flat.push(b);
    });
    this.stemBytes = Uint8Array.from(flat);
  }

  /** The WebAssembly scan loop, made on the first `scan` (undefined: none, or not yet; null: cannot). */
  private kernel(): StemKernel | undefined {
    if (this.scanKernel === undefined)
      this.scanKernel =
        (this.useKernel
          ? StemKernel.create({
              keys: this.byKey.keys(),
              slotShift: this.slotShift,
              slotKey: this.slotKey,
              slotAt: this.slotAt,
              slotCount: this.slotCount,
              entryId: this.entryId,
              entryOffset: this.entryOffset,
              lengths: this.lengths,
              stemStart: this.stemStart,
              stemBytes: this.stemBytes,
            })
          : undefined) ?? null;
    return this.scanKernel ?? undefined;
  }
  private scanKernel: StemKernel | null | undefined;
  private readonly useKernel: boolean;

  private readonly slotShift: number;
  private readonly slotKey: Int32Array;
  private readonly slotAt: Int32Array;
  private readonly slotCount: Int32Array;
  private readonly entryId: Int32Array;
  private readonly entryOffset: Int32Array;
  private readonly stemStart: Int32Array;
  private readonly stemBytes: Uint8Array;

  /** Whether bytes[start, end) hold a stem. */
  has(bytes: Uint8Array, start: number, end: number): boolean {
    if (end - start < 3) return false;
    const bits = this.bits;
    let key = (bytes[start]! << 8) | bytes[start + 1]!;
    for (let i = start + 2; i < end; i++) {
      key = ((key << 8) | bytes[i]!) & 0xffffff;
      if ((bits[key >>> 5]! & (1 << (key & 31))) !== 0 && this.confirm(bytes, i - 2, start, end, key))
        return true;
    }
    return false;
  }

  /**
   * Every stem occurrence in bytes[start, end) as (id, offset from start) pairs written into `out`;
   * returns the number of pairs (at most out.length / 2).
   */
  occurrences(bytes: Uint8Array, start: number, end: number, out: Int32Array): number {
    if (end - start < 3) return 0;
    const bits = this.bits;
    let n = 0;
    let key = (bytes[start]! << 8) | bytes[start + 1]!;
    for (let i = start + 2; i < end; i++) {
      key = ((key << 8) | bytes[i]!) & 0xffffff;
      if ((bits[key >>> 5]! & (1 << (key & 31))) === 0) continue;
      const slot = this.slotOf(key);
      for (let e = this.slotAt[slot]!, last = e + this.slotCount[slot]!; e < last; e++) {
        const id = this.entryId[e]!;
        const from = i - 2 - this.entryOffset[e]!;
        if (!this.stemAt(bytes, from, start, end, id)) continue;
        if (n * 2 + 1 >= out.length) return n;
        out[n * 2] = id;
        out[n * 2 + 1] = from - start;
        n++;
      }
    }
    return n;
  }

  /**
   * Every stem occurrence in bytes[start, end) (a run of many lines, not one), appended to `hits`
   * after clearing it: one pass for all the lines, instead of one per line and a second per line
   * holding a stem. Occurrences come in the order `occurrences` reports a line's (by where the key
   * sits, then by stem id). No stem holds a line break, so each occurrence lies inside one line;
   * the caller assigns them to lines (and drops those past a cut line's end).
   */
  scan(bytes: Uint8Array, start: number, end: number, hits: StemHits): void {
    hits.count = 0;
    if (end - start < 3) return;
    const kernel = this.kernel();
    if (kernel !== undefined && end - start <= kernel.capacity) {
      // The same hits as the loop below, found in WebAssembly (stem-kernel.ts).
      kernel.scan(bytes, start, end, hits);
      return;
    }
    const bits = this.bits;
    let key = (bytes[start]! << 8) | bytes[start + 1]!;
    for (let i = start + 2; i < end; i++) {
      key = ((key << 8) | bytes[i]!) & 0xffffff;
      if ((bits[key >>> 5]! & (1 << (key & 31))) !== 0) this.record(bytes, i - 2, start, end, key, hits);
    }
  }

  /** scan's confirmation: the stems keyed by `key` at `at` that the bytes hold, into `hits`. */
  private record(
    bytes: Uint8Array,
    at: number,
    start: number,
    end: number,
    key: number,
    hits: StemHits,
  ): void {
    const slot = this.slotOf(key);
    for (let e = this.slotAt[slot]!, last = e + this.slotCount[slot]!; e < last; e++) {
      const id = this.entryId[e]!;
      const from = at - this.entryOffset[e]!;
      if (this.stemAt(bytes, from, start, end, id)) hits.push(at, from, id);
    }
  }

  /** Whether a stem whose key sits at `at` lies whole in bytes[start, end). */
  private confirm(bytes: Uint8Array, at: number, start: number, end: number, key: number): boolean {
    const slot = this.slotOf(key);
    for (let e = this.slotAt[slot]!, last = e + this.slotCount[slot]!; e < last; e++)
      if (this.stemAt(bytes, at - this.entryOffset[e]!, start, end, this.entryId[e]!)) return true;
    return false;
  }

  /** The slot of `key` in the flat tables; the bit set holds only keys of the table, so the probe ends. */
  private slotOf(key: number): number {
    const slotKey = this.slotKey;
    const wrap = slotKey.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> this.slotShift;
    while (slotKey[slot] !== key) slot = (slot + 1) & wrap;
    return slot;
  }

  /** Whether stem `id` starts at `from` and lies whole in bytes[start, end). */
  private stemAt(bytes: Uint8Array, from: number, start: number, end: number, id: number): boolean {
    const length = this.lengths[id]!;
    if (from < start || from + length > end) return false;
    const stemBytes = this.stemBytes;
    const base = this.stemStart[id]!;
    let k = 0;
    while (k < length && bytes[from + k] === stemBytes[base + k]) k++;
    return k === length;
  }
}

/** Stem occurrences found by StemIndex.scan: where each one's key and the stem start, and its id. */
export class StemHits {
  count = 0;
  key = new Int32Array(4096);
  from = new Int32Array(4096);
  id = new Int32Array(4096);

  push(key: number, from: number, id: number): void {
    const n = this.count;
    if (n === this.key.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.key = grow(this.key);
      this.from = grow(this.from);
      this.id = grow(this.id);
    }
    this.key[n] = key;
    this.from[n] = from;
    this.id[n] = id;
    this.count = n + 1;
  }
}

interface StemAnchor {
  /** The anchor's UTF-8 bytes: compared with the line's bytes. */
  bytes: Uint8Array;
  /** Where the stem starts in the anchor. */
  lead: number;
  rules: Rule[];
  /** The anchor's place among all anchors: hits at one place come out in this order. */
  order: number;
}

/**
 * A stem's anchors as a small decision tree over the bytes around the stem: a node reads the byte
 * at one offset from the stem's start and takes the child of its class; a leaf holds the few
 * anchors still possible, to compare byte for byte. Up to a hundred anchors share `rror`, `ERR` or
 * `ail`, and dozens share their next characters too (`ERROR:`, `ERROR `, `[ERROR]`): the one
 * character each side of the stem left about eight to compare per stem occurrence on a failing
 * log; a few levels leave one or two.
 */
interface AnchorTree {
  /** The offset from the stem's start of the byte this node reads (a leaf reads none). */
  offset: number;
  /** Child by the class of that byte (none at a leaf). */
  children: AnchorTree[];
  /** Class by byte value (0..255; 256: no byte there, the offset is outside the line). */
  classOf: Uint8Array;
  /** At a leaf: the anchors left, in their order. */
  anchors: readonly StemAnchor[];
}

/** A leaf this small is compared as it is. */
const TREE_LEAF = 2;
const TREE_DEPTH = 3;
/** How far before the stem's start a node may read (three times that after it). */
const TREE_REACH = 4;
const NO_CLASSES = new Uint8Array(257);

/**
 * The tree for a stem's anchors: at each node the offset whose byte splits them best (the
 * largest child smallest). An anchor with no byte at that offset (it ends, or starts, before it)
 * goes to every child, so a child holds every anchor its byte allows; the class of bytes no anchor
 * has there (and of no byte at all) holds only those. Offsets that would copy many anchors into
 * every child are passed over, so the tree stays small.
 */
function anchorTree(list: readonly StemAnchor[], depth = 0): AnchorTree {
  const leaf: AnchorTree = { offset: 0, children: [], classOf: NO_CLASSES, anchors: list };
  if (list.length <= TREE_LEAF || depth >= TREE_DEPTH) return leaf;
  // The byte an anchor has at `offset` from its stem's start, or -1 when it has none there.
  const byteAt = (e: StemAnchor, offset: number): number => {
    const k = e.lead + offset;
    return k >= 0 && k < e.bytes.length ? e.bytes[k]! : -1;
  };
  // Offsets near the stem: they tell most anchors apart, and looking further costs build time.
  let lowest = 0;
  let highest = 0;
  for (const e of list) {
    lowest = Math.max(-TREE_REACH, Math.min(lowest, -e.lead));
    highest = Math.min(TREE_REACH * 3, Math.max(highest, e.bytes.length - e.lead - 1));
  }
  const counts = new Int32Array(256);
  const seen: number[] = [];
  // Anchors with no byte at an offset go to every child: past a third of them, the copies cost
  // more than the split saves.
  const maxWild = list.length / 3;
  let best: { offset: number; largest: number } | undefined;
  for (let offset = lowest; offset <= highest; offset++) {
    for (const b of seen) counts[b] = 0;
    seen.length = 0;
    let wild = 0;
    let largest = 0;
    for (let i = 0; i < list.length && wild <= maxWild; i++) {
      const b = byteAt(list[i]!, offset);
      if (b < 0) wild++;
      else {
        if (counts[b] === 0) seen.push(b);
        counts[b]! += 1;
        largest = Math.max(largest, counts[b]!);
      }
    }
    if (seen.length < 2 || wild > maxWild) continue;
    largest += wild;
    if (!best || largest < best.largest) best = { offset, largest };
  }
  if (!best || best.largest * 4 > list.length * 3) return leaf;
  const { offset } = best;
  const classOf = new Uint8Array(257);
  const bytes: number[] = [];
  for (const e of list) {
    const b = byteAt(e, offset);
    if (b >= 0 && classOf[b] === 0) {
      bytes.push(b);
      classOf[b] = bytes.length;
    }
  }
  // A class must fit a byte: 256 values and the class of none would not (UTF-8 anchors never
  // hold all 256 byte values at one place, but the tables must not wrap if one did).
  if (bytes.length > 255) return leaf;
  const children = [
    anchorTree(
      list.filter((e) => byteAt(e, offset) < 0),
      depth + 1,
    ),
  ];
  for (const b of bytes)
    children.push(
      anchorTree(
        list.filter((e) => {
          const at = byteAt(e, offset);
          return at < 0 || at === b;
        }),
        depth + 1,
      ),
    );
  return { offset, children, classOf, anchors: [] };
}

/**
 * Every stem's tree and every anchor in flat typed arrays, walked by `candidatesFound`: a node's
 * fields, its byte classes and an anchor's bytes sit side by side in a few arrays, where the trees'
 * objects and each anchor's own byte array were a chain of pointers per step (most of the lookup's
 * time on a failing log).
 */
interface FlatAnchors {
  /** By stem id: its tree's root node. */
  root: Int32Array;
  /** By node: the offset from the stem's start of the byte it reads (inner nodes). */
  offset: Int32Array;
  /** By node: its first child (children are consecutive), or -1 at a leaf. */
  firstChild: Int32Array;
  /** By inner node: where its 257 byte classes start in `classes`. */
  classesAt: Int32Array;
  classes: Uint8Array;
  /** By node: its anchors at a leaf, leafAnchors[leafStart[node], leafEnd[node]), as anchor orders. */
  leafStart: Int32Array;
  leafEnd: Int32Array;
  leafAnchors: Int32Array;
  /** By anchor (its order): where the stem starts in it, its bytes in `bytes`, its rules. */
  lead: Int32Array;
  bytesAt: Int32Array;
  length: Int32Array;
  bytes: Uint8Array;
  rules: Rule[][];
}

function flatAnchors(trees: readonly AnchorTree[], anchors: readonly StemAnchor[]): FlatAnchors {
  const nodes: AnchorTree[] = [];
  const number = new Map<AnchorTree, number>();
  // Breadth-first, so that a node's children get consecutive numbers.
  const queue: AnchorTree[] = [];
  const visit = (t: AnchorTree) => {
    number.set(t, nodes.length);
    nodes.push(t);
    queue.push(t);
  };
  const root = new Int32Array(trees.length);
  trees.forEach((t, id) => {
    root[id] = nodes.length;
    visit(t);
    while (queue.length > 0) for (const c of queue.shift()!.children) visit(c);
  });
  const inner = nodes.filter((t) => t.children.length > 0);
  const out: FlatAnchors = {
    root,
    offset: Int32Array.from(nodes, (t) => t.offset),
    firstChild: Int32Array.from(nodes, (t) => (t.children.length > 0 ? number.get(t.children[0]!)! : -1)),
    classesAt: new Int32Array(nodes.length),
    classes: new Uint8Array(inner.length * 257),
    leafStart: new Int32Array(nodes.length),
    leafEnd: new Int32Array(nodes.length),
    leafAnchors: new Int32Array(nodes.reduce((n, t) => n + t.anchors.length, 0)),
    lead: Int32Array.from(anchors, (e) => e.lead),
    bytesAt: new Int32Array(anchors.length),
    length: Int32Array.from(anchors, (e) => e.bytes.length),
    bytes: new Uint8Array(anchors.reduce((n, e) => n + e.bytes.length, 0)),
    rules: anchors.map((e) => e.rules),
  };
  let c = 0;
  let l = 0;
  nodes.forEach((t, i) => {
    if (t.children.length > 0) {
      out.classesAt[i] = c;
      out.classes.set(t.classOf, c);
      c += 257;
    }
    out.leafStart[i] = l;
    for (const e of t.anchors) out.leafAnchors[l++] = e.order;
    out.leafEnd[i] = l;
  });
  let b = 0;
  anchors.forEach((e, i) => {
    out.bytesAt[i] = b;
    out.bytes.set(e.bytes, b);
    b += e.bytes.length;
  });
  return out;
}

/** `shaped`'s copies, one per rule. */
const shapes = new WeakMap<Rule, Rule>();

/**
 * A rule with every field present, in one order. Rules are written as object literals with the
 * fields each needs, hundreds of hidden classes between them, which makes every read of a rule's
 * field on the hot path a megamorphic one; copies of one shape keep those reads cheap. The mapped
 * type makes a field added to Rule and forgotten here a compile error.
 */
function shaped(r: Rule): Rule {
  // One copy per rule, whichever rule sets hold it: a rule is the same object in all of them.
  const known = shapes.get(r);
  if (known) return known;
  const all: { [K in keyof Required<Rule>]: Rule[K] } = {
    id: r.id,
    tool: r.tool,
    anchors: r.anchors,
    pattern: r.pattern,
    role: r.role,
    category: r.category,
    classify: r.classify,
    weight: r.weight,
    follow: r.follow,
    lead: r.lead,
    facts: r.facts,
    confidence: r.confidence,
    quiets: r.quiets,
  };
  shapes.set(r, all);
  return all;
}

/** bytes[start, end) as a latin1 string: one character per byte, as `candidates` reads lines. */
function latin1Of(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');
}

/** What candidatesIn returns for a line holding no anchor (most lines it is asked about). */
const NO_RULES: readonly Rule[] = Object.freeze([]);

/** Rules compiled for scanning: a stem test per line's bytes, then anchors on the lines that pass. */
export class RuleSet {
  readonly rules: readonly Rule[];
  /** Which lines are worth looking at. */
  readonly stems: StemIndex;
  /** The stems the rules' anchors are built on (a scanner may combine them with its own). */
  readonly stemList: readonly string[];
  private readonly byAnchor = new Map<string, Rule[]>();

  constructor(given: readonly Rule[], stems: readonly string[] = STEMS) {
    const rules = given.map(shaped);
    const ids = new Set<string>();
    for (const rule of rules) {
      if (ids.has(rule.id)) throw new Error(`duplicate rule id ${rule.id}`);
      ids.add(rule.id);
      if (rule.anchors.length === 0) throw new Error(`rule ${rule.id} has no anchors`);
      for (const anchor of rule.anchors) {
        if (anchor === '') throw new Error(`rule ${rule.id}: empty anchor`);
        if (!stems.some((s) => anchor.includes(s)))
          throw new Error(`rule ${rule.id}: anchor "${anchor}" contains no scan stem`);
        const list = this.byAnchor.get(anchor);
        // Each rule once per anchor: candidatesFound hands a lone anchor's list out as it is.
        if (!list) this.byAnchor.set(anchor, [rule]);
        else if (!list.includes(rule)) list.push(rule);
      }
    }
    this.rules = rules;
    // Anchors and stems may be non-ASCII (✖, ●): scanning sees latin1 views, i.e. UTF-8 bytes.
    const latin1 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
    this.stems = new StemIndex(stems);
    this.stemList = stems;
    const stems1 = stems.map(latin1);
    // Per stem: the anchors whose first stem it is, with how far into the anchor it starts; and
    // every anchor in its order.
    const byStem: StemAnchor[][] = stems.map(() => []);
    const all: StemAnchor[] = [];
    for (const [anchor, anchorRules] of this.byAnchor) {
      const a = latin1(anchor);
      let at = a.length;
      let id = -1;
      stems1.forEach((st, i) => {
        const k = a.indexOf(st);
        if (k >= 0 && k < at) {
          at = k;
          id = i;
        }
      });
      // Wherever the anchor occurs, this stem occurs `at` characters into it: looked up from there.
      const entry = { bytes: Buffer.from(a, 'latin1'), lead: at, rules: anchorRules, order: all.length };
      byStem[id]!.push(entry);
      all.push(entry);
    }
    this.anchors = flatAnchors(
      byStem.map((list) => anchorTree(list)),
      all,
    );
  }

  /**
   * The anchors' alternation and, for each anchor (as latin1), the rules of every anchor it starts
   * with, itself included: for `candidates`, built on its first use (the scanner never needs them,
   * and pairing every anchor with every other costs a RuleSet tens of milliseconds).
   */
  private alternation(): { re: RegExp; rulesAt: Map<string, Rule[]> } {
    if (this.byAlternation) return this.byAlternation;
    const latin1 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
    // Factored by common prefixes: V8 runs a trie-shaped alternation faster than a flat one.
    const re = new RegExp(literalAlternation([...this.byAnchor.keys()].map(latin1)), 'g');
    // The alternation reports the longest anchor at a position; shorter ones it starts with
    // ("[ERROR]" inside "[ERROR] ") match there too.
    const anchors = [...this.byAnchor.keys()];
    const rulesAt = new Map<string, Rule[]>(
      anchors.map((a): [string, Rule[]] => {
        const rules = anchors.filter((b) => a.startsWith(b)).flatMap((b) => this.byAnchor.get(b) ?? []);
        return [latin1(a), [...new Set(rules)]];
      }),
    );
    const built = { re, rulesAt };
    this.byAlternation = built;
    return built;
  }
  private byAlternation: { re: RegExp; rulesAt: Map<string, Rule[]> } | undefined;
  /** Every stem's anchors as a tree over the bytes around it, in flat arrays (see flatAnchors). */
  private readonly anchors: FlatAnchors;

  /**
   * `candidates` for the line bytes[start, end): each stem occurrence is looked up in the anchors
   * that start with it (at their offset), instead of running the anchors' alternation at every
   * position of the line; anchors are compared as bytes.
   */
  candidatesIn(bytes: Uint8Array, start: number, end: number): readonly Rule[] {
    const found = this.found;
    const n = this.stems.occurrences(bytes, start, end, found);
    // More stems than the scratch space holds (a test name can repeat one thousands of times
    // before the runner's anchor): the alternation, exact whatever their number, on this line only.
    if (n * 2 >= found.length) return this.candidates(latin1Of(bytes, start, end));
    return this.candidatesFound(found, n, bytes, start, end);
  }

  /**
   * `candidatesIn` from stem occurrences already found (StemIndex.scan over many lines, with the
   * rules' stems first among its stems): hits[first, last) of the line bytes[start, end). Stems
   * past the rules' own (a scanner's additions) are skipped.
   */
  candidatesOf(
    hits: StemHits,
    first: number,
    last: number,
    start: number,
    end: number,
    bytes: Uint8Array,
  ): readonly Rule[] {
    const found = this.found;
    const lengths = this.stems.lengths;
    const own = lengths.length;
    let n = 0;
    for (let k = first; k < last; k++) {
      const id = hits.id[k]!;
      const from = hits.from[k]!;
      if (id >= own || from < start || from + lengths[id]! > end) continue;
      // More than the scratch space holds: the alternation, as candidatesIn does.
      if (n * 2 + 1 >= found.length) return this.candidates(latin1Of(bytes, start, end));
      found[n * 2] = id;
      found[n * 2 + 1] = from - start;
      n++;
    }
    return this.candidatesFound(found, n, bytes, start, end);
  }

  /**
   * Candidates from the (stem id, offset) pairs found[0, 2n) of the line bytes[start, end).
   * Anchors are compared as bytes (their latin1 form is their UTF-8 bytes): no string of the line
   * is made for a line that holds none.
   */
  private candidatesFound(
    found: Int32Array,
    n: number,
    bytes: Uint8Array,
    start: number,
    end: number,
  ): readonly Rule[] {
    // Anchor hits as (where the anchor starts, its rules) in two reused arrays: most lines that
    // get here hold no anchor, and those that do hold one or two.
    const hitAt = this.hitAt;
    const hitRules = this.hitRules;
    const hitOrder = this.hitOrder;
    const flat = this.anchors;
    const { firstChild, offset, classesAt, classes, leafAnchors, lead, bytesAt, length } = flat;
    const anchorBytes = flat.bytes;
    let count = 0;
    let sorted = true;
    for (let j = 0; j < n; j++) {
      const at = found[j * 2 + 1]!;
      const id = found[j * 2]!;
      // Down the stem's tree by the bytes around this occurrence, to the anchors they allow.
      let node = flat.root[id]!;
      const base = start + at;
      while (firstChild[node]! >= 0) {
        const p = base + offset[node]!;
        node = firstChild[node]! + classes[classesAt[node]! + (p >= start && p < end ? bytes[p]! : 256)]!;
      }
      for (let l = flat.leafStart[node]!, last = flat.leafEnd[node]!; l < last; l++) {
        const order = leafAnchors[l]!;
        const from = start + at - lead[order]!;
        const size = length[order]!;
        if (at < lead[order]! || from + size > end) continue;
        const own = bytesAt[order]!;
        let k = 0;
        while (k < size && bytes[from + k] === anchorBytes[own + k]) k++;
        if (k < size) continue;
        const where = at - lead[order]!;
        if (
          count > 0 &&
          (hitAt[count - 1]! > where || (hitAt[count - 1] === where && hitOrder[count - 1]! > order))
        )
          sorted = false;
        hitAt[count] = where;
        hitRules[count] = flat.rules[order]!;
        hitOrder[count] = order;
        count++;
      }
    }
    if (count === 0) return NO_RULES;
    // One anchor (most lines that hold any): its rules, each once already, as they are.
    if (count === 1) return hitRules[0]!;
    // In line order, as the alternation reports them (rules see their candidates in that order);
    // anchors at one place (one the other's prefix) in the anchors' order, as the alternation
    // lists them, not in the order their stems were met (the longer's stem may be met later).
    if (!sorted) {
      for (let i = 1; i < count; i++) {
        const at = hitAt[i]!;
        const rules = hitRules[i]!;
        const order = hitOrder[i]!;
        let k = i - 1;
        while (k >= 0 && (hitAt[k]! > at || (hitAt[k] === at && hitOrder[k]! > order))) {
          hitAt[k + 1] = hitAt[k]!;
          hitRules[k + 1] = hitRules[k]!;
          hitOrder[k + 1] = hitOrder[k]!;
          k--;
        }
        hitAt[k + 1] = at;
        hitRules[k + 1] = rules;
        hitOrder[k + 1] = order;
      }
    }
    const out: Rule[] = [];
    for (let i = 0; i < count; i++) for (const rule of hitRules[i]!) if (!out.includes(rule)) out.push(rule);
    return out;
  }

  /** Scratch space for candidatesIn's anchor hits. */
  private readonly hitAt: number[] = [];
  private readonly hitRules: Rule[][] = [];
  private readonly hitOrder: number[] = [];

  /** Scratch space for candidatesIn: (stem id, offset) pairs of one line. */
  private readonly found = new Int32Array(2048);

  /** Rules whose anchors occur in `view` (the line's raw latin1 text), each once. */
  candidates(view: string): Rule[] {
    const out: Rule[] = [];
    const { re, rulesAt } = this.alternation();
    re.lastIndex = 0;
    for (let m = re.exec(view); m; m = re.exec(view)) {
      for (const rule of rulesAt.get(m[0]) ?? []) if (!out.includes(rule)) out.push(rule);
      // Anchors may overlap ("ERROR" inside "[ERROR]"): step one character, not past the match.
      re.lastIndex = m.index + 1;
    }
    return out;
  }

  /** Every rule that matches the cleaned line. */
  match(view: string, text: string, candidates?: readonly Rule[]): RuleHit[] {
    // `candidates`: this view's candidates, when the caller already has them.
    return this.matchCandidates(text, candidates ?? this.candidates(view));
  }

  /** The rules among `candidates` that match the cleaned line. */
  matchCandidates(text: string, candidates: readonly Rule[]): RuleHit[] {
    const hits: RuleHit[] = [];
    // Indexed: an iterator here was one allocation per candidate line.
    for (let i = 0; i < candidates.length; i++) {
      const rule = candidates[i]!;
      rule.pattern.lastIndex = 0;
      const m = rule.pattern.exec(text);
      if (!m) continue;
      // Every field set, in one order: hits of one shape keep the code that reads them monomorphic.
      const category = rule.classify?.(m) ?? rule.category;
      const facts = rule.facts?.(m, text);
      hits.push({ rule, category: category || undefined, facts: facts || undefined });
    }
    return hits;
  }
}

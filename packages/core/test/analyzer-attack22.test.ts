import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listEcosystemCases } from '../../fixtures/src/ecosystems.js';
import { type Analysis, analyzeLog } from '../src/analyzer/analyze.js';
import { BUILTIN_RULES } from '../src/analyzer/builtin-rules.js';
import { mayBeat, SCORING_SCANS } from '../src/analyzer/fallback.js';
import { type Rule, RuleSet } from '../src/analyzer/rule.js';
import { generateFix } from '../src/fixes/generate-fix.js';
import { distributionFor } from '../src/fixes/python-modules.js';
import { context, findingOf, memoryRepo } from './fixes/helpers.js';
import { expectInertIssueText, HOSTILE } from './inert-issue-text.js';
import { seededRandom } from './seeded-random.js';

/**
 * This session's Carthage rules and analyzer speed changes attacked from outside. The first
 * describe failed before its fix (carthage.task-failed took any "Task failed with exit code N:"
 * line for Carthage's); the others are attacks that held, kept so they keep holding.
 */

const NEW_RULES = [
  'carthage.task-failed',
  'carthage.shell-task',
  'xcrun.missing-utility',
  'carthage.skipped-building',
];

const CARTHAGE_BLOCK = [
  '*** Building scheme "App iOS" in App.xcworkspace',
  'Build Failed',
  '\tTask failed with exit code 65:',
  '\t/usr/bin/xcrun xcodebuild -workspace /w/Carthage/Checkouts/App/App.xcworkspace -scheme App\\ iOS',
  '',
  'This usually indicates that project itself failed to compile. Please check the xcodebuild log for more details: /tmp/carthage-xcodebuild.x.log',
];

describe('"Task failed with exit code N:" printed by something other than Carthage', () => {
  // Carthage prints it indented by one tab under "Build Failed" (CarthageError.buildFailed); task
  // runners, Ansible wrappers, Azure scripts and tests of such tools print the same words
  // unindented or indented with spaces. Before the fix each became a Carthage compile error.
  const logs: Array<[string, string[]]> = [
    [
      'a task runner after Ansible',
      [
        'fatal: [web1]: FAILED! => {"changed": true, "cmd": "make", "msg": "non-zero return code", "rc": 2}',
        'Task failed with exit code 2:',
        '',
      ],
    ],
    [
      'an Azure script after its error',
      ["##[error]Bash exited with code '1'.", 'Task failed with exit code 1:', ''],
    ],
    [
      "a test's expected output, space-indented",
      [
        '  ✗ reports a failing task',
        '    Expected output:',
        '      Task failed with exit code 3:',
        '      npm run lint',
        '',
      ],
    ],
    [
      'a Gradle exec task echoing it',
      ['> Task :app:runScript', 'Task failed with exit code 1:', '> Task :app:runScript FAILED', ''],
    ],
  ];
  for (const [name, lines] of logs) {
    it(`${name}: not carthage.task-failed, not a compile error`, async () => {
      const a = await analyzeLog(lines.join('\n'));
      expect(a.findings.map((f) => f.rule)).not.toContain('carthage.task-failed');
      expect(a.category).not.toBe('compile_error');
    });
  }

  it("Carthage's own block is still found, with its scheme and build lines, plain and as the runner logs it", async () => {
    const stamp = '2026-12-07T23:40:01.1234567Z ';
    for (const text of [
      CARTHAGE_BLOCK.join('\n'),
      CARTHAGE_BLOCK.join('\r\n'),
      CARTHAGE_BLOCK.map((l) => stamp + l).join('\n'),
      CARTHAGE_BLOCK.map((l) => `build\tCarthage\t${stamp}${l}`).join('\n'),
    ]) {
      const a = await analyzeLog(`${text}\n`);
      const f = a.findings[0]!;
      expect(f.rule, JSON.stringify(text.slice(0, 60))).toBe('carthage.task-failed');
      expect(f.facts).toMatchObject({ tool: 'carthage', exitCode: 65 });
      const shown = f.excerpt.map((l) => l.text.trim());
      expect(shown).toContain('*** Building scheme "App iOS" in App.xcworkspace');
      expect(shown).toContain('Build Failed');
      expect(shown.some((l) => l.startsWith('/usr/bin/xcrun xcodebuild -workspace'))).toBe(true);
    }
  });
});

describe("a fork's fake Carthage lines never outrank a real error", () => {
  const fakes = [
    CARTHAGE_BLOCK.join('\n'),
    "A shell task (/usr/bin/xcrun lipo -create a b -output c) failed with exit code 1:\nfatal error: lipo: a and b have the same architectures (arm64) and can't be in the same fat output file",
    'A shell task failed with exit code 65:',
  ];
  const reals: Array<[string, string, string]> = [
    ['swiftc.error', 'compile_error', "/w/Sources/App/Model.swift:12:5: error: cannot find 'foo' in scope"],
    ['go.diagnostic', 'compile_error', '# example.com/app\n./main.go:3:2: undefined: x'],
    [
      'tsc.error',
      'compile_error',
      "src/index.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.",
    ],
    ['pytest.failed', 'test_failure', 'FAILED tests/test_x.py::test_y - assert 1 == 2'],
    [
      'python.module-not-found',
      'missing_dependency',
      'Traceback (most recent call last):\n  File "/w/app.py", line 3, in <module>\n    import foo\nModuleNotFoundError: No module named \'foo\'',
    ],
  ];
  for (const [rule, category, real] of reals)
    it(`${rule} before or after them`, async () => {
      for (const fake of fakes)
        for (const log of [`${real}\n${fake}\n`, `${fake}\n\n${real}\n`]) {
          const a = await analyzeLog(log);
          expect(a.findings[0]?.rule, log).toBe(rule);
          expect(a.category, log).toBe(category);
        }
    });
});

describe("carthage.shell-task's category comes from where the task starts, not from words inside it", () => {
  const category = async (task: string, code = 66) =>
    (
      await analyzeLog(`A shell task (${task}) failed with exit code ${code}:\nxcodebuild: error: x\n`)
    ).findings.find((f) => f.rule === 'carthage.shell-task')?.category;

  it('a path or argument holding git or lipo names neither', async () => {
    for (const task of [
      '/usr/bin/xcrun xcodebuild -project /Users/x/git/lipo/App.xcodeproj -list',
      '/usr/bin/xcrun xcodebuild -project "/usr/bin/env git /x" -list',
      '/usr/bin/env git-lfs pull (launched in /x)',
      '/usr/local/bin/xcrun lipo -create a b',
    ])
      expect(await category(task), task).toBe('unknown');
  });

  it("Carthage's own lipo and git tasks are named", async () => {
    expect(await category('/usr/bin/xcrun lipo -create a b -output c', 1)).toBe('toolchain_mismatch');
    expect(
      await category('/usr/bin/env git fetch --prune --quiet https://x/y.git (launched in /x)', 128),
    ).toBe('git_error');
    expect(await category('/usr/bin/xcrun xcodebuild -project A.xcodeproj', 65)).toBe('compile_error');
  });
});

describe("the new rules' facts reach an issue only through the sanitizer", () => {
  const E = HOSTILE;
  const logs: Array<[string, string]> = [
    [
      'xcrun.missing-utility',
      `xcrun: error: unable to find utility "${E}", not a developer tool or in PATH\n`,
    ],
    [
      'carthage.task-failed',
      `*** Building scheme "${E}" in ${E}\nBuild Failed\n\tTask failed with exit code 65:\n\t${E}\n`,
    ],
    ['carthage.shell-task', `A shell task (${E}) failed with exit code 72:\n${E}\n`],
  ];
  for (const [rule, log] of logs)
    it(`${rule}: facts, next step, key lines and title carry no live markup`, async () => {
      const a = await analyzeLog(log);
      const f = a.findings[0]!;
      expect(f.rule).toBe(rule);
      expect(f.excerpt.map((l) => l.text).join('\n')).toContain('@maintainer');
      expectInertIssueText(a);
    });
});

describe("the new rules' regular expressions on 16 KB adversarial lines", () => {
  const fill = (head: string, unit: string, tail = '') =>
    head + unit.repeat(Math.floor((16384 - head.length - tail.length) / unit.length)) + tail;
  const LINES = [
    fill('A shell task (', ') failed with exit code 1: ', 'x'),
    fill('A shell task (', ') ', 'x'),
    fill('A shell task (', '(', ') failed with exit code 1:x'),
    fill('A shell task ((', ' ) failed with exit code 12', ':x'),
    fill('\tTask failed with exit code ', '1', ':'),
    fill('\t', '\t', 'Task failed with exit code 1:x'),
    fill('xcrun: error: unable to find utility "', 'a', '", not a developer tool or in PATHx'),
    fill('xcrun: error: unable to find utility "', '", not a developer tool or in PATH'),
    fill('*** Skipped building ', 'a due to the error:', 'x'),
    fill('*** Building scheme "', 'a" in ', 'x'),
    fill('*** Building scheme "a" in a', ' ', '\u0085'),
  ];
  const rules = BUILTIN_RULES.filter((r) => NEW_RULES.includes(r.id));

  it('each pattern and lead, with facts and category, takes well under a millisecond a line', () => {
    expect(rules.length).toBe(4);
    const started = performance.now();
    for (const line of LINES)
      for (const r of rules)
        for (const re of [r.pattern, r.lead]) {
          if (!re) continue;
          re.lastIndex = 0;
          const m = re.exec(line);
          if (m && re === r.pattern) {
            r.facts?.(m, line);
            r.classify?.(m);
          }
        }
    // 11 lines × 4 rules: a backtracking pattern would take seconds on one of them.
    expect(performance.now() - started).toBeLessThan(200);
  });
});

function comparable(a: Analysis) {
  const { durationMs: _ignored, ...stats } = a.stats;
  return { ...a, stats };
}

async function* chunked(bytes: Buffer, size: number): AsyncIterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('the Carthage recordings in chunks and with other line ends', () => {
  const cases = listEcosystemCases().filter((c) => c.id.startsWith('swift/carthage-'));

  it('give the same analysis read in chunks of 1, 7 and 4096 bytes, with LF, CRLF and CR', async () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
    const texts = [...cases.map((c) => readFileSync(c.log, 'utf8')), `${CARTHAGE_BLOCK.join('\n')}\n`];
    for (const [i, text] of texts.entries())
      for (const eol of ['\n', '\r\n', '\r']) {
        const bytes = Buffer.from(text.replace(/\r?\n/g, eol));
        const whole = comparable(await analyzeLog(bytes));
        for (const size of [1, 7, 4096])
          expect(
            comparable(await analyzeLog(chunked(bytes, size))),
            `${i} ${JSON.stringify(eol)} ${size}`,
          ).toEqual(whole);
      }
  });

  it('are the only recorded logs whose analyses the four new rules change', async () => {
    // Every other recording is analysed as it was before the rules existed (the comparison
    // behind this ran over all 858 logs; here, the other Apple and shell recordings).
    const others = listEcosystemCases().filter(
      (c) => /^(swift|shell|install)\//.test(c.id) && !c.id.startsWith('swift/carthage-'),
    );
    expect(others.length).toBeGreaterThan(20);
    for (const c of others) {
      const bytes = readFileSync(c.log);
      expect(comparable(await analyzeLog(bytes, { withoutRules: NEW_RULES })), c.id).toEqual(
        comparable(await analyzeLog(bytes)),
      );
    }
  });
});

describe("the speed changes' equivalence on odd characters", () => {
  // Each character of the BMP's first 0x3000 code units and some beyond (case-folding oddities:
  // ſ, K, ı, İ; lone surrogates; U+FFFD; astral ones) in the places the patterns' classes,
  // words and boundaries read.
  const TEMPLATES = [
    'E#',
    'ERROR#',
    'a.rs:1:# x',
    '#a.rs:1: x',
    'a.#s:1: x',
    '##### #',
    ' 12%#',
    'Downloading#',
    'warn#ng',
    'e#ror: x',
    'fail#d',
    'exceptio#:',
    'see abov#',
    '3 tes#s',
  ];
  const chars: string[] = [];
  for (let c = 0; c < 0x3000; c++) chars.push(String.fromCharCode(c));
  chars.push(
    '\u017f',
    '\u212a',
    '\u0131',
    '\u0130',
    '\ud800',
    '\udfff',
    '\ufffd',
    '\ufeff',
    '😀',
    '\u{10ffff}',
  );

  it('each combined scan matches exactly (the prescreen at least) where one of its patterns does', () => {
    const wrong: string[] = [];
    let matched = 0;
    for (const ch of chars)
      for (const t of TEMPLATES) {
        const line = t.replaceAll('#', ch);
        for (const { scan, patterns, exact } of SCORING_SCANS) {
          const any = patterns.some((p) => p.test(line));
          if (any) matched++;
          if (exact ? scan.test(line) !== any : any && !scan.test(line))
            wrong.push(`${scan.source.slice(0, 20)} ${line}`);
        }
      }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(matched).toBeGreaterThan(50_000);
  });

  it('mayBeat reads only its own range of a larger buffer (its location test, over a list at 0.9)', () => {
    const LOCATION = /\.[A-Za-z]\w{0,5}(?::\d+|\(\d+\))|\bline \d+\b/;
    const random = seededRandom(2222);
    const ALPHABET = [
      '.',
      ':',
      '(',
      ')',
      'a',
      'Z',
      '_',
      '0',
      '9',
      'line ',
      'l',
      ' ',
      '\u0080',
      '\u00e9',
      '\u00ff',
      'x',
    ];
    const wrong: string[] = [];
    let located = 0;
    for (let i = 0; i < 50_000; i++) {
      let text = '';
      for (let k = Math.floor(random() * 12); k >= 0; k--)
        text += ALPHABET[Math.floor(random() * ALPHABET.length)];
      // What is just outside the range would complete a location if it were read.
      const before = ['', 'line ', 'a.rs', 'x'][i % 4]!;
      const after = ['', '1', '2)', ':1'][(i >> 2) % 4]!;
      const bytes = Buffer.from(before + text + after, 'latin1');
      const expected = LOCATION.test(text);
      if (expected) located++;
      if (mayBeat(bytes, before.length, before.length + text.length, 0.9) !== expected)
        wrong.push(before + text + after);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(located).toBeGreaterThan(500);
  });
});

describe('RuleSet.candidatesIn with many anchors on one stem that differ far from it', () => {
  // The anchor tree reads up to 4 bytes before a stem's start and 12 after, 3 levels deep: anchors
  // made of a few letters on both sides of one stem (up to 8 before, 19 after) share bytes at
  // every offset it may read, and differ beyond its reach.
  const latin1 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
  const ids = (list: readonly Rule[]) => list.map((r) => r.id);

  it("gives the alternation's candidates, in its order", () => {
    const random = seededRandom(2202);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const LETTERS = ['a', 'b', 'E', 'e', ':', ' ', 'r', '[', 'é', '✖'];
    let held = 0;
    for (const stems of [['rror'], ['rror', 'ail'], ['✖ ', 'ERR']]) {
      for (let set = 0; set < 6; set++) {
        const rules: Rule[] = [];
        for (let r = 0; r < 40 + set * 40; r++) {
          const anchors: string[] = [];
          for (let q = 1 + Math.floor(random() * 2); q > 0; q--) {
            const alphabet = random() < 0.5 ? LETTERS.slice(0, 3) : LETTERS;
            let a = pick(stems);
            for (let k = Math.floor(random() * (random() < 0.2 ? 9 : 5)); k > 0; k--) a = pick(alphabet) + a;
            for (let k = Math.floor(random() * (random() < 0.2 ? 20 : 13)); k > 0; k--) a += pick(alphabet);
            anchors.push(a);
          }
          rules.push({ id: `r${r}`, tool: 't', anchors, pattern: /x/, role: 'error', weight: 0.5 });
        }
        const ruleSet = new RuleSet(rules, stems);
        const parts = [...new Set(rules.flatMap((r) => r.anchors))].map(latin1);
        for (let i = 0; i < 800; i++) {
          let line = '';
          for (let k = 1 + Math.floor(random() * 4); k > 0; k--) {
            let part = pick(parts);
            // One byte changed, dropped or added somewhere: near misses of the tree's offsets.
            if (random() < 0.4) {
              const at = Math.floor(random() * part.length);
              const c = latin1(pick(LETTERS));
              const how = random();
              part =
                how < 0.4
                  ? part.slice(0, at) + c + part.slice(at + 1)
                  : how < 0.7
                    ? part.slice(0, at) + part.slice(at + 1)
                    : part.slice(0, at) + c + part.slice(at);
            }
            line += part;
          }
          const expected = ids(ruleSet.candidates(line));
          if (expected.length > 0) held++;
          const framed = Buffer.from(`rror ail: >${line}Error: x`, 'latin1');
          expect(ids(ruleSet.candidatesIn(framed, 11, 11 + line.length)), JSON.stringify(line)).toEqual(
            expected,
          );
        }
      }
    }
    expect(held).toBeGreaterThan(8000);
  });
});

describe('a name the log gives is looked up in the fixes’ tables as data, never as an object key', () => {
  // xcrun.missing-utility hands the quoted utility name to the missing-command fix, and Python's
  // "No module named" the module to the dependency fix: names like `constructor` or `__proto__`
  // found Object.prototype's members in the plain-object tables ("set it up with function
  // Object() { [native code] }", a requirement named after a function).
  const WORKFLOW = `name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt
      - run: pytest -q
`;
  const repo = () => memoryRepo({ '.github/workflows/ci.yml': WORKFLOW, 'requirements.txt': 'click>=8.1\n' });

  for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
    it(`"${name}"`, async () => {
      const missing = await generateFix(
        context(
          await findingOf([
            `xcrun: error: unable to find utility "${name}", not a developer tool or in PATH`,
            '##[error]Process completed with exit code 72.',
          ]),
          repo(),
          { workflowPath: '.github/workflows/ci.yml', jobName: 'test' },
        ),
      );
      expect(missing).toMatchObject({ kind: 'none' });
      if (missing.kind === 'none') expect(missing.reason).toBe(`no known Ubuntu package provides "${name}"`);

      expect(distributionFor(name)).toEqual({ name, mapped: false });
      expect(distributionFor(`${name}.sub`)).toEqual({ name, mapped: false });
    });
});

describe('the Python dependency fix for a module named like an Object.prototype key', () => {
  it('is about the module by its own name: no throw, no function written into requirements.txt', async () => {
    const files = {
      '.github/workflows/ci.yml':
        'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: pip install -r requirements.txt\n      - run: python app.py\n',
      'requirements.txt': 'click>=8.1\n',
      'app.py': 'import constructor\n',
    };
    const result = await generateFix(
      context(
        await findingOf([
          'Traceback (most recent call last):',
          '  File "/home/runner/work/proj/proj/app.py", line 1, in <module>',
          '    import constructor',
          "ModuleNotFoundError: No module named 'constructor'",
          '##[error]Process completed with exit code 1.',
        ]),
        memoryRepo(files),
        { workflowPath: '.github/workflows/ci.yml', jobName: 'test' },
      ),
    );
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/native code|\[object /);
    // It threw before (TypeError: name.toLowerCase is not a function): the table gave Object.
    expect(['patch', 'suggestion', 'none']).toContain(result.kind);
    expect(text).toContain('constructor');
    if (result.kind === 'patch') expect(result.changes[0]!.after).toBe('click>=8.1\nconstructor\n');
  });
});

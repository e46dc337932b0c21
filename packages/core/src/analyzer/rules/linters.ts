import type { Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/**
 * Linters and format checks that fail a CI step on style alone: clang-format, isort, black's parse
 * failures, ESLint's parse errors and compact format, Prettier's syntax errors, stylelint, yamllint,
 * markdownlint, codespell, commitlint, PHP_CodeSniffer, Psalm, TSLint, standard, puppet-lint and
 * ansible-lint. Each pattern is the tool's own line format, as the recordings under
 * packages/fixtures/ecosystems show it. ESLint's stylish problems, Prettier's summary, black's
 * "would reformat", mypy, rustfmt and the Go linters live with their ecosystems (js.ts, python.ts,
 * rust.ts, go.ts).
 */
export const linterRules: Rule[] = [
  {
    id: 'clang-format.violation',
    tool: 'clang-format',
    anchors: ['clang-format-violations'],
    // "src/a.c:5:30: error: code should be clang-formatted [-Wclang-format-violations]". Weighs
    // more than cc.error, which reads the same line as a compiler error.
    pattern:
      /^(\S+):(\d+):(\d+): (?:error|warning): (code should be clang-formatted) \[-Wclang-format-violations\]/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.95,
    facts: (m) => ({ tool: 'clang-format', locations: [location(m[1], m[2], m[3], m[4])] }),
  },
  {
    id: 'isort.check',
    tool: 'isort',
    anchors: ['Imports are incorrectly sorted'],
    // "ERROR: /path/app.py Imports are incorrectly sorted and/or formatted." (isort 4 and 5).
    pattern: /^ERROR: (\S+) Imports are incorrectly sorted/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.9,
    facts: (m) => facts({ tool: 'isort', file: m[1] }),
  },
  {
    id: 'black.cannot-format',
    tool: 'black',
    anchors: ['error: cannot format '],
    // "error: cannot format pkg/a.py: Cannot parse: 2:10: print "x"": the file is not valid Python
    // for black's target versions, so --check fails on it.
    pattern: /^error: cannot format (\S+?): (.*)$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.85,
    facts: (m) =>
      facts({ tool: 'black', file: m[1], locations: [location(m[1], undefined, undefined, m[2])] }),
  },
  {
    id: 'eslint.parse-error',
    tool: 'eslint',
    anchors: ['Parsing error: '],
    // Stylish, under the file's path: "  4:2  error  Parsing error: Unexpected token }" (no rule name,
    // which eslint.problem needs).
    pattern: /^\s+(\d+):(\d+)\s+error\s+Parsing error: (.*)$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.9,
    lead: /^(?:\/|[A-Za-z]:\\|\.{0,2}[\w@-]+\/)\S*\.(?:[cm]?[jt]sx?|vue|svelte)$/,
    facts: (m) => ({ tool: 'eslint', locations: [location('', m[1], m[2], `Parsing error: ${m[3]!}`)] }),
  },
  {
    id: 'eslint.max-warnings',
    tool: 'eslint',
    anchors: ['too many warnings'],
    // --max-warnings makes warnings fatal: "ESLint found too many warnings (maximum: 0)." closes the
    // report; the warnings above it (and their file, the summary between) are the reason.
    pattern: /^ESLint found too many warnings \(maximum: (\d+)\)\.?$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.85,
    lead: /^(?:\s*|\s+\d+:\d+\s+warning\s.*|✖ \d+ problems? \(0 errors?, \d+ warnings?\)|\s+\d+ errors? and \d+ warnings? potentially fixable.*|(?:\/|[A-Za-z]:\\|\.{0,2}[\w@-]+\/)\S*\.(?:[cm]?[jt]sx?|vue|svelte))$/,
    facts: (m) => ({ tool: 'eslint', code: `max-warnings ${m[1]!}` }),
  },
  {
    id: 'eslint.compact',
    tool: 'eslint',
    anchors: [', Error - '],
    // "/p/src/index.js: line 4, col 9, Error - 'x' is not defined. (no-undef)": ESLint's compact
    // format and the formatters that copy it (stylelint's compact, standard). Warnings do not fail.
    // `(?=.*$)`: a line break, checked once, fails it at once; else every ": line N, col N" tried
    // before it rescanned the rest (quadratic).
    pattern: /^(?=.*$)(\S.*?): line (\d+), col (\d+), Error - (.*?)(?: \((@?[\w/-]+)\))?$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.85,
    facts: (m) => facts({ tool: 'eslint', code: m[5], locations: [location(m[1], m[2], m[3], m[4])] }),
  },
  {
    id: 'eslint.unix',
    tool: 'eslint',
    anchors: [' [Error/'],
    // The unix formatter: "/p/lib/queue.js:2:20: Expected '===' and instead saw '=='. [Error/eqeqeq]".
    pattern: /^(\S+):(\d+):(\d+): (.*) \[Error\/(@?[\w/-]+)\]$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.85,
    facts: (m) => ({ tool: 'eslint', code: m[5]!, locations: [location(m[1], m[2], m[3], m[4])] }),
  },
  {
    id: 'stylelint.compact',
    tool: 'stylelint',
    anchors: [', error - '],
    // stylelint's compact formatter, ESLint's with a lower-case severity:
    // "/p/scss/nav.css: line 2, col 3, error - Unexpected duplicate "color" (declaration-block-no-duplicate-properties)".
    // `(?=.*$)` as in eslint.compact (linear time).
    pattern: /^(?=.*$)(\S.*?): line (\d+), col (\d+), error - (.*?)(?: \(([\w/@-]+)\))?$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.85,
    facts: (m) => facts({ tool: 'stylelint', code: m[5], locations: [location(m[1], m[2], m[3], m[4])] }),
  },
  {
    id: 'prettier.syntax-error',
    tool: 'prettier',
    anchors: ['[error] ', 'Error occurred when checking'],
    // "[error] lib/parse.js: SyntaxError: Unexpected token, expected "," (4:1)", then the code frame
    // on "[error]" lines and "Error occurred when checking code style in the above file."
    pattern:
      /^\[error\] (\S+?): (SyntaxError: .*?)(?: \((\d+):(\d+)\))?$|^Error occurred when checking code style in (?:the above file|\d+ files)/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.85,
    facts: (m) =>
      m[1] ? { tool: 'prettier', locations: [location(m[1], m[3], m[4], m[2])] } : { tool: 'prettier' },
  },
  {
    id: 'stylelint.problem',
    tool: 'stylelint',
    anchors: ['✖  '],
    // The string formatter, under the file's path: "  2:3   ✖  Unexpected unknown property "colr"   property-no-unknown".
    // Non-space ends on the message: overlapping space runs made this cubic (ReDoS).
    pattern: /^\s+(\d+):(\d+)\s+✖\s+(\S(?:.*\S)?)\s{2,}([\w/@-]+)$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.85,
    lead: /^\S+\.(?:css|scss|sass|less|sss|vue|html|[jt]sx?)$/,
    facts: (m) => ({ tool: 'stylelint', code: m[4]!, locations: [location('', m[1], m[2], m[3])] }),
  },
  {
    id: 'stylelint.unix',
    tool: 'stylelint',
    anchors: [') [error]'],
    // The unix formatter: "/p/styles/app.css:1:12: Unexpected invalid hex color "#ggg" (color-no-invalid-hex) [error]".
    pattern: /^(\S+):(\d+):(\d+): (.*) \(([\w/@-]+)\) \[error\]$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.85,
    facts: (m) => ({ tool: 'stylelint', code: m[5]!, locations: [location(m[1], m[2], m[3], m[4])] }),
  },
  {
    id: 'yamllint.problem',
    tool: 'yamllint',
    anchors: [' error    '],
    // Standard format, under the file's path: "  6:7       error    wrong indentation: expected 4 but
    // found 6  (indentation)"; a syntax error has one space before "(syntax)".
    // Non-space ends on the message: overlapping space runs made this cubic (ReDoS).
    pattern: /^ {2}(\d+):(\d+) +error +(\S(?:.*\S)?) +\(([\w-]+)\)$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.8,
    lead: /^\S+\.ya?ml$/,
    facts: (m) => ({ tool: 'yamllint', code: m[4]!, locations: [location('', m[1], m[2], m[3])] }),
  },
  {
    id: 'yamllint.parsable',
    tool: 'yamllint',
    anchors: [': [error] '],
    // "-f parsable" (and what GitHub's format prints): "config.yaml:3:3: [error] duplication of key "port" in mapping (key-duplicates)".
    pattern: /^(\S+\.ya?ml):(\d+):(\d+): \[error\] (.*?) \(([\w-]+)\)$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.85,
    facts: (m) => ({ tool: 'yamllint', code: m[5]!, locations: [location(m[1], m[2], m[3], m[4])] }),
  },
  {
    id: 'yamllint.github',
    tool: 'yamllint',
    anchors: ['::error file='],
    // "-f github" (yamllint's default when GITHUB_ACTIONS is set) outside a runner that turns the
    // workflow command into an annotation: "::error file=a.yaml,line=4,col=1::4:1 [key-duplicates] duplication of key …".
    pattern: /^::error file=(\S+?\.ya?ml),line=(\d+),col=(\d+)::\d+:\d+ \[([\w-]+)\] (.*)$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.85,
    facts: (m) => ({ tool: 'yamllint', code: m[4]!, locations: [location(m[1], m[2], m[3], m[5])] }),
  },
  {
    id: 'markdownlint.problem',
    tool: 'markdownlint',
    anchors: [' MD0'],
    // markdownlint-cli: "README.md:2 MD022/blanks-around-headings Headings should be …", with a
    // column when the rule has one ("README.md:6:1 MD004/ul-style …"); older versions print
    // "README.md: 2: MD022 Headings should …"; markdownlint-cli2 puts the severity before the rule
    // ("CHANGELOG.md:5:41 error MD013/line-length …").
    pattern:
      /^(\S+?\.(?:md|markdown|mdx)):\s?(\d+)(?::\s?(\d+))?:? (?:error |warning )?(MD0\d\d)(?:\/[\w/-]+)? (.*)$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.8,
    facts: (m) => ({ tool: 'markdownlint', code: m[4]!, locations: [location(m[1], m[2], m[3], m[5])] }),
  },
  {
    id: 'codespell.typo',
    tool: 'codespell',
    anchors: [' ==> '],
    // "README.md:3: recieve ==> receive" (with a reason after the fix when the dictionary has one).
    pattern: /^(\S+):(\d+): (\S+) ==> (\S.*)$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.75,
    facts: (m) => ({
      tool: 'codespell',
      locations: [location(m[1], m[2], undefined, `${m[3]!} ==> ${m[4]!}`)],
    }),
  },
  {
    id: 'commitlint.problem',
    tool: 'commitlint',
    anchors: ['✖   '],
    // "✖   subject may not be empty [subject-empty]", under "⧗   input: <the commit message>".
    pattern: /^✖ {3}(.+?) \[([\w-]+)\]$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.85,
    lead: /^⧗ {3}input: /,
    facts: (m) => ({ tool: 'commitlint', code: m[2]! }),
  },
  {
    id: 'phpcs.full',
    tool: 'phpcs',
    anchors: ['| ERROR |'],
    // The full report's table: "  8 | ERROR | [x] Opening brace should be on a new line".
    pattern: /^\s*(\d+) \| ERROR \| (?:\[[ x]\] )?(.*)$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.8,
    facts: (m) => ({ tool: 'phpcs', locations: [location('', m[1], undefined, m[2])] }),
  },
  {
    id: 'phpcs.emacs',
    tool: 'phpcs',
    anchors: [': error - '],
    // --report=emacs: "/p/src/helpers.php:2:32: error - Opening brace should be on a new line".
    // With -s, the sniff's name closes the line: "(Squiz.Functions.MultiLineFunctionDeclaration.BraceOnSameLine)".
    pattern: /^(\S+\.(?:php|inc|phtml|js|css)):(\d+):(\d+): error - (.*?)(?: \(([\w.]+)\))?$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.8,
    facts: (m) => facts({ tool: 'phpcs', code: m[5], locations: [location(m[1], m[2], m[3], m[4])] }),
  },
  {
    id: 'psalm.emacs',
    tool: 'psalm',
    anchors: [':error - '],
    // --output-format=emacs: "/p/main.php:84:21:error - UndefinedConstant: Const __ROOT__ is not defined".
    pattern: /^(\S+\.php):(\d+):(\d+):error - (\w+): (.*)$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.85,
    facts: (m) => ({ tool: 'psalm', code: m[4]!, locations: [location(m[1], m[2], m[3], m[5])] }),
  },
  {
    id: 'tslint.prose',
    tool: 'tslint',
    anchors: ['.ts[', '.tsx['],
    // The prose formatter: "src/a.ts[15, 11]: missing semicolon", "ERROR: " in front since 5.0.
    // Warnings ("WARNING: src/a.ts[…]") do not fail the run.
    pattern: /^(?:ERROR: (?:\([\w-]+\) )?)?(\S+\.tsx?)\[(\d+), (\d+)\]: (.*)$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.8,
    facts: (m) => ({ tool: 'tslint', locations: [location(m[1], m[2], m[3], m[4])] }),
  },
  {
    id: 'standard.banner',
    tool: 'standard',
    anchors: ['Standard Style (', '` to automatically fix'],
    // standard, standardrb, semistandard, ts-standard: "standard: Use JavaScript Standard Style (…)"
    // and "standard: Run `standard --fix` to automatically fix some problems.", then the offences
    // indented below, "  /p/app.js:4:12: Missing space before function parentheses.".
    pattern: /^[\w-]+: (?:Use (?:[\w ]+ )?Standard Style \(|Run `[\w-]+ --fix` to automatically fix)/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.8,
    follow: 'indented',
    facts: () => ({ tool: 'standard' }),
  },
  {
    id: 'puppet-lint.error',
    tool: 'puppet-lint',
    anchors: [' - ERROR: ', '(check: '],
    // puppet-lint 3: "ERROR: webapp not in autoload module layout on line 1 (check: autoloader_layout)";
    // older versions name the file first: "/m/manifests/init.pp - ERROR: docker not in … on line 347".
    pattern: /^(?:(\S+\.pp) - )?ERROR: (.*?) on line (\d+)(?: \(check: (\w+)\))?$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.85,
    facts: (m) =>
      facts({ tool: 'puppet-lint', code: m[4], locations: [location(m[1], m[3], undefined, m[2])] }),
  },
  {
    id: 'puppet-lint.warning',
    tool: 'puppet-lint',
    anchors: ['(check: '],
    // "WARNING: mode should be represented as a 4 digit octal value … on line 5 (check: file_mode)":
    // fatal under --fail-on-warnings, so weaker than an ERROR line beside it.
    pattern: /^(?:(\S+\.pp) - )?WARNING: (.*?) on line (\d+) \(check: (\w+)\)$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.6,
    facts: (m) => ({ tool: 'puppet-lint', code: m[4]!, locations: [location(m[1], m[3], undefined, m[2])] }),
  },
  {
    id: 'ansible-lint.rule',
    tool: 'ansible-lint',
    anchors: ['.yml:', '.yaml:'],
    // Parseable output (-p): "playbook.yml:3: no-changed-when: Commands should not change things …"
    // (ansible-lint 6), "main.yml:1: [E201] Trailing whitespace" (4 and 5).
    pattern: /^(\S+\.ya?ml):(\d+): (?:\[(E\d{3})\]|([\w-]+(?:\[[\w-]+\])?):) (.*)$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.8,
    facts: (m) =>
      facts({ tool: 'ansible-lint', code: m[3] ?? m[4], locations: [location(m[1], m[2], undefined, m[5])] }),
  },
  {
    id: 'ansible-lint.location',
    tool: 'ansible-lint',
    anchors: ['.yml:', '.yaml:'],
    // ansible-lint 6's default output: the rule and message, then the place on its own line,
    // "roles/web/tasks/main.yml:6 Task/Handler: Restart".
    pattern: /^(\S+\.ya?ml):(\d+)(?: \S.*)?$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.6,
    lead: /^[\w-]+(?:\[[\w-]+\])?: [A-Z]/,
    facts: (m) => ({ tool: 'ansible-lint', locations: [location(m[1], m[2])] }),
  },
];

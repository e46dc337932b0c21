import type { FailureCategory } from '../categories.js';
import type { Rule } from '../rule.js';

/**
 * Nix (nix-build, nix build, nix-instantiate): evaluation errors, with the "at file:line:col:"
 * under them, and failed builders. A builder's own output is the reason a build failed:
 * `nix-build` prints it as it ran (the tools' own rules read it), `nix build` quotes its last
 * lines as "> …". Nix's closing lines ("builder for '…drv' failed with exit code 1",
 * "1 dependencies of derivation '…' failed to build") only say which derivation it was. From
 * packages/fixtures/ecosystems/nix (Nix 2.8).
 */

/** Evaluation errors, as Nix 2.4 and later word them after "error: ". */
const EVAL_ERRORS = [
  'error: undefined variable ',
  'error: attribute ',
  'error: value is ',
  'error: cannot coerce ',
  'error: assertion ',
  'error: evaluation aborted with the following error message',
  'error: infinite recursion encountered',
  'error: syntax error, ',
  'error: function ',
  'error: cannot evaluate a function ',
  'error: cannot import ',
  'error: getting status of ',
  'error: path ',
  'error: file ',
];

/** What a line of a builder's quoted log says failed. */
function builderLogCategory(text: string): FailureCategory {
  if (/No rule to make target|No such file or directory/.test(text)) return 'missing_file';
  if (/\bFAIL|\btests? failed\b|Assertion/.test(text)) return 'test_failure';
  if (/\bcommand not found\b/.test(text)) return 'missing_command';
  return 'compile_error';
}

export const nixRules: Rule[] = [
  {
    // "error: undefined variable 'versoin'", "error: value is a string while a list was expected",
    // "error: attribute 'libcurl' missing": a blank line, then "       at /w/default.nix:5:20:", which
    // the block takes in as a frame, and the code frame, which it does not.
    id: 'nix.eval-error',
    tool: 'nix',
    anchors: EVAL_ERRORS,
    pattern:
      /^error: (?:undefined variable '[^']*'|attribute '[^']*'(?: in selection path '[^']*')? (?:missing|not found)|value is \w+(?: \w+)? while \w+(?: \w+)? was expected|cannot coerce (?:an? )?\w+ to a string|assertion '.*' failed|evaluation aborted with the following error message: |infinite recursion encountered|syntax error, |function '[^']*' called (?:without required|with unexpected) argument |cannot evaluate a function that has an argument without a value |cannot import |getting status of |path '[^']*' does not exist|file '[^']*' was not found in the Nix search path)/,
    role: 'error',
    // A path the expression names that is not there ("getting status of '/w/static': No such file
    // or directory") is a missing file; the rest is the expression's own error.
    classify: (m) =>
      /^error: (?:getting status of|path '|file ')/.test(m[0]) ? 'missing_file' : 'compile_error',
    weight: 0.85,
    facts: () => ({ tool: 'nix' }),
  },
  {
    // A builder's last log lines as `nix build` quotes them ("       > make: *** No rule to make
    // target 'lexer.o'"): the quote hides them from the tools' own rules, so the failing line is
    // found by its words.
    id: 'nix.builder-log',
    tool: 'nix',
    anchors: ['     > '],
    pattern:
      /^ {7}> (?=.*?(?:\b(?:error|Error|ERROR|FAIL|FAILED|[Ff]ailed|[Aa]ssertion)\b|\*\*\*|No such file|not found))(.+)$/,
    role: 'error',
    classify: (m) => builderLogCategory(m[1]!),
    weight: 0.75,
    facts: () => ({ tool: 'nix' }),
  },
  {
    // `nix build -L` and `nix flake check -L` print the builder's log as it runs with the
    // derivation's name before each line ("slugify-unit-tests> FAIL: test_spaces (…)"): the prefix
    // hides the lines from the tools' own rules, so a failing one is found by how it starts (a
    // failure tag, an exception's name, make's "***", a compiler's "file: error:").
    id: 'nix.builder-log-prefixed',
    tool: 'nix',
    anchors: [
      '> FAIL',
      '> ERROR',
      '> Error',
      '> error',
      'Error: ',
      'Exception: ',
      '> make: *** ',
      ': error: ',
    ],
    // Not a REPL's prompt before the input it echoes ("julia> error(\"boom\")", "ghci> error …"):
    // the call, not its failure, which the REPL prints on the next line.
    pattern:
      /^(?!(?:julia|shell|pkg|help|ghci|Prelude|iex|scala|jshell|sqlite|mysql)> )[\w.+-]+> ((?:FAIL|ERROR|Error|error)\b.*|\w*(?:Error|Exception): .*|make(?:\[\d+\])?: \*\*\* .*|\S+: error: .*)$/,
    role: 'error',
    classify: (m) => builderLogCategory(m[1]!),
    weight: 0.75,
    // No tool named: Haskell's stack prefixes each package's build output the same way ("foo> ").
  },
  {
    // Nix's closing lines name the derivation, not the reason: "error: builder for
    // '/nix/store/…-greeter-0.1.drv' failed with exit code 1" (ending in ";" when `nix build`
    // quotes the log under it), "error: 1 dependencies of derivation '…' failed to build",
    // "error: build of '…' failed". Nix 2.3 and older print the builder's line without "error: "
    // and with "; last 10 log lines:" at its end (the wording of its source, not recorded here:
    // Debian ships 2.8).
    id: 'nix.build-closing',
    tool: 'nix',
    anchors: ["' failed with exit code ", "error: build of '", "' failed to build"],
    pattern:
      /^(?:error: )?(?:builder for '\/[^'\s]+\.drv' failed with exit code \d+(?:;| *$)|\d+ dependencies of derivation '\/[^'\s]+\.drv' failed to build$|build of '\/[^'\s]+\.drv'(?:, '\/[^'\s]+\.drv')* failed$)/,
    role: 'noise',
    weight: 0.6,
  },
];

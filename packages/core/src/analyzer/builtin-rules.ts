import type { Rule } from './rule.js';
import { RuleSet } from './rule.js';
import { appleRules } from './rules/apple.js';
import { assertionRules } from './rules/assertions.js';
import { clojureRules } from './rules/clojure.js';
import { coffeeRules } from './rules/coffee.js';
import { compiledRules } from './rules/compiled.js';
import { coverageRules } from './rules/coverage.js';
import { cppTestRules } from './rules/cpp-test.js';
import { diagnosticRules } from './rules/diagnostics.js';
import { dockerRules } from './rules/docker.js';
import { dotnetBuildRules } from './rules/dotnet-build.js';
import { dotnetDartSwiftRules } from './rules/dotnet-dart-swift.js';
import { elixirRules } from './rules/elixir.js';
import { erlangRules } from './rules/erlang.js';
import { genericRules } from './rules/generic.js';
import { gitRules } from './rules/git.js';
import { goRules } from './rules/go.js';
import { haskellRules } from './rules/haskell.js';
import { installRules } from './rules/install.js';
import { jsRules } from './rules/js.js';
import { jsLegacyRules } from './rules/js-legacy.js';
import { jsRunnerRules } from './rules/js-runners.js';
import { juliaRules } from './rules/julia.js';
import { jvmRules } from './rules/jvm.js';
import { latexRules } from './rules/latex.js';
import { linterRules } from './rules/linters.js';
import { lispRules } from './rules/lisp.js';
import { luaRules } from './rules/lua.js';
import { nativeRules } from './rules/native.js';
import { nixRules } from './rules/nix.js';
import { nodeRules } from './rules/node.js';
import { ocamlRules } from './rules/ocaml.js';
import { octaveRules } from './rules/octave.js';
import { perlRules } from './rules/perl.js';
import { phpRules } from './rules/php.js';
import { phpToolRules } from './rules/php-tools.js';
import { pythonRules } from './rules/python.js';
import { rRules } from './rules/r.js';
import { rakuRules } from './rules/raku.js';
import { rubyRules } from './rules/ruby.js';
import { runnerRules } from './rules/runner.js';
import { rustRules } from './rules/rust.js';
import { scalaRules } from './rules/scala.js';
import { shellRules } from './rules/shell.js';
import { systemRules } from './rules/system.js';
import { xrefRules } from './rules/xref.js';

/** Every built-in rule, grouped by the tool family whose output it reads. */
export const BUILTIN_RULES: readonly Rule[] = [
  ...runnerRules,
  ...systemRules,
  ...gitRules,
  ...dockerRules,
  ...jvmRules,
  ...jsRules,
  ...pythonRules,
  ...goRules,
  ...rustRules,
  ...nativeRules,
  ...rubyRules,
  ...genericRules,
  ...shellRules,
  ...perlRules,
  ...phpRules,
  ...rRules,
  ...luaRules,
  ...latexRules,
  ...jsRunnerRules,
  ...dotnetDartSwiftRules,
  ...erlangRules,
  ...elixirRules,
  ...haskellRules,
  ...clojureRules,
  ...scalaRules,
  ...assertionRules,
  ...cppTestRules,
  ...ocamlRules,
  ...compiledRules,
  ...appleRules,
  ...rakuRules,
  ...octaveRules,
  ...lispRules,
  ...coffeeRules,
  ...phpToolRules,
  ...dotnetBuildRules,
  ...installRules,
  ...linterRules,
  ...coverageRules,
  ...xrefRules,
  ...jsLegacyRules,
  ...nodeRules,
  ...diagnosticRules,
  ...juliaRules,
  ...nixRules,
];

let compiled: RuleSet | undefined;

/** The built-in rules compiled once per process. */
export function builtinRuleSet(): RuleSet {
  compiled ??= new RuleSet(BUILTIN_RULES);
  return compiled;
}

/** The built-in rules less those an entry of `without` names (id, tool, or id prefix `<entry>.`). */
export function builtinRuleSetWithout(without: readonly string[]): RuleSet {
  if (without.length === 0) return builtinRuleSet();
  const key = [...new Set(without)].sort().join('\n');
  let set = reduced.get(key);
  if (!set) {
    const removed = (r: Rule) => without.some((w) => r.id === w || r.tool === w || r.id.startsWith(`${w}.`));
    set = new RuleSet(BUILTIN_RULES.filter((r) => !removed(r)));
    // Compiling a rule set takes tens of milliseconds: a measurement reuses the few it needs.
    if (reduced.size >= 32) reduced.delete(reduced.keys().next().value!);
    reduced.set(key, set);
  }
  return set;
}

const reduced = new Map<string, RuleSet>();

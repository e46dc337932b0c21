import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../src/analyzer/builtin-rules.js';
import { ANNOTATION_RULE } from '../../src/analyzer/rules/runner.js';
import { blindGapCases } from './blind-gaps.cases.js';
import { cCases } from './c.cases.js';
import { cascadeCases } from './cascade.cases.js';
import { categoryGapCases } from './category-gaps.cases.js';
import { compiledCases } from './compiled.cases.js';
import { coverageGateCases } from './coverage-gate.cases.js';
import { cppTestCases } from './cpp-test.cases.js';
import { dotnetBuildCases } from './dotnet-build.cases.js';
import { fpCases } from './fp.cases.js';
import { gitDockerCases } from './git-docker.cases.js';
import { installCases } from './install.cases.js';
import { jsCases } from './js.cases.js';
import { jsLegacyCases } from './js-legacy.cases.js';
import { juliaNixCases } from './julia-nix.cases.js';
import { jvmCases } from './jvm.cases.js';
import { linterCases } from './linters.cases.js';
import { miscCases } from './misc.cases.js';
import { mobileCases } from './mobile.cases.js';
import { nativeRustRubyCases } from './native-rust-ruby.cases.js';
import { nodeCases } from './node.cases.js';
import { ocamlCases } from './ocaml.cases.js';
import { perlCases } from './perl.cases.js';
import { phpCases } from './php.cases.js';
import { pythonGoCases } from './python-go.cases.js';
import { runnerSystemCases } from './runner-system.cases.js';
import { scalaCases } from './scala.cases.js';
import { shellCases } from './shell.cases.js';
import { travisLangCases } from './travis-langs.cases.js';

describe('rule table coverage', () => {
  it('has a unit test line for every built-in rule', () => {
    const tested = new Set(
      [
        ...runnerSystemCases,
        ...gitDockerCases,
        ...jvmCases,
        ...jsCases,
        ...jsLegacyCases,
        ...juliaNixCases,
        ...pythonGoCases,
        ...nativeRustRubyCases,
        ...cCases,
        ...shellCases,
        ...perlCases,
        ...phpCases,
        ...miscCases,
        ...fpCases,
        ...cppTestCases,
        ...ocamlCases,
        ...compiledCases,
        ...travisLangCases,
        ...dotnetBuildCases,
        ...blindGapCases,
        ...installCases,
        ...linterCases,
        ...coverageGateCases,
        ...cascadeCases,
        ...mobileCases,
        ...scalaCases,
        ...nodeCases,
        ...categoryGapCases,
      ].map((c) => c.rule),
    );
    tested.add(ANNOTATION_RULE.id); // exercised through the analyzer tests on `##[error]` lines
    const missing = [...BUILTIN_RULES.map((r) => r.id), ANNOTATION_RULE.id].filter((id) => !tested.has(id));
    expect(missing).toEqual([]);
  });
});

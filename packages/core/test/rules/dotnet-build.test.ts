import { describe, it } from 'vitest';
import { dotnetBuildCases as cases } from './dotnet-build.cases.js';
import { checkCase, checkMiss } from './rule-cases.js';

describe('C# build and test rules (mcs, xbuild/MSBuild, NUnit 2, Mono)', () => {
  for (const c of cases) it(`${c.rule}: ${c.line.slice(0, 70)}`, () => checkCase(c));

  it('does not take look-alikes', () => {
    // Warnings do not fail a build; xbuild's count line is a summary.
    checkMiss('csc.error', "Program.cs(3,13): warning CS0168: The variable `e' is declared but never used");
    checkMiss('csc.error', '\t 1 Error(s)');
    // NUnit's totals name no test.
    checkMiss(
      'nunit.failure',
      'Tests run: 2, Errors: 1, Failures: 0, Inconclusive: 0, Time: 0.1003282 seconds',
    );
  });

  it('a type the project itself misspells is a compile error, not a missing library', () => {
    checkCase({
      rule: 'csc.error',
      line: "Invoice.cs(17,29): error CS0246: The type or namespace name `Discont' could not be found. Are you missing an assembly reference?",
      category: 'compile_error',
    });
  });
});

import type { FailureCategory } from '../categories.js';
import type { Rule } from '../rule.js';
import { location } from './helpers.js';

/**
 * C# builds and tests as Mono runs them (mcs, xbuild/msbuild, NUnit 2's nunit-console, `mono
 * prog.exe`), tested on what Debian's Mono 6.8 and NUnit 2.6.4 print. Roslyn and dotnet's MSBuild
 * print compiler errors in the same `file(line,col): error CSxxxx: message [project]` shape.
 */

/**
 * A name the compiler cannot find is a missing library when a `using` directive names it (column 7
 * of "using X;") or when a namespace lacks a member an assembly should bring (CS0234); elsewhere
 * it is as likely a typo in the project's own code.
 */
function cscCategory(code: string, column: string | undefined): FailureCategory {
  if (code === 'CS0234') return 'missing_dependency';
  if (code === 'CS0246' && column === '7') return 'missing_dependency';
  return 'compile_error';
}

export const dotnetBuildRules: Rule[] = [
  {
    // mcs "Program.cs(14,51): error CS0103: The name `shipping' does not exist in the current
    // context"; xbuild repeats it, tab-indented, in its closing "Errors:" list; MSBuild appends
    // " [/path/x.csproj]".
    id: 'csc.error',
    tool: 'csc',
    anchors: ['error CS'],
    // A "[" ends a [tag] too, so each lazy stop scans one tag, not the rest of the line (ReDoS).
    pattern: /^\s*(\S[^(]*?)\((\d+),(\d+)\): error (CS\d{4}): (.*?)(?: \[[^\][]+\])?$/,
    role: 'error',
    classify: (m) => cscCategory(m[4]!, m[3]),
    weight: 0.92,
    facts: (m) => ({ tool: 'csc', code: m[4]!, locations: [location(m[1]!.trim(), m[2], m[3], m[5])] }),
  },
  {
    // MSBuild/xbuild could not find a referenced assembly (a NuGet package not restored, a
    // HintPath that does not exist): "…Microsoft.Common.targets:  warning : Reference
    // 'Newtonsoft.Json' not resolved". A warning, but the compile errors that follow are its doing.
    // xbuild's wording; MSBuild's own (MSB3245, "Could not resolve this reference") waits for a
    // real log to be tested on.
    id: 'msbuild.reference-not-resolved',
    tool: 'msbuild',
    anchors: ['not resolved'],
    pattern: /warning\s*: Reference '([^']+)' not resolved/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.6,
    facts: (m) => ({ tool: 'msbuild', package: m[1]! }),
  },
  {
    // NUnit 2's console runner lists each failed test under "Errors and Failures:" as
    // "1) Test Failure : Ns.Fixture.Test" (an assertion) or "1) Test Error : Ns.Fixture.Test" (an
    // exception), the message and frames indented below it.
    id: 'nunit.failure',
    tool: 'nunit',
    anchors: ['Test Failure : ', 'Test Error : '],
    pattern: /^\d+\) Test (?:Failure|Error) : ([\w.`+<>]+)/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    follow: 'until-blank',
    facts: (m) => ({ tool: 'nunit', tests: [m[1]!] }),
  },
  {
    // Mono's last word on an exception nothing caught, after its "Unhandled Exception:" report:
    // "[ERROR] FATAL UNHANDLED EXCEPTION: System.Collections.Generic.KeyNotFoundException: …".
    id: 'mono.unhandled-exception',
    tool: 'mono',
    anchors: ['FATAL UNHANDLED EXCEPTION'],
    pattern: /^\[ERROR\] FATAL UNHANDLED EXCEPTION: ([\w.`]+)/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    follow: 'trace',
    facts: () => ({ tool: 'mono' }),
  },
];

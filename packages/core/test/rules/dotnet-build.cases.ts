import type { RuleCase } from './rule-cases.js';

// mcs, xbuild, NUnit 2.6 and Mono lines from the recordings in packages/fixtures/ecosystems/csharp.
export const dotnetBuildCases: RuleCase[] = [
  {
    rule: 'csc.error',
    line: "Program.cs(14,51): error CS0103: The name `shipping' does not exist in the current context",
    category: 'compile_error',
    facts: { code: 'CS0103', locations: [{ file: 'Program.cs', line: 14, column: 51 }] },
  },
  {
    rule: 'csc.error',
    line: "Invoice.cs(13,25): error CS0266: Cannot implicitly convert type `decimal' to `int'. An explicit conversion exists (are you missing a cast?)",
    category: 'compile_error',
  },
  {
    // A `using` directive (column 7) naming a namespace no referenced assembly provides.
    rule: 'csc.error',
    line: "Client.cs(2,7): error CS0246: The type or namespace name `Newtonsoft' could not be found. Are you missing an assembly reference?",
    category: 'missing_dependency',
  },
  {
    // xbuild's closing "Errors:" list repeats each error, tab-indented.
    rule: 'csc.error',
    line: "\tDiscount.cs(10,8): error CS1525: Unexpected symbol `}', expecting `;'",
    category: 'compile_error',
    facts: { locations: [{ file: 'Discount.cs', line: 10, column: 8 }] },
  },
  {
    rule: 'msbuild.reference-not-resolved',
    line: "/usr/lib/mono/xbuild/14.0/bin/Microsoft.Common.targets:  warning : Reference 'Newtonsoft.Json' not resolved",
    category: 'missing_dependency',
    facts: { package: 'Newtonsoft.Json' },
  },
  {
    rule: 'nunit.failure',
    line: '1) Test Failure : Blog.Tests.SlugTests.SpacesBecomeDashes',
    category: 'test_failure',
    facts: { tests: ['Blog.Tests.SlugTests.SpacesBecomeDashes'] },
  },
  {
    rule: 'nunit.failure',
    line: '1) Test Error : Service.Tests.ConfigTests.DefaultsPort',
    category: 'test_failure',
  },
  {
    rule: 'mono.unhandled-exception',
    line: "[ERROR] FATAL UNHANDLED EXCEPTION: System.Collections.Generic.KeyNotFoundException: The given key 'GBP' was not present in the dictionary.",
    category: 'test_failure',
  },
  // vstest's console logger (rules/dotnet-dart-swift.ts) in a public `dotnet test` log (MIT,
  // packages/fixtures/ecosystems/csharp/dotnet-test-xunit-assertion).
  {
    rule: 'vstest.failed-test',
    line: '  Failed WindowLogger.Presentation.Tests.Forms.MainFormTests.RefreshActivityGrid_WithActivities_ShouldDisplayData [320 ms]',
    category: 'test_failure',
    facts: {
      tests: [
        'WindowLogger.Presentation.Tests.Forms.MainFormTests.RefreshActivityGrid_WithActivities_ShouldDisplayData',
      ],
    },
  },
  { rule: 'vstest.error-message', line: '  Error Message:', category: 'test_failure' },
  { rule: 'vstest.summary', line: 'Test Run Failed.', category: 'test_failure' },
];

import { ELM_HEADING_ENDS, type Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/**
 * Compiled languages with their own diagnostics and test runners: D (ldc2/dmd, gdc, `unittest`,
 * druntime exceptions), Nim (compiler, `unittest`, defects), Fortran (gfortran and its runtime),
 * Crystal (compiler, `crystal spec`) and Haxe.
 */
export const compiledRules: Rule[] = [
  // ---- D
  {
    // dub resolving dependencies: "Package tablefmt not found in registry at https://code.dlang.org/
    // (fallbacks …): Failed to download https://…" when the registry cannot be reached (a
    // network failure), the same without the download error when it has no such package.
    id: 'dub.registry',
    tool: 'dub',
    anchors: [' not found in registry at '],
    // No `$`: a line has no line break, and with one `\S+` and `.*` split the URL every way.
    pattern: /^Package (\S+) not found in registry at \S+(.*)/,
    role: 'error',
    classify: (m) => (/: Failed to download /.test(m[2]!) ? 'network_error' : 'missing_dependency'),
    weight: 0.85,
    facts: (m) => ({ tool: 'dub', package: m[1]! }),
  },
  {
    // "Failed to find any versions for package tablefmt, referenced by report ~master": under the
    // registry's own line, which says why.
    id: 'dub.no-versions',
    tool: 'dub',
    anchors: ['Failed to find any versions for package '],
    pattern: /^Failed to find any versions for package (\S+?),? /,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.75,
    facts: (m) => ({ tool: 'dub', package: m[1]! }),
  },
  {
    id: 'dmd.error',
    tool: 'dmd',
    anchors: ['): Error: '],
    // ldc2 and dmd: "app.d(3): Error: undefined identifier `height`" ("app.d(3,12)" with columns);
    // supplemental lines below repeat the location with the text indented.
    pattern: /^(\S+?\.di?)\((\d+)(?:,(\d+))?\): Error: (.*)$/,
    role: 'error',
    classify: (m) =>
      /^(?:unable to read module|module `[^`]+` is in file)/.test(m[4]!)
        ? 'missing_dependency'
        : 'compile_error',
    weight: 0.9,
    facts: (m) => ({ tool: 'dmd', locations: [location(m[1], m[2], m[3], m[4])] }),
  },
  {
    id: 'gdc.error',
    tool: 'gdc',
    anchors: [' error: '],
    // gdc speaks gcc: "app.d:3:37: error: undefined identifier ‘height’", the code and caret indented below.
    pattern: /^(\S+?\.di?):(\d+):(\d+): (?:fatal )?error: (.*)$/,
    role: 'error',
    classify: (m) => (/^unable to read module/.test(m[4]!) ? 'missing_dependency' : 'compile_error'),
    weight: 0.9,
    facts: (m) => ({ tool: 'gdc', locations: [location(m[1], m[2], m[3], m[4])] }),
  },
  {
    id: 'd.unittest',
    tool: 'd unittest',
    anchors: ['[unittest] '],
    // druntime's unittest runner: "stack.d(11): [unittest] Assertion failure" or the assert's message.
    pattern: /^(\S+?)\((\d+)\): \[unittest\] (.*)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    facts: (m) => ({ tool: 'd', locations: [location(m[1], m[2], undefined, m[3])] }),
  },
  {
    id: 'd.exception',
    tool: 'd',
    anchors: ['Error@', 'Exception@'],
    // An uncaught Throwable: "core.exception.ArrayIndexError@args.d(4): index [1] is out of bounds
    // for array of length 1", "object.Exception@app.d(9): config missing"; the trace follows.
    pattern: /^([\w.]+(?:Error|Exception))@(\S+?)\((\d+)\): (.*)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    facts: (m) => ({ tool: 'd', code: m[1]!, locations: [location(m[2], m[3], undefined, m[4])] }),
  },
  {
    id: 'd.run-failed',
    tool: 'ldc2',
    anchors: ['failed with status: '],
    // `ldc2 -run` relays the program's exit: "Error: /tmp/stack-1069d6 failed with status: 1".
    pattern: /^Error: \S+ failed with status: \d+$/,
    role: 'noise',
    weight: 0.5,
  },
  // ---- Nim
  {
    id: 'nim.error',
    tool: 'nim',
    anchors: [') Error: '],
    // "/w/calc.nim(3, 18) Error: undeclared identifier: 'sub'", "app.nim(1, 8) Error: cannot open file: jester".
    pattern: /^(\S+?\.nim[sb]?)\((\d+), (\d+)\) Error: (.*)$/,
    role: 'error',
    classify: (m) => (/^cannot open file: /.test(m[4]!) ? 'missing_dependency' : 'compile_error'),
    weight: 0.9,
    facts: (m) => ({ tool: 'nim', locations: [location(m[1], m[2], m[3], m[4])] }),
  },
  {
    id: 'nim.unhandled',
    tool: 'nim',
    anchors: ['nhandled exception: '],
    // A defect or exception that ended the program ("Error: unhandled exception: index 2 not in 0 .. 1
    // [IndexDefect]"), or a unittest test ("    Unhandled exception: invalid integer: x [ValueError]").
    pattern: /^\s*(?:Error: u|U)nhandled exception: (.*?)(?: \[(\w+)\])?$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    facts: (m) => facts({ tool: 'nim', code: m[2] }),
  },
  {
    id: 'nim.check-failed',
    tool: 'nim unittest',
    anchors: ['Check failed: '],
    // "    /w/tests/tstack.nim(8, 17): Check failed: top(s) == 3", then "    top(s) was 1".
    pattern: /^\s*(\S+?)\((\d+), (\d+)\): Check failed: (.*)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    follow: 'paragraph',
    facts: (m) => ({ tool: 'nim', locations: [location(m[1], m[2], m[3], m[4])] }),
  },
  {
    id: 'nim.test-failed',
    tool: 'nim unittest',
    anchors: ['[FAILED] '],
    // "  [FAILED] top is the last pushed", just under the check or exception that says why.
    pattern: /^\s*\[FAILED\] (\S.*)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.7,
    facts: (m) => ({ tool: 'nim', tests: [m[1]!] }),
  },
  {
    id: 'nim.run-failed',
    tool: 'nim',
    anchors: ['external program failed', 'Execution failed with exit code'],
    // `nim c -r` relays the program's failure: "Error: execution of an external program failed: '/w/x '",
    // and nimble relays nim's: "     Error: Execution failed with exit code 1". What the program
    // printed above says why; these lines do not.
    pattern:
      /^(?:Error: execution of an external program failed: |\s*Error: Execution failed with exit code \d+$)/,
    role: 'noise',
    weight: 0.5,
  },
  // ---- Fortran
  {
    id: 'gfortran.error',
    tool: 'gfortran',
    anchors: ['Error: '],
    // "Error: Symbol ‘hieght’ at (1) has no IMPLICIT type" under "area.f90:6:21:" and the code
    // excerpt with its marker line; "(1)" is what gfortran's messages point at.
    // No `$`: a line has no line break, and with one every "at (1)" rescanned the rest (quadratic).
    pattern: /^(?:Fatal )?Error: (.*\bat \(\d\).*)/,
    role: 'error',
    classify: (m) => (/^Cannot open module file /.test(m[1]!) ? 'missing_dependency' : 'compile_error'),
    weight: 0.85,
    lead: /^(?:\S+\.[fF](?:90|95|03|08|or|77)?:\d+(?::\d+)?:| *(?:\d+ +)?\|.*|)$/,
    facts: () => ({ tool: 'gfortran' }),
  },
  {
    id: 'fortran.runtime-error',
    tool: 'gfortran',
    anchors: ['Fortran runtime error: '],
    // "At line 7 of file sum.f90" then "Fortran runtime error: Index '11' of dimension 1 of array 'a' above upper bound of 10".
    pattern: /^Fortran runtime error: (.*)$/,
    role: 'error',
    classify: (m) =>
      /^Cannot open file '[^']*': No such file/.test(m[1]!) ? 'missing_file' : 'test_failure',
    weight: 0.85,
    lead: /^At line \d+ of file /,
    facts: () => ({ tool: 'gfortran' }),
  },
  {
    id: 'fortran.error-stop',
    tool: 'gfortran',
    anchors: ['ERROR STOP'],
    // "ERROR STOP test_mean failed" ends the program; what it printed just before is the detail.
    pattern: /^ERROR STOP\b/,
    role: 'error',
    category: 'test_failure',
    weight: 0.8,
    // What the program printed just before, not the command echo of a CI log above it (`+ cmd`,
    // `$ cmd`) nor a Jenkins step line.
    lead: /^(?!\+ |\$ |\[Pipeline\] )\s*\S/,
    facts: () => ({ tool: 'fortran' }),
  },
  {
    id: 'fortran.error-termination',
    tool: 'gfortran',
    anchors: ['Error termination'],
    // The runtime's "Error termination. Backtrace:" follows the error it already printed.
    pattern: /^Error termination\. /,
    role: 'noise',
    weight: 0.5,
  },
  // ---- Crystal
  {
    id: 'crystal.location',
    tool: 'crystal',
    anchors: ['.cr:'],
    // "In src/sum.cr:5:12", then the code, a caret and "Error: …". The line alone: the code excerpt
    // under it is not the reason. Under the error's weight (warnings share the line) but enough
    // to be shown with the error four lines below.
    pattern: /^In (\S+\.cr):(\d+):(\d+)$/,
    role: 'error',
    weight: 0.6,
    facts: (m) => ({ tool: 'crystal', locations: [location(m[1], m[2], m[3])] }),
  },
  {
    id: 'crystal.error',
    tool: 'crystal',
    anchors: ['Error: '],
    // The compiler's wordings: "Error: undefined method 'welcome' for Greeter", "Error: expected
    // argument #1 to 'total' to be Array(Int32), not Array(String)", "Error: can't find file 'kemal'".
    pattern:
      /^Error: (?:undefined (?:method|local variable or method|constant)|expected argument #\d|no overload matches|can't find file|instance variable '|wrong number of arguments|can't infer|type must be|unterminated|expecting token|unexpected token|undefined macro)/,
    role: 'error',
    classify: (m) => (/^Error: can't find file/.test(m[0]) ? 'missing_dependency' : 'compile_error'),
    weight: 0.85,
    facts: () => ({ tool: 'crystal' }),
  },
  {
    id: 'crystal.spec-failure',
    tool: 'crystal spec',
    anchors: ['Failure/Error: '],
    // Under "  1) Calc adds two numbers": "     Failure/Error: Calc.add(1, 2).should eq(3)", a blank
    // line, then "       Expected: 3" / "            got: 4" indented deeper.
    pattern: /^\s+Failure\/Error: (.*)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.8,
    follow: 'paragraph',
    lead: /^\s+\d+\) \S/,
    facts: () => ({ tool: 'crystal spec' }),
  },
  {
    id: 'crystal.spec-exception',
    tool: 'crystal spec',
    anchors: ['Error)', 'Exception)'],
    // An example that raised: '       Missing hash key: "port" (KeyError)' two lines under its
    // name, the "from …" frames below (not taken: the runtime's own come first); or the top level's "Unhandled exception: … (KeyError)".
    pattern: /^(?:\s+|Unhandled exception: )\S.* \(([A-Z]\w*(?:::[A-Z]\w*)*(?:Error|Exception))\)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.75,
    lead: /^(?:\s+\d+\) \S.*|)$/,
    facts: (m) => ({ tool: 'crystal', code: m[1]! }),
  },
  // ---- Elm
  {
    id: 'elm.problem',
    tool: 'elm',
    anchors: ELM_HEADING_ENDS,
    // Every elm report opens with a ruled heading, the file at its end: "-- TYPE MISMATCH ----- src/Main.elm",
    // "-- PROBLEM LOADING PACKAGE LIST -----" (the package server could not be reached).
    pattern: /^-- ([A-Z][A-Z ]*[A-Z]) -{3,}(?: (\S+))?$/,
    role: 'error',
    classify: (m) =>
      /^(?:PROBLEM LOADING PACKAGE LIST|HTTP PROBLEM|PROBLEM DOWNLOADING PACKAGE|CORRUPT PACKAGE DATA)$/.test(
        m[1]!,
      )
        ? 'network_error'
        : /^(?:UNKNOWN PACKAGE|MODULE NOT FOUND|UNKNOWN IMPORT|MISSING DEPENDENCY)$/.test(m[1]!)
          ? 'missing_dependency'
          : 'compile_error',
    weight: 0.8,
    facts: (m) => facts({ tool: 'elm', code: m[1], file: m[2] }),
  },
  // ---- Haxe
  {
    id: 'haxe.error',
    tool: 'haxe',
    anchors: [': characters '],
    // "Main.hx:4: characters 22-26 : Unknown identifier : totl"; "… : ... For function argument 'x'"
    // continues the line above; "Uncaught exception" is the program failing under --interp.
    pattern:
      /^(\S+\.hx):(\d+): (?:characters (\d+)-\d+|lines \d+-\d+) : (?!Warning : |\.\.\. |Called from here)(.*)$/,
    role: 'error',
    classify: (m) =>
      /^Uncaught exception /.test(m[4]!)
        ? 'test_failure'
        : /^(?:Type not found|Library \S+ is not installed|Class not found)/.test(m[4]!)
          ? 'missing_dependency'
          : 'compile_error',
    weight: 0.85,
    facts: (m) => ({ tool: 'haxe', locations: [location(m[1], m[2], m[3], m[4])] }),
  },
  {
    id: 'haxelib.missing',
    tool: 'haxelib',
    anchors: ['Error: Cannot process [', 'Error: This is the first time you are running haxelib'],
    // A --library the build names and haxelib lacks: "Error: Error: Cannot process [hxnodejs]: Library
    // hxnodejs is not installed : run 'haxelib install hxnodejs'", or no library repository at all
    // on a fresh machine ("… Please run `haxelib setup` first").
    pattern:
      /^(?:Error: )+(?:Cannot process \[[^\]]*\]: Library (\S+) is not installed|This is the first time you are running haxelib)/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.85,
    facts: (m) => facts({ tool: 'haxelib', package: m[1] }),
  },
];

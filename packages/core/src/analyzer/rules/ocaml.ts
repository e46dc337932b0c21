import type { Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/** OCaml: the compiler (`ocamlc`, `ocamlopt`, through dune or not), dune itself, alcotest, uncaught exceptions. */

// The compiler's and dune's own wordings: a bare "Error: …" line from any other tool is not theirs.
const OCAML_ERROR =
  // The warning number ends where a non-digit starts: overlapping runs were quadratic (ReDoS).
  /^Error(?: \(warning \d+(?:[^)\d][^)]*)?\))?: (This (?:expression|pattern|variant|function|field) |Unbound (?:value|module|type constructor|type|constructor|record field|class|instance variable) |Syntax error|The (?:function|constructor|value|module|type|record field|implementation|signature|field)\b|Library "([^"]+)" not found|Module "[^"]+" doesn't exist|No implementations provided|Some (?:record )?fields are (?:missing|undefined)|Signature mismatch|Multiple definition|I\/O error|Unused |No rule found for|Modules do not match|This (?:constant|alias|type)\b|Illegal |Unterminated )/;

export const ocamlRules: Rule[] = [
  {
    id: 'ocaml.location',
    tool: 'ocaml',
    anchors: ['characters '],
    // 'File "bin/main.ml", line 5, characters 32-34:' heads every compiler and dune diagnostic; the
    // code excerpt, the carets and the "Error: …" follow. Weak alone: warnings have the same head.
    pattern: /^File "([^"]+)", lines? (\d+)(?:-\d+)?, characters (\d+)-\d+:$/,
    role: 'error',
    weight: 0.4,
    follow: 'paragraph',
    facts: (m) => ({ tool: 'ocaml', locations: [location(m[1], m[2], m[3])] }),
  },
  {
    id: 'ocaml.error',
    tool: 'ocaml',
    anchors: ['Error: ', 'Error (warning'],
    // "Error: This expression has type int but an expression was expected of type", its second
    // half indented below; dune's "Error: Library "yojson" not found.".
    pattern: OCAML_ERROR,
    role: 'error',
    classify: (m) =>
      m[2] !== undefined || /^Unbound module /.test(m[1]!) ? 'missing_dependency' : 'compile_error',
    weight: 0.85,
    follow: 'indented',
    facts: (m) => facts({ tool: 'ocaml', package: m[2] }),
  },
  {
    id: 'ocaml.uncaught',
    tool: 'ocaml',
    anchors: ['Fatal error: exception '],
    // An executable (a dune test) ended by an exception: 'Fatal error: exception Failure("pop: empty queue")'.
    pattern: /^Fatal error: exception (\S+)/,
    role: 'error',
    category: 'test_failure',
    weight: 0.85,
    follow: 'indented',
    // Cut at the first "(": `\(.*$` rescanned the rest from every "(" when a line break followed.
    facts: (m) => ({ tool: 'ocaml', code: m[1]!.replace(/\(.*/, '') }),
  },
  {
    id: 'alcotest.fail',
    tool: 'alcotest',
    anchors: ['[FAIL]'],
    // The live line "> [FAIL]        slugify          1   spaces." (the framed copy below repeats it).
    // `(?!\s)` makes `\s+` take every space before the name: else it and `.*?` split them (quadratic).
    pattern: /^(?:> )?\[FAIL\]\s+(\S+)\s+(\d+)\s+(?!\s)(.*?)\.?$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.75,
    facts: (m) => ({ tool: 'alcotest', tests: [`${m[1]!} ${m[2]!} ${m[3]!}`] }),
  },
  {
    id: 'alcotest.values',
    tool: 'alcotest',
    anchors: ['Expected: `', 'Received: `'],
    pattern: /^\s+(?:Expected|Received): `/,
    role: 'error',
    category: 'test_failure',
    weight: 0.7,
    facts: () => ({ tool: 'alcotest' }),
  },
  {
    id: 'alcotest.exception',
    tool: 'alcotest',
    anchors: ['[exception] '],
    // "[exception] Not_found", its "Raised at …" frames indented below.
    pattern: /^\[exception\] (\S.*)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.8,
    // Not the "Raised at …/Called from …" frames indented below: the exception names the reason.
    facts: (m) => ({ tool: 'alcotest', code: m[1]! }),
  },
];

import type { RuleCase } from './rule-cases.js';

// OCaml compiler, dune and alcotest. Lines from packages/fixtures/ecosystems/ocaml (tune cases).
export const ocamlCases: RuleCase[] = [
  {
    rule: 'ocaml.location',
    line: 'File "greet.ml", line 3, characters 24-32:',
    category: null,
    facts: { locations: [{ file: 'greet.ml', line: 3, column: 24 }] },
  },
  { rule: 'ocaml.error', line: 'Error: Unbound value greeting', category: 'compile_error' },
  { rule: 'ocaml.error', line: 'Error: Syntax error', category: 'compile_error' },
  {
    rule: 'ocaml.error',
    line: 'Error: Library "yojson" not found.',
    category: 'missing_dependency',
    facts: { package: 'yojson' },
  },
  {
    rule: 'ocaml.uncaught',
    line: 'Fatal error: exception Failure("pop: empty queue")',
    category: 'test_failure',
    facts: { code: 'Failure' },
  },
  {
    rule: 'alcotest.fail',
    line: '> [FAIL]        slugify          1   spaces.',
    category: 'test_failure',
    facts: { tests: ['slugify 1 spaces'] },
  },
  { rule: 'alcotest.values', line: '   Expected: `"a-b"\'', category: 'test_failure' },
  { rule: 'alcotest.values', line: '   Received: `"a_b"\'', category: 'test_failure' },
  {
    rule: 'alcotest.exception',
    line: '[exception] Not_found',
    category: 'test_failure',
    facts: { code: 'Not_found' },
  },
];

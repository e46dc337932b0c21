import { describe, it } from 'vitest';
import { ocamlCases as cases } from './ocaml.cases.js';
import { checkCase, checkMiss } from './rule-cases.js';

describe('OCaml, dune and alcotest rules', () => {
  for (const c of cases) it(`${c.rule}: ${c.line.slice(0, 70)}`, () => checkCase(c));

  it('does not take look-alikes', () => {
    // Another tool's bare "Error:" line is not the OCaml compiler's.
    checkMiss('ocaml.error', 'Error: Process completed with exit code 1.');
    checkMiss('ocaml.error', 'Error: connect ECONNREFUSED 127.0.0.1:5432');
    // A Python traceback frame has "line N, in", not "characters".
    checkMiss('ocaml.location', '  File "app.py", line 3, in <module>');
  });
});

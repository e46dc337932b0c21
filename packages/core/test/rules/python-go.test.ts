import { describe, it } from 'vitest';
import { pythonGoCases as cases } from './python-go.cases.js';
import { checkCase, checkMiss } from './rule-cases.js';

describe('Python and Go rules', () => {
  for (const c of cases) it(`${c.rule}: ${c.line.slice(0, 70)}`, () => checkCase(c));

  it('does not take look-alikes', () => {
    checkMiss('pytest.failed', 'FAILED to connect, retrying');
    checkMiss('gotest.fail', '--- PASS: TestParse (0.00s)');
    // t.Log output of a passing test: no failure words.
    checkMiss('gotest.message', '    server_test.go:31: listening on 127.0.0.1:4000');
    checkMiss('go.diagnostic', 'ok  \tgithub.com/acme/app\t0.1s');
  });
});

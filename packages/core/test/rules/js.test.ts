import { describe, it } from 'vitest';
import { jsCases as cases } from './js.cases.js';
import { checkCase, checkMiss } from './rule-cases.js';

describe('JavaScript ecosystem rules', () => {
  for (const c of cases) it(`${c.rule}: ${c.line.slice(0, 70)}`, () => checkCase(c));

  it('does not take look-alikes', () => {
    checkMiss('jest.fail-file', 'PASS src/sum.test.js');
    checkMiss(
      'node.module-not-found',
      "src/a.ts(1,21): error TS2307: Cannot find module 'yaml' or its corresponding type declarations.",
    );
    checkMiss('jest.failed-test', '  ● Console');
    // A relative import that does not resolve is the project's own file, not a missing package.
    checkMiss('jest.module-not-found', "    Cannot find module './utils' from 'src/index.js'");
    checkMiss('jest.module-not-found', "    Cannot find module '../lib/db' from 'test/db.test.js'");
  });
});

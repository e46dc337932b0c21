import { describe, it } from 'vitest';
import { nodeCases as cases } from './node.cases.js';
import { checkCase, checkMiss } from './rule-cases.js';

describe('Node.js uncaught errors', () => {
  for (const c of cases) it(`${c.rule}: ${c.line.slice(0, 70)}`, () => checkCase(c));

  it('does not take look-alikes', () => {
    // Python words its TypeErrors differently; indented, a JS error is a test runner's report.
    checkMiss('node.uncaught', "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    checkMiss('node.uncaught', "    TypeError: Cannot read properties of undefined (reading 'set')");
    checkMiss('node.uncaught', 'Error: boom');
    checkMiss('node.died', 'Node.js v20.20.2 is not supported by this package');
    checkMiss('node.unhandled-rejection', '(node:123) UnhandledPromiseRejectionWarning: Error: boom');
    // A frame of the loader that is not its compile step: a test runner's, or a require's.
    checkMiss('node.top-level-frame', '    at Module.require (internal/modules/cjs/loader.js:887:19)');
    checkMiss(
      'node.top-level-frame',
      '    at Module._compile (/home/runner/work/project/node_modules/pirates/lib/index.js:136:24)',
    );
  });

  it('a source file that does not parse is still a compile error', () => {
    checkCase({
      rule: 'node.syntax-error',
      line: 'SyntaxError: Unexpected identifier',
      category: 'compile_error',
    });
  });
});

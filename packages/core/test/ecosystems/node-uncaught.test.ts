import { describe, expect, it } from 'vitest';
import { listEcosystemCases } from '../../../fixtures/src/ecosystems.js';
import { expectReasonShown } from './reason-shown.js';

/**
 * Node.js scripts dying of an uncaught error, recorded with the machine's node (and tape and mocha
 * where a runner wraps it): the reason shown, its category, and a key line that is the error
 * itself, not Node's closing `Node.js v20.1.0` nor where it was thrown. Tune cases only.
 */
const NODE = /^js\/(?:node-(?!gyp|test-tap)|(?:mocha|tape)-uncaught)/;
const tune = listEcosystemCases().filter((c) => NODE.test(c.id) && c.split === 'tune');

describe('Node.js uncaught errors, as recorded', () => {
  it('has recordings of throws, rejections, runtime errors and missing modules', () => {
    expect(tune.length).toBeGreaterThanOrEqual(10);
    for (const category of ['test_failure', 'missing_dependency', 'missing_file'])
      expect(
        tune.some((c) => c.category === category),
        category,
      ).toBe(true);
  });

  it.each(tune.map((c) => [c.id, c] as const))('%s: the error is the key line', async (_id, c) => {
    const a = await expectReasonShown(c);
    const key = a.findings[0]?.keyLine ?? '';
    expect(key).not.toMatch(/^Node\.js v/);
    expect(key).toMatch(/Error\b|UnhandledPromiseRejection|Cannot find|failing/);
  });
});

import { describe, expect, it } from 'vitest';
import { listEcosystemCases } from '../../../fixtures/src/ecosystems.js';
import { expectReasonShown } from './reason-shown.js';

/**
 * Builds that fail while installing what they need, as npm, yarn 1, pnpm, pip, Bundler, gem, Go,
 * apt-get, ./configure, pkg-config and CMake really printed (scripts/fixtures/projects/install).
 * Only the tune split is asserted; the held-out cases are measured, not tested.
 */
const cases = listEcosystemCases().filter((c) => c.ecosystem === 'install');
const tune = cases.filter((c) => c.split === 'tune');

describe('dependency install recordings (tune split)', () => {
  it('has recordings of each installer to tune on', () => {
    const tools = new Set(tune.map((c) => c.id.split('/')[1]!.split('-')[0]));
    for (const tool of ['npm', 'yarn', 'pnpm', 'pip', 'bundler', 'gem', 'go', 'apt', 'configure'])
      expect(tools, tool).toContain(tool);
  });

  it.each(tune.map((c) => [c.id, c] as const))(
    '%s: shows a gold line, at most 15 lines, the recorded category',
    async (_id, c) => {
      await expectReasonShown(c);
    },
  );
});

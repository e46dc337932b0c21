import { describe, it } from 'vitest';
import { gitDockerCases as cases } from './git-docker.cases.js';
import { checkCase, checkMiss } from './rule-cases.js';

describe('git and docker rules', () => {
  for (const c of cases) it(`${c.rule}: ${c.line.slice(0, 70)}`, () => checkCase(c));

  it('does not take look-alikes', () => {
    checkMiss('git.fatal', 'fatal: true');
    checkMiss('buildkit.step-error', '#6 0.512 some ERROR text inside a build log');
  });
});

/**
 * Requirements against the libraries that define the grammars: `semver` (npm's engines ranges,
 * which core reads with semver and turns into bounds) and `@renovatebot/pep440` (Python
 * specifiers, which core's own reader reads alongside Poetry's `^`). For every range, every version
 * on a grid must be accepted by ours exactly when the library accepts it.
 */
import * as pep440 from '@renovatebot/pep440';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import {
  chooseVersion,
  parseNodeRange,
  parseRequirement,
  satisfies,
} from '../../src/fixes/version-requirement.js';

function meets(version: string, range: string, node = false): boolean {
  const alts = (node ? parseNodeRange(range) : parseRequirement(range))!;
  const v = version.split('.').map(Number);
  return alts.some((a) => satisfies(v, a));
}

const NODE_RANGES = [
  '>=20',
  '^18.18.0 || >=20',
  '^18.18.0 || ^20.9.0',
  '^20.9.0 || ^22.0.0 || >=24',
  '>=18 <21',
  '>= 18.12.0, < 22',
  '~18.2',
  '~18',
  '~18.2.1',
  '18.x',
  '20.1.x',
  '20',
  '20.1.0',
  '=20.1.0',
  '<=20.3',
  '<20',
  '>18',
  '18 - 20',
  '>=20.0.0-rc.1',
  '*',
  '>17.2.1 <=19',
  '>=18.0.0 <19.0.0 || >=20.0.0',
  '^18',
  '^18.1',
  '1.x || >=2.5.0',
];

const PYTHON_SPECIFIERS = [
  '>=3.8',
  '>=3.8,<3.12',
  '>=3.8, <3.12',
  '~=3.11',
  '~=3.11.2',
  '==3.11.*',
  '<=3.10',
  '>=3.9,!=3.10.*,<4',
  '>=3.7,!=3.9.1',
];

describe('version requirements against semver and pep440', () => {
  it('accepts exactly the Node versions semver accepts, for every range it reads', () => {
    const versions: string[] = [];
    for (let major = 14; major <= 26; major++)
      for (let minor = 0; minor <= 20; minor += 1)
        for (const patch of [0, 1, 5]) versions.push(`${major}.${minor}.${patch}`);
    for (const range of NODE_RANGES) {
      // `>= 18.12.0, < 22`: npm does not read the comma; ours does, as the space it stands for.
      const npm = range.replace(',', '');
      expect(semver.validRange(npm), range).not.toBeNull();
      for (const v of versions)
        expect(meets(v, range, true), `${v} in ${range}`).toBe(semver.satisfies(v, npm));
    }
  });

  it('accepts exactly the Python versions pep440 accepts, except where != is ignored on purpose', () => {
    const versions: string[] = [];
    for (const major of [2, 3, 4])
      for (let minor = 0; minor <= 14; minor++)
        for (const micro of [0, 1, 2]) versions.push(`${major}.${minor}.${micro}`);
    for (const spec of PYTHON_SPECIFIERS) {
      // Ours skips `!=` (it never names a line to choose); the oracle is the spec without it.
      const withoutExclusions = spec
        .split(',')
        .filter((s) => !s.trim().startsWith('!='))
        .join(',');
      expect(pep440.validRange(spec), spec).toBe(true);
      for (const v of versions)
        expect(meets(v, spec), `${v} in ${spec}`).toBe(pep440.satisfies(v, withoutExclusions));
    }
  });

  it('never chooses a Node line whose newest release falls outside the range semver reads', () => {
    let chosen = 0;
    for (const range of NODE_RANGES) {
      const choice = chooseVersion('node', range, '12');
      if (!choice.ok) continue;
      chosen++;
      // setup-node installs the newest release of a line; a late one stands in for it. An exact
      // version is installed as written.
      const installed = choice.version.includes('.') ? choice.version : `${choice.version}.99.99`;
      expect(semver.satisfies(installed, range.replace(',', '')), `${range} → ${choice.version}`).toBe(true);
    }
    expect(chosen).toBeGreaterThan(10);
  });

  it('never chooses a Python line whose newest release falls outside the specifier pep440 reads', () => {
    for (const spec of PYTHON_SPECIFIERS) {
      const choice = chooseVersion('python', spec, '2.7');
      if (!choice.ok) continue;
      expect(pep440.satisfies(`${choice.version}.99`, spec), `${spec} → ${choice.version}`).toBe(true);
    }
  });

  it('reads what npm reads: exclusive bounds, hyphen ranges, prereleases, partial upper bounds', () => {
    expect(chooseVersion('node', '>18', '16')).toEqual({ ok: true, version: '19' });
    expect(chooseVersion('node', '20 - 22', '18')).toEqual({ ok: true, version: '20' });
    expect(chooseVersion('node', '>=20.0.0-rc.1', '18')).toEqual({ ok: true, version: '20' });
    // `<=20.3` is all of 20.3.x to npm: 20.3.1 already meets it.
    expect(chooseVersion('node', '>=18 <=20.3', '20', '20.3.1')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('already meets'),
    });
    // `*` and a lone upper bound name no line to move to.
    expect(chooseVersion('node', '*', '16').ok).toBe(false);
    expect(chooseVersion('node', 'latest', '16').ok).toBe(false);
  });

  it('keeps one deliberate difference from PEP 440: `==3.11` names the 3.11 line, not 3.11.0 alone', () => {
    expect(pep440.satisfies('3.11.5', '==3.11')).toBe(false);
    expect(meets('3.11.5', '==3.11')).toBe(true);
    expect(chooseVersion('python', '==3.11', '3.9')).toEqual({ ok: true, version: '3.11' });
  });
});

/**
 * Branch names in a failure issue's marker are keys of `cleared`: a branch anyone can push or name
 * `__proto__` or `constructor` is a branch like any other, never the prototype of the record.
 */
import { describe, expect, it } from 'vitest';
import {
  type FailureMarker,
  mergeBranches,
  readFailureMarker,
  renderFailureMarker,
} from '../src/filing/issue-body.js';

const occurrence = {
  count: 1,
  firstSeen: '2025-03-01T08:00:00Z',
  firstRun: 100,
  firstAttempt: 1,
  lastSeen: '2025-03-01T08:00:00Z',
  lastRun: 100,
  lastAttempt: 1,
};

const GREEN_AT = '2025-03-02T10:00:00Z';

/** The marker as closeResolved writes it after a green run on `branch` (a computed key: an own property). */
function clearedOn(branch: string): FailureMarker {
  return {
    fingerprint: '0123456789abcdef',
    workflowPath: '.github/workflows/ci.yml',
    branch: 'main',
    branches: [{ branch: 'main', failedAt: '2025-03-01T08:00:00Z', sha: '' }],
    cleared: { main: '2025-03-02T09:00:00Z', [branch]: GREEN_AT },
    occurrence,
  };
}

describe('failure marker: cleared branches named like Object members', () => {
  for (const branch of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
    it(`keeps the green run of branch "${branch}" through a render and a read`, () => {
      const read = readFailureMarker(`${renderFailureMarker(clearedOn(branch))}\nbody`);
      expect(read?.cleared && Object.entries(read.cleared)).toEqual([
        ['main', '2025-03-02T09:00:00Z'],
        [branch, GREEN_AT],
      ]);
      // So a late failure there, older than its green run, does not bring the branch back.
      const older = { branch, failedAt: '2025-03-02T09:30:00Z', sha: '' };
      const newer = { branch, failedAt: '2025-03-02T11:00:00Z', sha: '' };
      expect(mergeBranches([], [older], read?.cleared).map((b) => b.branch)).toEqual([]);
      expect(mergeBranches([], [newer], read?.cleared)).toEqual([newer]);
    });
  }

  it('a branch never cleared is not found on the record’s prototype', () => {
    const read = readFailureMarker(`${renderFailureMarker(clearedOn('release/1'))}\nbody`);
    for (const branch of ['__proto__', 'constructor', 'toString', 'valueOf'])
      expect(read?.cleared?.[branch], branch).toBeUndefined();
  });
});

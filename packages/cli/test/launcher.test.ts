import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

describe('./autoheal at the repository root', () => {
  it('runs the local CLI directly, with its exit codes', () => {
    const help = spawnSync(path.join(root, 'autoheal'), ['--help'], { cwd: root, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^ {2}analyze\s/m);
    const wrong = spawnSync(path.join(root, 'autoheal'), ['frobnicate'], { cwd: root, encoding: 'utf8' });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/unknown command "frobnicate"/);
  });
});

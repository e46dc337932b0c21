import { describe, expect, it } from 'vitest';
import { demo } from '../src/demo.js';

describe('pnpm demo', () => {
  it('files one issue for the seeded red run through the bundled action and shows what a maintainer sees', async () => {
    const out: string[] = [];
    const code = await demo((t) => out.push(t));
    const text = out.join('');
    expect(code, text).toBe(0);
    expect(text).toMatch(/result=created; category=test_failure/);
    expect(text).toMatch(/Title: {2}\[autoheal\] Quick Checks · Unit Tests: /);
    expect(text).toMatch(/Labels: autoheal, autoheal:test_failure/);
    expect(text).toMatch(/<!-- autoheal:kind=failure fingerprint=[0-9a-f]{16} /);
    // The key lines are the real failing test from the fixture log, not a canned text.
    expect(text).toContain('--- FAIL: TestCloud_configWithEnvVars');
    expect(text).toMatch(/━━ Job summary/);
    const calls = Number(/API calls made by the action: (\d+)/.exec(text)?.[1]);
    expect(calls).toBeGreaterThan(5);
    expect(text.match(/^POST +\/repos\/demo-org\/terraform\/issues → 201$/gm)).toHaveLength(1);
  }, 60_000);
});

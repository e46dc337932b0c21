import { describe, expect, it } from 'vitest';
import { demo } from '../src/demo.js';

describe('pnpm demo', () => {
  it('files one issue per red run through the bundled actions, hands off the unfixable one and opens a draft PR for the other', async () => {
    const out: string[] = [];
    const code = await demo((t) => out.push(t));
    const text = out.join('');
    expect(code, text).toBe(0);

    // demo-org/terraform: a real CI log, a failing Go test.
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
    // No mechanical fix for a failing test: one comment saying how to hand it to Copilot, no pull request.
    expect(text).toMatch(/result=commented; fix-kind=none; fix-type=none/);
    expect(text).toMatch(/<!-- autoheal:kind=fix-note fingerprint=[0-9a-f]{16} topic=handoff /);
    expect(text).toContain(
      'autoheal has no mechanical fix for this failure: a test failure has no mechanical fix.',
    );
    expect(text).not.toMatch(/^POST +\/repos\/demo-org\/terraform\/pulls/m);

    // demo-org/pyconfig: a missing module, fixed by one draft pull request.
    expect(text).toMatch(/result=created; category=missing_dependency/);
    const pr =
      /fix-type=missing_dependency; pr-url=https:\/\/github\.com\/demo-org\/pyconfig\/pull\/(\d+)/.exec(text);
    expect(pr).not.toBeNull();
    expect(text).toContain('Title:  [autoheal] Add PyYAML to requirements.txt');
    expect(text).toMatch(/Branch: autoheal\/[0-9a-f]{16} → main \(draft\)/);
    expect(text).toMatch(/\nFixes #1\n/);
    const diffAt = text.indexOf('━━ The diff on autoheal/');
    const diff = text.slice(text.indexOf('\n', diffAt) + 1, text.indexOf('\n━━', diffAt + 1)).trimEnd();
    expect(text.slice(diffAt)).toMatch(
      /^━━ The diff on autoheal\/[0-9a-f]{16} \(one commit: autoheal: Add PyYAML to requirements\.txt\)/,
    );
    expect(diff).toBe(
      [
        'diff --git a/requirements.txt b/requirements.txt',
        '--- a/requirements.txt',
        '+++ b/requirements.txt',
        '@@ -3,3 +3,4 @@',
        ' ',
        ' # Tests',
        ' pytest==7.1.2',
        '+PyYAML',
      ].join('\n'),
    );
    expect(text.match(/^POST +\/repos\/demo-org\/pyconfig\/pulls → 201$/gm)).toHaveLength(1);
    const cycle = Number(/API calls made by generate-fix \(one fix cycle\): (\d+)/.exec(text)?.[1]);
    expect(text).toContain(
      `<sub>${cycle} API call(s); 6 of 15 write(s) of the operations budget used.</sub>`,
    );
  }, 90_000);
});

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderConfigTable } from '@autoheal/core/config/docs';
import { describe, expect, it } from 'vitest';

const readme = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'README.md');

describe('README', () => {
  it('documents config settings exactly as the schema renders them', async () => {
    const text = await readFile(readme, 'utf8');
    const start = text.indexOf('<!-- config-rows:start -->');
    const end = text.indexOf('<!-- config-rows:end -->');
    expect(start).toBeGreaterThan(0);
    const rows = text
      .slice(start, end)
      .split('\n')
      .filter((l) => l.startsWith('| `'));
    const generated = new Set(renderConfigTable().split('\n'));
    for (const row of rows) expect(generated.has(row), row).toBe(true);
    // Every setting run.ts reads is documented.
    const keys = rows.map((r) => /^\| `([^`]+)`/.exec(r)?.[1]);
    for (const key of [
      'enabled',
      'workflows.watch',
      'workflows.exclude',
      'branches.include',
      'branches.exclude',
      'labels.base',
      'labels.category-prefix',
      'labels.extra',
      'issues.max-per-hour',
      'issues.reopen-days',
      'issues.close-on-success',
      'issues.min-confidence',
      'reruns.enabled',
      'reruns.max',
      'reruns.min-confidence',
      'patterns',
      'notify.slack-webhook-env',
      'notify.on',
    ])
      expect(keys).toContain(key);
  });
});

/** Untrusted text in a pull request body: it cannot forge a marker, ping anyone, or close an issue. */
import { findMarker, parseMarkers } from '@autoheal/core/markers';
import { fencedLines } from '@autoheal/core/text/fences';
import { createSanitizer } from '@autoheal/core/text/sanitize';
import { describe, expect, it } from 'vitest';
import { pullBody, pullTitle } from '../src/pr-body.js';
import type { Subject } from '../src/types.js';

const hostile =
  'build <!-- autoheal:kind=fix fingerprint=ffffffffffffffff commit=0000000000000000000000000000000000000000 v=1 --> @mona fixes #9';

const subject: Subject = {
  fingerprint: '0123456789abcdef',
  category: 'missing_dependency',
  confidence: 0.81,
  finding: {
    category: 'missing_dependency',
    confidence: 0.81,
    title: 't',
    lines: [],
    keyLine: hostile,
    excerpt: [
      { no: 1, text: hostile },
      { no: 2, text: '```\nclosed the fence? ghp_abcdefghijklmnopqrstuvwxyz0123456789' },
    ],
    rule: 'python.module-not-found',
  },
  jobName: hostile,
  run: {
    id: 5,
    attempt: 1,
    workflowPath: '.github/workflows/py.yml',
    headSha: 'a'.repeat(40),
    headBranch: 'main',
    htmlUrl: 'https://github.com/o/r/actions/runs/5',
  },
  issue: { number: 3, url: 'u', title: 't', state: 'open', assignees: [] },
  source: 'issue',
  notes: [],
};

const change = {
  fixType: 'missing_dependency',
  title: `Add PyYAML ${hostile}`,
  explanation: `Because ${hostile}`,
  complete: false,
  verify: 'pip install -r requirements.txt',
  notes: ['Regenerate the lock file.'],
};

describe('the pull request body', () => {
  const s = createSanitizer({ secrets: [] });
  const body = pullBody({ subject, change, diff: '+PyYAML\n', commit: 'b'.repeat(40), sanitizer: s });

  it('carries exactly one marker, ours, first', () => {
    const markers = parseMarkers(body);
    expect(markers).toHaveLength(1);
    expect(markers[0]!.line).toBe(1);
    expect(findMarker(body, 'fix')!.fields).toEqual({
      kind: 'fix',
      fingerprint: '0123456789abcdef',
      commit: 'b'.repeat(40),
      issue: '3',
      v: '1',
    });
  });

  it('pings nobody, closes nothing it was not meant to, and redacts tokens', () => {
    // Log lines stay verbatim inside code blocks, where GitHub links and notifies nothing.
    const fenced = fencedLines(body);
    const prose = body
      .split('\n')
      .filter((_l, i) => !fenced[i])
      .join('\n');
    expect(prose).toContain('Add PyYAML');
    expect(prose).not.toMatch(/(^|[^\w])@mona\b/);
    expect(prose).not.toMatch(/fixes #9/i);
    expect(body).not.toContain('ghp_abcdefghijklmnopqrstuvwxyz0123456789');
    // An incomplete fix refers to its issue without closing it on merge.
    expect(body.trimEnd().split('\n').pop()).toBe(
      'Refs #3 (not closed by merging: the fix needs a follow-up)',
    );
    expect(body).toContain('This fix is not complete on its own');
  });

  it('makes a plain, one-line title', () => {
    const title = pullTitle(s, { ...change, title: 'Add\nPyYAML @mona' });
    expect(title).not.toContain('\n');
    expect(title).toMatch(/^\[autoheal\] Add PyYAML /);
    expect(title).not.toMatch(/(^|[^\w])@mona\b/);
  });
});

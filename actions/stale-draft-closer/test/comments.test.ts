import { findMarker } from '@autoheal/core/markers';
import { DAY_MS } from '@autoheal/core/stale/decide';
import { createSanitizer } from '@autoheal/core/text/sanitize';
import { describe, expect, it } from 'vitest';
import { closingBody, warningBody } from '../src/comments.js';

const clean = createSanitizer();
const NOW = Date.parse('2025-03-01T12:00:00Z');

describe('warningBody', () => {
  it('starts with the warn marker and says when the draft closes and how to keep it', () => {
    const body = warningBody(
      {
        idleMs: 31.5 * DAY_MS,
        closeAt: NOW + 7 * DAY_MS,
        closeAfterMs: 7 * DAY_MS,
        staleLabel: 'autoheal:stale',
        exemptLabels: ['keep', 'pinned', 'do-not-close'],
      },
      clean,
    );
    expect(body.split('\n')[0]).toBe('<!-- autoheal:kind=stale-draft action=warn v=1 -->');
    expect(findMarker(body, 'stale-draft')?.fields.action).toBe('warn');
    expect(body).toContain('for 31 days, so autoheal marked it as stale (label **autoheal:stale**)');
    expect(body).toContain('It will be closed in 7 days, on 2025-03-08, unless someone pushes a commit');
    expect(body).toContain('add the label **keep**, **pinned** or **do-not-close** to keep it open for good');
  });

  it('speaks of the next run when days-before-close is 0, and of one day in the singular', () => {
    const body = warningBody(
      { idleMs: DAY_MS, closeAt: NOW, closeAfterMs: 0, staleLabel: 'stale', exemptLabels: [] },
      clean,
    );
    expect(body).toContain('for 1 day, so');
    expect(body).toContain('It will be closed on the next run, unless');
    expect(body).not.toContain('to keep it open for good');
  });

  it('escapes label names that come from inputs', () => {
    const body = warningBody(
      { idleMs: DAY_MS, closeAt: NOW, closeAfterMs: 0, staleLabel: 'st*le @team', exemptLabels: ['<b>'] },
      clean,
    );
    expect(body).toContain('**st&#x2A;le @\u200Bteam**');
    expect(body).toContain('**&lt;b&gt;**');
  });
});

describe('closingBody', () => {
  it('starts with the close marker and counts the days since the warning', () => {
    const body = closingBody({ idleMs: 40 * DAY_MS, warnedAt: NOW - 8 * DAY_MS, now: NOW }, clean);
    expect(findMarker(body, 'stale-draft')?.fields.action).toBe('close');
    expect(body).toContain(
      'nobody had worked on it for 40 days, and nothing happened in the 8 days since the warning',
    );
    expect(body).not.toContain('branch');
  });

  it('names the branch it deletes, escaped', () => {
    const body = closingBody(
      { idleMs: 40 * DAY_MS, warnedAt: NOW - 8 * DAY_MS, now: NOW, deletingBranch: 'autoheal/issue-1_`x`' },
      clean,
    );
    expect(body).toContain('Its branch **autoheal/issue-1&#x5F;&#x60;x&#x60;** held only automated commits');
  });
});

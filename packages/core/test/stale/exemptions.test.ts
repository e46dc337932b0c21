import { describe, expect, it } from 'vitest';
import {
  describeExemption,
  type ExemptionFacts,
  type ExemptionRules,
  exemptionOf,
} from '../../src/stale/exemptions.js';
import { noticeMarker, readNotice } from '../../src/stale/notice.js';

const none: ExemptionRules = {
  labels: [],
  authors: [],
  milestones: [],
  assignees: [],
  pendingReviews: false,
};
const facts: ExemptionFacts = {
  author: 'alice',
  labels: ['bug', 'Keep'],
  milestone: 'v2.0',
  assignees: ['bob'],
  pendingReviewers: ['carol', 'octo-org/reviewers'],
};

describe('exemptionOf', () => {
  it('exempts nothing without rules', () => {
    expect(exemptionOf(facts, none)).toBeUndefined();
  });

  it('matches labels, authors, milestones and assignees ignoring case', () => {
    expect(exemptionOf(facts, { ...none, labels: ['keep'] })).toEqual({ kind: 'label', detail: 'Keep' });
    expect(exemptionOf(facts, { ...none, authors: ['ALICE'] })).toEqual({ kind: 'author', detail: 'alice' });
    expect(exemptionOf(facts, { ...none, milestones: ['V2.0'] })).toEqual({
      kind: 'milestone',
      detail: 'v2.0',
    });
    expect(exemptionOf(facts, { ...none, assignees: ['Bob'] })).toEqual({ kind: 'assignee', detail: 'bob' });
    expect(exemptionOf(facts, { ...none, labels: ['pinned'], authors: ['dave'] })).toBeUndefined();
  });

  it('takes * as any milestone or any assignee, but not as no milestone', () => {
    expect(exemptionOf(facts, { ...none, milestones: ['*'] })).toEqual({ kind: 'milestone', detail: 'v2.0' });
    expect(exemptionOf({ ...facts, milestone: null }, { ...none, milestones: ['*'] })).toBeUndefined();
    expect(exemptionOf(facts, { ...none, assignees: ['*'] })).toEqual({ kind: 'assignee', detail: 'bob' });
    expect(exemptionOf({ ...facts, assignees: [] }, { ...none, assignees: ['*'] })).toBeUndefined();
  });

  it('exempts drafts waiting for a requested review only when asked to', () => {
    expect(exemptionOf(facts, { ...none, pendingReviews: true })).toEqual({
      kind: 'review',
      detail: 'carol, octo-org/reviewers',
    });
    expect(
      exemptionOf({ ...facts, pendingReviewers: [] }, { ...none, pendingReviews: true }),
    ).toBeUndefined();
  });

  it('gives the first reason in a fixed order', () => {
    const all: ExemptionRules = {
      labels: ['keep'],
      authors: ['alice'],
      milestones: ['*'],
      assignees: ['*'],
      pendingReviews: true,
    };
    expect(exemptionOf(facts, all)?.kind).toBe('label');
    expect(exemptionOf({ ...facts, labels: [] }, all)?.kind).toBe('author');
  });

  it('describes each exemption in words', () => {
    expect(describeExemption({ kind: 'label', detail: 'keep' })).toBe('label keep');
    expect(describeExemption({ kind: 'review', detail: 'carol' })).toBe('review requested from carol');
    expect(describeExemption({ kind: 'assignee', detail: 'bob' })).toBe('assigned to bob');
  });
});

describe('notices', () => {
  const ours = ['github-actions[bot]'];
  it('reads our warning and closing notices', () => {
    expect(
      readNotice({ author: 'github-actions[bot]', body: `${noticeMarker('warn')}\ntext`, at: 5 }, ours),
    ).toEqual({ action: 'warn', at: 5 });
    expect(
      readNotice({ author: 'GitHub-Actions[bot]', body: `${noticeMarker('close')}\n`, at: 6 }, ours),
    ).toEqual({
      action: 'close',
      at: 6,
    });
  });

  it('ignores markers from anyone else, quoted or in code, and other kinds of marker', () => {
    const body = `${noticeMarker('warn')}\ntext`;
    expect(readNotice({ author: 'alice', body, at: 1 }, ours)).toBeUndefined();
    expect(readNotice({ author: 'github-actions', body, at: 1 }, ours)).toBeUndefined();
    expect(
      readNotice({ author: 'github-actions[bot]', body: `> ${noticeMarker('warn')}`, at: 1 }, ours),
    ).toBeUndefined();
    expect(
      readNotice(
        { author: 'github-actions[bot]', body: '<!-- autoheal:kind=failure fingerprint=x -->', at: 1 },
        ours,
      ),
    ).toBeUndefined();
    expect(
      readNotice(
        { author: 'github-actions[bot]', body: '<!-- autoheal:kind=stale-draft action=nap -->', at: 1 },
        ours,
      ),
    ).toBeUndefined();
    expect(readNotice({ author: 'github-actions[bot]', body, at: 1 }, [])).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { parseMarkers, renderMarker } from '../src/markers.js';
import {
  classifyPost,
  MAX_BODY_LENGTH,
  requestStamp,
  stampBody,
  stampedRequestId,
  stripRequestStamp,
} from '../src/write-once.js';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const OTHER = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

describe('request stamps', () => {
  it('appends an invisible line after the body and reads the id back', () => {
    const stamped = stampBody('Hello **there**', ID)!;
    expect(stamped).toBe(`Hello **there**\n\n<!-- autoheal-request: ${ID} -->`);
    expect(stampedRequestId(stamped)).toBe(ID);
    expect(stripRequestStamp(stamped)).toBe('Hello **there**');
  });

  it('stamps an empty body without a leading blank line, and strips it back to empty', () => {
    const stamped = stampBody('', ID)!;
    expect(stamped).toBe(requestStamp(ID));
    expect(stripRequestStamp(stamped)).toBe('');
  });

  it('keeps the markers at the start of a body, and is not itself a marker', () => {
    const body = `${renderMarker({ kind: 'failure', fingerprint: 'ab12' })}\n## Tests failed\n`;
    const stamped = stampBody(body, ID)!;
    expect(parseMarkers(stamped)).toEqual(parseMarkers(body));
    expect(parseMarkers(stamped).map((m) => m.fields)).toEqual([{ kind: 'failure', fingerprint: 'ab12' }]);
  });

  it('stays within GitHub body limit: no stamp when it would not fit', () => {
    const fits = 'x'.repeat(MAX_BODY_LENGTH - requestStamp(ID).length - 2);
    expect(stampBody(fits, ID)).toHaveLength(MAX_BODY_LENGTH);
    expect(stampBody(`${fits}y`, ID)).toBeUndefined();
    expect(stampBody('x'.repeat(MAX_BODY_LENGTH), ID)).toBeUndefined();
  });

  it('does not stamp a body that ends inside an open code fence, where the stamp would show', () => {
    expect(stampBody('log:\n```\nerror at line 3\n', ID)).toBeUndefined();
    expect(stampBody('log:\n```\nerror at line 3\n```\n', ID)).toBeDefined();
  });

  it('strips only a well-formed stamp at the very end', () => {
    const stamped = stampBody('text', ID)!;
    expect(stripRequestStamp(`${stamped}\nafter`)).toBe(`${stamped}\nafter`);
    expect(stripRequestStamp('<!-- autoheal-request: not-a-uuid-at-all-000000000000000 -->')).toBe(
      '<!-- autoheal-request: not-a-uuid-at-all-000000000000000 -->',
    );
    expect(stampedRequestId(stampBody('a', OTHER)!)).toBe(OTHER);
    expect(stripRequestStamp('short')).toBe('short');
  });

  it('rejects an id that is not a UUID (it must never end the comment early)', () => {
    expect(() => requestStamp('x -->')).toThrow(RangeError);
  });
});

describe('classifyPost', () => {
  it('knows each non-idempotent write and how to find it again', () => {
    expect(classifyPost('/repos/o/r/issues')).toEqual({ kind: 'issue', owner: 'o', repo: 'r' });
    expect(classifyPost('/repos/o/r/issues/12/comments')).toEqual({
      kind: 'issue-comment',
      owner: 'o',
      repo: 'r',
      issue: 12,
    });
    expect(classifyPost('/repos/o/r/pulls').kind).toBe('pull');
    expect(classifyPost('/repos/o/r/labels').kind).toBe('label');
    expect(classifyPost('/repos/o/r/git/refs').kind).toBe('ref');
    expect(classifyPost('/repos/o/r/pulls/3/requested_reviewers')).toEqual({
      kind: 'review-request',
      owner: 'o',
      repo: 'r',
      pull: 3,
    });
    expect(classifyPost('/repos/o/r/actions/runs/5/rerun-failed-jobs').kind).toBe('rerun');
    expect(classifyPost('/repos/o/r/actions/runs/5/rerun').kind).toBe('rerun');
  });

  it('lets content-addressed objects and set unions retry, and treats anything else as unknown', () => {
    for (const path of [
      '/repos/o/r/git/blobs',
      '/repos/o/r/git/trees',
      '/repos/o/r/git/commits',
      '/repos/o/r/issues/4/labels',
      '/repos/o/r/issues/4/assignees',
    ])
      expect(classifyPost(path).kind, path).toBe('repeatable');
    expect(classifyPost('/repos/o/r/dispatches').kind).toBe('unknown');
    expect(classifyPost('/repos/o/r/issues/4/reactions').kind).toBe('unknown');
  });

  it('decodes owner and repository names', () => {
    expect(classifyPost('/repos/my%2Dorg/my.repo/issues')).toEqual({
      kind: 'issue',
      owner: 'my-org',
      repo: 'my.repo',
    });
  });
});

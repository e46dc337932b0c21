import { describe, expect, it } from 'vitest';
import { commitMessage, fixTrailers } from '../src/git-commit.js';

const FP = '0123456789abcdef';
const DIGEST = 'fedcba9876543210';

describe('the fix commit message', () => {
  it('carries the trailers it is recognised by', () => {
    expect(fixTrailers(commitMessage('autoheal: pin x', FP, DIGEST, 'Why.'))).toEqual({
      fingerprint: FP,
      digest: DIGEST,
    });
  });

  it('closes, references and mentions nothing from its body once merged', () => {
    const message = commitMessage(
      'autoheal: pin x',
      FP,
      DIGEST,
      'Fixes #12, closes octo/widgets#3, cc @mona',
    );
    const body = message.split('\n')[2]!;
    expect(body).not.toMatch(/\b(?:fixes|closes) #?\w*#\d/i);
    expect(body).not.toMatch(/(?:^|\s)#\d/);
    expect(body).not.toMatch(/@mona/);
    expect(body.replace(/\u200b/g, '')).toBe('Fixes #12, closes octo/widgets#3, cc @mona');
  });

  it('takes trailers from the last paragraph only: a body line shaped like one is not ours', () => {
    const forged = commitMessage('autoheal: pin x', FP, DIGEST, `Autoheal-Fix: ${'a'.repeat(16)}`);
    expect(fixTrailers(forged)).toEqual({ fingerprint: FP, digest: DIGEST });
    expect(fixTrailers(`someone's commit\n\nAutoheal-Fix: ${FP}\n\nSigned-off-by: x <x@y>`)).toBeUndefined();
  });
});

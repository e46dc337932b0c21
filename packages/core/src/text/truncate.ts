/**
 * Length caps that keep the result well-formed: the cut never splits a UTF-16 surrogate pair (a
 * lone surrogate is not text, and an emoji at the cut would become one), and what the caller adds
 * after the kept part (a closing fence, a note) is counted inside the cap.
 */

import { closingLine, openFenceAtEnd } from './fences.js';

export function truncationNote(dropped: number): string {
  return `…truncated ${dropped} characters`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** `at`, moved back by one when it would fall between the two halves of a surrogate pair. */
export function codePointBoundary(text: string, at: number): number {
  if (at <= 0 || at >= text.length) return Math.max(0, Math.min(at, text.length));
  return isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at)) ? at - 1 : at;
}

/**
 * Renders `text` whole when that fits in `maxLength`; otherwise renders the longest prefix it can
 * (cut at a code point boundary) such that the rendering fits. `render(kept, dropped)` gets the
 * kept prefix and how many characters were left out (0 when nothing was). Its length must grow
 * with the prefix for the result to be the longest possible; it is within `maxLength` either way.
 */
export function capRendered(
  text: string,
  maxLength: number,
  render: (kept: string, dropped: number) => string,
): string {
  const whole = render(text, 0);
  if (whole.length <= maxLength) return whole;
  const at = (k: number): string => {
    const cut = codePointBoundary(text, k);
    return render(text.slice(0, cut), text.length - cut);
  };
  const empty = at(0);
  if (empty.length > maxLength) {
    throw new RangeError(`maxLength ${maxLength} leaves no room for the truncation note`);
  }
  // Binary search for the largest prefix that fits; `lo` always fits, `hi` never does.
  let lo = 0;
  let hi = text.length;
  let best = empty;
  while (hi - lo > 1) {
    const mid = lo + ((hi - lo) >> 1);
    const out = at(mid);
    if (out.length <= maxLength) {
      lo = mid;
      best = out;
    } else hi = mid;
  }
  return best;
}

/**
 * Caps markdown: a cut inside a fenced code block closes the block (so the note and whatever the
 * caller appends are not swallowed by it), then a visible note says how much was left out.
 */
export function capMarkdown(markdown: string, maxLength: number): string {
  return capRendered(markdown, maxLength, (kept, dropped) => {
    if (dropped === 0) return kept;
    const fence = openFenceAtEnd(kept);
    const close = fence ? `${kept.endsWith('\n') ? '' : '\n'}${closingLine(fence)}` : '';
    return `${kept}${close}\n\n${truncationNote(dropped)}`;
  });
}

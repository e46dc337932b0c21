/**
 * autoheal's own comments on a stale draft, recognised by a hidden marker: the warning
 * (`action=warn`) and the closing notice (`action=close`). They are the run's memory: a later run
 * finds when the draft was warned from them, so no cache is needed and a run that stopped half way
 * is finished by the next one.
 */
import { isTrustedMarkerSource, parseMarkers, renderMarker } from '../markers.js';

export const NOTICE_KIND = 'stale-draft';
export const NOTICE_VERSION = '1';

export type NoticeAction = 'warn' | 'close';

export interface Notice {
  action: NoticeAction;
  /** Milliseconds since the epoch: when the comment was posted. */
  at: number;
}

/** The marker line that starts a notice of `action`. */
export function noticeMarker(action: NoticeAction): string {
  return renderMarker({ kind: NOTICE_KIND, action, v: NOTICE_VERSION });
}

/**
 * The notice a comment is, when it carries our marker and was written by one of `ours` (the
 * marker alone proves nothing: anyone can type it).
 */
export function readNotice(
  comment: { author: string | null | undefined; body: string | null | undefined; at: number },
  ours: readonly string[],
): Notice | undefined {
  if (ours.length === 0 || !isTrustedMarkerSource(comment.author, ours)) return undefined;
  for (const marker of parseMarkers(comment.body)) {
    if (marker.fields.kind !== NOTICE_KIND) continue;
    const action = marker.fields.action;
    if (action === 'warn' || action === 'close') return { action, at: comment.at };
  }
  return undefined;
}

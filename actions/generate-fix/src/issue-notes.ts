/**
 * autoheal's notes on a failure issue (a suggested diff, how to enable the hand-off): one comment
 * per failure and topic, found again by its hidden marker (only in comments by a trusted login),
 * and edited in place when its text changes, so re-runs never add a second one.
 */
import { createHash } from 'node:crypto';
import type { GitHubClient } from '@autoheal/core/github-client';
import { findMarker, renderMarker } from '@autoheal/core/markers';
import type { RepoRef } from '@autoheal/core/runner-context';
import { findTrustedComment } from '@autoheal/core/trusted-comments';

export const NOTE_KIND = 'fix-note';
export type NoteTopic = 'suggestion' | 'handoff';

export interface Note {
  fingerprint: string;
  topic: NoteTopic;
  /** Sanitized markdown, without a marker. */
  markdown: string;
  /** The kind of token GitHub refused a workflow change to, remembered so re-runs do not try again. */
  refused?: 'installation';
}

export type NoteOutcome = 'created' | 'updated' | 'unchanged';

function digest(note: Pick<Note, 'markdown' | 'refused'>): string {
  return createHash('sha256')
    .update(`${note.markdown}\0${note.refused ?? ''}`)
    .digest('hex')
    .slice(0, 16);
}

export function noteBody(note: Note): string {
  const marker = renderMarker({
    kind: NOTE_KIND,
    fingerprint: note.fingerprint,
    topic: note.topic,
    digest: digest(note),
    ...(note.refused ? { refused: note.refused } : {}),
  });
  return `${marker}\n${note.markdown}`;
}

export interface FoundNote {
  id: number;
  digest: string | undefined;
  refused: string | undefined;
}

export async function findNote(
  github: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  note: Pick<Note, 'fingerprint' | 'topic'>,
  trusted: readonly string[],
): Promise<FoundNote | undefined> {
  const found = await findTrustedComment(github, repo, issueNumber, trusted, (body) => {
    const fields = findMarker(body, NOTE_KIND)?.fields;
    return fields?.fingerprint === note.fingerprint && fields.topic === note.topic ? fields : undefined;
  });
  return found && { id: found.id, digest: found.found.digest, refused: found.found.refused };
}

/** Posts the note, or edits the one posted before when its text changed (one write at most). */
export async function upsertNote(
  github: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  note: Note,
  trusted: readonly string[],
): Promise<NoteOutcome> {
  const existing = await findNote(github, repo, issueNumber, note, trusted);
  const body = noteBody(note);
  if (existing?.digest === digest(note)) return 'unchanged';
  if (existing) {
    await github.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
    return 'updated';
  }
  await github.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
  return 'created';
}

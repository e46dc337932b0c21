/**
 * The texts this action posts: the pull request body and the comment on the issue. Our own words
 * are written here; the issue's title and task items are untrusted and pass the sanitizer one by
 * one (our own `Closes #12` must survive, so the assembled body is not sanitized as a whole). Hidden
 * markers go first, on their own line, as markers.ts asks.
 */
import type { CopilotAssignment } from '@autoheal/core/copilot';
import { renderMarker } from '@autoheal/core/markers';
import { FenceTracker } from '@autoheal/core/text/fences';
import type { Sanitizer } from '@autoheal/core/text/sanitize';
import { COMMENT_MARKER_KIND, PR_MARKER_KIND } from './existing.js';
import type { LinkKeyword } from './inputs.js';

export const MARKER_VERSION = '1';
/** Task items copied into the pull request at most; the rest are counted. */
export const MAX_TASKS = 50;
/** Deepest nesting kept for task items. */
const MAX_DEPTH = 3;

export interface TaskItem {
  checked: boolean;
  text: string;
  /** Nesting level, from 0. */
  depth: number;
}

// `- [ ] text`, `* [x] text`, `1. [ ] text`, indented for nesting.
const TASK = /^( *)(?:[-*+]|\d{1,9}[.)])[ \t]+\[([ xX])\][ \t]+(\S.*)$/;

/** The task list items of a markdown body, in order, outside fenced code blocks. */
export function extractTasks(body: string): TaskItem[] {
  const tracker = new FenceTracker();
  const tasks: TaskItem[] = [];
  for (const raw of body.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/\t/g, '    ');
    if (tracker.next(line)) continue;
    const m = TASK.exec(line);
    if (!m) continue;
    tasks.push({
      checked: m[2] !== ' ',
      text: m[3]!.trim(),
      depth: Math.min(MAX_DEPTH, Math.floor(m[1]!.length / 2)),
    });
  }
  return tasks;
}

/** The task list rendered for our body: each item's text escaped as inline text. */
export function renderTasks(tasks: readonly TaskItem[], sanitizer: Sanitizer): string {
  const shown = tasks.slice(0, MAX_TASKS);
  const lines = shown.map(
    (t) => `${'  '.repeat(t.depth)}- [${t.checked ? 'x' : ' '}] ${sanitizer.inline(t.text, 500)}`,
  );
  if (tasks.length > shown.length) lines.push('', `…and ${tasks.length - shown.length} more in the issue.`);
  return lines.join('\n');
}

/** A character that shows: not a blank, a control, a format character (zero-width, BOM) or unassigned. */
const VISIBLE = /[^\s\p{Z}\p{C}]/u;

/**
 * The pull request's title: the issue's, cleaned. GitHub rejects a blank title (422, after the
 * commit and branch are written), and one of only invisible characters says nothing: those get a
 * title of our own, decided before any write.
 */
export function pullTitle(sanitizer: Sanitizer, issueNumber: number, issueTitle: string): string {
  const title = sanitizer.title(issueTitle);
  return VISIBLE.test(title) ? title : `autoheal: issue #${issueNumber}`;
}

export function linkLine(keyword: LinkKeyword, issueNumber: number): string {
  const word = { closes: 'Closes', fixes: 'Fixes', resolves: 'Resolves', refs: 'Refs' }[keyword];
  return `${word} #${issueNumber}`;
}

export type HandOffPlan = 'copilot' | 'none';

export interface PullBodyOptions {
  issueNumber: number;
  issueTitle: string;
  issueBody: string;
  branch: string;
  linkKeyword: LinkKeyword;
  handOff: HandOffPlan;
  sanitizer: Sanitizer;
}

/** `, <title>` for our prose, or nothing when the title shows nothing. */
function quotedTitle(sanitizer: Sanitizer, issueTitle: string): string {
  const inline = sanitizer.inline(issueTitle, 300);
  return VISIBLE.test(inline) ? `, ${inline}` : '';
}

export function pullBody(options: PullBodyOptions): string {
  const { issueNumber, sanitizer } = options;
  const tasks = extractTasks(options.issueBody);
  const parts = [
    renderMarker({ kind: PR_MARKER_KIND, issue: String(issueNumber), v: MARKER_VERSION }),
    linkLine(options.linkKeyword, issueNumber),
    '',
    `Work on issue #${issueNumber}${quotedTitle(sanitizer, options.issueTitle)}. autoheal opened this draft ` +
      `with one empty commit on \`${options.branch}\` so that the work has a branch and a place for review; ` +
      'it changes nothing yet.',
  ];
  if (tasks.length > 0) parts.push('', '### Tasks from the issue', '', renderTasks(tasks, sanitizer));
  parts.push('', '### Hand-off', '');
  if (options.handOff === 'copilot') {
    parts.push(
      "autoheal asks Copilot's coding agent to work on the issue, starting from this branch; " +
        'its pull request will target this branch. Whether the assignment took is reported in a ' +
        'comment on the issue.',
    );
  } else {
    parts.push(
      `No coding agent was asked to work on this. Push commits to \`${options.branch}\`, or let autoheal ` +
        "hand such issues to Copilot's coding agent: give the issue-to-draft-pr action a `copilot-token` " +
        '(a user token of someone with a Copilot seat, stored as a secret) and enable the coding agent for ' +
        'this repository.',
    );
  }
  return `${parts.join('\n')}\n`;
}

export type HandOffOutcome = CopilotAssignment | { status: 'none' };

export interface CopilotBrief {
  /** The branch Copilot starts from (our issue branch), so its pull request targets it. */
  branch: string;
  pullNumber: number;
  /** The user's own instructions (`copilot-instructions`). */
  instructions?: string;
}

/** The instructions Copilot gets besides the issue: where to work, and the user's own. */
export function customInstructions(brief: CopilotBrief): string {
  const ours =
    `autoheal opened draft pull request #${brief.pullNumber} on branch ${brief.branch} for this issue. ` +
    'Start from that branch and keep the change focused on the issue.';
  return brief.instructions ? `${ours}\n\n${brief.instructions}` : ours;
}

export interface LinkCommentOptions {
  issueNumber: number;
  pullNumber: number;
  branch: string;
  draft: boolean;
  fallbackLabel?: string;
  handOff: HandOffOutcome;
  sanitizer: Sanitizer;
}

export function linkComment(options: LinkCommentOptions): string {
  const label = options.fallbackLabel
    ? `; it carries the label ${options.sanitizer.inline(options.fallbackLabel, 100)} instead`
    : '';
  const kind = options.draft
    ? 'draft pull request'
    : `pull request (not a draft: this repository does not allow drafts${label})`;
  const lines = [
    renderMarker({
      kind: COMMENT_MARKER_KIND,
      issue: String(options.issueNumber),
      pr: String(options.pullNumber),
      v: MARKER_VERSION,
    }),
    `autoheal opened ${kind} #${options.pullNumber} for this issue, on branch \`${options.branch}\`.`,
    '',
  ];
  const handOff = options.handOff;
  if (handOff.status === 'assigned')
    lines.push(
      "Copilot's coding agent was assigned to this issue; its pull request will target that branch.",
    );
  else if (handOff.status === 'not-assigned')
    lines.push(
      `Copilot's coding agent could not be assigned: ${options.sanitizer.inline(handOff.reason, 600)}`,
    );
  else lines.push('No coding agent was asked to work on it; the pull request says how to enable that.');
  return `${lines.join('\n')}\n`;
}

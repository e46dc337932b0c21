/**
 * A short message to a Slack-compatible incoming webhook when an issue is created or reopened.
 * The webhook URL is a credential: it is never logged, not even in an error, and main.ts masks it.
 * A failed notification is a warning: the issue was filed, which is what matters.
 */
import { ownEntry } from '@autoheal/core/own-entry';
import type { Env, Logger } from '@autoheal/core/runtime';
import type { Sanitizer } from '@autoheal/core/text/sanitize';
import { webhookUrlProblem } from './inputs.js';
import type { RunInfo } from './types.js';

/** The slice of `fetch` used here, so tests and callers can pass their own. */
export type FetchLike = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string; signal?: AbortSignal },
) => Promise<{ ok: boolean; status: number }>;

export interface WebhookChoice {
  url?: string;
  /** Where the URL came from, for the summary ("the slack-webhook-url input"). */
  source?: string;
  /** Why there is no usable URL although one was configured (never contains the URL). */
  problem?: string;
}

/** The input wins; else the environment variable the config file names (`notify.slack-webhook-env`). */
export function chooseWebhook(
  inputUrl: string | undefined,
  envName: string | undefined,
  env: Env,
): WebhookChoice {
  if (inputUrl) return { url: inputUrl, source: 'the slack-webhook-url input' };
  if (!envName) return {};
  // The repository's config names the variable: `constructor` is a name to look up, not Object's member.
  const value = ownEntry(env, envName)?.trim();
  if (!value)
    return {
      problem: `notify.slack-webhook-env names ${envName}, but this step has no such environment variable; pass the secret to the step with env: ${envName}: \${{ secrets.… }}. No notification is sent.`,
    };
  const problem = webhookUrlProblem(value);
  if (problem)
    return {
      problem: `The environment variable ${envName} (notify.slack-webhook-env) ${problem}. No notification is sent.`,
    };
  return { url: value, source: `the ${envName} environment variable` };
}

/** Slack's mrkdwn needs only these three escaped; escaping `<` also stops `<!channel>` pings. */
function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface NotificationIssue {
  number: number;
  url: string;
  title: string;
}

/** One line: what happened, a link to the issue, and its title. */
export function notificationText(
  s: Sanitizer,
  event: 'created' | 'reopened',
  issue: NotificationIssue,
  run: Pick<RunInfo, 'workflowName' | 'headBranch'>,
): string {
  const what = event === 'created' ? 'New CI failure' : 'CI failure is back';
  const where = `${s.title(run.workflowName, 100)}${run.headBranch ? ` on ${s.title(run.headBranch, 100)}` : ''}`;
  const url = /^https?:\/\/[^\s<>|]+$/.test(issue.url) ? issue.url : '';
  const linkText = `#${issue.number}`;
  const issueLink = url ? `<${url}|${linkText}>` : linkText;
  return slackEscape(`${what} in ${where}: `) + issueLink + slackEscape(` ${s.title(issue.title, 200)}`);
}

export interface NotifyDeps {
  fetch: FetchLike;
  log: Logger;
  timeoutMs?: number;
}

/** Posts `{"text": …}`; true when the webhook took it. Never throws, never names the URL. */
export async function sendNotification(url: string, text: string, deps: NotifyDeps): Promise<boolean> {
  try {
    const response = await deps.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
      signal: AbortSignal.timeout(deps.timeoutMs ?? 10_000),
    });
    if (response.ok) return true;
    deps.log.warning(
      `The notification webhook answered HTTP ${response.status}; the issue is filed, only the notification is missing.`,
    );
    return false;
  } catch (error) {
    // Only the error's name and code: messages of network errors can quote the URL.
    const code =
      (error as { cause?: { code?: unknown } } | null)?.cause?.code ??
      (error as { code?: unknown } | null)?.code;
    const name = error instanceof Error ? error.name : 'error';
    deps.log.warning(
      `Could not reach the notification webhook (${typeof code === 'string' ? code : name}); the issue is filed, only the notification is missing.`,
    );
    return false;
  }
}

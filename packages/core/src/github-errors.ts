import { BudgetExhaustedError, errorMessage } from './errors.js';

export type GitHubErrorKind =
  | 'auth'
  | 'permission'
  | 'workflow-permission'
  | 'rate-limit'
  | 'secondary-rate-limit'
  | 'not-found'
  | 'gone'
  | 'conflict'
  | 'validation'
  | 'server'
  | 'network'
  | 'budget'
  | 'unknown';

export interface DescribedGitHubError {
  kind: GitHubErrorKind;
  status?: number;
  /** One human sentence (or two) saying what happened and what to do. */
  message: string;
  /** GitHub's own message, when it gave one. */
  githubMessage?: string;
}

interface RequestErrorLike {
  status: number;
  message: string;
  request?: { method?: string; url?: string };
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

/** Octokit's RequestError, recognised by shape so callers need not depend on its package. */
export function isRequestError(error: unknown): error is RequestErrorLike {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { status?: unknown }).status === 'number' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

function githubMessageOf(error: RequestErrorLike): string | undefined {
  const data = error.response?.data;
  if (typeof data === 'object' && data !== null) {
    const message = (data as { message?: unknown }).message;
    const errors = (data as { errors?: unknown }).errors;
    const details = Array.isArray(errors)
      ? errors
          .map((e) =>
            typeof e === 'string'
              ? e
              : typeof e === 'object' && e !== null
                ? ((e as { message?: string }).message ?? (e as { code?: string }).code ?? '')
                : '',
          )
          .filter((s) => s !== '')
      : [];
    if (typeof message === 'string')
      return details.length > 0 ? `${message} (${details.join('; ')})` : message;
  }
  if (typeof data === 'string' && data.trim() !== '') return data.trim().slice(0, 300);
  return undefined;
}

/** The permission a route needs, named as in a workflow's `permissions:` block. */
export function permissionForRoute(method: string, url: string): string | undefined {
  const path = url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '');
  const write = method.toUpperCase() !== 'GET' && method.toUpperCase() !== 'HEAD';
  const scope = write ? 'write' : 'read';
  if (/\/repos\/[^/]+\/[^/]+\/(issues|labels|assignees|milestones)\b/.test(path)) {
    // Comments and labels on pull requests go through the issues API but need pull-requests too.
    return `issues: ${scope}`;
  }
  if (/\/repos\/[^/]+\/[^/]+\/pulls\b/.test(path)) return `pull-requests: ${scope}`;
  if (/\/repos\/[^/]+\/[^/]+\/actions\b/.test(path)) return `actions: ${scope}`;
  if (/\/repos\/[^/]+\/[^/]+\/(check-runs|check-suites)\b/.test(path)) return `checks: ${scope}`;
  if (/\/repos\/[^/]+\/[^/]+\/(contents|git|branches|commits)\b/.test(path)) return `contents: ${scope}`;
  return undefined;
}

function headerOf(error: RequestErrorLike, name: string): string | undefined {
  const value = error.response?.headers?.[name];
  return value === undefined ? undefined : String(value);
}

function where(error: RequestErrorLike): string {
  const method = error.request?.method ?? '';
  const url = (error.request?.url ?? '').replace(/\?.*$/, '');
  return `${method} ${url}`.trim();
}

const NETWORK_CODE = /^(ECONN|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EPIPE|UND_ERR)/;

/** A socket-level error code anywhere down the `cause` chain (fetch wraps undici's error twice). */
function networkCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODE.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Turn anything thrown by a GitHub call into a kind and a clear message for the log and summary. */
export function describeGitHubError(error: unknown, now: number = Date.now()): DescribedGitHubError {
  if (error instanceof BudgetExhaustedError) {
    return {
      kind: 'budget',
      message: `${error.message}. Raise the operations budget or let the next run continue.`,
    };
  }
  if (!isRequestError(error)) {
    const code = networkCode(error);
    if (code) return { kind: 'network', message: `Could not reach GitHub (${code}): ${errorMessage(error)}` };
    return { kind: 'unknown', message: errorMessage(error) };
  }
  // Octokit reports a failed connection as a RequestError with status 500 and no response;
  // that is not GitHub answering 500.
  if (error.response === undefined) {
    const code = networkCode(error);
    if (code) {
      return {
        kind: 'network',
        message: `Could not reach GitHub (${code}) on ${where(error)}: ${error.message}. Try again later.`,
      };
    }
  }
  // Log downloads redirect to Azure Blob Storage; its refusals (an expired link, a deleted blob)
  // carry x-ms-error-code and an XML body, and say nothing about the token's permissions.
  const storageCode = headerOf(error, 'x-ms-error-code');
  if (storageCode !== undefined) {
    return {
      status: error.status,
      githubMessage: storageCode,
      kind: 'gone',
      message: `The download link GitHub gave for ${where(error)} was refused by its storage (${error.status} ${storageCode}); such links expire after a minute. Request the download again.`,
    };
  }
  const status = error.status;
  const githubMessage = githubMessageOf(error) ?? error.message;
  const at = where(error);
  const base = { status, githubMessage };
  if (status === 401) {
    return {
      ...base,
      kind: 'auth',
      message: `GitHub rejected the token (401 ${githubMessage}) on ${at}. Check the \`token\` input.`,
    };
  }
  if (status === 403 || status === 429) {
    if (
      /secondary rate limit/i.test(githubMessage) ||
      (status === 429 && headerOf(error, 'retry-after') !== undefined)
    ) {
      const retryAfter = headerOf(error, 'retry-after');
      return {
        ...base,
        kind: 'secondary-rate-limit',
        message: `GitHub's secondary rate limit stopped ${at}${retryAfter ? ` (retry after ${retryAfter}s)` : ''}. Too many writes in a short time; the next run will continue.`,
      };
    }
    if (headerOf(error, 'x-ratelimit-remaining') === '0' || /rate limit exceeded/i.test(githubMessage)) {
      const reset = Number(headerOf(error, 'x-ratelimit-reset'));
      const limit = headerOf(error, 'x-ratelimit-limit');
      const when = Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : undefined;
      // Nearest minute (a reset 60 min 1 s away reads "in 60 min"), but never "in 0 min" before it happened.
      const ms = when ? when.getTime() - now : undefined;
      const minutes = ms === undefined ? undefined : ms <= 0 ? 0 : Math.max(1, Math.round(ms / 60_000));
      return {
        ...base,
        kind: 'rate-limit',
        message:
          `GitHub API rate limit exhausted${limit ? ` (limit ${limit} requests/hour)` : ''} on ${at}` +
          (when ? `; it resets at ${when.toISOString()} (in ${minutes} min)` : '') +
          '. Stopped rather than wait; the next run will continue.',
      };
    }
    if (/refusing to allow .* to create or update workflow/i.test(githubMessage)) {
      return {
        ...base,
        kind: 'workflow-permission',
        message: `GitHub refused to change a workflow file: ${githubMessage}. Use a token with the \`workflows\` permission (a PAT with \`workflow\` scope or an App with Workflows: write).`,
      };
    }
    const permission = permissionForRoute(error.request?.method ?? 'GET', error.request?.url ?? '');
    return {
      ...base,
      kind: 'permission',
      message:
        `The token is not allowed to do ${at} (403 ${githubMessage}).` +
        (permission ? ` Grant \`${permission}\` in the workflow's \`permissions:\`.` : ''),
    };
  }
  if (status === 404) {
    return {
      ...base,
      kind: 'not-found',
      message: `Not found: ${at} (404). It does not exist or the token cannot see it.`,
    };
  }
  if (status === 410) return { ...base, kind: 'gone', message: `Gone: ${at} (410 ${githubMessage}).` };
  if (status === 409)
    return { ...base, kind: 'conflict', message: `Conflict on ${at} (409 ${githubMessage}).` };
  if (status === 422)
    return { ...base, kind: 'validation', message: `GitHub refused ${at}: ${githubMessage} (422).` };
  if (status >= 500) {
    return {
      ...base,
      kind: 'server',
      message: `GitHub answered ${status} on ${at} after retries (${githubMessage}). This is on GitHub's side; try again later.`,
    };
  }
  return { ...base, kind: 'unknown', message: `${at} failed with ${status}: ${githubMessage}` };
}

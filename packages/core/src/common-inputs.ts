/**
 * Input specs and checks that several actions share, so each accepts and words the same input
 * (`token`, `config-file`, `trusted-authors`, label lists, …) the same way.
 */
import { DEFAULT_CONFIG_PATH } from './config/loader.js';
import { labelProblem } from './config/settings.js';
import { type InputSpec, splitList, str } from './inputs.js';

/** `token`: required, never echoed in an error. */
export function tokenInput(): InputSpec<string> {
  return str({ required: true, secret: true, accepts: 'a GitHub token (the default is github.token)' });
}

/** Shortest `marker-key` accepted: a key anyone could guess would sign forged markers. */
export const MARKER_KEY_MIN_LENGTH = 16;

/** `marker-key`: the secret that signs and verifies hidden markers (markers.ts); optional, never echoed. */
export function markerKeyInput(): InputSpec<string | undefined> {
  return str({
    secret: true,
    accepts: 'a secret of at least 16 characters, such as the output of `openssl rand -hex 32`',
    check: (value) =>
      value.length < MARKER_KEY_MIN_LENGTH
        ? `must be a secret of at least ${MARKER_KEY_MIN_LENGTH} characters (generate one with \`openssl rand -hex 32\` and store it as the secret AUTOHEAL_MARKER_KEY)`
        : undefined,
  });
}

/** What is wrong with a path that must name a file inside the repository (read through the API), or undefined. */
export function repoPathProblem(value: string): string | undefined {
  if (value.startsWith('/') || value.split('/').some((part) => part === '..' || part === ''))
    return 'must be a path inside the repository, relative to its root, such as .github/autoheal.yml';
  if (/[\r\n\\]/.test(value)) return 'must be a single path with forward slashes';
  return undefined;
}

/** `config-file`: the autoheal config's path in the repository, `.github/autoheal.yml` by default. */
export function configFileInput(): InputSpec<string> {
  return str({ default: DEFAULT_CONFIG_PATH, check: repoPathProblem });
}

export interface CheckedListOptions {
  /** Most items accepted (default 20). */
  maxItems?: number;
  /** Applied to each item before it is checked (e.g. upper-casing). */
  normalise?: (item: string) => string;
  /** Drop repeated items, keeping the first. */
  unique?: boolean;
}

/**
 * A list input (one item per line, or comma-separated) whose items are each checked; the first bad
 * item is named in the message. Undefined when not given.
 */
export function checkedList(
  accepts: string,
  itemProblem: (item: string) => string | undefined,
  options: CheckedListOptions = {},
): InputSpec<string[] | undefined> {
  const maxItems = options.maxItems ?? 20;
  return {
    name: undefined,
    required: false,
    secret: false,
    default: undefined,
    accepts,
    parse(raw) {
      const normalise = options.normalise;
      const items = normalise ? splitList(raw).map((item) => normalise(item)) : splitList(raw);
      if (items.length > maxItems)
        return { problem: `must list at most ${maxItems} items, but lists ${items.length}` };
      for (const item of items) {
        const problem = itemProblem(item);
        if (problem !== undefined) return { problem, part: item };
      }
      return { value: options.unique ? [...new Set(items)] : items };
    },
  };
}

// A GitHub login, with the `[bot]` suffix the API gives apps (markers.ts checks the same shape).
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,38})(?:\[bot\])?$/;

/** What is wrong with one item of a list of logins, phrased to follow `Input "name"`. */
export function loginItemProblem(item: string): string | undefined {
  if (LOGIN.test(item)) return undefined;
  return 'must list GitHub logins: letters, digits and hyphens, with the [bot] suffix for apps (github-actions[bot], my-app[bot])';
}

/** `trusted-authors`: the logins autoheal posts as; undefined when not given (then worked out from the token). */
export function trustedAuthorsInput(options: CheckedListOptions = {}): InputSpec<string[] | undefined> {
  return checkedList('a list of GitHub logins', loginItemProblem, options);
}

/** What is wrong with a label input, phrased to follow `Input "name"` (readInputs quotes the value itself). */
export function labelInputProblem(value: string): string | undefined {
  return labelProblem(value)?.replace(/; got .*$/s, '');
}

/** What is wrong with one item of a list of labels, phrased to follow `Input "name"`. */
export function labelItemProblem(item: string): string | undefined {
  const problem = labelInputProblem(item);
  return problem === undefined ? undefined : `has a label that ${problem}`;
}

/** A list of labels (undefined when not given). */
export function labelsInput(options: CheckedListOptions = {}): InputSpec<string[] | undefined> {
  return checkedList('a list of labels (one per line, or comma-separated)', labelItemProblem, options);
}

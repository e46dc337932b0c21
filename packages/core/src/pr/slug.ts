/**
 * Slugs and branch names made by autoheal from untrusted text (an issue title). The result never
 * carries the text itself: only ASCII lowercase letters, digits and single hyphens survive, so a
 * title such as `a"; curl x|sh; "$(id)` or `--upload-pack=…` cannot become a shell word, a git
 * option or an invalid ref, wherever the branch name is later used.
 */
import transliterateSlug from '@sindresorhus/slugify';

/** GitHub and git accept far longer names; 40 keeps branch names readable in the UI and in logs. */
export const MAX_SLUG_LENGTH = 40;

/**
 * Only the head of a title can reach a 40-character slug; the cut bounds the library's work on
 * hostile input (GitHub caps titles at 256 characters, the function takes any text).
 */
const MAX_INPUT_LENGTH = 1024;

/**
 * A slug of `text`: lowercase ASCII letters, digits and hyphens, no leading, trailing or repeated
 * hyphen, at most `maxLength` characters (cut at a word boundary when one is close enough).
 * `@sindresorhus/slugify` transliterates (`é` → `e`, `Ошибка` → `oshibka`, `Σφάλμα` → `sfalma`);
 * what it cannot spell in ASCII (CJK, emoji) separates words. May be empty when the text has no
 * letter or digit it can spell.
 */
export function slugify(text: string, maxLength: number = MAX_SLUG_LENGTH): string {
  if (!Number.isInteger(maxLength) || maxLength < 1)
    throw new RangeError(`slug maxLength must be a positive integer, got ${maxLength}`);
  // NFKC first: the library does not fold compatibility forms (`ﬁ`, full-width `ａ`, `①`).
  const spelled = transliterateSlug(text.slice(0, MAX_INPUT_LENGTH).normalize('NFKC'), {
    // `fooBar` is one word in a title, and the library's emoji-to-word defaults are noise.
    decamelize: false,
    customReplacements: [
      ['🦄', ' '],
      ['♥', ' '],
    ],
  });
  // Our own rule on top of the library's output: only ASCII lowercase words survive.
  const words = spelled.split(/[^a-z0-9]+/).filter((w) => w !== '');
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length <= maxLength) {
      slug = next;
      continue;
    }
    // A first word longer than the cap is cut; a later one ends the slug at the previous word,
    // unless that would throw away more than half of the room.
    if (slug.length < maxLength / 2) slug = next.slice(0, maxLength).replace(/-+$/, '');
    break;
  }
  return slug;
}

/** The prefix of every branch autoheal opens for an issue. */
export const ISSUE_BRANCH_PREFIX = 'autoheal/issue-';

/**
 * `autoheal/issue-<n>-<slug>`, or `autoheal/issue-<n>` when the title gives no slug. A `suffix`
 * (2, 3, …) tells apart a second branch for the same issue when the first name is taken.
 */
export function issueBranchName(issueNumber: number, title: string, suffix?: number): string {
  if (!Number.isSafeInteger(issueNumber) || issueNumber < 1)
    throw new RangeError(`issue number must be a positive integer, got ${issueNumber}`);
  if (suffix !== undefined && (!Number.isSafeInteger(suffix) || suffix < 2))
    throw new RangeError(`branch suffix must be an integer of at least 2, got ${suffix}`);
  const slug = slugify(title);
  const base = `${ISSUE_BRANCH_PREFIX}${issueNumber}${slug === '' ? '' : `-${slug}`}`;
  return suffix === undefined ? base : `${base}-${suffix}`;
}

/**
 * Whether `branch` is one autoheal names for issue `issueNumber` (any slug, any suffix). The
 * number must end at a hyphen or the end, so issue 1 does not claim the branches of issue 12.
 */
export function isIssueBranch(branch: string, issueNumber: number): boolean {
  const stem = `${ISSUE_BRANCH_PREFIX}${issueNumber}`;
  return branch === stem || branch.startsWith(`${stem}-`);
}

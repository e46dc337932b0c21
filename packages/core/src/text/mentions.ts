/**
 * Posting text must never notify people, cross-reference issues (which adds an event to the
 * referenced issue's timeline: spam) or close anything. GitHub recognises these in the rendered
 * text, so each is broken by a zero-width space (U+200B) placed inside the syntax: invisible to a
 * reader, but `@​user` is no mention and `#​12` no reference. U+200B is what Dependabot and Renovate
 * insert for the same purpose; unlike U+200D (zero-width joiner) it cannot fuse with a following
 * emoji, and unlike an HTML entity it works inside code spans too.
 *
 * The rules are broader than GitHub's own, deliberately: a neutralised `@` or `#` that GitHub
 * would not have linked costs nothing, a missed one pings someone.
 */

import { ZWSP } from './controls.js';

// `@user`, `@org/team`, and decorator-like words in prose (`@Component` would mention the user
// "component"). Not e-mail addresses: GitHub needs a non-word character before the `@`, and so
// does this rule (any ASCII letter or digit before it exempts it).
const MENTION = /(?<![A-Za-z0-9])@(?=[A-Za-z0-9])/g;
// `#123` and `owner/repo#123`: any `#` followed by a digit. This also breaks decimal character
// references (`&#64;`), which would otherwise decode to `@` after this rule ran.
const ISSUE_REF = /#(?=\d)/g;
// `GH-123`, in any case.
const GH_REF = /(?<![A-Za-z0-9])(gh-)(?=\d)/gi;
// A closing keyword followed by something that could name an issue: a reference, a GitHub URL, a
// markdown link or emphasis around one. The keyword itself is broken after its first letter, so
// it stays a non-keyword whatever GitHub counts as the separator.
const CLOSING_KEYWORD =
  /(?<![A-Za-z0-9])(?=(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s*(?::\s*)?[[(*_~"'`]*(?:#|gh-\d|[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+#|https?:\/\/|www\.))([a-z])/gi;
// Hexadecimal and named character references GitHub would decode into the characters the rules
// above look for (`&#x40;user`, `&commat;user`, `#&#x31;2`). Decimal ones are broken by ISSUE_REF.
const CHAR_REF = /&(#[xX]([0-9a-fA-F]+);?|(?:commat|num);)/g;

function dangerousCodePoint(cp: number): boolean {
  return (
    (cp >= 0x30 && cp <= 0x39) || // digits
    (cp >= 0x41 && cp <= 0x5a) ||
    (cp >= 0x61 && cp <= 0x7a) ||
    cp === 0x40 || // @
    cp === 0x23 || // #
    cp === 0x2d // - (GH-12)
  );
}

/** Turns character references that decode to mention/reference characters into literal text. */
export function neutraliseCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(CHAR_REF, (match, rest: string, hex?: string) =>
    hex === undefined || dangerousCodePoint(Number.parseInt(hex, 16)) ? `&amp;${rest}` : match,
  );
}

/**
 * Neutralises mentions, issue references and closing keywords written out in the text. Enough
 * for text whose every `&` is escaped afterwards; otherwise use neutraliseMentions.
 */
export function neutraliseMentionSyntax(text: string): string {
  return text
    .replace(CLOSING_KEYWORD, `$1${ZWSP}`)
    .replace(MENTION, `@${ZWSP}`)
    .replace(ISSUE_REF, `#${ZWSP}`)
    .replace(GH_REF, `$1${ZWSP}`);
}

/**
 * Neutralises mentions, issue references and closing keywords in markdown prose, including those
 * spelled with character references. Idempotent: a neutralised `@​`, `#​`, keyword or `&amp;`
 * no longer matches.
 */
export function neutraliseMentions(text: string): string {
  return neutraliseMentionSyntax(neutraliseCharacterReferences(text));
}

/**
 * Markdown-level neutralising: HTML comments and declarations in untrusted text, and escaping of
 * text meant to sit inside one line of our markdown (a heading, a table cell, a list item, an
 * HTML `<summary>`).
 */

import { ZWSP } from './controls.js';

/**
 * `<!--` becomes `<​!--`: no longer a comment, so untrusted text cannot hide content in a post or
 * carry something that looks like one of autoheal's hidden markers. Safe inside code, where the
 * zero-width space is invisible.
 */
export function neutraliseHtmlComments(text: string): string {
  return text.replaceAll('<!--', `<${ZWSP}!--`);
}

/**
 * Also `<!DOCTYPE`, `<![CDATA[`, `<?…?>`: GitHub drops these from the rendered page, so they
 * could hide text from a reader. For prose; code shows them as they are.
 */
export function neutraliseHtmlDeclarations(text: string): string {
  return text.replace(/<(?=[!?])/g, `<${ZWSP}`);
}

// Escapes that mean the same thing in markdown text, in a table cell and inside raw HTML (where
// backslash escapes do not apply): a character reference is literal text in all three. Hex
// references, because decimal ones (`&#42;`) contain `#` + digit, which the mention rules break.
const INLINE_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
  '\\': '&#x5C;',
  '`': '&#x60;',
  '*': '&#x2A;',
  _: '&#x5F;',
  '[': '&#x5B;',
  ']': '&#x5D;',
  '|': '&#x7C;',
  '~': '&#x7E;',
  $: '&#x24;',
};
const INLINE_SPECIAL = /[&<>"'\\`*_[\]|~$]/g;
// Starts of a line that would make a block: heading, list item, setext underline, ordered list.
const BLOCK_START = /^(?:[#=+-]|\d{1,9}[.)])/;

/**
 * Escapes text for one line of markdown: no emphasis, code, links, images, HTML, strikethrough,
 * math, table breaks, and no block syntax at the start (a leading zero-width space keeps `# x`,
 * `- x`, `1. x` as text). A literal backslash is escaped as a reference too, so the result never
 * ends in a `\` that would escape the caller's next character (a table's `|`).
 *
 * Plain URLs stay plain text that GitHub autolinks: a reader sees where they point, unlike a
 * `[label](target)` link, which cannot be formed.
 */
export function escapeInlineMarkdown(text: string): string {
  const escaped = text.replace(INLINE_SPECIAL, (c) => INLINE_ESCAPES[c] ?? c);
  return BLOCK_START.test(escaped) ? ZWSP + escaped : escaped;
}

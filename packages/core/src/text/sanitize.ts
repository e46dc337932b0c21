/**
 * The one way autoheal turns text into something it posts: issue and PR titles and bodies,
 * comments, job summaries, log lines. Untrusted text (issue titles and bodies, branch names, CI
 * log lines) is data: it must not leak secrets, notify or cross-reference anyone, close issues,
 * inject markdown or HTML, hide content, forge autoheal's hidden markers, act as a workflow
 * command, or exceed GitHub's size limits.
 *
 * Every function here starts with the same two steps, so none can be used without them: control
 * characters are stripped (first, so an escape sequence inside a token cannot hide it), then
 * secrets are redacted. The modules beside this one are the building blocks; post nothing built
 * with them alone.
 *
 * Kinds, by where the text goes:
 * - `title`: the title field of an issue or PR. GitHub shows it as plain text, so it is not
 *   markdown-escaped (a backslash would show); one line, trimmed, at most 256 characters.
 * - `inline`: text inside one line of our markdown or HTML: a heading, a table cell, a list item,
 *   `<summary>`, a title quoted in a body. Escaped with character references, which work in all
 *   of these; not for code.
 * - `body`: untrusted markdown embedded as markdown (a quoted issue body), or a whole body we
 *   assembled, as the last step before posting. Formatting survives; mentions, references and
 *   closing keywords in prose are neutralised, HTML comments too. Code blocks that GitHub surely
 *   renders as code are left as they are, since nothing in them pings or links. Hidden markers
 *   (markers.ts) are comments, so they are added after this step, never before.
 * - `code`: text shown verbatim in a fenced code block that it cannot close.
 * - `log`: text for a job log line (no markdown): workflow commands and HTML comments defanged.
 */

import { ConfigurationError } from '../errors.js';
import { defangWorkflowCommands, stripControls } from './controls.js';
import { closingLine, FenceTracker, fenceCode, openFenceAtEnd } from './fences.js';
import { escapeInlineMarkdown, neutraliseHtmlComments, neutraliseHtmlDeclarations } from './markdown.js';
import { neutraliseMentionSyntax, neutraliseMentions } from './mentions.js';
import { Redactor } from './redact.js';
import { capMarkdown, capRendered, truncationNote } from './truncate.js';

export type TextKind = 'title' | 'inline' | 'body' | 'code' | 'log';

export interface TextOptions {
  /** Values known to the run (its token, other secrets) to redact wherever they appear. */
  secrets?: readonly string[];
  /** Cap on the result's length in UTF-16 code units (what GitHub counts). */
  maxLength?: number;
}

export interface SanitizeOptions extends TextOptions {
  kind: TextKind;
  /** `code`: the info string (language) of the fence. */
  lang?: string;
  /** `body`: put the text in a blockquote, so none of its blocks can spill into what follows. */
  quote?: boolean;
}

/**
 * Default caps. GitHub rejects bodies over 65,536 characters and titles over 256; a body keeps
 * room for the wrapper and hidden markers autoheal adds around embedded text.
 */
export const DEFAULT_MAX_LENGTH: Readonly<Record<TextKind, number>> = {
  title: 256,
  inline: 60_000,
  body: 60_000,
  code: 60_000,
  log: 60_000,
};

const LENGTH_RANGE: Readonly<Record<TextKind, readonly [number, number]>> = {
  title: [1, 256],
  inline: [1, 65_536],
  body: [100, 65_536],
  code: [100, 65_536],
  log: [100, 1_000_000],
};

const KINDS: readonly TextKind[] = ['title', 'inline', 'body', 'code', 'log'];
const LANG = /^[A-Za-z0-9_+.#-]{0,32}$/;

function maxLengthFor(kind: TextKind, maxLength: number | undefined): number {
  if (maxLength === undefined) return DEFAULT_MAX_LENGTH[kind];
  const [min, max] = LENGTH_RANGE[kind];
  if (!Number.isInteger(maxLength) || maxLength < min || maxLength > max) {
    throw new ConfigurationError(
      `maxLength for ${kind} text must be an integer from ${min} to ${max}; got ${String(maxLength)}`,
    );
  }
  return maxLength;
}

function checkLang(lang: string): string {
  if (!LANG.test(lang)) {
    throw new ConfigurationError(
      `code block language ${JSON.stringify(lang)} is not valid: use up to 32 letters, digits or + . # _ - ` +
        '(for example "text", "diff" or "c++"), or none',
    );
  }
  return lang;
}

/** Prose rules, on every stretch of lines that is not certainly inside a fenced code block. */
function neutraliseProse(text: string): string {
  const tracker = new FenceTracker({ strict: true });
  const out: string[] = [];
  let prose: string[] = [];
  const flush = () => {
    if (prose.length > 0) out.push(neutraliseMentions(neutraliseHtmlDeclarations(prose.join('\n'))));
    prose = [];
  };
  for (const line of text.split('\n')) {
    if (tracker.next(line)) {
      flush();
      out.push(line);
    } else prose.push(line);
  }
  flush();
  return out.join('\n');
}

/** One line, trimmed: title fields and inline text have no line breaks. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Title rules: plain text, but character references are neutralised in case GitHub decodes them. */
function neutraliseTitle(text: string): string {
  return neutraliseMentions(neutraliseHtmlDeclarations(neutraliseHtmlComments(defangWorkflowCommands(text))));
}

/** Inline rules; the escaping that follows turns every `&` into `&amp;`, so references need no rule. */
function neutraliseInline(text: string): string {
  return escapeInlineMarkdown(
    neutraliseMentionSyntax(neutraliseHtmlDeclarations(neutraliseHtmlComments(defangWorkflowCommands(text)))),
  );
}

/** A sanitizer bound to the secrets of one run: create it once, pass it wherever text is posted. */
export class Sanitizer {
  private readonly redactor: Redactor;

  constructor(secrets: readonly string[] = []) {
    this.redactor = new Redactor(secrets);
  }

  sanitize(text: string | null | undefined, options: Omit<SanitizeOptions, 'secrets'>): string {
    const { kind } = options;
    if (!KINDS.includes(kind)) {
      throw new ConfigurationError(
        `text kind ${JSON.stringify(kind)} is not known: use one of ${KINDS.join(', ')}`,
      );
    }
    const max = maxLengthFor(kind, options.maxLength);
    const clean = this.redact(text ?? '');
    switch (kind) {
      case 'title':
        return capRendered(neutraliseTitle(oneLine(clean)), max, (kept, dropped) =>
          dropped === 0 ? kept : `${kept.trimEnd()}…`,
        );
      case 'inline':
        // Cut before escaping, so no escape is split; the rendered length is what counts.
        return capRendered(
          oneLine(clean),
          max,
          (kept, dropped) => neutraliseInline(kept) + (dropped === 0 ? '' : '…'),
        );
      case 'body':
        return capMarkdown(this.bodyMarkdown(clean, options.quote === true), max);
      case 'code': {
        const lang = checkLang(options.lang ?? '');
        const content = neutraliseHtmlComments(defangWorkflowCommands(clean));
        return capRendered(
          content,
          max,
          (kept, dropped) => fenceCode(kept, lang) + (dropped === 0 ? '' : `\n\n${truncationNote(dropped)}`),
        );
      }
      case 'log':
        // Comments too: a log line is pasted into issues as often as it is read in the log, and
        // nothing we sanitized may ever read as one of our markers.
        return capRendered(
          neutraliseHtmlComments(defangWorkflowCommands(clean)),
          max,
          (kept, dropped) => kept + (dropped === 0 ? '' : `\n${truncationNote(dropped)}`),
        );
    }
  }

  /** Controls stripped and secrets redacted, nothing else: the first step of every kind. */
  redact(text: string): string {
    return this.redactor.redact(stripControls(text));
  }

  title(text: string | null | undefined, maxLength?: number): string {
    return this.sanitize(text, { kind: 'title', maxLength });
  }

  inline(text: string | null | undefined, maxLength?: number): string {
    return this.sanitize(text, { kind: 'inline', maxLength });
  }

  body(text: string | null | undefined, options: { maxLength?: number; quote?: boolean } = {}): string {
    return this.sanitize(text, { kind: 'body', ...options });
  }

  code(text: string | null | undefined, lang?: string, maxLength?: number): string {
    return this.sanitize(text, { kind: 'code', lang, maxLength });
  }

  log(text: string | null | undefined, maxLength?: number): string {
    return this.sanitize(text, { kind: 'log', maxLength });
  }

  private bodyMarkdown(clean: string, quote: boolean): string {
    let md = neutraliseProse(neutraliseHtmlComments(defangWorkflowCommands(clean)));
    // A fence the text leaves open would swallow everything after it in the post.
    const open = openFenceAtEnd(md);
    if (open) md += `${md.endsWith('\n') || md === '' ? '' : '\n'}${closingLine(open)}`;
    if (quote)
      md = md
        .replace(/\n$/, '')
        .split('\n')
        .map((l) => (l === '' ? '>' : `> ${l}`))
        .join('\n');
    return md;
  }
}

export function createSanitizer(options: { secrets?: readonly string[] } = {}): Sanitizer {
  return new Sanitizer(options.secrets);
}

/** Sanitizes text for where it goes on GitHub (see the kinds above). */
export function sanitizeForGitHub(text: string | null | undefined, options: SanitizeOptions): string {
  return new Sanitizer(options.secrets).sanitize(text, options);
}

export function safeTitle(text: string | null | undefined, options: TextOptions = {}): string {
  return sanitizeForGitHub(text, { ...options, kind: 'title' });
}

export function safeInline(text: string | null | undefined, options: TextOptions = {}): string {
  return sanitizeForGitHub(text, { ...options, kind: 'inline' });
}

export function safeBody(
  text: string | null | undefined,
  options: TextOptions & { quote?: boolean } = {},
): string {
  return sanitizeForGitHub(text, { ...options, kind: 'body' });
}

/** A fenced code block the text cannot close, redacted and capped. */
export function codeBlock(text: string | null | undefined, lang?: string, options: TextOptions = {}): string {
  return sanitizeForGitHub(text, { ...options, kind: 'code', lang });
}

export function safeLog(text: string | null | undefined, options: TextOptions = {}): string {
  return sanitizeForGitHub(text, { ...options, kind: 'log' });
}

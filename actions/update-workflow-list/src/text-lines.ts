/** Line arithmetic on source text, CRLF-aware, for edits that must leave every other byte alone. */

/** Offset of the first character of the line holding `pos`. */
export function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** Offset where the line holding `pos` ends: its `\r\n` or `\n`, or the end of the text. */
export function lineEnd(text: string, pos: number): number {
  const newline = text.indexOf('\n', pos);
  if (newline === -1) return text.length;
  return newline > 0 && text[newline - 1] === '\r' ? newline - 1 : newline;
}

/** Zero-based column of `pos`. */
export function column(text: string, pos: number): number {
  return pos - lineStart(text, pos);
}

/** One-based line number of `pos`. */
export function lineNumber(text: string, pos: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The file's line break, judged by its first one (`\n` for a file without any). */
export function lineBreak(text: string): '\n' | '\r\n' {
  const newline = text.indexOf('\n');
  return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}

/**
 * `.github/autoheal.yml` as init writes it: every key of core's config schema, commented out at
 * its default with its description above it, so the file documents itself and changes nothing
 * until a line is uncommented. Generated from the schema's doc rows, never a copy of them.
 */
import { configDocRows } from '@autoheal/core/config/docs';
import { DEFAULT_CONFIG_PATH } from '@autoheal/core/config/loader';

const WIDTH = 100;

/** Words of `text` in lines of at most `width` characters (a longer word keeps its own line). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

export function renderConfigFile(): string {
  const out: string[] = [
    `# ${DEFAULT_CONFIG_PATH}: autoheal's settings for this repository.`,
    '# Every key is listed at its default, commented out: uncomment a line (and its section) to change it.',
    '# A key left commented keeps its default, so this file changes nothing as written.',
  ];
  for (const row of configDocRows()) {
    const parts = row.key.split('.');
    const name = parts[parts.length - 1]!;
    // Rows for the items of a list or a map (`patterns[].regex`, `areas.<label>.any`) describe what
    // an entry holds; they are documentation, not keys with a default.
    const isItemDoc = row.key.includes('[]') || row.key.includes('<');
    const depth = parts.length - 1;
    const indent = '  '.repeat(depth);
    if (isItemDoc) {
      // Double-commented: uncommenting the file's keys must not turn these into keys.
      for (const l of wrap(`${row.key}: ${row.description} (${row.type})`, WIDTH - indent.length - 6))
        out.push(`# ${indent}# ${l}`);
      continue;
    }
    if (depth === 0) out.push('');
    for (const l of wrap(row.description, WIDTH - indent.length - 4)) out.push(`# ${indent}# ${l}`);
    if (row.type === 'map' && row.default === undefined) out.push(`# ${indent}${name}:`);
    else if (row.default === undefined) out.push(`# ${indent}# ${name}: (no default; ${row.type})`);
    else out.push(`# ${indent}${name}: ${row.default}`);
  }
  return `${out.join('\n')}\n`;
}
